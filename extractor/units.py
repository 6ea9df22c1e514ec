"""Responsible units (stub: being written — see issue 4)."""
from __future__ import annotations

from .models import Section, Unit


def extract_units(text: str, sections: list[Section]) -> list[Unit]:
    return []
