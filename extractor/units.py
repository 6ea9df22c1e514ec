"""Responsible units: find -> canonicalise (abbreviations, rapidfuzz) -> roles.

A mention is either a *named* unit (a head noun from `data/units.yaml` — Sở, Ban, Đảng ủy … —
followed by its name: capitalised words, administrative levels, "và"/","/"-" joins inside a
name) or a *generic group* ("các phòng, ban, đơn vị", "cán bộ, đảng viên"). Each mention gets
its canonical name (abbreviations expanded, then mapped to the document's full form with
rapidfuzz on `fold()`ed keys) and the role it plays in its clause, read from cue words
around the mention or the list of mentions it belongs to (see `roles` in units.yaml). The
grammar is in units_find.py, the canonical names in units_canon.py, the roles in units_roles.py.

Task tables (extractor/task_tables.py) give the role of a mention by its column.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from . import task_tables
from .letters import LOWER
from .models import DocumentMeta, Section, Unit
from .normalise import fold
from .section_lookup import SectionLookup
from .units_canon import (
    _GROUP_TRAILER_RE,
    _ISSUER_CUE_RE,
    Canon,
    _clean,
    _key,
    _rank,
    expand_abbreviations,  # noqa: F401 - re-exported
    header_name,
    running_name,
)
from .units_find import (
    Mention,
    _kind_of,
    find_mentions,
    listed_kind,
)
from .units_headings import heading_units
from .units_members import enumerated_members
from .units_roles import assign_roles

_PAREN_ALIAS_RE = re.compile(r"\s?\(([^()\n]{1,40})\)")
_RENAMED_RE = re.compile(r"\s?\(\s?nay(?: là)? ")


_SKIP_KINDS = {"recipients", "signature"}
_FRONT_FULL = "Mặt trận Tổ quốc Việt Nam"
_FRONT_SHORT_RE = re.compile(r"Mặt trận Tổ quốc(?! Việt Nam)")


def _skipper(sections: list[Section]):
    """A test: is this section a recipients/signature block or under one? Asked only for the
    sections that hold mentions, each answered once (its parent's answer, or its own kind)."""
    by_id = {s.id: s for s in sections}
    memo: dict[str, bool] = {}

    def skipped(s: Section) -> bool:
        got = memo.get(s.id)
        if got is None:
            parent = by_id.get(s.parent) if s.parent else None
            got = memo[s.id] = s.kind in _SKIP_KINDS or (parent is not None and skipped(parent))
        return got

    return skipped


def header_issuer(text: str, document: DocumentMeta | None = None) -> Mention | None:
    """The issuer printed in capitals at the top of a state header, named as written in running
    text (see `units_canon.running_name`), as a mention spanning it. From the document's metadata
    when given (it reads every header layout: `|` cells, columns one after the other or
    interleaved), else from the header's first lines (`units_canon.header_name`)."""
    if document is None:
        got = header_name(text)
    else:
        span = document.spans.get("issuer")
        named = running_name(" ".join(x for x in (document.parent_body, document.issuer) if x)) if span else None
        got = None if named is None or span is None else (span.start, span.end, *named)
    if got is None:
        return None
    start, end, name, head = got
    return Mention(start, end, name, _kind_of(head, name), head)


@lru_cache(maxsize=65536)
def _bare_groups(canonical: str) -> tuple[str, ...]:
    """The group without its trailing qualifiers, one more dropped each time: "Các sở, ban, ngành
    tỉnh có liên quan" -> "Các sở, ban, ngành tỉnh", "Các sở, ban, ngành"."""
    out: list[str] = []
    while (bare := _GROUP_TRAILER_RE.sub("", canonical)) != canonical:
        out.append(bare)
        canonical = bare
    return tuple(out)


def _unit(m: Mention, canonical: str, section: str | None) -> Unit:
    """A validated Unit (pydantic's public constructor: writing model internals by hand saved a few
    ms over the corpus but would break silently with a pydantic release that changes them)."""
    kind = listed_kind(m.kind, m.head, m.name)
    return Unit(name=m.name, canonical=canonical, kind=kind, role=m.role, section=section, start=m.start, end=m.end)


def extract_units(text: str, sections: list[Section], document: DocumentMeta | None = None) -> list[Unit]:
    """The units given a role or addressed (conventions: corpus/README.md), and the document's
    issuer: mentions that only name a body ("của Bộ Chính trị") are left out. `document` (the
    metadata stage's output) names the issuer; without it the header is read again."""
    return [_unit(m, c, path) for m, c, path, listed in _rows(text, sections, document) if listed]


def unit_mentions(text: str, sections: list[Section], document: DocumentMeta | None = None) -> list[Unit]:
    """Every unit mention with its canonical name and role (`mentioned` when it plays none)."""
    return [_unit(m, c, path) for m, c, path, _ in _rows(text, sections, document)]


def _issuer_cued(text: str, mentions: list[Mention], until: int) -> tuple[Mention, str | None] | None:
    """The first named mention before `until` followed (past an alias in brackets) by "xây dựng /
    ban hành kế hoạch": the body issuing the plan, with its alias."""
    for i, m in enumerate(mentions):
        if m.start >= until:
            break
        if m.kind == "group":
            continue
        after = text[m.end : m.end + 60]
        alias = _PAREN_ALIAS_RE.match(after) if "(" in after[:2] else None
        skip = alias.end() if alias else 0
        cue = _ISSUER_CUE_RE.match(after[skip:])
        if cue and not any(  # no other body before the cue: "của Đảng ủy X, Văn phòng Y xây dựng"
            m.end + skip <= n.start < m.end + skip + cue.end() for n in mentions[i + 1 : i + 4]
        ):
            return m, alias.group(1) if alias else None
    return None


# the rest of a list item in a task table's unit column: lower-case words up to ";" or the line's end
_CELL_REST_RE = re.compile(rf"[ ][{LOWER}][^;\n|]*")
_CELL_REST_END_RE = re.compile(r"(?:[ ,.:]|[ ]và)+$")


def _whole_cell_item(text: str, m: Mention, stop: int) -> None:
    """A group in a lead or support cell of a task table is named by its whole list item: a cell
    names units and gives no instruction, so the words after the group are its modifiers, verbs
    included ("Các doanh nghiệp cung cấp dịch vụ bưu chính", "Các cơ quan quản lý các lĩnh vực
    trọng điểm"). The item ends at ";", the line's end, the cell's end or the next mention."""
    rest = _CELL_REST_RE.match(text, m.end, stop)
    if rest is None:
        return
    end = m.end + len(_CELL_REST_END_RE.sub("", rest.group()))
    if end > m.end:
        m.end = end
        m.name = text[m.start : end]


def _rows(
    text: str, sections: list[Section], document: DocumentMeta | None = None
) -> list[tuple[Mention, str, str | None, bool]]:
    """Every mention with its canonical name, its section's path, and whether it is listed (a
    role, addressed, or the issuer: printed in the header, or named in a headerless preamble as the
    body that "xây dựng / ban hành kế hoạch")."""
    issuer = header_issuer(text, document)
    mentions = enumerated_members(text, find_mentions(text))  # "các nhà mạng (Viettel Nghệ An, VNPT Nghệ An)"
    assign_roles(text, mentions)
    mentions = heading_units(text, sections, mentions)  # "14. Doanh nghiệp, cộng đồng, tổ chức, cá nhân: …"
    starts = [m.start for m in mentions]
    for cell_role, (cs, ce) in task_tables.role_cells(text):
        lo, hi = bisect.bisect_left(starts, cs), bisect.bisect_left(starts, ce)
        for j in range(lo, hi):
            m = mentions[j]
            if m.role in ("mentioned", "lead", "monitor"):
                m.role = cell_role
            if m.kind == "group":
                _whole_cell_item(text, m, mentions[j + 1].start if j + 1 < hi else ce)
    canon = Canon()
    if issuer is not None:
        canon.issuer = canon.add(issuer.name)
        mentions.insert(0, issuer)
    first_section = min((s.start for s in sections if s.kind in ("roman", "part", "chapter")), default=len(text))
    cued = _issuer_cued(text, mentions, first_section)
    cued_issuer = cued[0] if cued is not None and issuer is None else None  # the header, when printed, names it
    if cued is not None:
        m, alias = cued
        canon.issuer = canon.resolve(m) if issuer is not None else canon.add(_clean(m.name))
        if alias:
            canon.alias[fold(alias)] = canon.issuer
    lookup = SectionLookup(sections)
    skipped = _skipper(sections)
    rows: list[tuple[Mention, str, str | None]] = []
    for i, m in enumerate(mentions):
        sec = lookup.at(m.start)
        if sec is not None and skipped(sec):
            continue
        canonical = canon.resolve(m)
        # "(" within two characters is needed for an alias: most mentions have none, no regex then
        if "(" in text[m.end : m.end + 2]:
            paren = _PAREN_ALIAS_RE.match(text, m.end)
            if paren and len(paren.group(1).split()) <= 4 and paren.group(1)[:1].isupper():
                canon.alias.setdefault(fold(paren.group(1)), canonical)
            renamed = _RENAMED_RE.match(text, m.end)
            if renamed and i + 1 < len(mentions) and mentions[i + 1].start == renamed.end():
                # "Tổng cục Thủy sản (nay Cục Thủy sản và Kiểm ngư)": the body under its present name
                canonical = canon.resolve(mentions[i + 1])
                canon.alias.setdefault(_key(_clean(m.name)), canonical)
        rows.append((m, canonical, sec.path if sec else None))
    # the name of a unit printed short before its full name is the full one (the order of print is no matter)
    header = canon.by_key.get(_key(issuer.name)) if issuer is not None else None  # named by the header as printed
    fuller = {c: canon.fuller(c) for c in {c for m, c, _ in rows if m.kind != "group" and c != header}}  # once a name
    rows = [(m, fuller.get(c, c) if m.kind != "group" else c, path) for m, c, path in rows]
    # a group's qualifier goes when the document also lists it without: "Các phòng, ban, đơn vị
    # liên quan" = "Các phòng, ban, đơn vị", "Các Sở, ban, ngành Thành phố" = "Các Sở, ban, ngành"
    # (`group_trailers`); "Các sở, ngành có liên quan" stays when alone, and when the bare group is
    # only mentioned ("của các cơ quan, đơn vị"), not a unit itself
    listed = [
        not m.enumerated and (m.role != "mentioned" or m.addressed or m is issuer or m is cued_issuer) for m, _, _ in rows
    ]
    keys = {_key(c) for (_, c, _), yes in zip(rows, listed, strict=True) if yes}
    for i, (m, c, path) in enumerate(rows):
        if m.kind == "group":
            bare = next((b for b in _bare_groups(c) if _key(b) in keys), None)  # the nearest listed
            if bare is not None:
                rows[i] = (m, bare, path)
    # one printed form per unit: the fullest ("… MTTQ Việt Nam xã" over "… MTTQ xã"); the Front
    # is named in full ("Mặt trận Tổ quốc Việt Nam") in every unit once a unit prints it so
    pairs = dict.fromkeys((c, m.name) for m, c, _ in rows)  # a pair seen again changes nothing
    front_full = any(_FRONT_FULL in c for c, _ in pairs)
    best: dict[str, str] = {}
    for c, name in pairs:
        k = _key(c)
        printed = _clean(name)
        forms: tuple[str, ...] = (c, printed) if _key(printed) == k else (c,)
        if front_full and _FRONT_SHORT_RE.search(c):
            forms += (_FRONT_SHORT_RE.sub(_FRONT_FULL, c),)
        for form in forms:
            cur = best.get(k)
            if cur is None or (form != cur and _rank(form) > _rank(cur)):
                best[k] = form
    own = _key(issuer.name) if issuer is not None else None
    return [(m, best[_key(c)], path, yes or _key(c) == own) for (m, c, path), yes in zip(rows, listed, strict=True)]
