"""Per-document indexes of the task stage, each built once per document:

- `Ranged`: values found at spans of the text (unit names, dates, citation ids, products),
  sorted by start, the ones inside a set of spans found by bisection;
- `Tree`: the section tree (parents, children, ancestors, the innermost section at a position).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable
from operator import itemgetter
from typing import Generic, TypeVar

from .models import Section
from .section_lookup import SectionLookup

_V = TypeVar("_V")
Spans = list[tuple[int, int]]


class Ranged(Generic[_V]):
    """Values at (start, end) spans of the text, sorted by start (stable): the ones inside a set
    of spans, by bisection."""

    def __init__(self, entries: Iterable[tuple[int, int, _V]]) -> None:
        ordered = sorted(entries, key=itemgetter(0))
        self.starts = [x[0] for x in ordered]
        self.ends = [x[1] for x in ordered]
        self.values = [x[2] for x in ordered]

    def within(self, spans: Spans) -> list[_V]:
        """The values inside `spans`, span by span (start in the span, end not past it)."""
        got: list[_V] = []
        starts, ends, values = self.starts, self.ends, self.values
        for s, e in spans:
            i = bisect.bisect_left(starts, s)
            j = bisect.bisect_left(starts, e, i)
            if i < j:
                got += [values[k] for k in range(i, j) if ends[k] <= e]
        return got

    def any_within(self, spans: Spans) -> bool:
        starts, ends = self.starts, self.ends
        for s, e in spans:
            i = bisect.bisect_left(starts, s)
            j = bisect.bisect_left(starts, e, i)
            if i < j and min(ends[i:j]) <= e:
                return True
        return False


class Tree:
    """The section tree of one document (sections in document order, parents before children)."""

    def __init__(self, sections: list[Section]) -> None:
        self.sections = sections
        self.by_id = {s.id: s for s in sections}
        self.children: dict[str | None, list[Section]] = defaultdict(list)
        for s in sections:
            self.children[s.parent].append(s)
        self._ancestors: dict[str, tuple[Section, ...]] = {}
        self._run_start: dict[str, Section] = {}
        self._lookup: SectionLookup | None = None

    def parent(self, s: Section) -> Section | None:
        return self.by_id.get(s.parent) if s.parent else None

    def ancestors(self, s: Section) -> tuple[Section, ...]:
        """Parent, grandparent, … up to the top (memoised per section)."""
        got = self._ancestors.get(s.id)
        if got is None:
            p = self.parent(s)
            got = self._ancestors[s.id] = () if p is None else (p, *self.ancestors(p))
        return got

    def run_start(self, s: Section) -> Section:
        """The first of the siblings of s's kind in a row that ends at s (s itself at the top)."""
        if not s.parent:
            return s
        if s.id not in self._run_start:
            kids = self.children[s.parent]
            for k, x in enumerate(kids):
                self._run_start[x.id] = self._run_start[kids[k - 1].id] if k and kids[k - 1].kind == x.kind else x
        return self._run_start[s.id]

    def section_at(self, pos: int) -> Section | None:
        """The innermost section holding `pos`."""
        if self._lookup is None:
            self._lookup = SectionLookup(self.sections)
        return self._lookup.at(pos)
