"""The numbering definitions of a .docx (`word/numbering.xml`, with `word/styles.xml`) and which
definition and level a paragraph is numbered with.

- `parse_numbering(numbering_root, styles_root)` -> `Numbering`: the definitions (`w:num` ->
  `w:abstractNum`, `w:lvlOverride` with `w:startOverride` or a whole `w:lvl`, `w:numStyleLink`
  resolved through the numbering style) and each paragraph style's numPr (through `w:basedOn`);
  never raises — a definition it cannot read is left out (no label, the runs' text stays);
- `paragraph_numpr(p, numbering)` -> `(numId, ilvl)` or None, direct numPr first, then the style's.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"  # tag prefix: W + "p" is "{…}p"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
LEVELS = 9  # ilvl 0..8


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


def _int(el: etree._Element | None, default: int | None = None) -> int | None:
    """An element's w:val as a number (`default` without the element or a number)."""
    return default if el is None else _int_attr(el.get(W + "val"), default)


def _val(el: etree._Element | None) -> str | None:
    return None if el is None else el.get(W + "val")


def _on(el: etree._Element | None) -> bool:
    return el is not None and el.get(W + "val", "true") not in ("0", "false", "off")


def _level(lvl: etree._Element) -> Level:
    fonts = lvl.find(f"{W}rPr/{W}rFonts")
    suff = _val(lvl.find(W + "suff"))
    return Level(
        start=_int(lvl.find(W + "start"), 1) or 0,
        # Word 2010+ writes a custom format (w:numFmt w:val="custom" w:format="001, 002") in an
        # mc:AlternateContent whose fallback is a format every reader knows
        fmt=_val(lvl.find(W + "numFmt")) or _val(lvl.find(f"{_MC}AlternateContent/{_MC}Fallback/{W}numFmt")) or "decimal",
        text=_val(lvl.find(W + "lvlText")),
        restart=_int(lvl.find(W + "lvlRestart")),
        is_lgl=_on(lvl.find(W + "isLgl")),
        suffix="" if suff == "nothing" else " ",
        font=(fonts.get(W + "ascii") or fonts.get(W + "hAnsi") or "") if fonts is not None else "",
        style=_val(lvl.find(W + "pStyle")) or "",
    )


def _int_attr(v: str | None, default: int | None = None) -> int | None:
    """An attribute's value as a number (`default` without one or when it is no number)."""
    try:
        return int(v) if v is not None else default
    except ValueError:
        return default


def _numpr(ppr: etree._Element | None) -> tuple[int | None, int | None] | None:
    """(numId, ilvl) of a w:pPr's w:numPr, either may be None; None without a numPr."""
    if ppr is None:
        return None
    numpr = ppr.find(W + "numPr")
    if numpr is None:
        return None
    num_id = _int(numpr.find(W + "numId"))
    ilvl_el = numpr.find(W + "ilvl")
    ilvl = _int(ilvl_el) if ilvl_el is not None else None
    if ilvl is not None and not 0 <= ilvl < LEVELS:
        ilvl = None
    return num_id, ilvl


def _styles(styles_root: etree._Element | None, numbering: Numbering) -> dict[str, str]:
    """Fill `numbering.style_numpr` (paragraph and numbering styles, through w:basedOn); return
    every style's basedOn."""
    if styles_root is None:
        return {}
    own: dict[str, tuple[int | None, int | None]] = {}
    based: dict[str, str] = {}
    for st in styles_root.iterchildren(W + "style"):
        sid = st.get(W + "styleId")
        if not sid:
            continue
        if st.get(W + "default") in ("1", "true") and st.get(W + "type") == "paragraph":
            numbering.default_style = sid
        b = _val(st.find(W + "basedOn"))
        if b:
            based[sid] = b
        np = _numpr(st.find(W + "pPr"))
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
    for an in numbering_root.iterchildren(W + "abstractNum"):
        aid = _int_attr(an.get(W + "abstractNumId"))
        if aid is None:
            continue
        levels: dict[int, Level] = {}
        for lvl in an.iterchildren(W + "lvl"):
            i = _int_attr(lvl.get(W + "ilvl"))
            if i is not None and 0 <= i < LEVELS and i not in levels:
                levels[i] = _level(lvl)
        numbering.abstracts[aid] = levels
        link = _val(an.find(W + "numStyleLink"))
        if link and not levels:
            links[aid] = link
    for num in numbering_root.iterchildren(W + "num"):
        nid = _int_attr(num.get(W + "numId"))
        aid = _int(num.find(W + "abstractNumId"))
        if nid is None or aid is None or nid in numbering.nums:
            continue
        overrides: dict[int, Level] = {}
        starts: dict[int, int] = {}
        for ov in num.iterchildren(W + "lvlOverride"):
            i = _int_attr(ov.get(W + "ilvl"))
            if i is None or not 0 <= i < LEVELS:
                continue
            s = _int(ov.find(W + "startOverride"))
            if s is not None:
                starts[i] = s
            whole = ov.find(W + "lvl")
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
    ppr = p.find(W + "pPr")
    own = _numpr(ppr)
    style = (_val(ppr.find(W + "pStyle")) if ppr is not None else None) or numbering.default_style
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
