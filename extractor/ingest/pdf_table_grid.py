"""Ruled tables on a PDF page (task tables): the cell borders are thin path objects.

`find_ruled_tables(page)` groups the rules that touch into tables (>= 2 columns, >= 1 row);
a `RuledTable` knows its grid of column rules, which cell a point falls in and the cells of a row
(a merged cell spans several grid columns). Which text goes in the cells: `pdf_lines.py`; the
rows as `| cell | cell |` text: `pdf_table_cells.py`.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass


@dataclass
class RuledTable:
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 (PDF coordinates)
    rows: list[float]  # y of the horizontal rules, top first
    verticals: list[tuple[float, float, float]]  # (x, y0, y1)
    page: int = 0

    @property
    def grid(self) -> list[float]:
        return merge_close(sorted(x for x, _a, _b in self.verticals))

    def _bounds_at(self, y: float) -> list[int]:
        """Grid indices of the vertical rules crossing height y (a merged cell has fewer)."""
        grid = self.grid
        xs = {min(range(len(grid)), key=lambda i: abs(grid[i] - x))  # min() runs at once: x is this x
              for x, y0, y1 in self.verticals if y0 - 2 <= y <= y1 + 2}
        return sorted(xs)

    def cell(self, x: float, y: float) -> tuple[int, int] | None:
        x0, y0, x1, y1 = self.box
        if not (x0 - 1 <= x <= x1 + 1 and y0 <= y <= y1):
            return None
        row = max(sum(1 for r in self.rows if r > y) - 1, 0)
        grid = self.grid
        left = [i for i in self._bounds_at(y) if grid[i] < x]
        return row, (left[-1] if left else 0)

    def layout(self, row: int) -> list[tuple[int, int]]:
        """The cells of a row: (first grid column, grid columns spanned)."""
        y = (self.rows[row] + self.rows[row + 1]) / 2 if row + 1 < len(self.rows) else self.rows[row]
        b = self._bounds_at(y)
        return [(b[i], b[i + 1] - b[i]) for i in range(len(b) - 1)]


def find_ruled_tables(page) -> list[RuledTable]:
    """Ruled tables: thin path objects (cell borders) that touch, >= 2 columns and >= 1 row."""
    from pypdfium2 import raw

    v: list[tuple[float, float, float]] = []
    h: list[tuple[float, float, float]] = []
    bounds = [ctypes.c_float() for _ in range(4)]
    for i in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = raw.FPDFPage_GetObject(page.raw, i)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_PATH:
            continue
        if not raw.FPDFPageObj_GetBounds(obj, *(ctypes.byref(b) for b in bounds)):
            continue
        left, bottom, right, top = (b.value for b in bounds)
        if right - left <= 3 and top - bottom > 6:
            v.append(((left + right) / 2, bottom, top))
        elif top - bottom <= 3 and right - left > 6:
            h.append(((bottom + top) / 2, left, right))
    if len(v) < 3 or len(h) < 2:
        return []
    # connected groups of touching rules
    parent = list(range(len(v) + len(h)))

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i, (x, y0, y1) in enumerate(v):
        for j, (y, x0, x1) in enumerate(h):
            if x0 - 3 <= x <= x1 + 3 and y0 - 3 <= y <= y1 + 3:
                parent[find(i)] = find(len(v) + j)
    groups: dict[int, tuple[list, list]] = {}
    for i, rule in enumerate(v):
        groups.setdefault(find(i), ([], []))[0].append(rule)
    for j, rule in enumerate(h):
        groups.setdefault(find(len(v) + j), ([], []))[1].append(rule)
    tables = []
    for gv, gh in groups.values():
        ys = merge_close(sorted((y for y, _a, _b in gh), reverse=True))
        if len(merge_close(sorted(x for x, _a, _b in gv))) < 3 or len(ys) < 2:
            continue
        box = (min(x for x, _a, _b in gv), min(ys), max(x for x, _a, _b in gv), max(ys))
        tables.append(RuledTable(box, ys, gv))
    return tables


def merge_close(values: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for x in values:
        if not out or abs(x - out[-1]) > tol:
            out.append(x)
    return out
