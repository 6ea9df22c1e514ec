"""Citations (stub: being written — see issue 3)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .models import Citation, Directive, DocumentMeta, NamedReference, Section


@dataclass
class Citations:
    citations: list[Citation] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    named_references: list[NamedReference] = field(default_factory=list)


def extract_citations(text: str, sections: list[Section], document: DocumentMeta) -> Citations:
    return Citations()
