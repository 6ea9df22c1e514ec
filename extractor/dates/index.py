"""Position look-ups (bisect, not scans): the innermost section at an offset, its year, and the
citations ending just before a date."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ..models import Citation, Section
from ..section_lookup import SectionLookup

_YEAR_IN = re.compile(r"năm\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE)


class SectionIndex(SectionLookup):
    """The section look-up (`at`), and the year a section's heading gives its dates."""

    def year(self, sec: Section | None) -> int | None:
        """'năm YYYY' in the heading of the section or an enclosing one."""
        for _ in range(20):
            if sec is None:
                return None
            m = _YEAR_IN.search(sec.heading)
            if m:
                return int(m.group(1))
            sec = self.parent(sec)
        return None


class CitationIndex:
    def __init__(self, citations: Sequence[Citation]) -> None:
        self.citations = sorted(citations, key=lambda c: c.end)
        self.ends = [c.end for c in self.citations]
        self.longest = max((c.end - c.start for c in self.citations), default=0)

    def near(self, s: int, before: int = 40) -> list[Citation]:
        """Citations that hold `s` or end at most `before` characters before it.

        Past an end beyond s + the longest citation, every citation starts after `s` and none is
        taken: the scan stops there (citations are short; the 2000 bound alone let it run on)."""
        i = bisect_left(self.ends, s - before)
        out: list[Citation] = []
        stop = s + self.longest
        while i < len(self.citations) and len(out) < 8:
            c = self.citations[i]
            if c.end > stop:
                break
            if c.start <= s:
                out.append(c)
            elif c.end > s + 2000:
                break
            i += 1
        return out
