"""Tasks (stub: being written — see issue 4)."""
from __future__ import annotations

from .models import Citation, DateValue, Section, Task, Unit


def extract_tasks(text: str, sections: list[Section], dates: list[DateValue], units: list[Unit], citations: list[Citation]) -> list[Task]:
    return []
