"""Yearless days and months that recur every year, read from the words around them, once the
expressions are merged (scan.merge): a recurrence shared along a list or from a bracket, "hằng
năm" earlier in the sentence, an observance's day."""

from __future__ import annotations

import re

from .atoms import Atom, Expr
from .lexicon import FREQUENCY_AFTER_RE, OBSERVANCE_BEFORE_RE
from .scan import RECURRABLE

_LIST_GAP = re.compile(r"\s*(?:,|và)\s*")
_SENTENCE_BREAK = re.compile(r"[.;!?](?:\s|$)|\n")
_PAREN_GAP = re.compile(r"\s*\(\s*")
_PAREN_CLOSE = re.compile(r"[^()\n]{0,20}\)")
# between the months of a list: "Tháng 3, 4 và tháng 9 …", "tháng 3 và tháng 9 …" (bare numbers are months)
_MONTH_LIST_GAP = re.compile(r"(?:[ \t]*,[ \t]*\d{1,2}(?!\d))*[ \t]*(?:,|và)[ \t]*")
_NUMBER = re.compile(r"\d+")


def yearly(text: str, exprs: list[Expr]) -> list[Expr]:
    """The expressions, those that recur every year given their recurrence (in place)."""
    _frequency_months(text, exprs)
    _share_recurrence(text, exprs)
    _yearly_in_sentence(text, exprs)
    _observance_days(text, exprs)
    return exprs


def _yearly_in_sentence(text: str, exprs: list[Expr]) -> None:
    """'Định kỳ hàng năm, … báo cáo … chậm nhất ngày 17 tháng 12': a yearless day or month after
    'hằng năm' in the same sentence is that day of every year."""
    every: Expr | None = None
    for ex in exprs:
        if ex.first.kind == "every" and ex.first.unit == "year" and ex.first.n is None:
            every = ex
        elif (every is not None and ex.rec is None and ex.last is None and ex.first.kind in {"day", "month"}
              and ex.explicit_year is None and ex.first.rel is None
              and not _SENTENCE_BREAK.search(text, every.end, ex.start)):
            ex.rec = every.first


def _share_recurrence(text: str, exprs: list[Expr]) -> None:
    """'trước ngày 01/6 và 15/11 hằng năm': the recurrence belongs to both days;
    'Định kỳ hằng năm (trước ngày 30 tháng 11)': one value, the day of each year."""
    for k in range(len(exprs) - 2, -1, -1):
        e1, e2 = exprs[k], exprs[k + 1]
        if (e1.first.kind == "every" and e1.first.unit == "year" and e2.rec is None and e2.last is None
                and e2.first.kind in RECURRABLE and e2.explicit_year is None
                and _PAREN_GAP.fullmatch(text, e1.end, e2.start)):
            close = _PAREN_CLOSE.match(text, e2.end)
            e2.rec, e2.start = e1.first, e1.start
            if close:
                e2.end = close.end()
            del exprs[k]
            continue
        if (e2.rec is not None and e1.rec is None and e1.first.kind in RECURRABLE and e1.last is None
                and e1.explicit_year is None and _LIST_GAP.fullmatch(text, e1.end, e2.start)):
            e1.rec = e2.rec


def _yearless_months(ex: Expr) -> list[int] | None:
    """The months of 'tháng 5', 'tháng 5 - tháng 8', 'từ tháng 11 đến tháng 2' printed without a
    year, an edge or a recurrence; else None."""
    a, b = ex.first, ex.last
    if ex.rec is not None or ex.within or ex.bound not in (None, "range") or ex.season is not None:
        return None
    if any(x.kind != "month" or x.y is not None or x.rel is not None or x.edge is not None
           for x in (a, b) if x is not None):
        return None
    m1 = a.m or 0
    m2 = (b.m or 0) if b is not None else m1
    return [(m1 - 1 + k) % 12 + 1 for k in range((m2 - m1) % 12 + 1)]


def _frequency_months(text: str, exprs: list[Expr]) -> None:
    """'Tháng 3, 4 và tháng 9 - tháng 11 tần suất quan trắc 02 đợt/tháng; tháng 5 - tháng 8 tần suất
    04 đợt/tháng': yearless months (a list of them joined into one expression) followed by a
    frequency are the months of every year it applies in."""
    out: list[Expr] = []
    for ex in exprs:
        # only a month can be one (looked at here: a call for each of ~900 expressions a corpus costs)
        months = _yearless_months(ex) if ex.first.kind == "month" else None
        if months is not None and FREQUENCY_AFTER_RE.match(text, ex.end):
            while out and (before := _yearless_months(out[-1])) is not None and (
                    gap := _MONTH_LIST_GAP.fullmatch(text, out[-1].end, ex.start)) is not None:
                listed = [int(n) for n in _NUMBER.findall(gap.group())]
                if not all(1 <= n <= 12 for n in listed):
                    break
                p = out.pop()
                months = before + listed + months
                ex.start, ex.first, ex.atoms = p.start, p.first, p.atoms + ex.atoms
            ex.season = tuple(sorted(set(months)))
            ex.rec = Atom("every", ex.end, ex.end, "year", unit="year")
        out.append(ex)
    exprs[:] = out


def _observance_days(text: str, exprs: list[Expr]) -> None:
    """'Ngày Môi trường thế giới (05/6)', 'Tuần lễ Biển … (01 - 08/6)': a yearless day (or days)
    right after an observance's name, in brackets or quoted, is that day of every year."""
    for ex in exprs:
        a = ex.first
        if (a.kind in {"day", "dayrange"} and ex.last is None and ex.rec is None and ex.bound is None
                and ex.explicit_year is None and a.rel is None and ex.start
                and text[ex.start - 1] in '("' + " "):
            w0 = max(0, ex.start - 100)
            w0 = text.rfind("\n", w0, ex.start) + 1 or w0
            if OBSERVANCE_BEFORE_RE.search(text, w0, ex.start) is not None:
                ex.rec, ex.observance = Atom("every", ex.end, ex.end, "year", unit="year"), True
