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


@pytest.mark.parametrize(
    ("item", "heading"),
    [
        # dev-08, dev-09: the names the item addresses follow its colon; its content is below
        ("6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã Tỉnh",
         "Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã Tỉnh"),
        ("12. Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông",
         "Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông"),
        ("3. Đề nghị: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Liên đoàn Lao động tỉnh",
         "Đề nghị: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Liên đoàn Lao động tỉnh"),
        # near misses: content after the colon — a sentence, one name, a stop, a long phrase
        ("4. Hạ tầng đi trước, thể chế kiến tạo: Nhận thức rõ vai trò của hạ tầng số, thể chế số.",
         "Hạ tầng đi trước, thể chế kiến tạo"),
        ("5. Sở Y tế: Chủ trì, phối hợp với các sở, ngành tổ chức thực hiện", "Sở Y tế"),
        ("2. Thời gian: Quý IV, năm 2025", "Thời gian"),
        ("5. Hồ sơ học viên gồm: Công văn cử học viên, Giấy giới thiệu.", "Hồ sơ học viên gồm"),
        ("1. Sở Nội vụ: Sở Tài chính", "Sở Nội vụ"),
        ("3. Thành phần: Đồng chí Bí thư, Phó Bí thư; đại diện các ban", "Thành phần"),
        ("4. Nhiệm vụ: Tổ chức tuyên truyền, Phổ biến sâu rộng nội dung Kế hoạch trong toàn thể cán bộ",
         "Nhiệm vụ"),
    ],
)
def test_a_colon_before_the_names_an_item_addresses(item: str, heading: str) -> None:
    assert headings(item)[0][1] == heading
