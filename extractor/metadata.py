"""Document metadata (stub: being written — see issue 2)."""
from __future__ import annotations

from .models import DocumentMeta, Section


def extract_metadata(text: str, sections: list[Section]) -> DocumentMeta:
    return DocumentMeta()
