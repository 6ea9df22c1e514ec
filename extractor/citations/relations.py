"""relations: the relation of each mention from the cue before it (cue phrases in citations.yaml).

Scope: one sentence of one paragraph (a line; a table cell "|" and ". X" also end it).
- The first mention of a sentence takes the nearest cue before it ("Căn cứ …" → based_on).
- A mention joined to the one before by list glue (",", "và") or after a ";" shares the relation of
  the list ("Căn cứ A; B; C", "Thực hiện A và B"), unless a new cue stands in between.
- A cue word right before a mention ("theo Quyết định số …") governs it (adjacent_cues).
- A mention inside the description of the one before ("A … về tiếp tục thực hiện B") is `nested`:
  it takes a cue standing in that description, else `mentions`. Nested mentions are never parents.
"""

from __future__ import annotations

import re

from . import patterns as P
from .mention import Mention

_SENTENCE_END_AFTER_RE = re.compile(r"(?=\s+[A-ZÀ-ỸĐ\-+*]|\s*$)")  # after ".", "!" or "?"


class _Scopes:
    """Where the scope holding a position starts: after the last line break, cell bar "|" or
    sentence end (".", "!", "?" before a capital or the end) before it, else 0.

    Asked for positions in text order, it looks back only over the gap since the previous position
    (a few `rfind` calls), instead of a regex pass over the whole text (a character-class prefix
    makes sre try every position: ~25 ms per MB)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.seen = 0  # characters before `seen` have been looked at
        self.start = 0  # the scope start at `seen`

    def at(self, pos: int) -> int:
        if pos < self.seen:  # out of order: look again from the beginning
            self.seen = self.start = 0
        last = self._last_end_char(self.seen, pos)
        if last >= 0:
            self.start = last + 1
        self.seen = pos
        return self.start

    def _last_end_char(self, lo: int, hi: int) -> int:
        """Index of the last scope-ending character in text[lo:hi], -1 if none."""
        text = self.text
        best = max(text.rfind("\n", lo, hi), text.rfind("|", lo, hi))
        for ch in ".!?":
            i = text.rfind(ch, max(lo, best + 1), hi)
            while i >= 0 and not _SENTENCE_END_AFTER_RE.match(text, i + 1):
                i = text.rfind(ch, max(lo, best + 1), i)
            if i >= 0:
                best = i
        return best


def _last_cue(text: str, start: int, end: int) -> str | None:
    rel = None
    for m in P.CUE_RE.finditer(text, start, end):
        rel = P.CUE_RELATIONS.get(" ".join(m.group().split()).casefold())
    return rel


def assign_relations(text: str, mentions: list[Mention]) -> None:
    """Set `relation` and `nested` on every non-self mention, in place (mentions in text order)."""
    prev: Mention | None = None
    prev_scope = -1
    top_relation = "mentions"
    scopes = _Scopes(text)
    for m in mentions:
        if m.form == "self":
            continue
        scope = scopes.at(m.start)
        if prev is None or scope != prev_scope or prev.phrase_end > m.start:
            if prev is not None and prev.phrase_end > m.start and scope == prev_scope:
                m.relation, m.nested = prev.relation, prev.nested  # overlapping (alias inside a title)
            else:
                m.relation = _last_cue(text, scope, m.start) or "mentions"
                m.nested = False
                top_relation = m.relation
        else:
            gap_start = prev.phrase_end
            gap = text[gap_start:m.start]
            semi = gap.rfind(";")
            region_start = gap_start + semi + 1 if semi >= 0 else gap_start
            cue = _last_cue(text, region_start, m.start)
            if semi >= 0:
                m.nested = False
                m.relation = cue or top_relation
                top_relation = m.relation
            elif P.LIST_GLUE_RE.match(gap):
                m.nested = prev.nested
                m.relation = cue or prev.relation
            else:
                m.nested = True
                m.relation = cue or "mentions"
        adj = P.ADJACENT_CUE_RE.search(text, max(scope, m.start - 20), m.start)
        if adj:
            m.relation = P.ADJACENT_RELATIONS[adj["cue"].casefold()]
            if not m.nested:
                top_relation = m.relation
        prev, prev_scope = m, scope
