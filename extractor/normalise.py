"""Normalisation: pure str -> str steps, each with an offset map back to the source text.

The normalised text is what `kehoach text` prints and what every span indexes. Steps:

1. characters — page breaks (form feeds and their page numbers), line endings, NFC, invisible and non-breaking spaces, dash and quote variants,
   HTML entities and tags, markdown emphasis/escapes, one tone-mark convention (hòa, thủy, ủy);
2. lines — decoration lines and bare `|` cells dropped, lines broken mid-sentence joined
   (hard wraps and page breaks; `line_joins.py`), blank lines removed: one paragraph per line.

`fold()` is the comparison key for names (case, tone marks, spaces, dashes): use it, never
compare raw strings (fuzz.ratio('Hoà Bình', 'Hòa Bình') is 75).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .letters import LOWER
from .line_joins import join_lines
from .markdown_joins import join_split_bold_headings
from .offsets import LazyOffsetMap, OffsetChain, apply_edits_lazily, splice, substitute, substitute_lazily
from .page_numbers import PAGE_NUMBER_LINE_RE
from .section_tree import GLUED_BULLET_SIGNS

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
    "\u2026": "...",
}
# every alternative starts with a literal: sre then skips fast to the few characters that matter.
# An HTML entity, named or numeric (&nbsp; &ndash; &ldquo; &#8211; &#x2013;), is decoded by the
# standard library's table (`_entity`); a `<br>` with the line break after it is one line break
# (an HTML export breaks its source lines after each `<br>`).
_RESIZE_RE = (
    r"\r\n|\u00ad|\u200b|\u200c|\u200d|\ufeff|\u2060|\u2026"
    r"|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"
    r"|<(?:[bB][rR]\s*/?>(?:\r?\n)?|/?(?:p|div|span|b|i|u|strong|em|font|td|tr|table|tbody|sup|sub|o:p)\b[^>]*>)"
)
# A page break a text read off printed pages keeps (a form feed, pdftotext) with the blank lines and
# the page number around it ("2", "- 2 -", "Trang 2/5" on a line of its own): page furniture. It
# becomes one line break (a sentence the page cut is joined as a wrapped line is), or a blank line where
# one stood before the page's end.


def _page_breaks(text: str) -> tuple[str, LazyOffsetMap | None]:
    """Each form feed, the white space around it and one page-number line either side -> one line
    break (a page cuts a paragraph like a wrap does), or a blank line where one stood before the
    page's end (the paragraph ended with the page). Each stretch of text is walked once: back no
    further than the last break, on at C speed."""
    edits: list[tuple[int, int, str]] = []
    at = text.find("\f")
    while at >= 0:
        floor = edits[-1][1] if edits else 0
        furniture = at  # where the page's furniture starts: its number line or the form feed
        start = _back_over_space(text, at, floor)
        line_start = max(text.rfind("\n", floor, start) + 1, floor)
        if PAGE_NUMBER_LINE_RE.fullmatch(text, line_start, start):
            furniture = line_start
            start = _back_over_space(text, line_start, floor)
        end = _over_space(text, at)
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if PAGE_NUMBER_LINE_RE.fullmatch(text, end, line_end):
            end = _over_space(text, line_end)
        if edits and start <= floor:
            start = edits.pop()[0]  # nothing but furniture since the last break: one break
        # a blank line right before the feed ends a paragraph; around a page number it is layout
        blank = furniture == at and text.count("\n", start, at) >= 2
        edits.append((start, end, "\n\n" if blank else "\n"))
        at = text.find("\f", end)
    return apply_edits_lazily(text, edits)


_PAGE_SPACE = " \t\r\n\f"  # what stands between a page's text, its number and the form feed
_SPACE_RUN = re.compile(f"[{_PAGE_SPACE}]*")


def _over_space(text: str, at: int) -> int:
    m = _SPACE_RUN.match(text, at)  # `*`: matches (maybe nothing) at every position
    return m.end() if m else at


def _back_over_space(text: str, at: int, floor: int) -> int:
    while at > floor and text[at - 1] in _PAGE_SPACE:
        at -= 1
    return at


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
    g = m.group()
    same = _SAME_LENGTH.get(g)
    if same is not None:
        return same
    out = _resize_repl(m)
    # what an entity decodes to takes this pass's same-length replacements too ("&ndash;" -> "-")
    return out.translate(_SAME_LENGTH_TABLE) if g[0] == "&" else out


def _resize_repl(m: re.Match[str]) -> str:
    g = m.group()
    if g[0] == "<":
        return "\n" if g[1:3].lower() == "br" else ""
    if g[0] == "&":
        return _entity(g)
    return _RESIZE[g]


_SAME_LENGTH_TABLE = str.maketrans(_SAME_LENGTH)


@lru_cache(maxsize=256)
def _entity(ref: str) -> str:
    """An HTML character reference -> its text ("&ndash;" -> "–", "&#8230;" -> "..."), with the
    invisible and resized characters dropped or spelled out as elsewhere ("&shy;" -> ""); one the
    table does not know ("R&D;"), or a control or invalid code point, stays as printed."""
    out = html.unescape(ref)
    if out == ref or any(c < " " and c not in "\t\n" or c == "\ufffd" for c in out):
        return ref
    return "".join(_RESIZE.get(c, c) for c in out)


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


# --- line-level: decoration lines (the joining of broken lines: line_joins.py) ----------------
_EDGE_SPACES_RE = re.compile(r"^ +| +$")
# every alternative led by a character or class (not a repeat): sre then skips the ones whose first
# character does not fit without trying them
_DECORATION = r"(?:[-_=~*][-_=~*][-_=~*]+|\||\*\*?|[-_=*] [-_=*])"
_DECORATION_RE = re.compile(f"^{_DECORATION}$", re.MULTILINE)  # what the step does (its offset map)
_DECORATION_NL_RE = re.compile(f"\n{_DECORATION}(?=\n|\\Z)")  # how it runs: stops only at line breaks


# A bullet typed without its space at a line start ("-Phối hợp với …", "+Lưu VT"): the space is put
# in, so every later stage reads it as the bullet it is (a line starting "-2025" is a wrapped remnant)
_GLUED_BULLET_RE = re.compile(r"\n[" + re.escape(GLUED_BULLET_SIGNS) + r"](?=[^\W\d_])")  # "\n"-led: a fast scan


def _spaced_bullets(text: str) -> tuple[str, LazyOffsetMap | None]:
    edits = [(m.end(), m.end(), " ") for m in _GLUED_BULLET_RE.finditer(text)]
    if text[:1] and text[0] in GLUED_BULLET_SIGNS and text[1:2].isalpha():
        edits.insert(0, (1, 1, " "))
    return apply_edits_lazily(text, edits)


@dataclass(frozen=True)
class Normalised:
    text: str
    offsets: OffsetChain

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.span_to_source(start, end)


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


# A text with a blank line between every printed line (an HTML export of a PDF: each line its own
# paragraph) says nothing with its blank lines: almost no line break stands alone, and most blank
# lines sit inside a sentence (after a word, before a lower-case word). Such a text is un-doubled
# (one blank line -> a break, more -> one blank line) and then joined like any hard-wrapped text.
# A text with a blank line between whole paragraphs has them after full stops and before capitals.
_BLANK_RUN_RE = re.compile(r"\n\n+")
_IN_SENTENCE_BLANK_RE = re.compile(rf"\n\n+(?<=[\w,(/\"'\-]\n\n)(?=[{LOWER}])")
_DOUBLED_MIN_RUNS = 20
_DOUBLED_SAMPLE = 6000  # characters


def _double_spaced(text: str) -> bool:
    # a look at the opening first (an export is doubled all through): most texts have lone breaks
    # aplenty there, and counting over a whole text costs a pass over it
    head = text[:_DOUBLED_SAMPLE]
    pairs = head.count("\n\n")
    if head.count("\n") - 2 * pairs > 0.2 * pairs + 2:
        return False
    runs = _BLANK_RUN_RE.findall(text)
    if len(runs) < _DOUBLED_MIN_RUNS:
        return False
    alone = text.count("\n") - sum(map(len, runs))  # the breaks outside blank-line runs (C speed)
    return alone <= 0.1 * len(runs) and len(_IN_SENTENCE_BLANK_RE.findall(text)) >= 0.2 * len(runs)


def _undouble_repl(m: re.Match[str]) -> str:
    return "\n" if len(m.group()) == 2 else "\n\n"


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
    if "\f" in text:  # a text read off printed pages (pdftotext): its page breaks and numbers go
        text, m = _page_breaks(text)
        chain = chain.then(m)
    # each pass runs only when a cheap look says its characters are there
    text, m = _replace_characters(text)
    chain = chain.then(m)
    text = _new_tone_marks(text)
    if "*" in text or "\\" in text or "#" in text:
        text = join_split_bold_headings(text)  # same length: no offset map
        text, m = _strip_markdown(text)
        chain = chain.then(m)
    out = _squeeze_spaces(text)
    text, chain = out, chain.then(_map_of(text, out, _SPACES_RE, _spaces_repl))
    if _DECORATION_NL_RE.search("\n" + text):  # "\n"-led: cheaper than any list of trigger strings
        text, m = _empty_decoration_lines(text)  # emptied lines vanish with the line-break pass
        chain = chain.then(m)
    if "\n\n" in text and _double_spaced(text):
        step(_BLANK_RUN_RE, _undouble_repl)
    text, m = join_lines(text)
    chain = chain.then(m)
    if text[:1] == " " or text[-1:] == " ":
        step(_EDGE_SPACES_RE, "")
    if _GLUED_BULLET_RE.search(text) or text[:1] and text[0] in GLUED_BULLET_SIGNS and text[1:2].isalpha():
        text, m = _spaced_bullets(text)
        chain = chain.then(m)
    return Normalised(text, chain)


def normalise_text(text: str) -> str:
    return normalise(text).text


# --- comparison key -------------------------------------------------------------------------
_FOLD_PUNCT_RE = re.compile(r"[\s\-_.,;:\"'()…]+")  # "…" too: a text copied from the source keeps what normalising spells "..."


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
