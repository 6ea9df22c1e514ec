"""Headings of sections (extractor/section_headings.py): where a heading in capitals broken over
lines ends, in the style of the corpus' appendix titles and numbered headings, with near misses."""

from __future__ import annotations

import pytest

from extractor.segment import segment


def headings(text: str) -> list[tuple[str, str]]:
    return [(s.path, s.heading) for s in segment(text.strip("\n")) if s.kind not in ("dash", "plus", "star")]


SIGNED = "I. NỘI DUNG\n1. Tổ chức hội nghị.\nNơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"


@pytest.mark.parametrize(
    ("appendix", "title"),
    [
        # dev-20: the table's column heads follow the title, one cell a line
        ("PHỤ LỤC\nDANH SÁCH DỮ LIỆU, CƠ QUAN CHỦ QUẢN DỮ LIỆU CÁC CƠ QUAN ĐẢNG\nSTT\nNhóm dữ liệu\n",
         "DANH SÁCH DỮ LIỆU, CƠ QUAN CHỦ QUẢN DỮ LIỆU CÁC CƠ QUAN ĐẢNG"),
        ("PHỤ LỤC I\nDANH MỤC NHIỆM VỤ\nTT\nNHIỆM VỤ\nCƠ QUAN CHỦ TRÌ\n", "DANH MỤC NHIỆM VỤ"),
        # near misses: a title broken over lines in capitals is joined
        ("PHỤ LỤC\nDANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM\nTHỰC HIỆN CHIẾN LƯỢC\nSTT\n",
         "DANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỰC HIỆN CHIẾN LƯỢC"),
        ("PHỤ LỤC\nTHANG ĐIỂM THI ĐUA\nSTT TIÊU CHÍ\n", "THANG ĐIỂM THI ĐUA STT TIÊU CHÍ"),
    ],
)
def test_an_appendix_title_ends_above_its_table_head(appendix: str, title: str) -> None:
    got = headings(SIGNED + appendix)
    assert got[-1][1] == title
