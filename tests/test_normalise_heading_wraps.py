"""A numbered heading in capitals broken before a type word ("VII. CHẾ ĐỘ" / "BÁO CÁO") is one
line; a document's own type line below its header stays apart (extractor/line_joins.py)."""

from __future__ import annotations

import pytest

from extractor.normalise import normalise
from tests.test_wrapped_enumerations import _WRAPPED


@pytest.mark.parametrize("prefix", ["", _WRAPPED], ids=["soft", "hard-wrapped"])
@pytest.mark.parametrize(
    ("raw", "joined"),
    [
        ("VII. CHẾ ĐỘ\nBÁO CÁO\n\nCác cơ quan, đơn vị định kỳ báo cáo.", "VII. CHẾ ĐỘ BÁO CÁO\n"),
        ("**VII. CHẾ ĐỘ\nBÁO CÁO**\n\nCác cơ quan, đơn vị định kỳ báo cáo.", "VII. CHẾ ĐỘ BÁO CÁO\n"),
        ("3. XÂY DỰNG VÀ TRIỂN KHAI\nKẾ HOẠCH\nCác sở, ngành chủ động xây dựng.", "3. XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH\n"),
        ("B. TỔ CHỨC THỰC HIỆN\nCHƯƠNG TRÌNH\nCác sở, ngành chủ động xây dựng.", "B. TỔ CHỨC THỰC HIỆN CHƯƠNG TRÌNH\n"),
    ],
)
def test_a_heading_broken_before_a_type_word_is_joined(prefix: str, raw: str, joined: str) -> None:
    assert joined in normalise(prefix + raw).text


@pytest.mark.parametrize("prefix", ["", _WRAPPED], ids=["soft", "hard-wrapped"])
@pytest.mark.parametrize(
    "raw",
    [
        # a header's lines and the document's type line (the rule the join keeps)
        "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nKẾ HOẠCH\nTriển khai thực hiện Nghị quyết số 57-NQ/TW",
        "Số: 12-KH/ĐU\nKẾ HOẠCH\nHọc tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "ĐẢNG BỘ TỈNH TRÀ VINH\nBÁO CÁO\nKết quả thực hiện",
        # a heading that ends with its stop, or is no heading in capitals
        "IV. TỔ CHỨC THỰC HIỆN:\nKẾ HOẠCH\nCác sở, ngành chủ động xây dựng.",
        "1. Chế độ\nBÁO CÁO\nCác cơ quan, đơn vị định kỳ báo cáo.",
    ],
)
def test_a_type_line_below_a_header_stays_apart(prefix: str, raw: str) -> None:
    type_line = next(ln for ln in raw.split("\n") if ln.replace("*", "") in _TYPE_WORDS)
    assert f"\n{type_line}\n" in "\n" + normalise(prefix + raw).text + "\n"


_TYPE_WORDS = ("KẾ HOẠCH", "BÁO CÁO")
