"""Citation patterns, compiled once at import from extractor/data (doc_types, citations, abbreviations).

Named parts (each documented where it is built):
  TYPE   the spelled-out type word ("Kết luận", "NGHỊ QUYẾT", "quyết định"), any case
  SYM    a number/symbol as printed: 01-KL/TW, 27/NQ- TW, 30/2020, 01 (short forms keep the bare number)
  DATE   ngày 18/5/2021 · 18-5-2021 · ngày 18 tháng 5 năm 2021 (any case)
  ISSUER "của <body>" up to a stop word, punctuation or the next type word
All patterns work on normalised text (NFC, "-" for dashes, straight quotes, one paragraph a line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..data import load
from ..letters import LOWER, UPPER

_CIT = load("citations.yaml")
CITATIONS_DATA = _CIT  # the citation vocabulary, for the other citation modules
_TYPES: dict[str, dict[str, str]] = load("doc_types.yaml")["types"]


def _alt(words: list[str]) -> str:
    """An alternation, longest first, spaces matching any run of spaces."""
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq)


def _letter_led(first: str, rest: str) -> str:
    r"""`(?<![\w])` + a case-insensitive pattern starting with the letter `first`, rewritten to start
    with the class [xX] (case-sensitive): sre then skips to those letters instead of trying the
    whole pattern at every position (re.I letters give it no prefix). The lookbehind, now after the
    consumed letter, checks the character before it; `rest` is matched case-insensitively.
    Only for ASCII letters whose case-insensitive matches are exactly x and X (not i, k, s)."""
    assert first.isascii() and first.isalpha() and first.lower() not in "iks" and len(first) == 1
    return rf"[{first.lower()}{first.upper()}](?<![\w].)(?i:{rest})"


def _words_letter_led(words: list[str]) -> str:
    r"""`(?<![\w])(?:w1|w2|…)(?![\w])` under re.I as `_letter_led` branches, one per first letter
    (only one can match at a position; inside each, the words keep _alt's longest-first order)."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0].lower(), []).append(w[1:])
    firsts = "".join(sorted({c for f in by_first for c in (f, f.upper())}))
    for f in by_first:
        assert f.isascii() and f.isalpha() and f not in "iks", f
    branches = "|".join(f"(?<=[{f}{f.upper()}])(?i:{_alt(rests)})" for f, rests in sorted(by_first.items()))
    return rf"[{firsts}](?<![\w].)(?:{branches})(?![\w])"


TYPE_ALIASES: dict[str, str] = dict(_CIT["type_aliases"])
NAMED_TYPES: tuple[str, ...] = tuple(_CIT["named_types"])
TYPE_WORDS: list[str] = sorted(set(_TYPES) | set(TYPE_ALIASES))
_TYPE_KEYS = {w.casefold(): w for w in TYPE_WORDS}

# TYPE: a type word starting a word, "các" (plural) optional and outside the span.
_TYPE_ALT = _alt(TYPE_WORDS)
TYPE_RE = re.compile(rf"(?<![\w])(?:{_TYPE_ALT})(?![\w])", re.IGNORECASE)
TYPE_KEYS = frozenset(_TYPE_KEYS)


def word_trie(words: list[str]) -> str:
    """A regex trie of lower-cased words (much faster than an alternation; spaces match any run).
    It matches a word where the alternation does (the longest first); use it with re.IGNORECASE
    or on lower-cased text."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [(r"\s+" if k == " " else re.escape(k)) + emit(v) for k, v in sorted(node.items()) if k]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


# ANCHOR (on the lower-cased text, same length for Vietnamese, no re.I: ~30 MB/s):
#   t = a type word followed by "số"/"so", a digit or "này" (a citation or the document itself);
#   n = the first words of a law named before its number or of a document named without a number.
NAMED_STARTS: list[str] = list(_CIT["named_anchors"])
# (checked where a pass of ANCHOR_PASSES has matched, not inside ANCHOR_RE: a lookahead inside that
# trie costs 8x).
FOLLOW_RE = re.compile(r"[ ]*:?[ ]*(?:số|so)(?![\w])|[ ]+\d|[ ]+này(?![\w])", re.IGNORECASE)
ANCHOR_RE = re.compile(word_trie(TYPE_WORDS + NAMED_STARTS))


# Letters sre skips to when it looks for anchors, by preference: each first word of an anchor is led
# by the first of these it holds (else by its first letter). Letters rare in Vietnamese text come
# first and several first words share one ("b" for "biên", "báo", "bộ"; "y" for "giấy", "quy",
# "quyết"): a pass costs ~0.25 ms per MB whatever it finds, and sre stops (~40 ns) at each lead
# letter. Only speed depends on this order, never what is found.
_LEAD_ORDER = "ykblvỉờềựịôưếá"


def _lead(first_word: str) -> int:
    """Index of the letter leading `first_word`'s pass (see _LEAD_ORDER)."""
    return next((first_word.index(c) for c in _LEAD_ORDER if c in first_word), 0)


def _may_share_start(a1: str, rests1: list[str], a2: str, rests2: list[str]) -> bool:
    """Two branches of a pass (letters `a` before the lead, `rests` after it) may both match at one
    lead letter: one `a` ends the other and one rest starts another ("hiế"+"n pháp", "chiế"+"n")."""
    if not (a1.endswith(a2) or a2.endswith(a1)):
        return False
    return any(r1.startswith(r2) or r2.startswith(r1) for r1 in rests1 for r2 in rests2)


@dataclass(frozen=True, slots=True)
class AnchorPass:
    """One sre pass finding anchors led by one letter. `pattern` matches from the lead letter; a
    branch per group of words sharing the letters before it (checked by a look-behind) ends with
    two empty groups, the first taken where FOLLOW_RE matches after the word, so `m.lastindex`
    tells the branch and the follow-up: `offsets[m.lastindex]` is how far the anchor starts before
    the match, `follows[m.lastindex]` whether FOLLOW_RE matches at its end (checked by sre at the
    ~2,700 anchors of the corpus instead of a call from Python each). `overlapping`: a match may
    hold the lead letter again, so the next anchor may start inside it (search again from the next
    character, not after the match)."""

    pattern: re.Pattern[str]
    offsets: tuple[int, ...]
    follows: tuple[bool, ...]
    overlapping: bool


def _anchor_passes(words: list[str]) -> tuple[AnchorPass, ...]:
    """ANCHOR_RE split into passes led by one letter each (see _LEAD_ORDER). Where ANCHOR_RE, a trie
    led by a class of 13 common letters, is tried at ~40% of positions (~40 ms per MB), each pass
    starts with one literal letter, which sre skips to, followed by a look-behind or a branch (a
    literal prefix of two letters or more makes sre scan ~2.5x slower). At an anchor's start the
    words that match lie on one path of the trie, and the longest is what ANCHOR_RE matches
    (find._trie_spans keeps the longest at each start). Branches that could both match at one
    lead letter go to separate passes, so each pass finds every anchor it holds."""
    groups: dict[tuple[str, str], list[str]] = {}
    for w in sorted({w.lower() for w in words}):
        k = _lead(w.split(" ")[0])
        groups.setdefault((w[k], w[:k]), []).append(w[k + 1:])
    passes: list[tuple[str, list[tuple[str, list[str]]]]] = []
    for (lead, before), rests in sorted(groups.items()):
        same = (p for p in passes if p[0] == lead
                and not any(_may_share_start(before, rests, b, r) for b, r in p[1]))
        found = next(same, None)
        if found is None:
            passes.append((lead, [(before, rests)]))
        else:
            found[1].append((before, rests))
    out: list[AnchorPass] = []
    for lead, branches in passes:
        # (a look-behind on the lead letter itself where a lone branch has none: "k(?<=k)hung…" keeps
        # sre's literal prefix to one letter)
        follow = f"(?:(?=(?i:{FOLLOW_RE.pattern}))()|())"
        alts = [(f"(?<={re.escape(b + lead)})" if b or len(branches) == 1 else "") + word_trie(r) + follow
                for b, r in branches]
        out.append(AnchorPass(
            pattern=re.compile(f"{re.escape(lead)}(?:{'|'.join(alts)})"),
            offsets=(0, *(len(b) for b, _ in branches for _ in (True, False))),
            follows=(False, *(f for _ in branches for f in (True, False))),
            overlapping=any(lead in r for _, rests in branches for r in rests),
        ))
    return tuple(out)


ANCHOR_PASSES = _anchor_passes(TYPE_WORDS + NAMED_STARTS)
NAMED_TYPE_KEYS = frozenset(t.casefold() for t in _CIT["named_types"])
NAMED_START_KEYS = frozenset(t.casefold() for t in NAMED_STARTS)
# Anchors that can only start a plan's name ("Kế hoạch …", "Quy chế phối hợp …"): they count only
# when printed with a capital (lower case is the generic noun: "xây dựng kế hoạch").
_PLAN_TYPES = set(_CIT["named_plan_types"])
CAPITAL_ONLY_KEYS = frozenset(
    t.casefold() for t in [*_PLAN_TYPES, *(a for a, base in TYPE_ALIASES.items() if base in _PLAN_TYPES)]
)

# Letters allowed in a symbol part: the first is a capital or a digit ("QĐi", "TTg", "VP.ĐUK").
_PART = r"[A-Z0-9ĐƯ](?:[A-Za-z0-9ĐđƯư&]|\.(?=[A-Za-zĐđ0-9]))*"
_NUM = r"\d{1,5}(?:\.\d{1,3})?[a-z]?(?![\w])"
# SYM: NUMBER, then up to eight parts joined by - or / (one space allowed on each side).
SYM = rf"{_NUM}(?:[ ]?[-/][ ]?{_PART}){{0,8}}(?![\w])"
SYM_RE = re.compile(SYM)

# After the type word: optional "số"/"so" (optionally with ":"), or a law's name then "số".
SO_RE = re.compile(rf"(?:[ ]*:)?[ ]*(?:(?:số|Số|SỐ|so)[ ]*:?[ ]*)?(?P<sym>{SYM})")
# A law's name: no punctuation, no second type word, at most 160 characters, then "số".
_NAME_CHAR = r"(?:(?!(?:Luật|Bộ luật|Pháp lệnh|Nghị định|Nghị quyết)\b)[^\n,;:.()\"\[\]])"
NAME_SO_RE = re.compile(rf"[ ]+(?P<name>{_NAME_CHAR}{{1,160}}?)[ ]+(?:số|Số|SỐ)[ ]*:?[ ]*(?P<sym>{SYM})")

DATE_RE = re.compile(
    r"""[ ]*,?[ ]*(?:(?:ban\s+hành\s+)?ngày[ ]*)?
    (?:(?P<d>\d{1,2})[ ]?(?P<sep>[/.-])[ ]?(?P<m>\d{1,2})[ ]?(?P=sep)[ ]?(?P<y>(?:19|20)\d\d)
      |(?<=[nN][gG][àÀ][yY][ ])(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>(?:19|20)\d\d))
    (?![\d/])""",
    re.VERBOSE | re.IGNORECASE,
)

# (a trie, not an alternation: it is tried at every space of an issuer, and only ever inside
# "(?!…(?![\w]))", where any stop word matching is all that counts)
_STOPS = word_trie(list(_CIT["issuer_stops"]) + TYPE_WORDS)
# ISSUER: "của" + a body up to a stop (case-insensitive whole words), punctuation or a footnote.
ISSUER_RE = re.compile(
    rf"[ ]*,?[ ]*(?:của|CỦA)[ ]+(?P<iss>(?:(?![ ](?:{_STOPS})(?![\w]))(?:[^,;:()\[\]\"\n.⁽¹²³⁴⁵⁶⁷⁸⁹⁰]|\.(?=\w))){{1,150}})",
    re.IGNORECASE,
)
# A steering committee named by its remit: its head, "về", then lower-case words (digits too: "đề án
# 06") joined by spaces, commas or "và", up to an issuer stop; a place and its name may close it.
# ("số" ends it only before a number: "chuyển đổi số" is a remit.)
_LOWER_WORD = rf"[{LOWER}0-9][\w\-]*"
# the issuer stops in any case but "số", and the type words capitalised only ("đề án 06" is a remit)
_COMMITTEE_STOPS = word_trie([w for w in _CIT["issuer_stops"] if w != "số"])
_CAPITAL_TYPES = "|".join(sorted((re.escape(w[:1].upper() + w[1:]) for w in TYPE_WORDS), key=len, reverse=True))
_PLACES = "|".join(re.escape(p) for p in _CIT["committee_places"])
_PLACE_NAME = rf"(?:{_PLACES})(?:[ ]+(?!(?:{_CAPITAL_TYPES})(?![\w]))[{UPPER}][\w\-]*){{1,4}}"
# the heads' first words: a cheap look in the few characters after "của" before the pattern runs
COMMITTEE_LEADS = tuple(sorted({h.split()[0] for h in _CIT["committee_heads"]}))
COMMITTEE_ISSUER_RE = re.compile(
    rf"[ ]*,?[ ]*(?:của|CỦA)[ ]+(?P<iss>(?:{'|'.join(re.escape(h) for h in _CIT['committee_heads'])})"
    rf"(?:(?:[ ]+về)?(?:(?:,[ ]+|[ ]+)(?!(?i:{_COMMITTEE_STOPS})(?![\w]))(?!(?:{_CAPITAL_TYPES})(?![\w]))"
    rf"(?!số[ ]+\d)(?!{_PLACE_NAME}){_LOWER_WORD}){{1,40}})?(?:[ ]+{_PLACE_NAME})?)"
)


# A joint issuer: ", Chính phủ và Đoàn Chủ tịch …" after the first body (each part capitalised).
_SEG = rf"(?!(?i:{_STOPS})(?![\w]))[A-ZĐÀ-Ỹ](?:(?![ ](?i:{_STOPS})(?![\w]))[^,;:()\[\]\"\n.⁽])*"
JOINT_ISSUER_RE = re.compile(rf"(?:,[ ]+{_SEG})*,?[ ]+và[ ]+{_SEG}")
# A list introduced with its issuer: "Căn cứ các Luật của Quốc hội …: Luật A số …; Luật B số …".
LIST_INTRO_RE = re.compile(
    _letter_led(
        "c",
        rf"ác[ ]+(?P<type>{_TYPE_ALT})[ ]+của[ ]+(?P<iss>[A-ZĐ][^,;:()\[\]\"\n]{{1,120}}?)"
        r"(?:[ ]+về[^:;\n]{0,200})?[ ]*:",
    )
)
# the same pattern written plainly (the specification of LIST_INTRO_RE; tests compare the two)
LIST_INTRO_PLAIN_RE = re.compile(
    rf"(?<![\w])(?:các|Các)[ ]+(?P<type>{_TYPE_ALT})[ ]+của[ ]+(?P<iss>[A-ZĐ][^,;:()\[\]\"\n]{{1,120}}?)"
    r"(?:[ ]+về[^:;\n]{0,200})?[ ]*:",
    re.IGNORECASE,
)
# A Party plenum after the date: "Nghị quyết 36-NQ/TW ngày 22/10/2018, Hội nghị lần thứ 8 của Ban Chấp hành …".
PLENUM_RE = re.compile(
    rf"[ ]*,[ ]*(?P<iss>Hội nghị (?:lần thứ [\wIVX]+ )?(?:của )?Ban [Cc]hấp hành Trung ương(?:(?![ ](?i:{_STOPS})(?![\w]))[^,;:()\[\]\"\n.])*)"
)
# An issuer printed before the citation: "theo đề nghị của Sở Tài chính tại Công văn số …".
PRE_ISSUER_ENDINGS = ("tại", "theo")  # what the text before the citation ends with, but spaces
PRE_ISSUER_RE = re.compile(
    rf"(?:của|CỦA)[ ]+(?P<iss>[A-ZĐ][^,;:()\[\]\"\n.]{{1,100}}?)[ ]+(?:{'|'.join(PRE_ISSUER_ENDINGS)})[ ]+$"
)
_GLUE_WORDS = ("và", "cùng", "với", "các", "của")
_TRAILING_GLUE_RE = re.compile(rf"(?:\s+(?:{'|'.join(_GLUE_WORDS)}))+\s*$", re.IGNORECASE)


def trim_trailing_glue(s: str) -> str:
    """`s` without the glue words ending it ("Ban Chấp hành Trung ương và" -> "Ban Chấp hành Trung
    ương"). _TRAILING_GLUE_RE.sub tries every position of `s` (~1 us an issuer); it can only match
    where the last word is a glue word, checked first."""
    words = s.rsplit(None, 1)
    if not words or words[-1].lower() not in _GLUE_WORDS:
        return s
    return _TRAILING_GLUE_RE.sub("", s)

# TITLE: a quoted title or "về …" up to ";", a line end, a sentence end or an opening parenthesis.
TITLE_RE = re.compile(
    r"""[ ]*,?[ ]*(?:
        (?:(?:về|Về|VỀ)[ ]+)?"(?P<q>[^"\n]{1,400})"
      | (?P<ve>(?:về|Về|VỀ|v/v)[ ]+[^;\n"(]{1,400}?)(?=[ ]*(?:;|\n|$|\.(?:\s|$)|\(|"))
    )""",
    re.VERBOSE,
)

# A list going on with the same type word: ", số 1679/QĐ-TTg", " và số 009/CĐ-UBND".
CONTINUE_RE = re.compile(rf"[ ]*(?:,|;|,?[ ]+và|,?[ ]+cùng)?[ ]*(?:số|Số|SỐ)[ ]*:?[ ]*(?P<sym>{SYM})")

# "<type> này" (the document itself).
SELF_RE = re.compile(rf"\s+(?:{_alt(list(_CIT['self_words']))})(?![\w])", re.IGNORECASE)

SELF_KINDS = frozenset(_CIT["self_kinds"])

# Alias: "(sau đây gọi tắt là Nghị quyết số 57-NQ/TW)".
ALIAS_RE = re.compile(
    rf"\((?:{_alt(list(_CIT['alias_phrases']))})[ ]*:?[ ]*\"?(?P<alias>[^()\"\n]{{1,80}}?)\"?[ ]*\)", re.IGNORECASE
)

CUE_RELATIONS: dict[str, str] = {}
for _rel, _phrases in _CIT["cues"].items():
    for _p in _phrases:
        CUE_RELATIONS[_p.casefold()] = _rel
# Cue phrases, letter-led (see _words_letter_led; CUE_PLAIN_RE is the plain form, for tests).
CUE_RE = re.compile(_words_letter_led(sorted(set(CUE_RELATIONS), key=lambda w: (-len(w), w))))
CUE_PLAIN_RE = re.compile(rf"(?<![\w])(?:{_alt(list(CUE_RELATIONS))})(?![\w])", re.IGNORECASE)

_ADJ: dict[str, str] = {k.casefold(): v for k, v in _CIT["adjacent_cues"].items()}
ADJACENT_CUE_RE = re.compile(rf"(?<![\w])(?P<cue>{_alt(list(_ADJ))})(?:[ ]+(?:các|những))?[ ]+$", re.IGNORECASE)
ADJACENT_RELATIONS = _ADJ

# Sentence ends: ". " followed by a capital, "!", "?" (cue scope ends there).
SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[A-ZÀ-ỸĐ\-+*]|\s*$)")

NAMED_RE = re.compile("|".join(f"(?:{p})" for p in _CIT["named_references"]))  # matched at anchors
# A law named without a number: "Luật Mặt trận Tổ quốc Việt Nam;" (not followed by "số"); the year of
# the law belongs to its name ("Luật Thủy sản năm 2017;"). "Luật Quy hoạch sửa đổi", "Luật Đất đai
# (sửa đổi)": the revised law, a bill being drafted, names no issued document. "và" before another
# law or a plan type word ends the name ("Luật Đất đai và Quy hoạch sử dụng đất …").
# A comma inside a name only before the second word of a fixed pair (citations.yaml named_comma_pairs):
# "Luật Phòng, chống thiên tai".
_COMMA_PAIR = rf",[ ](?=(?:{_alt(_CIT['named_comma_pairs'])})(?![\w]))"
NAMED_LAW_RE = re.compile(
    rf"(?:Bộ luật|Luật|Pháp lệnh) (?P<n>[A-ZĐ](?:[^\n,;:.()\"\[\]]|{_COMMA_PAIR}){{1,100}}?)(?: năm \d{{4}}(?![\w]))?"
    r"(?<! sửa đổi)(?![ ]*\(sửa đổi\))"
    rf"(?=[ ]*(?:(?!{_COMMA_PAIR})[,;:.()\"\[\]]|\n|$)| năm \d| ngày | về | và các | hiện hành| đã | được "
    rf"| và (?:Luật|Bộ luật|Pháp lệnh|{_alt(_CIT['named_plan_types'])}) )"
)
# An amending law named without its own number (citations.yaml named_amending_stops): "Luật sửa đổi,
# bổ sung một số điều của Luật A, Luật B và Luật C" — any case for "sửa đổi, bổ sung", then a law's type
# word; the name goes on over commas and the amended laws' numbers to the end of a law's name.
_LAW_TYPES = r"(?:Bộ luật|Luật|Pháp lệnh|BỘ LUẬT|LUẬT|PHÁP LỆNH)"
AMENDING_LAW_RE = re.compile(
    rf"{_LAW_TYPES} (?i:sửa đổi,? bổ sung)(?: (?i:một số điều))?(?: (?i:của))?(?: (?i:các)| \d{{1,3}})?"
    rf" (?=(?i:luật|bộ luật|pháp lệnh)(?![\w]))(?:[^\n;:.()\"\[\]]|\.(?=\w)){{1,400}}?(?: năm \d{{4}}(?![\w]))?"
    rf"(?=[ ]*(?:[;:()\"\[\]]|\.(?!\w)|\n|$)|,?[ ](?:{_alt(_CIT['named_amending_stops'])})(?![\w]))"
)
# A plan, strategy, master plan … named without a number (citations.yaml named_plan_*): the type word
# as printed (capitalised), then at least two words of name, a "(2021 - 2025)" or ", tầm nhìn …" going
# on; a stop word or other punctuation ends it. Matched at anchors, only where find._plan_cued allows.
_PLAN_WORD = r"[^\s,;.()\"\[\]]+"
NAMED_PLAN_RE = re.compile(
    rf"(?:{_alt(_CIT['named_plan_types'])})"
    rf"(?:[ ](?!(?:{_alt(_CIT['named_plan_stops'])})(?![\w])){_PLAN_WORD}|[ ]\(\d{{4}} ?- ?\d{{4}}\)"
    rf"|,[ ](?=(?:{_alt(_CIT['named_plan_comma_words'] + _CIT['named_comma_pairs'])})(?![\w])){_PLAN_WORD}){{2,60}}"
)
# A plan type word and a quoted title (citations.yaml named_quoted_*): 'Đề án "Nâng cao …"', 'ĐỀ ÁN "…"'.
_QUOTED_TYPES = [f for t in _CIT["named_quoted_types"] for f in (t, t.upper())]
QUOTED_NAME_RE = re.compile(rf'(?:{_alt(_QUOTED_TYPES)}) "[^"\n]{{2,400}}"')
QUOTED_TYPE_KEYS = frozenset(t.casefold() for t in _CIT["named_quoted_types"])
# what the text before such a name may not end with (lower-cased, one space after)
QUOTED_NOT_AFTER: tuple[str, ...] = tuple(f"{w} " for w in _CIT["named_quoted_not_after"])
QUOTED_NOT_AFTER_WINDOW = max(len(w) for w in QUOTED_NOT_AFTER) + 1
# What may stand right before such a name (checked by find._plan_cued on the few characters before
# it, without a regex): a referring cue, a list separator "; " or a line start (then the name must
# end its line with ";"). The five-year plan needs no cue ("… năm 2025 và Kế hoạch 5 năm (2021 - 2025)").
# PLAN_CUE_ENDINGS: what the text before the name may end with — a cue (lower case or capitalised)
# after a space, a line start, "(" or a quote, then one space; PLAN_CUE_WINDOW: how far to look.
PLAN_CUE_ENDINGS: tuple[str, ...] = tuple(
    f"{pre}{form} " for c in _CIT["named_plan_cues"] for form in {c, c[:1].upper() + c[1:]} for pre in " \n(\""
)
# PLAN_NOT_CUE_ENDINGS: phrases ending in a cue that are no cue ("kèm theo": attached to).
PLAN_NOT_CUE_ENDINGS: tuple[str, ...] = tuple(
    f"{form} " for c in _CIT["named_plan_not_cues"] for form in {c, c[:1].upper() + c[1:], c.upper()}
)
PLAN_CUE_WINDOW = max(len(c) for c in PLAN_CUE_ENDINGS + PLAN_NOT_CUE_ENDINGS)
FIVE_YEAR_PLAN_RE = re.compile(_CIT["five_year_plan"])
# After a plan's name: "… được UBND Thành phố phê duyệt tại Quyết định số …" (stands for a cue before it).
PLAN_APPROVED_RE = re.compile(_CIT["named_plan_approved"])
PLAN_APPROVED_WORD = " được "  # what find looks for (str.find) before trying a name with no cue
PLAN_APPROVED_WINDOW = 300  # how far after the type word
# Title openers (citations.yaml title_openers) between a cited document and a name in its clause.
TITLE_OPENER_RE = re.compile(rf"(?<![\w])(?:{_alt(_CIT['title_openers'])})(?![\w])", re.IGNORECASE)
TITLE_BREAK_RE = re.compile(rf"(?<![\w])(?:{_alt(_CIT['title_breaks'])})(?![\w])", re.IGNORECASE)
TITLE_MAX_CHARS: int = _CIT["title_max_chars"]
# Clause ends between a cited document and a name: a line end, or ";" / a sentence end followed by a
# capital (checked by the caller: ";" before a lower-case word goes on with the same trích yếu). A dot
# with a letter or digit right after it ends nothing: a date ("ngày 28.12.2023 của Chính phủ …") or an
# abbreviation ("TP.Hồ Chí Minh").
CLAUSE_END_RE = re.compile(r"\n|(?:[;!?]|\.(?!\w))(?=[ ]*(?:\S|$))")
LIST_GLUE_RE = re.compile(r"^[\s,]*(?:và|cùng|cùng với|hoặc)?[\s,]*$", re.IGNORECASE)


@cache
def _types_table() -> dict[str, tuple[str, str | None]]:
    out: dict[str, tuple[str, str | None]] = {}
    for name, entry in _TYPES.items():
        code = entry.get("code") or entry.get("party") or entry.get("state")
        out[name.casefold()] = (name, code)
    return out


@lru_cache(maxsize=1024)
def type_info(printed: str, system: str | None = None) -> tuple[str, str | None]:
    """'NGHỊ QUYẾT' -> ('Nghị quyết', 'NQ'); 'Kế hoạch hành động' -> ('Kế hoạch hành động', 'KH').

    The code comes from the spelled-out word (doc_types.yaml), never from the symbol; for a word whose
    code differs by system (Quy định: QĐi/QĐ), `system` ("party"/"state", from the symbol) chooses.
    """
    key = " ".join(printed.split()).casefold()
    name = _TYPE_KEYS.get(key, printed)
    base = TYPE_ALIASES.get(name, name)
    entry = _TYPES.get(base, {})
    code = entry.get("code")
    if code is None:
        code = entry.get(system or "", None) or entry.get("state") or entry.get("party")
    return name, code
