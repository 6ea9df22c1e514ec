"""Task-table rows as tasks: a row's title is its whole content cell (extract_text on small
tables in the corpus's style; expected values from reading the strings)."""

from __future__ import annotations

import pytest

from extractor import extract_text


def _table(group: str, content: str, lead: str, support: str) -> str:
    """A plan whose appendix is a task table read one cell a line (a .docx table in text), one group
    row and one task row."""
    cells = ["STT", "Nhiệm vụ, giải pháp", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện", "",
             "I", group, "", "1", content, lead, support, "2026 - 2030"]
    return ("KẾ HOẠCH\nPhát triển kinh tế số và xã hội số năm 2026\nPHỤ LỤC\n"
            "DANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM\n|\n" + "".join(f"{c}\n|\n" if c else "|\n" for c in cells))


LONG_PLATFORMS = (
    "Triển khai các nền tảng: Nền tảng hỗ trợ tư vấn khám, chữa bệnh từ xa; Nền tảng quản lý xét nghiệm "
    "thống nhất trên toàn quốc; Nền tảng quản lý tiêm chủng; Nền tảng quản lý hồ sơ sức khỏe cá nhân; Nền "
    "tảng hỗ trợ tư vấn sức khỏe trực tuyến; Nền tảng số kết nối các chuyên gia y tế với cơ sở khám bệnh, "
    "chữa bệnh tuyến cơ sở; Nền tảng quản lý bệnh viện thông minh trên địa bàn tỉnh"
)
LONG_SKILLS = (
    "Tổ chức các chương trình đào tạo kỹ năng số cơ bản, kỹ năng số nâng cao, kỹ năng kỹ thuật cho các đối "
    "tượng là cán bộ, công chức, viên chức, người lao động trong doanh nghiệp, hộ sản xuất kinh doanh. Đào tạo "
    "đạt chuẩn kỹ năng số cho sinh viên, học sinh các trường đại học, cao đẳng, trung cấp và giáo dục nghề "
    "nghiệp trên địa bàn tỉnh; phổ cập kỹ năng số cho người dân tại các thôn, tổ dân phố"
)


@pytest.mark.parametrize("content", [
    LONG_PLATFORMS,  # dev-15 appendix style: a row's content of 400 characters and more
    LONG_SKILLS,
    "Triển khai Nền tảng hóa đơn điện tử quốc gia",  # near miss: a short cell, as it was
])
def test_a_rows_title_is_its_whole_content_cell(content: str) -> None:
    (task,) = [t for t in extract_text(_table("HẠ TẦNG SỐ", content, "Sở Khoa học và Công nghệ", "Các sở, ban, ngành; UBND các phường xã")).tasks if t.lead == ["Sở Khoa học và Công nghệ"]]
    assert task.title == content


@pytest.mark.parametrize(("lead", "support", "leads", "supports"), [
    # a unit in both columns both leads and supports, as the row prints it (dev-15 Phụ lục.C.I style)
    ("Sở Khoa học và Công nghệ; UBND các phường xã", "Các sở, ban, ngành; UBND các phường, xã",
     ["Sở Khoa học và Công nghệ", "Ủy ban nhân dân các phường, xã"], ["Các sở, ban, ngành", "Ủy ban nhân dân các phường, xã"]),
    ("Sở Tài chính", "Sở Tài chính; Sở Nội vụ", ["Sở Tài chính"], ["Sở Tài chính", "Sở Nội vụ"]),
    # near miss: distinct units in the two columns, as before
    ("Sở Khoa học và Công nghệ", "Các sở, ban, ngành; UBND các phường, xã",
     ["Sở Khoa học và Công nghệ"], ["Các sở, ban, ngành", "Ủy ban nhân dân các phường, xã"]),
])
def test_a_rows_support_is_its_support_column(lead: str, support: str, leads: list[str], supports: list[str]) -> None:
    (task,) = [t for t in extract_text(_table("TỔ CHỨC, BỘ MÁY", "Tổ chức các Tổ công nghệ số cộng đồng đến từng thôn, tổ dân phố", lead, support)).tasks if t.title.startswith("Tổ chức các Tổ")]
    assert (task.lead, task.support) == (leads, supports)
