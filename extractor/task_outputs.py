"""Products named in a task ("xây dựng kế hoạch", "báo cáo"): the output words of tasks.yaml
read after an output verb, outside citations and references ("Kế hoạch này")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .data import load
from .models import Citation
from .tries import trie_pattern

_T = load("tasks.yaml")
_OUT_WORDS = {w: label for label, ws in _T["outputs"].items() for w in ws}
_OUT_RE = re.compile(
    "(?:" + trie_pattern({v for w in _OUT_WORDS for v in (w, w[:1].upper() + w[1:])}) + r")(?!\w)"
)
_OUT_VERB_RE = re.compile(
    "(?:" + trie_pattern({v for w in _T["output_verbs"] for v in (w, w[:1].upper() + w[1:])}) + r")(?!\w)"
    + r"(?=[^;.:\n]*\Z)"
)
_OUT_NOT_AFTER_RE = re.compile(r"(?i)(?:^|\s)(?:" + "|".join(map(re.escape, _T["output_not_after"])) + r")\s*$")
_OUT_NOT_BEFORE_RE = re.compile(r"(?i)\s*(?:" + "|".join(map(re.escape, _T["output_not_before"])) + r")(?!\w)")


@dataclass
class Product:
    start: int
    end: int
    label: str


def find_products(text: str, citations: list[Citation], ranges: list[tuple[int, int]] | None = None) -> list[Product]:
    """Every product word of the document that names an output ("xây dựng kế hoạch", "báo cáo"),
    outside citations ("Kế hoạch số 58/KH-UBND") and references ("Kế hoạch này", "theo kế hoạch").
    Cheapest tests first: most candidates fall at the verb test."""
    cite_spans = sorted((c.start, c.end) for c in citations)
    cite_starts = [c[0] for c in cite_spans]
    out: list[Product] = []
    for lo, hi in ranges or [(0, len(text))]:
        for m in _OUT_RE.finditer(text, lo, hi):
            s, e = m.span()
            if s and text[s - 1].isalnum():
                continue
            word = m[0].lower()
            if word != "báo cáo" and not _verb_before(text, s):
                continue
            if _OUT_NOT_BEFORE_RE.match(text, e) or _OUT_NOT_AFTER_RE.search(text[max(0, s - 12) : s]):
                continue
            i = bisect.bisect_right(cite_starts, s) - 1
            if i >= 0 and cite_spans[i][1] >= e:
                continue  # inside a citation
            out.append(Product(s, e, _OUT_WORDS.get(word, word)))
    return out


def _verb_before(text: str, s: int) -> bool:
    """An output verb in the 40 characters before `s`, in the same clause (no ";", ".", ":" or
    line break after it)."""
    return _OUT_VERB_RE.search(text, max(0, s - 40), s) is not None


def merged_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
