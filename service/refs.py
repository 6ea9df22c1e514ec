"""Forgiving directive references: "01-KL/TW", "01/KL-TW", "KL 01", "Kết luận 01",
"kết luận số 1-KL/TƯ", "Nghị quyết 21-NQ/TƯ" -> the parts used to find a known directive.

The canonical id comes from extractor.symbols (one function for documents and citations);
this module only reads what a person types into a search box.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from extractor.data import load
from extractor.symbols import canonical_number, clean_symbol, parse_number

_SYMBOL_RE = re.compile(r"\d+[a-z]?(?:\s*[-/]\s*[\wĐđƯư.\-/]+)?", re.IGNORECASE)
_NUMBER_RE = re.compile(r"\b(?:số\s*)?0*(\d+)\b", re.IGNORECASE)


@dataclass(frozen=True)
class RefParts:
    """What a typed reference says: a canonical id when it spells one, else kind + number."""

    canonical: str | None
    kinds: tuple[str, ...]  # upper-cased type codes (KL, NQ, CT …); two for "Quy định" (QĐI, QĐ)
    number: int | None
    issuer: str | None  # upper-cased issuer part of the symbol (TW, TU, UBND …)


@cache
def _kind_names() -> list[tuple[str, set[str]]]:
    """(lower-case name or code, codes) sorted longest first, so "nghị quyết liên tịch" wins."""
    table: dict[str, set[str]] = {}
    for name, entry in load("doc_types.yaml")["types"].items():
        codes = {v.upper() for k, v in entry.items() if k in ("code", "party", "state")}
        table.setdefault(name.lower(), set()).update(codes)
        for code in codes:
            table.setdefault(code.lower(), set()).add(code)
    return sorted(table.items(), key=lambda kv: -len(kv[0]))


def kind_of(text: str) -> set[str]:
    low = text.lower()
    for name, codes in _kind_names():
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", low):
            return codes
    return set()


def parse_ref(ref: str) -> RefParts:
    text = unicodedata.normalize("NFC", ref).strip()
    for m in _SYMBOL_RE.finditer(text):
        candidate = m.group(0)
        parts = parse_number(candidate)
        if parts:
            return RefParts(
                canonical=parts.id,
                kinds=(parts.kind.upper(),) if parts.kind else (),
                number=int(re.sub(r"\D", "", parts.number) or 0),
                issuer=clean_symbol(parts.issuer).upper() if parts.issuer else None,
            )
    kinds = kind_of(text)
    num = _NUMBER_RE.search(text)
    return RefParts(
        canonical=canonical_number(text),
        kinds=tuple(sorted(kinds)),
        number=int(num.group(1)) if num else None,
        issuer=None,
    )


def directive_key(directive_id: str) -> tuple[str | None, int | None, str | None]:
    """(KIND, number, ISSUER) of a canonical id, for the directives table's look-up columns."""
    parts = parse_number(directive_id)
    if not parts:
        return None, None, None
    digits = re.sub(r"\D", "", parts.number)
    return (
        parts.kind.upper() if parts.kind else None,
        int(digits) if digits else None,
        parts.issuer.upper() if parts.issuer else None,
    )
