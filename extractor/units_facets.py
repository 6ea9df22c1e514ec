"""A unit named as the subject of an item's content facet ("a) Nhiệm vụ: Các đơn vị … lập dự
toán …") in an item whose lead is given by a label of its own ("- Đơn vị chủ trì: Các Sở, ban,
ngành."): the label assigns the item, the facet only describes the work. The unit is still one
(it is given work: listed, `addressed`), but not the item's lead (corpus/README.md: lettered
attribute parts and "Đơn vị thực hiện:" lines give the item's lead)."""

from __future__ import annotations

import re

from .data import alternation as _alt
from .data import load
from .item_marks import ITEM_MARK

_R = load("units.yaml")["roles"]
_MARKER = r"[ \t]*" + ITEM_MARK + "?"
_FACET_RE = re.compile(rf"(?i){_MARKER}(?:{_alt(_R['facet_labels'])})[ \t]*:[ \t]*$")
_LEAD_LABEL_RE = re.compile(rf"(?i){_MARKER}(?:{_alt(_R['lead_labels'])})[ \t]*:")
# a numbered item or a part ("4.2. Nguồn nhân lực", "II. …") ends the item the facet belongs to
_NEXT_ITEM_RE = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,5}\.)[ \t]")
_LOOK_LINES = 6  # an item's facets: content, performers (a heading line and its two labels), time


def described_subject(text: str, ls: int, first: int) -> bool:
    """Whether the mention at `first` opens a content facet of the line starting at `ls`, and a
    lead label follows in the same item (within a few lines, before the next numbered item)."""
    if not _FACET_RE.match(text, ls, first):
        return False
    pos = text.find("\n", first)
    for _ in range(_LOOK_LINES):
        if pos < 0:
            return False
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        if _NEXT_ITEM_RE.match(text, pos + 1, end):
            return False
        if _LEAD_LABEL_RE.match(text, pos + 1, end):
            return True
        pos = end if end < len(text) else -1
    return False
