"""Dates and deadlines (stub: being written — see issue 4)."""
from __future__ import annotations

from .models import Citation, DateValue, DocumentMeta, Section


def extract_dates(text: str, sections: list[Section], citations: list[Citation], document: DocumentMeta) -> list[DateValue]:
    return []
