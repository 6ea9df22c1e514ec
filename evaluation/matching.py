"""Comparison keys and one-to-one matching.

Matching is one-to-one: every (gold, predicted) pair gets a score from the field's rule (0 = cannot
match). Pairs are first taken greedily, best score first (ties: gold order, then predicted order),
while both items are free; then augmenting paths (Kuhn's algorithm) add matches greedy choices
blocked, so the number of matches is always the maximum possible, and the pairs are the best-scored
ones wherever that costs no match. (The Hungarian algorithm would also maximise the sum of scores;
our scores are 0/1 plus a small tie-break, so the count is what decides P/R/F1.)
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
    """One-to-one pairs (gold index, predicted index, score): greedy by best score, then
    augmented to a maximum matching."""
    scores: dict[tuple[int, int], float] = {}
    edges: list[list[int]] = [[] for _ in gold]
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = score(g, p)
            if s > 0:
                scores[i, j] = s
                edges[i].append(j)
    for i, row in enumerate(edges):
        neg_score = {j: -scores[i, j] for j in row}
        row.sort(key=neg_score.__getitem__)
    owner: dict[int, int] = {}  # predicted index -> gold index
    taken: dict[int, int] = {}  # gold index -> predicted index
    for (i, j), _s in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        if i not in taken and j not in owner:
            taken[i], owner[j] = j, i
    for i in range(len(gold)):
        if i not in taken and edges[i]:
            _augment(i, edges, owner, taken, set())
    return sorted((i, j, scores[i, j]) for i, j in taken.items())


def _augment(i: int, edges: list[list[int]], owner: dict[int, int], taken: dict[int, int], seen: set[int]) -> bool:
    for j in edges[i]:
        if j in seen:
            continue
        seen.add(j)
        if j not in owner or _augment(owner[j], edges, owner, taken, seen):
            owner[j], taken[i] = i, j
            return True
    return False


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
