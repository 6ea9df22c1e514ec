"""Task-table rows as tasks: each row's cells (extractor/task_tables.py) give its fields."""

from __future__ import annotations

import re
from typing import Any

from .models import DateValue, Unit
from .task_index import Ranged, Tree
from .task_tables import Table

_OUTPUT_SPLIT_RE = re.compile(r";|\n")


def _cell_text(text: str, spans: list[tuple[int, int]] | None) -> str:
    return " ".join(text[a:b].strip() for a, b in spans or []).strip()


def row_tasks(text: str, tree: Tree, tables: tuple[Table, ...], units: list[Unit], dates: list[DateValue],
              citations: Ranged[str]) -> list[dict[str, Any]]:
    """The fields of a task for each row with a lead or a due cell (`units`, `dates`: every
    mention, any role; `citations`: citation ids by position). The id is set by the caller, and
    the outputs too when the row has no output cell."""
    names = Ranged((u.start, u.end, u.canonical) for u in units)
    due_dates = Ranged((d.start, d.end, d) for d in dates if d.role != "citation_date")
    tasks: list[dict[str, Any]] = []
    for table in tables:
        sec = tree.section_at(table.start)
        base = sec.path if sec else "table"
        for row in table.rows:
            lead_span = row.span("lead")
            due_span = row.span("due")
            if lead_span is None and due_span is None:
                continue  # a sub-heading row
            content = _cell_text(text, row.cells.get("content"))
            lead = names.within([lead_span] if lead_span else [])
            support_span = row.span("support")
            support = names.within([support_span] if support_span else [])
            due = None
            if due_span:
                ds = due_dates.within([due_span])
                d0 = ds[0] if ds else None
                due = {"text": _cell_text(text, row.cells.get("due")), "from": d0.from_ if d0 else None,
                       "to": d0.to if d0 else None, "recurrence": d0.recurrence if d0 else None,
                       "start": due_span[0], "end": due_span[1]}
            outputs = [o.strip(" ;,.") for o in _OUTPUT_SPLIT_RE.split(_cell_text(text, row.cells.get("output")))
                       if o.strip(" ;,.")]
            row_sec = tree.section_at(row.start)
            if row_sec is not None and sec is not None and row_sec.start >= sec.start:
                section = row_sec.path  # the row's group ("Phụ lục.II")
            else:
                section = f"{base}.{row.group}" if row.group else base
            tasks.append({
                "section": section, "title": content, "text": text[row.start : row.end],
                "lead": list(dict.fromkeys(lead)), "support": list(dict.fromkeys(support)),
                "due": due, "citations": list(dict.fromkeys(citations.within([(row.start, row.end)]))),
                "outputs": outputs, "start": row.start, "end": row.end,
            })
    return tasks
