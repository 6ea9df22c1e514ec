"""The role a unit mention plays in its clause (lead, support, advise, report_to, monitor),
read from cue words around the mention or the list of mentions it belongs to (`roles` in
units.yaml). The mentions are units_find's: `assign_roles` sets their `role` and `addressed`."""

from __future__ import annotations

import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from functools import lru_cache

from .data import alternation as _alt
from .data import load
from .item_marks import ITEM_MARK
from .letters import LOWER, UPPER
from .line_bounds import LineBounds
from .models import UnitRole
from .units_facets import described_subject
from .units_find import Mention

_DATA = load("units.yaml")
_NONE: Mapping[int, int] = {}  # no mentions known: the default of `starts` (start -> end of each mention)
_NO_ENDS: AbstractSet[int] = frozenset()  # … and of `ends` (where each mention ends)


_R = _DATA["roles"]
_LEAD_LABEL_RE = re.compile(rf"(?i)^\s*{ITEM_MARK}?(?:{_alt(_R['lead_labels'])})\s*:\s*")
_NEUTRAL_LABEL_RE = re.compile(rf"(?i)^\s*{ITEM_MARK}?(?:{_alt(_R['neutral_labels'])})\s*:\s*")
_BRACKET_ROLES: dict[str, UnitRole] = {k.lower(): v for k, v in _R["bracket_roles"].items()}
_BRACKET_RE = re.compile(rf"(?i)\s?\(\s*({_alt(list(_BRACKET_ROLES))})\s*\)")
_SUPPORT_LABEL_RE = re.compile(rf"(?i)^\s*{ITEM_MARK}?(?:{_alt(_R['support_labels'])})\s*:\s*")


def _ending(words: list[str], tail: str = r"\s*", lead: str = r"[\s,:;(]", flags: str = "(?i)") -> re.Pattern[str]:
    """A cue that must end the text before a mention (`(?:^|lead)(?:words)tail$`), as one match
    at the start of the *reversed* text: a `$`-anchored search tries every position, this one.
    `tail` must read the same both ways or be given reversed."""
    return re.compile(rf"{flags}{tail}(?:{_alt([w[::-1] for w in words])})(?:{lead}|\Z)")


_LEAD_BEFORE_REV = _ending(_R["lead_before"], r"\s*:?\s*")
_SUPPORT_BEFORE_REV = _ending(_R["support_before"])
# "phối hợp với đầu mối ": a partner head between the cue and the units (dropped before the cue is read)
_PARTNER_HEAD_END_RE = re.compile(
    rf"(?i)(?<=\s)(?:{_alt(_R['partner_heads'])})\s*$"
)
_ADVISE_BEFORE_REV = _ending(_R["advise_before"])
# a report verb, not a syllable of a noun or another verb ("chương trình", "chuyển đổi số"): those
# words are matched first at their own start, so the verb inside them is never tried
_REPORT_VERB_RE = re.compile(
    rf"(?i)(?<!\w)(?:(?:{_alt(_R['report_verb_lookalikes'])})|({_alt(_R['report_verbs'])}))(?!\w)"
)


def _report_verb(prefix: str, first: int = -1, starts: Mapping[int, int] = _NONE) -> bool:
    """Whether a report verb in the clause `prefix` (ending where the units at `first` start) still
    wants a recipient: its last one, not followed at once by a unit ("trình Hội đồng nhân dân Thành
    phố thông qua việc bố trí dự toán cho các đơn vị": the council received the submission; "cho"
    then names whom the funds are for, no one reported to). Without `starts` any report verb counts."""
    last = None
    for m in _REPORT_VERB_RE.finditer(prefix):
        if m.group(1):
            last = m
    if last is None:
        return False
    after = last.end() + 1  # the unit right after the verb and one space
    return not starts or after >= len(prefix) or first - len(prefix) + after not in starts
_REPORT_DIRECT_REV = _ending(_R["report_verbs"], lead=r"[\s,:;]")
_REPORT_BEFORE_REV = _ending(_R["report_before"], lead=r"\s")
_VIA_BEFORE_REV = re.compile(r"(?i)\s*auq\s*\(")  # "(qua" reversed
# the first cues a chain's role is read from, in the order they are tried: one match tries them
# all (an alternation is tried in order; each its own group, the role is that of the group matched)
_FIRST_CUES_REV = re.compile(
    "|".join(
        f"({rx.pattern.removeprefix('(?i)')})"
        for rx in (_VIA_BEFORE_REV, _SUPPORT_BEFORE_REV, _ADVISE_BEFORE_REV, _REPORT_DIRECT_REV)
    ),
    re.IGNORECASE,
)
_FIRST_CUE_ROLES: tuple[UnitRole, ...] = ("report_to", "support", "advise", "report_to")
_ADVERBS = _alt(_R["adverbs"])
_LEAD_AFTER_RE = re.compile(rf"(?i)^\s*,?\s*(?:(?:{_ADVERBS})\s)?(?:{_alt(_R['lead_after'])})(?!\w)")
_MONITOR_AFTER_RE = re.compile(rf"(?i)^\s*(?:(?:{_ADVERBS})\s)?(?:theo dõi,\s*đôn đốc|đôn đốc|theo dõi,\s*giám sát|theo dõi)(?!\w)")
# a list may trail off before its verb: "Chi bộ Tỉnh đoàn, Chi bộ Trường Cao đẳng Y tế... tiếp tục"
_SUBJECT_AFTER_RE = re.compile(
    rf"(?i)^(?:\.{{3}}|…)?\s*,?\s*(?:(?:trên cơ sở|căn cứ|theo|tùy theo|trong phạm vi)[^;:\n]{{0,80}}?,\s*)?"
    rf"(?:(?:{_ADVERBS})\s)?(?:{_alt(_R['subject_verbs'])})(?!\w)"
)
# a clause-initial list followed by a lower-case word that is not a function word: its subject
_ANY_VERB_AFTER_RE = re.compile(
    rf"^[ ](?!(?:của|về|trong|tại|với|cho|là|và|được|đã|theo|nhằm|để|có|này|đó|thuộc|gồm|như|trên|"
    rf"dưới|từ|đến|khi|nếu|hoặc|hay|các|những|mỗi|năm|ngày|tháng|quý|số|ở|qua|bị|do|cũng|nơi|thì|mà)(?!\w))"
    rf"[{LOWER}]"
)
_INTRO_RE = re.compile(rf"(?i)^{ITEM_MARK}?(?:(?:{_alt(_R['intro_before'])})\s*:?\s*)?$")
# read on the line before the mentions (the clause breaks at "17. K…")
_ITEM_INTRO_RE = re.compile(rf"(?i)\s*\d{{1,2}}(?:\.\d{{1,2}})*[.)]\s*(?:{_alt(_R['item_intro'])})\s+$")
_CHAIN_GAP_RE = re.compile(r"^(?:\s?[,;]\s?|\s(?:và|hoặc)\s|\s?,\s?và\s|\s?\(\s?|\s?\)\s?[,;]?\s?|\s?\)\s?và\s|\s)$")
_HEADING_ONLY_RE = re.compile(rf"(?:[-+*•]\s*|[IVXLC]{{1,5}}[.\-)]\s*|[0-9.]{{1,8}}[.)]?\s+|[a-zđ][).]\s*|\(\d+\)\s*)?(?:(?:{_alt(_R['heading_intro'])})\s*:?\s*)?$", re.IGNORECASE)


_STRIPPED = " .:;,/"  # what `_nothing_after` skips at either end of the rest
_STRIPPED_RE = re.compile(r"[ .:;,/]*")


def _nothing_after(text: str, last: int, le: int) -> bool:
    """Whether the line holds nothing after `last` but " .:;,/" or one note in brackets ("13. Đề
    nghị các doanh nghiệp viễn thông (VNPT, Viettel, …)"): `text[last:le].strip(" .:;,/")` is
    empty or "(…)" with no other "(". A rest of up to 40 characters is read whole; a longer one
    from `last` to the next "(" at most and from the line end back over the characters stripped
    (a long line is not copied for each chain on it)."""
    if last + 40 >= le:
        rest = text[last:le].strip(_STRIPPED)
        return not rest or (rest[0] == "(" and rest[-1] == ")" and rest.count("(") == 1)
    head = text[last : last + 40].lstrip(_STRIPPED)
    if head:
        if head[0] != "(":
            return False  # most chains: text follows on the line
        p = last + 40 - len(head)
    else:
        stripped = _STRIPPED_RE.match(text, last + 40, le)
        assert stripped is not None  # `[…]*` matches, empty at worst
        if (p := stripped.end()) == le:
            return True
        if text[p] != "(":
            return False
    e = le
    while text[e - 1] in _STRIPPED:  # text[p] is "(": the walk back stops there at the latest
        e -= 1
    return text[e - 1] == ")" and text.find("(", p + 1, e) < 0


_CLAUSE_BREAK_RE = re.compile(r";|\.\s(?=[" + UPPER + r"])|:\s(?=[" + UPPER + r"])")


def _clause_start(text: str, lo: int, hi: int, start: int) -> int:
    """The end of the last clause break within text[lo:hi] that ends by `start`; `lo` when none."""
    window = text[lo:hi]
    if ";" not in window and "." not in window and ":" not in window:  # most windows: no regex then
        return lo
    cs = lo
    for m in _CLAUSE_BREAK_RE.finditer(text, lo, hi):
        if m.end() <= start:
            cs = m.end()
    return cs


def _clause_end(text: str, lo: int, hi: int) -> int:
    """Where the first clause break within text[lo:hi] starts; `hi` when there is none."""
    m = _CLAUSE_BREAK_RE.search(text, lo, hi)
    return m.start() if m else hi


def _chains(mentions: list[Mention], text: str) -> list[list[Mention]]:
    chains: list[list[Mention]] = []
    for m in mentions:
        if chains:
            prev_end = chains[-1][-1].end
            if m.start - prev_end <= 7:  # " hoặc " is the longest gap
                gap = text[prev_end : m.start]
                if "\n" not in gap and _CHAIN_GAP_RE.match(gap):
                    chains[-1].append(m)
                    continue
        chains.append([m])
    return chains


def _chain_role(
    text: str, chain: list[Mention], ls: int, le: int, starts: Mapping[int, int] = _NONE, ends: AbstractSet[int] = _NO_ENDS
) -> UnitRole:
    """The role of a chain of mentions on the line text[ls:le] (`starts`: start -> end of the document's
    mentions; `ends`: their ends, a set, so that a look-up is no walk over every mention)."""
    first, last = chain[0].start, chain[-1].end
    if _nothing_after(text, last, le) and _HEADING_ONLY_RE.match(text, ls, first):  # the cheap test first
        return "lead"  # "1. Sở Khoa học và Công nghệ", "6. Đề nghị: Hội Nông dân tỉnh, …"
    lo = max(ls, first - 200)
    prefix = text[_clause_start(text, lo, min(first + 1, le), first) : first]
    suffix = text[last : _clause_end(text, last, min(le, last + 200))]
    label = _label_role(text, ls, first)
    if label is not None and label[1]:
        return label[0]  # "Cơ quan chủ trì: Sở Nội vụ"
    if prefix.endswith(("(", "( ")) and _describes(text, first, suffix, ends):
        return "mentioned"  # "báo cáo cấp thẩm quyền (…, các Bộ, cơ quan trung ương chủ trì dự án, …)"
    near = prefix[-40:]  # cue words sit right before the mention: search a short tail only
    if (head := _PARTNER_HEAD_END_RE.search(near)) is not None and _SUPPORT_BEFORE_REV.match(near[: head.start()][::-1]):
        near = near[: head.start()]  # "phối hợp với đầu mối các bộ, ngành": the units are the partners
    if not _any_cue_before(near):
        return _role_after(text, last, prefix, suffix, label, ls, first, starts=starts)
    rev = near[::-1]
    cue = _FIRST_CUES_REV.match(rev)  # via, support, advise, a report verb: the first that matches
    if cue is not None:
        assert cue.lastindex is not None  # each alternative is a group: the one matched is set
        return _FIRST_CUE_ROLES[cue.lastindex - 1]
    if _REPORT_BEFORE_REV.match(rev) and (_report_verb(prefix, first, starts) or suffix.lstrip().startswith("(qua")):
        return "report_to"
    if _LEAD_BEFORE_REV.match(rev) and near.rstrip().lower().endswith("do"):
        # "do Ban Tuyên giáo Tỉnh ủy biên soạn": an author, not a lead; "nội dung thành phần do Sở,
        # ngành chủ trì, quản lý": who runs the things named, no instruction to them
        return "mentioned"
    if _LEAD_AFTER_RE.match(suffix):
        return "lead"
    if _LEAD_BEFORE_REV.match(rev):
        return "lead"
    return _role_after(text, last, prefix, suffix, label, lead_after=False, first=first, starts=starts)


# a lead cue with an object after it, no verb: a relative clause ("… chủ trì dự án, tiểu dự án")
_RELATIVE_LEAD_RE = re.compile(
    rf"(?i)^\s*(?:{_alt(_R['lead_after'])})\s+(?!(?:{_alt(_R['subject_verbs'])})(?!\w))[{LOWER}]"
)


def _describes(text: str, first: int, suffix: str, ends: AbstractSet[int]) -> bool:
    """Whether the units opening a bracket at `first` describe the noun before it: "báo cáo cấp
    thẩm quyền (UBND thành phố, … và các Bộ, cơ quan trung ương chủ trì dự án, tiểu dự án …)"
    names who that authority is; "chủ trì" has an object there, it assigns nothing. A note that
    assigns ("… cho cán bộ cấp xã (Sở Y tế chủ trì)") closes after its cue or goes on with a verb."""
    q = text.rfind("(", 0, first)
    while q > 0 and text[q - 1] == " ":
        q -= 1
    if q <= 0 or not text[q - 1].islower():
        return False  # a bracket after a word, not after a number, a mark or a name's capital
    if q in ends:
        return False  # a note on the unit before it
    return _RELATIVE_LEAD_RE.match(suffix) is not None


def _role_after(
    text: str,
    last: int,
    prefix: str,
    suffix: str,
    label: tuple[UnitRole, bool] | None,
    ls: int = -1,
    first: int = -1,
    lead_after: bool | None = None,
    starts: Mapping[int, int] = _NONE,
) -> UnitRole:
    """The role read after the mentions ending at `last` (a subject's verb), once no cue word precedes them.
    With `ls` (the line start) and `first` (the first mention's start), a numbered item opening with a
    word addressing them ("17. Khuyến khích …") makes them subjects. `lead_after`: the lead cue after
    them, when already read. `starts`: start -> end of the document's mentions (a comma ends a list of
    subjects only when a unit opens the clause)."""
    if lead_after is None:
        lead_after = _LEAD_AFTER_RE.match(suffix) is not None
    if lead_after:
        return "lead"
    after_comma = len(prefix) < 80 and prefix.rstrip().endswith(",")
    if after_comma and (partner := _partners_listed(prefix, first, starts)) is not None:
        return partner
    subject = (
        (after_comma and _comma_opens_subjects(prefix, first, starts))
        or _INTRO_RE.match(prefix.lstrip()) is not None
        or (ls >= 0 and _ITEM_INTRO_RE.match(text, ls, first) is not None)
    )
    if subject:
        if _MONITOR_AFTER_RE.match(suffix):
            return "monitor"
        if _SUBJECT_AFTER_RE.match(suffix) or _ANY_VERB_AFTER_RE.match(suffix):
            return "lead"
        if text.startswith(":", last) or (text.startswith(" (", last) and _NOTE_COLON_RE.match(text, last)):
            return "lead"  # "12. Đề nghị Công ty Điện lực Đắk Lắk: Khẩn trương …", "… viễn thông (VNPT, Viettel):"
    return label[0] if label is not None else "mentioned"


# the opening of a clause before a comma that makes the units after it its subjects: "Căn cứ Kế hoạch
# này, các chi bộ triển khai …", "Trong quá trình thực hiện, …"
_MARKER_RE = re.compile(r"\s*" + ITEM_MARK + "?")  # an item's marker, if any
_COMMA_OPENER_RE = re.compile(rf"(?i){_MARKER_RE.pattern}(?:{_alt(_R['comma_openers'])})(?!\w)")
_PARTNER_CUE_RE = re.compile(
    rf"(?i)(?<!\w)(?:({_alt(_R['support_before'])})|({_alt(_R['advise_before'])}))(?!\w)"
)
_LIST_ITEM_WORDS = 4  # "đầu mối các bộ", "ngành": the short items of a list, no clause


def _unit_item(prefix: str, base: int, at: int, starts: Mapping[int, int]) -> bool:
    """Whether the list item at prefix[at:] is a unit, up to one word the finder left out ("Văn phòng
    Chủ tịch nước"); `base`: where prefix starts in the text."""
    end = starts.get(base + at)
    return end is not None and len(prefix[end - base :].split(",")[0].split()) <= 1


def _partners_listed(prefix: str, first: int = -1, starts: Mapping[int, int] = _NONE) -> UnitRole | None:
    """The role of units that close a list after a partner cue, the items before them short or units
    (`starts`: start -> end of the mentions; `first`: where the units after `prefix` start): "Các doanh
    nghiệp … phối hợp với đầu mối các bộ, ngành, [các trường đại học, cao đẳng]", "phối hợp với Văn
    phòng Chủ tịch nước, [Văn phòng Chính phủ …]" are partners (`support`; `advise` after "tham mưu").
    None when no such cue opens a list before them."""
    last = None
    for last in _PARTNER_CUE_RE.finditer(prefix):
        pass
    if last is None:
        return None
    base = first - len(prefix)  # where prefix starts in the text (when `first` is known)
    pos = last.end()
    for item in prefix[pos:].rstrip().rstrip(",").split(","):
        words = item.split()
        lead_space = len(item) - len(item.lstrip())
        if not words or len(words) > _LIST_ITEM_WORDS and not _unit_item(prefix, base, pos + lead_space, starts):
            return None  # "phối hợp với Sở Y tế tổ chức tập huấn, các đơn vị …": a clause ended first
        pos += len(item) + 1
    return "support" if last.group(1) else "advise"


def _comma_opens_subjects(prefix: str, first: int, starts: Mapping[int, int]) -> bool:
    """Whether the clause `prefix` (ending with a comma, then the units at `first`) opens with an
    adverbial phrase (`comma_openers`) or with a unit (a list of subjects: "Văn phòng Chủ tịch nước,
    Văn phòng Chính phủ … phối hợp"). After a verb or another noun the units are objects or items
    of a list: "hướng dẫn, đôn đốc, các cơ quan, đơn vị tổ chức …", "được trung ương, UBND tỉnh giao"."""
    if _COMMA_OPENER_RE.match(prefix):
        return True
    if first < 0:
        return False
    marker = _MARKER_RE.match(prefix)
    return first - len(prefix) + (marker.end() if marker else 0) in starts


_SEGMENT_BREAK_RE = re.compile(r";|\.\s")
_NOTE_COLON_RE = re.compile(r" \([^()\n]{1,80}\)\s?:")


# the labels in the order they are tried, with the role each gives
_LABELS: tuple[tuple[re.Pattern[str], UnitRole], ...] = (
    (_SUPPORT_LABEL_RE, "support"), (_LEAD_LABEL_RE, "lead"), (_NEUTRAL_LABEL_RE, "mentioned")
)


def _label_role(text: str, ls: int, start: int) -> tuple[UnitRole, bool] | None:
    """The role a label gives ("Đơn vị thực hiện: …") and whether the mention follows it directly."""
    lo = max(ls, start - 200)
    if text.find(":", lo, start) < 0:
        return None  # every label ends with a colon (searched from `lo`: a long line is not re-read)
    seg = ls
    for m in _SEGMENT_BREAK_RE.finditer(text, lo, start):
        seg = m.end()
    before = text[seg:start]
    if ":" not in before:
        return None
    for rx, role in _LABELS:
        lab = rx.match(before)
        if lab:
            return role, not before[lab.end() :].strip()
    return None


# every cue that must end the text before a mention: one match on the reversed lower-cased tail
# rules them all out at once (a `$`-anchored search tries every position; this tries one)
_ANY_CUES = (_R["lead_before"] + _R["support_before"] + _R["advise_before"] + _R["report_verbs"]
             + _R["report_before"] + _R["addressed_before"] + ["qua", "của"])
_ANY_BEFORE_REV_RE = re.compile(rf"\s*:?\s*(?:{_alt([c.lower()[::-1] for c in _ANY_CUES])})(?:[\s,:;(]|$)")


@lru_cache(maxsize=8192)  # a chain's role and whether it is addressed ask of the same text
def _any_cue_before(near: str) -> bool:
    return _ANY_BEFORE_REV_RE.match(near.lower()[::-1]) is not None


_ADDRESSED_BEFORE_REV = _ending(_R["addressed_before"], r"\s*:?\s*")


def _addressed(text: str, start: int, ls: int) -> bool:
    """Addressed by an instruction without a role in it: the object of "chỉ đạo", "hướng dẫn" …
    ("Chỉ đạo các doanh nghiệp viễn thông bảo đảm …"). A body whose guidance is followed ("theo
    hướng dẫn của Bộ Công an", "theo chỉ đạo của Chính phủ") is only its source, not addressed
    (corpus/README.md, 2026-11 adjudication): "của" comes between the verb and it, so the cue
    does not end the text before it."""
    near = text[max(ls, start - 40) : start]
    if not _any_cue_before(near):
        return _VERB_LIST_BEFORE_RE.search(near) is not None  # "hướng dẫn, đôn đốc, các cơ quan, đơn vị"
    rev = near[::-1]
    return _ADDRESSED_BEFORE_REV.match(rev) is not None


# the last of a list of verbs, the addressing one, with the list's comma before the units: "Chủ trì
# tổ chức, hướng dẫn, đôn đốc, các cơ quan, đơn vị tổ chức triển khai …"
_VERB_LIST_BEFORE_RE = re.compile(rf"(?i),\s*(?:{_alt(_R['addressed_before'])}),\s*$")


def _partner_of_advised(text: str, start: int, ls: int, advised_ends: set[int]) -> bool:
    """Whether the support cue before the mention at `start` follows a body the clause advises:
    "Tham mưu Ủy ban nhân dân tỉnh phối hợp các bộ, ngành Trung ương xây dựng …" — the partner
    works with the advised body, not with the task's lead (corpus/README.md, Tasks: S1)."""
    near = text[max(ls, start - 40) : start]
    cue = _SUPPORT_BEFORE_REV.match(near[::-1])
    if cue is None:
        return False
    end = start - cue.end()  # the cue's first character (the reversed match ends there)
    while end > ls and text[end - 1] == " ":  # a comma: the lead's own next verb
        end -= 1
    return end in advised_ends


def assign_roles(text: str, mentions: list[Mention]) -> None:
    lines = LineBounds(text)  # mentions come in text order: the line look-ups read the text once
    starts = {m.start: m.end for m in mentions}
    ends = frozenset(starts.values())
    advised_ends: set[int] = set()  # ends of the mentions advised so far ("tham mưu X")
    for chain in _chains(mentions, text):
        start = chain[0].start
        ls, le = lines.at(start)
        role = _chain_role(text, chain, ls, le, starts, ends)
        if role == "advise":
            advised_ends.update(m.end for m in chain)
        partner_of_advised = role == "support" and bool(advised_ends) and _partner_of_advised(text, start, ls, advised_ends)
        if partner_of_advised:
            role = "mentioned"  # a unit still (a partner), but no partner of the task's lead
        described = role == "lead" and described_subject(text, ls, start)
        if described:
            role = "mentioned"  # "a) Nhiệm vụ: Các đơn vị … lập dự toán" + "- Đơn vị chủ trì: …"
        addressed = partner_of_advised or described or (role == "mentioned" and _addressed(text, start, ls))
        for m in chain:
            # a bracket needs "(" within two characters: most mentions have none, no regex then
            b = _BRACKET_RE.match(text, m.end) if "(" in text[m.end : m.end + 2] else None
            m.role = _BRACKET_ROLES[b.group(1).lower()] if b else role
            m.addressed = addressed


