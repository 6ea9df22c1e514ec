"""A ruled table's rows as text, across pages: one `| cell | cell |` line per row, like .docx.

The lines of a cell are joined back into its text: a word that a narrow cell broke over lines
("thàn" + "h", "1." + "1") is one word again. A table that goes on at the top of the next page
(same column rules) is one table: a repeated column-title row is dropped and a row the page end
cut is one row again (`join_continued_rows`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

from .pdf_lines import PdfLine
from .pdf_table_grid import RuledTable

_VOWELS = frozenset("aăâeêioôơuưy")
_ROMAN_RE = re.compile(r"[IVXL]{2,6}")


def _has_vowel(token: str) -> bool:
    return any(unicodedata.normalize("NFD", ch)[0].lower() in _VOWELS for ch in token)


def _cell_sep(a: PdfLine, b: PdfLine, width: float) -> str:
    """What joins two lines of a cell: "" after a hyphen that ends a printed line ("KH-" +
    "UBND"), or inside a word that a narrow cell broke ("thàn" + "h", "1." + "1", "IV/2" +
    "026", "S" + "T" + "T"): a word is broken only when it is wider than the cell, so the line
    before holds that one fragment and is full (its next character would not fit), and what
    follows is not a word of its own (no vowel, digits going on, a Roman numeral going on).
    Otherwise a space."""
    if a.ends_in_hyphen:
        return ""
    if " " in a.text or (a.x1 - a.x0) + b.first_w < width - 1.0:
        return " "
    nxt = b.text.split(" ", 1)[0]
    if (not _has_vowel(nxt) and nxt[:1].isalpha() and nxt.isupper() == a.text[-1].isupper()
            or a.text[-1].isdigit() and nxt[:1].isdigit()
            or a.text[-1] in "./&" and nxt[:1].isalnum() and not _has_vowel(a.text[-1:])
            or _ROMAN_RE.fullmatch(a.text + nxt) and len(a.text) + len(nxt) <= 4):
        return ""
    return " "


@dataclass
class TableCell:
    start: int  # first grid column
    span: int
    width: float  # room for text (between the rules, less the padding)
    lines: list[PdfLine]
    text: str = ""


def table_rows(table: RuledTable, cells: dict[tuple[int, int], list[PdfLine]]) -> list[list[TableCell]]:
    """The rows with text of one table on one page, every grid column in a cell (empty or the
    continuation of a merged cell), so that cells line up with the column titles, as in .docx."""
    grid = table.grid
    # the cell padding: how far the text of the leftmost-starting lines is from their rule
    pad = min((ln.x0 - grid[c] for lns in cells.values() for ln in lns if ln.cell
               for c in [ln.cell[1]] if ln.x0 >= grid[c]), default=0.0)
    out = []
    for r in sorted({r for r, _c in cells}):
        row = []
        for start, span in table.layout(r):
            lns = cells.get((r, start), [])
            cell = TableCell(start, span, grid[min(start + span, len(grid) - 1)] - grid[start] - 2 * pad, lns,
                         lns[0].text if lns else "")
            for a, b in pairwise(lns):
                cell.text += _cell_sep(a, b, cell.width) + b.text
            row.append(cell)
        out.append(row)
    return out


def same_grid(a: RuledTable, b: RuledTable) -> bool:
    ga, gb = a.grid, b.grid
    return len(ga) == len(gb) and all(abs(x - y) <= 2 for x, y in zip(ga, gb))


def join_continued_rows(rows: list[list[TableCell]], more: list[list[TableCell]]) -> None:
    """`more`, the rows of a table at the top of a page, go on the rows of `prev`, the same
    table (same column rules) at the end of the page before: a header row that repeats the
    table's first row is dropped (Word repeats it on every page), and a row whose text starts
    mid-sentence (lowercase; its label cell empty) is the rest of the row the page end cut, so
    its cells are appended to that row's cells."""
    if more and rows and [c.text for c in more[0]] == [c.text for c in rows[0]] and any(c.text for c in more[0]):
        more = more[1:]
    if more and rows:
        first = more[0]
        texts = [c for c in first if c.text]
        if texts and not (first[0].start == 0 and first[0].text and not first[0].text[:1].islower()) \
                and any(c.text[:1].islower() for c in texts):
            last = rows[-1]
            for c in texts:
                into = next((d for d in last if d.start <= c.start < d.start + d.span), None)
                if into is None:
                    continue
                sep = _cell_sep(into.lines[-1], c.lines[0], into.width) if into.lines else ""
                into.text = into.text + sep + c.text if into.text else c.text
                into.lines = into.lines + c.lines
            more = more[1:]
    rows.extend(more)


def put_table(put, rows: list[list[TableCell]], t: int) -> None:
    """One `| cell | cell |` line per row."""
    for i, row in enumerate(rows):
        if i:
            put("\n")
        put("|")
        for cell in row:
            put(" ")
            if cell.text:
                ln = cell.lines[0]
                put(cell.text, page=ln.page, table=t, row=i, cell=cell.start, bold=ln.bold, size=ln.size)
            put(" |" + " |" * (cell.span - 1))
