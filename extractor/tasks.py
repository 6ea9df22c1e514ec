"""Tasks: sections + unit/date/citation mentions -> one task per actionable item.

- Items are the numbered sections (1., 1.1., a), (1)) under the content and organisation
  sections (NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP, TỔ CHỨC THỰC HIỆN …; not MỤC ĐÍCH, YÊU CẦU — see
  data/tasks.yaml). An item with numbered sub-items is a container; sub-items that only give a
  facet of their item ("a) Nội dung", "b) Thời gian thực hiện") belong to it.
- A bullet is a task of its own when it has its own lead unit or deadline (and is not a facet
  line such as "- Thời gian thực hiện: Thường xuyên"); its item is then a task only when the
  item's own text names a leading or supporting unit.
- lead / due missing in an item are taken from the enclosing item (due marked `inherited`).
- Task-table rows (extractor/task_tables.py) are tasks with their cells as fields (task_rows.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import TypeAdapter

from . import task_tables
from .data import load
from .models import Citation, DateValue, Section, Task, Unit
from .task_index import Ranged, Spans, Tree
from .task_outputs import find_products, merged_spans
from .task_rows import row_tasks
from .task_words import (
    CLOSING_FORMULA_CUE,
    CLOSING_FORMULA_RE,
    FACET_LINE_RE,
    ONWARD_RE,
    TIME_LABEL_RE,
    bare_frequency,
    boilerplate_lines,
    descriptive,
    is_facet,
    is_target,
    non_task_heading,
    non_task_part,
    set_deadline,
    target_horizon,
)

_T = load("tasks.yaml")
_NUMBERED = {"arabic", "decimal", "letter", "paren", "roman", "article", "step", "part", "chapter"}
_ITEM_KINDS = {"arabic", "decimal", "letter", "paren", "step"}
_BULLETS = {"dash", "plus", "star"}
_CLOSING = {"recipients", "signature", "appendix", "form"}  # an attached plan has tasks
# The unit roles a task reads, as the task's role: the subject that monitors ("Sở Khoa học và
# Công nghệ theo dõi, đôn đốc các Sở …") does the task, so it leads it.
_TASK_ROLES = {"lead": "lead", "monitor": "lead", "support": "support", "report_to": "report_to"}


_TASKS = TypeAdapter(list[Task])
_Due = dict[str, Any]  # the fields of a Due, validated with its task
_Fields = dict[str, Any]  # the fields of a Task, validated once all are found


@dataclass
class _Ctx:
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
    all_units: list[Unit]  # every unit mention, whatever its role (indexed on first use: `_mentions`)
    mentions: Ranged[tuple[int, int]] | None = None
    open: dict[str, bool] = field(default_factory=dict)
    task_bullet: dict[str, bool] = field(default_factory=dict)
    context_spans: dict[str, Spans] = field(default_factory=dict)
    inherited_lead: dict[str, list[str]] = field(default_factory=dict)
    inherited_due: dict[str | None, _Due | None] = field(default_factory=dict)
    context_due: dict[str, _Due | None] = field(default_factory=dict)


def _context(text: str, sections: list[Section], dates: list[DateValue], units: list[Unit],
             citations: list[Citation]) -> _Ctx:
    read = [(u.start, u.end, (_TASK_ROLES[u.role], u.canonical, u.start)) for u in units if u.role in _TASK_ROLES]
    due_dates = [(d.start, d.end, d) for d in dates
                 if d.role not in ("citation_date", "issued", "event") and (d.from_ or d.recurrence or not target_horizon(text, d))]
    leads = [(s, e, name) for s, e, (role, name, _) in read if role == "lead"]
    fixed_deadlines = [(s, e, None) for s, e, d in due_dates if d.role == "deadline" and set_deadline(d.recurrence)]
    return _Ctx(
        text, Tree(sections), Ranged(read), Ranged(leads), Ranged(due_dates),
        Ranged([(s, e, None) for s, e, _ in leads] + fixed_deadlines),
        Ranged((c.start, c.end, c.id) for c in citations if c.id), Ranged(boilerplate_lines(text)),
        units,
    )


def _mentions(ctx: _Ctx) -> Ranged[tuple[int, int]]:
    """The spans of all unit mentions (needed only for the rare umbrella bullet)."""
    if ctx.mentions is None:
        ctx.mentions = Ranged((u.start, u.end, (u.start, u.end)) for u in ctx.all_units)
    return ctx.mentions


def _in(start: int, end: int, spans: Spans) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _open(ctx: _Ctx, a: Section) -> bool:
    """Whether sections below `a` may be tasks: no closing block, article or goals heading at or above it."""
    got = ctx.open.get(a.id)
    if got is None:
        kind = a.kind
        shut = kind in _CLOSING or kind == "article" or (
            non_task_part(a.heading) if kind == "roman" else kind not in _BULLETS and non_task_heading(a.heading))
        parent = ctx.tree.parent(a)
        got = ctx.open[a.id] = not shut and (parent is None or _open(ctx, parent))
    return got


def _own_spans(s: Section, exclude: list[Section]) -> Spans:
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


def _leads(ctx: _Ctx, spans: Spans) -> list[str]:
    """The lead units named in `spans`, each once."""
    return list(dict.fromkeys(ctx.leads.within(spans)))


def _due_in(ctx: _Ctx, spans: Spans) -> _Due | None:
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
    )
    if pick is None:
        return None
    return {"text": pick.text, "from": pick.from_, "to": pick.to, "recurrence": pick.recurrence,
            "start": pick.start, "end": pick.end}


def _owner(ctx: _Ctx, b: Section) -> Section | None:
    """The nearest numbered section above a bullet."""
    return next((a for a in ctx.tree.ancestors(b) if a.kind not in _BULLETS), None)


def _item_path(ctx: _Ctx, s: Section) -> str:
    """The path of the nearest numbered section at or above `s`."""
    if s.kind not in _BULLETS:
        return s.path
    p = _owner(ctx, s)
    return p.path if p is not None else s.path


def _title(s: Section) -> str:
    return s.heading.strip().rstrip(".:;")


def _has_own(ctx: _Ctx, spans: Spans) -> bool:
    """A lead unit or a deadline that does not recur inside `spans`."""
    return ctx.own_marks.any_within(spans)


def _task_bullets(ctx: _Ctx, item: Section, own: bool = False) -> list[Section]:
    """Bullets inside `item` (directly or under its facets) with their own lead or deadline,
    sorted by start (two at one start: the later first). A bullet's own text excludes its
    sub-bullets; the outermost qualifying bullet wins. `own`: only the bullets whose nearest
    numbered section is `item` (not those under its sub-items)."""
    children = ctx.tree.children
    if item.id not in children:
        return []
    out: list[Section] = []
    stack = children[item.id][::-1]
    while stack:
        x = stack.pop()
        if x.kind in _BULLETS and _is_task_bullet(ctx, x):
            out.append(x)  # the bullets inside it are part of it
        elif x.kind in _BULLETS or not own and is_facet(x.heading):
            stack += children.get(x.id, [])[::-1]
    out.reverse()  # then sorted, stably: of two bullets at one start, the later stays first
    out.sort(key=lambda x: x.start)
    return out


def _is_task_bullet(ctx: _Ctx, x: Section) -> bool:
    """A bullet with its own lead or deadline, no facet line ("- Thời gian thực hiện: Thường xuyên")."""
    got = ctx.task_bullet.get(x.id)
    if got is None:  # cheapest test first: most bullets name no lead and no deadline at all
        got = ctx.task_bullet[x.id] = (
            _has_own(ctx, [(x.start, x.end)])
            and not (FACET_LINE_RE.match(ctx.text, x.start) or is_facet(x.heading) or is_target(x.heading))
            and _has_own(ctx, _own_spans(x, [k for k in ctx.tree.children.get(x.id, []) if k.kind in _BULLETS]))
        )
    return got


def _sentence_spans(ctx: _Ctx, spans: Spans) -> Spans:
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


def _drop_boilerplate(ctx: _Ctx, spans: Spans, last_end: int = -1) -> Spans:
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


def _inherited_lead(ctx: _Ctx, s: Section) -> list[str]:
    """The lead of the line that introduces s's list or, failing that, of the nearest section
    above that names one (the same for every section of a run of siblings: memoised by its first)."""
    first = ctx.tree.run_start(s)
    got = ctx.inherited_lead.get(first.id)
    if got is None:
        got = ctx.inherited_lead[first.id] = _introduced_lead(ctx, first)
    return got


def _introduced_lead(ctx: _Ctx, first: Section) -> list[str]:
    # "Ban Tuyên giáo … như sau:" then "(1) …", "(2) …": the line that introduces the list
    text = ctx.text
    prev_end = text.rfind("\n", 0, first.start)
    if prev_end > 0 and text[prev_end - 1] == ":":
        prev_start = text.rfind("\n", 0, prev_end) + 1
        lead = _leads(ctx, [(prev_start, prev_end)])
        if lead:
            return lead
    for a in ctx.tree.ancestors(first):
        if not ctx.leads.any_within([(a.start, a.end)]):
            continue  # no lead anywhere in it, so none in its context
        lead = _leads(ctx, _context_spans(ctx, a))
        if lead:
            return lead
    return []


def _context_spans(ctx: _Ctx, a: Section) -> Spans:
    """What an item says for all its parts: its text without sub-items and bullets, facet
    lines ("- Thời gian thực hiện: Thường xuyên") and facet sub-items ("b) Đơn vị thực hiện") kept."""
    got = ctx.context_spans.get(a.id)
    if got is None:
        drop = [
            k for k in ctx.tree.children.get(a.id, [])
            if not (FACET_LINE_RE.match(ctx.text, k.start) or (k.kind in _NUMBERED and is_facet(k.heading)))
        ]
        got = ctx.context_spans[a.id] = _own_spans(a, drop)
    return got


def _inherited_due(ctx: _Ctx, s: Section) -> _Due | None:
    """The due of the nearest item above `s` that gives one (the same for all of a section's
    children: memoised by the parent)."""
    if s.parent not in ctx.inherited_due:
        ctx.inherited_due[s.parent] = _due_above(ctx, s)
    return ctx.inherited_due[s.parent]


def _due_above(ctx: _Ctx, s: Section) -> _Due | None:
    for a in ctx.tree.ancestors(s):
        if a.kind not in _ITEM_KINDS and a.kind not in _BULLETS:
            break  # a part's opening words ("giai đoạn 2025 - 2030") are no item's deadline
        if a.id not in ctx.context_due:  # (no date anywhere in it: no due in its context)
            has_dates = ctx.due_dates.any_within([(a.start, a.end)])
            ctx.context_due[a.id] = _due_in(ctx, _context_spans(ctx, a)) if has_dates else None
        due = ctx.context_due[a.id]
        if due is not None:
            return {**due, "inherited": True}
    return None


def _roles(ctx: _Ctx, spans: Spans) -> dict[str, list[str]]:
    """The units named in `spans` by role (lead, support, report_to), each once."""
    roles: dict[str, list[str]] = {"lead": [], "support": [], "report_to": []}
    for role, name, start in ctx.units.within(spans):
        if role == "report_to" and ONWARD_RE.search(ctx.text, max(0, start - 60), start):
            continue  # "… về Sở Nội vụ để tổng hợp báo cáo Bộ Nội vụ": Sở Nội vụ's own report
        names = roles[role]
        if name not in names:
            names.append(name)
    return roles


def _handed_down(ctx: _Ctx, s: Section, roles: dict[str, list[str]]) -> tuple[dict[str, list[str]] | None, _Due | None]:
    """What an item hands down to its bullet tasks that state none: its lead, and the support and
    due named in its context (heading, lead-in, facets) — not a sibling bullet's partner or date."""
    context = _context_spans(ctx, s)
    due = _due_in(ctx, context)
    if not roles["lead"]:
        return None, due
    return {**roles, "support": _roles(ctx, context)["support"]}, due


def _names_lead_or_support(ctx: _Ctx, spans: Spans) -> bool:
    """Whether `spans` name a unit that leads or supports ("Chỉ đạo các Ngân hàng thương mại …
    phối hợp với Sở Y tế …": the item is a task besides its task bullets)."""
    return ctx.leads.any_within(spans) or any(role == "support" for role, _, _ in ctx.units.within(spans))


def _make(ctx: _Ctx, s: Section, roles: dict[str, list[str]], due: _Due | None, title: str, section: str,
          parent: dict[str, list[str]] | None = None, parent_due: _Due | None = None) -> _Fields:
    """The fields of the task of `s`, from the `roles` and `due` read in its text; what is
    missing comes from the enclosing item or bullet (`parent` roles, `parent_due`) or the
    sections above. A task that names no unit at all takes its enclosing item's support too."""
    parent_lead = parent["lead"] if parent else None
    lead = roles["lead"] or parent_lead or _inherited_lead(ctx, s)
    support = roles["support"]
    if parent and not roles["lead"] and not support:
        support = parent["support"]
    if due is None:
        due = {**parent_due, "inherited": True} if parent_due else _inherited_due(ctx, s)
    start, end = s.start, s.end
    return {
        "section": section, "title": title, "text": ctx.text[start:end],
        "lead": lead, "support": support, "report_to": roles["report_to"], "due": due,
        "citations": list(dict.fromkeys(ctx.citations.within([(start, end)]))), "outputs": [],
        "start": start, "end": end,
    }


def _bullet_tasks(ctx: _Ctx, b: Section, section: str,
                  parent: dict[str, list[str]] | None = None, parent_due: _Due | None = None) -> list[_Fields]:
    """The task of bullet `b` or, when it opens a list of sub-bullets with a colon ("- Ban Tuyên
    giáo … tham mưu Ban Thường vụ:" / "+ …"), the tasks of its sub-bullets, which take its lead,
    support and due; the bullet itself stays a task unless it only names who does them."""
    spans = [(b.start, b.end)]
    roles, due = _roles(ctx, spans), _due_in(ctx, spans)
    subs = _umbrella_subs(ctx, b)
    if not subs:
        return [_make(ctx, b, roles, due, _title(b), section, parent, parent_due)]
    own = _own_spans(b, subs)
    own_roles, own_due = _roles(ctx, own), _due_in(ctx, own)
    tasks = [] if _bare_lead_in(ctx, own) else [_make(ctx, b, own_roles, own_due, _title(b), section, parent, parent_due)]
    lead = own_roles["lead"] or (parent["lead"] if parent else None) or _inherited_lead(ctx, b)
    inner = {**own_roles, "lead": lead}
    if own_due is None:
        own_due = parent_due
    for x in subs:
        x_spans = [(x.start, x.end)]
        tasks.append(_make(ctx, x, _roles(ctx, x_spans), _due_in(ctx, x_spans), _title(x), section, inner, own_due))
    return tasks


def _umbrella_subs(ctx: _Ctx, b: Section) -> list[Section]:
    """The sub-bullets of `b` when its own text ends with a colon that introduces them."""
    subs = [k for k in ctx.tree.children.get(b.id, []) if k.kind in _BULLETS]
    if not subs:
        return []
    head = ctx.text[b.start:subs[0].start].rstrip().rstrip("*_").rstrip()
    return subs if head.endswith(":") else []


def _bare_lead_in(ctx: _Ctx, spans: Spans) -> bool:
    """A lead-in that only names who does the work ("Ban Tuyên giáo Đảng ủy Khối tham mưu Ban
    Thường vụ Đảng ủy Khối:"): a few words besides its unit names."""
    text = ctx.text
    words = 0
    for s, e in spans:
        pos = s
        for u_start, u_end in _mentions(ctx).within([(s, e)]):
            if u_start >= pos:
                words += len(text[pos:u_start].split())
                pos = u_end
        words += len(text[pos:e].split())
    return words <= _T["lead_in_words"] + 1  # the bullet mark


def _section_tasks(ctx: _Ctx, table_spans: Spans) -> list[_Fields]:
    tasks: list[_Fields] = []
    for s in ctx.tree.sections:
        kind = s.kind
        if kind != "roman" and kind not in _ITEM_KINDS or table_spans and _in(s.start, s.start + 1, table_spans):
            continue
        if kind == "roman":
            tasks += _part_tasks(ctx, s)
        elif (parent := ctx.tree.parent(s)) is not None and _open(ctx, parent):
            # an item below a section, not in a closing block, an article (a rule) or under a goals heading
            tasks += _item_tasks(ctx, s, parent)
    return tasks


def _item_tasks(ctx: _Ctx, s: Section, parent: Section) -> list[_Fields]:
    """The tasks of an item in scope: itself, its task bullets (or, for a container, its own bullets)."""
    if parent.kind in _ITEM_KINDS and is_facet(s.heading):
        return []  # "a) Nội dung" is part of its item
    if descriptive(s.heading) or is_target(s.heading):
        return []  # "2. Thời gian thực hiện", "1. Đối tượng thực hiện", "III.1 Nguy cơ …", "(2) Ít nhất 85% …"
    numbered = [k for k in ctx.tree.children.get(s.id, ()) if k.kind in _NUMBERED]
    if numbered and not any(is_facet(k.heading) for k in numbered):
        # a container: its sub-items are the tasks, and so are its own task bullets
        return [t for b in _task_bullets(ctx, s, own=True) for t in _bullet_tasks(ctx, b, s.path)]
    tasks: list[_Fields] = []
    bullets = _task_bullets(ctx, s)
    top = ctx.tree.ancestors(s)[-1] if s.parent is not None else s  # its part: a closing formula ends the last item
    own = _drop_boilerplate(ctx, _own_spans(s, bullets), top.end)
    roles, due = _roles(ctx, own), _due_in(ctx, own)
    if not bullets or _names_lead_or_support(ctx, _sentence_spans(ctx, own)):
        # "1. Sở Công Thương" / "- Phối hợp Bộ Chỉ huy Quân sự tỉnh …": the item's support is named in its bullets
        whole = roles if roles["support"] or not bullets else {**roles, "support": _roles(ctx, [(s.start, s.end)])["support"]}
        tasks.append(_make(ctx, s, whole, due, _title(s), s.path))
    if bullets:
        handed, handed_due = _handed_down(ctx, s, roles)
        for b in bullets:
            tasks += _bullet_tasks(ctx, b, _item_path(ctx, b), handed, handed_due)
    return tasks


def _part_tasks(ctx: _Ctx, s: Section) -> list[_Fields]:
    """A part ("VII. CHẾ ĐỘ BÁO CÁO") with no numbered items is itself a task when it names a
    lead or a deadline; its bullets with their own unit or deadline are tasks too."""
    if any(k.kind in _NUMBERED for k in ctx.tree.children.get(s.id, [])) or s.parent is not None:
        return []
    if non_task_part(s.heading):
        return []
    bullets = _task_bullets(ctx, s)
    own = _drop_boilerplate(ctx, _own_spans(s, bullets), s.end)
    roles, due = _roles(ctx, own), _due_in(ctx, own)
    itself = _names_lead_or_support(ctx, _sentence_spans(ctx, own)) or (not bullets and _has_own(ctx, own))
    tasks = [_make(ctx, s, roles, due, _title(s), s.path)] if itself else []
    if bullets:
        handed, handed_due = _handed_down(ctx, s, roles)
        tasks += [t for b in bullets for t in _bullet_tasks(ctx, b, s.path, handed, handed_due)]
    return tasks


def extract_tasks(text: str, sections: list[Section], dates: list[DateValue], units: list[Unit], citations: list[Citation]) -> list[Task]:
    ctx = _context(text, sections, dates, units, citations)
    tables = task_tables.find_tables(text)
    table_spans = [(t.start, t.end) for t in tables]
    found = _section_tasks(ctx, table_spans)
    if tables:
        found += row_tasks(text, ctx.tree, tables, units, dates, ctx.citations)
    if not found:
        return []
    found.sort(key=lambda t: (t["start"], t["end"]))
    # products are read only inside the tasks (half the text, or less)
    products = Ranged((p.start, p.end, p.label) for p in
                      find_products(text, citations, merged_spans((t["start"], t["end"]) for t in found)))
    for i, t in enumerate(found, 1):
        t["id"] = f"T{i}"
        t["outputs"] = t["outputs"] or list(dict.fromkeys(products.within([(t["start"], t["end"])])))
    return _TASKS.validate_python(found)
