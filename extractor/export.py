"""Exports of a record's tasks: JSON, CSV, Excel (openpyxl) and iCalendar (icalendar).

Pure functions from tasks to text/bytes; the CLI (`kehoach tasks`) and the service
(GET /documents/{id}/tasks?format=…) call them.

- CSV and XLSX: one row per task, Vietnamese headers (`HEADERS`); lists joined with "; ".
- ICS: one VTODO per task with a date — DUE is the end of its interval (`to`), DTSTART its start
  when the interval has one; a recurrence ("FREQ=…") becomes an RRULE; "continuous" (Thường
  xuyên) has no date and no VTODO.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated

import typer

from .models import Task

HEADERS = [
    "STT", "Mục", "Nhiệm vụ", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Báo cáo về",
    "Hạn hoàn thành", "Từ ngày", "Đến ngày", "Lặp lại", "Văn bản dẫn chiếu", "Sản phẩm",
]
_WIDTHS = [6, 10, 50, 70, 32, 32, 28, 22, 12, 12, 16, 26, 24]
_RECURRENCE_VI = {"continuous": "Thường xuyên"}
_FREQ_VI = {"YEARLY": "Hằng năm", "MONTHLY": "Hằng tháng", "WEEKLY": "Hằng tuần", "DAILY": "Hằng ngày"}


def recurrence_label(rrule: str | None) -> str:
    """'FREQ=MONTHLY;INTERVAL=3' -> 'Hằng quý'; 'continuous' -> 'Thường xuyên'."""
    if not rrule:
        return ""
    if rrule in _RECURRENCE_VI:
        return _RECURRENCE_VI[rrule]
    parts = dict(p.split("=", 1) for p in rrule.split(";") if "=" in p)
    freq, interval = parts.get("FREQ", ""), parts.get("INTERVAL", "1")
    if freq == "MONTHLY" and interval == "3":
        return "Hằng quý"
    if freq == "MONTHLY" and interval == "6":
        return "6 tháng một lần"
    label = _FREQ_VI.get(freq, rrule)
    return label if interval == "1" else f"{label} ({rrule})"


def task_row(i: int, t: Task) -> list[str]:
    due = t.due
    return [
        str(i), t.section, t.title, t.text, "; ".join(t.lead), "; ".join(t.support),
        "; ".join(t.report_to), (due.text or "") if due else "",
        (due.from_ or "") if due else "", (due.to or "") if due else "",
        recurrence_label(due.recurrence) if due else "", "; ".join(t.citations), "; ".join(t.outputs),
    ]


def tasks_to_json(tasks: Sequence[Task]) -> str:
    data = [t.model_dump(by_alias=True) for t in tasks]
    return json.dumps({"data": data, "count": len(data)}, ensure_ascii=False, indent=2)


def tasks_to_csv(tasks: Sequence[Task]) -> str:
    """CSV text (UTF-8 without BOM; prepend '\\ufeff' for Excel if needed)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADERS)
    for i, t in enumerate(tasks, 1):
        w.writerow(task_row(i, t))
    return buf.getvalue()


def tasks_to_xlsx(tasks: Sequence[Task], *, sheet_title: str = "Nhiệm vụ") -> bytes:
    """An .xlsx workbook: bold frozen header, wrapped text, fixed column widths, autofilter."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new workbook: its one sheet, a worksheet
    ws.title = sheet_title[:31]
    ws.append(HEADERS)
    head_font, head_fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    wrap = Alignment(wrap_text=True, vertical="top")
    for cell in ws[1]:
        cell.font, cell.fill = head_font, head_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for i, t in enumerate(tasks, 1):
        row: list[str | int] = list(task_row(i, t))
        row[0] = i  # the number as a number in the sheet
        ws.append(row)
        for cell in ws[ws.max_row]:
            cell.alignment = wrap
    for col, width in enumerate(_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{max(1, ws.max_row)}"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _day(iso: str | None) -> date | None:
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def _rrule(rec: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for part in rec.split(";"):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k.upper()] = [int(x) if x.lstrip("-").isdigit() else x for x in v.split(",")]
    return out


def tasks_to_ics(tasks: Sequence[Task], calendar_name: str = "kehoach", *, now: datetime | None = None) -> bytes:
    """An iCalendar file: a VTODO per dated task (DUE = end of its interval), RRULE for recurrences."""
    from icalendar import Calendar, Todo

    cal = Calendar()
    cal.add("prodid", "-//kehoach//tasks//VI")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", calendar_name)
    stamp = now or datetime.now(UTC)
    for t in tasks:
        due = t.due
        if due is None:
            continue
        end, start = _day(due.to), _day(due.from_)
        rec = due.recurrence if due.recurrence and due.recurrence != "continuous" else None
        if end is None and rec and start is not None:
            end = start
        if end is None:
            continue
        todo = Todo()
        key = f"{calendar_name}|{t.id}|{t.section}|{t.title}".encode()
        todo.add("uid", hashlib.sha1(key).hexdigest() + "@kehoach")
        todo.add("dtstamp", stamp)
        todo.add("summary", f"{t.section} {t.title}".strip())
        desc = [t.text]
        if t.lead:
            desc.append("Chủ trì: " + "; ".join(t.lead))
        if t.support:
            desc.append("Phối hợp: " + "; ".join(t.support))
        if t.report_to:
            desc.append("Báo cáo về: " + "; ".join(t.report_to))
        if due.text:
            desc.append("Thời hạn: " + due.text)
        todo.add("description", "\n".join(desc))
        if start is not None and start < end:  # RFC 5545: DUE later than DTSTART
            todo.add("dtstart", start)
        todo.add("due", end)
        if rec:
            todo.add("rrule", _rrule(rec))
        for cat in t.lead[:3]:
            todo.add("categories", cat)
        cal.add_component(todo)
    return cal.to_ical()


FORMATS = ("json", "csv", "xlsx", "ics")


def export_tasks(tasks: Sequence[Task], fmt: str, *, calendar_name: str = "kehoach") -> bytes:
    """Tasks in `fmt` (json, csv, xlsx, ics) as bytes."""
    if fmt == "json":
        return tasks_to_json(tasks).encode("utf-8")
    if fmt == "csv":
        return tasks_to_csv(tasks).encode("utf-8")
    if fmt == "xlsx":
        return tasks_to_xlsx(tasks)
    if fmt == "ics":
        return tasks_to_ics(tasks, calendar_name)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def register(app: typer.Typer) -> None:
    """Add `kehoach tasks FILE --format json|csv|xlsx|ics [-o OUT]` to the CLI."""

    @app.command("tasks")
    def tasks_command(
        path: Annotated[Path, typer.Argument(help="A plan (.pdf, .docx, .txt, .md)")],
        fmt: Annotated[str, typer.Option("--format", "-f", help="json, csv, xlsx or ics")] = "json",
        out: Annotated[Path | None, typer.Option("--output", "-o", help="Output file (default: stdout)")] = None,
    ) -> None:
        """The document's tasks as JSON, CSV, Excel or iCalendar."""
        from .ingest import IngestError, read
        from .pipeline import extract_source

        if fmt not in FORMATS:
            typer.echo(f"kehoach: unknown format {fmt!r}; expected one of {', '.join(FORMATS)}", err=True)
            raise typer.Exit(2)
        try:
            record = extract_source(read(path))
        except IngestError as e:
            typer.echo(f"kehoach: {e}", err=True)
            raise typer.Exit(1) from None
        data = export_tasks(record.tasks, fmt, calendar_name=record.document.title or path.stem)
        if out is None:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            out.write_bytes(data)
