"""A run of item marks cited in a sentence and wrapped across a line is joined; a list of items
whose lines merely end in a comma is not (extractor/wrapped_enumerations.py, via normalise)."""

from __future__ import annotations

import pytest

from extractor.normalise import normalise
from extractor.wrapped_enumerations import enumeration_wraps

# a few wrapped lines above make a text hard-wrapped; the pairs below are read in both kinds
_WRAPPED = (
    "Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao chủ động xây dựng kế\n"
    "hoạch cụ thể, tổ chức triển khai thực hiện có hiệu quả các nội dung của Kế hoạch\n"
    "này; định kỳ báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 15 của\n"
    "tháng cuối quý để tổng hợp, báo cáo theo quy định; trong quá trình triển khai nếu\n"
    "có khó khăn, vướng mắc kịp thời phản ánh về Sở Nội vụ để được hướng dẫn, giải\n"
    "quyết hoặc tổng hợp, báo cáo cấp có thẩm quyền xem xét, quyết định theo quy định\n"
    "của pháp luật; các cơ quan báo chí, đài phát thanh trên địa bàn tỉnh tăng cường\n"
    "thông tin, tuyên truyền về các nội dung của Kế hoạch này đến cán bộ, công chức và\n"
    "Nhân dân biết, thực hiện.\n"
)


@pytest.mark.parametrize("prefix", ["", _WRAPPED], ids=["soft", "hard-wrapped"])
@pytest.mark.parametrize(
    ("raw", "joined"),
    [
        (
            "2. Giảng viên lên lớp ghi các nội dung (1), (2),\n(3), (4), (5), ký và ghi rõ họ tên.",
            "2. Giảng viên lên lớp ghi các nội dung (1), (2), (3), (4), (5), ký và ghi rõ họ tên.",
        ),
        (
            "Trường hợp tại điểm a), b), c),\nd) khoản 1, Điều 10 của Quy chế này, Trung tâm gửi quyết định.",
            "Trường hợp tại điểm a), b), c), d) khoản 1, Điều 10 của Quy chế này, Trung tâm gửi quyết định.",
        ),
        (
            "Các trường hợp quy định tại điểm c), d),\nđ) khoản 2 Điều này được cấp lại.",
            "Các trường hợp quy định tại điểm c), d), đ) khoản 2 Điều này được cấp lại.",
        ),
        (
            "thực hiện theo các mục 1), 2),\n3) của Phụ lục kèm theo.",
            "thực hiện theo các mục 1), 2), 3) của Phụ lục kèm theo.",
        ),
    ],
)
def test_a_wrapped_run_of_marks_is_joined(prefix: str, raw: str, joined: str) -> None:
    assert normalise(prefix + raw).text.endswith(joined)


@pytest.mark.parametrize("prefix", ["", _WRAPPED], ids=["soft", "hard-wrapped"])
@pytest.mark.parametrize(
    "raw",
    [
        # items whose text ends in a comma: the next item is no mark of a cited run
        "a) Sở Y tế, Sở Tài chính,\nb) Ủy ban nhân dân các xã, phường.",
        # one mark before the comma: no run
        "Các nội dung tại mục (2),\n(3) Tổ chức hội nghị sơ kết.",
        # not the next mark
        "thực hiện các nội dung (1), (2),\n(4) Tổ chức hội nghị sơ kết.",
        "tại điểm a), b),\nd) Tổ chức kiểm tra.",
        # two shapes
        "ghi các nội dung (1), (2),\n3) Tổ chức hội nghị sơ kết.",
    ],
)
def test_items_after_a_comma_stay_apart(prefix: str, raw: str) -> None:
    first, second = raw.split("\n")
    assert normalise(prefix + raw).text.endswith(first + "\n" + second)


def test_no_run_no_work() -> None:
    assert enumeration_wraps("1. Mục đích,\n2. Yêu cầu") == []
