"""Normalisation: pure str -> str steps, each with an offset map back to the source text.

The normalised text is what `kehoach text` prints and what every span indexes. Steps:

1. characters — line endings, NFC, invisible and non-breaking spaces, dash and quote variants,
   HTML entities and tags, markdown emphasis/escapes, one tone-mark convention (hòa, thủy, ủy);
2. lines — decoration lines and bare `|` cells dropped, lines broken mid-sentence joined
   (hard wraps and page breaks), blank lines removed: one paragraph per line.

`fold()` is the comparison key for names (case, tone marks, spaces, dashes): use it, never
compare raw strings (fuzz.ratio('Hoà Bình', 'Hòa Bình') is 75).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .offsets import LazyOffsetMap, OffsetChain, OffsetMap, apply_edits, splice, substitute, substitute_lazily

# --- tone marks: old style (hoà, thuỷ, uỷ) -> new style (hòa, thủy, ủy), same length --------
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_MARKS = (_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT)


def _with(base: str, mark: str) -> str:
    return unicodedata.normalize("NFC", base + mark)


_TONE_TABLE: dict[str, str] = {}
for _first, _second in (("o", "a"), ("o", "e"), ("u", "y")):
    for _mark in _MARKS:
        for _f, _s in ((_first, _second), (_first.upper(), _second.upper()), (_first.upper(), _second)):
            _TONE_TABLE[_f + _with(_s, _mark)] = _with(_f, _mark) + _s
_VI_LETTER = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
_TONE_RE = re.compile(
    "[oOuU][" + "".join(sorted({k[1] for k in _TONE_TABLE})) + f"](?![{_VI_LETTER}])"
)


# the same pairs, one pattern per first letter: led by a literal, sre skips to it at C speed (a
# pattern led by a character class tests the class at every position, three times slower)
_TONE_PAIR_RES = tuple(
    re.compile(f + "[" + "".join(sorted({k[1] for k in _TONE_TABLE if k[0] == f})) + f"](?![{_VI_LETTER}])")
    for f in sorted({k[0] for k in _TONE_TABLE})
)


def _new_tone_marks(text: str) -> str:
    """`_TONE_RE.sub(_tone_repl, text)` (same length): hoà -> hòa, thuỷ -> thủy, not quý."""
    edits = [
        (s, s + 2, _TONE_TABLE[m.group()])
        for pattern in _TONE_PAIR_RES
        for m in pattern.finditer(text)
        if not ((s := m.start()) and text[s - 1] in "qQ")
    ]
    return splice(text, sorted(edits))


def _tone_repl(m: re.Match[str]) -> str:
    s = m.start()
    if s and m.string[s - 1] in "qQ":  # "quý", "quỷ": the mark stays on y
        return m.group()
    return _TONE_TABLE.get(m.group(), m.group())

# --- character-level replacements ---------------------------------------------------------
# Same-length replacements go through str.translate (no offset change, C speed).
_SAME_LENGTH = {
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ",
    "\u2003": " ", "\t": " ", "\u3000": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"',
    "\u00bb": '"', "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\r": "\n", "\f": "\n", "\v": "\n", "\u2028": "\n", "\u2029": "\n",
}
_SAME_LENGTH_RE = re.compile("[" + "".join(_SAME_LENGTH) + "]")


def _same_length_repl(m: re.Match[str]) -> str:
    return _SAME_LENGTH[m.group()]
# Length-changing ones are edits with an offset map.
_RESIZE = {
    "\r\n": "\n", "\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "", "\u2060": "",
    "\u2026": "...", "&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'",
}
# every alternative starts with a literal: sre then skips fast to the few characters that matter
_RESIZE_RE = (
    r"\r\n|\u00ad|\u200b|\u200c|\u200d|\ufeff|\u2060|\u2026|&(?:nbsp|amp|lt|gt|quot|#39);"
    r"|<(?:[bB][rR]\s*/?|/?(?:p|div|span|b|i|u|strong|em|font|td|tr|table|tbody|sup|sub|o:p)\b[^>]*)>"
)
_COMBINING_RE = re.compile(r".[\u0300-\u036f]+", re.DOTALL)
_HAS_COMBINING_RE = re.compile(r"[\u0300-\u036f]")
_MD_RE = r"\*\**|\\[-.*_\[\]()#+!|>`~]|##{0,5} "  # "\*+", "#{1,6} " with a literal first
_SPACES_RE = re.compile(r" (?=[ \n])|\n +")
_SPACE_RUN_RE = re.compile("   *")  # two literal spaces first: sre skips fast to them
_BREAK_SPACE_RE = re.compile("\n ")
_RESIZE_STEP_RE = re.compile(_RESIZE_RE)
_MD_STEP_RE = re.compile(_MD_RE)
_MD_STARS_RE = re.compile(_MD_RE.split("|", 1)[0])  # "\*\**"
# emphasis stars inside a line (after neither a line start, a star, an escape nor a heading mark):
# always dropped by _md_repl, and most of its matches
_MD_INLINE_STARS_RE = re.compile(r"\*(?<=[^\n*\\#]\*)\**")
# and emphasis stars opening a line (over "\n" + text): neither a bullet "* " nor a lone "*" line
_MD_LINE_STARS_RE = re.compile(r"\n(?:\*\*+(?=[^\n*#])|\*(?=[^\n*# ]))")
_RESIZE_TRIGGERS = ("\r", "&", "<", "\u00ad", "\u200b", "\u200c", "\u200d", "\ufeff", "\u2060", "\u2026")
_MULTI_CHAR_TRIGGERS = ("\r", "&", "<")  # what leads an alternative longer than one character


# The resizing and the same-length replacements as one pass (neither's output is the other's
# input; same-length ones add nothing to the offset map), every alternative led by a literal.
_CHARACTERS_RE = re.compile(_RESIZE_RE + "|" + "|".join(re.escape(c) for c in _SAME_LENGTH))


def _replace_characters(text: str) -> tuple[str, LazyOffsetMap | None]:
    """`_CHARACTERS_RE.sub(_characters_repl, text)` and its offset map, by a `str.replace` per
    character present (an `in` per character runs at memory speed; a regex tests its class at every
    position) — unless "\r", "&" or "<" is there: then a longer alternative may match, the regex runs.

    One-character replacements never make another's character, so their order does not matter;
    the same-length ones change no offset."""
    resized = [c for c in _RESIZE_TRIGGERS if c in text]
    if any(c in resized for c in _MULTI_CHAR_TRIGGERS):
        return substitute_lazily(text, _CHARACTERS_RE, _characters_repl)
    out = text
    for c in resized:
        out = out.replace(c, _RESIZE[c])
    for c, new in _SAME_LENGTH.items():
        if c in out:
            out = out.replace(c, new)
    return out, (_map_of(text, out, _CHARACTERS_RE, _characters_repl) if resized else None)


def _characters_repl(m: re.Match[str]) -> str:
    return _SAME_LENGTH.get(m.group()) or _resize_repl(m)


def _resize_repl(m: re.Match[str]) -> str:
    g = m.group()
    if g[0] == "<":
        return "\n" if g[1:3].lower() == "br" else ""
    return _RESIZE.get(g, _RESIZE.get(g.lower(), ""))


def _md_repl(m: re.Match[str]) -> str:
    g = m.group()
    if g[0] == "\\":
        return g[1]  # markdown escape "\-" -> "-"
    text, s, e = m.string, m.start(), m.end()
    if g[0] == "#":  # a markdown heading marker, only at a line start
        return "" if s == 0 or text[s - 1] == "\n" else g
    at_line_start = s == 0 or text[s - 1] == "\n"
    if at_line_start and len(g) == 1 and e < len(text) and text[e] == " ":
        return g  # a bullet: "* Nội dung"
    if at_line_start and (e == len(text) or text[e] == "\n"):
        return g  # a lone "*" line (Party header ornament): dropped with decoration lines
    return ""


def _spaces_repl(m: re.Match[str]) -> str:
    # " " before another space or a line end goes; "\n   " keeps its line break only
    return "\n" if m.group()[0] == "\n" else ""


# --- line-level: joining broken lines ------------------------------------------------------
_MARKER = r"""(?:
        [IVXLC]{1,6}\s*[.\-)/:]           # I.  II-  IV)
      | [A-ZĐ]\s*[.)]\s                    # A.  B)
      | \d{1,2}(?:\.\d{1,2}){0,3}\s*[.)/:](?:\s|$)  # 1.  1.1.  2)
      | \d{1,2}\.\d{1,2}(?:\.\d{1,2})*\s   # 2.1 Heading
      | [a-zđ]\s*[).]\s                    # a)  b.
      | \(\s*(?:\d{1,2}|[a-zđ]|[IVX]{1,4})\s*\)  # (1) (a)
      | [-+*•·▪●○◦]\s                      # bullets
      | (?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Điều|ĐIỀU|Bước|BƯỚC|Phụ\s+lục|PHỤ\s+LỤC|Mẫu|MẪU)
        \s*(?:\d|[IVXLC]+\b|thứ|THỨ|số|SỐ|[:.]|$)          # "Mục 1", not "MỤC TIÊU"
      | Nơi\s+nhận | NƠI\s+NHẬN | \|
      | (?:T/M|TM\.|K/T|KT\.|T/L|TL\.|TUQ\.|Q\.)\s               # signature capacity
      | (?:KẾ\s+HOẠCH|QUYẾT\s+ĐỊNH|CHỈ\s+THỊ|QUY\s+ĐỊNH|HƯỚNG\s+DẪN|CHƯƠNG\s+TRÌNH
          |THÔNG\s+BÁO|BÁO\s+CÁO|KẾT\s+LUẬN|NGHỊ\s+QUYẾT|CÔNG\s+VĂN)[ ]*(?=\n|$)  # type word line
    )"""
MARKER_RE = re.compile("^" + _MARKER, re.VERBOSE)
_EDGE_SPACES_RE = re.compile(r"^ +| +$")
# every alternative led by a character or class (not a repeat): sre then skips the ones whose first
# character does not fit without trying them
_DECORATION = r"(?:[-_=~*][-_=~*][-_=~*]+|\||\*\*?|[-_=*] [-_=*])"
_DECORATION_RE = re.compile(f"^{_DECORATION}$", re.MULTILINE)  # what the step does (its offset map)
_DECORATION_NL_RE = re.compile(f"\n{_DECORATION}(?=\n|\\Z)")  # how it runs: stops only at line breaks
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


@dataclass(frozen=True)
class Normalised:
    text: str
    offsets: OffsetChain

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.span_to_source(start, end)


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
# a number marker runs on after these words ("khoản\n2.", "từ 7 đến cận\n8:")
_REF_WORDS = frozenset([
    "khoản", "điểm", "điều", "mục", "tiết", "phần", "chương", "lục", "số", "cận", "đến", "từ", "và",
    "hoặc", "tại", "theo", "lần", "thứ", "ngày", "tháng",
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
# lowercase letter, after a word character, ")", "%", a dot or ":" (one class each side: each test
# at every break costs, each match costs more)
_WRAP_CANDIDATE_RE = re.compile(r"\n[-\d.…(ĐMPCa-zđà-ỹ](?<![^\w)%.…:]\n.)")


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
        prev == ";" and (nxt.isupper() or nxt.isdigit()) and not _MARKER_AT_RE.match(text, s + 1)
        and not text.startswith("Căn cứ", s + 1)  # a legal basis starts its own paragraph
    ):  # a full line: its ";" is no clause end ("ngày 26/11/2011;\nLuật …")
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


def _kept_breaks(text: str, spaced: str) -> set[int]:
    """The candidate breaks (a space in `spaced`) after which `_stays_apart` says no: only those
    ending a line without a-z (maybe in capitals) or starting with a capacity are looked at."""
    padded = "\n" + text  # line starts are after a "\n"; padded positions are one ahead
    ends = {m.end() - 1 for m in _NO_ASCII_LOWER_LINE_RE.finditer(padded)}
    ends.update(text.find("\n", m.start()) for m in _CAPACITY_LINE_RE.finditer(padded))
    n = len(text)
    return {
        s for s in ends
        if 0 <= s < n and spaced[s] == " "
        and _stays_apart(text[text.rfind("\n", 0, s) + 1 : s], _line_at(text, s + 1))
    }


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
        apart = _kept_breaks(text, spaced)
        if "_\n" in text:  # "_" is a word character, not alphanumeric
            apart.update(m.end() - 1 for m in _UNDERSCORE_BREAK_RE.finditer(text) if spaced[m.end() - 1] == " ")
        if text[-1:] == "\n":  # the last break is no pair
            apart.add(n - 1)
        semis = list(_SEMICOLON_PAIR_RE.finditer(text))
        joined = _wrap_fixes(text, spaced, apart, [m.start() + 1 for m in semis], n_closed)
    else:
        semis = None
        kept = _kept_breaks(text, spaced)
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
    return _put(joined, semi, " "), hard


def _join_lines(text: str) -> tuple[str, LazyOffsetMap | None]:
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


def _empty_decoration_lines(text: str) -> tuple[str, LazyOffsetMap | None]:
    """`_DECORATION_RE.sub("", text)`: a `^…$` pattern tries every position, a "\n"-led one (over
    the text after a "\n") stops only at line breaks; the offset map is the `^…$` one's."""
    out = _DECORATION_NL_RE.sub("\n", "\n" + text)[1:]
    return out, _map_of(text, out, _DECORATION_RE, lambda _m: "")


def _squeeze_spaces(text: str) -> str:
    """`_SPACES_RE.sub(_spaces_repl, text)` by literal searches, not a stop at every space: runs
    of spaces become one, then a space before or after a line break goes. Those are few: found by
    a search each (`find` for " \n", a "\n"-led regex for "\n "), cut in one splice."""
    if "  " in text:
        text = _SPACE_RUN_RE.sub(" ", text)
    drops = {m.start() + 1 for m in _BREAK_SPACE_RE.finditer(text)}
    at = text.find(" \n")
    while at >= 0:
        drops.add(at)
        at = text.find(" \n", at + 2)
    return splice(text, [(s, s + 1, "") for s in sorted(drops)])


def _strip_markdown(text: str) -> tuple[str, LazyOffsetMap | None]:
    """`_MD_STEP_RE.sub(_md_repl, text)` in passes: the emphasis stars (most matches, always
    dropped) by plain `re.sub`s, what is left through `_md_repl`; the offset map is the one
    pass's. (Dropping them never makes a new line start, escape or heading mark.)"""
    out = _MD_LINE_STARS_RE.sub("\n", "\n" + text)[1:] if "\n*" in text or text[:1] == "*" else text
    out = _MD_INLINE_STARS_RE.sub("", out)
    if "\\" in out or "#" in out:
        out = _MD_STEP_RE.sub(_md_repl, out)
    elif "*" in out:  # only stars left: their literal-led alternative alone, a fast skip to each
        out = _MD_STARS_RE.sub(_md_repl, out)
    return out, _map_of(text, out, _MD_STEP_RE, _md_repl)


def _map_of(
    text: str, out: str, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]
) -> LazyOffsetMap | None:
    """The offset map of `pattern.sub(repl, text)` (== `out`, computed faster), built on first use."""
    if out == text:
        return None
    return LazyOffsetMap(lambda: substitute(text, pattern, repl)[1])


def normalise(text: str) -> Normalised:
    """Source text -> normalised text with its offset map."""
    chain = OffsetChain()

    def step(pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str] | str) -> None:
        # the text at C speed (`re.sub`); each step's offset map is built only if a span asks
        nonlocal text, chain
        text, m = substitute_lazily(text, pattern, repl)
        chain = chain.then(m)

    # a text in NFC comes out of the NFC step unchanged: `is_normalized` only saves the step, and on
    # a decomposed text (a tone mark found by a fast `in`) it costs more than the step itself
    if any(mark in text for mark in _MARKS) or (
        not unicodedata.is_normalized("NFC", text) and _HAS_COMBINING_RE.search(text)
    ):
        step(_COMBINING_RE, lambda m: unicodedata.normalize("NFC", m.group()))
    # each pass runs only when a cheap look says its characters are there
    text, m = _replace_characters(text)
    chain = chain.then(m)
    text = _new_tone_marks(text)
    if "*" in text or "\\" in text or "#" in text:
        text, m = _strip_markdown(text)
        chain = chain.then(m)
    out = _squeeze_spaces(text)
    text, chain = out, chain.then(_map_of(text, out, _SPACES_RE, _spaces_repl))
    if _DECORATION_NL_RE.search("\n" + text):  # "\n"-led: cheaper than any list of trigger strings
        text, m = _empty_decoration_lines(text)  # emptied lines vanish with the line-break pass
        chain = chain.then(m)
    text, m = _join_lines(text)
    chain = chain.then(m)
    if text[:1] == " " or text[-1:] == " ":
        step(_EDGE_SPACES_RE, "")
    return Normalised(text, chain)


def normalise_text(text: str) -> str:
    return normalise(text).text


# --- comparison key -------------------------------------------------------------------------
_FOLD_PUNCT_RE = re.compile(r"[\s\-_.,;:\"'()]+")


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Key for comparing names: NFC, one tone convention, case, dashes, spaces, punctuation."""
    s = unicodedata.normalize("NFC", s)
    s = _SAME_LENGTH_RE.sub(_same_length_repl, s)
    s = _TONE_RE.sub(_tone_repl, s)
    s = s.lower().replace("đ", "đ")
    return _FOLD_PUNCT_RE.sub(" ", s).strip()


def strip_accents(s: str) -> str:
    """'Kết luận' -> 'ket luan' (for forgiving look-ups only, never for output)."""
    s = unicodedata.normalize("NFD", fold(s))
    return "".join(c for c in s if not unicodedata.combining(c)).replace("đ", "d")


@lru_cache(maxsize=2)  # citations, dates and task tables scan the same document's copy
def lower_aligned(text: str) -> str:
    """`text.lower()` with one character for each character of `text`, so a position found in it is
    the same position in `text`: a character whose lower case is longer ("İ" → "i̇") stays as it is.
    Cached for the last two texts (a str caches its hash: a hit costs no pass over the text)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(lc if len(lc := c.lower()) == 1 else c for c in text)
