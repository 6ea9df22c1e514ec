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
