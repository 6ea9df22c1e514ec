"""Issuer names: the shared abbreviation table (extractor/data/abbreviations.yaml) and its expansion."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..data import load


@cache
def abbreviations() -> dict[str, str]:
    """Abbreviation as printed -> full form ('UBND' -> 'Ủy ban nhân dân'); shared, do not mutate."""
    return dict(load("abbreviations.yaml")["abbreviations"])


@cache
def _abbrev_re() -> re.Pattern[str]:
    keys = sorted(abbreviations(), key=len, reverse=True)
    return re.compile(r"(?<![\w&])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w&])")


_TERM_RE = re.compile(r"\s+(?:khóa|khoá|KHÓA)\s+[IVXLC]+\b.*$")
_SPACE_RE = re.compile(r"\s+")


def expand_abbreviations(name: str) -> str:
    """'UBND tỉnh' -> 'Ủy ban nhân dân tỉnh'; 'Đảng ủy UBND tỉnh' -> 'Đảng ủy Ủy ban nhân dân tỉnh'."""
    return _abbrev_re().sub(lambda m: abbreviations()[m.group()], name)


@lru_cache(maxsize=4096)
def canonical_issuer(issuer: str | None) -> str | None:
    """Abbreviations expanded, spaces collapsed, the term ('khóa XII') dropped.

    Cached per issuer as printed: one document names the same few bodies many times."""
    if not issuer:
        return None
    s = _SPACE_RE.sub(" ", expand_abbreviations(issuer)).strip()
    s = _TERM_RE.sub("", s).strip()
    return s or None
