"""Responsible units: find -> canonicalise (abbreviations, rapidfuzz) -> roles.

A mention is either a *named* unit (a head noun from `data/units.yaml` — Sở, Ban, Đảng ủy … —
followed by its name: capitalised words, administrative levels, "và"/","/"-" joins inside a
name) or a *generic group* ("các phòng, ban, đơn vị", "cán bộ, đảng viên"). Each mention gets
its canonical name (abbreviations expanded, then mapped to the document's full form with
rapidfuzz on `fold()`ed keys) and the role it plays in its clause, read from cue words
around the mention or the list of mentions it belongs to (see `roles` in units.yaml).

Task tables (extractor/task_tables.py) give the role of a mention by its column.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from . import task_tables
from .data import load
from .models import Section, Unit, UnitKind, UnitRole
from .normalise import fold
from .units_canon import (
    _GROUP_TRAILER_RE,
    _ISSUER_CUE_RE,
    Canon,
    _clean,
    _key,
    _rank,
    expand_abbreviations,  # noqa: F401 - re-exported
    header_name,
)
from .units_roles import assign_roles

_DATA = load("units.yaml")
_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"



# --- the mention grammar ----------------------------------------------------------------------
def trie_pattern(words: list[str] | set[str]) -> str:
    """An alternation of literal words as a prefix trie: far faster in `re` than a flat list."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(node, key=lambda c: (c == "", c)) if ch]
        if not alts:
            return ""
        opt = "" in node
        body = alts[0] if len(alts) == 1 and not opt else "(?:" + "|".join(alts) + ")"
        return body + "?" if opt else body

    return build(trie)


def _cased(words: list[str]) -> set[str]:
    return {v for w in words for v in (w, w[:1].upper() + w[1:])}


_HEAD_KIND: dict[str, UnitKind] = {}
for _kind, _heads in _DATA["heads"].items():
    for _h in _heads:
        _HEAD_KIND.setdefault(_h, _kind)
_STANDALONE = set(_DATA.get("standalone", []))
_STOP = trie_pattern(_DATA["stop_syllables"])
_TAILS = trie_pattern(_DATA["tails"])
_HEADS = trie_pattern(list(_HEAD_KIND))
_NESTED_HEADS = trie_pattern([h for h in _HEAD_KIND if h[:1].isupper()])
_DOC_TYPES = trie_pattern(list(load("doc_types.yaml")["types"]) + _DATA.get("not_names", []))
_NOT_NAME = rf"(?!(?:{_DOC_TYPES})(?![\w&]))"
_CAP = rf"{_NOT_NAME}[{_UPPER}][\w&]*(?:,[{_UPPER}]+&[{_UPPER}]+)?"
# a capitalised word may carry up to three lower-case syllables ("Chuyển đổi số", "Kiểm soát bệnh tật"), never a verb
# or function word, nor the start of an administrative tail ("… Việt Nam thành phố")
_LOW_NEXT = rf"(?:[ ](?!(?:{_STOP}|{_TAILS})(?!\w))[{_LOWER}]\w*){{0,3}}"
_CAP_WORD = rf"(?!(?:{_HEADS})(?![\w&])){_CAP}{_LOW_NEXT}"
_TAIL_RE = re.compile(
    rf"(?:[ ](?:{_NESTED_HEADS})(?![\w&])|[ ](?:{_TAILS})(?!\w)|[ ]{_CAP}{_LOW_NEXT}|[ ]\d{{1,3}}(?!\w)"
    rf"|(?:[ ]?,[ ]|[ ]-[ ]|[ ]và[ ]){_CAP_WORD})*"
)
_GROUP_NOUNS = trie_pattern(_cased(_DATA["group_nouns"]))
_GROUP_DET = trie_pattern(_cased(_DATA["group_determiners"]))
_GROUP_QUAL = trie_pattern(_cased(_DATA["group_qualifiers"]))
_STANDALONE_GROUPS = _cased(_DATA.get("standalone_groups", []))
_DETERMINERS = _cased(_DATA["group_determiners"])
# what may follow a determiner in a group: a group noun, or "các" again ("tất cả các")
_NOUN_START_RE = re.compile(trie_pattern(_cased(_DATA["group_nouns"]) | {"các "}))  # one match, not 99 startswith
_GROUP_RE = re.compile(
    rf"(?P<det>(?:{_GROUP_DET})[ ])?(?P<first>(?:{_GROUP_NOUNS}))(?!\w)"
    rf"(?P<more>(?:(?:[ ]?,[ ]|[ ]và[ ]|[ ]các[ ])(?:các[ ])?(?:{_GROUP_NOUNS})(?!\w))*)"
    rf"(?:[ ](?:{_GROUP_QUAL})(?!\w))?"
)
# a group's lower-case modifiers ("các cơ quan truyền thông", "các cơ sở sản xuất giống"): up to
# four syllables, never a verb or function word (the start of the instruction), then a place
_R = _DATA["roles"]
_NOT_MODIFIER = trie_pattern(
    set(_DATA["group_modifier_stops"]) | set(_R["subject_verbs"]) | set(_R["lead_after"]) | set(_R["report_verbs"])
    | set(_R["support_before"]) | set(_R["advise_before"]) | set(_R["addressed_before"]) | set(_R["adverbs"])
)
_MOD_WORD = rf"[ ](?!(?:{_NOT_MODIFIER})(?!\w))[{_LOWER}]+(?:[ ]?-[ ]?[{_LOWER}]+)?(?![\w-])"
_PLACE = r"[ ](?:đóng[ ])?trên địa bàn(?:[ ]tỉnh|[ ]thành phố)?(?!\w)"
# the modifiers must end where the name plainly ends: punctuation, a line end, "và", a place, or
# the instruction's verb ("các cơ quan truyền thông trên địa bàn tỉnh tăng cường …")
_MOD_END = rf"(?=[,;:.()]|[ ]?\n|$|[ ]và[ ]|{_PLACE}|[ ](?:{_NOT_MODIFIER})(?!\w))"
_GROUP_MOD_RE = re.compile(rf"(?:{_MOD_WORD}){{1,4}}{_MOD_END}(?:{_PLACE}|[ ](?:{_GROUP_QUAL})(?!\w))?|{_PLACE}")
# Where a mention may start: a capitalised head noun or group opener (one regex scan), or a
# lower-case group opener (plain substring search, much faster than a regex over every char).
# A lower-case determiner opens a group only before a group noun ("các nội dung" opens none):
# found by a regex on that condition (a literal start: as fast as the substring search), it
# spares the mention loop some 1,500 "các" a corpus.
_GROUP_STARTS = _cased(_DATA["group_determiners"] + _DATA["group_starters"])
_UPPER_STARTS = {w for w in set(_HEAD_KIND) | _GROUP_STARTS if w[:1].isupper()}
_LOWER_STARTS = sorted(w for w in set(_HEAD_KIND) | _GROUP_STARTS if not w[:1].isupper())
_TRIGGER_RE = re.compile(rf"(?:{trie_pattern(_UPPER_STARTS)})(?![\w&])")
_LOWER_DETERMINER_RES = [
    (w, re.compile(rf"{re.escape(w)}(?![\w&])(?=.(?:{_NOUN_START_RE.pattern}))", re.DOTALL))
    for w in _LOWER_STARTS if w in _DETERMINERS
]
_LOWER_OTHERS = [w for w in _LOWER_STARTS if w not in _DETERMINERS]


def _triggers(text: str) -> list[tuple[int, str]]:
    out = [(m.start(), m.group()) for m in _TRIGGER_RE.finditer(text)]
    for w, rx in _LOWER_DETERMINER_RES:
        out += [(m.start(), w) for m in rx.finditer(text)]
    for w in _LOWER_OTHERS:
        n = len(w)
        pos = text.find(w)
        while pos >= 0:
            nxt = text[pos + n : pos + n + 1]  # a word end: no letter, digit, "_" or "&" next
            if not (nxt.isalnum() or nxt == "_" or nxt == "&"):
                out.append((pos, w))
            pos = text.find(w, pos + 1)
    out.sort()
    return out


_PAREN_ALIAS_RE = re.compile(r"\s?\(([^()\n]{1,40})\)")


@dataclass(slots=True)  # thousands a document: slots make them cheaper to build and read
class Mention:
    start: int
    end: int
    name: str
    kind: UnitKind
    head: str
    role: UnitRole = "mentioned"
    addressed: bool = False


_FRONT_RE = re.compile(r"Mặt trận|MTTQ")


@lru_cache(maxsize=65536)  # the same names come back all through a document
def _kind_of(head: str, name: str = "") -> UnitKind:
    kind = _HEAD_KIND.get(head, "other")
    if kind in ("state", "other") and _FRONT_RE.search(name):
        return "front"  # "Ủy ban MTTQ xã"
    return kind


def _needs_name(head: str) -> bool:
    """Generic head words ("Hội", "Ban", "Phòng") are units only with a name after them."""
    return len(head.split()) == 1 or head in _DATA.get("needs_name", [])


# what the mention loop needs to know of each trigger word, looked up once per trigger:
# (length, head kind or None, a capitalised person head, a unit with no name after it,
#  opens a group, is a determiner)
_TRIGGER_INFO: dict[str, tuple[int, UnitKind | None, bool, bool, bool, bool]] = {
    w: (
        len(w),
        _HEAD_KIND.get(w),
        _HEAD_KIND.get(w) == "person" and w[:1].isupper(),
        w in _STANDALONE or not _needs_name(w),
        w in _GROUP_STARTS,
        w in _DETERMINERS,
    )
    for w in _UPPER_STARTS | set(_LOWER_STARTS)
}


def find_mentions(text: str) -> list[Mention]:
    """Every unit mention in `text`, left to right, longest first on overlaps."""
    cands: list[Mention] = []
    last_group_end = -1
    for start, word in _triggers(text):
        if start and (text[start - 1].isalnum() or text[start - 1] in "&_"):
            continue
        n, head_kind, person, bare_ok, group_start, determiner = _TRIGGER_INFO[word]
        if head_kind is not None:
            name = text[start : _TAIL_RE.match(text, start + n).end()].rstrip(" ,-")
            if len(name) == n and person and text.startswith(" ", start + n):
                # "Thủ trưởng các sở, ban, ngành tỉnh": a person heading a group
                g = _GROUP_RE.match(text, start + n + 1)
                if g is not None and g.group("det"):
                    name = text[start : g.end()].rstrip(" ,")
            if len(name) > n or bare_ok:
                cands.append(Mention(start, start + len(name), name, _kind_of(word, name), word))
            elif not group_start:
                continue  # "Sở" with no name may still open a group ("Sở, ban ngành liên quan")
        if group_start and start >= last_group_end:
            if determiner and not _NOUN_START_RE.match(text, start + n + 1):
                continue  # "các nội dung": no group noun after the determiner
            g = _GROUP_RE.match(text, start)
            if g is None:
                continue
            det, first, more = g.group("det", "first", "more")
            if not det and not more and first not in _STANDALONE_GROUPS:
                continue
            end = g.end()
            if det and text[end - 1] != ",":
                mod = _GROUP_MOD_RE.match(text, end)
                end = mod.end() if mod else end
            name = text[start:end].rstrip(" ,")
            last_group_end = end
            if not name.isupper():
                cands.append(Mention(start, start + len(name), name, "group", "group"))
    cands = [c for c in _outside_caps_lines(text, cands) if not _shouted(c.name)]
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Mention] = []
    last_end = -1
    for c in cands:
        if c.start >= last_end:
            out.append(c)
            last_end = c.end
        elif c.kind != "group" and out and out[-1].kind == "group" and c.end > out[-1].end:
            # "Ủy ban nhân dân các xã, phường": the named unit swallows the group it contains
            out[-1] = c
            last_end = c.end
    return _groups_after_names(text, _heading_groups(text, out))


_ITEM_MARKER_RE = re.compile(r"[ \t]*(?:[IVXLC]{1,5}[.)-]|\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zđ][).])[ \t]*(?:Đề nghị:?[ ])?$")
_HEADING_REST_RE = re.compile(r"[^.;:\n]{1,120}?:?[ \t]*(?=\n|$)")
_ROLE_CUE_RE = re.compile(
    rf"[ ,]*(?:{trie_pattern(set(_R['subject_verbs']) | set(_R['lead_after']) | set(_R['support_before']))})(?!\w)"
)


def _heading_groups(text: str, out: list[Mention]) -> list[Mention]:
    """A group that is a numbered item's whole heading line is named by the whole line ("19. Các
    cơ sở đào tạo đại học, sau đại học", "6. Các doanh nghiệp thứ cấp đang hoạt động trong KCN")."""
    for i, m in enumerate(out):
        if m.kind != "group" or text.startswith("\n", m.end) or m.end >= len(text):
            continue
        ls = text.rfind("\n", 0, m.start) + 1
        if not _ITEM_MARKER_RE.match(text[ls : m.start]):
            continue
        rest = _HEADING_REST_RE.match(text, m.end)
        nxt = out[i + 1].start if i + 1 < len(out) else len(text)
        if rest is None or rest.end() > nxt or _ROLE_CUE_RE.match(text, m.end):
            continue
        end = m.end + len(rest.group().rstrip(" \t:"))
        out[i] = Mention(m.start, end, text[m.start : end], m.kind, m.head, m.role)
    return out


_JOIN_RE = re.compile(r"[ ]?,[ ]|[ ]và[ ]|;[ ]")


def _groups_after_names(text: str, out: list[Mention]) -> list[Mention]:
    """A group right after a name ("Lãnh đạo Văn phòng, các phòng, ban, đơn vị") that lost the
    overlap contest to a group starting inside the name ("phòng, các phòng …")."""
    extra: list[Mention] = []
    for i, c in enumerate(out):
        if c.kind == "group":
            continue
        j = _JOIN_RE.match(text, c.end) if text[c.end : c.end + 1] in (" ", ",", ";") else None
        if not j:
            continue
        g = _GROUP_RE.match(text, j.end())
        nxt = out[i + 1].start if i + 1 < len(out) else len(text)
        if g and (g.group("det") or g.group("more")):
            name = g.group().rstrip(" ,")
            if g.start() + len(name) <= nxt:
                extra.append(Mention(g.start(), g.start() + len(name), name, "group", "group"))
    merged = sorted(out + extra, key=lambda m: m.start)
    return _attach_owners(text, merged)


_OWNER_GAP_RE = re.compile(r"[ ](?:trực thuộc|thuộc|của)[ ]$")


def _attach_owners(text: str, ms: list[Mention]) -> list[Mention]:
    """'các đoàn thể trực thuộc Đảng ủy Khối' is one group, not a group and a Đảng ủy."""
    out: list[Mention] = []
    for m in ms:
        if out and out[-1].kind == "group" and m.kind != "group":
            g = out[-1]
            gap = text[g.end : m.start]
            if gap == " " and re.search(r"(?:trực thuộc|thuộc)$", g.name) or _OWNER_GAP_RE.fullmatch(gap):
                out[-1] = Mention(g.start, m.end, text[g.start : m.end], "group", "group", g.role)
                continue
        out.append(m)
    return out


_UPPER_CHAR_RE = re.compile(f"[{_UPPER}]")
_LOWER_CHAR_RE = re.compile(f"[{_LOWER}]")
_CAPS_WORD_RE = re.compile(f"(?<!\\w)[{_UPPER}]{{3,}}(?!\\w)")


@lru_cache(maxsize=65536)
def _shouted(name: str) -> bool:
    """A run of words in capitals is a heading or a header caught by a name ('MTTQ VIỆT NAM XÃ …')."""
    return len(_CAPS_WORD_RE.findall(name)) >= 3


def _caps_line(line: str) -> bool:
    """Headings and header lines in capitals name no instruction: 'ỦY BAN NHÂN DÂN TỈNH'."""
    # a Vietnamese lower-case letter settles it at once; upper() on a whole line is slow
    return _LOWER_CHAR_RE.search(line) is None and line.upper() == line and _UPPER_CHAR_RE.search(line) is not None


def _outside_caps_lines(text: str, cands: list[Mention]) -> list[Mention]:
    """The candidates (in text order) not on a line in capitals (its first 200 characters)."""
    out: list[Mention] = []
    line_end = -1
    caps = False
    for c in cands:
        if c.start > line_end:  # a new line: the candidates of one line share its verdict
            s = text.rfind("\n", 0, c.start) + 1
            e = text.find("\n", c.start)
            line_end = e if e >= 0 else len(text)
            caps = _caps_line(text[s:line_end][:200])
        if not caps:
            out.append(c)
    return out


def _section_index(sections: list[Section]) -> tuple[list[int], list[Section]]:
    ordered = sorted(sections, key=lambda s: (s.start, -s.end))
    return [s.start for s in ordered], ordered


def section_at(index: tuple[list[int], list[Section]], pos: int) -> Section | None:
    starts, ordered = index
    i = bisect.bisect_right(starts, pos) - 1
    while i >= 0:
        s = ordered[i]
        if s.start <= pos < s.end:
            return s
        i -= 1
        if pos - ordered[i + 1].start > 200_000:
            break
    return None


_SKIP_KINDS = {"recipients", "signature"}


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


def header_issuer(text: str) -> Mention | None:
    """The issuer printed in capitals at the top of a state header, named as written in running
    text (see `units_canon.header_name`), as a mention spanning the header lines."""
    got = header_name(text)
    if got is None:
        return None
    start, end, name, head = got
    return Mention(start, end, name, _kind_of(head, name), head)


@lru_cache(maxsize=65536)
def _bare_group(canonical: str) -> str:
    return _GROUP_TRAILER_RE.sub("", canonical)


def _unit(m: Mention, canonical: str, section: str | None) -> Unit:
    """A validated Unit (pydantic's public constructor: writing model internals by hand saved a few
    ms over the corpus but would break silently with a pydantic release that changes them)."""
    return Unit(name=m.name, canonical=canonical, kind=m.kind, role=m.role, section=section, start=m.start, end=m.end)


def extract_units(text: str, sections: list[Section]) -> list[Unit]:
    """The units given a role or addressed (conventions: corpus/README.md), and the document's
    issuer: mentions that only name a body ("của Bộ Chính trị") are left out."""
    return [_unit(m, c, path) for m, c, path, listed in _rows(text, sections) if listed]


def unit_mentions(text: str, sections: list[Section]) -> list[Unit]:
    """Every unit mention with its canonical name and role (`mentioned` when it plays none)."""
    return [_unit(m, c, path) for m, c, path, _ in _rows(text, sections)]


def _issuer_cued(text: str, mentions: list[Mention], until: int) -> tuple[Mention, str | None] | None:
    """The first named mention before `until` followed (past an alias in brackets) by "xây dựng /
    ban hành kế hoạch": the body issuing the plan, with its alias."""
    for m in mentions:
        if m.start >= until:
            break
        if m.kind == "group":
            continue
        after = text[m.end : m.end + 60]
        alias = _PAREN_ALIAS_RE.match(after) if "(" in after[:2] else None
        if alias:
            after = after[alias.end() :]
        if _ISSUER_CUE_RE.match(after):
            return m, alias.group(1) if alias else None
    return None


def _rows(text: str, sections: list[Section]) -> list[tuple[Mention, str, str | None, bool]]:
    """Every mention with its canonical name, its section's path, and whether it is listed (a
    role, addressed, or the issuer)."""
    issuer = header_issuer(text)
    mentions = find_mentions(text)
    assign_roles(text, mentions)
    starts = [m.start for m in mentions]
    for cell_role, (cs, ce) in task_tables.role_cells(text):
        for m in mentions[bisect.bisect_left(starts, cs) : bisect.bisect_left(starts, ce)]:
            if m.role in ("mentioned", "lead", "monitor"):
                m.role = cell_role
    canon = Canon()
    if issuer is not None:
        canon.issuer = canon.add(issuer.name)
        mentions.insert(0, issuer)
    first_section = min((s.start for s in sections if s.kind in ("roman", "part", "chapter")), default=len(text))
    cued = _issuer_cued(text, mentions, first_section)
    if cued is not None:
        m, alias = cued
        canon.issuer = canon.resolve(m) if issuer is not None else canon.add(_clean(m.name))
        if alias:
            canon.alias[fold(alias)] = canon.issuer
    index = _section_index(sections)
    skipped = _skipper(sections)
    rows: list[tuple[Mention, str, str | None]] = []
    for m in mentions:
        sec = section_at(index, m.start) if sections else None
        if sec is not None and skipped(sec):
            continue
        canonical = canon.resolve(m)
        # "(" within two characters is needed for an alias: most mentions have none, no regex then
        alias = _PAREN_ALIAS_RE.match(text, m.end) if "(" in text[m.end : m.end + 2] else None
        if alias and len(alias.group(1).split()) <= 4 and alias.group(1)[:1].isupper():
            canon.alias.setdefault(fold(alias.group(1)), canonical)
        rows.append((m, canonical, sec.path if sec else None))
    # a group's qualifier goes when the document also names it without: "Các phòng, ban, đơn vị
    # liên quan" = "Các phòng, ban, đơn vị"; "Các sở, ngành có liên quan" stays when alone
    keys = {_key(c) for _, c, _ in rows}
    for i, (m, c, path) in enumerate(rows):
        if m.kind == "group":
            bare = _bare_group(c)
            if bare != c and _key(bare) in keys:
                rows[i] = (m, bare, path)
    # one printed form per unit: the fullest ("… MTTQ Việt Nam xã" over "… MTTQ xã")
    best: dict[str, str] = {}
    for c, name in dict.fromkeys((c, m.name) for m, c, _ in rows):  # a pair seen again changes nothing
        k = _key(c)
        printed = _clean(name)
        for form in (c, printed) if _key(printed) == k else (c,):
            cur = best.get(k)
            if cur is None or (form != cur and _rank(form) > _rank(cur)):
                best[k] = form
    own = _key(issuer.name) if issuer is not None else None
    return [
        (m, best[_key(c)], path, m.role != "mentioned" or m.addressed or m is issuer or _key(c) == own)
        for m, c, path in rows
    ]
