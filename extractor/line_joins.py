"""Joining the lines a source breaks mid-sentence: the "lines" step of normalisation.

A single line break inside a sentence (hard-wrapped exports, page breaks) and a blank line inside
one ("làm\n\ntheo") become a space; every other run of breaks becomes one break, so the text has
one paragraph per line. Hard-wrapped text has its own verdicts for breaks that look like something
else (a wrap before an inline dash, number or part word; a short line that ends a paragraph).

`join_lines(text)` gives the joined text and its lazy offset map; `normalise.normalise` runs it last.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .heading_wraps import TYPE_WORD_LINE, heading_type_word_at, heading_type_word_joins
from .offsets import LazyOffsetMap, OffsetMap, apply_edits, splice
from .section_tree import BULLET_SIGNS, GLUED_BULLET_SIGNS
from .wrapped_enumerations import enumeration_wraps, run_wrapped_at

# --- line-level: joining broken lines ------------------------------------------------------
_MARKER = r"""(?:
        [IVXLC]{1,6}\s*[.\-)/:]           # I.  II-  IV)
      | [A-ZĐ]\s*[.)](?:\s|$)               # A.  B)  (a line of its own at the end too)
      | \d{1,2}(?:\.\d{1,2}){0,3}\s*[.)/:](?:\s|$)  # 1.  1.1.  2)  1/
      | \d{1,2}(?:\.\d{1,2}){0,3}[.)](?=[^\W\d_])   # 1.Nội dung  1.1.Nội dung (no space typed)
      | \d{1,2}\.\d{1,2}(?:\.\d{1,2})*\s   # 2.1 Heading
      | [a-zđ]\s*(?:[)./](?:\s|$)|\)(?=[^\W\d_]))  # a)  b.  c/  d)Nội dung
      | \(\s*(?:\d{1,2}|[a-zđ]|[IVX]{1,4})\s*\)  # (1) (a)
      | [BULLETS]\s                           # bullets
      | [GLUED](?=[^\W\d_])                  # a bullet typed without its space ("-Phối hợp")
      | (?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Điều|ĐIỀU|Bước|BƯỚC|Phụ\s+lục|PHỤ\s+LỤC|Mẫu|MẪU)
        \s*(?:\d|[IVXLC]+\b|thứ|THỨ|số|SỐ|[:.]|$)          # "Mục 1", not "MỤC TIÊU"
      | Nơi\s+nhận | NƠI\s+NHẬN | Kính\s+gửi | KÍNH\s+GỬI | \|
      | (?:T/M|TM\.|K/T|KT\.|T/L|TL\.|TUQ\.|Q\.)\s               # signature capacity
      | TYPE_WORD_LINE                      # a type word alone on its line (heading_wraps.py)
    )""".replace("TYPE_WORD_LINE", TYPE_WORD_LINE).replace("BULLETS", re.escape(BULLET_SIGNS)).replace(
    "GLUED", re.escape(GLUED_BULLET_SIGNS))
MARKER_RE = re.compile("^" + _MARKER, re.VERBOSE)
_MARKER_AT_RE = re.compile(_MARKER, re.VERBOSE)
_CAPACITY_RE = re.compile(r"(?:T/M|TM\.|K/T|KT\.|T/L|TL\.|TUQ\.|Q\.)\s")
_OPEN_END = ",-(/\"'"
_SOFT_NEXT = "(\"'0123456789"
_OPEN_PAIR_RE = re.compile(rf"\n(?<=[\w,\-(/\"']\n)(?!\n)(?!{_MARKER})", re.VERBOSE)
_CLOSED_PAIR_RE = re.compile(rf"\n(?<=[.:;!?]\n)(?!\n)(?!{_MARKER})", re.VERBOSE)
_SEMICOLON_PAIR_RE = re.compile(rf";\n(?=[^\n])(?!{_MARKER})", re.VERBOSE)  # the break after its ";"
_BREAK_RUN_RE = re.compile(r"\n\n+")
_UNDERSCORE_BREAK_RE = re.compile("_\n")
# blank lines that may sit inside a sentence: after a word or an opening, before no capital or marker
# (a digit only after a dash: "2025 -\n\n2030")
# (led by "\n\n": sre's search skips single breaks without trying the pattern)
_OPEN_RUN_RE = re.compile(
    rf"\n\n(?:(?<=[\w,(/\"']\n\n)\n*(?![\nA-ZĐ\d])|(?<=-\n\n)\n*(?![\nA-ZĐ]))(?!{_MARKER})", re.VERBOSE
)
_SOFT_NEXT_RE = re.compile("[a-zà-ỹđ0-9(\"']")  # what may follow a single break joined in a soft document
_CAPACITY_START = ("T/M", "TM.", "K/T", "KT.", "T/L", "TL.", "TUQ.", "Q.")  # cheap test before _CAPACITY_RE
_NO_ASCII_LOWER_LINE_RE = re.compile(r"\n[^a-z\n]++(?=\n|\Z)")  # over "\n" + text
_CAPACITY_LINE_RE = re.compile(r"\n(?:T/M|TM\.|K/T|KT\.|T/L|TL\.|TUQ\.|Q\.)")  # over "\n" + text


def _is_hard_wrapped(text: str) -> bool:
    """Hard-wrapped exports break paragraphs every ~60 chars; one-paragraph-per-line docs don't."""
    return _hard_wrapped(len(_OPEN_PAIR_RE.findall(text)), text)


def _hard_wrapped(open_pairs: int, text: str, closed_pairs: int | None = None) -> bool:
    pairs = open_pairs + (len(_CLOSED_PAIR_RE.findall(text)) if closed_pairs is None else closed_pairs)
    return pairs >= 8 and open_pairs >= 0.6 * pairs


def _line_break_repl(m: re.Match[str], hard: bool) -> str:
    """Decide for each run of line breaks: a space (the sentence goes on) or one line break.

    One break inside a sentence (hard-wrapped exports; in other documents only before a
    lowercase word) and a blank line or page break inside a sentence ("làm\n\ntheo",
    "2025 -\n\n2030.") become a space; every other run becomes one line break.
    """
    text, s, e = m.string, m.start(), m.end()
    if s == 0 or e == len(text):
        return ""
    if hard and e - s == 1 and (verdict := _wrap_verdict(text, s, _Layout(text))) is not None:
        return verdict
    prev, nxt = text[s - 1], text[e]
    if prev == ";" and e - s == 1 and nxt.islower() and not _MARKER_AT_RE.match(text, e):
        return " "  # "… Việt Nam;\nlà di sản …": a wrap after a semicolon
    if e - s == 1 and (run_wrapped_at(text, s) or heading_type_word_at(text, s)):
        return " "  # "(1), (2),\n(3), (4)": a run of marks; "VII. CHẾ ĐỘ\nBÁO CÁO": one heading
    if not (prev.isalnum() or prev in _OPEN_END) or _MARKER_AT_RE.match(text, e):
        return "\n"
    if e - s == 1:
        if not (hard or nxt.islower() or nxt in _SOFT_NEXT):
            return "\n"
    elif not (nxt.islower() or (prev == "-" and nxt.isdigit())):
        return "\n"
    line = text[text.rfind("\n", 0, s) + 1 : s]
    return "\n" if _stays_apart(line, _line_at(text, e)) else " "


# a number/symbol alone on a line ("57-NQ/TW" wrapped off "Nghị quyết số"), an abbreviation in
# brackets ("(DN)," wrapped off "các doanh nghiệp") or a line ending in a comma: capitals, but no header cell.
# The first branch is "no space and a digit" read in one pass: "[^\s]*\d[^\s]*" backtracked over
# every digit of a long token (a line "A111…1 B" of 100k characters took minutes)
_SYMBOL_LINE_RE = re.compile(r"(?=[^\s\d]*\d)\S+|\([^\s()]+\)[,;]?|.*,")


def _stays_apart(line: str, following: str) -> bool:
    """Lines that stay apart although `line` ends mid-sentence.

    "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH": the signature's lines; "KẾ HOẠCH" + "thực hiện …",
    "PHÓ CHỦ TỊCH" + "Nguyễn Văn A": an all-capitals line joins only another all-capitals line
    (a wrapped title or header cell) — unless it is one number/symbol ("57-NQ/TW"), an abbreviation
    in brackets ("(DN),") or ends in a comma: that runs on.
    """
    if line.startswith(_CAPACITY_START) and _CAPACITY_RE.match(line):
        return True
    return line.isupper() and following != following.upper() and not _SYMBOL_LINE_RE.fullmatch(line)


# --- hard-wrapped text: the breaks a wrap makes that look like something else ----------------
# A wrap that lands before an inline dash, number or part word makes it look like a list item or
# heading ("giai đoạn 2021\n- 2025", "tại khoản\n2. Điều 5", "theo hướng dẫn tại\nMục II Kế
# hoạch"); one after ";" looks like the end of a clause although the line is full; and in a text
# with no blank lines between paragraphs a short line before a capital is a paragraph's end (a
# heading before its first sentence), not a wrap. `_wrap_verdict` says which, for one break.
_INLINE_DASH_RE = re.compile(r"- ?[^\W_]")  # "- 2030", "- xã hội": the character after is checked
_INLINE_NUMBER_RE = re.compile(r"\d{1,3}(?:\.\d{1,2})*\s*[.):]")  # "2. Điều 5", "8: đạt loại Giỏi"
# a number marker runs on after these words ("khoản\n2.", "từ 7 đến cận\n8:", "cấp độ\n1.")
_REF_WORDS = frozenset([
    "khoản", "điểm", "điều", "mục", "tiết", "phần", "chương", "lục", "số", "cận", "đến", "từ", "và",
    "hoặc", "tại", "theo", "lần", "thứ", "ngày", "tháng", "độ",
])
# "Điều 4 Nghị quyết", "Mục II.4 Kế hoạch": a part word, a number and a word (a heading has "." or ":")
_INLINE_PART_RE = re.compile(
    r"(?:Điều|Mục|Phần|Chương|Phụ\s+lục)\s+(?:\d{1,3}|[IVXLC]{1,6})(?:\.\d{1,2})*\s+[^\W\d_]"
)
# "......(1)": the dotted blank of a form wrapped off its label, "(4)" its footnote mark wrapped off it
_LEADER_LINE_RE = re.compile(r"[.…][.…\s]*(?:\(\d{1,2}\)[.…]*)?")
_FOOTNOTE_MARK_RE = re.compile(r"\(\d{1,2}\)[.…]*")
_WORD_RE = re.compile(r"\S*")
# the breaks the general rules keep that a verdict other than the ";" one may join (run over the
# joined text, where only the kept breaks are left): before a dash, digit, dot, bracket, part word or
# lowercase letter, after a word character, ")", "%", a dot, ":" or "," (one class each side: each test
# at every break costs, each match costs more)
_WRAP_CANDIDATE_RE = re.compile(r"\n[-\d.…(ĐMPCa-zđà-ỹ](?<![^\w)%.…:,]\n.)")


def _no_blank_lines(text: str, closed_pairs: int | None = None) -> bool:
    """No blank lines between paragraphs (pdftotext, a one-paragraph-per-line text wrapped): fewer
    blank lines than lines ending a sentence. A line's length is then the only sign of a paragraph's end."""
    if closed_pairs is None:
        closed_pairs = len(_CLOSED_PAIR_RE.findall(text))
    at = -2  # text.count("\n\n") < closed pairs, stopping at the closed pairs' count (blank lines come early)
    for _ in range(closed_pairs):
        at = text.find("\n\n", at + 2)
        if at < 0:
            return True
    return False


_WIDTH_SAMPLE = 120  # lines: the width is the same all through a text


def _wrap_width(text: str) -> int:
    """The width a hard-wrapped text was wrapped at: the 90th percentile of the lengths of the lines
    (of the first few hundred) that end mid-sentence: most are within a word of the width. 0 (no
    width) when over 15% of the lines are longer by a fifth: paragraphs on one line, not wrapped."""
    lines = text[: 200 * _WIDTH_SAMPLE].split("\n", _WIDTH_SAMPLE)[:_WIDTH_SAMPLE]
    lens = sorted([len(ln) for ln in lines if ln and (ln[-1].isalnum() or ln[-1] in _OPEN_END)])
    if not lens:
        return 0
    width = lens[int(0.9 * (len(lens) - 1))]
    every = sorted(map(len, lines))
    return 0 if len(every) - bisect_right(every, 1.2 * width) > 0.15 * len(every) else width


class _Layout:
    """What the verdicts ask of the whole text, each worked out once, when first asked (an
    lru_cache keyed on the text would hash it: a pass over the text for every new text)."""

    __slots__ = ("_no_blank", "_width", "closed_pairs", "text")

    def __init__(self, text: str, closed_pairs: int | None = None) -> None:
        self.text, self.closed_pairs = text, closed_pairs
        self._no_blank: bool | None = None
        self._width: int | None = None

    def no_blank_lines(self) -> bool:
        if self._no_blank is None:
            self._no_blank = _no_blank_lines(self.text, self.closed_pairs)
        return self._no_blank

    def width(self) -> int:
        if self._width is None:
            self._width = _wrap_width(self.text)
        return self._width


def _wrap_verdict(text: str, s: int, layout: _Layout) -> str | None:
    """For the single break at `s` in a hard-wrapped text: " " (a wrap the general rules would keep),
    "\n" (a paragraph's end they would join) or None (the general rules decide)."""
    prev, nxt = text[s - 1], text[s + 1]
    if prev == "," and run_wrapped_at(text, s):
        return " "  # "nội dung (1), (2),\n(3), (4) …": a run of item marks wrapped
    if prev.isalnum() and nxt == "-":
        m = _INLINE_DASH_RE.match(text, s + 1)
        if not m:
            return None
        line = _line_before(text, s)
        if m.group()[-1].islower() or m.group()[-1].isdigit():
            return _joined(line, text, s)
        # "Bộ Lao động\n- Thương binh và Xã hội": before a capital only off a full line, where
        # paragraphs have blank lines between them (else a full line may end a paragraph)
        if not layout.no_blank_lines() and _fits(line, text, s, layout) is False:
            return _joined(line, text, s)
        return None
    if prev.islower() and nxt in "ĐMPC" and _INLINE_PART_RE.match(text, s + 1):
        return _joined(_line_before(text, s), text, s)
    if prev.isalpha() and nxt.isdigit() and _INLINE_NUMBER_RE.match(text, s + 1):
        line = _line_before(text, s)
        return _joined(line, text, s) if line[line.rfind(" ") + 1 :].lower() in _REF_WORDS else None
    if prev in ")%" and (nxt.islower() or nxt == "(") and not _MARKER_AT_RE.match(text, s + 1):
        # "(LCS)\nthu thập", "50%\nđịnh mức", "(theo Công văn số …)\n(thời gian hoàn thành …)"
        line = _line_before(text, s)
        if nxt == "(" and layout.no_blank_lines() and _fits(line, text, s, layout) is not False:
            return None
        return _joined(line, text, s)
    if (nxt in ".…" and (prev.isalnum() or prev in ":)") and _LEADER_LINE_RE.fullmatch(_line_at(text, s + 1))) or (
        nxt == "(" and prev in ".…" and text.endswith(("...", "…"), 0, s)
        and _FOOTNOTE_MARK_RE.fullmatch(_line_at(text, s + 1))
    ):  # where paragraphs have no blank line between them, only if it did not fit on the line
        line = _line_before(text, s)
        if layout.no_blank_lines() and (fits := _fits(line, text, s, layout)) is not False:
            return None if fits is None else "\n"
        return _joined(line, text, s)
    if (
        (prev == ";" or prev == "." and text.endswith("...", 0, s))
        and (nxt.isupper() or nxt.isdigit()) and not _MARKER_AT_RE.match(text, s + 1)
        and not text.startswith("Căn cứ", s + 1)  # a legal basis starts its own paragraph
    ):  # a full line: its ";" or ellipsis is no clause end ("ngày 26/11/2011;\nLuật …",
        # "giáo dục, y tế, giao thông,…\nChuyển đổi số trong …")
        line = _line_before(text, s)
        return _joined(line, text, s) if _fits(line, text, s, layout) is False else None
    if (
        nxt.isupper() and (prev.isalnum() or prev in _OPEN_END)
        and not _MARKER_AT_RE.match(text, s + 1) and layout.no_blank_lines()
        and _fits(_line_before(text, s), text, s, layout)  # (None: no width, no verdict)
    ):
        return "\n"  # the next word would have fitted: the line ended its paragraph
    return None


def _line_before(text: str, s: int) -> str:
    return text[text.rfind("\n", 0, s) + 1 : s]


def _fits(line: str, text: str, s: int, layout: _Layout) -> bool | None:
    """Would the first word after the break at `s` have fitted on `line`? None: no width to tell
    (under 40 columns the text is no hard-wrapped export, only short lines)."""
    width = layout.width()
    if width < 40:
        return None
    word = _WORD_RE.match(text, s + 1)  # "\S*": always matches
    return len(line) + 1 + (word.end() - word.start() if word else 0) <= width


def _joined(line: str, text: str, s: int) -> str:
    return "\n" if _stays_apart(line, _line_at(text, s + 1)) else " "


def _wrap_fixes(text: str, spaced: str, apart: set[int], semicolons: list[int], closed_pairs: int) -> str:
    """`spaced` (every open pair a space) with the `apart` breaks back and each `_wrap_verdict`
    applied, in one copy. Its joins are among the breaks `spaced` keeps (`_WRAP_CANDIDATE_RE`; at
    an `apart` break it would say "\n" too) and the `semicolons` (the breaks after a ";" before no
    marker); its breaks (no blank lines between paragraphs only) among the open pairs before a
    capital or a dotted blank."""
    n = len(text)
    cands = {m.start() for m in _WRAP_CANDIDATE_RE.finditer(spaced)}
    cands.update(s for s in semicolons if s + 1 < n and not text[s + 1].islower())
    layout = _Layout(text, closed_pairs)
    if layout.no_blank_lines() and layout.width() >= 40:
        cands.update(
            s for m in _OPEN_PAIR_RE.finditer(text)
            if (s := m.start()) < n - 1 and (text[s + 1].isupper() or text[s + 1] in ".…")
        )
    edits = dict.fromkeys(apart, "\n")
    for s in cands:
        if 0 < s < n - 1 and text[s - 1] != "\n" and text[s + 1] != "\n":
            v = _wrap_verdict(text, s, layout)
            if v is not None and v != edits.get(s, spaced[s]):
                edits[s] = v
    if not edits:
        return spaced
    pieces: list[str] = []
    at = 0
    for s in sorted(edits):
        pieces += (spaced[at:s], edits[s])
        at = s + 1
    pieces.append(spaced[at:])
    return "".join(pieces)


def _kept_breaks(text: str, spaced: str) -> tuple[set[int], list[int]]:
    """The candidate breaks (a space in `spaced`) after which `_stays_apart` says no: only those
    ending a line without a-z (maybe in capitals) or starting with a capacity are looked at. And,
    among the breaks after those lines, the ones inside a heading broken before a type word."""
    padded = "\n" + text  # line starts are after a "\n"; padded positions are one ahead
    capital_ends = [m.end() - 1 for m in _NO_ASCII_LOWER_LINE_RE.finditer(padded)]
    ends = set(capital_ends)
    ends.update(text.find("\n", m.start()) for m in _CAPACITY_LINE_RE.finditer(padded))
    n = len(text)
    kept = {
        s for s in ends
        if 0 <= s < n and spaced[s] == " "
        and _stays_apart(text[text.rfind("\n", 0, s) + 1 : s], _line_at(text, s + 1))
    }
    return kept, heading_type_word_joins(text, capital_ends)


def _line_at(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


def _single_joins(text: str) -> tuple[str, bool]:
    """Single line breaks -> spaces (the rules of `_line_break_repl`); and is the text hard-wrapped?

    The candidates are the open pairs of `_is_hard_wrapped` (a break after a word character or
    an opening, before no marker): all become spaces in one `subn`, which also counts them; in a
    hard-wrapped text the few that stay apart get their break back. In a text with one paragraph
    per line only a break before a lowercase word, a digit or a bracket joins: checked one by one.
    """
    spaced, n_open = _OPEN_PAIR_RE.subn(" ", text)
    n_closed = len(_CLOSED_PAIR_RE.findall(text))
    hard = _hard_wrapped(n_open, text, n_closed)
    n = len(text)
    if hard:
        apart, heading_joins = _kept_breaks(text, spaced)
        if "_\n" in text:  # "_" is a word character, not alphanumeric
            apart.update(m.end() - 1 for m in _UNDERSCORE_BREAK_RE.finditer(text) if spaced[m.end() - 1] == " ")
        if text[-1:] == "\n":  # the last break is no pair
            apart.add(n - 1)
        semis = list(_SEMICOLON_PAIR_RE.finditer(text))
        joined = _wrap_fixes(text, spaced, apart, [m.start() + 1 for m in semis], n_closed)
    else:
        semis = None
        kept, heading_joins = _kept_breaks(text, spaced)
        joins = [
            s for s in (m.start() for m in _OPEN_PAIR_RE.finditer(text))
            if s + 1 < n and s not in kept and text[s - 1] != "_"
            and _SOFT_NEXT_RE.match(text, s + 1) and (text[s + 1].islower() or text[s + 1] in _SOFT_NEXT)
        ]
        joined = _put(text, joins, " ")
    # "… Việt Nam;\nlà di sản …": a wrap after a semicolon
    semi = [m.start() + 1 for m in semis or _SEMICOLON_PAIR_RE.finditer(text) if text[m.end()].islower()]
    if not hard:
        semi = [s for s in semi if _SOFT_NEXT_RE.match(text, s + 1)]
    # "VII. CHẾ ĐỘ\nBÁO CÁO": a heading; "(1), (2),\n(3), (4) …" (a hard-wrapped text's verdicts
    # join those runs of item marks; here, a text with one paragraph a line)
    if more := heading_joins + ([] if hard else enumeration_wraps(text)):
        semi = sorted({*semi, *more})
    return _put(joined, semi, " "), hard


def join_lines(text: str) -> tuple[str, LazyOffsetMap | None]:
    """Line breaks -> spaces or one line break (`_line_break_repl` says which), in two parts.

    Single breaks are most of them (hard-wrapped exports): a regex finds the few that may be
    joined and a space takes their place (same length, so no offset change). Runs of breaks
    (blank lines) and the breaks at either end change the length: they are edits.
    """
    joined, hard = _single_joins(text)
    # a blank line ends the paragraph unless it sits in a sentence (few: the rules decide) or at
    # either end (dropped); the rest collapse to one break at C speed
    edges = _edge_edits(text)
    special = [(m.start(), m.end(), _line_break_repl(m, hard)) for m in _OPEN_RUN_RE.finditer(text)]
    special = [ed for ed in special if ed[1] < len(text)] + edges
    out = _BREAK_RUN_RE.sub("\n", splice(joined, sorted(special)))
    if out == text:
        return text, None

    def full_map() -> OffsetMap:  # every run through the rules: the reference the map follows
        runs = [(m.start(), m.end(), _line_break_repl(m, hard)) for m in _BREAK_RUN_RE.finditer(text)]
        return apply_edits(joined, sorted({*runs, *edges}))[1]

    return out, LazyOffsetMap(full_map)


def _edge_edits(text: str) -> list[tuple[int, int, str]]:
    """The breaks at either end of the text, dropped."""
    n = len(text)
    lead = n - len(text.lstrip("\n"))
    if lead == n:
        return [(0, n, "")] if n else []
    trail = n - len(text.rstrip("\n"))
    return [ed for ed in ((0, lead, ""), (n - trail, n, "")) if ed[1] > ed[0]]


def _put(text: str, positions: list[int], char: str) -> str:
    """`text` with `char` in place of the character at each position (sorted)."""
    if not positions:
        return text
    bounds = [-1, *positions]
    return char.join([text[a + 1 : b] for a, b in zip(bounds, [*positions, len(text)])])

