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

from typing import Any

from pydantic import TypeAdapter

from . import task_tables
from .models import Citation, DateValue, Section, Task, Unit
from .task_context import (
    Ctx,
    Due,
    bare_lead_in,
    build_context,
    drop_boilerplate,
    due_in,
    has_own,
    leads_in,
    names_lead_or_support,
    own_spans,
    roles_in,
    sentence_spans,
)
from .task_index import Ranged, Spans
from .task_outputs import find_products, merged_spans
from .task_rows import row_tasks
from .task_words import (
    FACET_LINE_RE,
    PERFORMERS_INTRO_RE,
    descriptive,
    funding_item,
    is_facet,
    is_target,
    non_task_heading,
    non_task_part,
)

_NUMBERED = {"arabic", "decimal", "letter", "paren", "roman", "article", "step", "part", "chapter"}
_ITEM_KINDS = {"arabic", "decimal", "letter", "paren", "step"}
_BULLETS = {"dash", "plus", "star"}
_CLOSING = {"recipients", "signature", "appendix", "form"}  # an attached plan has tasks


_TASKS = TypeAdapter(list[Task])
_Fields = dict[str, Any]  # the fields of a Task, validated once all are found


def _in(start: int, end: int, spans: Spans) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _open(ctx: Ctx, a: Section) -> bool:
    """Whether sections below `a` may be tasks: no closing block, article or goals heading at or above it."""
    got = ctx.open.get(a.id)
    if got is None:
        kind = a.kind
        shut = kind in _CLOSING or kind == "article" or (
            non_task_part(a.heading) if kind == "roman" else kind not in _BULLETS and non_task_heading(a.heading))
        parent = ctx.tree.parent(a)
        got = ctx.open[a.id] = not shut and (parent is None or _open(ctx, parent))
    return got


def _owner(ctx: Ctx, b: Section) -> Section | None:
    """The nearest numbered section above a bullet."""
    return next((a for a in ctx.tree.ancestors(b) if a.kind not in _BULLETS), None)


def _item_path(ctx: Ctx, s: Section) -> str:
    """The path of the nearest numbered section at or above `s`."""
    if s.kind not in _BULLETS:
        return s.path
    p = _owner(ctx, s)
    return p.path if p is not None else s.path


def _title(s: Section) -> str:
    return s.heading.strip().rstrip(".:;")


def _task_bullets(ctx: Ctx, item: Section, own: bool = False) -> list[Section]:
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
        elif x.kind in _BULLETS and PERFORMERS_INTRO_RE.match(ctx.text, x.start):
            continue  # "- Cơ quan thực hiện:" / "+ Sở X chủ trì …": who does the item, no tasks of their own
        elif x.kind in _BULLETS or not own and is_facet(x.heading):
            stack += children.get(x.id, [])[::-1]
    out.reverse()  # then sorted, stably: of two bullets at one start, the later stays first
    out.sort(key=lambda x: x.start)
    return out


def _is_task_bullet(ctx: Ctx, x: Section) -> bool:
    """A bullet with its own lead or deadline, no facet line ("- Thời gian thực hiện: Thường xuyên")."""
    got = ctx.task_bullet.get(x.id)
    if got is None:  # cheapest test first: most bullets name no lead and no deadline at all
        got = ctx.task_bullet[x.id] = (
            has_own(ctx, [(x.start, x.end)])
            and not (FACET_LINE_RE.match(ctx.text, x.start) or is_facet(x.heading) or is_target(x.heading))
            and has_own(ctx, own_spans(x, [k for k in ctx.tree.children.get(x.id, []) if k.kind in _BULLETS]))
        )
    return got


def _inherited_lead(ctx: Ctx, s: Section) -> list[str]:
    """The lead of the line that introduces s's list or, failing that, of the nearest section
    above that names one (the same for every section of a run of siblings: memoised by its first)."""
    first = ctx.tree.run_start(s)
    got = ctx.inherited_lead.get(first.id)
    if got is None:
        got = ctx.inherited_lead[first.id] = _introduced_lead(ctx, first)
    return got


def _introduced_lead(ctx: Ctx, first: Section) -> list[str]:
    # "Ban Tuyên giáo … như sau:" then "(1) …", "(2) …": the line that introduces the list
    text = ctx.text
    prev_end = text.rfind("\n", 0, first.start)
    if prev_end > 0 and text[prev_end - 1] == ":":
        prev_start = text.rfind("\n", 0, prev_end) + 1
        lead = leads_in(ctx, [(prev_start, prev_end)])
        if lead:
            return lead
    for a in ctx.tree.ancestors(first):
        if not ctx.leads.any_within([(a.start, a.end)]):
            continue  # no lead anywhere in it, so none in its context
        lead = leads_in(ctx, _context_spans(ctx, a))
        if lead:
            return lead
    return []


def _context_spans(ctx: Ctx, a: Section) -> Spans:
    """What an item says for all its parts: its text without sub-items and bullets, facet
    lines ("- Thời gian thực hiện: Thường xuyên") and facet sub-items ("b) Đơn vị thực hiện") kept."""
    got = ctx.context_spans.get(a.id)
    if got is None:
        drop = [
            k for k in ctx.tree.children.get(a.id, [])
            if not (FACET_LINE_RE.match(ctx.text, k.start) or (k.kind in _NUMBERED and is_facet(k.heading)))
        ]
        got = ctx.context_spans[a.id] = own_spans(a, drop)
    return got


def _inherited_due(ctx: Ctx, s: Section) -> Due | None:
    """The due of the nearest item above `s` that gives one (the same for all of a section's
    children: memoised by the parent)."""
    if s.parent not in ctx.inherited_due:
        ctx.inherited_due[s.parent] = _due_above(ctx, s)
    return ctx.inherited_due[s.parent]


def _due_above(ctx: Ctx, s: Section) -> Due | None:
    for a in ctx.tree.ancestors(s):
        if a.kind not in _ITEM_KINDS and a.kind not in _BULLETS:
            break  # a part's opening words ("giai đoạn 2025 - 2030") are no item's deadline
        if a.id not in ctx.context_due:  # (no date anywhere in it: no due in its context)
            has_dates = ctx.due_dates.any_within([(a.start, a.end)])
            ctx.context_due[a.id] = due_in(ctx, _context_spans(ctx, a)) if has_dates else None
        due = ctx.context_due[a.id]
        if due is not None:
            return {**due, "inherited": True}
    return None


def _handed_down(ctx: Ctx, s: Section, roles: dict[str, list[str]]) -> tuple[dict[str, list[str]] | None, Due | None]:
    """What an item hands down to its bullet tasks that state none: its lead, and the support and
    due named in its context (heading, lead-in, facets) — not a sibling bullet's partner or date."""
    context = _context_spans(ctx, s)
    due = due_in(ctx, context)
    if not roles["lead"]:
        return None, due
    return {**roles, "support": roles_in(ctx, context)["support"]}, due


def _make(ctx: Ctx, s: Section, roles: dict[str, list[str]], due: Due | None, title: str, section: str,
          parent: dict[str, list[str]] | None = None, parent_due: Due | None = None) -> _Fields:
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


def _bullet_tasks(ctx: Ctx, b: Section, section: str,
                  parent: dict[str, list[str]] | None = None, parent_due: Due | None = None) -> list[_Fields]:
    """The task of bullet `b` or, when it opens a list of sub-bullets with a colon ("- Ban Tuyên
    giáo … tham mưu Ban Thường vụ:" / "+ …"), the tasks of its sub-bullets, which take its lead,
    support and due; the bullet itself stays a task unless it only names who does them."""
    spans = [(b.start, b.end)]
    roles, due = roles_in(ctx, spans), due_in(ctx, spans)
    subs = _umbrella_subs(ctx, b)
    if not subs:
        return [_make(ctx, b, roles, due, _title(b), section, parent, parent_due)]
    own = own_spans(b, subs)
    own_roles, own_due = roles_in(ctx, own), due_in(ctx, own)
    tasks = [] if bare_lead_in(ctx, own) else [_make(ctx, b, own_roles, own_due, _title(b), section, parent, parent_due)]
    lead = own_roles["lead"] or (parent["lead"] if parent else None) or _inherited_lead(ctx, b)
    inner = {**own_roles, "lead": lead}
    if own_due is None:
        own_due = parent_due
    for x in subs:
        x_spans = [(x.start, x.end)]
        tasks.append(_make(ctx, x, roles_in(ctx, x_spans), due_in(ctx, x_spans), _title(x), section, inner, own_due))
    return tasks


def _umbrella_subs(ctx: Ctx, b: Section) -> list[Section]:
    """The sub-bullets of `b` when its own text ends with a colon that introduces them."""
    subs = [k for k in ctx.tree.children.get(b.id, []) if k.kind in _BULLETS]
    if not subs:
        return []
    head = ctx.text[b.start:subs[0].start].rstrip().rstrip("*_").rstrip()
    return subs if head.endswith(":") else []


def _section_tasks(ctx: Ctx, table_spans: Spans) -> list[_Fields]:
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
        elif parent is None and _open(ctx, s):
            # an item of a text with no parts (a Công văn's or a Chỉ thị's "1. Giao Sở Nội vụ …"),
            # unless it is a goals heading itself ("1. MỤC ĐÍCH, YÊU CẦU")
            tasks += _item_tasks(ctx, s, None)
    return tasks


def _item_tasks(ctx: Ctx, s: Section, parent: Section | None) -> list[_Fields]:
    """The tasks of an item in scope: itself, its task bullets (or, for a container, its own bullets)."""
    if parent is not None and parent.kind in _ITEM_KINDS and is_facet(s.heading):
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
    own = drop_boilerplate(ctx, own_spans(s, bullets), top.end)
    roles, due = roles_in(ctx, own), due_in(ctx, own)
    if not (roles["lead"] or roles["support"]) and funding_item(s.heading):
        return []  # "6. Kinh phí thực hiện", "b) Kinh phí khen thưởng: Từ nguồn …" with no unit to carry it out
    if not bullets or names_lead_or_support(ctx, sentence_spans(ctx, own)):
        # "1. Sở Công Thương" / "- Phối hợp Bộ Chỉ huy Quân sự tỉnh …": the item's support is named in its bullets
        whole = roles if roles["support"] or not bullets else {**roles, "support": roles_in(ctx, [(s.start, s.end)])["support"]}
        tasks.append(_make(ctx, s, whole, due, _title(s), s.path))
    if bullets:
        handed, handed_due = _handed_down(ctx, s, roles)
        for b in bullets:
            tasks += _bullet_tasks(ctx, b, _item_path(ctx, b), handed, handed_due)
    return tasks


def _part_tasks(ctx: Ctx, s: Section) -> list[_Fields]:
    """A part ("VII. CHẾ ĐỘ BÁO CÁO") with no numbered items is itself a task when it names a
    lead or a deadline; its bullets with their own unit or deadline are tasks too."""
    if any(k.kind in _NUMBERED for k in ctx.tree.children.get(s.id, [])) or s.parent is not None:
        return []
    if non_task_part(s.heading):
        return []
    bullets = _task_bullets(ctx, s)
    own = drop_boilerplate(ctx, own_spans(s, bullets), s.end)
    roles, due = roles_in(ctx, own), due_in(ctx, own)
    itself = names_lead_or_support(ctx, sentence_spans(ctx, own)) or (not bullets and has_own(ctx, own))
    tasks = [_make(ctx, s, roles, due, _title(s), s.path)] if itself else []
    if bullets:
        handed, handed_due = _handed_down(ctx, s, roles)
        tasks += [t for b in bullets for t in _bullet_tasks(ctx, b, s.path, handed, handed_due)]
    return tasks


def extract_tasks(text: str, sections: list[Section], dates: list[DateValue], units: list[Unit], citations: list[Citation]) -> list[Task]:
    ctx = build_context(text, sections, dates, units, citations)
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
