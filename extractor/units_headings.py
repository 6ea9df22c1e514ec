"""Units named by a heading line: in the organisation part of a plan ("TỔ CHỨC THỰC HIỆN",
"PHÂN CÔNG NHIỆM VỤ", "Trách nhiệm của …") a numbered item's heading may be the unit itself,
its bullets or run-on text that unit's instructions ("14. Doanh nghiệp, cộng đồng, tổ chức, cá
nhân: Quan tâm, đăng ký …", "3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội" + "- Chuẩn
bị …"). When its head word is no head of units.yaml, units_find has no mention there; the item's
place says it is a unit: its siblings open with units ("1. Sở Công Thương", "2. Sở Y tế" …).

A heading is taken as a unit when
- an ancestor's heading names the organisation part (`heading_units.parts`),
- it is a label: a line of its own or text before a colon, not a sentence (no full stop),
- no mention opens it (a found unit is units_find's), and it opens with no verb or topic word
  ("Nâng cao …", "Chế độ báo cáo", "Về …"; `heading_units.not_openings`, `roles.subject_verbs`),
  nor is a facet, goal, funding or descriptive heading (task_words),
- its first line of content (run-on text after a colon, or its first bullet) names no lead of its
  own ("3. Hạ tầng số" / "- Sở Khoa học và Công nghệ chủ trì …": a topic),
- at least half of its numbered siblings of its kind (one at least) open with a mention.
The mention spans the heading, has the role `lead` and replaces the mentions inside it
("Chuyên viên Cơ quan Ủy ban MTTQ xã" holds "Ủy ban MTTQ xã")."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from .data import load
from .models import Section, UnitKind
from .normalise import fold
from .task_words import descriptive, funding_item, is_facet, is_target, non_task_heading
from .units_find import Mention

_DATA = load("units.yaml")
_H = _DATA["heading_units"]
_PARTS = tuple(fold(w) for w in _H["parts"])
_ITEM_KINDS = frozenset({"arabic", "decimal", "letter", "paren"})
_NOT_OPENING_RE = re.compile(
    "(?:" + "|".join(re.escape(fold(w)) for w in sorted(
        set(_H["not_openings"]) | set(_DATA["roles"]["subject_verbs"]) | set(_DATA["roles"]["addressed_before"])
        | set(_DATA["roles"]["intro_before"]) | set(_DATA["roles"]["item_intro"]), key=len, reverse=True))
    + r")(?:[\s,:]|$)"
)
# what may stand between the marker and a sibling's unit: "Đề nghị Ủy ban MTTQ tỉnh …"
_INTRO_RE = re.compile(
    r"(?i)(?:" + "|".join(re.escape(w) for w in _DATA["roles"]["heading_intro"]) + r")\s*:?\s*"
)
_MAX_WORDS = _H["max_words"]
_CLAUSE_RE = re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(fold(w)) for w in _H["clause_words"]) + r")(?:\s|$)")
_LIST_JOINS = (", ", " và ")
_LEADING = frozenset({"lead", "monitor"})
_PERSON_RE = re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(fold(w)) for w in _H["person_cues"]) + r")(?:\s|$)")
_PERSON_HEADS = tuple(h + " " for h in _DATA["heads"]["person"])


def _heading_start(text: str, s: Section) -> int:
    """Where s's heading starts in the text (it follows the marker: segment's headings are as printed)."""
    return text.find(s.heading, s.start, s.start + 24 + len(s.heading)) if s.heading else -1


def _opens_with_unit(text: str, s: Section, starts: list[int]) -> bool:
    hs = _heading_start(text, s)
    if hs < 0:
        return False
    intro = _INTRO_RE.match(text, hs)
    at = intro.end() if intro else hs
    i = bisect.bisect_left(starts, at)
    return i < len(starts) and starts[i] == at


def _label_end(text: str, hs: int, heading: str) -> int:
    """The heading's end when it is a label (its line ends there, or a colon follows); -1 for a sentence."""
    he = hs + len(heading)
    rest = text[he : he + 2].lstrip(" \t*_")
    return he if not rest or rest[0] in "\n:" else -1


def _is_label_heading(heading: str) -> bool:
    if len(heading.split()) > _MAX_WORDS or not heading[:1].isupper():
        return False
    h = fold(heading)
    if _NOT_OPENING_RE.match(h) or _CLAUSE_RE.search(h):
        return False
    return not (is_facet(heading) or descriptive(heading) or funding_item(heading) or is_target(heading)
                or non_task_heading(heading))


def _kind(heading: str) -> UnitKind:
    """`person` for one who holds a post ("Cán bộ phụ trách lĩnh vực …", "Người đứng đầu …"), else `group`."""
    return "person" if heading.startswith(_PERSON_HEADS) or _PERSON_RE.search(fold(heading)) else "group"


def _first_line_end(text: str, he: int, end: int) -> int:
    """The end of the item's first line of content after its heading (ending at `he`): the rest of
    the heading's line after a colon, else the next line (an item's first bullet)."""
    le = text.find("\n", he, end)
    if le < 0:
        return end
    if text[he:le].strip(" \t:*_"):
        return le
    nxt = text.find("\n", le + 1, end)
    return end if nxt < 0 else nxt


def _leads_within(mentions: list[Mention], starts: list[int], start: int, end: int) -> bool:
    """Whether a mention leading its clause lies in text[start:end]."""
    i = bisect.bisect_left(starts, start)
    while i < len(mentions) and mentions[i].start < end:
        if mentions[i].role in _LEADING:
            return True
        i += 1
    return False


def _lists_units(text: str, mentions: list[Mention], i: int, end: int) -> bool:
    """Whether a named unit after a comma or "và" lies in the heading that mentions[i:] opens
    before `end`: a list of units ("Công An Thành phố, Bộ Tư lệnh Thành phố") whose first units_find
    missed, not one unit ("Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng": a bare head)."""
    while i < len(mentions) and mentions[i].start < end:
        m = mentions[i]
        if m.name != m.head and text.endswith(_LIST_JOINS, 0, m.start):
            return True
        i += 1
    return False


def heading_units(text: str, sections: list[Section], mentions: list[Mention]) -> list[Mention]:
    """`mentions` (in text order) with the units named by heading lines added, as described above."""
    by_id = {s.id: s for s in sections}
    in_part: dict[str, bool] = {}

    def organisation(s: Section | None) -> bool:
        if s is None:
            return False
        got = in_part.get(s.id)
        if got is None:
            h = fold(s.heading)
            got = in_part[s.id] = any(p in h for p in _PARTS) or organisation(by_id.get(s.parent or ""))
        return got

    children: dict[str, list[Section]] = defaultdict(list)
    for s in sections:
        if s.parent is not None and s.kind in _ITEM_KINDS:
            children[s.parent].append(s)
    starts = [m.start for m in mentions]
    found: list[Mention] = []
    for parent_id, kids in children.items():
        if len(kids) < 2 or not organisation(by_id.get(parent_id)):
            continue
        opens: list[bool] | None = None
        # per kind of item: how many siblings there are and how many open with a unit (counted once,
        # not per item: a list of thousands of items must not be walked per item)
        of_kind: dict[str, int] = defaultdict(int)
        opening: dict[str, int] = defaultdict(int)
        for k, s in enumerate(kids):
            if not _is_label_heading(s.heading):
                continue
            hs = _heading_start(text, s)
            if hs < 0 or (he := _label_end(text, hs, s.heading)) < 0:
                continue
            i = bisect.bisect_left(starts, hs)
            if i < len(starts) and starts[i] == hs:
                continue  # a unit opens it: units_find's
            if _lists_units(text, mentions, i, he) or _leads_within(mentions, starts, he, _first_line_end(text, he, s.end)):
                continue
            if opens is None:
                opens = [_opens_with_unit(text, x, starts) for x in kids]
                for x, o in zip(kids, opens):
                    of_kind[x.kind] += 1
                    opening[x.kind] += o
            same = of_kind[s.kind] - 1  # its siblings of its kind, and how many of them open with a unit
            same_opening = opening[s.kind] - opens[k]
            if same and 2 * same_opening >= same:
                found.append(Mention(hs, he, s.heading, _kind(s.heading), s.heading, role="lead"))  # no head word: the whole name
    if not found:
        return mentions
    found.sort(key=lambda m: m.start)
    f_starts = [f.start for f in found]

    def inside(m: Mention) -> bool:
        i = bisect.bisect_right(f_starts, m.start) - 1
        return i >= 0 and m.start < found[i].end

    # timsort merges the two runs in one pass
    return sorted([m for m in mentions if not inside(m)] + found, key=lambda m: m.start)
