"""An item's mark at the start of a line, as one pattern piece for the stages that read what
follows it (a lead label "Đơn vị chủ trì:", a facet "Thời gian thực hiện:", a clause's opener):
a bullet ("-", "+", "•" …), a number or letter closed by ")", "." or "/" ("1.", "2.1.", "a)",
"b/ ", "2/ "), or a bracketed number ("(1)"); spaces after it, never a line break. One definition,
so a numbering style the section tree reads (`segment.py`) is read the same everywhere else."""

from __future__ import annotations

import re

from .section_tree import BULLET_SIGNS

ITEM_MARK = (
    rf"(?:[{re.escape(BULLET_SIGNS)}][ \t]*"
    r"|[a-zđ0-9.]{1,4}(?:[).]|/(?=[ \t]))[ \t]*"
    r"|\(\d{1,2}\)[ \t]*)"
)
