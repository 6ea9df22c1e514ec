"""Exports: CSV and XLSX re-read, ICS parsed back with icalendar, the `kehoach tasks` command."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from typer.testing import CliRunner

from extractor.cli import app
from extractor.export import (
    HEADERS,
    export_tasks,
    recurrence_label,
    tasks_to_csv,
    tasks_to_ics,
    tasks_to_json,
    tasks_to_xlsx,
)
from extractor.models import Due, Task

DOCS = Path(__file__).resolve().parent.parent / "corpus" / "documents"


def _task(i: int, section: str, title: str, due: Due | None, **kw: object) -> Task:
    return Task(id=f"T{i}", section=section, title=title, text=f"{section}. {title}", due=due,
                start=i * 100, end=i * 100 + 50, **kw)  # type: ignore[arg-type]


TASKS = [
    _task(1, "III.2", "Giao Phòng Hành chính - Quản trị chủ trì, tổng hợp, báo cáo",
          Due(text="trước ngày 15/12/2024", to="2024-12-15"),
          lead=["Phòng Hành chính - Quản trị"], report_to=["Ủy ban nhân dân tỉnh", "Sở Nội vụ"],
          outputs=["báo cáo"], citations=["01-KL/TW"]),
    _task(2, "II.2.a", "Quý I/2024", Due(text="Quý I/2024", **{"from": "2024-01-01"}, to="2024-03-31"),
          lead=["Các phòng, ban, đơn vị"], support=["Các Chi bộ của cơ quan"]),
    _task(3, "II.7", "Báo cáo định kỳ", Due(text="trước ngày 01/6 hằng năm", **{"from": "2025-06-01"},
          to="2025-06-01", recurrence="FREQ=YEARLY"), lead=["Sở Khoa học và Công nghệ"]),
    _task(4, "II.4", "Tuyên truyền", Due(text="Thường xuyên", recurrence="continuous", inherited=True)),
    _task(5, "II.1", "Không có thời hạn", None),
    _task(6, "II.5", "Hằng quý", Due(text="Hằng quý", **{"from": "2024-01-01"}, to="2024-03-31",
          recurrence="FREQ=MONTHLY;INTERVAL=3")),
]


def test_csv_rows_and_headers() -> None:
    rows = list(csv.reader(io.StringIO(tasks_to_csv(TASKS))))
    assert rows[0] == HEADERS
    assert rows[0][:3] == ["STT", "Mục", "Nhiệm vụ"]
    assert {"Đơn vị chủ trì", "Đơn vị phối hợp", "Báo cáo về", "Hạn hoàn thành", "Lặp lại", "Sản phẩm"} <= set(rows[0])
    assert len(rows) == 1 + len(TASKS)
    first = dict(zip(rows[0], rows[1]))
    assert first["STT"] == "1" and first["Mục"] == "III.2"
    assert first["Báo cáo về"] == "Ủy ban nhân dân tỉnh; Sở Nội vụ"
    assert first["Hạn hoàn thành"] == "trước ngày 15/12/2024" and first["Đến ngày"] == "2024-12-15"
    assert dict(zip(rows[0], rows[4]))["Lặp lại"] == "Thường xuyên"
    assert dict(zip(rows[0], rows[6]))["Lặp lại"] == "Hằng quý"


def test_xlsx_opens_with_header_frozen_and_wrapped() -> None:
    wb = load_workbook(io.BytesIO(tasks_to_xlsx(TASKS)))
    ws = wb.active
    assert [c.value for c in ws[1]] == HEADERS
    assert ws.freeze_panes == "A2"
    assert ws.max_row == 1 + len(TASKS)
    assert ws.cell(row=2, column=1).value == 1
    assert ws.cell(row=2, column=2).value == "III.2"
    assert ws.cell(row=2, column=5).value == "Phòng Hành chính - Quản trị"
    assert ws.cell(row=2, column=3).alignment.wrap_text
    assert ws.cell(row=1, column=1).font.bold
    assert ws.column_dimensions["C"].width >= 40


def _todos(data: bytes) -> list:
    cal = Calendar.from_ical(data)
    return [c for c in cal.walk() if c.name == "VTODO"]


def test_ics_parses_with_due_dates_and_rules() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    data = tasks_to_ics(TASKS, "Kế hoạch 491/KH-VP", now=now)
    cal = Calendar.from_ical(data)
    assert str(cal["x-wr-calname"]) == "Kế hoạch 491/KH-VP"
    todos = _todos(data)
    # tasks 4 (continuous, no date) and 5 (no due) have no VTODO
    assert [str(t["summary"]).split()[0] for t in todos] == ["III.2", "II.2.a", "II.7", "II.5"]
    due = {str(t["summary"]).split()[0]: t for t in todos}
    assert due["III.2"].decoded("due") == date(2024, 12, 15)
    assert "dtstart" not in due["III.2"]
    assert due["II.2.a"].decoded("dtstart") == date(2024, 1, 1)
    assert due["II.2.a"].decoded("due") == date(2024, 3, 31)
    assert due["II.7"]["rrule"].to_ical() == b"FREQ=YEARLY"
    assert due["II.5"]["rrule"].to_ical() == b"FREQ=MONTHLY;INTERVAL=3"
    assert "Chủ trì: Phòng Hành chính - Quản trị" in str(due["III.2"]["description"])
    assert len({str(t["uid"]) for t in todos}) == len(todos)


def test_json_and_dispatch() -> None:
    body = json.loads(tasks_to_json(TASKS))
    assert body["count"] == len(TASKS) and body["data"][1]["due"]["from"] == "2024-01-01"
    assert export_tasks(TASKS, "csv").decode().startswith("STT,")
    with pytest.raises(ValueError):
        export_tasks(TASKS, "pdf")


@pytest.mark.parametrize(
    ("rule", "label"),
    [("continuous", "Thường xuyên"), ("FREQ=YEARLY", "Hằng năm"), ("FREQ=MONTHLY", "Hằng tháng"),
     ("FREQ=MONTHLY;INTERVAL=3", "Hằng quý"), ("FREQ=MONTHLY;INTERVAL=6", "6 tháng một lần"), (None, "")],
)
def test_recurrence_labels(rule: str | None, label: str) -> None:
    assert recurrence_label(rule) == label


runner = CliRunner()


def test_cli_tasks_csv_to_stdout() -> None:
    res = runner.invoke(app, ["tasks", str(DOCS / "003_d511494d6758a3a9.txt"), "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.reader(io.StringIO(res.stdout)))
    assert rows[0] == HEADERS
    assert any(r[1] == "III.2" and r[4] == "Phòng Hành chính - Quản trị" for r in rows[1:])


def test_cli_tasks_xlsx_and_ics_files(tmp_path: Path) -> None:
    src = DOCS / "003_d511494d6758a3a9.txt"
    out = tmp_path / "tasks.xlsx"
    res = runner.invoke(app, ["tasks", str(src), "--format", "xlsx", "-o", str(out)])
    assert res.exit_code == 0, res.output
    ws = load_workbook(out).active
    assert ws.max_row > 5
    ics = tmp_path / "tasks.ics"
    res = runner.invoke(app, ["tasks", str(src), "-f", "ics", "-o", str(ics)])
    assert res.exit_code == 0, res.output
    todos = _todos(ics.read_bytes())
    quarter = [t for t in todos if str(t["summary"]) == "II.2.a Quý I/2024"]
    assert quarter and quarter[0].decoded("due") == date(2024, 3, 31)


def test_cli_tasks_rejects_unknown_format() -> None:
    res = runner.invoke(app, ["tasks", str(DOCS / "003_d511494d6758a3a9.txt"), "--format", "pdf"])
    assert res.exit_code == 2
