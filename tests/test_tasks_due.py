"""The due of a task read from its own words (extract_text on small plans in the corpus's style).

Expected values come from reading the strings, per corpus/README.md's due conventions."""

from __future__ import annotations

import pytest

from extractor import extract_text

PLAN = """KẾ HOẠCH
Xây dựng cơ sở dữ liệu quy hoạch
II. NHIỆM VỤ
1. Rà soát, cập nhật dữ liệu quy hoạch lên Hệ thống thông tin quốc gia (2025 - 2030).
2. {item}
"""


@pytest.mark.parametrize(("item", "due_from", "due_to"), [
    # an open start that runs on is the task's due, open-ended (dev-22 III.3 style)
    ("Tùy điều kiện, mở rộng và kết nối dữ liệu quy hoạch với Trung tâm dữ liệu quốc gia (2026 trở đi).",
     "2026-01-01", None),
    ("Sở Tài chính duy trì cập nhật dữ liệu quy hoạch từ năm 2027 trở đi.", "2027-01-01", None),
    # a deadline printed with it comes first
    ("Sở Tài chính hoàn thành kết nối dữ liệu trước ngày 30/6/2026, duy trì cập nhật từ năm 2027 trở đi.",
     None, "2026-06-30"),
    # near misses: an open start that dates a noun or an effect is no due
    ("Sở Nội vụ đánh giá Chỉ số cải cách hành chính năm 2025 và các năm tiếp theo tại các sở, ngành.",
     None, None),
    ("Sở Tài chính áp dụng quy trình mới kể từ ngày ký.", None, None),
])
def test_an_open_start_that_runs_on_is_the_due(item: str, due_from: str | None, due_to: str | None) -> None:
    (task,) = [t for t in extract_text(PLAN.format(item=item)).tasks if t.section == "II.2"]
    got = (task.due.from_, task.due.to) if task.due is not None else (None, None)
    assert got == (due_from, due_to)
