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


def _finders(words: list[str]) -> list[tuple[re.Pattern[str], tuple[int, ...]]]:
    """Patterns that find every word (its first letter in either case) by a literal letter inside
    it, the rest checked around that letter in the regex: sre scans for a literal letter fast but
    tries a pattern led by a set of letters (or `_OUT_RE`'s trie) at every position. Few passes:
    the letters are chosen greedily, each the non-ASCII letter (after the first) shared by most
    of the words left (a word with none: its second letter). Each pattern comes with the offsets
    back from its letter to the starts of its words."""
    left, out = sorted(words), []
    while left:
        counts: dict[str, int] = {}
        for w in left:
            for c in {c for c in w[1:] if not c.isascii()} or {w[1]}:
                counts[c] = counts.get(c, 0) + 1
        lead = min(counts, key=lambda c: (-counts[c], c))
        group = [w for w in left if lead in w[1:]]
        left = [w for w in left if lead not in w[1:]]
        branches, offsets = [], set()
        for w in group:
            k = w.index(lead, 1)
            first = f"[{re.escape(w[0])}{re.escape(w[0].upper())}]"
            branches.append(f"(?<={first}{re.escape(w[1:k + 1])})(?={re.escape(w[k + 1:])})")
            offsets.add(k)
        out.append((re.compile(f"{re.escape(lead)}(?:{'|'.join(branches)})"), tuple(sorted(offsets))))
    return out


# `_OUT_RE` run over the text tests its trie at every "c", "t", "h" …: its matches are found
# instead by `_out_matches`, which tries it only where one of these finds a word.
_OUT_FINDERS = _finders(list(_OUT_WORDS))


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
    ranges = ranges or [(0, len(text))]
    starts = _word_starts(text, min(lo for lo, _ in ranges), max(hi for _, hi in ranges)) if ranges else []
    for lo, hi in ranges:
        for m in _out_matches(text, starts, lo, hi):
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


def _word_starts(text: str, lo: int, hi: int) -> list[int]:
    """Sorted starts in lo..hi where a product word may begin (a superset: each letter a finder
    finds gives the starts of all its words), found in one pass per finder over the whole
    stretch (a pass per task span costs more in calls than it saves in text)."""
    starts: set[int] = set()
    for finder, offsets in _OUT_FINDERS:
        for m in finder.finditer(text, lo, hi):
            r = m.start()
            starts.update(r - k for k in offsets)
    return sorted(starts)


def _out_matches(text: str, starts: list[int], lo: int, hi: int) -> list[re.Match[str]]:
    """The matches of `_OUT_RE.finditer(text, lo, hi)`: `_OUT_RE.match` at the `starts` in lo..hi
    (every start where it can match), in order, skipping those inside the last match as finditer
    does."""
    out: list[re.Match[str]] = []
    end = lo
    for k in range(bisect.bisect_left(starts, lo), len(starts)):
        p = starts[k]
        if p >= hi:
            break
        if p >= end and (m := _OUT_RE.match(text, p, hi)) is not None:
            out.append(m)
            end = m.end()
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
