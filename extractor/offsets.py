"""A sparse offset map between a derived text and the text it was derived from.

Each normalisation step is a series of replacements; rather than one integer per character
(slow for megabyte documents), we keep only the break points where the two texts stop
moving together. Between break points the map is linear (equal-length stretches); inside a
replaced stretch every derived position maps to the start of the source stretch.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class OffsetMap:
    """Maps positions in `derived` text to positions in its `source` text."""

    # Parallel lists: at derived position out_starts[i] the source position is src_starts[i];
    # `linear[i]` says whether positions after it advance together (True) or stay (False).
    out_starts: list[int] = field(default_factory=lambda: [0])
    src_starts: list[int] = field(default_factory=lambda: [0])
    linear: list[bool] = field(default_factory=lambda: [True])
    out_length: int = 0
    src_length: int = 0

    def to_source(self, pos: int) -> int:
        i = bisect_right(self.out_starts, pos) - 1
        if i < 0:
            return 0
        base = self.src_starts[i]
        if self.linear[i]:
            return min(base + (pos - self.out_starts[i]), self.src_length)
        return base

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([0], [0], [True], length, length)


class LazyOffsetMap:
    """An OffsetMap built on first use.

    A step's text is always needed, its map rarely (spans of the spaCy component, tests): so the
    hot path builds only the text (`re.sub`, C speed) and keeps what the map is made from.
    """

    __slots__ = ("_build", "_map")

    def __init__(self, build: Callable[[], OffsetMap]) -> None:
        self._build: Callable[[], OffsetMap] | None = build
        self._map: OffsetMap | None = None

    @property
    def map(self) -> OffsetMap:
        if self._map is None:
            assert self._build is not None
            self._map, self._build = self._build(), None
        return self._map

    def to_source(self, pos: int) -> int:
        return self.map.to_source(pos)


def substitute(
    text: str, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]
) -> tuple[str, OffsetMap]:
    """`pattern.sub(repl, text)` that also returns the offset map of the result."""
    return apply_edits(text, ((m.start(), m.end(), repl(m)) for m in pattern.finditer(text)))


def substitute_lazily(
    text: str, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str] | str
) -> tuple[str, LazyOffsetMap | None]:
    """`pattern.sub(repl, text)` and its offset map, built on first use (None: nothing changed).

    `repl` is a function of the match or a plain string (no group references)."""
    out = pattern.sub(repl, text)
    if out == text:
        return text, None
    fn = repl if callable(repl) else (lambda _m, r=repl: r)
    return out, LazyOffsetMap(lambda: substitute(text, pattern, fn)[1])


def apply_edits_lazily(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, LazyOffsetMap | None]:
    """`apply_edits` for edits sorted and not overlapping, the map built on first use."""
    if not edits:
        return text, None
    return splice(text, edits), LazyOffsetMap(lambda: apply_edits(text, edits)[1])


def splice(text: str, edits: list[tuple[int, int, str]]) -> str:
    """The text of `apply_edits` (edits sorted, not overlapping), without the map."""
    if not edits:
        return text
    lasts = [0, *(e for _s, e, _n in edits)]
    return "".join([text[last:s] + new for last, (s, _e, new) in zip(lasts, edits)]) + text[lasts[-1] :]


def apply_edits(text: str, edits: Iterable[tuple[int, int, str]]) -> tuple[str, OffsetMap]:
    """Replace text[start:end] by each new string (edits sorted, not overlapping)."""
    pieces: list[str] = []
    out_starts: list[int] = [0]
    src_starts: list[int] = [0]
    linear: list[bool] = [True]
    out_pos = 0
    last = 0
    changed = False
    for s, e, new in edits:
        if s < last or text[s:e] == new:
            continue
        changed = True
        pieces.append(text[last:s])
        out_pos += s - last
        if len(new) == e - s:  # same length: the map stays linear
            pieces.append(new)
            out_pos += len(new)
            last = e
            continue
        if new:
            out_starts.append(out_pos)
            src_starts.append(s)
            linear.append(False)
            pieces.append(new)
            out_pos += len(new)
        out_starts.append(out_pos)
        src_starts.append(e)
        linear.append(True)
        last = e
    if not changed:
        return text, OffsetMap.identity(len(text))
    pieces.append(text[last:])
    out = "".join(pieces)
    return out, OffsetMap(out_starts, src_starts, linear, len(out), len(text))


@dataclass(frozen=True)
class OffsetChain:
    """Composition of the maps of successive steps: the last step's text back to the first's."""

    maps: tuple[OffsetMap | LazyOffsetMap, ...] = ()

    def then(self, m: OffsetMap | LazyOffsetMap | None) -> OffsetChain:
        if m is None or (isinstance(m, OffsetMap) and len(m.out_starts) == 1 and m.linear[0]):
            return self
        return OffsetChain(self.maps + (m,))

    def to_source(self, pos: int) -> int:
        for m in reversed(self.maps):
            pos = m.to_source(pos)
        return pos

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        s = self.to_source(start)
        e = self.to_source(end) if end > start else s
        return s, max(s, e)


def apply_all(
    text: str, steps: Iterable[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]
) -> tuple[str, OffsetChain]:
    chain = OffsetChain()
    for pattern, repl in steps:
        text, m = substitute(text, pattern, repl)
        chain = chain.then(m)
    return text, chain
