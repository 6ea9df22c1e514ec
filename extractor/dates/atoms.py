"""What the scanner finds (an atom: one date word group) and what it merges them into (an
expression: a range, a bound, a recurrence around one or two atoms)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Atom:
    kind: str  # day | dayrange | monthday | month | quarter | half | year | term | every | continuous
    start: int
    end: int
    grain: str
    y: int | None = None  # the year as printed
    rel: int | None = None  # a relative year ("năm sau" -> +1)
    m: int | None = None
    d: int | None = None
    d2: int | None = None
    q: int | None = None
    n: int | None = None
    side: str | None = None
    edge: str | None = None
    y2: int | None = None
    unit: str | None = None  # recurrence unit: day/week/month/quarter/year
    keyword: str | None = None  # term word ("giai đoạn", "nhiệm kỳ", …)
    hour: int | None = None  # "trước 19h00 hằng ngày"
    minute: int = 0

    @property
    def needs_year(self) -> bool:
        return self.kind in {"day", "dayrange", "month", "quarter", "half", "year"} and self.y is None


@dataclass
class Expr:
    start: int
    end: int
    first: Atom
    last: Atom | None = None
    bound: str | None = None  # range | from | until | before | open
    rec: Atom | None = None
    atoms: list[Atom] = field(default_factory=list)
    within: bool = False  # "trong quý I/2024"
    since_now: bool = False  # "từ nay đến …": from the document's date
    season: tuple[int, ...] | None = None  # the months of every year a frequency applies in (yearly.py)
    observance: bool = False  # the day(s) of a named observance, every year (yearly.py)

    @property
    def explicit_year(self) -> int | None:
        for a in (self.last, self.first):
            if a is not None and a.y is not None:
                return a.y
        return None

    @property
    def needs_year(self) -> bool:
        if self.rec is not None or self.first.kind in {"every", "continuous", "monthday", "docday"}:
            return False
        return self.first.needs_year or (self.last is not None and self.last.needs_year)
