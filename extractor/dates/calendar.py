"""Calendar arithmetic: periods -> (first day, last day). Pure functions on `datetime.date`."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from .lexicon import EDGE_SPANS

Interval = tuple[date, date]


_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def month_end(year: int, month: int) -> date:
    leap = month == 2 and calendar.isleap(year)
    return date(year, month, _DAYS[month - 1] + leap)


def day(year: int, month: int, d: int) -> Interval | None:
    try:
        x = date(year, month, d)
    except ValueError:
        return None
    return x, x


def months(year: int, first: int, last: int) -> Interval:
    return date(year, first, 1), month_end(year, last)


def month(year: int, m: int, edge: str | None = None) -> Interval:
    if edge is None:
        return months(year, m, m)
    lo, hi = EDGE_SPANS["month"][edge]
    end = month_end(year, m)
    return date(year, m, lo), date(year, m, min(hi, end.day))


def quarter(year: int, q: int, edge: str | None = None) -> Interval:
    first = 3 * (q - 1) + 1
    if edge is None:
        return months(year, first, first + 2)
    lo, hi = EDGE_SPANS["quarter"][edge]
    return months(year, first + lo - 1, first + hi - 1)


def year(y: int, edge: str | None = None) -> Interval:
    if edge is None:
        return months(y, 1, 12)
    lo, hi = EDGE_SPANS["year"][edge]
    return months(y, lo, hi)


def half(y: int, n: int, side: str) -> Interval:
    """'n tháng đầu năm' (months 1..n) / 'n tháng cuối năm' (months 13-n..12)."""
    return months(y, 1, n) if side == "first" else months(y, 13 - n, 12)


def terms(y1: int, y2: int) -> Interval:
    return date(y1, 1, 1), date(y2, 12, 31)


def before(iv: Interval, grain: str) -> date:
    """'trước ngày X' -> X (by the day, as plans mean it); 'trước quý IV' -> the day before it."""
    return iv[1] if grain == "day" else iv[0] - timedelta(days=1)


def quarter_months(q: int, edge: str | None = None) -> list[int]:
    first = 3 * (q - 1) + 1
    lo, hi = EDGE_SPANS["quarter"][edge] if edge else (1, 3)
    return list(range(first + lo - 1, first + hi))
