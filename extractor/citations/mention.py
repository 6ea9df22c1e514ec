"""Mention: one reference to a document as found in the text (find.py), then resolved (resolve.py),
placed (named.py) and given its relation (relations.py)."""

from __future__ import annotations

from dataclasses import dataclass

from ..symbols import NumberParts


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    phrase_end: int
    type_printed: str | None
    kind_name: str | None
    kind: str | None
    raw_symbol: str
    parts: NumberParts | None  # None: a short form ("Kết luận 01", "Nghị định 30/2020")
    short_number: str | None = None
    short_year: str | None = None
    issued_date: str | None = None
    issuer: str | None = None
    title: str | None = None
    name: str | None = None  # a law's name printed before "số"
    run: int = 0  # mentions sharing one type word ("các Quyết định số …, số …") share a run id
    form: str = "full"
    id: str | None = None
    relation: str = "mentions"
    nested: bool = False
    alias_of: int | None = None
