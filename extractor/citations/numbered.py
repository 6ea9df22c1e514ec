"""Numbered citations: a type word + ("số") + number/symbol ("Kết luận số 01-KL/TW", the short
forms "Kết luận 01", "Nghị định 30/2020"), a law named before "số", and the members of a list that
share one type word (", số 1679/QĐ-TTg ngày …": same type word, same run).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..symbols import NumberParts, parse_number
from . import patterns as P
from .mention import Mention
from .symbol_tail import issuer_before, read_tail

_LETTER_RE = re.compile(r"[A-Za-zĐđƯư]")
_SHORT_RE = re.compile(r"^(?P<n>\d{1,5})(?:/(?P<y>(?:19|20)\d\d))?$")


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


def numbered_at(text: str, s: int, e: int, run: int) -> tuple[Mention | None, int]:
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
    mention.phrase_end = read_tail(text, sym_end, mention)
    if mention.issuer is None:
        mention.issuer = issuer_before(text, s)
    return mention, mention.phrase_end


def list_continuations(text: str, first: Mention, pos: int) -> list[Mention]:
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
        cont.phrase_end = read_tail(text, sym_end, cont)
        out.append(cont)
        prev = cont
        pos = cont.phrase_end
    return out


def _so_start(m: re.Match[str]) -> int:
    g = m.group()
    i = g.lower().find("số")
    return m.start() + i
