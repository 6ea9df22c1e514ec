"""Normalise: an expression -> (from, to, grain, recurrence), given the anchor year."""

from __future__ import annotations

from datetime import date

from . import calendar as cal
from .atoms import Atom, Expr
from .lexicon import RRULE


def interval(a: Atom, year: int | None) -> cal.Interval | None:
    """The days an atom denotes, `year` standing in for a missing one (relative offsets applied)."""
    y = a.y if a.y is not None else (None if year is None else year + (a.rel or 0))
    if a.kind == "term":
        return cal.terms(a.y or 0, a.y2 or 0)
    if y is None or not 1900 <= y <= 2200:
        return None
    if a.kind == "day":
        return cal.day(y, a.m or 0, a.d or 0)
    if a.kind == "dayrange":
        lo, hi = cal.day(y, a.m or 0, a.d or 0), cal.day(y, a.m or 0, a.d2 or 0)
        return (lo[0], hi[1]) if lo and hi else None
    if a.kind == "month":
        return cal.month(y, a.m or 1, a.edge)
    if a.kind == "quarter":
        return cal.quarter(y, a.q or 1, a.edge)
    if a.kind == "half":
        return cal.half(y, a.n or 6, a.side or "first")
    if a.kind == "year":
        return cal.terms(y, a.y2) if a.y2 else cal.year(y, a.edge)
    return None


def recurrence(ex: Expr) -> str | None:
    a = ex.first
    if a.kind == "continuous":
        return "continuous"
    if a.kind == "every":
        if a.n:  # "định kỳ 6 tháng"
            return RRULE["year"] if a.unit == "year" else f"FREQ=MONTHLY;INTERVAL={a.n}"
        if a.hour is not None and a.hour < 24 and a.minute < 60:
            return RRULE["day"] + f";BYHOUR={a.hour}" + (f";BYMINUTE={a.minute}" if a.minute else "")
        return RRULE[a.unit or "year"]
    if ex.rec is None:
        return None
    unit = ex.rec.unit or "year"
    if unit == "month" and a.kind in {"monthday", "day"} and a.d:
        return f"FREQ=MONTHLY;BYMONTHDAY={a.d}"
    if unit != "year":
        return RRULE[unit]
    months: list[int] = list(ex.season or ())
    for b in (ex.first, ex.last) if ex.season is None else ():
        if b is None:
            continue
        months.append(b.m or 0) if b.m else months.extend(cal.quarter_months(b.q, b.edge) if b.q else [])
    if ex.last is not None and len(months) == 2 and months[0] < months[1]:
        months = list(range(months[0], months[1] + 1))
    rule = RRULE["year"]
    if months:
        rule += ";BYMONTH=" + ",".join(str(x) for x in sorted(set(months)))
    if a.kind == "day" and ex.last is None and a.d:
        rule += f";BYMONTHDAY={a.d}"
    elif a.kind == "dayrange" and ex.last is None and a.d and a.d2 and a.d < a.d2:
        rule += ";BYMONTHDAY=" + ",".join(str(d) for d in range(a.d, a.d2 + 1))  # "(01 - 08/6)" each year
    return rule


def normalise(ex: Expr, year: int | None) -> tuple[date | None, date | None, str, str | None]:
    """-> (from, to, grain, recurrence). `year` fills a missing year (the anchor)."""
    rec = recurrence(ex)
    a, b = ex.first, ex.last
    if rec == "continuous" and b is not None:  # "thường xuyên, liên tục trong năm 2025": over the period
        ib = interval(b, b.y)
        return (ib[0], ib[1], a.grain, rec) if ib else (None, None, a.grain, rec)
    if rec is not None:
        return None, None, a.grain, rec
    y_last = b.y if b is not None and b.y is not None else year
    y_first = a.y if a.y is not None else (y_last if b is not None and b.y is not None else year)
    ia = interval(a, y_first)
    if ia is None:
        return None, None, a.grain, None
    grain = a.grain
    if b is not None:
        if b.y is None and a.y is not None:
            y_last = a.y
        ib = interval(b, y_last)
        if ib is not None and b.y is None and ib[1] < ia[0]:
            ib = interval(b, (y_last or 0) + 1)  # "từ tháng 10 đến tháng 3" crosses the year
        elif ib is not None and a.y is None and b.y is not None and ib[1] < ia[0]:
            ia = interval(a, b.y - 1) or ia  # "từ tháng 10 đến tháng 3 năm 2026": October 2025
        if ib is None:
            return ia[0], None, grain, None
        if ib[1] < ia[0]:  # a misprinted window ends before it starts: keep its start only
            return ia[0], ia[1], grain, None
        if a.grain == "year" and b.grain == "year" and ib[1].year > ia[0].year:
            grain = "term"
        return ia[0], ib[1], grain, None
    if ex.bound == "before":
        return None, cal.before(ia, a.grain), grain, None
    if ex.bound == "until":
        return None, ia[1], grain, None
    if ex.bound in ("from", "open"):
        return ia[0], None, grain, None
    return ia[0], ia[1], grain, None
