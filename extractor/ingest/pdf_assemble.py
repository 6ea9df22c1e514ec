"""PDF lines in reading order -> the document's text and its blocks (page, bold, size, table cell).

The header columns come first, then the lines in order, a ruled table where its first line is
(one `| cell | cell |` line per row). A line that reaches the right margin, followed by one that
starts at the left margin, is the same paragraph: joined with a space, across page breaks too; so
is the next line of a centred title. Every other line break becomes a blank line, so
normalisation keeps headings, list items and closing-block columns apart.
"""

from __future__ import annotations

from collections import Counter

from . import Block
from .pdf_lines import PdfLine
from .pdf_table_cells import TableCell, join_continued_rows, put_table, same_grid, table_rows
from .pdf_table_grid import RuledTable


def _continues(a: PdfLine, b: PdfLine, left: float, right: float) -> bool:
    """Is b the next line of a's paragraph? (a is justified to the right margin, b starts at
    the left margin, and b is the next line down or the first line of the next page)."""
    if a.x1 < right - 0.6 * a.size or abs(b.x0 - left) > 0.5 * a.size:
        return False
    if b.page != a.page:
        return True
    return 0 < b.top - a.top < 2.2 * a.size


def _centred_continues(a: PdfLine, b: PdfLine, left: float, right: float) -> bool:
    """Is b the next line of a centred paragraph (a title in capitals over two or three lines)?
    a is centred and nearly as wide as the text (a centred paragraph breaks only a full line),
    b is centred right below it in the same font and holds words (not a "-----" rule). A short
    centred line (the type word KẾ HOẠCH above its title) is never continued."""
    width = right - left
    if b.page != a.page or a.size != b.size or a.bold != b.bold or width <= 0:
        return False
    # centred: as far from the left margin as from the right one (a justified line indented at
    # its start, or a paragraph's short last line, is not)
    if any(abs((ln.x0 - left) - (right - ln.x1)) > 0.5 * a.size for ln in (a, b)):
        return False
    if a.x1 - a.x0 < 0.75 * width:
        return False
    return 0 < b.top - a.top < 1.6 * a.size and any(ch.isalnum() for ch in b.text)


def _left_margin(flow: list[PdfLine]) -> float:
    """The text's left margin: the leftmost x at which many lines start. Not simply the
    commonest start: in a plan of short paragraphs and list items with a first-line indent,
    more lines start at the indent than at the margin, where only the wrapped lines start."""
    starts = Counter(round(ln.x0) for ln in flow)
    many = [x for x, n in starts.items() if n >= max(3, 0.05 * len(flow))]
    return min(many) if many else starts.most_common(1)[0][0]


def assemble(header: tuple[list[str], list[str]], lines: list[PdfLine]) -> tuple[str, list[Block]]:
    parts: list[str] = []
    blocks: list[Block] = []
    pos = 0

    def put(text: str, **block) -> None:
        nonlocal pos
        if block:
            blocks.append(Block(start=pos, end=pos + len(text), **block))
        parts.append(text)
        pos += len(text)

    for col in header:
        if col:
            put("\n".join(col), page=1)
            put("\n\n")
    flow = [ln for ln in lines if ln.cell is None]
    if flow:
        left = _left_margin(flow)
        rights = sorted(ln.x1 for ln in flow)
        right = rights[int(0.9 * (len(rights) - 1))]
    # a ruled table is emitted where its first line is, one `| cell | cell |` line per row
    cells: dict[int, dict[tuple[int, int], list[PdfLine]]] = {}
    items: list[PdfLine | RuledTable] = []
    for ln in lines:
        if ln.table is None or ln.cell is None:
            items.append(ln)
            continue
        if id(ln.table) not in cells:
            items.append(ln.table)
        cells.setdefault(id(ln.table), {}).setdefault(ln.cell, []).append(ln)
    # a table that goes on over a page break (the same column rules right after it, at the top
    # of the next page) is one table: its rows are collected in the first part's list
    tables: dict[int, list[list[TableCell]]] = {}
    merged: list[PdfLine | RuledTable] = []
    for item in items:
        if isinstance(item, RuledTable):
            rows = table_rows(item, cells[id(item)])
            prev = merged[-1] if merged else None
            if isinstance(prev, RuledTable) and item.page == prev.page + 1 and same_grid(prev, item):
                join_continued_rows(tables[id(prev)], rows)
                prev.page = item.page
                continue
            tables[id(item)] = rows
        merged.append(item)
    items = merged
    t = 0
    for k, item in enumerate(items):
        if isinstance(item, PdfLine):
            put(item.text, page=item.page, bold=item.bold, size=item.size)
        else:
            put_table(put, tables[id(item)], t)
            t += 1
        if k + 1 < len(items):
            nxt = items[k + 1]
            sep = "\n\n"
            if isinstance(item, PdfLine) and isinstance(nxt, PdfLine) and (
                    _continues(item, nxt, left, right) or _centred_continues(item, nxt, left, right)):
                # "01-" + "KL/TW": a line broken after a hyphen
                sep = "" if item.ends_in_hyphen else " "
            put(sep)
    return "".join(parts), blocks
