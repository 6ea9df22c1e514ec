"""A numbered heading in capitals broken before a type word ("VII. CHẾ ĐỘ" / "BÁO CÁO"): one line.

A type word alone on its line ("KẾ HOẠCH", "BÁO CÁO") stays apart from the line above it — it is
a document's type line below its header (`line_joins`' markers). A type line follows a header,
never a numbered heading: below one, the type word ends the heading, and the break is a wrap."""

from __future__ import annotations

import re

_TYPE_WORDS = (
    "KẾ HOẠCH", "QUYẾT ĐỊNH", "CHỈ THỊ", "QUY ĐỊNH", "HƯỚNG DẪN", "CHƯƠNG TRÌNH", "THÔNG BÁO", "BÁO CÁO",
    "KẾT LUẬN", "NGHỊ QUYẾT", "CÔNG VĂN",
)
# a type word alone on its line (a pattern for `re.VERBOSE`: the space is a class)
TYPE_WORD_LINE = "(?:" + "|".join(w.replace(" ", r"\s+") for w in _TYPE_WORDS) + r")[ ]*(?=\n|$)"
_TYPE_WORD_BREAKS = tuple("\n" + w for w in _TYPE_WORDS)
_TYPE_WORD_HEADS = frozenset(w[:2] for w in _TYPE_WORDS)  # "KẾ", "QU", … : a cheap first look
_TYPE_WORD_LINE_RE = re.compile(TYPE_WORD_LINE, re.VERBOSE)
_NUMBERED_HEADING_RE = re.compile(r"(?:[IVXLC]{1,6}|[A-ZĐ]|\d{1,2}(?:\.\d{1,2}){0,3})\s*[.\-)]\s+\S")


def heading_type_word_joins(text: str, capital_ends: list[int]) -> list[int]:
    """The breaks between a numbered heading in capitals and a type word that ends it, among the
    breaks after lines without a-z (`capital_ends`)."""
    # most capital lines are followed by no type word: two characters looked at in the loop
    # spare them a call (~0.4 µs each, thousands a corpus)
    return [s for s in capital_ends if text[s + 1 : s + 3] in _TYPE_WORD_HEADS and heading_type_word_at(text, s)]


def heading_type_word_at(text: str, s: int) -> bool:
    """Is the break at `s` between a numbered heading in capitals and a type word ending it?"""
    if not text.startswith(_TYPE_WORD_BREAKS, s) or _TYPE_WORD_LINE_RE.match(text, s + 1) is None:
        return False
    line = text[text.rfind("\n", 0, s) + 1 : s]
    return line.isupper() and line[-1] not in ".:;!?" and _NUMBERED_HEADING_RE.match(line) is not None
