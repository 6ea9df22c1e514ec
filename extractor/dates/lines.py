"""The line, or the table cell, around a date: bounded look-ups, never a walk over a long line
(some documents are one line of a megabyte, some tables one row)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

_NEWLINE = re.compile("\n")
_NEAR = 1000  # characters around a date searched for its line's breaks before all breaks are listed
CELL_NEAR = 1000  # a table cell is read at most this far either side of a date


@lru_cache(maxsize=8)
def _newlines(text: str) -> list[int]:
    """Offsets of the line breaks (a literal-led regex: the fastest of find/split/finditer)."""
    return [m.start() for m in _NEWLINE.finditer(text)]


def line_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    """The line holding s..e: its breaks looked for within `_NEAR` characters (lines are short),
    else by bisect on all the text's breaks (some documents are one long line: a look-up must not
    scan it)."""
    lo = s - _NEAR
    ls = text.rfind("\n", max(0, lo), s) + 1
    if ls == 0 and lo > 0:
        nl = _newlines(text)
        i = bisect_left(nl, s)
        ls = nl[i - 1] + 1 if i else 0
    e = max(s, e)
    le = text.find("\n", e, e + _NEAR)
    if le < 0:
        if e + _NEAR >= len(text):
            return ls, len(text)
        nl = _newlines(text)
        j = bisect_left(nl, e)
        le = nl[j] if j < len(nl) else len(text)
    return ls, le


def cell_bounds(text: str, ls: int, le: int, s: int, e: int) -> tuple[int, int]:
    """The line [ls, le) around [s, e), or the cell around it when the line is a table row read
    from a .docx/.pdf (`| 1 | Xây dựng … | Sở Nội vụ | Quý IV/2025 |`): a cell there is what a
    line is in a text that has one cell a line. The cell's bars are looked for within `CELL_NEAR`
    characters: a longer cell is cut there (a row of a megabyte is not walked once per date)."""
    if text.startswith("|", ls):
        lo, hi = max(ls, s - CELL_NEAR), min(le, e + CELL_NEAR)
        b = text.find("|", e, hi)
        if b < 0 and hi < le:
            b = hi  # the closing bar is further on than a cell is read
        if b >= 0:
            return text.rfind("|", lo, s) + 1 or lo, b
    return ls, le
