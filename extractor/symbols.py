"""The canonical number/symbol ("số, ký hiệu") of a document: one function for the document's
own number and for every citation of another document.

Party form  NUMBER-TYPE/ISSUER          34-KH/ĐUK, 08-QĐi/TW, 124-CV/VP.ĐUK
State form  NUMBER/TYPE-ISSUER          491/KH-VP, 58/KH-UBND
            NUMBER/YEAR/TYPE-ISSUER     30/2020/NĐ-CP, 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN
            NUMBER/YEAR/ISSUER          85/2015/QH13 (laws), 101/2025/UBTVQH15
Old form    NUMBER-ISSUER               169-CP

Canonical: spaces removed, dash variants unified, "TƯ" written "TW", leading zeros and the case
of the official symbol kept ("CT-TTg" even when printed "CT-TTG").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from .data import load
from .models import System

_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
_SPACE_RE = re.compile(r"\s+")
_PREFIX_RE = re.compile(r"^(?:số|so)\s*[:.]?\s*", re.IGNORECASE)
_PART_SPLIT_RE = re.compile(r"([-/.])")
_TU_RE = re.compile(r"(?<=[/-])TƯ(?=$|[-/.])")

PARTY_RE = re.compile(r"^(?P<number>\d+(?:\.\d+)?[a-z]?)-(?P<kind>[A-Za-zĐđ]+)/(?P<issuer>[\w.\-&]+)$")
STATE_RE = re.compile(
    r"^(?P<number>\d+(?:\.\d+)?[a-z]?)(?:/(?P<year>(?:19|20)\d\d))?/(?P<kind>[A-Za-zĐđ]+\d*)(?:-(?P<issuer>[\w.\-&]+))?$"
)
OLD_RE = re.compile(r"^(?P<number>\d+)-(?P<issuer>[A-ZĐ]+)$")


@dataclass(frozen=True)
class NumberParts:
    id: str
    number: str
    kind: str | None  # the type code in the symbol (KH, NQ, QĐi …) when there is one
    issuer: str | None  # issuer part of the symbol (TW, ĐUK, UBND, CP …)
    year: str | None
    system: System  # "party" (NUMBER-TYPE/ISSUER) or "state"


@cache
def _case_table() -> dict[str, str]:
    codes = set(load("doc_types.yaml")["mixed_case_codes"])
    for entry in load("doc_types.yaml")["types"].values():
        codes.update(v for k, v in entry.items() if k in ("code", "party", "state"))
    return {c.upper(): c for c in codes}


def _restore_case(symbol: str) -> str:
    table = _case_table()
    parts = _PART_SPLIT_RE.split(symbol)
    return "".join(table.get(p.upper(), p) if p not in "-/." else p for p in parts)


def clean_symbol(raw: str) -> str:
    s = unicodedata.normalize("NFC", raw).translate(_DASHES)
    s = _PREFIX_RE.sub("", s.strip())
    s = _SPACE_RE.sub("", s).strip(".,;:")
    s = _TU_RE.sub("TW", s)  # TƯ -> TW; "TU" (Tỉnh ủy) stays
    return s


def parse_number(raw: str) -> NumberParts | None:
    """Parse a printed number/symbol; None when it is not one."""
    s = clean_symbol(raw)
    if not s or not s[0].isdigit():
        return None
    systems: tuple[tuple[re.Pattern[str], System], ...] = ((PARTY_RE, "party"), (STATE_RE, "state"), (OLD_RE, "state"))
    for pattern, system in systems:
        m = pattern.match(s)
        if m:
            canon = _restore_case(s)
            g = m.groupdict()
            mc = pattern.match(canon)
            g = mc.groupdict() if mc else g
            kind = g.get("kind")
            issuer = g.get("issuer")
            if system == "state" and kind and not issuer and kind[-1].isdigit():
                kind, issuer = None, kind  # 85/2015/QH13: a law, issuer QH13
            return NumberParts(canon, g["number"], kind, issuer, g.get("year"), system)
    return None


def canonical_number(raw: str | None) -> str | None:
    """'Số: 491 /KH-VP' -> '491/KH-VP'; '27/CT-TTG' -> '27/CT-TTg'; '05-CT/TƯ' -> '05-CT/TW'."""
    if not raw:
        return None
    parts = parse_number(raw)
    return parts.id if parts else None
