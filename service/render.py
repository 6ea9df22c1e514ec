"""HTML helpers for the web page: Vietnamese dates and highlighted spans over record.text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup, escape

from extractor.models import Record

_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")

RELATIONS_VI = {
    "implements": "thực hiện", "based_on": "căn cứ", "guided_by": "theo hướng dẫn", "linked": "liên quan",
    "mentions": "nhắc đến", "self": "chính văn bản này",
}
ROLES_VI = {
    "lead": "chủ trì", "support": "phối hợp", "advise": "tham mưu", "report_to": "báo cáo về",
    "monitor": "theo dõi", "mentioned": "được nhắc đến", "deadline": "hạn", "citation_date": "ngày văn bản",
    "issued": "ngày ban hành", "start": "bắt đầu", "programme": "giai đoạn", "event": "sự kiện",
    "reference": "mốc thời gian",
}


def vi_date(value: str | None) -> str:
    """'2025-11-18' -> '18/11/2025'; '2025-11' -> '11/2025'; anything else as it is."""
    if not value:
        return ""
    m = _ISO.match(value)
    if not m:
        return value
    y, mo, d = m.groups()
    return "/".join(p for p in (d, mo, y) if p)


def vi_interval(start: str | None, end: str | None) -> str:
    a, b = vi_date(start), vi_date(end)
    if a and b and a != b:
        return f"{a} – {b}"
    return a or b


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    cls: str
    title: str


def marks(record: Record) -> list[Mark]:
    out: list[Mark] = []
    for c in record.citations:
        rel = RELATIONS_VI.get(c.relation, c.relation)
        out.append(Mark(c.start, c.end, "cite", f"Văn bản: {c.id or '?'} ({rel})"))
    for d in record.dates:
        when = vi_interval(d.from_, d.to) or d.recurrence or "?"
        out.append(Mark(d.start, d.end, "date", f"{ROLES_VI.get(d.role, d.role).capitalize()}: {when}"))
    for u in record.units:
        out.append(Mark(u.start, u.end, "unit", f"Đơn vị: {u.canonical} ({ROLES_VI.get(u.role, u.role)})"))
    return out


def highlight(text: str, record: Record) -> Markup:
    """The text with non-overlapping <mark>s (title = normalised value) and section anchors."""
    chosen: list[Mark] = []
    last = 0
    for m in sorted(marks(record), key=lambda m: (m.start, -(m.end - m.start))):
        if m.start >= last and 0 <= m.start < m.end <= len(text):
            chosen.append(m)
            last = m.end
    anchors: dict[int, list[str]] = {}
    for s in record.sections:
        anchors.setdefault(s.start, []).append(s.id)
    parts: list[str] = []
    pos = 0

    def plain(a: int, b: int) -> None:
        cuts = sorted(p for p in anchors if a <= p < b)
        for p in cuts:
            parts.append(str(escape(text[a:p])))
            parts.extend(f'<span class="anchor" id="sec-{escape(sid)}"></span>' for sid in anchors.pop(p))
            a = p
        parts.append(str(escape(text[a:b])))

    for m in chosen:
        plain(pos, m.start)
        parts.append(f'<mark class="{m.cls}" title="{escape(m.title)}">{escape(text[m.start:m.end])}</mark>')
        pos = m.end
    plain(pos, len(text))
    return Markup("".join(parts))
