"""Group rows of an appendix table read one cell a line ("II" / "NHÓM TỔ CHỨC …"): sections of
the appendix when the table lists the plan's content — tasks, solutions, activities, criteria
(corpus/README.md: a task table's group rows are sections) — and cells when it lists figures
(the sites to monitor, the lines of a cost estimate), told by the table's column heads."""

from __future__ import annotations

import re

from .data import load
from .normalise import fold
from .section_tree import Marker

_DATA = load("headings.yaml")
_TABLE_HEADS = frozenset(_DATA["table_heads"])
_CONTENT_HEADS = tuple(fold(w) for w in _DATA["content_heads"])
_HEAD_LOOKBACK = 24  # lines from a table's first group row back to its first column head
_HEAD_WORDS = 12  # a column head is a short cell

BARE_GROUP_RE = re.compile(r"^(?:[IVX]{1,5}|[A-H])$")


def group_row(lines: list[str], i: int, marks: dict[int, Marker | None]) -> bool:
    """A bare Roman numeral followed by a text cell (not a number, not a marker)."""
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    return nxt[:1].isalpha() and " " in nxt and marks.get(i + 1) is None  # not "X" / "Y" column heads


def lists_content(lines: list[str], i: int) -> bool:
    """Does the table whose first group row is line `i` list the plan's content? Its column heads
    are the short cells from its first head ("STT", "TT") down to the row; a table whose heads
    are not found is taken to list content (as every group row was before)."""
    for k in range(i - 1, max(i - 1 - _HEAD_LOOKBACK, -1), -1):
        if lines[k] in _TABLE_HEADS:
            heads = [fold(h) for h in lines[k + 1 : i] if len(h.split()) <= _HEAD_WORDS]
            return any(word in head for head in heads for word in _CONTENT_HEADS)
    return True
