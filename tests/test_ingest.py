"""Ingest: every format and encoding, header/signature/task tables, bad input, and the .txt /
.docx / .pdf renderings of the four seeds read to the same normalised text.

The renderings and fixtures are committed (corpus/renderings/make_renderings.py made them with
python-docx and LibreOffice); these tests need neither LibreOffice nor qpdf.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from damage import assert_read_or_refused, damaged_copies
from rapidfuzz import fuzz

from extractor.ingest import IngestError, Limits, TooLarge, UnsupportedFormat, read, read_bytes
from extractor.normalise import normalise_text

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "corpus" / "documents"
RENDERINGS = ROOT / "corpus" / "renderings"
FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = sorted(p.stem for p in DOCS.glob("00[0-3]_*.txt"))
PLAN = "Thực hiện Kế hoạch số 35-KH/TU, ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy"


def lines(text: str) -> list[str]:
    return normalise_text(text).split("\n")


# --- plain text ------------------------------------------------------------------------------
TEXT = "KẾ HOẠCH\n\nthực hiện Kết luận số 01-KL/TW của Bộ Chính trị về “học tập và làm theo Bác”\n"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),  # with BOM
    b"\xfe\xff" + TEXT.encode("utf-16-be"),
    ("1. " + TEXT).encode("utf-16-le"),  # no BOM, ASCII first
    TEXT.encode("utf-16-le"),
], ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "utf16le-nobom", "utf16le-nobom-vi"])
@pytest.mark.parametrize("name,fmt", [("plan.txt", "txt"), ("plan.md", "md")])
def test_text_encodings(data: bytes, name: str, fmt: str) -> None:
    doc = read_bytes(data, name)
    assert doc.format == fmt
    assert doc.text.lstrip("\ufeff").removeprefix("1. ") == TEXT
    assert doc.pages is None


def test_text_seed_from_path() -> None:
    doc = read(DOCS / f"{SEEDS[1]}.txt")
    assert doc.format == "txt" and PLAN in doc.text and len(doc.sha256) == 64


# --- .docx ------------------------------------------------------------------------------------
def _docx(build) -> bytes:
    import docx

    d = docx.Document()
    build(d)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _fill(cell, *paragraphs: str) -> None:
    cell.paragraphs[0].text = paragraphs[0]
    for p in paragraphs[1:]:
        cell.add_paragraph(p)


def _header_and_tasks(d) -> None:
    header = d.add_table(rows=2, cols=2)
    _fill(header.cell(0, 0), "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI")
    _fill(header.cell(0, 1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
    _fill(header.cell(1, 0), "Số: 491/KH-UBND")
    _fill(header.cell(1, 1), "Quảng Ngãi, ngày 20 tháng 3 năm 2024")
    d.add_paragraph("KẾ HOẠCH").runs[0].bold = True
    d.add_paragraph("Triển khai thực hiện việc học tập và làm theo Bác năm 2024")
    d.add_paragraph("I. NHIỆM VỤ CỤ THỂ")
    tasks = d.add_table(rows=3, cols=5)
    for c, title in enumerate(["Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp",
                               "Thời gian hoàn thành", "Sản phẩm"]):
        _fill(tasks.cell(0, c), title)
    for c, text in enumerate(["Tổ chức học tập chuyên đề", "Sở Nội vụ", "Các sở, ngành",
                              "Quý II/2024", "Báo cáo"]):
        _fill(tasks.cell(1, c), text)
    _fill(tasks.cell(2, 0), "Sơ kết việc thực hiện", "Kết luận số 01-KL/TW")  # two paragraphs
    merged = tasks.cell(2, 1).merge(tasks.cell(2, 2))
    _fill(merged, "Văn phòng UBND tỉnh")
    _fill(tasks.cell(2, 3), "Tháng 12/2024")
    _fill(tasks.cell(2, 4), "Báo cáo sơ kết")
    d.add_paragraph("Nơi nhận:")


def test_docx_header_table_columns_not_interleaved() -> None:
    doc = read_bytes(_docx(_header_and_tasks), "plan.docx")
    t = doc.text
    order = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 491/KH-UBND",  # left column, top to bottom
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Quảng Ngãi, ngày 20 tháng 3 năm 2024", "KẾ HOẠCH"]
    positions = [t.index(s) for s in order]
    assert positions == sorted(positions), t[:300]
    norm = lines(t)
    for s in order:
        assert s in norm  # every cell paragraph is a line of its own after normalisation
    cells = [(b.table, b.row, b.cell) for b in doc.blocks if b.table == 0]
    assert cells == [(0, 0, 0), (0, 1, 0), (0, 0, 1), (0, 1, 1)]
    type_word = next(b for b in doc.blocks if t[b.start:b.end] == "KẾ HOẠCH")
    assert type_word.bold and type_word.paragraph is not None


def test_docx_task_table_one_line_per_row() -> None:
    doc = read_bytes(_docx(_header_and_tasks), "plan.docx")
    norm = lines(doc.text)
    assert "| Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |" in norm
    assert "| Tổ chức học tập chuyên đề | Sở Nội vụ | Các sở, ngành | Quý II/2024 | Báo cáo |" in norm
    # a cell's two paragraphs become one cell text; a merged cell is written once, then an
    # empty cell for the column it covers, so every row has the header's five columns
    assert ("| Sơ kết việc thực hiện Kết luận số 01-KL/TW | Văn phòng UBND tỉnh | | Tháng 12/2024 "
            "| Báo cáo sơ kết |") in norm
    assert {ln.count("|") for ln in norm if ln.startswith("|")} == {6}
    assert norm.index("I. NHIỆM VỤ CỤ THỂ") < norm.index("Nơi nhận:")
    cells = {(b.row, b.cell): doc.text[b.start:b.end] for b in doc.blocks if b.table == 1}
    assert cells[(1, 1)] == "Sở Nội vụ" and cells[(2, 1)] == "Văn phòng UBND tỉnh"


def test_docx_rendering_blocks_and_signature_table() -> None:
    doc = read(RENDERINGS / f"{SEEDS[0]}.docx")
    assert doc.format == "docx" and doc.pages is None
    for b in doc.blocks:
        assert 0 <= b.start < b.end <= len(doc.text) and doc.text[b.start:b.end].strip()
    heading = next(b for b in doc.blocks if doc.text[b.start:b.end] == "I- MỤC ĐÍCH, YÊU CẦU")
    assert heading.bold
    body = next(b for b in doc.blocks if doc.text[b.start:b.end].startswith("Thực hiện Kết luận"))
    assert not body.bold
    norm = lines(doc.text)
    # Nơi nhận (left cell) entirely before the signature (right cell)
    assert norm.index("- Lưu ĐU.") < norm.index("T/M ĐẢNG ỦY") < norm.index("Phạm Hồng Trường")


def _revisions(d) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    par = d.add_paragraph("Giao Sở Nội vụ ")
    par._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="1" w:author="a"><w:r><w:t>chủ trì</w:t></w:r></w:ins>'))
    par._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="2" w:author="a"><w:r>'
                            '<w:delText> phối hợp</w:delText></w:r></w:del>'))
    par.add_run(", báo cáo trước ngày 15/12/2024.")
    sdt = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtContent><w:p><w:r><w:t>Nơi nhận:</w:t></w:r></w:p>'
                    '</w:sdtContent></w:sdt>')
    d.element.body.insert(len(d.element.body) - 1, sdt)  # before the final w:sectPr


def test_docx_tracked_changes_and_content_controls() -> None:
    norm = lines(read_bytes(_docx(_revisions), "plan.docx").text)
    assert norm == ["Giao Sở Nội vụ chủ trì, báo cáo trước ngày 15/12/2024.", "Nơi nhận:"]


# --- .pdf -------------------------------------------------------------------------------------
def test_pdf_header_columns_split_and_ordered() -> None:
    # PDFium reads "Số 34-KH/ĐUK   Trà Vinh, ngày …" as one line: two cells on one baseline
    doc = read(RENDERINGS / f"{SEEDS[1]}.pdf")
    norm = lines(doc.text)
    assert norm[:3] == ["Số 34-KH/ĐUK", "Trà Vinh, ngày 20 tháng 10 năm 2021", "KẾ HOẠCH"]


def test_pdf_header_two_lines_per_column() -> None:
    for ext in ("pdf", "docx"):
        norm = lines(read(FIXTURES / f"form_header.{ext}").text)
        assert norm[:4] == ["ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "CHI BỘ SỞ NGOẠI VỤ",
                            "ĐẢNG CỘNG SẢN VIỆT NAM", "....., ngày tháng năm 2026"], (ext, norm[:5])


def test_pdf_pages_page_numbers_and_blocks() -> None:
    import pypdfium2 as pdfium

    path = RENDERINGS / f"{SEEDS[1]}.pdf"
    pdf = pdfium.PdfDocument(str(path))
    n = len(pdf)
    # the rendering prints running page numbers from page 2 on: the reader must drop them
    assert pdf[1].get_textpage().get_text_range().split("\r\n")[0] == "2"
    doc = read(path)
    assert doc.format == "pdf" and doc.pages == n > 3
    assert not [ln for ln in doc.text.split("\n") if re.fullmatch(r"\s*\d{1,3}\s*", ln)]
    assert {b.page for b in doc.blocks} == set(range(1, n + 1))
    by_text = {doc.text[b.start:b.end]: b for b in doc.blocks}
    assert by_text["KẾ HOẠCH"].bold and by_text["KẾ HOẠCH"].size == 14
    assert by_text["I- MỤC ĐÍCH, YÊU CẦU"].bold
    assert by_text["Nơi nhận:"].bold and by_text["Nơi nhận:"].size == 12
    assert not by_text["- Thường trực Tỉnh ủy,"].bold and by_text["- Thường trực Tỉnh ủy,"].size == 11


def test_pdf_ruled_task_table_one_line_per_row() -> None:
    """PDFium reads a table cell by cell and merges cells sharing a baseline ("TT Nội dung Cơ
    quan chủ"); the cell borders (thin path objects) give the rows and columns back."""
    pdf, docx = (read(FIXTURES / f"task_table.{ext}") for ext in ("pdf", "docx"))
    rows = [ln for ln in lines(pdf.text) if ln.startswith("| ")]
    assert rows == [ln for ln in lines(docx.text) if ln.startswith("| ")]
    assert rows[0] == "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |"
    assert rows[3] == ("| 3 | Sơ kết việc thực hiện Kết luận số 01-KL/TW | Văn phòng UBND tỉnh | "
                       "| Tháng 12/2024 | Báo cáo sơ kết |")  # a merged cell, then an empty one
    assert lines(pdf.text)[-1] == "Các phòng, ban, đơn vị báo cáo kết quả thực hiện về Văn phòng."
    cell = next(b for b in pdf.blocks if (b.table, b.row, b.cell) == (0, 1, 2))
    assert pdf.text[cell.start:cell.end] == "Phòng Hành chính - Quản trị" and cell.page == 1
    assert all(b.bold for b in pdf.blocks if b.table == 0 and b.row == 0)


def test_pdf_paragraph_across_page_break_is_one_line() -> None:
    doc = read(RENDERINGS / f"{SEEDS[1]}.pdf")
    pages_of = {}
    for b in doc.blocks:
        pages_of.setdefault(b.page, []).append(b)
    joined = 0
    for page in range(1, doc.pages):
        last, first = pages_of[page][-1], pages_of[page + 1][0]
        if doc.text[last.end:first.start] == " ":
            joined += 1
    assert joined >= 3  # justified paragraphs running over the page end continue on the next page


def test_pdf_running_headers_and_footers_dropped() -> None:
    from extractor.ingest.pdf_lines import PdfLine, drop_running

    def line(text: str, page: int, top: float) -> PdfLine:
        return PdfLine(text, page, 85.0, 300.0, top, 14.0, False, 842.0)

    lines = []
    for page in range(1, 5):
        lines += [line("ĐẢNG BỘ KHỐI - Kế hoạch 34-KH/ĐUK", page, 30.0),  # running header
                  line(f"Dòng {page} của trang", page, 100.0),
                  line("Số 12 người tham gia", page, 400.0),  # digits, but body: kept
                  line(f"Trang {page}/4", page, 815.0),  # running footer
                  line(f"- {page} -", page, 20.0)]
    lines.append(line("42", 4, 60.0))  # a lone number in the top band
    kept = [ln.text for ln in drop_running(lines, 4)]
    assert kept == [t for p in range(1, 5) for t in (f"Dòng {p} của trang", "Số 12 người tham gia")]


# --- the seeds in three formats ----------------------------------------------------------------
def _body(text: str) -> str:
    """Normalised text after the type word (the header is laid out differently per format)."""
    norm = normalise_text(text)
    m = re.search(r"^KẾ HOẠCH$", norm, re.MULTILINE)
    assert m, norm[:200]
    return norm[m.end():].strip()


@pytest.mark.parametrize("ext", ["docx", "pdf"])
@pytest.mark.parametrize("seed", SEEDS)
def test_renderings_read_like_the_seed(seed: str, ext: str) -> None:
    txt = _body(read(DOCS / f"{seed}.txt").text)
    other = _body(read(RENDERINGS / f"{seed}.{ext}").text)
    assert fuzz.ratio(txt, other) >= 95
    other_lines = set(other.split("\n"))
    missing = [p for p in txt.split("\n") if p not in other_lines]
    assert not missing, missing[:3]


def test_seed_comparison_can_fail() -> None:
    a, b = (_body(read(DOCS / f"{s}.txt").text) for s in SEEDS[:2])
    assert fuzz.ratio(a, b) < 95


# --- bad input: an IngestError of the right kind with one clear line, never a traceback --------
def _xlsx() -> bytes:
    import openpyxl

    buf = io.BytesIO()
    openpyxl.Workbook().save(buf)
    return buf.getvalue()


def _zip_no_document() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    return buf.getvalue()


BAD = [
    ("corrupt.pdf", None, IngestError, "damaged or not a PDF"),
    ("encrypted.pdf", None, IngestError, "encrypted"),
    ("scanned.pdf", None, IngestError, "no text layer — a scanned PDF? OCR is not supported yet"),
    ("cid.pdf", None, IngestError, "no Unicode mapping (cid codes); OCR is not supported yet"),
    ("not_word.docx", None, IngestError, "not a Word document"),
    ("truncated.docx", None, IngestError, "damaged"),
    ("sheet.docx", _xlsx, IngestError, "not a Word document"),
    ("empty_package.docx", _zip_no_document, IngestError, ".docx"),
    ("empty.pdf", lambda: b"   ", IngestError, "empty"),
    ("plan.odt", lambda: b"some text", UnsupportedFormat, "unsupported file type"),
    ("image.txt", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", IngestError, "binary"),
    ("half.pdf", lambda: (RENDERINGS / f"{SEEDS[0]}.pdf").read_bytes()[:400], IngestError, "PDF"),
]


@pytest.mark.parametrize("name,make,kind,phrase", BAD, ids=[b[0] for b in BAD])
def test_bad_input(name: str, make, kind: type, phrase: str) -> None:
    data = make() if make else (FIXTURES / name).read_bytes()
    with pytest.raises(kind) as err:
        read_bytes(data, name)
    msg = str(err.value)
    assert msg.startswith(f"{name}: ") and phrase in msg and "\n" not in msg and len(msg) < 200
    assert "Traceback" not in msg


def test_pdf_cid_codes_in_text(monkeypatch) -> None:
    """pdfminer-style "(cid:N)" text (however the text layer got it) is refused."""
    import pypdfium2 as pdfium

    monkeypatch.setattr(pdfium.PdfTextPage, "get_text_range",
                        lambda self, *a, **k: "(cid:3)(cid:17)(cid:42)\r\n(cid:5)(cid:9)")
    with pytest.raises(IngestError, match=r"cid codes"):
        read(RENDERINGS / f"{SEEDS[0]}.pdf")


def test_limits() -> None:
    path = RENDERINGS / f"{SEEDS[1]}.pdf"
    with pytest.raises(TooLarge, match=r"pages is over the limit of 3 pages"):
        read(path, Limits(max_pages=3))
    with pytest.raises(TooLarge, match="bytes is over the limit"):
        read(path, Limits(max_bytes=1000))
    for ext in ("pdf", "docx"):
        with pytest.raises(TooLarge, match="characters is over the limit"):
            read(RENDERINGS / f"{SEEDS[1]}.{ext}", Limits(max_chars=5000))
    assert TooLarge.http_status == 413 and UnsupportedFormat.http_status == 415


@pytest.mark.parametrize("ext", ["pdf", "docx"])
def test_damaged_files_never_raise_anything_but_ingest_error(ext: str) -> None:
    """Bytes flipped, files cut short, stretches overwritten: a result or an IngestError."""
    data = (RENDERINGS / f"{SEEDS[0]}.{ext}").read_bytes()
    for damaged in damaged_copies(data, seed=7, n=60):
        assert_read_or_refused(damaged, f"damaged.{ext}")
