"""The labels Word prints for numbered paragraphs ("I.", "1.2.", "a)", "-"), from their `(numId, ilvl)`.

`labels(numprs, numbering)` -> one label per paragraph (a pure function of the sequence):
counters per (abstractNum, ilvl), as Word keeps them — two `w:num` on one abstractNum continue
each other; a level restarts when a lower ilvl is used (or as `w:lvlRestart` says: 0 never, n
after ilvl < n); a num with `w:startOverride` restarts those levels the first time the num is
used; `w:numId w:val="0"` and a numId or level with no definition get no label. Empty
paragraphs count (Word numbers them too); paragraphs deleted with tracked changes do not.
Work is O(paragraphs x 9 levels).

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
"""

from __future__ import annotations

from collections.abc import Iterable

from .docx_numbering_model import LEVELS, Level, Numbering

_SYMBOL_FONTS = ("symbol", "wingdings", "webdings", "zapfdingbats", "marlett", "mt extra")
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
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
        if num is None or not 0 <= ilvl < LEVELS:
            out.append("")
            continue
        levels = num_levels.get(num_id)
        if levels is None:
            levels = num_levels[num_id] = [numbering.level(num_id, k) for k in range(LEVELS)]
        level = levels[ilvl]
        if level is None:
            out.append("")
            continue
        counters = state.setdefault(num.abstract, [None] * LEVELS)
        if num_id not in used_nums:
            used_nums.add(num_id)
            for k in num.starts:  # "restart numbering": the override's level starts again
                counters[k] = None
        counters[ilvl] = level.start if counters[ilvl] is None else (counters[ilvl] or 0) + 1
        for deeper in range(ilvl + 1, LEVELS):
            d = levels[deeper]
            r = d.restart if d is not None else None
            if r is None or (r > 0 and ilvl < r):
                counters[deeper] = None
        label = render(level, counters, levels)
        out.append(label + level.suffix if label.strip() else "")
    return out
