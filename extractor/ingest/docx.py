""".docx -> text in body order, with paragraph/table/row/cell/bold per block.

`Document.paragraphs` skips tables, and a real plan's header is a two-column table, so the body
is walked in order (paragraphs and tables, as `iter_inner_content()` does, and also inside
content controls); a paragraph's text includes hyperlinks and tracked insertions, never
tracked deletions. Tables are of two kinds:

- layout tables (≤ 2 columns, ≤ 4 rows, no column titles): the header (issuer and number left;
  motto, place and date right) and the closing block (Nơi nhận left, signature right). Emitted
  column by column — the left column's cells top to bottom, then the right column's — so
  nothing is interleaved. A cell's paragraphs are lines separated by a blank line like every
  other paragraph (a cell's "PHÓ CHỦ TỊCH" / "(Đã ký)" must not be joined by normalisation),
  and so are cells;
- data tables (task tables: Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản
  phẩm): one line per row, `| cell | cell | cell |`, line breaks inside a cell become spaces;
  a merged cell is emitted once per row.

Paragraphs are separated by a blank line, so normalisation joins two of them only when the
second starts with a lowercase letter (a paragraph split in the middle of a sentence).

Before the walk, the text is made what Word shows: automatic numbering ("I.", "1.", "a)", "-")
is written in front of its paragraphs (`docx_numbering.py`), footnote and endnote marks inline
and the notes' text after the body (`docx_notes.py`). A paragraph style's bold and size are
looked up once per style (`_StyleFonts`).
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import TYPE_CHECKING, cast

from lxml import etree

from . import Block
from .docx_notes import add_notes
from .docx_numbering import add_labels
from .errors import IngestError, Limits, TooLarge
from .pdf_header import TYPE_WORD_RE

if TYPE_CHECKING:
    from docx.oxml.text.run import CT_R

_COLUMN_TITLE_RE = re.compile(
    r"^\s*(?:S?TT|Số\s+TT|Nội\s+dung|Nhiệm\s+vụ|Cơ\s+quan|Đơn\s+vị|Chủ\s+trì|Phối\s+hợp|Thời\s+gian|"
    r"Sản\s+phẩm|Ghi\s+chú|Kết\s+quả|Tiến\s+độ|Lĩnh\s+vực)\b", re.IGNORECASE)


def _open(data: bytes, name: str):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise IngestError(f"{name}: the .docx file is damaged (not a complete zip archive)") from None
    except (PackageNotFoundError, KeyError, ValueError) as e:
        raise IngestError(f"{name}: not a Word document (.docx) — {str(e).splitlines()[0][:120]}") from None
    except Exception as e:  # noqa: BLE001 - malformed XML etc.: the file's fault, never a traceback
        raise IngestError(f"{name}: the .docx file is damaged ({type(e).__name__})") from None


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NS = {"w": _W[1:-1], "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}
# text of a paragraph: runs anywhere inside it (hyperlinks, tracked insertions, content controls,
# field results, smart tags), never deleted text (w:delText) or field codes (w:instrText), and a
# text box's content once (its VML fallback copy skipped)
_TEXT_XPATH = etree.XPath(
    ".//w:t[not(ancestor::mc:Fallback)] | .//w:tab[not(ancestor::w:tabs)][not(ancestor::mc:Fallback)]"
    " | .//w:br[not(ancestor::mc:Fallback)] | .//w:cr[not(ancestor::mc:Fallback)]"
    " | .//w:noBreakHyphen[not(ancestor::mc:Fallback)]", namespaces=_NS)
_RUN_XPATH = etree.XPath(".//w:r[not(ancestor::mc:Fallback)]", namespaces=_NS)
_CHAR = {_W + "tab": "\t", _W + "br": "\n", _W + "cr": "\n", _W + "noBreakHyphen": "-"}


def _text(paragraph) -> str:
    return "".join(el.text or "" if el.tag == _W + "t" else _CHAR[el.tag]
                   for el in cast("list[etree._Element]", _TEXT_XPATH(paragraph._p)))  # elements only


def _items(element, parent):
    """Paragraphs and tables in document order, looking inside content controls (w:sdt) and
    custom XML, which `iter_inner_content()` skips."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in element.iterchildren():
        if child.tag == _W + "p":
            yield Paragraph(child, parent)
        elif child.tag == _W + "tbl":
            yield Table(child, parent)
        elif child.tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from _items(content, parent)
        elif child.tag == _W + "customXml":
            yield from _items(child, parent)


class _StyleFonts:
    """A paragraph style's bold and size, looked up once per style id: python-docx resolves
    `paragraph.style` by scanning every style of the document (the default style by reading each
    one's type), milliseconds a paragraph — seconds on a long plan."""

    def __init__(self) -> None:
        self._fonts: dict[str | None, tuple[bool, float | None]] = {}

    def of(self, paragraph) -> tuple[bool, float | None]:
        sid = paragraph._p.style  # the w:pStyle id, None for the default paragraph style
        got = self._fonts.get(sid)
        if got is None:
            style = paragraph.style
            font = style.font if style is not None else None
            got = self._fonts[sid] = (
                bool(font is not None and font.bold),
                font.size.pt if font is not None and font.size is not None else None,
            )
        return got


def _bold(paragraph, fonts: _StyleFonts) -> bool:
    from docx.text.run import Run

    run_elements = cast("list[CT_R]", _RUN_XPATH(paragraph._p))  # w:r elements, python-docx's CT_R
    runs = [(r, len(t)) for r in (Run(el, paragraph) for el in run_elements) if (t := r.text).strip()]
    if not runs:
        return False
    style_bold = fonts.of(paragraph)[0]
    chars = sum(n for _r, n in runs)
    bold = sum(n for r, n in runs if r.bold or (r.bold is None and style_bold))
    return bold * 2 > chars


def _size(paragraph, fonts: _StyleFonts) -> float | None:
    for r in paragraph.runs:
        if r.font.size is not None:
            return r.font.size.pt
    return fonts.of(paragraph)[1]


def _cell_lines(cell) -> list[str]:
    """A cell's paragraphs (and nested tables, flattened) as lines."""
    from docx.table import Table

    lines: list[str] = []
    for item in _items(cell._tc, cell):
        if isinstance(item, Table):
            for row in item.rows:
                lines += [ln for c in _row_cells(row) for ln in _cell_lines(c)]
        else:
            lines += _text(item).split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    return lines


def _row_cells(row) -> list:
    """Cells of a row, a merged (gridSpan) cell once."""
    out, seen = [], set()
    for c in row.cells:
        if id(c._tc) not in seen:
            seen.add(id(c._tc))
            out.append(c)
    return out


def _is_layout(rows: list[list], before_type_word: bool) -> bool:
    ncols = max((len(r) for r in rows), default=0)
    if ncols > (3 if before_type_word else 2) or len(rows) > (6 if before_type_word else 4):
        return False
    first = [" ".join(_cell_lines(c)) for c in rows[0]] if rows else []
    return not any(_COLUMN_TITLE_RE.match(t) for t in first)


class _Out:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.blocks: list[Block] = []
        self.pos = 0

    def add(self, text: str, **block) -> None:
        if text:
            self.blocks.append(Block(start=self.pos, end=self.pos + len(text), **block))
        self._raw(text)

    def sep(self, s: str) -> None:
        """A separator, unless nothing has been written yet."""
        if self.parts:
            self._raw(s)

    def _raw(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)


def _emit_table(out: _Out, table, t: int, before_type_word: bool, fonts: _StyleFonts) -> None:
    rows = [_row_cells(r) for r in table.rows]
    if _is_layout(rows, before_type_word):
        ncols = max(len(r) for r in rows)
        seen: set[int] = set()
        for c in range(ncols):
            for r, row in enumerate(rows):
                if c >= len(row) or id(row[c]._tc) in seen:
                    continue
                seen.add(id(row[c]._tc))
                lines = _cell_lines(row[c])
                if not any(ln.strip() for ln in lines):
                    continue
                out.sep("\n\n")
                bold = any(_bold(p, fonts) for p in row[c].paragraphs)
                out.add("\n\n".join(ln for ln in lines if ln.strip()), table=t, row=r, cell=c, bold=bold)
        return
    for r, row in enumerate(table.rows):
        # every grid column is a cell, so that cells line up with the column titles: a cell
        # merged across columns (gridSpan) is written once, then "" for the columns it covers;
        # a cell merged down rows (vMerge) is repeated in each row (python-docx gives it so)
        grid = row.cells
        texts = [" ".join(ln.strip() for ln in _cell_lines(c) if ln.strip())
                 if c_i == 0 or c._tc is not grid[c_i - 1]._tc else "" for c_i, c in enumerate(grid)]
        if not any(texts):
            continue
        out.sep("\n\n" if r == 0 else "\n")
        out._raw("|")
        for c, (cell, text) in enumerate(zip(grid, texts)):
            out._raw(" ")
            out.add(text, table=t, row=r, cell=c, bold=any(_bold(p, fonts) for p in cell.paragraphs))
            out._raw(" |")


def read_docx(data: bytes, name: str, limits: Limits) -> tuple[str, list[Block], None, list[str]]:
    from docx.table import Table

    document = _open(data, name)
    add_labels(document)  # Word's automatic numbering ("I.", "1.", "a)", "-") as text: docx_numbering.py
    add_notes(document)  # footnote marks inline, the notes at the end of the body: docx_notes.py
    out = _Out()
    fonts = _StyleFonts()
    t = p = 0
    before_type_word = True
    try:
        for item in _items(document.element.body, document._body):
            if isinstance(item, Table):
                _emit_table(out, item, t, before_type_word, fonts)
                t += 1
                continue
            text = _text(item)
            if not text.strip():
                p += 1
                continue
            out.sep("\n\n")
            out.add(text, paragraph=p, bold=_bold(item, fonts), size=_size(item, fonts))
            if before_type_word and TYPE_WORD_RE.match(text) and text.strip().isupper():
                before_type_word = False
            p += 1
            if out.pos > limits.max_chars:
                break
    except IngestError:
        raise
    except Exception as e:  # noqa: BLE001
        raise IngestError(f"{name}: the .docx file is damaged ({type(e).__name__})") from None
    text = "".join(out.parts)
    if len(text) > limits.max_chars:
        raise TooLarge(f"{name}: {len(text):,} characters is over the limit of {limits.max_chars:,}")
    return text, out.blocks, None, []
