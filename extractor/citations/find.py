"""find: every mention of a document by type word + number/symbol, with its date, issuer and title.

A mention's `start`/`end` cover the type word through the number/symbol (the citation text the gold
records, e.g. "Kết luận số 01-KL/TW"); `phrase_end` also covers the date and issuer that follow.
List members without their own type word ("…, số 1679/QĐ-TTg") start at "số".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..normalise import lower_aligned
from ..symbols import NumberParts, parse_number
from . import patterns as P

_LETTER_RE = re.compile(r"[A-Za-zĐđƯư]")
_SHORT_RE = re.compile(r"^(?P<n>\d{1,5})(?:/(?P<y>(?:19|20)\d\d))?$")
_UPPER_START_RE = re.compile(r"^[A-ZÀ-ỸĐ]")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    phrase_end: int
    type_printed: str | None
    kind_name: str | None
    kind: str | None
    raw_symbol: str
    parts: NumberParts | None  # None: a short form ("Kết luận 01", "Nghị định 30/2020")
    short_number: str | None = None
    short_year: str | None = None
    issued_date: str | None = None
    issuer: str | None = None
    title: str | None = None
    name: str | None = None  # a law's name printed before "số"
    run: int = 0  # mentions sharing one type word ("các Quyết định số …, số …") share a run id
    form: str = "full"
    id: str | None = None
    relation: str = "mentions"
    nested: bool = False
    alias_of: int | None = None


def _iso(d: str, m: str, y: str) -> str | None:
    di, mi = int(d), int(m)
    if not (1 <= di <= 31 and 1 <= mi <= 12):
        return None
    return f"{y}-{mi:02d}-{di:02d}"


@lru_cache(maxsize=4096)
def _parse_symbol(raw: str) -> tuple[NumberParts | None, str | None, str | None, int]:
    """(parts, short number, short year, length used) — trims trailing parts that do not parse.

    Cached per printed symbol: a plan cites the same few documents again and again, and
    parse_number costs ~20 µs (NFC, several regexes); the result is immutable."""
    s = raw
    while s:
        if _LETTER_RE.search(s):
            parts = parse_number(s)
            if parts:
                return parts, None, None, len(s)
        else:
            m = _SHORT_RE.match(s.replace(" ", ""))
            if m:
                return None, m.group("n"), m.group("y"), len(s)
        cut = max(s.rfind("-"), s.rfind("/"))
        if cut <= 0:
            break
        s = s[:cut].rstrip()
    return None, None, None, 0


def _tail(text: str, pos: int, mention: Mention) -> int:
    """Read the date, issuer and title after a symbol; return the end of date/issuer."""
    end = pos
    for _ in range(2):
        if mention.issued_date is None:
            m = P.DATE_RE.match(text, end)
            if m:
                iso = _iso(m["d"] or m["d2"], m["m"] or m["m2"], m["y"] or m["y2"])
                if iso:
                    mention.issued_date = iso
                    end = m.end()
                    continue
        if mention.issuer is None:
            # a steering committee named by its remit first ("của Ban Chỉ đạo về …, … và … tỉnh")
            window = text[end:end + 12]
            m = P.COMMITTEE_ISSUER_RE.match(text, end) if any(w in window for w in P.COMMITTEE_LEADS) else None
            if m is None:
                m = P.ISSUER_RE.match(text, end)
            if m:
                iss = P.trim_trailing_glue(m["iss"]).strip()
                if iss and _UPPER_START_RE.match(iss):
                    end = m.start("iss") + len(iss)
                    jm = P.JOINT_ISSUER_RE.match(text, end)
                    if jm:
                        iss = P.trim_trailing_glue(text[m.start("iss"):jm.end()]).strip()
                        end = m.start("iss") + len(iss)
                    if text.startswith(" (cũ)", end):  # "UBND tỉnh Phú Yên (cũ)": part of the name
                        iss, end = iss + " (cũ)", end + 5
                    mention.issuer = iss
                    continue
            m = P.PLENUM_RE.match(text, end)
            if m:
                mention.issuer = m["iss"].strip()
                end = m.end("iss")
                continue
        break
    m = P.TITLE_RE.match(text, end)
    if m:
        title = (m["q"] or m["ve"] or "").strip().strip(",. ")
        if title:
            mention.title = title
    return end


def _mention_at(text: str, s: int, e: int, run: int) -> tuple[Mention | None, int]:
    printed = text[s:e]
    sm = P.SO_RE.match(text, e)
    name = None
    if sm is None and printed.casefold() in P.NAMED_TYPE_KEYS:
        sm = P.NAME_SO_RE.match(text, e)
        if sm:
            name = sm["name"].strip()
    if sm is None:
        return None, e
    raw = sm["sym"]
    parts, short_n, short_y, used = _parse_symbol(raw)
    if not used:
        return None, e
    if name is None and parts is None and short_n is None:
        return None, e
    sym_end = sm.start("sym") + used
    system = parts.system if parts else None
    kind_name, kind = P.type_info(printed, system)
    mention = Mention(
        start=s, end=sym_end, phrase_end=sym_end, type_printed=printed, kind_name=kind_name,
        kind=kind, raw_symbol=text[sm.start("sym"):sym_end], parts=parts, short_number=short_n,
        short_year=short_y, name=name, run=run,
    )
    if name:
        mention.title = f"{printed} {name}"
    mention.phrase_end = _tail(text, sym_end, mention)
    if mention.issuer is None:
        lo = max(0, s - 120)
        before = text[lo:s].removesuffix("\n")  # (the regex ends "(?:tại|theo)[ ]+$": checked first)
        pm = (P.PRE_ISSUER_RE.search(text, lo, s)
              if before.endswith(" ") and before.rstrip(" ").endswith(P.PRE_ISSUER_ENDINGS) else None)
        if pm:
            mention.issuer = pm["iss"].strip()
    return mention, mention.phrase_end


def _continuations(text: str, first: Mention, pos: int) -> list[Mention]:
    """", số 1679/QĐ-TTg ngày …" after a citation: same type word, same run."""
    out: list[Mention] = []
    prev = first
    while True:
        m = P.CONTINUE_RE.match(text, pos)
        if not m:
            break
        parts, _n, _y, used = _parse_symbol(m["sym"])
        if parts is None:
            break
        so_start = _so_start(m)
        sym_end = m.start("sym") + used
        cont = Mention(
            start=so_start, end=sym_end, phrase_end=sym_end, type_printed=prev.type_printed,
            kind_name=prev.kind_name, kind=prev.kind, raw_symbol=text[m.start("sym"):sym_end], parts=parts,
            run=first.run,
        )
        cont.phrase_end = _tail(text, sym_end, cont)
        out.append(cont)
        prev = cont
        pos = cont.phrase_end
    return out


def _so_start(m: re.Match[str]) -> int:
    g = m.group()
    i = g.lower().find("số")
    return m.start() + i


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _trie_spans(low: str) -> list[tuple[int, int]]:
    """The spans `P.ANCHOR_RE.finditer(low)` gives (see `_spans`)."""
    return [(s, e) for s, e, _f in _spans(low)]


def _spans(low: str) -> list[tuple[int, int, bool]]:
    """The spans `P.ANCHOR_RE.finditer(low)` gives, each with whether P.FOLLOW_RE matches at its
    end, found faster with a few passes led by one literal letter each (P.ANCHOR_PASSES; a match
    starts `offsets[m.lastindex]` characters into its anchor): every anchor start with its longest
    match, then the leftmost non-overlapping choice finditer makes."""
    spans: list[tuple[int, int, bool]] = []
    # every branch ends in a group, so m.lastindex is never None; `or 0` (offset 0, no follow-up:
    # the placeholders at index 0) only tells the type checker so
    for p in P.ANCHOR_PASSES:
        offsets, follows = p.offsets, p.follows
        if p.overlapping:
            m = p.pattern.search(low)
            while m is not None:
                i = m.lastindex or 0
                spans.append((m.start() - offsets[i], m.end(), follows[i]))
                m = p.pattern.search(low, m.start() + 1)
        else:  # no match holds its lead letter twice: no anchor starts inside another of the pass
            spans += [(m.start() - offsets[i := m.lastindex or 0], m.end(), follows[i]) for m in p.pattern.finditer(low)]
    spans.sort()
    out: list[tuple[int, int, bool]] = []
    end = 0
    for span in spans:
        if span[0] >= end:
            out.append(span)
            end = span[1]
        elif out[-1][0] == span[0]:  # two passes matched at one start (a word and a longer one): the longest
            out[-1] = span
            end = span[1]
    return out


def _anchors(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, typed) of each anchor starting a word; typed: a type word followed by
    "số"/"so", a digit or "này" (else the anchor may start a named law or a named document).

    (~2,700 spans in the corpus, ~800 kept: the checks are inline, with the names they use bound
    locally, and a span's key looked up by its text in a dict before _key)"""
    low = lower_aligned(text)
    n = len(text)
    type_keys, named_keys, capital_only = P.TYPE_KEYS, P.NAMED_START_KEYS, P.CAPITAL_ONLY_KEYS
    keys = _KEYS
    for s, e, follows in _spans(low):
        if s and ((c := text[s - 1]).isalnum() or c == "_"):  # _is_word_char, inline
            continue
        printed = text[s:e]
        key = keys.get(printed) or _key(printed)
        if (follows and key in type_keys
                and (e >= n or not ((c := text[e]).isalnum() or c == "_"))):
            yield s, e, True
            continue
        if key in named_keys:
            # A plan's name starts "Kế hoạch" (not "kế hoạch", the noun, nor "KẾ HOẠCH", a heading)
            # where _plan_cued allows one or after list glue (find_all checks that a name stands
            # before it) or stated as approved after it (" được … phê duyệt tại"), "Đề án"/"ĐỀ ÁN"
            # before a quoted title, "Bộ chỉ số" before a number; checked inline: this runs at every
            # "kế hoạch".
            if key in capital_only and not (text[s].isupper() and (
                    text.startswith(' "', e) and key in P.QUOTED_TYPE_KEYS
                    or text[s + 1].islower() and (
                        _plan_cued(text, s) is not None or text[s - 2:s] == ", " or text[s - 4:s] == " và "
                        or text.startswith(" ", e) and text[e + 1:e + 2].isdigit()
                        or _approval_follows(text, e)))):
                continue
            yield s, e, False


@lru_cache(maxsize=1024)
def _key(printed: str) -> str:
    """'Kế  hoạch' -> 'kế hoạch' (cached: a plan prints the same few type words thousands of times)."""
    return " ".join(printed.split()).casefold()


# The key of each anchor word as most often printed (as in the data, lower case, capitalised, in
# capitals): a dict lookup, where _key costs a call through lru_cache.
_KEYS: dict[str, str] = {
    form: _key(w) for w in P.TYPE_WORDS + P.NAMED_STARTS for form in (w, w.lower(), w[:1].upper() + w[1:].lower(), w.upper())
}


# A line of the opening's bases: "Căn cứ …" (or "- Căn cứ …") opening a line.
_BASE_LINE_OPENERS = ("\nCăn cứ ", "\n- Căn cứ ", "\n+ Căn cứ ")


def _plan_cued(text: str, s: int) -> str | None:
    """What stands right before `s`: "line" (a line start), "list" ("…; "), "base" (a "Căn cứ" line's
    start), "cue" (a referring cue such as "theo", "đồng bộ với") or None. String checks only: this runs at every capitalised
    "Kế hoạch"."""
    if s == 0 or text[s - 1] == "\n":
        return "line"
    if text[s - 2:s] == "; ":
        return "list"
    before = text[s - P.PLAN_CUE_WINDOW:s] if s >= P.PLAN_CUE_WINDOW else "\n" + text[:s]
    if before.endswith(P.PLAN_NOT_CUE_ENDINGS):  # "(Kèm theo Kế hoạch …)": the document itself
        return None
    if before.endswith(_BASE_LINE_OPENERS):
        return "base"
    return "cue" if before.endswith(P.PLAN_CUE_ENDINGS) else None


# What no plan's name holds (NAMED_PLAN_RE's word breaks but the space).
_NAME_BREAK_RE = re.compile(r"[,;.()\"\[\]\n]")
def _approval_follows(text: str, pos: int) -> bool:
    """" được " follows `pos` before any punctuation: a plan's name there may be stated as approved."""
    k = text.find(P.PLAN_APPROVED_WORD, pos, pos + P.PLAN_APPROVED_WINDOW)
    return k >= 0 and _NAME_BREAK_RE.search(text, pos, k) is None


# A comma that does not go on with a list of bodies ("của Ban Chấp hành Trung ương, Bộ Chính trị và
# …"): one before a lower-case word ("Căn cứ Kế hoạch …, tình hình thực tế …;").
_BODY_LIST_COMMA_RE = re.compile(r",(?! [A-ZĐÀ-Ỹ])")
# What ends an item of a list of bases ("…; Kế hoạch của … ;"): a separator, a sentence or line end.
_LIST_ITEM_ENDS = frozenset({"", ";", ".", "\n"})


def _plan_at(text: str, s: int, typed: bool = False, after_name: bool = False) -> int | None:
    """End of a plan/strategy/… named without a number at `s` ("theo Quy hoạch … 2050") when
    `_plan_cued` allows it or `after_name` (a name and list glue stand right before it: "… Luật
    Phòng chống bạo lực gia đình, Bộ tiêu chí …"), or of the five-year plan anywhere. `typed`: the
    type word is followed by a number ("Kế hoạch 5 năm", "Kế hoạch 01"): only the five-year plan is
    a name there."""
    five = P.FIVE_YEAR_PLAN_RE.match(text, s)
    if five:
        return five.end()
    if typed:
        return None
    cued = _plan_cued(text, s) or ("cue" if after_name else None)
    if cued is None:
        # "Chiến lược … được UBND Thành phố phê duyệt tại Quyết định số …": only where " được " comes
        # before any punctuation (the name's regex is not tried at every plan type word)
        if not _approval_follows(text, s):
            return None
        m = P.NAMED_PLAN_RE.match(text, s)
        if m is None or not P.PLAN_APPROVED_RE.match(text, m.end()):
            return None
        return m.end()
    m = P.NAMED_PLAN_RE.match(text, s)
    if m is None or (cued == "line" and not text.startswith(";", m.end())):
        return None  # a line of its own is a base only when it ends like one ("…;")
    if cued == "list" and text[m.end():m.end() + 1] not in _LIST_ITEM_ENDS:
        return None  # "…; Kế hoạch bồi dưỡng, thời khóa biểu, …": a list of nouns, no list of bases
    if cued == "base":  # a base line "Căn cứ …;" names one document: to its ";", over a list of bodies
        le = text.find("\n", s)
        line = text[s:le if le >= 0 else len(text)].rstrip()
        semi = line.find(";")
        if semi == len(line) - 1 and _BODY_LIST_COMMA_RE.search(line, m.end() - s, semi) is None:
            return s + semi
    return m.end()


def _quoted_excluded(text: str, s: int) -> bool:
    """A quoted plan title at `s` that names no other document: a heading in capitals opening a line
    (the document's own title) or the plan being issued, built or approved ("ban hành Kế hoạch "…"")."""
    if (s == 0 or text[s - 1] == "\n") and text[s + 1].isupper():
        return True
    return text[max(0, s - P.QUOTED_NOT_AFTER_WINDOW):s].lower().endswith(P.QUOTED_NOT_AFTER)


def _named_at(text: str, s: int, key: str | None = None, typed: bool = False,
              after_name: bool = False, e: int | None = None) -> Mention | None:
    """A named reference at `s` (`key`: the anchor's folded words, when known; `typed`: see
    `_plan_at`). A plan's or an amending law's name (form "named_span") may hold citations: the scan
    goes on inside it, and `named.place_named` cuts the name after them."""
    # (string checks before each regex: this runs at every anchor that is not a citation)
    quoted = e is not None and text.startswith(' "', e)
    if quoted and key in P.QUOTED_TYPE_KEYS and (q := P.QUOTED_NAME_RE.match(text, s)):
        return None if _quoted_excluded(text, s) else Mention(
            start=s, end=q.end(), phrase_end=q.end(), type_printed=None, kind_name=None, kind=None,
            raw_symbol="", parts=None, form="named")
    if (key in P.NAMED_TYPE_KEYS and e is not None and text[e + 2:e + 4] in _AMENDING_HINTS
            and (am := P.AMENDING_LAW_RE.match(text, s))):
        # an amending law holds the laws it amends (citations among them): scanned inside, like a plan
        return Mention(start=s, end=am.end(), phrase_end=am.end(), type_printed=None, kind_name=None,
                       kind=None, raw_symbol="", parts=None, form="named_span")
    if key not in P.CAPITAL_ONLY_KEYS:
        m = P.NAMED_RE.match(text, s) or P.NAMED_LAW_RE.match(text, s)
    else:  # "Bộ chỉ số 766"
        m = P.NAMED_RE.match(text, s) if e is not None and text[e + 1:e + 2].isdigit() else None
    end = m.end() if m else _plan_at(text, s, typed, after_name)
    if end is None:
        return None
    return Mention(start=s, end=end, phrase_end=end, type_printed=None, kind_name=None, kind=None,
                   raw_symbol="", parts=None, form="named" if m else "named_span")


# The letters after "Luật s"/"Luật S" in "Luật sửa đổi, bổ sung …" (any case).
_AMENDING_HINTS = frozenset({"ửa", "ỬA"})
# What joins a name to the next one in a list ("Luật …, Bộ tiêu chí …", "… và Kế hoạch …").
_LIST_GLUE = frozenset({", ", " và "})


def find_all(text: str) -> tuple[list[Mention], list[Mention]]:
    """(citation mentions, named references) in text order; resolution comes later."""
    out: list[Mention] = []
    named: list[Mention] = []
    pos = 0
    run = 0
    for s, e, typed in _anchors(text):
        if s < pos:
            continue
        if not typed:
            mention = None
            key = _key(text[s:e])
            for t in () if key in P.CAPITAL_ONLY_KEYS else P.NAMED_TYPES:  # "Luật Đất đai số 31/2024/QH15"
                te = s + len(t)
                if text[s:te].casefold() == t.casefold() and (te >= len(text) or not _is_word_char(text[te])):
                    mention, end = _mention_at(text, s, te, run + 1)
                    break
            if mention is None:
                after = bool(named) and 0 < s - named[-1].end <= 4 and text[named[-1].end:s] in _LIST_GLUE
                nm = _named_at(text, s, key, after_name=after, e=e)
                if nm:
                    named.append(nm)
                    pos = nm.end if nm.form == "named" else e
                continue
            run += 1
            out.append(mention)
            pos = max(end, mention.end)
            continue
        run += 1
        mention, end = _mention_at(text, s, e, run)
        if mention is not None and mention.parts is None and mention.name is None:
            nm = _named_at(text, s, typed=True)  # "Kế hoạch 5 năm (2021 - 2025)", "Đề án 06": names
            if nm and nm.end >= mention.end:
                named.append(nm)
                pos = nm.end if nm.form == "named" else e
                continue
        if mention is None:
            sm = P.SELF_RE.match(text, e)
            if sm:
                name, kind = P.type_info(text[s:e])
                out.append(Mention(
                    start=s, end=sm.end(), phrase_end=sm.end(), type_printed=text[s:e],
                    kind_name=name, kind=kind, raw_symbol="", parts=None, form="self", relation="self", run=run,
                ))
                continue
            nm = _named_at(text, s, typed=True)
            if nm:
                named.append(nm)
                pos = nm.end if nm.form == "named" else e
            continue
        out.append(mention)
        if mention.parts is not None:
            conts = _continuations(text, mention, mention.phrase_end)
            out.extend(conts)
            if conts:
                end = conts[-1].phrase_end
        pos = max(end, mention.end)
    return out, named


def find_mentions(text: str) -> list[Mention]:
    """All type-word mentions in `text`, in order (full and short forms)."""
    return find_all(text)[0]
