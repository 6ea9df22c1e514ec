"""Comparison keys and one-to-one matching.

Matching is one-to-one and greedy by best score: every (gold, predicted) pair gets a score from the
field's rule (0 = cannot match); pairs are taken best first (ties: gold order, then predicted
order) while both items are free. With scores that are 0/1 plus a small tie-break bonus (text
similarity), greedy gives the same number of matches as the Hungarian algorithm for the keyed
rules (equal keys form disjoint cliques); for fuzzy rules it can differ by a match in contrived
cases, which we accept for a pure-Python, dependency-free matcher.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any, TypeVar

from rapidfuzz import fuzz

from extractor.normalise import fold
from extractor.symbols import canonical_number

G = TypeVar("G")
P = TypeVar("P")

FUZZY_MIN = 90.0  # rapidfuzz ratio on folded text


def match(gold: Sequence[G], pred: Sequence[P], score: Callable[[G, P], float]) -> list[tuple[int, int, float]]:
    """One-to-one pairs (gold index, predicted index, score), greedy by best score."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = score(g, p)
            if s > 0:
                cands.append((-s, i, j))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for s, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j, -s))
    return sorted(out)


# --- keys -----------------------------------------------------------------------------------
def text_key(s: Any) -> str | None:
    return None if s is None else fold(str(s))


def id_key(s: Any) -> str | None:
    """Canonical number/symbol; text that is not one is compared folded."""
    if s is None:
        return None
    return canonical_number(str(s)) or fold(str(s))


_DMY_RE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_ISO_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")


def date_key(s: Any) -> str | None:
    """ISO YYYY-MM-DD ('15/3/2026' and '2026-3-15' accepted); other text folded."""
    if s is None:
        return None
    t = str(s).strip()
    m = _ISO_RE.match(t)
    if m:
        y, mo, d = m.groups()
        return f"{y}-{int(mo):02d}-{int(d):02d}"
    m = _DMY_RE.match(t)
    if m:
        d, mo, y = m.groups()
        return f"{y}-{int(mo):02d}-{int(d):02d}"
    return fold(t)


def path_key(s: Any) -> str | None:
    if s is None:
        return None
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", str(s))).strip()


def to_date(s: Any) -> date | None:
    k = date_key(s)
    try:
        return date.fromisoformat(k) if k else None
    except ValueError:
        return None


def within_days(a: Any, b: Any, days: int) -> bool:
    da, db = to_date(a), to_date(b)
    if da is None or db is None:
        return date_key(a) == date_key(b)
    return abs(da - db) <= timedelta(days=days)


def ratio(a: Any, b: Any) -> float:
    """rapidfuzz ratio (0-100) of the folded texts."""
    if a is None or b is None:
        return 100.0 if a is b else 0.0
    return fuzz.ratio(fold(str(a)), fold(str(b)))


def is_prefix(gold: Any, pred: Any) -> bool:
    """One folded text starts the other at a word boundary (a run-on item's heading)."""
    if not gold or not pred:
        return False
    a, b = fold(str(gold)), fold(str(pred))
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 3 and long_.startswith(short) and (len(long_) == len(short) or long_[len(short)] == " ")


def set_f1(gold: Sequence[Any], pred: Sequence[Any], same: Callable[[Any, Any], float]) -> float:
    """F1 of two sets of names under a matching rule (both empty: 1.0)."""
    g = _dedupe(gold)
    p = _dedupe(pred)
    if not g and not p:
        return 1.0
    if not g or not p:
        return 0.0
    tp = len(match(g, p, same))
    return 2 * tp / (len(g) + len(p))


def _dedupe(names: Sequence[Any]) -> list[Any]:
    seen: set[str] = set()
    out = []
    for n in names:
        k = text_key(n)
        if k and k not in seen:
            seen.add(k)
            out.append(n)
    return out
