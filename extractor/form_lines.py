"""Lines of an attached form or template that are no items although they open with a marker:
blanks to fill in, a table's cells read one a line, and the notes of the form's reference marks
(corpus/README.md: blank fill lines, table rows and footnote texts inside forms are not sections)."""

from __future__ import annotations

import re

from .section_tree import Marker

_FILL_RE = re.compile(r"\.{4}|…\s*…|_{4}")  # dot leaders / ellipses / underscores to write on
# what is left of a line after its blank when the blank runs to the line's end
_BLANK_TAIL_RE = re.compile(r"[.…_\s]*")
_FIELD_LABEL_WORDS = 12  # "Hình thức lên lớp (giảng trên lớp/trực tuyến/đi nghiên cứu thực tế):"


def fill_line(rest: str) -> bool:
    """A form's blank to fill in: at most two words before a run of dots or ellipses
    ("1. Ông (bà) ………… Tổ trưởng.", "(1) Buổi thứ ……"), or a field's label and its colon with
    the blank running to the line's end ("1. Tổng số buổi học: ……", "a. Về kiến thức: ……"). An
    item that says something with a blank in it ("4. Hội nghị đã quyết định … bằng hình thức
    ………", "1. Tổng số người được triệu tập: ……… người.") stays an item."""
    m = _FILL_RE.search(rest)
    if m is None:
        return False
    before = rest[: m.start()]
    words = len(before.split())
    if words <= 2:
        return True
    return (
        words <= _FIELD_LABEL_WORDS and before.rstrip().endswith(":")
        and _BLANK_TAIL_RE.fullmatch(rest, m.end()) is not None
    )


def table_cell_or_note(mk: Marker, text: str, form_start: int, at: int) -> bool:
    """In a form: a table's row cell ("Bước 1" / "Ổn định lớp" / "Thuyết trình" / "(1)", one cell a
    line) or the note explaining a reference mark the form printed before ("(1)" in a cell or in
    "ghi các nội dung (1), (2)", then "(1) Ví dụ về phương pháp dạy học"): no items."""
    style = mk.style
    if style == "step":
        return not mk.rest  # a bare "Bước 1": the first cell of a row of the form's steps table
    if style != "paren_num" and style != "paren_alpha":
        return False
    if not mk.rest:
        return True  # a bare "(1)": a reference mark in a table cell
    label = mk.label
    at_mark = text.find(label, form_start, at)
    while at_mark >= 0:
        if text[at_mark - 1] != "\n" or text[at_mark + len(label)] == "\n":
            return True  # printed before inside a line, or alone as a cell: this is its note
        at_mark = text.find(label, at_mark + 1, at)
    return False
