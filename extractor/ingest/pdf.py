"""Text-layer PDF -> text in reading order, with page/bold/size per line.

pypdfium2 (PDFium, C++) reads every page; pdfplumber gives the same facts per character but is
30-70x slower (bench/ingest_bench.py prints both), so it is not used here. This module opens the
file, reads it page by page and says what is wrong with it (encrypted, damaged, scanned, fonts
without a Unicode map, too large); the parts:

- `pdf_lines.py`: each page's text lines with geometry and font; running page numbers and
  headers/footers dropped;
- `pdf_header.py`: page 1 above the type word, a two-column table, as a left then a right column;
- `pdf_table_grid.py`: ruled tables found from their cell borders;
- `pdf_table_cells.py`: a ruled table's rows as `| cell | cell |` lines, across page breaks;
- `pdf_assemble.py`: the lines in order -> text and blocks, paragraphs joined over line ends.
"""

from __future__ import annotations

import re
import threading

from . import Block
from .errors import IngestError, Limits, TooLarge
from .pdf_assemble import assemble
from .pdf_header import split_header
from .pdf_lines import PdfLine, drop_running, page_layout_lines, page_plain_lines

_SPACE_RE = re.compile(r"\s")
_GARBAGE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd\ue000-\uf8ff]")
_PDFIUM_LOCK = threading.Lock()


def _is_cid_garbage(text: str) -> bool:
    """Fonts without a ToUnicode map: PDFium returns glyph ids as control characters
    (pdfminer prints them as "(cid:12)")."""
    if "(cid:" in text:
        return True
    visible = len(text) - len(_SPACE_RE.findall(text))
    return visible > 0 and len(_GARBAGE_RE.findall(text)) > 0.05 * visible


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
        lines: list[PdfLine] = []
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
                    page_lines, text, tp = page_layout_lines(page, i + 1)
                except Exception as e:  # noqa: BLE001 - odd geometry in a damaged page: keep its text
                    page_lines, text, tp = page_plain_lines(page, i + 1)
                    warnings.append(f"page {i + 1}: read without layout ({type(e).__name__})")
                raw_texts.append(text)
                if not page_lines:
                    empty.append(i + 1)
                elif _is_cid_garbage(text):
                    garbage.append(i + 1)
                    page_lines = []
                if i == 0:
                    try:
                        page_lines, header = split_header(page_lines, tp, text, page.get_size()[1])
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
        text, blocks = assemble(header, drop_running(lines, npages))
        if len(text) > limits.max_chars:
            raise TooLarge(f"{name}: {len(text):,} characters is over the limit of {limits.max_chars:,}")
        return text, blocks, npages, warnings
    finally:
        doc.close()
