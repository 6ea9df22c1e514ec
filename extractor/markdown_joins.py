"""A bold heading split into two bold paragraphs by the export ("**3. Đề nghị Ủy ban Mặt trận …,
Hội Liên hiệp**" / blank line / "**Phụ nữ Thành phố và các tổ chức …**"): the blank line sits
inside one phrase. Once the stars are stripped the sign is gone, so the markdown step of
normalisation closes the gap first — with spaces, the same length, so every offset stays exact.

The first paragraph is a numbered item's heading in ordinary case, run over more than one line,
with no stop at its end; the second goes on with no marker, no capitals heading, no stop."""

from __future__ import annotations

import re

from .line_joins import MARKER_RE

# the junction of two bold paragraphs: "**", a blank line, "**" (led by a literal: a fast skip)
_BOLD_GAP_RE = re.compile(r"\*\*[ ]*\n\n+(?=\*\*[^*\n])")
_STOPS = ".:;!?"


def _bold_paragraph_before(text: str, end: int) -> str | None:
    """The text of the bold paragraph ending at `end` (its closing stars), if one does: its
    opening stars start a line, with no blank line between."""
    opening = text.rfind("**", 0, end)
    if opening < 0 or (opening and text[opening - 1] != "\n") or "\n\n" in text[opening:end]:
        return None
    return text[opening + 2 : end]


def _bold_paragraph_after(text: str, start: int) -> str | None:
    """The text of the bold paragraph opening at `start` (its opening stars), if one does."""
    end = text.find("\n\n", start)
    para = text[start : end if end >= 0 else len(text)].rstrip(" \n")
    if not para.endswith("**") or "**" in para[2:-2]:
        return None
    return para[2:-2]


def _one_heading(first: str, second: str) -> bool:
    if not MARKER_RE.match(first) or first.isupper() or "\n" not in first.strip() or first.rstrip()[-1:] in _STOPS:
        return False
    return not (
        MARKER_RE.match(second) or second.isupper() or ":" in second or second.rstrip()[-1:] in _STOPS
    )


def join_split_bold_headings(text: str) -> str:
    """`text` with the blank line inside a bold heading split in two made spaces (same length)."""
    if "**\n\n**" not in text and "** \n\n**" not in text:
        return text
    gaps = []
    for m in _BOLD_GAP_RE.finditer(text):
        first = _bold_paragraph_before(text, m.start())
        second = _bold_paragraph_after(text, m.end())
        if first is not None and second is not None and _one_heading(first, second):
            gaps.append((m.start() + 2, m.end()))
    if not gaps:
        return text
    out: list[str] = []
    at = 0
    for s, e in gaps:
        out += (text[at:s], " " * (e - s))
        at = e
    out.append(text[at:])
    return "".join(out)
