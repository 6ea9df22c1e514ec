"""The scan for anchors: every place a type word (Quyết định, Kế hoạch …) or the start of a named
document (Luật, Chiến lược …) is printed at a word start, found with a few fast passes over the
lower-cased text, each led by one literal letter (patterns.ANCHOR_PASSES).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..normalise import lower_aligned
from . import patterns as P
from .named_find import approval_follows, plan_cued


def is_word_char(ch: str) -> bool:
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


def find_anchors(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, typed) of each anchor starting a word; typed: a type word followed by
    "số"/"so", a digit or "này" (else the anchor may start a named law or a named document).

    (~2,700 spans in the corpus, ~800 kept: the checks are inline, with the names they use bound
    locally, and a span's key looked up by its text in a dict before anchor_key)"""
    low = lower_aligned(text)
    n = len(text)
    type_keys, named_keys, capital_only = P.TYPE_KEYS, P.NAMED_START_KEYS, P.CAPITAL_ONLY_KEYS
    keys = _KEYS
    for s, e, follows in _spans(low):
        if s and ((c := text[s - 1]).isalnum() or c == "_"):  # is_word_char, inline
            continue
        printed = text[s:e]
        key = keys.get(printed) or anchor_key(printed)
        if (follows and key in type_keys
                and (e >= n or not ((c := text[e]).isalnum() or c == "_"))):
            yield s, e, True
            continue
        if key in named_keys:
            # A plan's name starts "Kế hoạch" (not "kế hoạch", the noun, nor "KẾ HOẠCH", a heading)
            # where plan_cued allows one or after list glue (find_all checks that a name stands
            # before it) or stated as approved after it (" được … phê duyệt tại"), "Đề án"/"ĐỀ ÁN"
            # before a quoted title, "Bộ chỉ số" before a number; checked inline: this runs at every
            # "kế hoạch".
            if key in capital_only and not (text[s].isupper() and (
                    text.startswith(' "', e) and key in P.QUOTED_TYPE_KEYS
                    or text[s + 1].islower() and (
                        plan_cued(text, s) is not None or text[s - 2:s] == ", " or text[s - 4:s] == " và "
                        or text.startswith(" ", e) and text[e + 1:e + 2].isdigit()
                        or approval_follows(text, e)))):
                continue
            yield s, e, False


@lru_cache(maxsize=1024)
def anchor_key(printed: str) -> str:
    """'Kế  hoạch' -> 'kế hoạch' (cached: a plan prints the same few type words thousands of times)."""
    return " ".join(printed.split()).casefold()


# The key of each anchor word as most often printed (as in the data, lower case, capitalised, in
# capitals): a dict lookup, where anchor_key costs a call through lru_cache.
_KEYS: dict[str, str] = {
    form: anchor_key(w) for w in P.TYPE_WORDS + P.NAMED_STARTS for form in (w, w.lower(), w[:1].upper() + w[1:].lower(), w.upper())
}
