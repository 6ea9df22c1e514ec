"""One item-mark pattern for every stage that reads what follows an item's mark."""

from __future__ import annotations

import re

import pytest

from extractor import extract_text
from extractor.item_marks import ITEM_MARK
from extractor.segment import classify

_MARK_RE = re.compile(ITEM_MARK)


@pytest.mark.parametrize("mark", ["- ", "+ ", "• ", "* ", "1. ", "2.1. ", "a) ", "đ) ", "b/ ", "2/ ", "(1) ", "1.", "a)"])
def test_every_mark_the_tree_reads_is_one_item_mark(mark: str) -> None:
    line = mark + "Sở Y tế chủ trì"
    assert classify(line) is not None  # the section tree reads it as an item
    m = _MARK_RE.match(line)
    assert m is not None and m.end() == len(mark)


@pytest.mark.parametrize("text", ["V/v triển khai", "1/2025/NĐ-CP", "3/4 số xã"])
def test_a_slash_inside_a_word_is_no_mark(text: str) -> None:
    m = _MARK_RE.match(text)
    assert m is None or m.end() < text.index(" ")


def _read(mark: str) -> tuple[list[tuple[str, str]], list[tuple[str, list[str], list[str]]]]:
    r = extract_text(
        "KẾ HOẠCH\nIII. TỔ CHỨC THỰC HIỆN\n"
        f"{mark.format(1)} Chánh Văn phòng Trung ương Đảng chủ trì, phối hợp với Ban Tổ chức Trung ương hướng dẫn.\n"
        f"{mark.format(2)} Các doanh nghiệp, hiệp hội, các trường đại học, cao đẳng cung cấp các nền tảng số.\n", "x.txt")
    return [(u.canonical, u.role) for u in r.units], [(t.section, t.lead, t.support) for t in r.tasks]


@pytest.mark.parametrize("mark", ["{}/", "{})"])
def test_units_and_tasks_read_the_same_under_any_numbering(mark: str) -> None:
    """'2/ Các doanh nghiệp, …, các trường đại học, cao đẳng cung cấp …': the subject after the mark
    leads as it does after '2.' (the units stage knew only '.' and ')' before a subject)."""
    assert _read(mark) == _read("{}.")
