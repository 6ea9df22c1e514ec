"""The report cue "cho/về/lên" after a report verb: a table of real-world style sentences and near
misses. Expected roles were written by reading the sentences, not by running the extractor."""

from __future__ import annotations

import pytest

from extractor.units import unit_mentions

# (sentence, [(name, role)] of every mention): "cho" after a report verb whose recipient was named at
# once after it ("trình Hội đồng nhân dân Thành phố thông qua việc bố trí dự toán cho các đơn vị")
# names whom a measure is for, no one reported to (dev-22). Near misses: the verb with its recipient
# still to come ("gửi báo cáo kết quả cho Sở Nội vụ", "báo cáo về Sở Y tế"), a later report verb
# whose recipient follows the cue ("… trình UBND tỉnh, đồng thời gửi cho Sở Tài chính").
REPORT_CUE: list[tuple[str, list[tuple[str, str]]]] = [
    ("- Sở Tài chính tổng hợp, cân đối để trình Hội đồng nhân dân Thành phố thông qua việc bố trí dự toán cho các đơn vị để triển khai.",
     [("Sở Tài chính", "lead"), ("Hội đồng nhân dân Thành phố", "report_to"), ("các đơn vị", "mentioned")]),
    ("- Sở Y tế tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét việc cấp kinh phí cho các địa phương.",
     [("Sở Y tế", "lead"), ("Ủy ban nhân dân tỉnh", "report_to"), ("các địa phương", "mentioned")]),
    ("- Các đơn vị gửi báo cáo kết quả thực hiện cho Sở Nội vụ trước ngày 15/12.",
     [("Các đơn vị", "lead"), ("Sở Nội vụ", "report_to")]),
    ("- Các xã báo cáo kết quả về Sở Y tế để tổng hợp.", [("Các xã", "lead"), ("Sở Y tế", "report_to")]),
    ("- Sở Xây dựng tổng hợp, trình Ủy ban nhân dân tỉnh, đồng thời gửi cho Sở Tài chính để theo dõi.",
     [("Sở Xây dựng", "lead"), ("Ủy ban nhân dân tỉnh", "report_to"), ("Sở Tài chính", "report_to")]),
]


@pytest.mark.parametrize(("sentence", "roles"), REPORT_CUE, ids=[t[:40] for t, _ in REPORT_CUE])
def test_report_cue_needs_a_verb_still_wanting_its_recipient(sentence: str, roles: list[tuple[str, str]]) -> None:
    assert [(u.name, u.role) for u in unit_mentions(sentence, [])] == roles
