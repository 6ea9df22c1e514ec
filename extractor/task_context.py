"""One document as the task stage reads it: the text, section tree and mentions indexed once
(`Ctx`, built by `build_context`), and the readers of spans of it — the units by role, the due,
what makes a bullet a task of its own, closing boilerplate."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .data import load
from .models import Citation, DateValue, Section, Unit
from .task_index import Ranged, Spans, Tree
from .task_words import (
    CLOSING_FORMULA_CUE,
    CLOSING_FORMULA_RE,
    FACET_LINE_RE,
    ONWARD_RE,
    TIME_LABEL_RE,
    bare_frequency,
    boilerplate_lines,
    set_deadline,
    target_horizon,
)

_T = load("tasks.yaml")
_U = load("units.yaml")
# The unit roles a task reads, as the task's role: the subject that monitors ("Sở Khoa học và
# Công nghệ theo dõi, đôn đốc các Sở …") does the task, so it leads it.
_TASK_ROLES = {"lead": "lead", "monitor": "lead", "support": "support", "report_to": "report_to"}
Due = dict[str, Any]  # the fields of a Due, validated with its task


@dataclass
class Ctx:
    """One document's text, section tree and mentions, indexed once for the whole stage; the
    dicts keep what was worked out per section id."""

    text: str
    tree: Tree
    units: Ranged[tuple[str, str, int]]  # (role, name, start) of the units in the roles a task reads
    leads: Ranged[str]  # names of the lead units
    due_dates: Ranged[DateValue]  # dates a due can be read from (no citation or issue date, no event)
    own_marks: Ranged[None]  # lead units and set deadlines: what makes a bullet a task
    citations: Ranged[str]  # ids of the citations
    boilerplate: Ranged[int]  # starts of the lines that open with closing boilerplate
    all_units: list[Unit]  # every unit mention, whatever its role (indexed on first use: `mention_spans`)
    mentions: Ranged[tuple[int, int]] | None = None
    open: dict[str, bool] = field(default_factory=dict)
    task_bullet: dict[str, bool] = field(default_factory=dict)
    context_spans: dict[str, Spans] = field(default_factory=dict)
    inherited_lead: dict[str, list[str]] = field(default_factory=dict)
    inherited_due: dict[str | None, Due | None] = field(default_factory=dict)
    context_due: dict[str, Due | None] = field(default_factory=dict)


def build_context(text: str, sections: list[Section], dates: list[DateValue], units: list[Unit],
                  citations: list[Citation]) -> Ctx:
    read = [(u.start, u.end, (_TASK_ROLES[u.role], u.canonical, u.start)) for u in units if u.role in _TASK_ROLES]
    due_dates = [(d.start, d.end, d) for d in dates
                 if d.role not in ("citation_date", "issued", "event") and (d.from_ or d.recurrence or not target_horizon(text, d))]
    leads = [(s, e, name) for s, e, (role, name, _) in read if role == "lead"]
    fixed_deadlines = [(s, e, None) for s, e, d in due_dates if d.role == "deadline" and set_deadline(d.recurrence)]
    return Ctx(
        text, Tree(sections), Ranged(read), Ranged(leads), Ranged(due_dates),
        Ranged([(s, e, None) for s, e, _ in leads] + fixed_deadlines),
        Ranged((c.start, c.end, c.id) for c in citations if c.id), Ranged(boilerplate_lines(text)),
        units,
    )


def mention_spans(ctx: Ctx) -> Ranged[tuple[int, int]]:
    """The spans of all unit mentions (needed only for the rare umbrella bullet)."""
    if ctx.mentions is None:
        ctx.mentions = Ranged((u.start, u.end, (u.start, u.end)) for u in ctx.all_units)
    return ctx.mentions


def own_spans(s: Section, exclude: list[Section]) -> Spans:
    """s's span minus the spans of `exclude` (sections inside it, in document order)."""
    spans: Spans = []
    pos, end = s.start, s.end
    for x in exclude:
        if x.start > pos:
            spans.append((pos, x.start))
        pos = max(pos, x.end)
    if pos < end:
        spans.append((pos, end))
    return spans


def leads_in(ctx: Ctx, spans: Spans) -> list[str]:
    """The lead units named in `spans`, each once."""
    return list(dict.fromkeys(ctx.leads.within(spans)))


_PLANNED_RE = re.compile(r"(?:" + "|".join(map(re.escape, _T["planned_cues"])) + r")\s*$", re.IGNORECASE)
_LIMIT_STARTS = tuple(_T["limit_cues"])
_ONWARD_ENDS = tuple(_T["onward_starts"])


def _planned(text: str, d: DateValue) -> bool:
    """A planned date: "Dự kiến ngày 05/12/2025"."""
    return _PLANNED_RE.search(text, max(0, d.start - 15), d.start) is not None


def _is_limit(d: DateValue) -> bool:
    return d.text.lower().startswith(_LIMIT_STARTS)


def _onward_start(d: DateValue) -> bool:
    """An open start that runs on: "2026 trở đi", "từ năm 2025 trở về sau"."""
    return d.role == "start" and d.to is None and d.text.lower().endswith(_ONWARD_ENDS)


def due_in(ctx: Ctx, spans: Spans) -> Due | None:
    """The due of `spans`: a deadline after a time label first, else the first deadline (a planned
    date gives way to the limit printed with it), else an open start that runs on."""
    inside = ctx.due_dates.within(spans)
    if not inside:
        return None
    labelled: list[DateValue] = []
    text = ctx.text
    for s, e in spans:
        if not any(s <= d.start < e for d in inside):
            continue  # a label only counts for a date after it in its span
        for m in TIME_LABEL_RE.finditer(text, s, e):
            line_end = text.find("\n", m.end())
            line_end = e if line_end < 0 else min(line_end, e)
            labelled += [d for d in inside if m.end() <= d.start < line_end]
    pick = (
        next((d for d in labelled if d.role == "deadline"), None)
        or next(iter(labelled), None)
        or next((d for d in inside if d.role == "deadline" and not bare_frequency(d.recurrence)), None)
        or next((d for d in inside if d.role == "deadline"), None)
        or next((d for d in inside if _onward_start(d)), None)
    )
    if pick is None:
        return None
    if _planned(text, pick):
        pick = next((d for d in (*labelled, *inside) if d.role == "deadline" and _is_limit(d)), pick)
    return {"text": pick.text, "from": pick.from_, "to": pick.to, "recurrence": pick.recurrence,
            "start": pick.start, "end": pick.end}


def has_own(ctx: Ctx, spans: Spans) -> bool:
    """A lead unit or a deadline that does not recur inside `spans`."""
    return ctx.own_marks.any_within(spans)


def sentence_spans(ctx: Ctx, spans: Spans) -> Spans:
    """`spans` without facet label lines ("Đơn vị thực hiện: …")."""
    out: Spans = []
    text = ctx.text
    for s, e in spans:
        pos = s
        while pos < e:
            le = text.find("\n", pos, e)
            le = e if le < 0 else le
            if not FACET_LINE_RE.match(text, pos):
                out.append((pos, le))
            pos = le + 1
    return out


def drop_boilerplate(ctx: Ctx, spans: Spans, last_end: int = -1) -> Spans:
    """`spans` up to the first closing phrase that opens a line, and without a closing
    formula as their last paragraph ("Ban Chấp hành Chi bộ yêu cầu các phòng … triển khai thực
    hiện nghiêm túc các nội dung theo Kế hoạch."), looked for only in a span that ends at
    `last_end` (the end of the last item of a part)."""
    out: Spans = []
    for s, e in spans:
        found = ctx.boilerplate.within([(s, e)])
        if not found:
            out.append((s, e))
        elif found[0] > s:
            out.append((s, found[0]))
    if out and out[-1][1] == last_end:
        s, e = out[-1]
        text = ctx.text
        end = e
        while end > s and text[end - 1].isspace():
            end -= 1
        last = text.rfind("\n", s, end) + 1
        if last > s and text.find(CLOSING_FORMULA_CUE, last, end) >= 0 and CLOSING_FORMULA_RE.search(text, last, end):
            out[-1] = (s, last)
    return out


# a task opening with a word addressing the units after it: "Đề nghị Ủy ban MTTQ tỉnh …", "Giao Sở Y tế …"
_ADDRESS_OPENING_RE = re.compile(
    rf"[-+*•\s]*(?:\(?[0-9a-zđ.]{{1,6}}[.)]\s*)?[*_]*(?:{'|'.join(_U['roles']['intro_before'])})\s", re.IGNORECASE
)
_INTRO_CLAUSE_END_RE = re.compile(r";|\.\s|\n")


def _addressed_until(ctx: Ctx, spans: Spans, first_lead: int) -> int:
    """Where the clause of a task's addressing opening ends ("Đề nghị Ủy ban MTTQ tỉnh và các Đoàn
    thể tỉnh … tham gia thực hiện Kế hoạch này; Mỗi đoàn viên, hội viên phải đi đầu …"): the
    units it addresses are the task's leads, a subject after it only carries part of their
    work. A line break inside a unit's name ("… Hội Liên hiệp⏎Phụ nữ Thành phố và các tổ chức
    thành viên …") wraps the clause, it does not end it. -1 when the task does not open so or
    its first lead is not in that clause."""
    text = ctx.text
    s, e = spans[0]
    opening = _ADDRESS_OPENING_RE.match(text, s, e)
    if opening is None or first_lead < opening.end() or first_lead > opening.end() + 4:
        return -1
    pos = first_lead
    while (end := _INTRO_CLAUSE_END_RE.search(text, pos, e)) is not None:
        wrapped = _name_across(ctx, end.start()) if end.group() == "\n" else None
        if wrapped is None:
            return end.start()
        pos = wrapped
    return -1


def _name_across(ctx: Ctx, pos: int) -> int | None:
    """The end of a unit's name that runs across `pos` (a line break inside it), if any."""
    return next((ue for us, ue in mention_spans(ctx).within([(max(0, pos - 200), pos + 200)]) if us < pos < ue), None)


def roles_in(ctx: Ctx, spans: Spans) -> dict[str, list[str]]:
    """The units named in `spans` by role (lead, support, report_to), each once. A task opening
    with a word addressing its leads ("Đề nghị X …", "Giao X …") is theirs: a lead named after
    that clause is not the task's."""
    roles: dict[str, list[str]] = {"lead": [], "support": [], "report_to": []}
    until = -2  # not read yet: read at the first lead
    for role, name, start in ctx.units.within(spans):
        if role == "report_to" and ONWARD_RE.search(ctx.text, max(0, start - 60), start):
            continue  # "… về Sở Nội vụ để tổng hợp báo cáo Bộ Nội vụ": Sở Nội vụ's own report
        if role == "lead":
            if until == -2:
                until = _addressed_until(ctx, spans, start)
            elif 0 <= until < start:
                continue
        names = roles[role]
        if name not in names:
            names.append(name)
    roles["lead"] = _partners_dropped(roles["lead"], roles["support"])
    return roles


def _partners_dropped(leads: list[str], support: list[str]) -> list[str]:
    """The leads without the ones another lead names as its partner ("2. Sở Khoa học và Công
    nghệ, Sở Nội vụ" / "Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ …": Sở Nội vụ
    supports); when every lead is a partner too, all stay."""
    if len(leads) < 2 or not support:
        return leads
    return [n for n in leads if n not in support] or leads


def names_lead_or_support(ctx: Ctx, spans: Spans) -> bool:
    """Whether `spans` name a unit that leads or supports ("Chỉ đạo các Ngân hàng thương mại …
    phối hợp với Sở Y tế …": the item is a task besides its task bullets)."""
    return ctx.leads.any_within(spans) or any(role == "support" for role, _, _ in ctx.units.within(spans))


def bare_lead_in(ctx: Ctx, spans: Spans) -> bool:
    """A lead-in that only names who does the work ("Ban Tuyên giáo Đảng ủy Khối tham mưu Ban
    Thường vụ Đảng ủy Khối:"): a few words besides its unit names."""
    text = ctx.text
    words = 0
    for s, e in spans:
        pos = s
        for u_start, u_end in mention_spans(ctx).within([(s, e)]):
            if u_start >= pos:
                words += len(text[pos:u_start].split())
                pos = u_end
        words += len(text[pos:e].split())
    return words <= _T["lead_in_words"] + 1  # the bullet mark
