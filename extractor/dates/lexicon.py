"""Regexes built once at import from extractor/data/dates.yaml (the words live there, not here).

`ATOM_RE` is the one combined pattern the scanner runs over the text: each alternative is a
named *atom* (a day, a month, a quarter, a half, a year, a term, a recurrence, "thường xuyên").
The other patterns are small cues tried only around an atom already found.
"""

from __future__ import annotations

import re
from typing import Any

from ..citations.patterns import word_trie
from ..data import load

DATA: dict[str, Any] = load("dates.yaml")
ROLES: dict[str, list[str]] = DATA["roles"]


def alt(words: list[str] | dict[str, Any]) -> str:
    """Alternation of words (longest first), spaces matching any run of spaces."""
    items = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


YEAR = r"(?:19|20)\d\d"
UNIT = {meaning: alt(words) for meaning, words in DATA["units"].items()}
UNIT_WORD = {w: meaning for meaning, words in DATA["units"].items() for w in words}
NUMBER_WORDS: dict[str, int] = DATA["numbers"]
QUARTERS: dict[str, int] = DATA["quarters"]
RELATIVE: dict[str, int] = DATA["relative_years"]
EDGES: dict[str, str] = DATA["edges"]
EDGE_SPANS: dict[str, dict[str, list[int]]] = DATA["edge_spans"]
HALF_SIDES: dict[str, str] = DATA["half_sides"]
RRULE: dict[str, str] = DATA["rrule"]

_EDGE = alt(EDGES)
_REL = alt(RELATIVE) + r"(?!\s*(?:đây|kỳ|học))"
_NUM = r"(?:\d{1,2}|" + alt(NUMBER_WORDS)[3:]
_QNUM = r"(?:" + "|".join(sorted(QUARTERS, key=len, reverse=True)) + r"|[1-4])(?![\w])"
_Q_YEAR_SEP = r"(?:\s*[/-]\s*|\s+(?:năm\s+)?)"


def _year_part(n: str) -> str:
    """An optional year after a month/quarter: '/2025', '-2025', ' năm 2025', ' của năm trước đó'."""
    return (
        rf"(?:{_Q_YEAR_SEP}(?P<{n}_y>{YEAR})(?![\d/])"
        rf"|(?:\s+của)?\s+(?P<{n}_rel>{_REL}))?"
    )


_EVERY = alt(DATA["every"])
_PERIODIC = alt(DATA["periodic"])
_REC_UNIT = "(?:" + "|".join(UNIT[u] for u in ("day", "week", "month", "quarter", "year")) + ")"

ATOMS = {
    # "từ ngày 17 đến ngày 20 tháng 11 năm 2025": two days sharing a month
    "dayrange": rf"{UNIT['day']}\s+(?P<dr_d1>\d{{1,2}})\s*(?:-|đến|tới)\s*(?:{UNIT['day']}\s+)?"
    rf"(?P<dr_d2>\d{{1,2}})\s+{UNIT['month']}\s+(?P<dr_m>\d{{1,2}})(?:\s*,?\s*năm\s+(?P<dr_y>{YEAR}))?",
    # "ngày 15 tháng 3 năm 2026", "ngày 17 tháng 12"
    "spelled": rf"{UNIT['day']}\s+(?P<sd_d>\d{{1,2}})\s+{UNIT['month']}\s+(?P<sd_m>\d{{1,2}})"
    rf"(?:\s*,?\s*năm\s+(?P<sd_y>{YEAR})(?!\d)|\s+(?P<sd_rel>{_REL}))?",
    # "ngày 15/3/2026", "15-3-2026", "ngày 20/11" (a day without year needs "ngày")
    "numeric": rf"(?P<nd_kw>{UNIT['day']}\s+)?(?<![\d/.\-])(?P<nd_d>\d{{1,2}})(?P<nd_s>[/.\-])"
    rf"(?P<nd_m>\d{{1,2}})(?:(?P=nd_s)(?P<nd_y>{YEAR}))?(?![\d/]|[.\-]\d)",
    # "ngày 20 hằng tháng": a day of every month
    "monthday": rf"{UNIT['day']}\s+(?P<md_d>\d{{1,2}})(?=\s+{_EVERY}\s+{UNIT['month']})",
    # "6 tháng đầu năm 2025", "sáu tháng cuối năm"
    "half": rf"(?<![\d/])(?P<h_n>{_NUM})\s+{UNIT['month']}\s+(?P<h_side>{alt(HALF_SIDES)})\s+{UNIT['year']}"
    rf"(?:\s*[/-]?\s*(?P<h_y>{YEAR})(?!\d))?",
    # "giai đoạn 2021 - 2030", "nhiệm kỳ 2025-2030", "năm 2026 - 2030", "2026 - 2030"
    "term": rf"(?:(?P<t_kw>{alt(DATA['term_words'])})\s+|{UNIT['year']}\s+)?(?<![\d/.\-])"
    rf"(?P<t_y1>{YEAR})\s*-\s*(?P<t_y2>{YEAR})(?![\d/])",
    # "quý IV/2025", "Quí IV-2025", "quý I năm 2023", "đầu quý IV của năm trước đó", "quý 4"
    "quarter": rf"(?:(?P<q_edge>{_EDGE})\s+)?{UNIT['quarter']}\s+(?P<q_n>{_QNUM}){_year_part('q')}",
    # "tháng 5/2024", "tháng 11 năm 2021", "cuối tháng 11 năm 2021", "tháng 02"
    "month": rf"(?:(?P<m_edge>{_EDGE})\s+)?{UNIT['month']}\s+(?P<m_n>\d{{1,2}})(?![\d]|[.,/]\d{{1,2}}\b(?![/.]))"
    rf"{_year_part('m')}",
    # "năm 2026", "cuối năm 2025", "năm sau", "năm trước đó"
    "year": rf"(?:(?P<y_edge>{_EDGE})\s+)?(?:{UNIT['year']}\s+(?P<y_y>{YEAR})(?![\d/])"
    rf"(?P<y_list>(?:\s*,\s*{YEAR}(?![\d/])|\s+và\s+{YEAR}(?![\d/]))+)?|(?P<y_rel>{_REL}))",
    # "từ ngày ký", "kể từ ngày ban hành": the document's own date
    "docday": alt(DATA["document_days"]) + r"(?![\w])",
    # "cuối năm" (year from context)
    "edgeyear": rf"(?P<ye_edge>{_EDGE})\s+{UNIT['year']}(?!\s*(?:\d|học|nay|sau|tới|trước|kế))",
    # "đến 2030", "tầm nhìn 2035": a year without "năm" after a horizon word (not "2025 đến 2030")
    "bareyear": rf"(?<![\d]\s)(?:(?P<by_lead>{alt(DATA['bare_year_after']['horizon'])})\s+(?P<by_y>{YEAR})"
    rf"|(?P<by_until>{alt(DATA['bare_year_after']['until'])})\s+(?P<by_y2>{YEAR})(?=\s*(?:[,.;:)\"”]|$)))"
    rf"(?![\d/%]|[.,]\d)",
    # a year alone on its line (a table cell): "2026"
    "cellyear": rf"^(?P<cy_y>{YEAR})(?=[.;]?[ ]*$)",
    # "(2026 trở đi)": a year without "năm" before an open end (the end is read by merge)
    "openyear": rf"(?<![\d/.,\-])(?P<oy_y>{YEAR})(?=\s+{alt(DATA['bounds']['open_end'])}(?![\w]))",
    # "hằng năm", "định kỳ hằng quý", "mỗi tháng", "định kỳ 6 tháng", "6 tháng/lần"
    "every": rf"(?:{_PERIODIC}\s+)?(?<!ngân )(?<!cửa )(?<!mặt )(?P<r_every>{_EVERY})\s+(?P<r_unit>{_REC_UNIT})"
    rf"(?!\s+học)(?![\w])",
    "period": rf"(?:{_PERIODIC}\s+(?P<p_n>{_NUM})\s+(?P<p_unit>{UNIT['month']}|{UNIT['year']})"
    rf"(?:\s*(?:/\s*lần|một\s+lần|1\s+lần))?|(?P<p_n2>{_NUM})\s+{UNIT['month']}\s*(?:/\s*lần|một\s+lần))",
    # "Thường xuyên" (validated by context in scan.py)
    "continuous": alt(DATA["continuous"]) + r"(?![\w])",
}

# the open-end words, for the scanner to find a year printed right before one ("2026 trở đi")
OPEN_END_WORDS = tuple(w.lower() for w in DATA["bounds"]["open_end"])
BARE_YEAR_AFTER = tuple(w.lower() for ws in DATA["bare_year_after"].values() for w in ws)
# The scanner's triggers (lower case, on normalised text with single spaces): the unit
# words every atom holds, and "thường xuyên"; the words that may stand before a unit in an atom
# (edges, "hằng", "định kỳ", number words, term words) are looked for just before each hit.
TRIGGERS = sorted({w.lower() for words in DATA["units"].values() for w in words}
                  | {w.lower() for w in DATA["continuous"]})
PREFIX_WORDS = frozenset(
    part.lower()
    for group in (list(EDGES), DATA["every"], DATA["periodic"], DATA["term_words"], list(NUMBER_WORDS),
                  DATA["units"]["day"], DATA["units"]["year"])
    for w in group
    for part in w.split()
)

ATOM_RE = re.compile(
    "|".join(f"(?P<{name}>{pat})" for name, pat in ATOMS.items()), re.IGNORECASE | re.MULTILINE
)


def _initials(*groups: Any) -> set[str]:
    return {w[0].lower() for group in groups for w in group}


_DIGITS = set("0123456789")
_YEAR_INITIALS = {"1", "2"}  # YEAR is 19xx or 20xx
# The first character (lower case, or an ASCII digit) each atom can start with, read off ATOMS.
_U = DATA["units"]
ATOM_INITIALS: dict[str, set[str]] = {
    "dayrange": _initials(_U["day"]),
    "spelled": _initials(_U["day"]),
    "numeric": _initials(_U["day"]) | _DIGITS,
    "monthday": _initials(_U["day"]),
    "half": _DIGITS | _initials(NUMBER_WORDS),
    "term": _initials(DATA["term_words"], _U["year"]) | _YEAR_INITIALS,
    "quarter": _initials(EDGES, _U["quarter"]),
    "month": _initials(EDGES, _U["month"]),
    "year": _initials(EDGES, _U["year"], RELATIVE),
    "docday": _initials(DATA["document_days"]),
    "edgeyear": _initials(EDGES),
    "bareyear": _initials(*DATA["bare_year_after"].values()),
    "cellyear": _YEAR_INITIALS,
    "openyear": _YEAR_INITIALS,
    "every": _initials(DATA["periodic"], DATA["every"]),
    "period": _initials(DATA["periodic"], NUMBER_WORDS) | _DIGITS,
    "continuous": _initials(DATA["continuous"]),
}
assert set(ATOM_INITIALS) == set(ATOMS)


def _atoms_by_initial() -> dict[str, re.Pattern[str]]:
    """ATOM_RE cut down, per first character, to the atoms that can start with it (in ATOM_RE's
    order, so the same one wins): at a candidate a third of the alternatives are tried. Keys are
    the letters in both cases and the ASCII digits; any other character uses ATOM_RE itself."""
    out: dict[str, re.Pattern[str]] = {}
    for ch in sorted(set().union(*ATOM_INITIALS.values())):
        names = [name for name in ATOMS if ch in ATOM_INITIALS[name]]
        pat = re.compile("|".join(f"(?P<{n}>{ATOMS[n]})" for n in names), re.IGNORECASE | re.MULTILINE)
        out[ch] = pat
        out[ch.upper()] = pat
    return out


ATOM_BY_INITIAL = _atoms_by_initial()

# --- cues around an atom -----------------------------------------------------------------------
_B = DATA["bounds"]
_TIME_OF_DAY = rf"(?:(?:\d{{1,2}}\s*(?:h|giờ)(?:\s*\d{{1,2}}(?:\s*phút)?)?|{alt(DATA['day_parts'])})\s+)?"
LEAD_BOUND_RE = re.compile(
    rf"(?:(?P<from>{alt(_B['from'])})|(?P<until>{alt(_B['until'])})|(?P<before>{alt(_B['before'])})"
    rf"|(?P<within>{alt(_B['within'])}))"
    rf"\s+{_TIME_OF_DAY}$",
    re.IGNORECASE,
)
# Where LEAD_BOUND_RE matches, found first with the four cue lists as one trie (one test per
# position instead of one per cue word: the search tries every position of a 40-character window);
# LEAD_BOUND_RE.match there then gives the same match (the same cue words, the same ending).
LEAD_ANY_RE = re.compile(
    rf"(?:{word_trie([w for kind in ('from', 'until', 'before', 'within') for w in _B[kind]])})\s+{_TIME_OF_DAY}$",
    re.IGNORECASE,
)
# the last word of every bound cue: a cheap test before LEAD_BOUND_RE
LEAD_WORDS = tuple({w.split()[-1] for ws in _B.values() for w in ws})
LEAD_WORD_RE = re.compile("|".join(sorted(map(re.escape, LEAD_WORDS))))  # 'any of them in a window', one search
OPEN_END_RE = re.compile(rf"\s*{alt(_B['open_end'])}(?![\w])", re.IGNORECASE)
RANGE_GAP_RE = re.compile(rf"\s*(?:{alt(DATA['range_separators'])})\s*", re.IGNORECASE)
SUFFIX_GAP_RE = re.compile(r"[ ]*")

TIME_LABEL_RE = re.compile(
    rf"(?:^|[\s(\-+])(?:{alt(ROLES['time_labels'])})(?:\s+[^\s:]+){{0,3}}\s*:[^:\n]{{0,60}}$",
    re.IGNORECASE | re.MULTILINE,
)
DEADLINE_LEAD_RE = re.compile(
    rf"(?:^|[\s(,;])(?:{alt(ROLES['deadline_lead'])})\s+$", re.IGNORECASE | re.MULTILINE
)
TARGET_AFTER_RE = re.compile(
    rf"^[^.;:\n]{{0,80}}?(?:(?<![\w]){alt(ROLES['target_after'][:-1])}(?![\w])|\d\s*%)", re.IGNORECASE
)
REPORT_RE = re.compile(rf"(?<![\w]){alt(ROLES['report_words'])}(?![\w])", re.IGNORECASE)
PROGRAMME_NOUN_RE = re.compile(rf"(?<![\w]){alt(ROLES['programme_nouns'])}(?![\w])", re.IGNORECASE)
PROGRAMME_LEAD_RE = re.compile(rf"(?:{alt(ROLES['programme_lead'])})\s*,?\s*$", re.IGNORECASE)
EVENT_AFTER_RE = re.compile(rf"^\s*,?\s*(?:[^\s,.;]+\s+){{0,2}}?{alt(ROLES['event_after'])}(?![\w])", re.IGNORECASE)
EVENT_BEFORE_RE = re.compile(rf"(?:{alt(ROLES['event_before'])})\s+(?:trong\s+|của\s+)?$", re.IGNORECASE)
CONTINUOUS_VERBS = alt(DATA["continuous_verbs"])
# a citation's number/symbol right before the date: "Kết luận số 01-KL/TW, ngày …", "58/KH-UBND ngày …"
SYMBOL_BEFORE_RE = re.compile(
    r"\d[\w.\-]*/(?:[\w.\-/&]|-\s)*[A-ZĐ][\w.\-/&]*\)?\s*,?\s*(?:của(?:\s+[^\s\d,.;:()]+){1,8}\s*,?\s*)?"
    r"(?:ban hành\s+)?$"
)
CITATION_TYPE_RE = re.compile(rf"(?<![\w]){alt(ROLES['citation_types'])}(?![\w])", re.IGNORECASE)
OF_BODY_AFTER_RE = re.compile(r"^\s*,?\s*(?:của|do)\s+[A-ZĐ]")
# "Place, ngày … tháng … năm …": the document's own date line
PLACE_BEFORE_RE = re.compile(r"(?:^|[\s])(?<![\w/\-])[A-ZĐ][^\d,;:\n/()]{1,40},\s*(?:ngày[\s.…]*)?$")
# the same place opening its line ("Vinh, ngày …"; "Minh, ngày …" under a wrapped "Thành phố Hồ Chí"),
# which the pattern above misses (nothing before it in the line): only capitalised words or the
# lower-case words of a place name, so a sentence's "Ngoài ra, ngày …" is no date line
_PLACE_WORD = r"(?:[A-ZĐ][^\s\d,;:/()]*|phố|xã|thị|trấn|tỉnh|huyện|quận|phường)"
PLACE_LINE_RE = re.compile(rf"^{_PLACE_WORD}(?: {_PLACE_WORD}){{0,5}},\s*(?:ngày[\s.…]*)?$", re.MULTILINE)
# a law named by its year: "Luật Thủy sản năm 2017", "Bộ luật Lao động năm 2019"
LAW_NAME_BEFORE_RE = re.compile(
    rf"(?<![\w])(?:{alt(ROLES['law_types'])})(?:,?\s+[^\s\d,.;:()]+){{0,16}}\s*,?\s+$", re.IGNORECASE
)
# a target: "Năm 2025 đạt 60% …", "Phấn đấu năm 2025 đạt …"
TARGET_RE = re.compile(rf"\s*,?\s*{alt(ROLES['target_verbs'])}(?![\w])[^.;\n]{{0,60}}%", re.IGNORECASE)
NOW_RE = re.compile(alt(DATA["now_words"]), re.IGNORECASE)
RECURRING_CONTEXT_RE = re.compile(rf"(?<![\w]){alt(DATA['recurring_context'])}(?![\w])", re.IGNORECASE)
YEAR_LIST_RE = re.compile(YEAR)
# "Ngày Môi trường thế giới (" / "Tuần lễ … (" / 'Ngày chuyển đổi số quốc gia. "' right before a yearless
# day: an observance, every year (a name of two words or more on the same line, no bracket or quote
# inside it; "Ngày hội (ngày 05/6)" is one event)
OBSERVANCE_BEFORE_RE = re.compile(
    rf"(?<![\w])(?:{alt(DATA['observance_words'])})\s+[^\W\d_]\S*\s+[^()\"\n]{{1,80}}?(?:\s*\(\s*|[.,]?\s*\")$"
)
# right after yearless months ("tháng 5 - tháng 8 tần suất 04 đợt/tháng"): the months of every year
FREQUENCY_AFTER_RE = re.compile(rf"[ \t]*[,:]?[ \t]*{alt(DATA['frequency_after'])}(?![\w])", re.IGNORECASE)
# "Căn cứ …": opening a line (with the line ending in ";", a legal-basis line of the preamble)
BASIS_OPEN_RE = re.compile(rf"[ \t\-+*]*{alt(ROLES['basis_openers'])}(?![\w])", re.IGNORECASE)
# "theo cam kết của Việt Nam … về đạt mức phát thải ròng bằng 0 vào": a quoted target (no comma in between)
QUOTED_TARGET_BEFORE_RE = re.compile(
    rf"(?<![\w]){alt(ROLES['quoted_target_lead'])}(?![\w])[^,;.:\n]*$", re.IGNORECASE
)
# "15 ngày " / "05 ngày làm việc " right before "kể từ ngày ký": a relative period, no date
RELATIVE_COUNT_BEFORE_RE = re.compile(
    rf"(?<![\d.,])\d{{1,3}}\s+(?:{UNIT['day']}|{UNIT['month']}|{UNIT['year']})(?:\s+{alt(DATA['relative_count_words'])})?\s+$",
    re.IGNORECASE,
)
NOT_PROGRAMME_LEAD = frozenset(ROLES["year_not_programme_lead"])
CONT_VERB_BEFORE_RE = re.compile(rf"(?<![\w])(?:{CONTINUOUS_VERBS})\s+$", re.IGNORECASE)
CELL_RESIDUE_RE = re.compile(
    rf"[\s.,;:()\-+*]*(?:\(?(?:\d{{1,2}}|[a-zđ])[.)]\s*)?[\s.,;:()\-+*]*"
    rf"(?:(?:{CONTINUOUS_VERBS}|{alt(DATA['cell_words'])})\s*)?[\s.,;:()\-+*]*",
    re.IGNORECASE,
)
# "thường xuyên[, liên tục] trong năm 2025": continuous over a dated period (the gap to the period's
# atom; the period's unit and year are checked in continuous.py)
CONT_WITHIN_GAP_RE = re.compile(
    rf"(?:\s*,\s*{alt(DATA['continuous_joined'])})?\s+{alt(_B['within'])}\s+", re.IGNORECASE
)
# what may follow "Thường xuyên," in a cell: another time ("Thường xuyên, hằng năm")
CONT_TAIL_WORDS = alt(DATA["every"] + DATA["periodic"] + DATA["units"]["quarter"] + DATA["units"]["year"]
                      + DATA["units"]["month"])
# a clock time before "hằng ngày": "trước 19h00' hằng ngày" -> FREQ=DAILY;BYHOUR=19
CLOCK_BEFORE_RE = re.compile(
    rf"(?:{alt(_B['before'] + DATA['clock_lead'])})\s+(?P<h>\d{{1,2}})\s*(?:h|giờ)\s*(?P<m>\d{{2}})?\s*(?:phút)?['’]?\s+$",
    re.IGNORECASE,
)
