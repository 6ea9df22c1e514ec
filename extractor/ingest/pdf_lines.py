"""A PDF page's text lines, each with its geometry and font (`PdfLine`).

pypdfium2 (PDFium) gives the page's text with its lines in content-stream order; a handful of
calls per *line* (never per character) give the geometry and font: the first and last
character's box, the font size and whether the font is bold. A line that PDFium merged across
two table cells, or across a ruled table's vertical rule, is cut there; a line drawn out of
order is re-read sorted by x; a line in a ruled table knows its table and cell.

`drop_running` drops running page numbers ("2", "- 2 -", "Trang 2/5") and headers/footers
repeated on most pages, in the top/bottom band of the page (a number in a table cell at the top
of a page is not a running page number).
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from ..page_numbers import PAGE_NUMBER_LINE_RE
from .pdf_table_grid import RuledTable, find_ruled_tables

if TYPE_CHECKING:
    from pypdfium2 import PdfTextPage

_DIGITS_RE = re.compile(r"\d+")
_BAND = 0.09  # top/bottom share of the page where running headers and footers live
_HYPHEN_END = "\ufffe"  # PDFium's mark for a hyphen that ends a printed line


@dataclass
class PdfLine:
    """A printed line of a page, or the piece of one in a table cell or a header column."""

    text: str
    page: int
    x0: float
    x1: float
    top: float  # distance from the top of the page
    size: float
    bold: bool
    page_height: float
    cell: tuple[int, int] | None = None  # (row, grid column) in `table`, for ruled tables
    first_w: float = 0.0  # width of the first character (a word broken in a narrow cell)
    table: RuledTable | None = None

    @property
    def ends_in_hyphen(self) -> bool:
        """A hyphen after a letter or digit ends the printed line ("KH-" + "UBND", "01-" + "KL/TW"):
        the word goes on in the next line, joined without a space."""
        return self.text[-1] in "-–" and self.text[-2:-1].isalnum()


def _font(tp, index: int) -> tuple[float, bool]:
    from pypdfium2 import raw

    size = float(raw.FPDFText_GetFontSize(tp.raw, index))
    buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int(0)
    raw.FPDFText_GetFontInfo(tp.raw, index, buf, 128, ctypes.byref(flags))
    fontname = buf.value.decode("latin-1", "replace")
    bold = (bool(re.search(r"bold|black|heavy|semibold|demi", fontname, re.IGNORECASE))
            or raw.FPDFText_GetFontWeight(tp.raw, index) >= 600 or bool(flags.value & (1 << 18)))
    return round(size, 1), bold


def _rect_marks(tp) -> tuple[list[tuple[float, float, float, float]], list[tuple[float, float]]]:
    """From PDFium's text rectangles (one per run of text, in stream order), per page:
    - wide gaps between two rectangles on one baseline (two table cells whose lines PDFium
      merged into one): (bottom, top, gap_left, gap_right);
    - bands (bottom, top) of lines drawn out of order (a glyph from a fallback font, e.g.
      "⁽¹⁾", drawn after the rest of its line): such lines are re-read sorted by x."""
    rects = [tp.get_rect(k) for k in range(tp.count_rects())]
    gaps, disorder = [], []
    for a, b in pairwise(rects):
        h = min(a[3] - a[1], b[3] - b[1])
        overlap = min(a[3], b[3]) - max(a[1], b[1])
        if h <= 0 or overlap <= 0.5 * h:
            continue
        if b[0] - a[2] > 2 * h:
            gaps.append((max(a[1], b[1]), min(a[3], b[3]), a[2], b[0]))
        elif b[0] < a[2] - 1:
            disorder.append((max(a[1], b[1]), min(a[3], b[3])))
    return gaps, disorder


def _sorted_line(tp, text: str, first: int, last: int) -> tuple[str, float, float] | None:
    """A line's characters in x order: (text, x0, x1)."""
    chars = []
    for i in range(first, last + 1):
        ch = text[i]
        if ch.strip():
            left, bottom, right, top = tp.get_charbox(i, loose=True)
            chars.append((left, right, top - bottom, ch))
    if not chars:
        return None
    chars.sort(key=lambda c: c[0])
    out, prev_right = [], None
    for left, right, h, ch in chars:
        if prev_right is not None and left - prev_right > 0.12 * h:
            out.append(" ")
        out.append(ch)
        prev_right = right if prev_right is None else max(prev_right, right)
    return "".join(out), chars[0][0], max(c[1] for c in chars)


def _split_at_gaps(tp, first: int, last: int, gaps) -> list[tuple[int, int]]:
    """Char ranges [first, last] of one line, cut where a gap (or a table's vertical rule) of
    `gaps` falls inside it."""
    x0, bottom, _r, top = tp.get_charbox(first, loose=True)
    x1 = tp.get_charbox(last, loose=True)[2]
    cuts = sorted(g[3] for g in gaps if g[0] < top and g[1] > bottom and x0 + 1 < g[3] < x1)
    if not cuts:
        return [(first, last)]
    out, start = [], first
    for i in range(first + 1, last + 1):
        if not cuts:
            break
        left = tp.get_charbox(i)[0]
        if left >= cuts[0] - 1:
            out.append((start, i - 1))
            start = i
            while cuts and left >= cuts[0] - 1:
                cuts.pop(0)
    out.append((start, last))
    return out


def page_layout_lines(page, pageno: int) -> tuple[list[PdfLine], str, PdfTextPage]:
    """One PdfLine per PDF text line (a handful of PDFium calls per line)."""
    tp = page.get_textpage()
    height = page.get_size()[1]
    raw_text = tp.get_text_range()
    text = raw_text.replace(_HYPHEN_END, "-")  # same length: character indices stay
    gaps, disorder = _rect_marks(tp)
    tables = find_ruled_tables(page)
    for table in tables:
        table.page = pageno
    gaps += [(y0, y1, x, x) for t in tables for x, y0, y1 in t.verticals]
    lines: list[PdfLine] = []
    for start, raw_line in _text_lines(raw_text):
        raw_line = raw_line.replace(_HYPHEN_END, "-")
        if not raw_line.strip():
            continue
        first = start + (len(raw_line) - len(raw_line.lstrip()))
        last = start + len(raw_line.rstrip()) - 1
        for a, b in (_split_at_gaps(tp, first, last, gaps) if gaps else [(first, last)]):
            piece = text[a:b + 1].strip()
            if not piece:
                continue
            a += len(text[a:b + 1]) - len(text[a:b + 1].lstrip())
            b -= len(text[a:b + 1]) - len(text[a:b + 1].rstrip())
            x0, bottom, r0, top = tp.get_charbox(a, loose=True)
            _l, _b, x1, _t = tp.get_charbox(b, loose=True)
            if any(lo < top and hi > bottom for lo, hi in disorder):
                piece, x0, x1 = _sorted_line(tp, text, a, b) or (piece, x0, x1)
            size, bold = _font(tp, a)
            line = PdfLine(re.sub(r"\s+", " ", piece), pageno, x0, x1, height - top, size, bold, height,
                         first_w=r0 - x0)
            for table in tables:
                cell = table.cell((x0 + x1) / 2, (top + bottom) / 2)
                if cell:
                    line.cell, line.table = cell, table
                    break
            lines.append(line)
    return lines, text, tp


def _text_lines(text: str) -> Iterator[tuple[int, str]]:
    """(start, line) of each line of PDFium's page text. PDFium joins a line that ends in a
    hyphen to the next one ("348/KH-" + "UBND ngày …" is one line) and writes that hyphen as
    U+FFFE: such a line is cut after it, so that each printed line is a line (its geometry is
    its own, and the paragraph join puts the two halves back together without a space)."""
    pos = 0
    for raw in text.split("\r\n"):
        start, pos = pos, pos + len(raw) + 2
        k = raw.find(_HYPHEN_END)
        while k >= 0:
            yield start, raw[:k + 1]
            start, raw = start + k + 1, raw[k + 1:]
            k = raw.find(_HYPHEN_END)
        yield start, raw


def page_plain_lines(page, pageno: int) -> tuple[list[PdfLine], str, PdfTextPage]:
    """Fallback: the page's text lines without geometry (never joined to their neighbours)."""
    tp = page.get_textpage()
    raw_text = tp.get_text_range()
    text = raw_text.replace(_HYPHEN_END, "-")
    height = page.get_size()[1]
    lines = [PdfLine(re.sub(r"\s+", " ", ln.replace(_HYPHEN_END, "-").strip()), pageno, -1e6, -1e6, height / 2,
                   0.0, False, height)
             for _start, ln in _text_lines(raw_text) if ln.strip()]
    return lines, text, tp


def drop_running(lines: list[PdfLine], npages: int) -> list[PdfLine]:
    """Page numbers and headers/footers repeated on most pages, in the top/bottom band."""
    def in_band(ln: PdfLine) -> bool:  # a table cell's "4" at the top of a page is no page number
        return ln.cell is None and (ln.top < _BAND * ln.page_height or ln.top > (1 - _BAND) * ln.page_height)

    keys: Counter[tuple[str, bool]] = Counter()
    for ln in lines:
        if in_band(ln):
            keys[(_DIGITS_RE.sub("#", ln.text), ln.top < 0.5 * ln.page_height)] += 1
    repeated = {k for k, n in keys.items() if npages >= 3 and n >= max(2, 0.5 * npages)}
    return [ln for ln in lines if not (in_band(ln) and (
        PAGE_NUMBER_LINE_RE.fullmatch(ln.text.strip())
        or (_DIGITS_RE.sub("#", ln.text), ln.top < 0.5 * ln.page_height) in repeated))]
