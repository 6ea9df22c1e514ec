"""Members named in brackets after a group: "phối hợp chặt chẽ với các nhà mạng (Viettel Nghệ An,
VNPT Nghệ An, MobiFone Nghệ An)". A closed list of names — capitalised words only, two or more,
joined by ", " or "và" — names every member: each is a unit, with the group's role, and the group
stands for them (it is no unit of its own). An open list ("VNPT, Viettel, MobiFone và doanh nghiệp
khác", "như …") only gives examples: the group stays the unit, the names are none."""

from __future__ import annotations

import re

from .letters import UPPER
from .units_find import Mention

_NAME = rf"[{UPPER}][\w&]*(?:[ ][{UPPER}][\w&]*)*"
_MEMBERS_RE = re.compile(rf"[ ]?\(({_NAME}(?:(?:,[ ]|[ ]và[ ]){_NAME})+)\)")
_ITEM_RE = re.compile(_NAME)


def enumerated_members(text: str, ms: list[Mention]) -> list[Mention]:
    """`ms` (in text order) with the members a group's brackets name after it, the group marked
    `enumerated` (it keeps its place: the cue before it gives the members their role)."""
    out: list[Mention] = []
    for i, m in enumerate(ms):
        out.append(m)
        if m.kind != "group" or "(" not in text[m.end : m.end + 2]:
            continue
        got = _MEMBERS_RE.match(text, m.end)
        if got is None or (i + 1 < len(ms) and ms[i + 1].start < got.end()):
            continue  # no closed list of names, or units of the lexicon inside it (read as such)
        m.enumerated = True
        for item in _ITEM_RE.finditer(text, got.start(1), got.end(1)):
            name = item.group()
            if name != "và":
                out.append(Mention(item.start(), item.end(), name, "other", name.split(" ")[0]))
    return out
