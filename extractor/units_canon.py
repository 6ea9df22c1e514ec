"""Canonical unit names: abbreviations expanded, then the document's registry of full names
(`Canon`): exact folded keys, the issuer's short forms, a unique longer form, rapidfuzz."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from .data import alternation as _alt
from .data import load
from .letters import UPPER
from .normalise import fold
from .units_find import Mention


# --- abbreviations --------------------------------------------------------------------------
def _abbreviations() -> dict[str, str]:
    try:
        table = load("abbreviations.yaml") or {}
    except FileNotFoundError:  # pragma: no cover - the shared table is optional
        return {}
    return dict(table.get("abbreviations", table) or {})


_ABBR = _abbreviations()
_ABBR_RE = re.compile(r"(?<![\w&])(?:" + _alt(list(_ABBR)) + r")(?![\w&])") if _ABBR else None


# two bodies' abbreviations joined by "&" that is no abbreviation itself: "Văn phòng HĐND&UBND xã"
_ABBR_PAIR_RE = re.compile(r"(?<![\w&])(?:" + _alt(list(_ABBR)) + r")&(?:" + _alt(list(_ABBR)) + r")(?![\w&])") if _ABBR else None


def _pair(m: re.Match[str]) -> str:
    got = _ABBR.get(m.group())
    if got is not None:
        return got
    a, b = m.group().split("&", 1)
    return f"{_ABBR[a]} và {_ABBR[b]}"


def expand_abbreviations(name: str) -> str:
    """'Sở KH&CN' -> 'Sở Khoa học và Công nghệ' (whole words, case-sensitive); two abbreviations
    joined by "&" are the two bodies: 'HĐND&UBND' -> 'Hội đồng nhân dân và Ủy ban nhân dân'."""
    if _ABBR_RE is None or _ABBR_PAIR_RE is None:
        return name
    if "&" in name:
        name = _ABBR_PAIR_RE.sub(_pair, name)
    return _ABBR_RE.sub(lambda m: _ABBR[m.group()], name)


_UNITS_DATA = load("units.yaml")
_ISSUER_CUE_RE = re.compile(r"(?i)^[^.;:\n]{0,40}?(?:xây dựng|ban hành)\s+(?:kế hoạch|chương trình)")
_DASH_SPACES_RE = re.compile(r"\s*-\s*")
_HONORIFIC_STARTS = tuple(_UNITS_DATA["honorifics"])
_DOUBLED_HEAD_RE = re.compile(r"(\w+) \1 ")
# what a group's canonical name drops when the document also lists the group without it
_GROUP_TRAILER_RE = re.compile(rf"\s+(?:{_alt(_UNITS_DATA['group_trailers'])})$")


# levels joined by a slash are a list like any other: "UBND các xã/phường" = "… các xã, phường"
_LEVEL_SLASH_RE = re.compile(r"(?<!\w)(xã|phường|thị trấn|đặc khu)/(?=(?:xã|phường|thị trấn|đặc khu)(?!\w))")


# a title of address before a post or a person's name: "Đồng chí Chủ tịch Ủy ban MTTQ xã" is the Chairman
_HONORIFIC_RE = re.compile(rf"(?:{_alt(_UNITS_DATA['honorifics'])})[ ](?=[{UPPER}])")


@lru_cache(maxsize=65536)
def _clean(name: str) -> str:
    if name.startswith(_HONORIFIC_STARTS) and (title := _HONORIFIC_RE.match(name)) is not None:
        name = name[title.end() :]
    name = expand_abbreviations(name)
    if (doubled := _DOUBLED_HEAD_RE.match(name)) is not None:
        name = name[doubled.end(1) + 1 :]  # "Sở Sở Công thương": a head printed twice
    name = _DASH_SPACES_RE.sub(" - ", name)
    if "/" in name:
        name = _LEVEL_SLASH_RE.sub(r"\1, ", name)
    return name[:1].upper() + name[1:]


_ADMIN_LIST_RE = re.compile(r"(?:(?<= )|^)((?:(?:xã|phường|đặc khu|thị trấn|thị xã|huyện|quận)(?: |$)){2,})$")


# a place name after a level: capitalised words ("… xã Lương Minh", "… tỉnh Quảng Ninh")
_PLACE_RE = re.compile(rf"(?: [{UPPER}]\w*){{1,4}}")
_LEVELS = (" tỉnh", " thành phố", " huyện", " quận", " thị xã", " xã", " phường")
_ADMIN_ENDS = ("xã", "phường", "khu", "trấn", "huyện", "quận")


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    """Registry key: fold() without the optional 'Việt Nam' ('Ủy ban MTTQ (Việt Nam) xã') and
    with a closing list of levels in one order ('… xã, phường, đặc khu' = '… phường, xã, đặc khu'),
    with or without "các" before it (a list of levels is plural: 'UBND xã, phường' = 'UBND các xã, phường'),
    and without a group's opening "các"."""
    key = fold(name).replace(" việt nam", "")
    key = key.removeprefix("các ")  # a group with or without its determiner: "Sở, ngành" = "Các Sở, ngành"
    m = _ADMIN_LIST_RE.search(key) if key.endswith(_ADMIN_ENDS) else None
    if m:
        words = re.findall(r"đặc khu|thị trấn|thị xã|\w+", m.group(1))
        head = key[: m.start(1)]
        key = head.removesuffix(" các ") + " " + " ".join(sorted(words)) if head.endswith(" các ") else head + " ".join(sorted(words))
    return key


def _loose(key: str) -> str:
    """A key without its joins: a name printed without "và" or a comma is the same name ("Sở Khoa
    học Công nghệ", "Sở Văn hóa Thể thao và Du lịch")."""
    return key.replace(" và ", " ").replace(",", "")


# --- the issuer in the header --------------------------------------------------------------
_UNITS = load("units.yaml")
_HEADER_STOP_RE = re.compile(r"(?:CỘNG HÒA|ĐẢNG CỘNG SẢN|Số|KẾ HOẠCH|QUYẾT ĐỊNH|-{3,})")
# the head nouns and tails of units.yaml keyed by their capitals; a head's kind is its first listed
_HEAD_KIND: dict[str, str] = {}
for _kind, _heads in _UNITS["heads"].items():
    for _h in _heads:
        _HEAD_KIND.setdefault(_h, _kind)
_HEAD_BY_UPPER: dict[str, str] = {}
for _h in _HEAD_KIND:
    _HEAD_BY_UPPER.setdefault(_h.upper(), _h)
_TAIL_WORDS = {t.upper(): t for t in _UNITS["tails"] if "," not in t}


def _cased_words(words: list[str], table: dict[str, str]) -> tuple[str, int] | None:
    """The longest entry of `table` (keyed by capitals) the words open with, as listed, and its length."""
    for n in range(min(5, len(words)), 0, -1):
        got = table.get(" ".join(words[:n]))
        if got is not None:
            return got, n
    return None


def header_name(text: str) -> tuple[int, int, str, str] | None:
    """The issuer printed in capitals at the top of a state header ("ỦY BAN NHÂN DÂN / TỈNH ĐẮK
    LẮK"), named as written in running text: "Ủy ban nhân dân tỉnh Đắk Lắk", as (start, end,
    name, head noun). A block holding a second head ("… / BAN THƯỜNG TRỰC"), or none, gives None."""
    pos = 0
    lines: list[tuple[int, int, str]] = []  # (start, end, stripped text) of each header line
    while len(lines) < 4:
        e = text.find("\n", pos)
        e = len(text) if e < 0 else e
        line = text[pos:e].strip(" *|#\t")
        if line:
            if _HEADER_STOP_RE.match(line) or line.upper() != line or not any(c.isalpha() for c in line):
                break
            lines.append((pos, e, line))
        pos = e + 1
        if e >= len(text):
            break
    if not lines:
        return None
    got = running_name(" ".join(ln for _, _, ln in lines))
    return None if got is None else (lines[0][0], lines[-1][1], *got)


def running_name(caps: str) -> tuple[str, str] | None:
    """A state, Front or union body printed in capitals ("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK") as written
    in running text ("Ủy ban nhân dân tỉnh Đắk Lắk"), with its head noun; None for another kind of
    head, none, or a second head ("… BAN THƯỜNG TRỰC")."""
    words = caps.split()
    head = _cased_words(words, _HEAD_BY_UPPER)
    if head is None or _HEAD_KIND[head[0]] not in ("state", "front", "union"):
        return None
    out, i = [head[0]], head[1]
    while i < len(words):
        if _cased_words(words[i:], _HEAD_BY_UPPER):
            return None
        tail = _cased_words(words[i:], _TAIL_WORDS)
        if tail:
            out.append(tail[0])
            i += tail[1]
        else:
            out.append(words[i][:1] + words[i][1:].lower())
            i += 1
    return " ".join(out), head[0]


class Canon:
    """The document's registry of full names: mention -> canonical name."""

    def __init__(self) -> None:
        self.by_key: dict[str, str] = {}
        self.keys: list[str] = []
        self.sorted_keys: list[str] = []  # the same keys in order: the longer forms of a key are one run
        self.alias: dict[str, str] = {}
        self.issuer: str | None = None
        self.memo: dict[tuple[str, str, str], str] = {}
        self.by_loose: dict[str, str] = {}  # named units by their key without "và" and commas

    def add(self, canonical: str) -> str:
        key = _key(canonical)
        if key not in self.by_key:
            self.by_key[key] = canonical
            self.keys.append(key)
            bisect.insort(self.sorted_keys, key)
            self.by_loose.setdefault(_loose(key), canonical)
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
        if m.kind != "group" and (loose := self.by_loose.get(_loose(key))) is not None:
            return loose  # "Sở Khoa học Công nghệ" = "Sở Khoa học và Công nghệ"
        if m.kind != "group" and m.name == m.head and self.issuer and fold(self.issuer).startswith(key):
            return self.issuer  # "Văn phòng", "Đảng ủy", "Chi bộ" in the issuer's own plan
        if m.kind != "group" and self.issuer and key.endswith(_LEVELS) and _key(self.issuer).startswith(key + " "):
            return self.issuer  # "Ủy ban nhân dân tỉnh" in a plan of the "Ủy ban nhân dân tỉnh Đắk Lắk"
        if m.kind != "group" and (longer := self._only_longer(key)) is not None:
            return longer  # "Đảng ủy Văn phòng" = "Đảng ủy Văn phòng UBND tỉnh"
        if self.keys and m.kind != "group":
            hit = process.extractOne(key, self.keys, scorer=fuzz.ratio, score_cutoff=95)
            if hit is not None:
                return self.by_key[hit[0]]
        return self.add(name)


    def _only_longer(self, key: str) -> str | None:
        """The one registered name whose key opens with `key` + " " (None for none or several)."""
        if len(key) < 8:
            return None
        # the keys opening with key + " ": those sorting from key + " " up to key + "!"
        lo = bisect.bisect_left(self.sorted_keys, key + " ")
        hi = bisect.bisect_left(self.sorted_keys, key + "!", lo)
        return self.by_key[self.sorted_keys[lo]] if hi - lo == 1 else None

    def fuller(self, canonical: str) -> str:
        """A named unit ending in a level, with the one name registered after it that adds the
        place: "UBND xã" printed before "Ủy ban nhân dân xã Lương Minh" is that body, as it is
        when printed after it (`resolve`)."""
        key = _key(canonical)
        if len(key) < 8 or not key.endswith(_LEVELS):
            return canonical
        lo = bisect.bisect_left(self.sorted_keys, key + " ")
        hi = bisect.bisect_left(self.sorted_keys, key + "!", lo)
        places = [c for k in self.sorted_keys[lo:hi] if _PLACE_RE.fullmatch((c := self.by_key[k])[len(canonical) :])]
        return places[0] if len(places) == 1 else canonical


@lru_cache(maxsize=65536)
def _rank(form: str) -> tuple[int, int]:
    """Fuller first, then fewer capitals ('Các sở, ngành' over 'Các Sở, ngành')."""
    return len(form), -sum(1 for c in form[1:] if c.isupper())
