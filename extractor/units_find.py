"""Unit mentions in the text, by the grammar of `data/units.yaml`: a *named* unit (a head noun —
Sở, Ban, Đảng ủy … — followed by its name: capitalised words, administrative levels, "và"/","/"-"
joins inside a name) or a *generic group* ("các phòng, ban, đơn vị", "cán bộ, đảng viên").
Mentions start at the words `_triggers` finds; units.py makes them Units."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .data import load
from .letters import LOWER, UPPER
from .line_bounds import LineBounds
from .models import UnitKind, UnitRole
from .tries import trie_pattern
from .units_names import POLICE_HEAD, join_wrapped_heads, police_domain_end

_DATA = load("units.yaml")


# --- the mention grammar ----------------------------------------------------------------------
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
_CAP = rf"{_NOT_NAME}[{UPPER}][\w&]*(?:,[{UPPER}]+&[{UPPER}]+)?"
# a capitalised word may carry up to three lower-case syllables ("Chuyển đổi số", "Kiểm soát bệnh tật"), never a verb
# or function word, nor the start of an administrative tail ("… Việt Nam thành phố")
_R = _DATA["roles"]
# the verbs and function words of an instruction: the cue words of every role, and the words that
# end a group's modifiers (`group_modifier_stops`)
_CLAUSE_WORDS = (
    set(_DATA["group_modifier_stops"]) | set(_R["subject_verbs"]) | set(_R["lead_after"]) | set(_R["lead_before"])
    | set(_R["support_before"]) | set(_R["advise_before"]) | set(_R["addressed_before"]) | set(_R["intro_before"])
    | set(_R["monitor_after"]) | set(_R["adverbs"])
)
_LEVELS = trie_pattern(_DATA["closing_levels"])
_LOOKALIKE = rf"(?!(?:{trie_pattern(_R['report_verb_lookalikes'])})(?!\w))"
_NOT_IN_NAME = trie_pattern(_CLAUSE_WORDS | set(_R["report_verbs"]))
# … or, before an administrative level that closes the name, any lower-case syllables but an
# instruction's verbs and function words: "Viện Nghiên cứu phát triển Thành phố", "Trung tâm Y tế
# dự phòng tỉnh" (a verb before a level is rare: a level is an owner, not an object)
_LOW_NEXT = (
    rf"(?:(?:[ ](?!(?:{_TAILS})(?!\w)|{_LOOKALIKE}(?:{_NOT_IN_NAME})(?!\w))[{LOWER}]\w*){{1,3}}(?=[ ](?:{_LEVELS})(?!\w))"
    rf"|(?:[ ](?!(?:{_STOP}|{_TAILS})(?!\w))[{LOWER}]\w*){{0,3}})"
)
_CAP_WORD = rf"(?!(?:{_HEADS})(?![\w&])){_CAP}{_LOW_NEXT}"
# An administrative level closes a name: the owner comes last in a Vietnamese name ("Phòng Kinh
# tế Ủy ban nhân dân xã"), so a head after "… xã", "… tỉnh", "… Thành phố" starts the next unit
# (table cells run together: "UBND xã, phường, đặc khu Sở Tài chính"); a place name may still
# follow ("… Việt Nam xã Lương Minh"). Fixed-width look-behinds: tried only where a head follows.
_AFTER_LEVEL = "".join(f"(?<! {lv})" for lv in _DATA["closing_levels"])
# Head words that also begin place names stay the place there: "thành phố Hội An", "đặc khu Trường
# Sa", "xã Đoàn Kết".
_PLACE_NAME = rf"(?=[ ](?:{trie_pattern(_DATA['place_heads'])})[ ][{UPPER}])"
# A part joined to a name that reaches "nhân dân" is another body of the people's state ("Công an
# tỉnh, Tòa án nhân dân tỉnh", "Bộ Khoa học và Công nghệ, Ủy nhân dân tỉnh" with its head misprinted):
# a name's own joined parts never hold it ("Sở Văn hóa, Thể thao và Du lịch")
_NOT_PEOPLES_BODY = rf"(?![{UPPER}]\w*(?:[ ][{LOWER}]\w*){{0,2}}[ ]nhân dân(?!\w))"
_TAIL_RE = re.compile(
    rf"(?:[ ](?:{_TAILS})(?!\w)|(?=[ ][{UPPER}]){_AFTER_LEVEL}[ ]{_NOT_NAME}(?:{_NESTED_HEADS})(?![\w&])"
    rf"|(?=[ ][{UPPER}])(?:{_AFTER_LEVEL}|(?![ ](?:{_HEADS})(?![\w&]))|{_PLACE_NAME})[ ]{_CAP}{_LOW_NEXT}"
    rf"|[ ]\d{{1,3}}(?!\w)"
    rf"|(?:[ ]?,[ ]|[ ]-[ ]|[ ]và[ ]){_NOT_PEOPLES_BODY}{_CAP_WORD})*"
)
# A subject after "về" names a head that has no name of its own, right after it or its level ("Ban
# Chỉ đạo về …", "Ban Chỉ đạo tỉnh về …"; after a name, "Cục Thống kê về số liệu …" is what a report
# is about), up to the first level that closes it (`topic_heads`): words
# and ", "/"và" joins, never a role's cue word or a function word (`topic_stops`; a report verb may
# be one: "chuyển đổi số"), 24 words at most.
_TOPIC_HEADS = frozenset(_DATA["topic_heads"])
_TOPIC_STOPS = (
    set(_DATA["topic_stops"]) | set(_R["subject_verbs"]) | set(_R["lead_after"]) | set(_R["lead_before"])
    | set(_R["support_before"]) | set(_R["advise_before"]) | set(_R["addressed_before"]) | set(_R["monitor_after"])
)
_TOPIC_RE = re.compile(
    rf"[ ]về(?:,?[ ](?:và[ ])?(?!(?:{trie_pattern(_TOPIC_STOPS)})(?!\w))[{LOWER}]\w*){{1,24}}?(?=[ ](?:{_LEVELS})(?!\w))"
)
# A head that governs a plural name: "Ban Quản lý các Khu công nghiệp, khu kinh tế", "Ban Chỉ đạo
# các Chương trình mục tiêu quốc gia": "các" and a capitalised noun right after the head, its
# lower-case words (never a verb or function word; a document type is a noun here: "các Chương
# trình", not a citation), and the same noun repeated after a comma
# ("…, khu kinh tế") or one more lower-case phrase after "và" ("Khu chế xuất và công nghiệp").
_PLURAL_LOW = rf"[ ](?!(?:{_STOP})(?!\w))[{LOWER}]\w*"
_PLURAL_NAME_RE = re.compile(
    rf"[ ]các[ ](?P<noun>(?:{_DOC_TYPES})(?![\w&])|[{UPPER}]\w*)(?:{_PLURAL_LOW}){{1,6}}"
    rf"(?:(?:,[ ](?i:(?P=noun))|[ ]và)(?:{_PLURAL_LOW}){{1,4}})*"
)
_GROUP_NOUNS = trie_pattern(_cased(_DATA["group_nouns"]))
_MAX_LEADERS = 8  # real lists chain two or three ("Thủ trưởng cơ quan, đơn vị, lãnh đạo doanh nghiệp")
_MORE_LEADERS_RE = re.compile(rf",[ ](?:{trie_pattern(_cased(_DATA['leader_words']))})[ ](?=[{LOWER}])")
_GROUP_DET = trie_pattern(_cased(_DATA["group_determiners"]))
_GROUP_QUAL = trie_pattern(_cased(_DATA["group_qualifiers"]))
_STANDALONE_GROUPS = _cased(_DATA.get("standalone_groups", []))
_DETERMINERS = _cased(_DATA["group_determiners"])
# what may follow a determiner in a group: a group noun, or "các" again ("tất cả các")
# after a determiner a group noun may be printed in any case, as a proper name is ("các Doanh
# nghiệp Viễn thông", "Các Trường Đại học, Cao đẳng"); without one only as listed or capitalised
_NOUN_START_RE = re.compile(trie_pattern(set(_DATA["group_nouns"]) | {"các "}), re.IGNORECASE)  # one match, not 99 startswith
# … never a noun for things that opens with one ("cơ sở dữ liệu": `not_group_compounds`)
_NOT_GROUP = rf"(?!(?i:{trie_pattern(_DATA['not_group_compounds'])})(?!\w))"
_GROUP_RE = re.compile(
    rf"(?P<det>(?:{_GROUP_DET})[ ])?{_NOT_GROUP}(?P<first>(?(det)(?i:{trie_pattern(_DATA['group_nouns'])})|(?:{_GROUP_NOUNS})))(?!\w)"
    rf"(?P<more>(?:(?:[ ]?,[ ]|[ ]và[ ]|[ ]các[ ]){_NOT_GROUP}(?:{_GROUP_NOUNS})(?!\w))*)"
    rf"(?:[ ](?:{_GROUP_QUAL})(?!\w)){{0,2}}"
)
# a group's lower-case modifiers ("các cơ quan truyền thông", "các cơ sở sản xuất giống"): up to
# four syllables, never a verb or function word (the start of the instruction), then a place
_NOT_MODIFIER = trie_pattern(
    set(_DATA["group_modifier_stops"]) | set(_R["subject_verbs"]) | set(_R["lead_after"]) | set(_R["report_verbs"])
    | set(_R["support_before"]) | set(_R["advise_before"]) | set(_R["addressed_before"]) | set(_R["adverbs"])
)
# … but a word that only holds a verb may be a modifier: "các doanh nghiệp chậm chuyển đổi số" (it
# may still end the modifiers: "các hợp tác xã, tổ hợp tác chuyển đổi số")
_MOD_WORD = rf"[ ](?!{_LOOKALIKE}(?:{_NOT_MODIFIER})(?!\w))[{LOWER}]+(?:[ ]?-[ ]?[{LOWER}]+)?(?![\w-])"
_PLACE = rf"[ ](?:{trie_pattern(_DATA['group_places'])})(?!\w)"
# the modifiers must end where the name plainly ends: punctuation, a line end, "và", a place, or
# the instruction's verb ("các cơ quan truyền thông trên địa bàn tỉnh tăng cường …")
_MOD_END = rf"(?=[,;:.()]|[ ]?\n|$|[ ]và[ ]|{_PLACE}|[ ](?:{_NOT_MODIFIER})(?!\w))"
_GROUP_MOD_RE = re.compile(rf"(?:{_MOD_WORD}){{1,4}}{_MOD_END}(?:{_PLACE}|[ ](?:{_GROUP_QUAL})(?!\w))?|{_PLACE}")
_ASG = _DATA["group_assigned"]
_ASSIGNED_RE = re.compile(
    rf"[ ](?:{trie_pattern(_ASG['verbs'])})(?:[ ](?:{trie_pattern(_ASG['second_verbs'])}))?[ ](?:{trie_pattern(_ASG['objects'])})(?!\w)"
    rf"(?:[ ](?:{trie_pattern(_ASG['prepositions'])})[ ](?:{trie_pattern(_ASG['documents'])})(?:[ ]này)?(?!\w))?"
)
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
    (w, re.compile(rf"{re.escape(w)}(?![\w&])(?=.(?i:{_NOUN_START_RE.pattern}))", re.DOTALL))  # the word as printed: a literal search
    for w in _LOWER_STARTS if w in _DETERMINERS
]
_LOWER_OTHERS = [w for w in _LOWER_STARTS if w not in _DETERMINERS]


def _triggers(text: str) -> list[tuple[int, str]]:
    """(position, word) of every word a mention may start with, in text order."""
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


@dataclass(slots=True)  # thousands a document: slots make them cheaper to build and read
class Mention:
    start: int
    end: int
    name: str
    kind: UnitKind
    head: str
    role: UnitRole = "mentioned"
    addressed: bool = False
    enumerated: bool = False  # a group whose members are named in brackets after it (units_members)


_FRONT_RE = re.compile(r"Mặt trận|MTTQ")
# a Party committee owning a body of no kind of its own: "Ban Biên tập trang thông tin điện tử Đảng ủy Khối"
_PARTY_OWNER_RE = re.compile(r"[ ](?:Đảng ủy|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Chi bộ|Đảng bộ)(?![\w&])")


@lru_cache(maxsize=65536)  # the same names come back all through a document
def _kind_of(head: str, name: str = "") -> UnitKind:
    kind = _HEAD_KIND.get(head, "other")
    if kind in ("state", "other") and _FRONT_RE.search(name):
        return "front"  # "Ủy ban MTTQ xã"
    if kind == "other" and _PARTY_OWNER_RE.search(name):
        return "party"
    return kind


_GROUP_LEVEL_NAMES = frozenset(_DATA["group_level_names"])
_COLLECTIVE_HEADS = frozenset(_DATA["collective_heads"])


@lru_cache(maxsize=65536)
def listed_kind(kind: UnitKind, head: str, name: str) -> UnitKind:
    """The kind a unit is listed with: `group` for a named unit standing for many bodies or
    people (see `group_level_names` in units.yaml), else the mention's kind."""
    if kind == "group":
        return kind
    rest = name[len(head) :].strip()
    if head in _COLLECTIVE_HEADS or rest in _GROUP_LEVEL_NAMES:
        return "group"
    if kind == "person" and (rest.startswith("các ") or ", " in rest):
        return "group"  # "Trưởng các phòng, ban, đơn vị", "Thủ trưởng cơ quan, đơn vị"
    return kind


def _needs_name(head: str) -> bool:
    """Generic head words ("Hội", "Ban", "Phòng") are units only with a name after them."""
    return len(head.split()) == 1 or head in _DATA.get("needs_name", [])


# what the mention loop needs to know of each trigger word, looked up once per trigger:
# (length, head kind or None, a person head, a unit with no name after it,
#  opens a group, is a determiner)
_TRIGGER_INFO: dict[str, tuple[int, UnitKind | None, bool, bool, bool, bool]] = {
    w: (
        len(w),
        _HEAD_KIND.get(w),
        _HEAD_KIND.get(w) == "person",
        w in _STANDALONE or not _needs_name(w),
        w in _GROUP_STARTS,
        w in _DETERMINERS,
    )
    for w in _UPPER_STARTS | set(_LOWER_STARTS)
}


def find_mentions(text: str) -> list[Mention]:
    """Every unit mention in `text`, left to right, longest first on overlaps; a head broken by a
    line end is read whole ("Hội Liên hiệp⏎Phụ nữ Thành phố": `units_names.join_wrapped_heads`)."""
    return _find_mentions(join_wrapped_heads(text))


def _find_mentions(text: str) -> list[Mention]:
    cands: list[Mention] = []
    last_group_end = -1
    # the candidates come in text order (the triggers' order): only two at one start need ordering,
    # longest first, as a sort by (start, -length) would. A sort is left for two triggers at one
    # position (the word lists have none such: upper- and lower-case starts differ, and no word is
    # another's first words)
    prev_start = -1
    must_sort = False
    for start, word in _triggers(text):
        if start and ((ch := text[start - 1]).isalnum() or ch in "&_"):
            continue
        must_sort = must_sort or start == prev_start
        prev_start = start
        n, head_kind, person, bare_ok, group_start, determiner = _TRIGGER_INFO[word]
        if head_kind is not None:
            plural = _PLURAL_NAME_RE.match(text, start + n) if text.startswith(" các ", start + n) else None
            tail = _TAIL_RE.match(text, plural.end() if plural else start + n)
            assert tail is not None  # `(?:…)*`: matches, empty at worst
            if (
                word in _TOPIC_HEADS
                and text.startswith(" về ", tail.end())
                and _UPPER_CHAR_RE.search(text, start + n, tail.end()) is None  # no name of its own
            ):
                topic = _TOPIC_RE.match(text, tail.end())
                if topic is not None:
                    tail = _TAIL_RE.match(text, topic.end())
                    assert tail is not None
            name = text[start : tail.end()].rstrip(" ,-")
            if POLICE_HEAD in name and (police := police_domain_end(text, start, start + len(name))) is not None:
                tail = _TAIL_RE.match(text, police)  # "Cục Cảnh sát Quản lý hành chính về trật tự xã hội"
                assert tail is not None
                name = text[start : tail.end()].rstrip(" ,-")
            if len(name) == n and person and text.startswith(" ", start + n):
                # "Thủ trưởng các sở, ban, ngành tỉnh": a person heading a group; with no determiner,
                # lower-case group nouns right after the head ("lãnh đạo đơn vị", "Thủ trưởng cơ
                # quan, đơn vị"); the determiner only after a capitalised head ("lãnh đạo các đoàn
                # thể" is a verb and its object)
                g = _GROUP_RE.match(text, start + n + 1)
                if g is not None and (g.group("det") and word[:1].isupper() or not g.group("det") and g.group()[:1].islower()):
                    end = g.end()
                    # … and the leaders of more groups listed after it: "Thủ trưởng cơ quan, đơn vị,
                    # lãnh đạo doanh nghiệp" is one group of people. At most _MAX_LEADERS more: every
                    # leader word of a chain is a trigger of its own, so an unbounded walk is
                    # quadratic on a long run of "lãnh đạo …, lãnh đạo …"
                    for _ in range(_MAX_LEADERS):
                        if g.group("det") or (leader := _MORE_LEADERS_RE.match(text, end)) is None:
                            break
                        if (g := _GROUP_RE.match(text, leader.end())) is None or g.group("det"):
                            break
                        end = g.end()
                    name = text[start:end].rstrip(" ,")
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
            if text.startswith(" được ", end) and (asg := _ASSIGNED_RE.match(text, end)) is not None:
                end = asg.end()  # "các cơ quan, đơn vị được giao nhiệm vụ trong Kế hoạch"
            name = text[start:end].rstrip(" ,")
            last_group_end = end
            if not name.isupper():
                grp = Mention(start, start + len(name), name, "group", "group")
                if cands and cands[-1].start == start and cands[-1].end < grp.end:
                    cands.insert(len(cands) - 1, grp)  # longer than the named unit this trigger gave
                else:
                    cands.append(grp)
    cands = [c for c in _outside_caps_lines(text, cands) if not _shouted(c.name)]
    if must_sort:
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
    return _comrades(text, _shared_levels(text, _distributed(text, _groups_after_names(text, _heading_groups(text, _trim_run_ons(out))))))


_TAIL_START_RE = re.compile(rf"(?:{_TAILS})(?!\w)")
_HEAD_START_RE = re.compile(rf"(?:{_HEADS})(?![\w&])")


def _shorter_name(name: str, names: set[str]) -> str | None:
    """`name` without the lower-case words at its end that make it longer than another name in
    `names`; None when it has none (or they are a level or the rest of a head)."""
    pos = len(name)
    while (pos := name.rfind(" ", 0, pos)) > 0 and name[pos + 1 : pos + 2].islower():
        if name[:pos] in names:
            break
    else:
        return None  # the common case, one rfind and a look-up or two: no shorter name
    words = name.split(" ")
    for k in range(len(words) - 1, 0, -1):
        if not words[k][:1].islower():
            return None
        rest = " ".join(words[k:])
        if _TAIL_START_RE.match(rest) or _HEAD_START_RE.match(f"{words[k - 1]} {rest}"):
            return None
        short = " ".join(words[:k])
        if short in names:
            return short
    return None


def _trim_run_ons(ms: list[Mention]) -> list[Mention]:
    """A name that is another mention's name in the same document plus lower-case words ("Bộ Tài
    chính quy định …" beside "Bộ Tài chính") ran on into the sentence: it ends where the other does.
    Not when the words are an administrative tail ("Ủy ban nhân dân tỉnh") or complete a head
    ("… Đảng ủy", "… Đảng bộ"). Groups keep their modifiers ("các cơ quan truyền thông").
    Asked once per distinct name; the mentions are walked only when one is cut."""
    names = {m.name for m in ms if m.kind != "group"}
    cut = {n: short for n in names if n[-1:].islower() and (short := _shorter_name(n, names))}
    if cut:
        for i, m in enumerate(ms):
            short = cut.get(m.name) if m.kind != "group" else None
            if short is not None:
                ms[i] = Mention(m.start, m.start + len(short), short, _kind_of(m.head, short), m.head, m.role, m.addressed)
    return ms


_ITEM_MARKER_RE = re.compile(r"[ \t]*(?:[IVXLC]{1,5}[.)/-]|\d{1,2}(?:\.\d{1,2})*[.)/]?|[a-zđ][)./])[ \t]*(?:Đề nghị:?[ ])?$")
_HEADING_REST_RE = re.compile(r"[^.;:\n]{1,120}?:?[ \t]*(?=\n|$)")
_ROLE_CUE_RE = re.compile(
    rf"[ ,]*(?:{trie_pattern(set(_R['subject_verbs']) | set(_R['lead_after']) | set(_R['support_before']))})(?!\w)"
)


def _heading_groups(text: str, out: list[Mention]) -> list[Mention]:
    """A group that is a numbered item's whole heading line is named by the whole line ("19. Các
    cơ sở đào tạo đại học, sau đại học", "6. Các doanh nghiệp thứ cấp đang hoạt động trong KCN")."""
    lines = LineBounds(text)
    for i, m in enumerate(out):
        if m.kind != "group" or text.startswith("\n", m.end) or m.end >= len(text):
            continue
        ls = lines.at(m.start)[0]
        if not _ITEM_MARKER_RE.match(text, ls, m.start):
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
    merged = sorted(out + extra, key=lambda m: m.start) if extra else out  # `out` is in text order
    return _attach_owners(text, merged)


_OWNER_GAP_RE = re.compile(r"[ ](?:trực thuộc|thuộc|của)[ ]$")
_GROUP_OWNER_GAP_RE = re.compile(r"[ ](?:trực thuộc|thuộc)[ ]")


# an owner named by a word of its own, no head: "các tổ chức thành viên của Mặt trận"
_BARE_OWNER_RE = re.compile(rf"[ ]của[ ](?:{trie_pattern(_DATA['bare_owners'])})(?![\w&])(?![ ][{UPPER}])")


def _attach_owners(text: str, ms: list[Mention]) -> list[Mention]:
    """'các đoàn thể trực thuộc Đảng ủy Khối' is one group, not a group and a Đảng ủy; so is 'các tổ
    chức thành viên của Mặt trận' (an owner with no head: `bare_owners`)."""
    out: list[Mention] = []
    for m in ms:
        if m.kind == "group" and text.startswith(" của ", m.end) and (own := _BARE_OWNER_RE.match(text, m.end)):
            m = Mention(m.start, own.end(), text[m.start : own.end()], "group", "group", m.role)
        if (
            out and out[-1].kind == "group" and m.kind == "group" and m.name.startswith("các ")
            and out[-1].name[:4].lower() == "các "
            and (
                _GROUP_OWNER_GAP_RE.fullmatch(text, out[-1].end, m.start)
                or m.start - out[-1].end == 1 and out[-1].name.endswith(" thuộc")  # "… trực thuộc" read as a qualifier
            )
        ):
            g = out[-1]  # "các cơ quan chuyên môn thuộc các bộ, ngành Trung ương": a group of a group's members
            out[-1] = Mention(g.start, m.end, text[g.start : m.end], "group", "group", g.role)
            continue
        if out and (out[-1].kind == "group" or out[-1].kind == "person" and " các " in out[-1].name) and m.kind != "group":
            # … and the leaders of such a group: "Thủ trưởng các cơ quan, đơn vị trực thuộc Ủy ban nhân dân Thành phố"
            g = out[-1]
            gap = text[g.end : m.start]
            if gap == " " and re.search(r"(?:trực thuộc|thuộc)$", g.name) or _OWNER_GAP_RE.fullmatch(gap):
                out[-1] = Mention(g.start, m.end, text[g.start : m.end], g.kind, g.head, g.role)
                continue
        out.append(m)
    return out


# --- a head shared by a list: "Ủy ban nhân dân 04 xã: Gia Thuận, Tân Điền", "Các Đảng ủy: Trường A, Sở B"
_PLURAL_LEVEL_RE = re.compile(r"[ ](?:các|\d{1,2})[ ](xã|phường|huyện|thị xã|thành phố|tỉnh)$")
_PLURAL_BEFORE_RE = re.compile(r"(?:^|[ ])([Cc]ác[ ])$")
_LIST_SEP_RE = re.compile(r",[ ]?|[ ]và[ ]")
_PROPER_RE = re.compile(rf"[{UPPER}][\w]*(?:[ ][{UPPER}][\w]*)*")


def _list_items(text: str, pos: int, ms: list[Mention], k: int) -> list[tuple[int, int, Mention | None]]:
    """The items of a list of names from `pos`: each an existing mention (ms[k:] in text order)
    or a run of capitalised words, joined by "," or "và"; the list ends at anything else."""
    items: list[tuple[int, int, Mention | None]] = []
    while True:
        while k < len(ms) and ms[k].start < pos:
            k += 1
        if k < len(ms) and ms[k].start == pos:
            m = ms[k]
            items.append((m.start, m.end, m))
        else:
            r = _PROPER_RE.match(text, pos)
            if r is None:
                break
            items.append((r.start(), r.end(), None))
        sep = _LIST_SEP_RE.match(text, items[-1][1])
        if sep is None:
            break
        pos = sep.end()
    return items


def _distributed(text: str, ms: list[Mention]) -> list[Mention]:
    """A plural head before a colon shared by the names listed after it: one unit per name
    ("Ủy ban nhân dân 04 xã: Gia Thuận, Tân Điền" -> "Ủy ban nhân dân xã Gia Thuận", "… xã Tân
    Điền"; "Các Đảng ủy: Trường Chính trị, Chi bộ Tỉnh đoàn" -> "Đảng ủy Trường Chính trị",
    "Chi bộ Tỉnh đoàn": a name with a head of the same kind stands alone). The first unit starts
    where the plural did, so the cue before it gives the list its role."""
    out: list[Mention] = []
    skip_to = -1
    for i, m in enumerate(ms):
        if m.start < skip_to:
            continue
        if m.kind == "group" or not text.startswith(": ", m.end):
            out.append(m)
            continue
        level = _PLURAL_LEVEL_RE.search(m.name)
        plural = _PLURAL_BEFORE_RE.search(text, max(0, m.start - 5), m.start) if level is None else None
        items = _list_items(text, m.end + 2, ms, i + 1) if level or plural else []
        if len(items) < 2:
            out.append(m)
            continue
        prefix = m.name[: level.start()] + " " + level.group(1) if level else m.name
        first = plural.start(1) if plural else m.start
        for j, (s, e, item) in enumerate(items):
            if item is not None and item.kind == m.kind:
                out.append(item)
                continue
            start = first if j == 0 else s
            out.append(Mention(start, e, f"{prefix} {text[s:e]}", m.kind, m.head, m.role))
        skip_to = items[-1][1]
    return out


# --- a level shared by a list of bodies: "Thường trực HĐND, UBND xã", "Ban Thường vụ Đảng ủy, HĐND, UBND tỉnh"
# A body is *bare* when its name is only head words ending in one that is always some level's
# ("Ủy ban nhân dân", "Đảng ủy", "Ủy ban MTTQ"): incomplete alone, it takes the level printed
# after the last name of its list. A named body ("Sở Tài chính, UBND các xã"), one whose head
# already holds its level ("Ban Thường vụ Tỉnh ủy"), a person ("Chủ tịch UBND") or a list whose
# last name is not bare itself ("Văn phòng Đảng ủy, Văn phòng HĐND&UBND xã") shares nothing.
_NON_PERSON_HEADS = trie_pattern([h for h, k in _HEAD_KIND.items() if k != "person"])
_BARE = (
    rf"(?:(?:{_NON_PERSON_HEADS})[ ])*(?:{trie_pattern(_DATA['leveled_heads'])})(?:[ ]Việt Nam)?(?![\w&])"
)
_SHARED_LEVEL = rf"(?:cấp[ ])?(?:{trie_pattern(_DATA['shared_levels'])})(?:[ ][{UPPER}]\w*)*"
_LEVELLED_RE = re.compile(rf"({_BARE})[ ]({_SHARED_LEVEL})")
_BARE_BEFORE_RE = re.compile(rf"(?<![\w&])({_BARE})(?:,[ ]|[ ]và[ ])\Z")


def _shared_levels(text: str, ms: list[Mention]) -> list[Mention]:
    """Each bare body listed before a bare body with a level gets that level: "Thường trực HĐND,
    UBND xã" -> "Thường trực HĐND xã", "UBND xã". A bare body with no mention of its own ("HĐND"
    needs a name) becomes one. The span stays the body as printed, the level is in the name only
    (as `_distributed` does for a shared head)."""
    extra: list[Mention] = []
    for i, m in enumerate(ms):
        # the cheap test first: most mentions follow no list separator (", " or " và ")
        if (c := text[m.start - 2]) != "," and c != "à" or m.start < 4 or m.kind in ("group", "person"):
            continue
        lv = _LEVELLED_RE.fullmatch(m.name)
        if lv is None:
            continue
        level, pos, k = lv.group(2), m.start, i
        while (r := _BARE_BEFORE_RE.search(text, max(0, pos - 80), pos)) is not None:
            s, e = r.span(1)
            j = k
            while j > 0 and ms[j - 1].end > s:
                j -= 1  # ms[j:k]: the mentions that reach into this item
            name = f"{text[s:e]} {level}"
            if j == k:
                hm = _HEAD_START_RE.match(text, s)
                assert hm is not None  # text[s:e] is a _BARE body: a head noun opens it
                head = hm.group()
                extra.append(Mention(s, e, name, _kind_of(head, name), head))
            elif j == k - 1 and ms[j].start == s and ms[j].end == e:
                old = ms[j]
                ms[j] = Mention(s, e, name, _kind_of(old.head, name), old.head, old.role, old.addressed)
            else:
                break  # a mention overlaps the item without being it ("Chủ tịch UBND, …")
            pos, k = s, j
    return sorted(ms + extra, key=lambda m: m.start) if extra else ms


# --- "Các đồng chí Ủy viên Ban Thường vụ Đảng ủy Khối, Ủy viên Ban Chấp hành Đảng bộ Khối": one group
_COMRADES_RE = re.compile(r"(?:^|(?<=[ \n]))[Cc]ác[ ]đồng[ ]chí[ ]\Z")


def _comrades(text: str, ms: list[Mention]) -> list[Mention]:
    """People addressed as "các đồng chí" before a list of titles are one group, named from the
    determiner to the last title ("Các đồng chí Ủy viên …, Ủy viên …")."""
    out: list[Mention] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        det = None
        if m.kind == "person" and text[m.start - 9 : m.start] == "đồng chí ":
            det = _COMRADES_RE.search(text, max(0, m.start - 14), m.start)
        if det is None:
            out.append(m)
            i += 1
            continue
        j = i
        while j + 1 < len(ms) and ms[j + 1].kind == "person" and _LIST_SEP_RE.fullmatch(text, ms[j].end, ms[j + 1].start):
            j += 1
        s, e = det.start(), ms[j].end
        out.append(Mention(s, e, text[s:e], "group", "group", m.role, m.addressed))
        i = j + 1
    return out


_UPPER_CHAR_RE = re.compile(f"[{UPPER}]")
_LOWER_CHAR_RE = re.compile(f"[{LOWER}]")
_CAPS_WORD_RE = re.compile(f"(?<!\\w)[{UPPER}]{{3,}}(?!\\w)")


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
    lines = LineBounds(text)
    line_end = -1
    caps = False
    for c in cands:
        if c.start > line_end:  # a new line: the candidates of one line share its verdict
            s, line_end = lines.at(c.start)
            caps = _caps_line(text[s : min(line_end, s + 200)])
        if not caps:
            out.append(c)
    return out
