"""Group rows of appendix tables read one cell a line (extractor/table_groups.py): sections when
the table lists the plan's content, cells when it lists figures — told by its column heads."""

from __future__ import annotations

import pytest

from extractor.segment import segment

SIGNED = "I. NỘI DUNG\n1. Tổ chức thực hiện.\nNơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"


def paths(text: str) -> list[str]:
    return [s.path for s in segment(text) if s.kind not in ("dash", "plus", "star") and s.path.startswith("Phụ lục")]


CONTENT_TABLES = [
    # dev-22: a task table
    ("TT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian dự kiến hoàn thành\n"
    "I\nHoàn thiện thể chế, ban hành quy định\n1\nRà soát, sửa đổi quy định\nSở Tài chính\n"
    "II\nXây dựng hạ tầng công nghệ thông tin\n"),
    # dev-15: tasks and solutions
    ("STT\nNhiệm vụ, giải pháp\nĐơn vị thực hiện\nThời gian thực hiện\n"
    "I\nHoàn thiện thể chế\n1.1\nRà soát các quy định\nII\nPhát triển hạ tầng số\n"),
    # dev-01: a scoring table of criteria
    "STT\nTIÊU CHÍ THI ĐUA\nĐIỂM CHUẨN\nHƯỚNG DẪN CHẤM ĐIỂM\nI\nNHÓM XÃ, PHƯỜNG\n115\nII\nNHÓM TỔ CHỨC CHI TRẢ\n",
    "TT\nNội dung công việc\nĐơn vị chủ trì\nI\nCông tác tuyên truyền\nII\nCông tác kiểm tra, giám sát\n",
    # no column heads found: group rows as before
    "I\nHoàn thiện thể chế, ban hành quy định\nII\nXây dựng hạ tầng công nghệ thông tin\n",
]

FIGURE_TABLES = [
    # dev-06: the sites to monitor, with their coordinates
    ("TT\nTên điểm quan trắc\nKiểu/loại quan trắc\nVị trí lấy mẫu (theo tọa độ VN-2000)\nMô tả điểm quan trắc\n"
    "Ghi chú\nX\nY\nI\nVùng nuôi trồng thủy sản thuộc đầm Cù Mông\n1\nXuân Lộc (xã Xuân Lộc)\n"
    "II\nVùng nuôi tôm nước lợ quanh đầm Ô Loan\n"),
    # dev-06: a cost estimate
    ("TT\nChỉ tiêu\nTần suất (đợt/tháng)\nSố điểm\nĐơn giá (đồng)\nThành tiền (đồng)\nGhi chú\n"
    "I\nQuan trắc và cảnh báo môi trường NTTS\n1.364.329.243\nII\nHội nghị, phổ biến tuyên truyền\n21.720.000\n"),
    "STT\nDanh mục thiết bị\nĐơn vị tính\nSố lượng\nĐơn giá\nI\nThiết bị đầu cuối\nII\nPhần mềm chuyên dụng\n",
]


@pytest.mark.parametrize("table", CONTENT_TABLES)
def test_group_rows_of_a_content_table_are_sections(table: str) -> None:
    got = paths(SIGNED + "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n" + table)
    assert got[:1] == ["Phụ lục"] and "Phụ lục.I" in got and "Phụ lục.II" in got


@pytest.mark.parametrize("table", FIGURE_TABLES)
def test_group_rows_of_a_table_of_figures_are_cells(table: str) -> None:
    assert paths(SIGNED + "PHỤ LỤC\nDỰ TOÁN KINH PHÍ\n" + table) == ["Phụ lục"]


def test_each_appendix_its_own_table() -> None:
    text = SIGNED + "PHỤ LỤC I\nDỰ TOÁN\n" + FIGURE_TABLES[1] + "PHỤ LỤC II\nNHIỆM VỤ\n" + CONTENT_TABLES[0]
    assert paths(text) == ["Phụ lục I", "Phụ lục II", "Phụ lục II.I", "Phụ lục II.II"]
