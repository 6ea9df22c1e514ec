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
from dataclasses import dataclass
from functools import lru_cache

from .offsets import OffsetChain, apply_edits, substitute

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


def _tone_repl(m: re.Match[str]) -> str:
    s = m.start()
    if s and m.string[s - 1] in "qQ":  # "quý", "quỷ": the mark stays on y
        return m.group()
    return _TONE_TABLE.get(m.group(), m.group())

# --- character-level replacements ---------------------------------------------------------
_CHAR_MAP = {
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ",
    "\u2003": " ", "\t": " ", "\u3000": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u00ad": "",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "", "\u2060": "",
    "\r\n": "\n", "\r": "\n", "\f": "\n", "\v": "\n", "\u2028": "\n", "\u2029": "\n",
    "\u2026": "...",
}
_CHAR_RE = re.compile("\r\n|[" + "".join(re.escape(c) for c in _CHAR_MAP if c != "\r\n") + "]")
_COMBINING_RE = re.compile(r".[\u0300-\u036f]+", re.S)
_HTML_ENTITIES = {"&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'"}
_HTML_RE = re.compile(r"<br\s*/?>|</?(?:p|div|span|b|i|u|strong|em|font|td|tr|table|tbody|sup|sub|o:p)\b[^>]*>|&(?:nbsp|amp|lt|gt|quot|#39);", re.I)
_MD_RE = re.compile(r"\*+|\\[-.*_\[\]()#+!|>`~]|^#{1,6}[ ]+", re.M)
_EDGE_SPACES_RE = re.compile(r"^[ ]+|[ ]+$", re.M)
_INNER_SPACES_RE = re.compile(r"[ ]{2,}")


def _char_repl(m: re.Match[str]) -> str:
    return _CHAR_MAP[m.group()]


def _html_repl(m: re.Match[str]) -> str:
    g = m.group()
    if g.startswith("&"):
        return _HTML_ENTITIES[g.lower()]
    return "\n" if g.lower().startswith("<br") else ""


def _md_repl(m: re.Match[str]) -> str:
    g = m.group()
    if g[0] == "\\":
        return g[1]  # markdown escape "\-" -> "-"
    if g[0] == "#":
        return ""
    text, s, e = m.string, m.start(), m.end()
    at_line_start = s == 0 or text[s - 1] == "\n"
    followed_by_space = e < len(text) and text[e] == " "
    if at_line_start and followed_by_space and len(g) == 1:
        return g  # a bullet: "* Nội dung"
    if at_line_start and (e == len(text) or text[e] == "\n"):
        return g  # a lone "*" line (Party header ornament): the line pass drops it
    return ""


# --- line-level: joining broken lines ------------------------------------------------------
MARKER_RE = re.compile(
    r"""^(?:
        [IVXLC]{1,6}\s*[.\-–)/:]          # I.  II-  IV)
      | [A-ZĐ]\s*[.)]\s                    # A.  B)
      | \d{1,2}(?:\.\d{1,2}){0,3}\s*[.)/:](?:\s|$)  # 1.  1.1.  2)
      | \d{1,2}\.\d{1,2}(?:\.\d{1,2})*\s   # 2.1 Heading
      | [a-zđ]\s*[)\.]\s                   # a)  b.
      | \(\s*(?:\d{1,2}|[a-zđ]|[IVX]{1,4})\s*\)  # (1) (a)
      | [-+*•·▪●○◦]\s                      # bullets
      | (?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Điều|ĐIỀU|Bước|BƯỚC|Phụ\s+lục|PHỤ\s+LỤC|Mẫu|MẪU)\b
      | Nơi\s+nhận | NƠI\s+NHẬN | \|
    )""",
    re.X,
)
_DECORATION_RE = re.compile(r"^[ \t]*(?:[-_=~*.]{3,}|[|]|\*|[-_=*]\s*[-_=*])[ \t]*$")
_ENDS_OPEN_RE = re.compile(r"[\w,\-(/\"'“]$")
_LOWER_START_RE = re.compile(r"^[a-zà-ỹđ0-9(\"'“]")
_LOWER_LETTER_START_RE = re.compile(r"^[a-zà-ỹđ]")
_TERMINAL_RE = re.compile(r"[.:;!?]$")


@dataclass(frozen=True)
class Normalised:
    text: str
    offsets: OffsetChain

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.span_to_source(start, end)


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Hard-wrapped exports break paragraphs every ~60 chars; one-paragraph-per-line docs don't."""
    pairs = open_pairs = 0
    for a, b in zip(lines, lines[1:]):
        if not a or not b or MARKER_RE.match(b):
            continue
        pairs += 1
        if not _TERMINAL_RE.search(a):
            open_pairs += 1
    return pairs >= 8 and open_pairs >= 0.6 * pairs


def _line_edits(text: str) -> list[tuple[int, int, str]]:
    spans = _line_spans(text)
    lines = [text[s:e] for s, e in spans]
    blank = [not ln.strip() or bool(_DECORATION_RE.match(ln)) for ln in lines]
    hard = _is_hard_wrapped([("" if b else ln.strip()) for ln, b in zip(lines, blank)])
    edits: list[tuple[int, int, str]] = []
    # decide, for each gap between two consecutive non-blank lines, join (" ") or break ("\n")
    prev: int | None = None
    for i in range(len(lines)):
        if blank[i]:
            continue
        if prev is not None:
            a = lines[prev].rstrip()
            b = lines[i].lstrip()
            adjacent = i == prev + 1
            gap_start, gap_end = spans[prev][1], spans[i][0]
            join = False
            if not MARKER_RE.match(b) and _ENDS_OPEN_RE.search(a) and not (
                a.isupper() and _LOWER_LETTER_START_RE.match(b)  # "KẾ HOẠCH" / "thực hiện …"
            ):
                if adjacent:
                    join = hard or bool(_LOWER_START_RE.match(b))
                else:  # a page break or blank line inside a sentence: "làm\n\ntheo"
                    join = bool(_LOWER_LETTER_START_RE.match(b)) or (
                        a.endswith("-") and b[:1].isdigit()
                    )
            new = " " if join else "\n"
            # the gap, blank and decoration lines included, becomes one separator
            edits.append((gap_start, gap_end, new))
        prev = i
    # leading/trailing blank lines
    first = next((i for i in range(len(lines)) if not blank[i]), None)
    if first is None:
        return [(0, len(text), "")]
    last = max(i for i in range(len(lines)) if not blank[i])
    if spans[first][0] > 0:
        edits.append((0, spans[first][0], ""))
    if spans[last][1] < len(text):
        edits.append((spans[last][1], len(text), ""))
    edits.sort(key=lambda ed: (ed[0], ed[1]))
    return edits


def normalise(text: str) -> Normalised:
    """Source text -> normalised text with its offset map."""
    chain = OffsetChain()
    for pattern, repl in (
        (_CHAR_RE, _char_repl),
        (_COMBINING_RE, lambda m: unicodedata.normalize("NFC", m.group())),
        (_HTML_RE, _html_repl),
        (_MD_RE, _md_repl),
        (_TONE_RE, _tone_repl),
    ):
        if pattern is _COMBINING_RE and unicodedata.is_normalized("NFC", text):
            continue
        text, m = substitute(text, pattern, repl)
        chain = chain.then(m)
    text, m = apply_edits(text, _line_edits(text))
    chain = chain.then(m)
    for pattern, new in ((_EDGE_SPACES_RE, ""), (_INNER_SPACES_RE, " ")):
        text, m = substitute(text, pattern, lambda _m, new=new: new)
        chain = chain.then(m)
    return Normalised(text, chain)


def normalise_text(text: str) -> str:
    return normalise(text).text


# --- comparison key -------------------------------------------------------------------------
_FOLD_PUNCT_RE = re.compile(r"[\s\-_.,;:\"'()]+")


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Key for comparing names: NFC, one tone convention, case, dashes, spaces, punctuation."""
    s = unicodedata.normalize("NFC", s)
    s = _CHAR_RE.sub(_char_repl, s)
    s = _TONE_RE.sub(_tone_repl, s)
    s = s.lower().replace("đ", "đ")
    return _FOLD_PUNCT_RE.sub(" ", s).strip()


def strip_accents(s: str) -> str:
    """'Kết luận' -> 'ket luan' (for forgiving look-ups only, never for output)."""
    s = unicodedata.normalize("NFD", fold(s))
    return "".join(c for c in s if not unicodedata.combining(c)).replace("đ", "d")
