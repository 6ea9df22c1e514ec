"""Find: one pass over the text -> atoms (literal-led trigger patterns, then `ATOM_RE` at each candidate);
merge neighbours into expressions (bounds, ranges, lists, recurrence suffixes). Normalising an
expression to an interval is in values.py."""

from __future__ import annotations

import re

from ..normalise import lower_aligned
from .atoms import Atom, Expr
from .continuous import continuous, over_period
from .lexicon import (
    ATOM_BY_INITIAL,
    ATOM_RE,
    BARE_YEAR_AFTER,
    CLOCK_BEFORE_RE,
    EDGES,
    HALF_SIDES,
    LEAD_ANY_RE,
    LEAD_BOUND_RE,
    LEAD_WORD_RE,
    NOW_RE,
    NUMBER_WORDS,
    OBSERVANCE_BEFORE_RE,
    OPEN_END_RE,
    OPEN_END_WORDS,
    PREFIX_WORDS,
    QUARTERS,
    RANGE_GAP_RE,
    RECURRING_CONTEXT_RE,
    RELATIVE,
    RELATIVE_COUNT_BEFORE_RE,
    SUFFIX_GAP_RE,
    TRIGGERS,
    UNIT_WORD,
    YEAR_LIST_RE,
)

_SPACES = re.compile(r"\s+")
_DM_LIST_BEFORE = re.compile(r"\d{1,2}/\d{1,2}\s*(?:,|và)\s*$")
_BRACKET_OPEN = re.compile(r"\(\s*(?:(?P<d1>\d{1,2})\s*-\s*)?$")  # "(05/6)", "(01 - 08/6)"
_BRACKET_CLOSE = re.compile(r"\s*\)")
_PREFIX_TUPLE = tuple(sorted(PREFIX_WORDS))  # for str.endswith
# Every character str.isdigit() accepts: \\d (decimal digits), the Latin-1 superscripts, and
# (a superset: the digit is checked again in Python) anything outside the Latin and Vietnamese
# letters. tests/test_dates.py checks it against all of Unicode.
DIGIT_SUPERSET = r"[\d\u00b2\u00b3\u00b9\u0370-\u1e9f\u1f00-\U0010ffff]"
# "/" or "-" after a digit (a space between allowed): one literal-led pattern each (a class of
# the two would be tried at every character).
_SEP_AFTER_DIGIT = tuple(re.compile(rf"{sep}(?:(?<={DIGIT_SUPERSET}.)|(?<={DIGIT_SUPERSET}\s.))") for sep in "/-")


def _led_by_rare_letter(word: str) -> tuple[re.Pattern[str], int]:
    """A pattern finding `word` (literally, on the lower-cased text) that sre scans for by its first
    non-ASCII letter ("à" of "ngày", a look-behind checks "ng"), and that letter's offset in the
    word: sre stops at each "à" instead of at each of the far more frequent "n"."""
    k = next((i for i, ch in enumerate(word) if not ch.isascii()), 0)
    if k == 0:  # led by its first letter anyway
        return re.compile(re.escape(word)), 0
    return re.compile(f"{re.escape(word[k])}(?<={re.escape(word[:k + 1])}){re.escape(word[k + 1:])}"), k


# The trigger words, each with its offset (see _led_by_rare_letter): one pass each, every start
# found (searched again from the next character).
_TRIGGER_RES = tuple(_led_by_rare_letter(w) for w in TRIGGERS)
# "đến 2030", "tầm nhìn 2035": the last letter of a lead word, a space and "20", the lead words'
# last two letters checked behind (one pass for all; the whole word is checked on each hit).
# Horizons are 20xx years: "đến 1990" is not looked for.
_BARE_YEAR_RE = re.compile(
    f"[{''.join(sorted({w[-1] for w in BARE_YEAR_AFTER}))}] 20"
    f"(?<={'|'.join(sorted({re.escape(w[-2:]) + ' 20' for w in BARE_YEAR_AFTER}))})"
)
_YEAR_LINE_RE = re.compile("\n(?=19|20)")  # a line opening with a year
# "2026 trở đi": an open-end word after a year and a space (one literal-led pass per first word,
# the year checked behind)
_OPEN_END_AFTER_YEAR = tuple(
    re.compile(f"{re.escape(first)}(?<=[12][0-9][0-9][0-9] {re.escape(first)})")
    for first in sorted({w.split()[0] for w in OPEN_END_WORDS})
)
RANGEABLE = {"day", "month", "quarter", "half", "year"}
RECURRABLE = {"day", "month", "quarter", "monthday"}


def _num(s: str | None) -> int | None:
    if s is None:
        return None
    s = _SPACES.sub(" ", s.lower())
    return int(s) if s.isdigit() else NUMBER_WORDS.get(s)


def _rel(s: str | None) -> int | None:
    return None if s is None else RELATIVE[_SPACES.sub(" ", s.lower())]


def _edge(s: str | None) -> str | None:
    return None if s is None else EDGES[s.lower()]


def _year(s: str | None) -> int | None:
    return int(s) if s else None


def _atom(m: re.Match[str], text: str) -> Atom | None:
    kind, g, s, e = m.lastgroup, m.group, m.start(), m.end()
    if kind == "numeric":
        if g("nd_y") is None and g("nd_kw") is None and not _DM_LIST_BEFORE.search(text, max(0, s - 16), s):
            return _observance_day(text, s, e, int(g("nd_d")), int(g("nd_m"))) if g("nd_s") == "/" else None
        a = Atom("day", s, e, "day", y=_year(g("nd_y")), m=int(g("nd_m")), d=int(g("nd_d")))
    elif kind == "spelled":
        a = Atom("day", s, e, "day", y=_year(g("sd_y")), rel=_rel(g("sd_rel")), m=int(g("sd_m")), d=int(g("sd_d")))
    elif kind == "dayrange":
        a = Atom("dayrange", s, e, "day", y=_year(g("dr_y")), m=int(g("dr_m")), d=int(g("dr_d1")), d2=int(g("dr_d2")))
        if a.d2 is not None and a.d is not None and a.d2 < a.d:
            return None
    elif kind == "monthday":
        a = Atom("monthday", s, e, "day", d=int(g("md_d")))
        if not 1 <= (a.d or 0) <= 31:
            return None
        return a
    elif kind == "half":
        n = _num(g("h_n")) or 0
        if not 1 <= n <= 11:
            return None
        grain = {6: "half", 3: "quarter"}.get(n, "month")
        a = Atom("half", s, e, grain, y=_year(g("h_y")), n=n, side=HALF_SIDES[g("h_side").lower()])
    elif kind == "term":
        y1, y2 = int(g("t_y1")), int(g("t_y2"))
        if not y1 < y2 <= y1 + 30:
            return None
        kw = _SPACES.sub(" ", g("t_kw").lower()) if g("t_kw") else None
        return Atom("term", s, e, "term", y=y1, y2=y2, keyword=kw)
    elif kind == "quarter":
        qs = g("q_n").upper()
        q = QUARTERS.get(qs) or (int(qs) if qs.isdigit() else None)
        if q is None:
            return None  # "quý İ": the case-blind pattern took a dotted capital I for a numeral
        a = Atom("quarter", s, e, "quarter", y=_year(g("q_y")), rel=_rel(g("q_rel")), q=q, edge=_edge(g("q_edge")))
    elif kind == "month":
        a = Atom("month", s, e, "month", y=_year(g("m_y")), rel=_rel(g("m_rel")), m=int(g("m_n")), edge=_edge(g("m_edge")))
    elif kind == "year":
        a = Atom("year", s, e, "year", y=_year(g("y_y")), rel=_rel(g("y_rel")), edge=_edge(g("y_edge")))
        if g("y_list"):  # "năm 2023, 2024, 2025", "năm 2025 và 2026"
            a.y2 = int(YEAR_LIST_RE.findall(g("y_list"))[-1])
            if a.y is None or not a.y < a.y2 <= a.y + 30:
                a.y2 = None
    elif kind == "docday":
        return Atom("docday", s, e, "day")
    elif kind == "edgeyear":
        a = Atom("year", s, e, "year", edge=_edge(g("ye_edge")))
    elif kind == "bareyear":  # a horizon: "đến 2030", "tầm nhìn 2035"
        lead, y = (g("by_lead"), g("by_y")) if g("by_y") else (g("by_until"), g("by_y2"))
        return Atom("year", s, e, "year", y=int(y), keyword=_SPACES.sub(" ", lead.lower()))
    elif kind == "openyear":
        a = Atom("year", s, e, "year", y=int(g("oy_y")))
    elif kind == "cellyear":
        a = Atom("year", s, e, "year", y=int(g("cy_y")))
    elif kind == "every":
        unit = UNIT_WORD[_SPACES.sub(" ", g("r_unit").lower())]
        return Atom("every", s, e, unit if unit in {"day", "month", "quarter", "year"} else "unknown", unit=unit)
    elif kind == "period":
        n = _num(g("p_n") or g("p_n2")) or 0
        unit = UNIT_WORD.get((g("p_unit") or "tháng").lower(), "month")
        if not n:
            return None
        months = n * (12 if unit == "year" else 1)
        grain = {1: "month", 3: "quarter", 6: "half", 12: "year"}.get(months, "unknown")
        return Atom("every", s, e, grain, unit="year" if months == 12 else "month", n=months)
    elif kind == "continuous":
        return continuous(text, s, e)
    else:  # pragma: no cover
        return None
    if a.m is not None and not 1 <= a.m <= 12 or a.d is not None and not 1 <= a.d <= 31:
        return None
    return a


def _observance_day(text: str, s: int, e: int, d: int, m: int) -> Atom | None:
    """A bare 'dd/m' is a day only in brackets right after an observance's name ("Ngày Môi trường
    thế giới (05/6)", "Tuần lễ Biển và Hải đảo Việt Nam (01 - 08/6)": the days 1 to 8), which
    yearly.py makes that day of every year; elsewhere it may be a fraction, a ratio, a number."""
    o = _BRACKET_OPEN.search(text, max(0, s - 12), s)
    if o is None or _BRACKET_CLOSE.match(text, e) is None:
        return None
    p = o.start("d1") if o.group("d1") else s
    w0 = max(0, o.start() - 100)
    w0 = text.rfind("\n", w0, o.start()) + 1 or w0
    if OBSERVANCE_BEFORE_RE.search(text, w0, p) is None or not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    if o.group("d1") is None:
        return Atom("day", s, e, "day", m=m, d=d)
    d1 = int(o.group("d1"))
    return Atom("dayrange", p, e, "day", m=m, d=d1, d2=d) if 1 <= d1 < d else None


def _add(low: str, p: int, found: set[int]) -> None:
    """Add `p` and the starts of up to 3 words before it that may open an atom ("định kỳ hằng quý",
    "đầu quý", "6 tháng", "giai đoạn 2021 - 2030")."""
    found.add(p)
    for _ in range(3):
        q = p - 1
        if q < 1 or low[q] != " ":
            return
        if not (low[q - 1].isdigit() or low.endswith(_PREFIX_TUPLE, 0, q)):
            return  # cheap test first: most words before a unit word are no prefix word
        w0 = max(0, q - 24)  # words are short; never scan a long line back
        r = max(low.rfind(" ", w0, q), low.rfind("\n", w0, q)) + 1
        if r == 0 and w0:
            return
        while r < q and low[r] in "(\"'":
            r += 1
        word = low[r:q]
        if word not in PREFIX_WORDS and not word.isdigit():
            return
        found.add(r)
        p = r


def _candidates(text: str) -> list[int]:
    """Where an atom may start: unit words found on the lower-cased text (and the prefix words
    before them), digit runs before '/' or '-', and year-only lines. Much faster
    than running ATOM_RE at every position ("15.3.2026" is read only after "ngày")."""
    low = lower_aligned(text)
    found: set[int] = set()
    for trigger_re, offset in _TRIGGER_RES:
        m = trigger_re.search(low)
        while m is not None:
            p = m.start() - offset
            if p == 0 or not low[p - 1].isalpha():
                _add(low, p, found)
            m = trigger_re.search(low, m.start() + 1)
    for sep_re in _SEP_AFTER_DIGIT:
        for m in sep_re.finditer(text):
            p = m.start()
            q = p - 1 if low[p - 1].isspace() else p
            if q and low[q - 1].isdigit():
                r = q - 1
                while r > 0 and low[r - 1].isdigit():
                    r -= 1
                _add(low, r, found)
    for m in _BARE_YEAR_RE.finditer(low):  # one literal-led pass for all the lead words
        for lead in BARE_YEAR_AFTER:
            p = m.start() + 1 - len(lead)
            if low.startswith(lead, p) and (p == 0 or not low[p - 1].isalpha()):
                found.add(p)
    for open_re in _OPEN_END_AFTER_YEAR:
        found.update(m.start() - 5 for m in open_re.finditer(low))
    found.update(m.end() for m in _YEAR_LINE_RE.finditer(text))
    if low[:2] in ("19", "20"):
        found.add(0)
    return sorted(found)


def scan(text: str) -> list[Atom]:
    starts = _candidates(text)
    out: list[Atom] = []
    end = 0
    for p in starts:
        if p < end:
            continue
        m = ATOM_BY_INITIAL.get(text[p], ATOM_RE).match(text, p)
        if m is None:
            continue
        a = _atom(m, text)
        if a is not None:
            out.append(a)
            end = m.end()
    return out


def merge(text: str, atoms: list[Atom]) -> list[Expr]:
    """Atoms -> expressions: 'A đến B' ranges, 'tháng 02 hằng năm', 'trước ngày …', '… trở đi'."""
    out: list[Expr] = []
    i, n, prev_end = 0, len(atoms), 0
    while i < n:
        a = atoms[i]
        ex = Expr(a.start, a.end, a, atoms=[a])
        j = i + 1
        if (a.kind in RANGEABLE and j < n and atoms[j].kind in RANGEABLE
                and RANGE_GAP_RE.fullmatch(text, a.end, atoms[j].start)):
            ex.last, ex.end, ex.bound = atoms[j], atoms[j].end, "range"
            ex.atoms.append(atoms[j])
            j += 1
        if (j < n and atoms[j].kind == "every" and (a.kind in RECURRABLE or ex.bound == "range")
                and ex.explicit_year is None and SUFFIX_GAP_RE.fullmatch(text, ex.end, atoms[j].start)):
            ex.rec, ex.end = atoms[j], atoms[j].end
            j += 1
        if a.kind == "continuous" and a.keyword == "within":
            b = atoms[j] if j < n else None
            if b is None or not over_period(text, a, b):
                i = j
                continue  # "thường xuyên trong giờ hành chính": the adverb
            ex.last, ex.end, ex.within = b, b.end, True  # "thường xuyên, liên tục trong năm 2025"
            ex.atoms.append(b)
            j += 1
        if a.kind not in {"every", "continuous"}:
            _lead_and_tail(text, ex, prev_end)
            if a.kind == "year" and a.keyword in BARE_YEAR_AFTER and ex.bound is None and not ex.within:
                ex.bound = "until"  # "tầm nhìn 2035": to the year's end
        elif a.unit == "day":  # "trước 19h00' hằng ngày": by that hour of every day
            t = CLOCK_BEFORE_RE.search(text, max(prev_end, ex.start - 24), ex.start)
            if t is not None:
                ex.start, a.hour, a.minute = t.start(), int(t.group("h")), int(t.group("m") or 0)
        if a.kind == "docday" and (ex.bound not in ("from", "open", "before")
                                   or RELATIVE_COUNT_BEFORE_RE.search(text, max(0, ex.start - 30), ex.start)):
            i = j
            continue  # "ngày ký" alone is no date, nor a count from it ("15 ngày kể từ ngày ký quyết định …")
        if ex.rec is None and any(b.rel is not None and b.kind in {"month", "quarter", "day"} for b in ex.atoms):
            if _recurring_line(text, ex.start):
                ex.rec = Atom("every", ex.end, ex.end, "year", unit="year")
        elif a.rel is not None and _relative_year_alone(ex) and _recurring_line(text, ex.start):
            i = j
            continue  # "Quý IV hàng năm hoàn thành kế hoạch của năm kế tiếp": no one year
        out.append(ex)
        prev_end, i = ex.end, j
    return out


def _recurring_line(text: str, start: int) -> bool:
    """The line before `start` says the schedule repeats ("hằng năm", "từng năm", "trở đi")."""
    w0 = max(0, start - 600)
    ls = text.rfind("\n", w0, start) + 1 or w0
    return RECURRING_CONTEXT_RE.search(text, ls, start) is not None


def _relative_year_alone(ex: Expr) -> bool:
    """'năm sau', 'năm kế tiếp': a year relative to the anchor, with no month, quarter or edge."""
    a = ex.first
    return a.kind == "year" and a.rel is not None and a.edge is None and ex.last is None and ex.rec is None


def _lead_and_tail(text: str, ex: Expr, prev_end: int) -> None:
    w0 = max(prev_end, ex.start - 40, 0)
    w0 = text.rfind("\n", w0, ex.start) + 1 or w0
    window = text[w0:ex.start].lower()
    m = None
    if LEAD_WORD_RE.search(window) and (any_cue := LEAD_ANY_RE.search(text, w0, ex.start)) is not None:
        m = LEAD_BOUND_RE.match(text, any_cue.start(), ex.start)  # = LEAD_BOUND_RE.search(text, w0, ex.start)
    if m is not None:
        ex.start = m.start()
        kind = m.lastgroup
        if kind == "within":
            ex.within = True
        elif ex.bound is None and ex.first.kind not in {"dayrange", "term"} and ex.first.y2 is None:
            ex.bound = kind
        ex.since_now = kind == "until" and NOW_RE.match(text, m.start()) is not None
    if ex.bound in (None, "from") and ex.rec is None:
        t = OPEN_END_RE.match(text, ex.end)
        if t is not None:
            ex.end, ex.bound = t.end(), "open"
