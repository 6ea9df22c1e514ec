"""resolve: ids for every mention — own number dropped, aliases and short forms resolved, issuers and
dates shared along a list, date conflicts split — then one Directive per distinct id.

Ids: the canonical number/symbol (extractor.symbols). When one number/symbol appears with two
different dates it is two directives: each dated mention's id becomes "<id>@YYYY-MM-DD" and an undated
mention joins the dated one nearest before it (else the first). Without a conflict the id is bare.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from pydantic import TypeAdapter

from ..models import Directive
from ..symbols import canonical_number
from . import patterns as P
from .issuers import canonical_issuer
from .mention import Mention

_SAME_RUN_GAP_RE = re.compile(r"^[ ]*(?:,|,?[ ]+và|,?[ ]+cùng)?[ ]*$")
_HAS_DIGIT_RE = re.compile(r"\d")
_PART_SPLIT_RE = re.compile(r"[-/]")
_MAX_ALIASES = 50
_STANDING_BODIES = frozenset(P.CITATIONS_DATA["issuer_standing_bodies"])
_DIRECTIVES = TypeAdapter(list[Directive])  # validated in one call: cheaper than one model at a time
# "Số: …" opening a line: "S" first (sre skips to a literal; "^" under MULTILINE is tried at
# every position), then a look-behind for the line start.
_OWN_RE = re.compile(r"S(?<![^\n]S)(?:ố|Ố)\s*:?\s*(" + P.SYM + r")")


_AMENDING_RE = re.compile(r"(?:Bộ luật|Luật|Pháp lệnh) sửa đổi, bổ sung (?:một số điều )?(?:của )?$")


def amending_laws(text: str, mentions: list[Mention]) -> None:
    """'… Luật Xây dựng số 50/2014/QH13, được sửa đổi, bổ sung tại Luật sửa đổi, bổ sung một số điều của
    Luật xây dựng số 62/2020/QH14': a second number for a law already cited is the amending law's
    number, so the mention starts at the amending law's name."""
    seen: dict[str, str] = {}
    for m in mentions:
        if not m.name or m.parts is None:
            continue
        key = f"{m.type_printed} {m.name}".casefold()
        pm = _AMENDING_RE.search(text, max(0, m.start - 60), m.start)
        if pm and key in seen and seen[key] != m.parts.id:
            m.start = pm.start()
            m.title = text[m.start:m.end].rsplit(" số ", 1)[0]
        seen.setdefault(key, m.parts.id)


def drop_own(mentions: list[Mention], own: str | None) -> list[Mention]:
    if not own:
        return mentions
    return [m for m in mentions if not (m.parts and m.parts.id == own)]


def share_along_lists(text: str, mentions: list[Mention]) -> None:
    """An issuer (and, across "và", a date) given once at the end of a list belongs to each member."""
    for i in range(len(mentions) - 2, -1, -1):
        a, b = mentions[i], mentions[i + 1]
        if a.parts is None or b.parts is None or a.form == "self" or b.form == "self":
            continue
        gap = text[a.phrase_end:b.start]
        if not _SAME_RUN_GAP_RE.match(gap) and a.run != b.run:
            continue
        if a.run != b.run and (a.kind != b.kind or a.parts.issuer != b.parts.issuer):
            continue
        if a.issuer is None and b.issuer is not None and a.parts.issuer == b.parts.issuer:
            a.issuer = b.issuer
        if a.issued_date is None and b.issued_date is not None and re.search(r"\bvà\b", gap):
            a.issued_date = b.issued_date


def _covering(starts: list[int], items: list[Mention], pos: int) -> bool:
    k = bisect_right(starts, pos) - 1
    return k >= 0 and items[k].start <= pos < items[k].end


def share_list_intro(text: str, mentions: list[Mention]) -> None:
    """"các Quyết định của Thủ tướng Chính phủ về …: Quyết định số 1629/QĐ-TTg …; Quyết định số 790/QĐ-TTg":
    the issuer of the introduction belongs to each listed mention of that type without its own.
    Only lines holding such a mention are scanned, each once."""
    line_end = -1
    line: list[tuple[int, str | None, str]] = []
    for m in mentions:
        if m.issuer is not None or m.parts is None:
            continue
        if m.start >= line_end:  # mentions are in text order: each line is found and scanned once
            line_start = text.rfind("\n", 0, m.start) + 1
            line_end = text.find("\n", m.start)
            line_end = len(text) if line_end < 0 else line_end
            found = P.LIST_INTRO_RE.finditer(text, line_start, line_end)
            line = [(im.end(), P.type_info(im["type"])[1], im["iss"].strip()) for im in found]
        for end, kind, issuer in reversed(line):
            if end <= m.start:
                if kind == m.kind:
                    m.issuer = issuer
                break


def find_aliases(text: str, mentions: list[Mention]) -> list[Mention]:
    """'(sau đây viết tắt là Kết luận 21)' → later uses of 'Kết luận 21' are short mentions.

    Only aliases with a digit count ("Nghị quyết" alone is a common noun)."""
    out: list[Mention] = []
    full = [m for m in mentions if m.parts is not None]
    fstarts = [m.start for m in full]
    mstarts = [m.start for m in mentions]
    for n, am in enumerate(P.ALIAS_RE.finditer(text)):
        if n >= _MAX_ALIASES:  # each alias is searched through the text: keep it linear
            break
        alias = am["alias"].strip()
        i = bisect_left(fstarts, am.start())
        if not _HAS_DIGIT_RE.search(alias) or (i < len(full) and full[i].start < am.end()):
            continue
        line_start = text.rfind("\n", 0, am.start()) + 1
        k = i - 1
        while k >= 0 and full[k].phrase_end > am.start():
            k -= 1
        if k < 0 or full[k].start < line_start or ";" in text[full[k].phrase_end:am.start()]:
            continue
        target = full[k]
        pos = am.end()
        while True:
            i = text.find(alias, pos)
            if i < 0:
                break
            j = i + len(alias)
            pos = j
            if (i and text[i - 1].isalnum()) or (j < len(text) and text[j].isalnum()):
                continue
            if _covering(mstarts, mentions, i):
                continue
            out.append(Mention(
                start=i, end=j, phrase_end=j, type_printed=None, kind_name=target.kind_name, kind=target.kind,
                raw_symbol=alias, parts=target.parts, form="short", run=-1, alias_of=target.start,
            ))
    return out


def _short_index(full: list[Mention]) -> dict[tuple[str | None, int], list[Mention]]:
    index: dict[tuple[str | None, int], list[Mention]] = {}
    for f in full:
        if f.parts is not None and f.parts.number.isdigit():
            index.setdefault((f.kind, int(f.parts.number)), []).append(f)
    return index


def _resolve_short(m: Mention, index: dict[tuple[str | None, int], list[Mention]]) -> Mention | None:
    cands = [f for f in index.get((m.kind, int(m.short_number or "-1")), [])
             if m.short_year is None or (f.parts is not None and f.parts.year == m.short_year)]
    if not cands:
        return None
    k = bisect_left([f.start for f in cands], m.start) - 1
    return cands[k] if k >= 0 else cands[0]


def assign_ids(mentions: list[Mention], own: str | None) -> list[Mention]:
    """Give every mention its id; drop short forms that resolve to nothing."""
    index = _short_index([m for m in mentions if m.parts is not None and m.form != "self"])
    out: list[Mention] = []
    for m in mentions:
        if m.form == "self":
            m.id = own
        elif m.parts is not None:
            m.id = m.parts.id
        else:
            target = _resolve_short(m, index)
            if target is None or target.parts is None:
                continue
            m.parts, m.form, m.id = target.parts, "short", target.parts.id
        out.append(m)
    _merge_permuted(out)
    _split_conflicts(out)
    seen: set[str] = set()
    for m in out:
        if m.form == "self" or m.id is None:
            continue
        if m.form == "full" and m.id in seen and m.issued_date is None and m.issuer is None:
            m.form = "short"
        seen.add(m.id)
    return out


def _merge_permuted(mentions: list[Mention]) -> None:
    """'16/KH-BTT-MTTQ' printed for '16/KH-MTTQ-BTT': one number, kind and set of symbol parts -> one id.
    The id printed first wins."""
    first: dict[tuple[object, ...], str] = {}
    for m in mentions:
        if m.form == "self" or m.parts is None or m.id is None:
            continue
        key = (m.parts.number, m.parts.year, m.kind, frozenset(_PART_SPLIT_RE.split(m.id[len(m.parts.number):])) - {""})
        m.id = first.setdefault(key, m.id)


def _split_conflicts(mentions: list[Mention]) -> None:
    dates: dict[str, list[str]] = {}
    for m in mentions:
        if m.form != "self" and m.id and m.issued_date and m.issued_date not in dates.setdefault(m.id, []):
            dates[m.id].append(m.issued_date)
    conflicts = {k for k, v in dates.items() if len(v) > 1}
    if not conflicts:
        return
    last: dict[str, str] = {}
    for m in mentions:
        if m.form == "self" or m.id not in conflicts:
            continue
        base = m.id
        if m.issued_date:
            last[base] = m.issued_date
        date = m.issued_date or last.get(base) or dates[base][0]
        m.id = f"{base}@{date}"


def _fullness(m: Mention) -> int:
    """Fields given, a printed-in-capitals mention (a title line) counting one less."""
    shouting = bool(m.issuer and m.issuer.isupper())
    return sum(x is not None for x in (m.issued_date, m.issuer, m.title)) + (m.form == "full") - 2 * shouting


def _most_specific(issuer: str | None, printed: list[str | None]) -> str | None:
    """The issuer a mention names more precisely where another names it too ("Tỉnh ủy" once, "Ban
    Thường vụ Tỉnh ủy" elsewhere): the longest that is a standing body of the chosen one
    (`issuer_standing_bodies` in citations.yaml; not its head: "Bộ trưởng Bộ …" stays "Bộ …")."""
    if issuer is None:
        return None
    longer = [
        p for p in printed
        if p and p.endswith(" " + issuer) and p[: -len(issuer) - 1] in _STANDING_BODIES
    ]
    return max(longer, key=len) if longer else issuer


def directives(mentions: list[Mention], parents: set[str]) -> list[Directive]:
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.form != "self" and m.id:
            groups.setdefault(m.id, []).append(m)
    out: list[dict[str, object]] = []
    for did, ms in groups.items():
        if len(ms) == 1:  # most directives are cited once: nothing to rank
            m = ms[0]
            kind, kind_name, issued, issuer, title = m.kind, m.kind_name, m.issued_date, m.issuer, m.title
            relations = [m.relation]
        else:
            ranked = sorted(ms, key=lambda m: (-_fullness(m), m.start))
            kind, kind_name, issued, issuer, title = (
                next((v for m in ranked if (v := getattr(m, attr)) is not None), None)
                for attr in ("kind", "kind_name", "issued_date", "issuer", "title")
            )
            relations = list(dict.fromkeys(m.relation for m in ms))
            issuer = _most_specific(issuer, [m.issuer for m in ms])
        out.append({
            "id": did, "kind": kind, "kind_name": kind_name, "issued_date": issued, "issuer": issuer,
            "issuer_canonical": canonical_issuer(issuer), "title": title, "mentions": len(ms),
            "relations": relations, "parent": did in parents,
        })
    return _DIRECTIVES.validate_python(out)


def own_number(text: str, number: str | None) -> str | None:
    """The document's number (document.number), else read from a 'Số: …' header line."""
    if number:
        return canonical_number(number)
    m = _OWN_RE.search(text, 0, 3000)
    return canonical_number(m.group(1)) if m else None
