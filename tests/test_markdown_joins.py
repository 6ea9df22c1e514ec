"""A bold heading the export split into two bold paragraphs is one line once normalised, its
offsets exact; bold paragraphs that are two headings or a heading and its text stay apart."""

from __future__ import annotations

import pytest

from extractor.markdown_joins import join_split_bold_headings
from extractor.normalise import normalise
from tests.test_wrapped_enumerations import _WRAPPED

SPLIT = [
    # dev-13: the export cut the heading of item 3 after "Hội Liên hiệp"
    (
        ("**3. Đề nghị Ủy ban Mặt trận\nTổ quốc Việt Nam Thành phố, Hội Liên hiệp**\n\n"
        "**Phụ nữ Thành phố và các tổ\nchức thành viên của Mặt trận**\n\n- Trong phạm vi chức năng, nhiệm vụ của mình."),
        ("3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp Phụ nữ Thành phố và các tổ"
        " chức thành viên của Mặt trận\n- Trong phạm vi"),
    ),
    (
        ("**b) Sở Văn hóa, Thể thao và Du lịch chủ trì,\nphối hợp với Sở Giáo dục và**\n\n"
        "**Đào tạo tổ chức các hoạt động**\n\nNội dung các hoạt động gồm."),
        "b) Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức các hoạt động\n",
    ),
]

APART = [
    # a part's bare label, then its heading in capitals (dev-20, dev-21)
    "**Chương I**\n\n**QUY ĐỊNH CHUNG**\n\nĐiều 1. Phạm vi điều chỉnh.",
    # two headings, the second numbered
    "**I. MỤC ĐÍCH, YÊU CẦU**\n\n**1. Mục đích**\n\nNâng cao nhận thức.",
    # a heading in capitals then a bold sub-heading without a number
    "**II. NHIỆM VỤ\nTRỌNG TÂM**\n\n**Tiếp tục đẩy mạnh học tập**\n\nCác chi bộ thực hiện.",
    # the first ends with its stop
    "**1. Tuyên truyền, phổ biến nội dung\nKế hoạch này.**\n\n**Các chi bộ tổ chức quán triệt**\n\nNội dung.",
    # a short heading on one line, then a bold line of its own
    "**1. Mục tiêu chung**\n\n**Phấn đấu đến năm 2030 hoàn thành**\n\nNội dung.",
    # the second paragraph is an attribute line
    "**2. Tổ chức hội nghị sơ kết việc\nthực hiện Kế hoạch**\n\n**Thời gian thực hiện: Quý IV năm 2025**\n\nNội dung.",
]


@pytest.mark.parametrize(("raw", "joined"), SPLIT)
def test_a_split_bold_heading_is_one_line(raw: str, joined: str) -> None:
    # the split comes with hard-wrapped exports (the heading itself runs over lines)
    prefix = _WRAPPED
    n = normalise(prefix + raw)
    assert joined in n.text
    # offsets exact: the heading's last words map back onto the same words of the source
    words = joined.split("\n")[0].rsplit(" ", 3)[-3:]
    at = n.text.index(" ".join(words))
    s, e = n.to_source(at, at + len(words[0]))
    assert (prefix + raw)[s:e] == words[0]


@pytest.mark.parametrize("raw", APART)
def test_bold_paragraphs_of_their_own_stay_apart(raw: str) -> None:
    assert join_split_bold_headings(raw) == raw


def test_same_length() -> None:
    raw = SPLIT[0][0]
    assert len(join_split_bold_headings(raw)) == len(raw) and join_split_bold_headings(raw) != raw
