"""Citations: find → resolve → relations → Citation/Directive/NamedReference records.

    extract_citations(text, sections, document) -> Citations

- find (find.py, with anchors.py, numbered.py, symbol_tail.py, named_find.py; each a `Mention`,
  mention.py): type word + ("số") + number/symbol (+ date, issuer, title); lists sharing one type
  word; laws named before "số"; "<type> này" (the document itself, form "self").
- resolve (resolve.py): own number dropped; aliases ("sau đây gọi tắt là …") and short forms
  ("Kết luận 01", "Nghị định 30/2020") resolved to a full mention; issuer/date shared along a list;
  one number/symbol with two dates split into two ids ("<id>@YYYY-MM-DD", only on conflict).
- named (named.py): named references (named_find.py: Party congress resolutions, laws, plans/strategies
  named after a cue) minus those inside a cited document's trích yếu, cut after a citation they span.
- relations (relations.py): cue phrases from data/citations.yaml; parents = non-nested `implements`
  mentions before the first section (the title and the opening paragraph).

Spans: a citation's `start`/`end`/`text` run from the type word (or "số" for a list member, the
alias as printed for an alias) through the number/symbol; the date, issuer and title that follow are
read into fields, not into the span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic import TypeAdapter

from ..models import Citation, Directive, DocumentMeta, NamedReference, Section
from . import patterns as P
from .find import find_all
from .issuers import canonical_issuer, expand_abbreviations
from .mention import Mention
from .named import place_named
from .relations import assign_relations
from .resolve import (
    amending_laws,
    assign_ids,
    directives,
    drop_own,
    find_aliases,
    own_number,
    share_along_lists,
    share_list_intro,
)

__all__ = ["Citations", "canonical_issuer", "expand_abbreviations", "extract_citations"]

_HEADING_RE = re.compile(r"^(?:[IVX]{1,4}|1|A|Phần|PHẦN|Chương|CHƯƠNG|Điều|ĐIỀU)\s*[.\-)/:]?\s", re.MULTILINE)


_BULLETS = frozenset({"dash", "plus", "star"})
# Each list is validated in one call (pydantic's per-model __init__ costs more than the fields).
_CITATIONS = TypeAdapter(list[Citation])
_NAMED = TypeAdapter(list[NamedReference])


@dataclass
class Citations:
    citations: list[Citation] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    named_references: list[NamedReference] = field(default_factory=list)


def _sections_of(positions: list[int], sections: list[Section]) -> dict[int, str]:
    """Path of the innermost section containing each position (one sweep; sections form a tree).
    Bullets (-, +, *) are skipped: the path is the innermost numbered or named section."""
    out: dict[int, str] = {}
    ordered = sorted((s for s in sections if s.kind not in _BULLETS), key=lambda s: (s.start, -s.end, s.level))
    stack: list[Section] = []
    i = 0
    for pos in sorted(set(positions)):
        while i < len(ordered) and ordered[i].start <= pos:
            stack.append(ordered[i])
            i += 1
        while stack and stack[-1].end <= pos:
            stack.pop()
        if stack:  # the top starts at or before pos (pushed) and ends after it (not popped)
            out[pos] = stack[-1].path
    return out


def _opening_end(text: str, sections: list[Section]) -> int:
    numbered = [s.start for s in sections if s.kind not in _BULLETS]
    if numbered:
        return min(numbered)
    m = _HEADING_RE.search(text)
    return m.start() if m else min(len(text), 3000)


def _citation(m: Mention, text: str, paths: dict[int, str]) -> dict[str, object]:
    """The fields of the Citation for `m` (validated with the others in one call)."""
    parts = m.parts
    symbol = None
    if parts is not None:
        symbol = parts.id[len(parts.number) + 1:] or None
    return {
        "id": m.id, "kind": m.kind, "kind_name": m.kind_name, "number": parts.number if parts else None,
        "symbol": symbol, "issued_date": m.issued_date, "issuer": m.issuer,
        "issuer_canonical": canonical_issuer(m.issuer), "title": m.title, "relation": m.relation, "form": m.form,
        "section": paths.get(m.start), "start": m.start, "end": m.end, "text": text[m.start:m.end],
        "phrase_end": max(m.phrase_end, m.end),
    }


def extract_citations(text: str, sections: list[Section], document: DocumentMeta) -> Citations:
    own = own_number(text, document.number)
    found, named = find_all(text)
    own_kinds = {document.doc_type, "KH"} if document.doc_type else P.SELF_KINDS
    found = [m for m in found if m.form != "self" or m.kind in own_kinds]
    mentions = drop_own(found, own)
    share_along_lists(text, mentions)
    share_list_intro(text, mentions)
    amending_laws(text, mentions)
    mentions = sorted(mentions + find_aliases(text, mentions), key=lambda m: m.start)
    mentions = assign_ids(mentions, own)
    if named:
        named = place_named(text, [m for m in mentions if m.form != "self"], named)
    everything = sorted(mentions + named, key=lambda m: m.start)
    assign_relations(text, everything)
    opening = _opening_end(text, sections)
    parents = {m.id for m in mentions if m.id and m.form != "self" and m.relation == "implements"
               and not m.nested and m.start < opening}
    paths = _sections_of([m.start for m in mentions], sections)
    return Citations(
        citations=_CITATIONS.validate_python([_citation(m, text, paths) for m in mentions]),
        directives=directives(mentions, parents),
        named_references=_NAMED.validate_python([
            {"name": text[m.start:m.end], "relation": m.relation, "start": m.start, "end": m.end} for m in named
        ]),
    )
