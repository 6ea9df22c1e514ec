"""Text-layer PDF -> text in reading order, with page/bold/size per line.

pypdfium2 (PDFium, C++) reads every page: `get_text_range()` gives the page's text with its lines
in content-stream order, and a handful of calls per *line* (never per character, except in the
first page's header region) give the geometry and font: the first and last character's box, the
font size and whether the font is bold. pdfplumber gives the same facts per character but is
30-70x slower (bench/ingest_bench.py prints both), so it is not used here.

Reading order and layout:
- header region (page 1, above the type word KẾ HOẠCH/QUYẾT ĐỊNH …): a two-column table whose
  cells share baselines ("Số 34-KH/ĐUK    Trà Vinh, ngày …" is one PDF line). Its characters are
  split into segments at wide gaps and clustered by x into a left and a right column; the left
  column is emitted top to bottom, a blank line, then the right column;
- running page numbers ("2", "- 2 -", "Trang 2/5") and headers/footers repeated on most pages,
  in the top/bottom band of the page, are dropped;
- ruled tables (task tables): the cell borders are thin path objects; lines are cut at the
  vertical rules and put in cells, and each row is one `| cell | cell |` line, like .docx. A
  word that a narrow cell broke over lines ("thàn" + "h", "1." + "1") is joined back; a table
  that goes on at the top of the next page (same column rules) is one table: a repeated
  column-title row is dropped and a row the page end cut is one row again; a number in a cell
  at the top of a page is not a running page number;
- a line that reaches the right margin, followed by one that starts at the left margin, is the
  same paragraph: joined with a space, across page breaks too. Every other line break becomes a
  blank line, so normalisation keeps headings, list items and closing-block columns apart.
"""

from __future__ import annotations

import ctypes
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from ..page_numbers import PAGE_NUMBER_LINE_RE
from . import Block
from .errors import IngestError, Limits, TooLarge

if TYPE_CHECKING:
    from pypdfium2 import PdfTextPage

_TYPE_WORDS = ("KẾ HOẠCH", "QUYẾT ĐỊNH", "CHỈ THỊ", "QUY ĐỊNH", "THÔNG BÁO", "BÁO CÁO", "CHƯƠNG TRÌNH",
               "HƯỚNG DẪN", "NGHỊ QUYẾT", "KẾT LUẬN", "TỜ TRÌNH", "CÔNG VĂN", "QUY CHẾ", "THÔNG TRI")
TYPE_WORD_RE = re.compile(r"^\s*(?:" + "|".join(w.replace(" ", r"\s+") for w in _TYPE_WORDS) + r")\b")
_DIGITS_RE = re.compile(r"\d+")
_SPACE_RE = re.compile(r"\s")
_GARBAGE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd\ue000-\uf8ff]")
_PDFIUM_LOCK = threading.Lock()
_BAND = 0.09  # top/bottom share of the page where running headers and footers live
_HYPHEN_END = "\ufffe"  # PDFium's mark for a hyphen that ends a printed line


@dataclass
class _Line:
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
    table: _Table | None = None


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


@dataclass
class _Table:
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 (PDF coordinates)
    rows: list[float]  # y of the horizontal rules, top first
    verticals: list[tuple[float, float, float]]  # (x, y0, y1)
    page: int = 0

    @property
    def grid(self) -> list[float]:
        return _merge_close(sorted(x for x, _a, _b in self.verticals))

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


def _tables(page) -> list[_Table]:
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
        ys = _merge_close(sorted((y for y, _a, _b in gh), reverse=True))
        if len(_merge_close(sorted(x for x, _a, _b in gv))) < 3 or len(ys) < 2:
            continue
        box = (min(x for x, _a, _b in gv), min(ys), max(x for x, _a, _b in gv), max(ys))
        tables.append(_Table(box, ys, gv))
    return tables


def _merge_close(values: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for x in values:
        if not out or abs(x - out[-1]) > tol:
            out.append(x)
    return out


def _page_lines(page, pageno: int) -> tuple[list[_Line], str, PdfTextPage]:
    """One _Line per PDF text line (a handful of PDFium calls per line)."""
    tp = page.get_textpage()
    height = page.get_size()[1]
    raw_text = tp.get_text_range()
    text = raw_text.replace(_HYPHEN_END, "-")  # same length: character indices stay
    gaps, disorder = _rect_marks(tp)
    tables = _tables(page)
    for table in tables:
        table.page = pageno
    gaps += [(y0, y1, x, x) for t in tables for x, y0, y1 in t.verticals]
    lines: list[_Line] = []
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
            line = _Line(re.sub(r"\s+", " ", piece), pageno, x0, x1, height - top, size, bold, height,
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


def _plain_lines(page, pageno: int) -> tuple[list[_Line], str, PdfTextPage]:
    """Fallback: the page's text lines without geometry (never joined to their neighbours)."""
    tp = page.get_textpage()
    raw_text = tp.get_text_range()
    text = raw_text.replace(_HYPHEN_END, "-")
    height = page.get_size()[1]
    lines = [_Line(re.sub(r"\s+", " ", ln.replace(_HYPHEN_END, "-").strip()), pageno, -1e6, -1e6, height / 2,
                   0.0, False, height)
             for _start, ln in _text_lines(raw_text) if ln.strip()]
    return lines, text, tp


def _is_cid_garbage(text: str) -> bool:
    """Fonts without a ToUnicode map: PDFium returns glyph ids as control characters
    (pdfminer prints them as "(cid:12)")."""
    if "(cid:" in text:
        return True
    visible = len(text) - len(_SPACE_RE.findall(text))
    return visible > 0 and len(_GARBAGE_RE.findall(text)) > 0.05 * visible


def _drop_running(lines: list[_Line], npages: int) -> list[_Line]:
    """Page numbers and headers/footers repeated on most pages, in the top/bottom band."""
    def in_band(ln: _Line) -> bool:  # a table cell's "4" at the top of a page is no page number
        return ln.cell is None and (ln.top < _BAND * ln.page_height or ln.top > (1 - _BAND) * ln.page_height)

    keys: Counter[tuple[str, bool]] = Counter()
    for ln in lines:
        if in_band(ln):
            keys[(_DIGITS_RE.sub("#", ln.text), ln.top < 0.5 * ln.page_height)] += 1
    repeated = {k for k, n in keys.items() if npages >= 3 and n >= max(2, 0.5 * npages)}
    return [ln for ln in lines if not (in_band(ln) and (
        PAGE_NUMBER_LINE_RE.fullmatch(ln.text.strip())
        or (_DIGITS_RE.sub("#", ln.text), ln.top < 0.5 * ln.page_height) in repeated))]


def _header_columns(tp, text: str, end: int, page_height: float) -> tuple[list[str], list[str]]:
    """Characters of page 1 before the type word -> (left column lines, right column lines)."""
    segs: list[tuple[float, float, float, str]] = []  # (x0, x1, top, text)
    cur: list = []  # [x0, x1, top, chars]
    pending_space = False
    for i in range(end):
        ch = text[i]
        if ch in "\r\n" or ch.isspace():
            pending_space = True
            if ch in "\r\n" and cur:
                segs.append((cur[0], cur[1], cur[2], "".join(cur[3])))
                cur = []
            continue
        left, _b, right, top = tp.get_charbox(i, loose=True)
        em = max(top - _b, 6.0)
        if cur and (left - cur[1] > 1.2 * em or left < cur[1] - 2 * em or abs((page_height - top) - cur[2]) > em):
            segs.append((cur[0], cur[1], cur[2], "".join(cur[3])))
            cur = []
        if not cur:
            cur = [left, right, page_height - top, []]
        elif pending_space:
            cur[3].append(" ")
        cur[3].append(ch)
        cur[1] = max(cur[1], right)
        pending_space = False
    if cur:
        segs.append((cur[0], cur[1], cur[2], "".join(cur[3])))
    if not segs:
        return [], []
    split = (min(s[0] for s in segs) + max(s[1] for s in segs)) / 2
    columns: tuple[list, list] = ([], [])
    for s in segs:
        columns[0 if (s[0] + s[1]) / 2 < split else 1].append(s)
    out: tuple[list[str], list[str]] = ([], [])
    for col, lines in zip(columns, out):
        col.sort(key=lambda s: (round(s[2]), s[0]))
        prev_top = None
        for _x0, _x1, top, t in col:
            if lines and prev_top is not None and abs(top - prev_top) < 2:  # same baseline
                lines[-1] += " " + t
            else:
                lines.append(t)
            prev_top = top
    return out


def _continues(a: _Line, b: _Line, left: float, right: float) -> bool:
    """Is b the next line of a's paragraph? (a is justified to the right margin, b starts at
    the left margin, and b is the next line down or the first line of the next page)."""
    if a.x1 < right - 0.6 * a.size or abs(b.x0 - left) > 0.5 * a.size:
        return False
    if b.page != a.page:
        return True
    return 0 < b.top - a.top < 2.2 * a.size


def _centred_continues(a: _Line, b: _Line, left: float, right: float) -> bool:
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


def _open(data: bytes, name: str):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        msg = str(e).lower()
        if "password" in msg or "security" in msg:
            raise IngestError(f"{name}: the PDF is encrypted (password-protected); "
                              "save an unprotected copy and try again") from None
        cause = re.search(r"PDFium: ([^)]*)", str(e))
        raise IngestError(f"{name}: the PDF is damaged or not a PDF "
                          f"({cause.group(1) if cause else e})") from None
    except Exception as e:  # noqa: BLE001 - any failure to parse is the file's fault
        raise IngestError(f"{name}: the PDF is damaged or not a PDF ({type(e).__name__})") from None


def read_pdf(data: bytes, name: str, limits: Limits) -> tuple[str, list[Block], int, list[str]]:
    # PDFium is not thread-safe (a service reading two uploads at once in its thread pool would
    # crash the process): one PDF at a time per process; use processes for parallelism
    with _PDFIUM_LOCK:
        return _read_pdf(data, name, limits)


def _read_pdf(data: bytes, name: str, limits: Limits) -> tuple[str, list[Block], int, list[str]]:
    doc = _open(data, name)
    try:
        npages = len(doc)
        if npages > limits.max_pages:
            raise TooLarge(f"{name}: {npages} pages is over the limit of {limits.max_pages} pages")
        if npages == 0:
            raise IngestError(f"{name}: the PDF has no pages")
        lines: list[_Line] = []
        warnings: list[str] = []
        empty: list[int] = []
        garbage: list[int] = []
        header: tuple[list[str], list[str]] = ([], [])
        raw_texts: list[str] = []
        for i in range(npages):
            try:
                page = doc[i]
            except Exception as e:  # noqa: BLE001 - a broken page object: the file's fault
                raise IngestError(f"{name}: page {i + 1} of the PDF is damaged ({type(e).__name__})") from None
            try:
                try:
                    page_lines, text, tp = _page_lines(page, i + 1)
                except Exception as e:  # noqa: BLE001 - odd geometry in a damaged page: keep its text
                    page_lines, text, tp = _plain_lines(page, i + 1)
                    warnings.append(f"page {i + 1}: read without layout ({type(e).__name__})")
                raw_texts.append(text)
                if not page_lines:
                    empty.append(i + 1)
                elif _is_cid_garbage(text):
                    garbage.append(i + 1)
                    page_lines = []
                if i == 0:
                    try:
                        page_lines, header = _split_header(page_lines, tp, text, page.get_size()[1])
                    except Exception as e:  # noqa: BLE001 - keep the lines in stream order
                        warnings.append(f"page 1: header columns not separated ({type(e).__name__})")
                lines += page_lines
                tp.close()
            finally:
                page.close()
        all_text = "".join(raw_texts)
        if not all_text.strip():
            raise IngestError(f"{name}: no text layer — a scanned PDF? OCR is not supported yet")
        if garbage and len(garbage) >= (npages - len(empty)) / 2:
            raise IngestError(f"{name}: the PDF's fonts have no Unicode mapping (cid codes); "
                              "OCR is not supported yet")
        if garbage:
            warnings.append("pages whose fonts have no Unicode mapping (left out): "
                            f"{', '.join(map(str, garbage[:20]))}")
        if empty:
            warnings.append(f"pages without text (scanned?): {', '.join(map(str, empty[:20]))}")
        text, blocks = _assemble(header, _drop_running(lines, npages))
        if len(text) > limits.max_chars:
            raise TooLarge(f"{name}: {len(text):,} characters is over the limit of {limits.max_chars:,}")
        return text, blocks, npages, warnings
    finally:
        doc.close()


def _split_header(lines: list[_Line], tp, text: str, height: float):
    """Lines of page 1 above the type word -> header columns; the rest stay lines."""
    t = next((k for k, ln in enumerate(lines[:25]) if TYPE_WORD_RE.match(ln.text) and ln.text.isupper()), None)
    if not t:
        return lines, ([], [])
    m = re.search(r"^[ \t]*(?:" + "|".join(w.replace(" ", r"\s+") for w in _TYPE_WORDS) + ")",
                  text, re.MULTILINE)
    if m is None:
        return lines, ([], [])
    end = m.start()
    return lines[t:], _header_columns(tp, text, end, height)


def _left_margin(flow: list[_Line]) -> float:
    """The text's left margin: the leftmost x at which many lines start. Not simply the
    commonest start: in a plan of short paragraphs and list items with a first-line indent,
    more lines start at the indent than at the margin, where only the wrapped lines start."""
    starts = Counter(round(ln.x0) for ln in flow)
    many = [x for x, n in starts.items() if n >= max(3, 0.05 * len(flow))]
    return min(many) if many else starts.most_common(1)[0][0]


def _assemble(header: tuple[list[str], list[str]], lines: list[_Line]) -> tuple[str, list[Block]]:
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
    cells: dict[int, dict[tuple[int, int], list[_Line]]] = {}
    items: list[_Line | _Table] = []
    for ln in lines:
        if ln.table is None or ln.cell is None:
            items.append(ln)
            continue
        if id(ln.table) not in cells:
            items.append(ln.table)
        cells.setdefault(id(ln.table), {}).setdefault(ln.cell, []).append(ln)
    # a table that goes on over a page break (the same column rules right after it, at the top
    # of the next page) is one table: its rows are collected in the first part's list
    tables: dict[int, list[list[_Cell]]] = {}
    merged: list[_Line | _Table] = []
    for item in items:
        if isinstance(item, _Table):
            rows = _table_rows(item, cells[id(item)])
            prev = merged[-1] if merged else None
            if isinstance(prev, _Table) and item.page == prev.page + 1 and _same_grid(prev, item):
                _continued(tables[id(prev)], rows)
                prev.page = item.page
                continue
            tables[id(item)] = rows
        merged.append(item)
    items = merged
    t = 0
    for k, item in enumerate(items):
        if isinstance(item, _Line):
            put(item.text, page=item.page, bold=item.bold, size=item.size)
        else:
            _put_table(put, tables[id(item)], t)
            t += 1
        if k + 1 < len(items):
            nxt = items[k + 1]
            sep = "\n\n"
            if isinstance(item, _Line) and isinstance(nxt, _Line) and (
                    _continues(item, nxt, left, right) or _centred_continues(item, nxt, left, right)):
                # "01-" + "KL/TW": a line broken after a hyphen
                sep = "" if item.text[-1] in "-–" and item.text[-2:-1].isalnum() else " "
            put(sep)
    return "".join(parts), blocks


_VOWELS = frozenset("aăâeêioôơuưy")
_ROMAN_RE = re.compile(r"[IVXL]{2,6}")


def _has_vowel(token: str) -> bool:
    return any(unicodedata.normalize("NFD", ch)[0].lower() in _VOWELS for ch in token)


def _cell_sep(a: _Line, b: _Line, width: float) -> str:
    """What joins two lines of a cell: "" after a hyphen that ends a printed line ("KH-" +
    "UBND"), or inside a word that a narrow cell broke ("thàn" + "h", "1." + "1", "IV/2" +
    "026", "S" + "T" + "T"): a word is broken only when it is wider than the cell, so the line
    before holds that one fragment and is full (its next character would not fit), and what
    follows is not a word of its own (no vowel, digits going on, a Roman numeral going on).
    Otherwise a space."""
    if a.text[-1] in "-–" and a.text[-2:-1].isalnum():
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
class _Cell:
    start: int  # first grid column
    span: int
    width: float  # room for text (between the rules, less the padding)
    lines: list[_Line]
    text: str = ""


def _table_rows(table: _Table, cells: dict[tuple[int, int], list[_Line]]) -> list[list[_Cell]]:
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
            cell = _Cell(start, span, grid[min(start + span, len(grid) - 1)] - grid[start] - 2 * pad, lns,
                         lns[0].text if lns else "")
            for a, b in pairwise(lns):
                cell.text += _cell_sep(a, b, cell.width) + b.text
            row.append(cell)
        out.append(row)
    return out


def _same_grid(a: _Table, b: _Table) -> bool:
    ga, gb = a.grid, b.grid
    return len(ga) == len(gb) and all(abs(x - y) <= 2 for x, y in zip(ga, gb))


def _continued(rows: list[list[_Cell]], more: list[list[_Cell]]) -> None:
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


def _put_table(put, rows: list[list[_Cell]], t: int) -> None:
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
