"""How LibreOffice lays out a plan in a PDF, read back by extractor/ingest/pdf.py, on the committed
renderings of the dev exports (corpus/renderings/dev-NN.pdf, made by make_renderings.py). The
expected strings are the exports' own words (corpus/documents/dev-NN.txt)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractor.ingest import read
from extractor.normalise import normalise_text

RENDERINGS = Path(__file__).resolve().parent.parent / "corpus" / "renderings"


def _lines(name: str) -> list[str]:
    return normalise_text(read(RENDERINGS / name).text).split("\n")


@pytest.mark.parametrize(("name", "words"), [
    # "348/KH-" ends a printed line, "UBND ngày …" begins the next (PDFium gives both as one line,
    # the hyphen as U+FFFE)
    ("dev-11.pdf", ("Kế hoạch số 348/KH-UBND ngày 14/5/2025 của UBND tỉnh về triển khai thực hiện "
                    "Nghị quyết số 71/NQ-CP ngày 01/4/2025")),
    ("dev-13.pdf", "Quyết định số 1855/QĐ-TTg"),
    ("dev-08.pdf", "| Quí IV-2025 |"),  # in a table cell
])
def test_pdf_hyphen_at_line_end_is_a_hyphen_and_the_paragraph_goes_on(name: str, words: str) -> None:
    text = read(RENDERINGS / name).text
    assert "\ufffe" not in text
    assert any(words in ln for ln in _lines(name)), words


@pytest.mark.parametrize(("name", "title"), [
    ("dev-11.pdf", ("PHÁT TRIỂN HỆ THỐNG SÓNG VIỄN THÔNG 5G, INTERNET VẠN VẬT (IOT) TẠI CÁC KHU CÔNG "
                    "NGHIỆP NGHỆ AN GIAI ĐOẠN 2026 - 2030, TẦM NHÌN ĐẾN NĂM 2045")),
    ("dev-05.pdf", ("KHẮC PHỤC MÔI TRƯỜNG VÀ PHÒNG, CHỐNG DỊCH BỆNH TRUYỀN NHIỄM SAU LỤT BÃO TRÊN ĐỊA "
                    "BÀN TỈNH ĐẮK LẮK")),
])
def test_pdf_centred_title_over_lines_is_one_paragraph(name: str, title: str) -> None:
    lines = _lines(name)
    k = lines.index("KẾ HOẠCH")  # the short centred type word is not joined to its title
    assert lines[k + 1] == title
    assert re.match(r"[A-ZĐÀ-Ỹ]", lines[k + 2])  # the body starts a paragraph of its own


def test_pdf_wrapped_lines_join_when_most_lines_start_indented() -> None:
    """dev-05 is short paragraphs and list items, each with a first-line indent: more lines start
    at the indent than at the margin, where only the wrapped lines start. The margin is still the
    margin, so a paragraph's lines are one paragraph."""
    lines = _lines("dev-05.pdf")
    first = next(ln for ln in lines if ln.startswith("Do hậu quả mưa lớn"))
    assert first.endswith("rất nhiều thiệt hại chưa thể thống kê hết.")
    item = next(ln for ln in lines if ln.startswith("- Chủ động triển khai các biện pháp"))
    assert item.endswith("không để bùng phát dịch sau lụt bão.")


@pytest.mark.parametrize(("name", "row"), [
    # a narrow STT column breaks "STT" and "1.1" (and "III") over lines: the word is one word
    ("dev-15.pdf", "| STT | Nhiệm vụ, giải pháp | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian thực hiện |"),
    ("dev-15.pdf", "| 2.1 | Triển khai hạ tầng số và hạ tầng bưu chính;"),
    ("dev-15.pdf", "| III | Phát triển nền tảng số |"),
    # "hoàn thàn" + "h" in a column title; "Quý IV/2" + "026" in a due cell
    ("dev-22.pdf", "| Thời gian dự kiến hoàn thành | Kết quả dự kiến | Nguồn kinh phí |"),
    ("dev-22.pdf", "| Quý IV/2026 |"),
    # "Sở KH&" + "CN" (a lead cell of dev-08)
    ("dev-08.pdf", "| Sở KH&CN |"),
])
def test_pdf_word_broken_in_a_narrow_cell_is_one_word(name: str, row: str) -> None:
    assert any(row in ln for ln in _lines(name)), row


def test_pdf_narrow_cell_keeps_words_apart() -> None:
    """Lines of a cell that end at a word's end keep their space ("Thường" + "xuyên")."""
    lines = _lines("dev-08.pdf")
    assert any("Thường xuyên" in ln for ln in lines if ln.startswith("|"))
    assert not any("Thườngxuyên" in ln for ln in lines)


def _pdf(pages: list[tuple[list[float], list[float], list[tuple[float, float, str]]]]) -> bytes:
    """A small PDF written by hand: per page, a ruled table (vertical rules at xs, horizontal
    rules at ys, both in PDF points from the bottom left) and text lines (x, y, text) in
    Helvetica 10 pt. PDFium reads the rules as path objects and the text as text lines, like
    a Word/LibreOffice table."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for xs, ys, texts in pages:
        ops = ["0.5 w"]
        ops += [f"{x} {min(ys)} m {x} {max(ys)} l S" for x in xs]
        ops += [f"{min(xs)} {y} m {max(xs)} {y} l S" for y in ys]
        ops += [f"BT /F1 10 Tf {x} {y} Td ({t}) Tj ET" for x, y, t in texts]
        stream = "\n".join(ops).encode("latin-1")
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (len(objs)))
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(f"{k} 0 R" for k in kids).encode(), len(kids))
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def test_pdf_table_over_a_page_break_is_one_table() -> None:
    """A task table that goes on over a page break, as Word lays it out: the column-title row is
    repeated at the top of the next page (w:tblHeader), and a row the page end cut goes on in the
    first row there, its text mid-sentence and its number cell empty. The table reads as the one
    table it is; a row number at the top of the page is no page number."""
    from extractor.ingest.errors import Limits
    from extractor.ingest.pdf import read_pdf

    xs = [60.0, 100.0, 300.0, 500.0]
    col = [66.0, 106.0, 306.0]

    def row(y: float, *cells: str) -> list[tuple[float, float, str]]:
        return [(x, y, c) for x, c in zip(col, cells) if c]

    page1 = (xs, [800.0, 780.0, 740.0, 60.0],
             row(786, "STT", "Noi dung", "Co quan chu tri")
             + row(766, "1", "Xay dung ke hoach", "So Noi vu")
             + row(726, "2", "Kiem tra viec thuc hien", "So Tai chinh") + row(712, "", "cac nhiem vu cua", ""))
    page2 = (xs, [800.0, 780.0, 750.0, 700.0],
             row(786, "STT", "Noi dung", "Co quan chu tri")
             + row(766, "", "cac so, nganh", "")
             + row(736, "3", "Bao cao ket qua", "So Tu phap"))
    page3 = (xs, [790.0, 740.0], row(776, "4", "Tong ket", "UBND tinh"))  # "4" high up on its page
    text, _blocks, npages, _w = read_pdf(_pdf([page1, page2, page3]), "t.pdf", Limits())
    assert npages == 3
    rows = [ln for ln in text.split("\n") if ln.startswith("|")]
    assert rows == [
        "| STT | Noi dung | Co quan chu tri |",
        "| 1 | Xay dung ke hoach | So Noi vu |",
        "| 2 | Kiem tra viec thuc hien cac nhiem vu cua cac so, nganh | So Tai chinh |",
        "| 3 | Bao cao ket qua | So Tu phap |",
        "| 4 | Tong ket | UBND tinh |",
    ]


def test_pdf_rendered_task_table_rows_cut_by_page_ends() -> None:
    """dev-22's appendix table runs over five pages: the rows that a page end cut read as one row
    each, and the row number "4" at the top of a page stays in its row."""
    lines = _lines("dev-22.pdf")
    assert any(ln.startswith("| I | Hoàn thiện thể chế, ban hành quy định, hướng dẫn yêu cầu kỹ thuật để xây dựng "
                             "và triển khai Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch |")
               for ln in lines)
    assert any(ln.startswith("| 4 | Đồng bộ hóa cơ sở dữ liệu hồ sơ quy hoạch") for ln in lines)
    assert not any(ln.startswith("| | ") for ln in lines)
