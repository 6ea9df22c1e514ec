"""Section tree inside attached forms and templates (corpus/README.md: blank fill lines, table
cells and footnote texts of a form are not sections; its real headings and items are). Lines in
the style of the corpus' templates (dev-16's minutes, dev-21's teaching records) and near misses."""

from __future__ import annotations

import pytest

from extractor.form_lines import fill_line
from extractor.segment import segment


def items(text: str) -> list[tuple[str, str]]:
    """(path, heading) of every section, bullets left out."""
    return [(s.path, s.heading) for s in segment(text.strip("\n")) if s.kind not in ("dash", "plus", "star")]


def paths(text: str) -> list[str]:
    return [p for p, _h in items(text)]


@pytest.mark.parametrize(
    "rest",
    [
        "Ông (bà) ................................................ Tổ trưởng.",
        "Buổi thứ .............................. Ngày ............. tháng ...........",
        "Tổng số buổi học: .........................................................",
        "Về kiến thức: .............................................................",
        "Học vị, họ tên giảng viên: ...............................................",
        "Hình thức lên lớp (giảng trên lớp/trực tuyến/đi nghiên cứu thực tế): ..........",
        "Số lượng học viên biến động (nếu có, tính đến cuối khóa):...................",
        "Tên đơn vị: ___________________",
        "Họ và tên người đề nghị: …………………………………",
    ],
)
def test_blank_lines_to_fill_in(rest: str) -> None:
    assert fill_line(rest)


@pytest.mark.parametrize(
    "rest",
    [
        # an item that says something with a blank in it (dev-16)
        "Hội nghị đã quyết định biểu quyết thể hiện sự tín nhiệm bằng hình thức ………………… (4)",
        "Hội nghị đã giới thiệu những người sau đây ứng cử đại biểu (2)........................., nhiệm kỳ (3)",
        # a blank followed by its unit: the item says what is counted
        "Tổng số người được triệu tập:..................... người.",
        # a heading whose content follows on the next lines
        "Mục tiêu:",
        "Kế hoạch chi tiết:",
        # a label before a colon but no blank
        "Danh sách học viên vắng (lý do: có phép, không phép):",
        # a long sentence ending in a blank is no field label
        "Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch cụ thể và báo cáo kết quả: ........",
    ],
)
def test_items_with_a_blank_stay_items(rest: str) -> None:
    assert not fill_line(rest)


TEACHING_RECORD = """
KẾ HOẠCH
Bồi dưỡng chính trị
I. NỘI DUNG
1. Tổng số buổi học: ........................................
PHỤ LỤC II
Mẫu 2: Sổ theo dõi giảng dạy và học tập
HƯỚNG DẪN SỬ DỤNG
1. Sổ theo dõi nền nếp giảng dạy và học tập.
2. Kết thúc khóa học:
TỔNG HỢP CUỐI KHÓA
1. Tổng số buổi học: .........................................................
2. Số chuyên đề: .............................................................
3. Tổng số giảng viên tham gia giảng dạy: ....................................
Mẫu 3: Giáo án
A. KẾ HOẠCH BÀI GIẢNG
1. Tên bài giảng: ............................................................
2. Mục tiêu:
a. Về kiến thức: .............................................................
b. Về kỹ năng: ...............................................................
3. Kế hoạch chi tiết:
"""


def test_field_labels_in_a_template_are_no_sections() -> None:
    got = paths(TEACHING_RECORD)
    assert got == [
        "I", "I.1",  # before the forms a line like that is the plan's own item
        "Phụ lục II", "Phụ lục II.Mẫu 2", "Phụ lục II.Mẫu 2.1", "Phụ lục II.Mẫu 2.2",
        "Phụ lục II.Mẫu 3", "Phụ lục II.Mẫu 3.A", "Phụ lục II.Mẫu 3.A.2", "Phụ lục II.Mẫu 3.A.3",
    ]


LESSON_PLAN = """
KẾ HOẠCH
Bồi dưỡng chính trị
I. NỘI DUNG
1. Các bước tổ chức lớp học
Bước 1
Ổn định lớp
(1) Giảng viên điểm danh học viên.
PHỤ LỤC
Mẫu 3: Giáo án
1. Kế hoạch chi tiết:
Bước lên lớp
Nội dung
Phương pháp
Thời gian
Bước 1
Ổn định lớp
Thuyết trình
(1)
5'
(2)
Bước 2
Kiểm tra nhận thức
.........................
(1) Ví dụ về phương pháp dạy học
(2) Ví dụ về thời gian giảng
2. Tài liệu tham khảo
"""


def test_a_form_table_read_one_cell_a_line_gives_no_sections() -> None:
    # dev-21's lesson plan template: "Bước 1" / "Ổn định lớp" / "Thuyết trình" / "(1)" are the
    # cells of one row; "(1) Ví dụ …" below explains the mark "(1)" of the cell
    got = paths(LESSON_PLAN)
    assert got == [
        "I", "I.1", "I.Bước 1", "I.Bước 1.(1)",  # in the plan itself a step and its items stay
        "Phụ lục", "Phụ lục.Mẫu 3", "Phụ lục.Mẫu 3.1", "Phụ lục.Mẫu 3.2",
    ]


RECORD_WITH_MARKS = """
PHỤ LỤC
Mẫu 2: Sổ theo dõi giảng dạy
1. Giảng viên lên lớp ghi các nội dung (1), (2), ký và ghi rõ họ tên sau mỗi buổi học.
2. Kết thúc khóa học, giáo vụ ký xác nhận.
(1) Danh sách học viên vắng (lý do: có phép, không phép):
(2) Giảng viên nhận xét buổi học
Mẫu 3: Biên bản
(1) Thành phần hội nghị gồm các ông (bà) có tên sau
(2) Nội dung hội nghị
"""


def test_the_notes_of_marks_a_form_printed_before_are_no_items() -> None:
    # a "(1)" item whose mark the same form printed before is that mark's note; in the next form,
    # which prints no such mark, "(1)" / "(2)" are its items
    got = paths(RECORD_WITH_MARKS)
    assert got == [
        "Phụ lục", "Phụ lục.Mẫu 2", "Phụ lục.Mẫu 2.1", "Phụ lục.Mẫu 2.2",
        "Phụ lục.Mẫu 3", "Phụ lục.Mẫu 3.(1)", "Phụ lục.Mẫu 3.(2)",
    ]
