"""'Thường xuyên' as a date value: only where it states when something happens."""

from __future__ import annotations

import re

from .atoms import Atom
from .lexicon import CONT_TAIL_WORDS, CONT_VERB_BEFORE_RE, CONT_WITHIN_GAP_RE, CONTINUOUS_VERBS, TIME_LABEL_RE
from .lines import cell_bounds, line_bounds

_CONT_LEAD_OK = re.compile(
    rf"\s*(?:[-+*•]\s*|[a-zđ0-9]{{1,2}}[).]\s*)?(?:{CONTINUOUS_VERBS}\s+)?", re.IGNORECASE
)
# a sentence of its own closing the line: "… . Thực hiện thường xuyên."
_CONT_CLOSING = re.compile(rf"[.;]\s+((?:{CONTINUOUS_VERBS})\s+)$", re.IGNORECASE)
_CONT_TAIL_OK = re.compile(rf"\s*(?:[.;)]?\s*$|,\s*(?:{CONT_TAIL_WORDS})(?![\w]))", re.IGNORECASE)
_PERIODS = frozenset({"year", "quarter", "month", "half", "term"})
_CONT_NEAR = 120  # what "Thường xuyên" is read with either side, at most (in its line or cell)


def continuous(text: str, s: int, e: int) -> Atom | None:
    """'Thường xuyên' is a date value only where it states when something happens (alone in its
    line or table cell, after a time label, closing an item, or over a dated period: `over_period`)."""
    ls, le = cell_bounds(text, *line_bounds(text, s, e), s, e)  # the line, or the table cell
    lead, tail = text[max(ls, s - _CONT_NEAR):s], text[e:min(le, e + _CONT_NEAR)]
    if TIME_LABEL_RE.search(lead) or (_CONT_LEAD_OK.fullmatch(lead) and _CONT_TAIL_OK.match(tail)):
        v = CONT_VERB_BEFORE_RE.search(lead)  # "Thực hiện thường xuyên"
        return Atom("continuous", s - (len(lead) - v.start()) if v else s, e, "continuous")
    v = _CONT_CLOSING.search(lead)  # "… trong toàn Đảng bộ. Thực hiện thường xuyên." closing the item
    if v is not None and _CONT_TAIL_OK.match(tail):
        return Atom("continuous", s - (len(lead) - v.start(1)), e, "continuous")
    if CONT_WITHIN_GAP_RE.match(text, e):  # "thường xuyên, liên tục trong năm 2025": kept if a period follows
        return Atom("continuous", s, e, "continuous", keyword="within")
    return None


def over_period(text: str, a: Atom, b: Atom) -> bool:
    """'thường xuyên, liên tục trong năm 2025': the atom after a continuous one read for its
    "trong …" is a period printed with its year, right after the gap."""
    gap = CONT_WITHIN_GAP_RE.match(text, a.end)
    return (gap is not None and gap.end() == b.start and b.kind in _PERIODS
            and b.y is not None and b.rel is None)
