"""The innermost section holding a character position: one bisect, then up the parent links
(units, tasks and dates all ask it).

Sections nest (a child's span lies inside its parent's), so the section starting last at or
before a position is either the innermost one holding it or a descendant of that one: walking
its parents finds the answer in at most the tree's depth, however long the document."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from .models import Section


class SectionLookup:
    def __init__(self, sections: Sequence[Section]) -> None:
        self._ordered = sorted(sections, key=lambda s: (s.start, -s.end))
        self._starts = [s.start for s in self._ordered]
        self._by_id = {s.id: s for s in sections}

    def at(self, pos: int) -> Section | None:
        """The innermost section with start <= pos < end, or None outside every section."""
        i = bisect.bisect_right(self._starts, pos) - 1
        s = self._ordered[i] if i >= 0 else None
        while s is not None and not s.start <= pos < s.end:
            s = self.parent(s)
        return s

    def parent(self, section: Section) -> Section | None:
        return self._by_id.get(section.parent) if section.parent is not None else None
