"""Tasks: sections + unit/date/citation mentions -> one task per actionable item.

- Items are the numbered sections (1., 1.1., a), (1)) under the content and organisation
  sections (NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP, TỔ CHỨC THỰC HIỆN …; not MỤC ĐÍCH, YÊU CẦU — see
  data/tasks.yaml). An item with numbered sub-items is a container; sub-items that only give a
  facet of their item ("a) Nội dung", "b) Thời gian thực hiện") belong to it.
- A bullet is a task of its own when it has its own lead unit or deadline (and is not a facet
  line such as "- Thời gian thực hiện: Thường xuyên"); its item is then a task only when the
  item's own text names a lead.
- lead / due missing in an item are taken from the enclosing item (due marked `inherited`).
- Task-table rows (extractor/task_tables.py) are tasks with their cells as fields.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Generic, TypeVar

from . import task_tables
from .data import load
from .models import Citation, DateValue, Due, Section, Task, Unit
from .normalise import fold
from .task_outputs import Product, find_products, merged_spans
from .units import _section_index, section_at

_T = load("tasks.yaml")
_I = TypeVar("_I")
_NUMBERED = {"arabic", "decimal", "letter", "paren", "roman", "article", "step", "part", "chapter"}
_ITEM_KINDS = {"arabic", "decimal", "letter", "paren", "step"}
_BULLETS = {"dash", "plus", "star"}
_CLOSING = {"recipients", "signature", "appendix", "form"}  # an attached plan has tasks


def _words_re(words: list[str]) -> re.Pattern[str]:
    alt = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:^|\s)(?:{alt})(?:\s|$)")


_TASK_RE = _words_re(_T["task_sections"])
_NON_TASK_RE = _words_re(_T["non_task_sections"])
_FACETS = {fold(f) for f in _T["facets"]}
_FACET_LINE_RE = re.compile(
    r"(?i)(?:[-+*•]\s*|[a-zđ0-9]{1,3}[).]\s*)?(?:"
    + "|".join(re.escape(f) for f in sorted(_T["facets"], key=len, reverse=True))
    + r")\s*:"
)
_TIME_LABEL_RE = re.compile(r"(?im)^(?:[-+*•]\s*|[a-zđ][).]\s*)?(?:thời gian|thời hạn|tiến độ)[^:\n]{0,40}:")
_ONWARD_RE = re.compile(r"(?<!\w)để\s[^;.\n(]{0,50}$")
_BOILER_RE = re.compile(r"(?m)^(?:" + "|".join(re.escape(w) for w in _T["boilerplate"]) + r")")
_MARKER_RE = re.compile(r"^(?:[-+*•]\s*|[IVXLC]{1,5}\s*[.\-)]\s*|\d{1,2}(?:\.\d{1,2})*\s*[.)/]?\s+|[a-zđ]\s*[).]\s*|\(\d+\)\s*)")


@lru_cache(maxsize=4096)
def _is_facet(heading: str) -> bool:
    h = fold(heading)
    return h in _FACETS or any(h.startswith(f + " ") and len(h) < len(f) + 25 for f in ("thời gian", "phương thức", "đơn vị thực hiện"))


class _Ranged(Generic[_I]):
    """Items with start/end, sorted by start: the ones inside a set of spans, by bisection."""

    def __init__(self, items: list[_I]) -> None:
        self.items = sorted(items, key=lambda x: x.start)  # type: ignore[attr-defined]
        self.starts = [x.start for x in self.items]  # type: ignore[attr-defined]
        self.memo: dict[tuple[tuple[int, int], ...], list[_I]] = {}

    def within(self, spans: list[tuple[int, int]]) -> list[_I]:
        """The items inside `spans` (shared: callers read, never change the list)."""
        key = tuple(spans)
        got = self.memo.get(key)
        if got is None:
            got = []
            for s, e in spans:
                i = bisect.bisect_left(self.starts, s)
                j = bisect.bisect_left(self.starts, e, i)
                if i < j:
                    got += [x for x in self.items[i:j] if x.end <= e]  # type: ignore[attr-defined]
            self.memo[key] = got
        return got


@dataclass
class _Ctx:
    text: str
    sections: list[Section]
    by_id: dict[str, Section]
    children: dict[str | None, list[Section]]
    units: _Ranged[Unit]
    dates: _Ranged[DateValue]
    citations: _Ranged[Citation]
    products: _Ranged[Product] = field(default_factory=lambda: _Ranged([]))
    memo: dict[str, Any] = field(default_factory=dict)


def _in(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _ancestors(ctx: _Ctx, s: Section) -> list[Section]:
    out: list[Section] = []
    p = ctx.by_id.get(s.parent) if s.parent else None
    while p is not None:
        out.append(p)
        p = ctx.by_id.get(p.parent) if p.parent else None
    return out


_DESCRIPTIVE = tuple(fold(w) + " " for w in _T["descriptive_items"])


@lru_cache(maxsize=4096)
def _descriptive(heading: str) -> bool:
    """An item that describes the plan (its time, scope, attendees, risks), not a task."""
    return (fold(heading) + " ").startswith(_DESCRIPTIVE)


@lru_cache(maxsize=4096)
def _non_task_heading(heading: str) -> bool:
    """A goals/requirements heading ("MỤC ĐÍCH, YÊU CẦU") that is no task part."""
    h = fold(heading)
    return bool(_NON_TASK_RE.search(" " + h[:60] + " ")) and not _TASK_RE.search(" " + h + " ")


def _in_scope(ctx: _Ctx, s: Section) -> bool:
    chain = [s, *_ancestors(ctx, s)]
    for a in chain:
        if a.kind in _CLOSING:
            return False
    for a in chain[1:]:
        if a.kind in _BULLETS:
            continue
        if _non_task_heading(a.heading):
            return False
    top = chain[-1]
    if top is s:
        return False
    # articles (Điều) of decisions and regulations state rules, not tasks
    return not any(a.kind == "article" for a in chain)


def _own_spans(ctx: _Ctx, s: Section, exclude: list[Section]) -> list[tuple[int, int]]:
    """s's span minus the spans of `exclude` (its task bullets)."""
    spans: list[tuple[int, int]] = []
    pos = s.start
    for x in sorted(exclude, key=lambda x: x.start):
        if x.start > pos:
            spans.append((pos, x.start))
        pos = max(pos, x.end)
    if pos < s.end:
        spans.append((pos, s.end))
    return spans


def _names(ctx: _Ctx, spans: list[tuple[int, int]], role: str) -> list[str]:
    out: list[str] = []
    for u in ctx.units.within(spans):
        if u.role == role and u.canonical not in out:
            out.append(u.canonical)
    return out


def _due_in(ctx: _Ctx, spans: list[tuple[int, int]]) -> Due | None:
    inside = [d for d in ctx.dates.within(spans) if d.role not in ("citation_date", "issued", "event")]
    if not inside:
        return None
    labelled: list[DateValue] = []
    for s, e in spans:
        for m in _TIME_LABEL_RE.finditer(ctx.text, s, e):
            line_end = ctx.text.find("\n", m.end())
            line_end = e if line_end < 0 else min(line_end, e)
            labelled += [d for d in inside if m.end() <= d.start < line_end]
    pick = (
        next((d for d in labelled if d.role == "deadline"), None)
        or next(iter(labelled), None)
        or next((d for d in inside if d.role == "deadline"), None)
    )
    if pick is None:
        return None
    return Due(text=pick.text, **{"from": pick.from_}, to=pick.to, recurrence=pick.recurrence, start=pick.start, end=pick.end)


def _outputs(ctx: _Ctx, start: int, end: int) -> list[str]:
    out: list[str] = []
    for p in ctx.products.within([(start, end)]):
        if p.label not in out:
            out.append(p.label)
    return out


def _cites(ctx: _Ctx, start: int, end: int) -> list[str]:
    out: list[str] = []
    for c in ctx.citations.within([(start, end)]):
        if c.id and c.id not in out:
            out.append(c.id)
    return out


def _item_path(ctx: _Ctx, s: Section) -> str:
    p: Section | None = s
    while p is not None and p.kind in _BULLETS:
        p = ctx.by_id.get(p.parent) if p.parent else None
    return p.path if p is not None else s.path


def _owner(ctx: _Ctx, b: Section) -> Section | None:
    """The nearest numbered section above a bullet."""
    for a in _ancestors(ctx, b):
        if a.kind not in _BULLETS:
            return a
    return None


def _bullet_title(ctx: _Ctx, s: Section) -> str:
    return s.heading.strip().rstrip(".:;")


def _descendants(ctx: _Ctx, s: Section) -> list[Section]:
    out: list[Section] = []
    stack = list(ctx.children.get(s.id, []))
    while stack:
        x = stack.pop()
        out.append(x)
        stack.extend(ctx.children.get(x.id, []))
    return out


def _bullet_own(ctx: _Ctx, x: Section) -> list[tuple[int, int]]:
    return _own_spans(ctx, x, [k for k in ctx.children.get(x.id, []) if k.kind in _BULLETS])


def _has_own(ctx: _Ctx, spans: list[tuple[int, int]]) -> bool:
    return bool(_names(ctx, spans, "lead")) or any(
        d.role == "deadline" and not d.recurrence for d in ctx.dates.within(spans)
    )


def _task_bullets(ctx: _Ctx, item: Section) -> list[Section]:
    """Bullets inside `item` (directly or under its facets) with their own lead or deadline.

    A bullet's own text excludes its sub-bullets; the outermost qualifying bullet wins.
    """
    out: list[Section] = []
    for x in _descendants(ctx, item):
        if x.kind not in _BULLETS:
            continue
        if _FACET_LINE_RE.match(ctx.text, x.start) or _is_facet(x.heading):
            continue
        if _has_own(ctx, _bullet_own(ctx, x)):
            out.append(x)
    chosen = {id(x) for x in out}
    return sorted(
        (x for x in out if not any(id(a) in chosen for a in _ancestors(ctx, x))), key=lambda x: x.start
    )


def _sentence_spans(ctx: _Ctx, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` without facet label lines ("Đơn vị thực hiện: …")."""
    out: list[tuple[int, int]] = []
    text = ctx.text
    for s, e in spans:
        pos = s
        while pos < e:
            le = text.find("\n", pos, e)
            le = e if le < 0 else le
            if not _FACET_LINE_RE.match(text, pos):
                out.append((pos, le))
            pos = le + 1
    return out


def _drop_boilerplate(ctx: _Ctx, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        m = _BOILER_RE.search(ctx.text, s, e)
        if m and m.start() > s:
            out.append((s, m.start()))
        elif not m:
            out.append((s, e))
    return out


def _inherited_lead(ctx: _Ctx, s: Section) -> list[str]:
    # "Ban Tuyên giáo … như sau:" then "(1) …", "(2) …": the line that introduces the list
    first = s
    siblings = ctx.children.get(s.parent, []) if s.parent else []
    if "sibling_index" not in ctx.memo:
        ctx.memo["sibling_index"] = {x.id: k for kids in ctx.children.values() for k, x in enumerate(kids)}
    i = ctx.memo["sibling_index"].get(s.id, 0) if siblings else 0
    while i > 0 and siblings[i - 1].kind == s.kind:
        i -= 1
        first = siblings[i]
    prev_end = ctx.text.rfind("\n", 0, first.start)
    if prev_end > 0 and ctx.text[prev_end - 1] == ":":
        prev_start = ctx.text.rfind("\n", 0, prev_end) + 1
        lead = _names(ctx, [(prev_start, prev_end)], "lead")
        if lead:
            return lead
    for a in _ancestors(ctx, s):
        lead = _names(ctx, _context_spans(ctx, a), "lead")
        if lead:
            return lead
    return []


def _context_spans(ctx: _Ctx, a: Section) -> list[tuple[int, int]]:
    """What an item says for all its parts: its text without sub-items and bullets, facet
    lines ("- Thời gian thực hiện: Thường xuyên") and facet sub-items ("b) Đơn vị thực hiện") kept."""
    if a.id in ctx.memo:
        return ctx.memo[a.id]
    drop = [
        k for k in ctx.children.get(a.id, [])
        if not (_FACET_LINE_RE.match(ctx.text, k.start) or (k.kind in _NUMBERED and _is_facet(k.heading)))
    ]
    ctx.memo[a.id] = _own_spans(ctx, a, drop)
    return ctx.memo[a.id]


def _inherited_due(ctx: _Ctx, s: Section) -> Due | None:
    for a in _ancestors(ctx, s):
        if a.kind not in _ITEM_KINDS and a.kind not in _BULLETS:
            break  # a part's opening words ("giai đoạn 2025 - 2030") are no item's deadline
        due = _due_in(ctx, _context_spans(ctx, a))
        if due is not None:
            return due.model_copy(update={"inherited": True})
    return None


def _make(ctx: _Ctx, s: Section, spans: list[tuple[int, int]], title: str, section: str,
          parent_lead: list[str] | None = None, parent_due: Due | None = None) -> Task:
    roles: dict[str, list[str]] = {"lead": [], "support": [], "report_to": []}
    for u in ctx.units.within(spans):
        names = roles.get(u.role)
        if u.role == "report_to" and _ONWARD_RE.search(ctx.text, max(0, u.start - 60), u.start):
            continue  # "… về Sở Nội vụ để tổng hợp báo cáo Bộ Nội vụ": Sở Nội vụ's own report
        if names is not None and u.canonical not in names:
            names.append(u.canonical)
    lead = roles["lead"] or parent_lead or _inherited_lead(ctx, s)
    due = _due_in(ctx, spans)
    if due is None:
        due = parent_due.model_copy(update={"inherited": True}) if parent_due else _inherited_due(ctx, s)
    return Task(
        id="", section=section, title=title, text=ctx.text[s.start : s.end],
        lead=lead, support=roles["support"], report_to=roles["report_to"], due=due,
        citations=_cites(ctx, s.start, s.end), outputs=[],
        start=s.start, end=s.end,
    )


def _section_tasks(ctx: _Ctx, table_spans: list[tuple[int, int]]) -> list[Task]:
    tasks: list[Task] = []
    for s in ctx.sections:
        if _in(s.start, s.start + 1, table_spans):
            continue
        if s.kind == "roman":
            tasks.extend(_part_tasks(ctx, s))
            continue
        if s.kind not in _ITEM_KINDS or not _in_scope(ctx, s):
            continue
        parent = ctx.by_id.get(s.parent) if s.parent else None
        if parent is not None and parent.kind in _ITEM_KINDS and _is_facet(s.heading):
            continue  # "a) Nội dung" is part of its item
        if _descriptive(s.heading):
            continue  # "2. Thời gian thực hiện", "1. Đối tượng thực hiện", "III.1 Nguy cơ …"
        numbered = [k for k in ctx.children.get(s.id, []) if k.kind in _NUMBERED]
        if numbered and not any(_is_facet(k.heading) for k in numbered):
            # a container: its sub-items are the tasks, and so are its own task bullets
            for b in _task_bullets(ctx, s):
                if _owner(ctx, b) is s:
                    tasks.append(_make(ctx, b, [(b.start, b.end)], _bullet_title(ctx, b), s.path))
            continue
        bullets = _task_bullets(ctx, s)
        own = _drop_boilerplate(ctx, _own_spans(ctx, s, bullets))
        item_lead = _names(ctx, own, "lead")
        item_due = _due_in(ctx, own)
        if not bullets or _names(ctx, _sentence_spans(ctx, own), "lead"):
            tasks.append(_make(ctx, s, own, s.heading.strip().rstrip(".:;"), s.path))
        for b in bullets:
            tasks.append(_make(ctx, b, [(b.start, b.end)], _bullet_title(ctx, b), _item_path(ctx, b),
                               parent_lead=item_lead or None, parent_due=item_due))
    return tasks


def _part_tasks(ctx: _Ctx, s: Section) -> list[Task]:
    """A part ("VII. CHẾ ĐỘ BÁO CÁO") with no numbered items is itself a task when it names a
    lead or a deadline; its bullets with their own unit or deadline are tasks too."""
    if any(k.kind in _NUMBERED for k in ctx.children.get(s.id, [])) or s.parent is not None:
        return []
    h = " " + fold(s.heading) + " "
    if _NON_TASK_RE.search(h) and not _TASK_RE.search(h):
        return []
    bullets = _task_bullets(ctx, s)
    own = _drop_boilerplate(ctx, _own_spans(ctx, s, bullets))
    lead = _names(ctx, _sentence_spans(ctx, own), "lead")
    out: list[Task] = []
    if lead or (not bullets and _has_own(ctx, own)):
        out.append(_make(ctx, s, own, s.heading.strip().rstrip(".:;"), s.path))
    for b in bullets:
        out.append(_make(ctx, b, [(b.start, b.end)], _bullet_title(ctx, b), s.path,
                         parent_lead=_names(ctx, own, "lead") or None, parent_due=_due_in(ctx, own)))
    return out


def _section_at(ctx: _Ctx, pos: int) -> Section | None:
    if "index" not in ctx.memo:
        ctx.memo["index"] = _section_index(ctx.sections)
    return section_at(ctx.memo["index"], pos)


def _cell_text(text: str, spans: list[tuple[int, int]] | None) -> str:
    return " ".join(text[a:b].strip() for a, b in spans or []).strip()


def _table_tasks(ctx: _Ctx) -> list[Task]:
    tasks: list[Task] = []
    for table in task_tables.find_tables(ctx.text):
        sec = _section_at(ctx, table.start)
        base = sec.path if sec else "table"
        for row in table.rows:
            lead_span = row.span("lead")
            due_span = row.span("due")
            if lead_span is None and due_span is None:
                continue  # a sub-heading row
            content = _cell_text(ctx.text, row.cells.get("content"))
            lead = [u.canonical for u in ctx.units.within([lead_span] if lead_span else [])]
            support_span = row.span("support")
            support = [u.canonical for u in ctx.units.within([support_span] if support_span else [])]
            due = None
            if due_span:
                ds = [d for d in ctx.dates.within([due_span]) if d.role != "citation_date"]
                d0 = ds[0] if ds else None
                due = Due(text=_cell_text(ctx.text, row.cells.get("due")),
                          **{"from": d0.from_ if d0 else None}, to=d0.to if d0 else None,
                          recurrence=d0.recurrence if d0 else None, start=due_span[0], end=due_span[1])
            outputs = [o.strip(" ;,.") for o in re.split(r";|\n", _cell_text(ctx.text, row.cells.get("output"))) if o.strip(" ;,.")]
            row_sec = _section_at(ctx, row.start)
            if row_sec is not None and sec is not None and row_sec.start >= sec.start:
                section = row_sec.path  # the row's group ("Phụ lục.II")
            else:
                section = f"{base}.{row.group}" if row.group else base
            tasks.append(Task(
                id="", section=section, title=content[:300], text=ctx.text[row.start : row.end],
                lead=list(dict.fromkeys(lead)), support=list(dict.fromkeys(s for s in support if s not in lead)),
                due=due, citations=_cites(ctx, row.start, row.end),
                outputs=outputs, start=row.start, end=row.end,
            ))
    return tasks


def extract_tasks(text: str, sections: list[Section], dates: list[DateValue], units: list[Unit], citations: list[Citation]) -> list[Task]:
    children: dict[str | None, list[Section]] = defaultdict(list)
    for s in sections:
        children[s.parent].append(s)
    ctx = _Ctx(text, sections, {s.id: s for s in sections}, children, _Ranged(units), _Ranged(dates),
               _Ranged(citations))
    tables = task_tables.find_tables(text)
    table_spans = [(t.start, t.end) for t in tables]
    tasks = _section_tasks(ctx, table_spans) + _table_tasks(ctx)
    tasks.sort(key=lambda t: (t.start, t.end))
    # products are read only inside the tasks (half the text, or less)
    ctx.products = _Ranged(find_products(text, citations, merged_spans((t.start, t.end) for t in tasks)))
    for i, t in enumerate(tasks, 1):  # the tasks are this function's own: set in place
        t.id = f"T{i}"
        t.outputs = t.outputs or _outputs(ctx, t.start, t.end)
    return tasks

