"""Section tree (stub: being written — see issue 2)."""
from __future__ import annotations

from .models import Section


def segment(text: str) -> list[Section]:
    return []
