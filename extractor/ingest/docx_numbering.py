"""Word's automatic numbering: the label ("I.", "1.", "1.2.", "a)", "-") Word prints in front of a
paragraph whose `w:pPr/w:numPr` (or whose paragraph style's `w:pPr/w:numPr`) points into
`word/numbering.xml`. The label is not in the runs, so without this a .docx plan loses every
auto-numbered heading and item.

Three steps, each testable alone:

- `parse_numbering(numbering_root, styles_root)` -> `Numbering`: the definitions (`w:num` ->
  `w:abstractNum`, `w:lvlOverride` with `w:startOverride` or a whole `w:lvl`, `w:numStyleLink`
  resolved through the numbering style) and each paragraph style's numPr (through `w:basedOn`);
  never raises — a definition it cannot read is left out (no label, the runs' text stays);
- `paragraph_numpr(p, numbering)` -> `(numId, ilvl)` or None, direct numPr first, then the style's;
- `labels(numprs, numbering)` -> one label per paragraph (a pure function of the sequence):
  counters per (abstractNum, ilvl), as Word keeps them — two `w:num` on one abstractNum continue
  each other; a level restarts when a lower ilvl is used (or as `w:lvlRestart` says: 0 never, n
  after ilvl < n); a num with `w:startOverride` restarts those levels the first time the num is
  used; `w:numId w:val="0"` and a numId or level with no definition get no label. Empty
  paragraphs count (Word numbers them too); paragraphs deleted with tracked changes do not.
  Work is O(paragraphs x 9 levels).

`add_labels(document)` is the hook `docx.py` calls: it writes each label as the paragraph's first
run (in memory), so every later step reads "I. MỤC ĐÍCH" as Word shows it.

What is rendered is what Word shows: `lvlText` with each `%n` replaced by level n's counter in its
`numFmt` (decimal, decimalZero, lower/upperLetter a..z then aa, bb …, lower/upperRoman, none;
`isLgl` makes every %n decimal; a custom `w:format` is read through the fallback format Word
writes beside it; any other format, vietnameseCounting and ordinalText included, falls back to
decimal). Word's lowerLetter runs a, b, c, d, e — not the Vietnamese a, b, c, d, đ, e that typed
plans use; a Word list is rendered as Word prints it. Bullets: a "-", "+" or "*" (also Symbol's
minus and plus at their private-use code points U+F02D/U+F02B) stays itself, the dash variants
become "-", every other glyph (Symbol U+F0B7, Wingdings squares and arrows, Courier "o", picture
bullets) becomes "•", which the section tree reads as a dash bullet. The label is followed by a
space (Word's tab or space after the number) unless `w:suff` is "nothing".

Not handled: numbering by fields (LISTNUM, AUTONUM, SEQ): a field's cached result in the runs is
read as text, a field that keeps none prints nothing; numbering of paragraphs inside footnotes;
section-level or per-page restarts.
"""

from __future__ import annotations

from collections.abc import Iterable
from copy import deepcopy
from dataclasses import dataclass, field, replace
from typing import cast

from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_LEVELS = 9
_SYMBOL_FONTS = ("symbol", "wingdings", "webdings", "zapfdingbats", "marlett", "mt extra")
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")


@dataclass(frozen=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str | None = None  # w:lvlText; None: absent (Word prints nothing)
    restart: int | None = None  # w:lvlRestart (1-based level, 0 = never); None = after any lower level
    is_lgl: bool = False
    suffix: str = " "  # w:suff: tab and space print as a space, "nothing" as nothing
    font: str = ""  # w:rPr/w:rFonts of the level (a bullet's glyph depends on it)
    style: str = ""  # w:pStyle: the paragraph style bound to this level


@dataclass(frozen=True)
class Num:
    abstract: int
    overrides: dict[int, Level] = field(default_factory=dict)  # whole w:lvl in a w:lvlOverride
    starts: dict[int, int] = field(default_factory=dict)  # w:startOverride per level


@dataclass
class Numbering:
    abstracts: dict[int, dict[int, Level]] = field(default_factory=dict)
    nums: dict[int, Num] = field(default_factory=dict)
    style_numpr: dict[str, tuple[int, int | None]] = field(default_factory=dict)  # styleId -> (numId, ilvl)
    default_style: str = ""

    def level(self, num_id: int, ilvl: int) -> Level | None:
        num = self.nums.get(num_id)
        if num is None:
            return None
        lvl = num.overrides.get(ilvl) or self.abstracts.get(num.abstract, {}).get(ilvl)
        if lvl is not None and ilvl in num.starts:
            lvl = replace(lvl, start=num.starts[ilvl])
        return lvl


# --- reading the definitions (never raises) ----------------------------------------------------
def _int(el: etree._Element | None, default: int | None = None) -> int | None:
    if el is None:
        return default
    v = el.get(_W + "val")
    try:
        return int(v) if v is not None else default
    except ValueError:
        return default


def _val(el: etree._Element | None) -> str | None:
    return None if el is None else el.get(_W + "val")


def _on(el: etree._Element | None) -> bool:
    return el is not None and el.get(_W + "val", "true") not in ("0", "false", "off")


def _level(lvl: etree._Element) -> Level:
    fonts = lvl.find(f"{_W}rPr/{_W}rFonts")
    suff = _val(lvl.find(_W + "suff"))
    return Level(
        start=_int(lvl.find(_W + "start"), 1) or 0,
        # Word 2010+ writes a custom format (w:numFmt w:val="custom" w:format="001, 002") in an
        # mc:AlternateContent whose fallback is a format every reader knows
        fmt=_val(lvl.find(_W + "numFmt")) or _val(lvl.find(f"{_MC}AlternateContent/{_MC}Fallback/{_W}numFmt")) or "decimal",
        text=_val(lvl.find(_W + "lvlText")),
        restart=_int(lvl.find(_W + "lvlRestart")),
        is_lgl=_on(lvl.find(_W + "isLgl")),
        suffix="" if suff == "nothing" else " ",
        font=(fonts.get(_W + "ascii") or fonts.get(_W + "hAnsi") or "") if fonts is not None else "",
        style=_val(lvl.find(_W + "pStyle")) or "",
    )


def _int_attr(v: str | None) -> int | None:
    try:
        return int(v) if v is not None else None
    except ValueError:
        return None


def _numpr(ppr: etree._Element | None) -> tuple[int | None, int | None] | None:
    """(numId, ilvl) of a w:pPr's w:numPr, either may be None; None without a numPr."""
    if ppr is None:
        return None
    numpr = ppr.find(_W + "numPr")
    if numpr is None:
        return None
    num_id = _int(numpr.find(_W + "numId"))
    ilvl_el = numpr.find(_W + "ilvl")
    ilvl = _int(ilvl_el) if ilvl_el is not None else None
    if ilvl is not None and not 0 <= ilvl < _LEVELS:
        ilvl = None
    return num_id, ilvl


def _styles(styles_root: etree._Element | None, numbering: Numbering) -> dict[str, str]:
    """Fill `numbering.style_numpr` (paragraph and numbering styles, through w:basedOn); return
    every style's basedOn."""
    if styles_root is None:
        return {}
    own: dict[str, tuple[int | None, int | None]] = {}
    based: dict[str, str] = {}
    for st in styles_root.iterchildren(_W + "style"):
        sid = st.get(_W + "styleId")
        if not sid:
            continue
        if st.get(_W + "default") in ("1", "true") and st.get(_W + "type") == "paragraph":
            numbering.default_style = sid
        b = _val(st.find(_W + "basedOn"))
        if b:
            based[sid] = b
        np = _numpr(st.find(_W + "pPr"))
        if np is not None:
            own[sid] = np
    for sid in set(own) | set(based):
        num_id: int | None = None
        ilvl: int | None = None
        cur: str | None = sid
        for _ in range(16):  # a basedOn chain, cycles cut
            if cur is None:
                break
            np = own.get(cur)
            if np is not None:
                num_id = np[0] if num_id is None else num_id
                ilvl = np[1] if ilvl is None else ilvl
                if num_id is not None and ilvl is not None:
                    break
            cur = based.get(cur)
        if num_id is not None:
            numbering.style_numpr[sid] = (num_id, ilvl)
    return based


def parse_numbering(numbering_root: etree._Element | None, styles_root: etree._Element | None = None) -> Numbering:
    """The numbering definitions of a document (empty when it has none or they cannot be read)."""
    numbering = Numbering()
    try:
        _styles(styles_root, numbering)
    except Exception:  # noqa: BLE001 - a style we cannot read gives no numbering, never an error
        numbering.style_numpr.clear()
    if numbering_root is None:
        return numbering
    links: dict[int, str] = {}
    for an in numbering_root.iterchildren(_W + "abstractNum"):
        aid = _int_attr(an.get(_W + "abstractNumId"))
        if aid is None:
            continue
        levels: dict[int, Level] = {}
        for lvl in an.iterchildren(_W + "lvl"):
            i = _int_attr(lvl.get(_W + "ilvl"))
            if i is not None and 0 <= i < _LEVELS and i not in levels:
                levels[i] = _level(lvl)
        numbering.abstracts[aid] = levels
        link = _val(an.find(_W + "numStyleLink"))
        if link and not levels:
            links[aid] = link
    for num in numbering_root.iterchildren(_W + "num"):
        nid = _int_attr(num.get(_W + "numId"))
        aid = _int(num.find(_W + "abstractNumId"))
        if nid is None or aid is None or nid in numbering.nums:
            continue
        overrides: dict[int, Level] = {}
        starts: dict[int, int] = {}
        for ov in num.iterchildren(_W + "lvlOverride"):
            i = _int_attr(ov.get(_W + "ilvl"))
            if i is None or not 0 <= i < _LEVELS:
                continue
            s = _int(ov.find(_W + "startOverride"))
            if s is not None:
                starts[i] = s
            whole = ov.find(_W + "lvl")
            if whole is not None:
                overrides[i] = _level(whole)
        numbering.nums[nid] = Num(aid, overrides, starts)
    # an abstractNum that only links to a numbering style (w:numStyleLink) is the abstractNum that
    # style's num uses: its nums take those levels and share those counters (one step: Word
    # writes no longer chains)
    alias: dict[int, int] = {}
    for aid, link in links.items():
        np = numbering.style_numpr.get(link)
        target = numbering.nums.get(np[0]) if np else None
        if target is not None and target.abstract != aid:
            alias[aid] = target.abstract
    for nid, defined in list(numbering.nums.items()):
        if defined.abstract in alias:
            numbering.nums[nid] = replace(defined, abstract=alias[defined.abstract])
    return numbering


def paragraph_numpr(p: etree._Element, numbering: Numbering) -> tuple[int, int] | None:
    """(numId, ilvl) a w:p is numbered with — its own numPr, else its style's — or None."""
    ppr = p.find(_W + "pPr")
    own = _numpr(ppr)
    style = (_val(ppr.find(_W + "pStyle")) if ppr is not None else None) or numbering.default_style
    from_style = numbering.style_numpr.get(style) if style else None
    num_id = own[0] if own is not None and own[0] is not None else (from_style[0] if from_style else None)
    if num_id is None or num_id == 0:
        return None
    ilvl = own[1] if own is not None else None
    if ilvl is None and from_style is not None:
        ilvl = from_style[1]
        if ilvl is None:  # the level whose w:pStyle is this style, as Word binds them
            num = numbering.nums.get(num_id)
            levels = numbering.abstracts.get(num.abstract, {}) if num else {}
            ilvl = next((i for i, lv in sorted(levels.items()) if lv.style == style), None)
    return num_id, ilvl or 0


# --- rendering ---------------------------------------------------------------------------------
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def format_number(n: int, fmt: str) -> str:
    """One counter as Word writes it in `fmt` (unknown formats: decimal)."""
    if fmt == "none":
        return ""
    if fmt in ("lowerLetter", "upperLetter") and 1 <= n <= 26 * 20:
        s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return s if fmt == "lowerLetter" else s.upper()
    if fmt in ("lowerRoman", "upperRoman") and 1 <= n < 4000:
        return _roman(n) if fmt == "lowerRoman" else _roman(n).upper()
    if fmt == "decimalZero" and 0 <= n < 10:
        return f"0{n}"
    return str(n)


def bullet(text: str, font: str = "") -> str:
    """What a bullet level prints, as one of "-", "+", "*" or "•" (see the module docstring)."""
    t = text.strip()
    if not t:
        return "•"
    c = t[0]
    face = font.strip().lower()
    plain = not face.startswith(_SYMBOL_FONTS)  # a text font: the character is what shows
    if 0xF000 <= ord(c) <= 0xF0FF:  # a symbol font's glyph at its private-use code point
        c = chr(ord(c) - 0xF000)
        plain = not face or face.startswith("symbol")  # Symbol's -, + are a minus and a plus
    elif face.startswith("symbol"):
        plain = True
    if plain and c in _DASHES:
        return "-"
    if plain and c in "+*":
        return c
    return "•"


def render(level: Level, counters: list[int | None], levels: list[Level | None]) -> str:
    """The label of a paragraph at `level` (counters already advanced), without its suffix."""
    if level.fmt == "bullet":
        return bullet(level.text or "", level.font)
    text = level.text
    if not text:
        return ""
    out: list[str] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "%" and i + 1 < len(text) and text[i + 1] in "123456789":
            k = int(text[i + 1]) - 1
            lv = levels[k] if k < len(levels) else None
            lv = lv or Level()
            n = counters[k]
            if n is None:
                n = lv.start
            out.append(format_number(n, "decimal" if level.is_lgl and lv.fmt != "none" else lv.fmt))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def labels(numprs: Iterable[tuple[int, int] | None], numbering: Numbering) -> list[str]:
    """One label per paragraph ("" for none), each with its suffix ("1. ", "a) ", "- ")."""
    state: dict[int, list[int | None]] = {}
    used_nums: set[int] = set()
    num_levels: dict[int, list[Level | None]] = {}  # each num's nine levels, overrides applied
    out: list[str] = []
    for numpr in numprs:
        if numpr is None:
            out.append("")
            continue
        num_id, ilvl = numpr
        num = numbering.nums.get(num_id)
        if num is None or not 0 <= ilvl < _LEVELS:
            out.append("")
            continue
        levels = num_levels.get(num_id)
        if levels is None:
            levels = num_levels[num_id] = [numbering.level(num_id, k) for k in range(_LEVELS)]
        level = levels[ilvl]
        if level is None:
            out.append("")
            continue
        counters = state.setdefault(num.abstract, [None] * _LEVELS)
        if num_id not in used_nums:
            used_nums.add(num_id)
            for k in num.starts:  # "restart numbering": the override's level starts again
                counters[k] = None
        counters[ilvl] = level.start if counters[ilvl] is None else (counters[ilvl] or 0) + 1
        for deeper in range(ilvl + 1, _LEVELS):
            d = levels[deeper]
            r = d.restart if d is not None else None
            if r is None or (r > 0 and ilvl < r):
                counters[deeper] = None
        label = render(level, counters, levels)
        out.append(label + level.suffix if label.strip() else "")
    return out


# --- the hook: labels written into the document tree --------------------------------------------
_PARAGRAPHS = etree.XPath(".//w:p[not(ancestor::mc:Fallback)]", namespaces={
    "w": _W[1:-1], "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"})
_MAX_PARAGRAPHS = 200_000


def _root(part, reltype: str) -> etree._Element | None:
    try:
        related = part.part_related_by(reltype)
    except (KeyError, ValueError):
        return None
    element = getattr(related, "element", None)
    return element if isinstance(element, etree._Element) else None


def _deleted(p: etree._Element) -> bool:
    """A paragraph deleted with tracked changes (its mark deleted, no text left): Word, showing the
    document as it will be, neither shows nor counts it."""
    return p.find(f"{_W}pPr/{_W}rPr/{_W}del") is not None and p.find(f".//{_W}t") is None


def _has_text(p: etree._Element) -> bool:
    return any((t.text or "").strip() for t in p.iter(_W + "t"))


def _in_cell(p: etree._Element) -> bool:
    parent = p.getparent()
    return parent is not None and parent.tag == _W + "tc"


def add_labels(document) -> int:
    """Write each auto-numbered paragraph's label into its text, as a first run (in memory only):
    the reader then sees "I. MỤC ĐÍCH" where Word shows it. The run copies the first run's
    formatting, so bold and size stay the paragraph's. An empty numbered paragraph counts but gets
    no label in the body (a bare "3." line would open an empty section); in a table cell it does
    (an auto-numbered STT column is its number). Returns how many labels were written; numbering
    it cannot read gives none, never an error."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement

    try:
        numbering = parse_numbering(_root(document.part, RT.NUMBERING), _root(document.part, RT.STYLES))
        if not numbering.nums:
            return 0
        paragraphs = cast("list[etree._Element]", _PARAGRAPHS(document.element.body))[:_MAX_PARAGRAPHS]
        found = labels((None if _deleted(p) else paragraph_numpr(p, numbering) for p in paragraphs), numbering)
        n = 0
        for p, label in zip(paragraphs, found):
            if not label or not (_has_text(p) or _in_cell(p)):
                continue
            run = OxmlElement("w:r")
            first = p.find(f".//{_W}r/{_W}rPr")
            if first is not None:
                run.append(deepcopy(first))
            t = OxmlElement("w:t")
            t.text = label
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            run.append(t)
            ppr = p.find(_W + "pPr")
            if ppr is not None:
                ppr.addnext(run)
            else:
                p.insert(0, run)
            n += 1
        return n
    except Exception:  # noqa: BLE001 - numbering is an addition: without it, the runs' text
        return 0
