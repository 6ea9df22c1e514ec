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
from functools import cache, lru_cache

from rapidfuzz import fuzz, process

from . import task_tables
from .data import load
from .models import Section, Unit, UnitKind, UnitRole
from .normalise import fold

_DATA = load("units.yaml")
_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# --- abbreviations --------------------------------------------------------------------------
def _abbreviations() -> dict[str, str]:
    try:
        table = load("abbreviations.yaml") or {}
    except FileNotFoundError:  # pragma: no cover - the shared table is optional
        return {}
    return dict(table.get("abbreviations", table) or {})


_ABBR = _abbreviations()
_ABBR_RE = re.compile(r"(?<![\w&])(?:" + _alt(list(_ABBR)) + r")(?![\w&])") if _ABBR else None


def expand_abbreviations(name: str) -> str:
    """'Sở KH&CN' -> 'Sở Khoa học và Công nghệ' (whole words, case-sensitive)."""
    if _ABBR_RE is None:
        return name
    return _ABBR_RE.sub(lambda m: _ABBR[m.group()], name)


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
# a capitalised word may carry up to two lower-case syllables ("Chuyển đổi số"), never a verb
# or function word, nor the start of an administrative tail ("… Việt Nam thành phố")
_LOW_NEXT = rf"(?:[ ](?!(?:{_STOP}|{_TAILS})(?!\w))[{_LOWER}]\w*){{0,2}}"
_CAP_WORD = rf"(?!(?:{_HEADS})(?![\w&])){_CAP}{_LOW_NEXT}"
_TAIL_RE = re.compile(
    rf"(?:[ ](?:{_NESTED_HEADS})(?![\w&])|[ ](?:{_TAILS})(?!\w)|[ ]{_CAP}{_LOW_NEXT}|[ ]\d{{1,3}}(?!\w)"
    rf"|(?:[ ]?,[ ]|[ ]-[ ]|[ ]và[ ]){_CAP_WORD})*"
)
_GROUP_NOUNS = trie_pattern(_cased(_DATA["group_nouns"]))
_GROUP_DET = trie_pattern(_cased(_DATA["group_determiners"]))
_GROUP_QUAL = trie_pattern(_cased(_DATA["group_qualifiers"]))
_STANDALONE_GROUPS = _cased(_DATA.get("standalone_groups", []))
_GROUP_RE = re.compile(
    rf"(?P<det>(?:{_GROUP_DET})[ ])?(?P<first>(?:{_GROUP_NOUNS}))(?!\w)"
    rf"(?P<more>(?:(?:[ ]?,[ ]|[ ]và[ ]|[ ]các[ ])(?:các[ ])?(?:{_GROUP_NOUNS})(?!\w))*)"
    rf"(?:[ ](?:{_GROUP_QUAL})(?!\w))?"
)
# Where a mention may start: a capitalised head noun or group opener (one regex scan), or a
# lower-case group opener (plain substring search, much faster than a regex over every char).
_GROUP_STARTS = _cased(_DATA["group_determiners"] + _DATA["group_starters"])
_UPPER_STARTS = {w for w in set(_HEAD_KIND) | _GROUP_STARTS if w[:1].isupper()}
_LOWER_STARTS = sorted(w for w in set(_HEAD_KIND) | _GROUP_STARTS if not w[:1].isupper())
_TRIGGER_RE = re.compile(rf"(?:{trie_pattern(_UPPER_STARTS)})(?![\w&])")
_WORD_END_RE = re.compile(r"(?![\w&])")


def _triggers(text: str) -> list[tuple[int, str]]:
    out = [(m.start(), m.group()) for m in _TRIGGER_RE.finditer(text)]
    for w in _LOWER_STARTS:
        pos = text.find(w)
        while pos >= 0:
            if _WORD_END_RE.match(text, pos + len(w)):
                out.append((pos, w))
            pos = text.find(w, pos + 1)
    out.sort()
    return out
_PAREN_ALIAS_RE = re.compile(r"\s?\(([^()\n]{1,40})\)")


@dataclass
class Mention:
    start: int
    end: int
    name: str
    kind: UnitKind
    head: str
    role: UnitRole = "mentioned"


_FRONT_RE = re.compile(r"Mặt trận|MTTQ")


def _kind_of(head: str, name: str = "") -> UnitKind:
    kind = _HEAD_KIND.get(head, "other")
    if kind in ("state", "other") and _FRONT_RE.search(name):
        return "front"  # "Ủy ban MTTQ xã"
    return kind


def find_mentions(text: str) -> list[Mention]:
    """Every unit mention in `text`, left to right, longest first on overlaps."""
    cands: list[Mention] = []
    caps: dict[int, bool] = {}
    last_group_end = -1
    for start, word in _triggers(text):
        if start and (text[start - 1].isalnum() or text[start - 1] in "&_"):
            continue
        if word in _HEAD_KIND:
            tail = _TAIL_RE.match(text, start + len(word))
            name = text[start : tail.end()].rstrip(" ,-")
            if len(name) == len(word) and _HEAD_KIND[word] == "person" and word[:1].isupper() and text.startswith(" ", start + len(word)):
                # "Thủ trưởng các sở, ban, ngành tỉnh": a person heading a group
                g = _GROUP_RE.match(text, start + len(word) + 1)
                if g is not None and g.group("det"):
                    name = text[start : g.end()].rstrip(" ,")
            if len(name) == len(word) and word not in _STANDALONE and _needs_name(word):
                continue
            cands.append(Mention(start, start + len(name), name, _kind_of(word, name), word))
        if word in _GROUP_STARTS and start >= last_group_end:
            g = _GROUP_RE.match(text, start)
            if g is None or not g.group("det") and not g.group("more") and g.group("first") not in _STANDALONE_GROUPS:
                continue
            name = g.group().rstrip(" ,")
            last_group_end = g.end()
            if not name.isupper():
                cands.append(Mention(start, start + len(name), name, "group", "group"))
    cands = [c for c in cands if not _in_caps_line(text, c.start, caps) and not _shouted(c.name)]
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
    return _groups_after_names(text, out)


_JOIN_RE = re.compile(r"[ ]?,[ ]|[ ]và[ ]|;[ ]")


def _groups_after_names(text: str, out: list[Mention]) -> list[Mention]:
    """A group right after a name ("Lãnh đạo Văn phòng, các phòng, ban, đơn vị") that lost the
    overlap contest to a group starting inside the name ("phòng, các phòng …")."""
    extra: list[Mention] = []
    for i, c in enumerate(out):
        if c.kind == "group":
            continue
        j = _JOIN_RE.match(text, c.end)
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
_CAPS_WORD_RE = re.compile(f"(?<!\\w)[{_UPPER}]{{3,}}(?!\\w)")


def _shouted(name: str) -> bool:
    """A run of words in capitals is a heading or a header caught by a name ('MTTQ VIỆT NAM XÃ …')."""
    return len(_CAPS_WORD_RE.findall(name)) >= 3


def _in_caps_line(text: str, pos: int, cache: dict[int, bool]) -> bool:
    """Headings and header lines in capitals name no instruction: 'ỦY BAN NHÂN DÂN TỈNH'."""
    s = text.rfind("\n", 0, pos) + 1
    if s not in cache:
        e = text.find("\n", pos)
        line = text[s : e if e >= 0 else len(text)][:200]
        cache[s] = line.upper() == line and _UPPER_CHAR_RE.search(line) is not None
    return cache[s]


@cache
def _needs_name(head: str) -> bool:
    """Generic head words ("Hội", "Ban", "Phòng") are units only with a name after them."""
    return len(head.split()) == 1 or head in _DATA.get("needs_name", [])


# --- roles ---------------------------------------------------------------------------------
_R = _DATA["roles"]
_LEAD_LABEL_RE = re.compile(rf"(?i)^\s*(?:[-+*•]\s*|[a-zđ0-9.]{{1,4}}[).]\s*)?(?:{_alt(_R['lead_labels'])})\s*:\s*")
_NEUTRAL_LABEL_RE = re.compile(rf"(?i)^\s*(?:[-+*•]\s*|[a-zđ0-9.]{{1,4}}[).]\s*)?(?:{_alt(_R['neutral_labels'])})\s*:\s*")
_BRACKET_ROLES: dict[str, UnitRole] = {k.lower(): v for k, v in _R["bracket_roles"].items()}
_BRACKET_RE = re.compile(rf"(?i)\s?\(\s*({_alt(list(_BRACKET_ROLES))})\s*\)")
_SUPPORT_LABEL_RE = re.compile(rf"(?i)^\s*(?:[-+*•]\s*|[a-zđ0-9.]{{1,4}}[).]\s*)?(?:{_alt(_R['support_labels'])})\s*:\s*")
_LEAD_BEFORE_RE = re.compile(rf"(?i)(?:^|[\s,:;(])(?:{_alt(_R['lead_before'])})\s*:?\s*$")
_SUPPORT_BEFORE_RE = re.compile(rf"(?i)(?:^|[\s,:;(])(?:{_alt(_R['support_before'])})\s*$")
_ADVISE_BEFORE_RE = re.compile(rf"(?i)(?:^|[\s,:;(])(?:{_alt(_R['advise_before'])})\s*$")
_REPORT_VERB_RE = re.compile(rf"(?i)(?<!\w)(?:{_alt(_R['report_verbs'])})(?!\w)")
_REPORT_DIRECT_RE = re.compile(rf"(?i)(?:^|[\s,:;])(?:{_alt(_R['report_verbs'])})\s*$")
_REPORT_BEFORE_RE = re.compile(rf"(?i)(?:^|\s)(?:{_alt(_R['report_before'])})\s*$")
_VIA_BEFORE_RE = re.compile(r"(?i)\(\s*qua\s*$")
_ADVERBS = _alt(_R["adverbs"])
_LEAD_AFTER_RE = re.compile(rf"(?i)^\s*,?\s*(?:(?:{_ADVERBS})\s)?(?:{_alt(_R['lead_after'])})(?!\w)")
_MONITOR_AFTER_RE = re.compile(rf"(?i)^\s*(?:(?:{_ADVERBS})\s)?(?:theo dõi,\s*đôn đốc|đôn đốc|theo dõi,\s*giám sát|theo dõi)(?!\w)")
_SUBJECT_AFTER_RE = re.compile(
    rf"(?i)^\s*,?\s*(?:(?:trên cơ sở|căn cứ|theo|tùy theo|trong phạm vi)[^;:\n]{{0,80}}?,\s*)?"
    rf"(?:(?:{_ADVERBS})\s)?(?:{_alt(_R['subject_verbs'])})(?!\w)"
)
# a clause-initial list followed by a lower-case word that is not a function word: its subject
_ANY_VERB_AFTER_RE = re.compile(
    rf"^[ ](?!(?:của|về|trong|tại|với|cho|là|và|được|đã|theo|nhằm|để|có|này|đó|thuộc|gồm|như|trên|"
    rf"dưới|từ|đến|khi|nếu|hoặc|hay|các|những|mỗi|năm|ngày|tháng|quý|số|ở|qua|bị|do|cũng|nơi|thì|mà)(?!\w))"
    rf"[{_LOWER}]"
)
_INTRO_RE = re.compile(r"(?i)^(?:[-+*•]\s*|[a-zđ0-9.]{1,4}[).]\s*|\(\d+\)\s*)?(?:(?:đề nghị|yêu cầu|giao)\s*:?\s*)?$")
_INTRO_COMMA_RE = re.compile(r",\s*$")
_CHAIN_GAP_RE = re.compile(r"^(?:\s?[,;]\s?|\svà\s|\s?,\s?và\s|\s?\(\s?|\s?\)\s?[,;]?\s?|\s?\)\s?và\s|\s)$")
_CLAUSE_BREAK_RE = re.compile(r";|\.\s(?=[" + _UPPER + r"])|:\s(?=[" + _UPPER + r"])")
_HEADING_ONLY_RE = re.compile(r"^(?:[-+*•]\s*|[IVXLC]{1,5}[.\-)]\s*|[0-9.]{1,8}[.)]?\s+|[a-zđ][).]\s*|\(\d+\)\s*)?(?:Đề nghị\s*:?\s*)?$", re.IGNORECASE)


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, (len(text) if e < 0 else e)


def _clause_bounds(text: str, ls: int, le: int, start: int, end: int) -> tuple[int, int]:
    cs = ls
    for m in _CLAUSE_BREAK_RE.finditer(text, ls, min(start + 1, le)):
        if m.end() <= start:
            cs = m.end()
    m2 = _CLAUSE_BREAK_RE.search(text, end, le)
    ce = m2.start() if m2 else le
    return cs, ce


def _chains(mentions: list[Mention], text: str) -> list[list[Mention]]:
    chains: list[list[Mention]] = []
    for m in mentions:
        if chains:
            prev = chains[-1][-1]
            gap = text[prev.end : m.start]
            if len(gap) <= 6 and "\n" not in gap and _CHAIN_GAP_RE.match(gap):
                chains[-1].append(m)
                continue
        chains.append([m])
    return chains


def _chain_role(text: str, chain: list[Mention]) -> UnitRole:
    first, last = chain[0], chain[-1]
    ls, le = _line_bounds(text, first.start)
    line_prefix = text[ls : first.start]
    line_suffix = text[last.end : le]
    if _HEADING_ONLY_RE.match(line_prefix) and not line_suffix.strip(" .:;,/"):
        return "lead"  # "1. Sở Khoa học và Công nghệ", "6. Đề nghị: Hội Nông dân tỉnh, …"
    cs, ce = _clause_bounds(text, max(ls, first.start - 200), min(le, last.end + 200), first.start, last.end)
    prefix = text[cs : first.start]
    suffix = text[last.end : ce]
    label = _label_role(text, ls, first.start)
    if label is not None and label[1]:
        return label[0]  # "Cơ quan chủ trì: Sở Nội vụ"
    near = prefix[-40:]  # cue words sit right before the mention: search a short tail only
    if _VIA_BEFORE_RE.search(near):
        return "report_to"
    if _SUPPORT_BEFORE_RE.search(near):
        return "support"
    if _ADVISE_BEFORE_RE.search(near):
        return "advise"
    if _REPORT_DIRECT_RE.search(near):
        return "report_to"
    if _REPORT_BEFORE_RE.search(near) and (_REPORT_VERB_RE.search(prefix) or suffix.lstrip().startswith("(qua")):
        return "report_to"
    if _LEAD_AFTER_RE.match(suffix):
        return "lead"
    if _LEAD_BEFORE_RE.search(near):
        if near.rstrip().lower().endswith("do"):
            return "mentioned"  # "do Ban Tuyên giáo Tỉnh ủy biên soạn": an author, not a lead
        return "lead"
    subject = bool(_INTRO_RE.match(prefix.lstrip())) or (
        bool(_INTRO_COMMA_RE.search(prefix)) and len(prefix) < 80
    )
    if subject and _MONITOR_AFTER_RE.match(suffix):
        return "monitor"
    if subject and (_SUBJECT_AFTER_RE.match(suffix) or _ANY_VERB_AFTER_RE.match(suffix)):
        return "lead"
    if subject and text.startswith(":", last.end):
        return "lead"  # "12. Đề nghị Công ty Điện lực Đắk Lắk: Khẩn trương kiểm tra …"
    return label[0] if label is not None else "mentioned"


_SEGMENT_BREAK_RE = re.compile(r";|\.\s")


def _label_role(text: str, ls: int, start: int) -> tuple[UnitRole, bool] | None:
    """The role a label gives ("Đơn vị thực hiện: …") and whether the mention follows it directly."""
    seg = ls
    for m in _SEGMENT_BREAK_RE.finditer(text, max(ls, start - 200), start):
        seg = m.end()
    before = text[seg:start]
    for rx, role in ((_SUPPORT_LABEL_RE, "support"), (_LEAD_LABEL_RE, "lead"), (_NEUTRAL_LABEL_RE, "mentioned")):
        m = rx.match(before)
        if m:
            return role, not before[m.end() :].strip()  # type: ignore[return-value]
    return None


def assign_roles(text: str, mentions: list[Mention]) -> None:
    for chain in _chains(mentions, text):
        role = _chain_role(text, chain)
        for m in chain:
            b = _BRACKET_RE.match(text, m.end)
            m.role = _BRACKET_ROLES[b.group(1).lower()] if b else role


# --- canonical names ---------------------------------------------------------------------------
_ISSUER_CUE_RE = re.compile(r"(?i)^[^.;:\n]{0,40}?(?:xây dựng|ban hành)\s+(?:kế hoạch|chương trình)")
_DASH_SPACES_RE = re.compile(r"\s*-\s*")
_GROUP_TRAILER_RE = re.compile(r"\s+(?:có liên quan|liên quan|thuộc và trực thuộc|trực thuộc)$")


@lru_cache(maxsize=65536)
def _clean(name: str) -> str:
    name = expand_abbreviations(name)
    name = _DASH_SPACES_RE.sub(" - ", name)
    return name[:1].upper() + name[1:]


_ADMIN_LIST_RE = re.compile(r"(?:(?<= )|^)((?:(?:xã|phường|đặc khu|thị trấn|thị xã|huyện|quận)(?: |$)){2,})$")


_ADMIN_ENDS = ("xã", "phường", "khu", "trấn", "huyện", "quận")


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    """Registry key: fold() without the optional 'Việt Nam' ('Ủy ban MTTQ (Việt Nam) xã') and
    with a closing list of levels in one order ('… xã, phường, đặc khu' = '… phường, xã, đặc khu')."""
    key = fold(name).replace(" việt nam", "")
    m = _ADMIN_LIST_RE.search(key) if key.endswith(_ADMIN_ENDS) else None
    if m:
        words = re.findall(r"đặc khu|thị trấn|thị xã|\w+", m.group(1))
        key = key[: m.start(1)] + " ".join(sorted(words))
    return key


class Canon:
    """The document's registry of full names: mention -> canonical name."""

    def __init__(self) -> None:
        self.by_key: dict[str, str] = {}
        self.keys: list[str] = []
        self.alias: dict[str, str] = {}
        self.issuer: str | None = None
        self.memo: dict[tuple[str, str, str], str] = {}

    def add(self, canonical: str) -> str:
        key = _key(canonical)
        if key not in self.by_key:
            self.by_key[key] = canonical
            self.keys.append(key)
        return self.by_key[key]

    def resolve(self, m: Mention) -> str:
        memo = (m.name, m.kind, m.head)
        if memo not in self.memo:
            self.memo[memo] = self._resolve(m)
        return self.memo[memo]

    def _resolve(self, m: Mention) -> str:
        name = _clean(m.name)
        key = _key(name)
        if key in self.by_key:
            return self.by_key[key]
        if key in self.alias:
            return self.alias[key]
        if m.kind != "group" and m.name == m.head and self.issuer and fold(self.issuer).startswith(key):
            return self.issuer  # "Văn phòng", "Đảng ủy", "Chi bộ" in the issuer's own plan
        if m.kind != "group" and len(key) >= 8:
            longer = [k for k in self.keys if k.startswith(key) and k[len(key) : len(key) + 1] == " "]
            if len(longer) == 1:
                return self.by_key[longer[0]]  # "Đảng ủy Văn phòng" = "Đảng ủy Văn phòng UBND tỉnh"
        if self.keys and m.kind != "group":
            hit = process.extractOne(key, self.keys, scorer=fuzz.ratio, score_cutoff=95)
            if hit is not None:
                return self.by_key[hit[0]]
        return self.add(name)


@lru_cache(maxsize=65536)
def _rank(form: str) -> tuple[int, int]:
    """Fuller first, then fewer capitals ('Các sở, ngành' over 'Các Sở, ngành')."""
    return len(form), -sum(1 for c in form[1:] if c.isupper())


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


def _skipped_sections(sections: list[Section]) -> set[str]:
    """Ids of the recipients/signature blocks and everything under them."""
    by_id = {s.id: s for s in sections}
    out: set[str] = set()
    for s in sections:
        p: Section | None = s
        while p is not None:
            if p.kind in _SKIP_KINDS:
                out.add(s.id)
                break
            p = by_id.get(p.parent) if p.parent else None
    return out


def extract_units(text: str, sections: list[Section]) -> list[Unit]:
    mentions = find_mentions(text)
    assign_roles(text, mentions)
    starts = [m.start for m in mentions]
    for cell_role, (cs, ce) in task_tables.role_cells(text):
        for m in mentions[bisect.bisect_left(starts, cs) : bisect.bisect_left(starts, ce)]:
            if m.role in ("mentioned", "lead", "monitor"):
                m.role = cell_role
    canon = Canon()
    first_section = min((s.start for s in sections if s.kind in ("roman", "part", "chapter")), default=len(text))
    for i, m in enumerate(mentions):
        if m.start >= first_section:
            break
        after = text[m.end : m.end + 60]
        alias = _PAREN_ALIAS_RE.match(after)
        if alias:
            after = after[alias.end() :]
        if _ISSUER_CUE_RE.match(after) and m.kind != "group":
            canon.issuer = canon.add(_clean(m.name))
            if alias:
                canon.alias[fold(alias.group(1))] = canon.issuer
            break
    index = _section_index(sections)
    skipped = _skipped_sections(sections)
    units: list[Unit] = []
    for m in mentions:
        sec = section_at(index, m.start) if sections else None
        if sec is not None and sec.id in skipped:
            continue
        canonical = canon.resolve(m)
        alias = _PAREN_ALIAS_RE.match(text, m.end)
        if alias and len(alias.group(1).split()) <= 4 and alias.group(1)[:1].isupper():
            canon.alias.setdefault(fold(alias.group(1)), canonical)
        units.append(
            Unit(name=m.name, canonical=canonical, kind=m.kind, role=m.role,
                 section=sec.path if sec else None, start=m.start, end=m.end)
        )
    # a group's qualifier goes when the document also names it without: "Các phòng, ban, đơn vị
    # liên quan" = "Các phòng, ban, đơn vị"; "Các sở, ngành có liên quan" stays when alone
    keys = {_key(u.canonical) for u in units}
    for i, u in enumerate(units):
        if u.kind == "group":
            bare = _GROUP_TRAILER_RE.sub("", u.canonical)
            if bare != u.canonical and _key(bare) in keys:
                units[i] = u.model_copy(update={"canonical": bare})
    # one printed form per unit: the fullest ("… MTTQ Việt Nam xã" over "… MTTQ xã")
    best: dict[str, str] = {}
    for u in units:
        k = _key(u.canonical)
        printed = _clean(u.name)
        for form in (u.canonical, printed) if _key(printed) == k else (u.canonical,):
            cur = best.get(k)
            if cur is None or (form != cur and _rank(form) > _rank(cur)):
                best[k] = form
    return [u if best[_key(u.canonical)] == u.canonical else u.model_copy(update={"canonical": best[_key(u.canonical)]}) for u in units]
