"""The line holding a position, for a walk over a text in position order (the unit stages ask it
for every mention).

An `rfind("\\n")` back to the line start and a `find("\\n")` on to the line end cost a pass over
the line for each position asked: nothing on a page of short lines, but quadratic on a megabyte
with no line break (every mention re-reads the whole line). Walking forward, each look-up here
searches only the text between the line it last found and the position asked, so a whole walk
reads the text once. A position before the last one asked is answered afresh (correct, as slow as
the plain searches)."""

from __future__ import annotations


class LineBounds:
    __slots__ = ("_le", "_ls", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._ls = 0
        self._le = -1  # no line found yet

    def at(self, pos: int) -> tuple[int, int]:
        """(start, end) of the line holding `pos`: end is the index of its "\\n", or the text's
        length; the "\\n" itself belongs to the line it ends (as `rfind` + `find` answer)."""
        ls, le = self._ls, self._le
        if ls <= pos <= le:
            return ls, le
        text = self._text
        # past the line last found: a line break in between is at le or later
        ls = text.rfind("\n", le if pos > le >= 0 else 0, pos) + 1
        e = text.find("\n", pos)
        le = len(text) if e < 0 else e
        self._ls, self._le = ls, le
        return ls, le
