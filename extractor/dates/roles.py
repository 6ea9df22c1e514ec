"""Role of a date expression from the words around it (cues in dates.yaml).

Order of the rules (first that applies wins):
  issued         the "Place, ngày … tháng … năm …" line near the top (or the document's own
                 number cited: "(Kèm theo Kế hoạch số 617/KH-UBND ngày 01/12/2025 …)")
  citation_date  inside/right after a citation (spans passed in); fallback: after a number/symbol
                 ("số 01-KL/TW, ngày …"), "Luật Thủy sản năm 2017", "<Luật …> ngày … của <body>"
  deadline       "Thường xuyên" (only read where it states when something is done)
  start          an open start: "từ năm 2025 trở đi", "kể từ ngày ký"
  deadline       after a time label ("Thời gian thực hiện: …"), alone in a table cell, opening a
                 schedule line ("+ Quý I/2024: …"), "Trong giai đoạn 2026 - 2030, … đạt 100%"
  programme      a named term ("giai đoạn 2021 - 2030", "nhiệm kỳ 2025 - 2030"), a bare span
                 right after a programme noun ("Kế hoạch 5 năm (2021 - 2025)"), "đến năm 2030"
                 in a programme's name ("Chiến lược … đến năm 2030", "tầm nhìn đến năm 2045",
                 inside quotes)
  deadline       bounded ("trước ngày", "chậm nhất", "đến hết", "từ … đến …", a bare "2025 - 2026"
                 window) unless over before the document (then event); after "hoàn thành", "vào";
                 a recurring report ("định kỳ hằng quý báo cáo"); a target ("Năm 2025 đạt 60%")
  event          "năm 2025 đã …", "kết quả năm 2025" (a past year), or printed with its year and
                 over before the document's date
  programme      a year qualifying a name ("Kế hoạch học tập năm 2026", '"…" năm 2025')
  reference      anything else ("trong năm 2024 tại cơ quan", "của năm 2026")
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Citation
from .atoms import Expr
from .index import CitationIndex
from .lexicon import (
    BASIS_OPEN_RE,
    CITATION_TYPE_RE,
    DEADLINE_LEAD_RE,
    EVENT_AFTER_RE,
    EVENT_BEFORE_RE,
    LAW_NAME_BEFORE_RE,
    NOT_PROGRAMME_LEAD,
    OF_BODY_AFTER_RE,
    PLACE_BEFORE_RE,
    PLACE_LINE_RE,
    PROGRAMME_LEAD_RE,
    PROGRAMME_NOUN_RE,
    QUOTED_TARGET_BEFORE_RE,
    REPORT_RE,
    ROLES,
    SYMBOL_BEFORE_RE,
    TARGET_AFTER_RE,
    TARGET_RE,
    TIME_LABEL_RE,
)
from .lines import line_bounds

_CLAUSE_END = re.compile(r"[.;:!?](?=\s|$)|\n")
_GAP_TO_DATE = re.compile(r"[\s,()]*(?:ban hành\s+)?")
_LIST_COMMA = re.compile(r"\s*,\s*")
_PIPE_CELL_BEFORE = re.compile(r"\|[ \t]*$")  # "| Hằng năm |": a pipe table's cell
_PIPE_CELL_AFTER = re.compile(r"[ \t.;]*(?:\||$)", re.MULTILINE)
_BLANK_DAY_MONTH = re.compile(r"(?<![\w])ngày[\s.…_]*tháng[\s.…_]*$", re.IGNORECASE)
HEADER_CHARS = 2500
_LAW_WORDS = tuple({w.split()[-1] for w in ROLES["law_types"]})
_EVENT_WORDS = tuple({w.split()[-1] for w in ROLES["event_before"]})


def _has_any(window: str, words: tuple[str, ...]) -> bool:
    """Cheap pre-check before a regex: does the (lower-cased) window hold one of the words?"""
    low = window.lower()
    return any(w in low for w in words)


@dataclass
class Context:
    text: str
    citations: list[Citation] = field(default_factory=list)
    issued_date: str | None = None
    doc_year: int | None = None
    doc_number: str | None = None
    cells: set[int] = field(default_factory=set)  # starts of expressions alone on their line

    def __post_init__(self) -> None:
        self.cited = CitationIndex(self.citations)


def clause_start(text: str, s: int, limit: int = 250, ls: int | None = None) -> int:
    """Where the clause before `s` starts (after the last ".", ";", ":" … within `limit` characters
    on its line); `ls`, the start of `s`'s line, when the caller has it."""
    if ls is None:
        ls = line_bounds(text, s, s)[0]
    w0 = max(ls, s - limit)
    last = w0
    for m in _CLAUSE_END.finditer(text, w0, s):
        last = m.end()
    return last


def _citation(ex: Expr, ctx: Context) -> str | None:
    """'citation_date', 'issued' (the document's own number cited: form 'self'), or None."""
    for c in ctx.cited.near(ex.start):
        if c.start <= ex.start < c.end or (
            0 <= ex.start - c.end <= 40 and ex.first.kind in {"day", "month"}
            and _GAP_TO_DATE.fullmatch(ctx.text, c.end, ex.start)
        ):
            own = c.form == "self" or (ctx.doc_number is not None and c.id == ctx.doc_number)
            return "issued" if own else "citation_date"
    text = ctx.text
    if ex.bound is not None or ex.last is not None:
        return None
    w80 = text[max(0, ex.start - 80):ex.start]
    if (ex.first.kind in {"year", "day"} and ex.first.y and _has_any(w80, _LAW_WORDS)
            and LAW_NAME_BEFORE_RE.search(w80)):
        return "citation_date"  # "Luật Thủy sản năm 2017", "Luật Thi đua, khen thưởng ngày 15/6/2022"
    if ex.first.kind != "day":
        return None
    if "/" in w80 and SYMBOL_BEFORE_RE.search(text, max(0, ex.start - 60), ex.start):
        own = ctx.doc_number is not None and ctx.doc_number in w80  # "(Kèm theo Kế hoạch số 617/KH-UBND ngày …)"
        return "issued" if own else "citation_date"
    if OF_BODY_AFTER_RE.match(text[ex.end:ex.end + 40]) and CITATION_TYPE_RE.search(
        text, clause_start(text, ex.start, 160), ex.start
    ):
        return "citation_date"
    return None


def _issued(ex: Expr, ctx: Context, iso_to: str | None) -> bool:
    if ex.bound is not None or ex.first.kind not in {"day", "month"} or ex.last is not None:
        return False
    if ex.start >= HEADER_CHARS and (ctx.issued_date is None or ctx.issued_date != iso_to):
        return False
    ls, _ = line_bounds(ctx.text, ex.start, ex.end)
    if not (PLACE_BEFORE_RE.search(ctx.text, max(ls, ex.start - 60), ex.start)
            or ex.start - ls <= 60 and PLACE_LINE_RE.search(ctx.text, ls, ex.start)):
        return False
    return ex.start < HEADER_CHARS or (ctx.issued_date is not None and ctx.issued_date == iso_to)


def _programme(ex: Expr, ctx: Context) -> bool:
    text = ctx.text
    kind = ex.first.kind
    if kind == "term" and ex.bound is None:
        if ex.first.keyword:  # "giai đoạn 2021 - 2030", "nhiệm kỳ 2025 - 2030"
            return True
        # a bare "2025 - 2026" is a task's window unless it names a programme's span
        ls, _ = line_bounds(text, ex.start, ex.end)
        near = max(clause_start(text, ex.start, ls=ls), ex.start - 30)  # "Kế hoạch 5 năm (2021 - 2025)"
        return (text.count('"', ls, ex.start) % 2 == 1
                or PROGRAMME_NOUN_RE.search(text, near, ex.start) is not None)
    if ex.bound != "until" and not (kind == "year" and ex.bound is None):
        return False
    ls, _ = line_bounds(text, ex.start, ex.end)
    if text.count('"', ls, ex.start) % 2 == 1:
        return True  # inside a quoted name
    if PROGRAMME_LEAD_RE.search(text, max(ls, ex.start - 20), ex.start) or PROGRAMME_LEAD_RE.match(
        text[ex.start:ex.first.end].rsplit(None, 1)[0]
    ):
        return True  # "tầm nhìn đến năm 2045", "tầm nhìn 2035"
    if ex.bound != "until" or TARGET_AFTER_RE.match(text[ex.end:ex.end + 100]):
        return False
    return PROGRAMME_NOUN_RE.search(text, clause_start(text, ex.start, ls=ls), ex.start) is not None


def role(ex: Expr, ctx: Context, iso_from: str | None, iso_to: str | None) -> str:
    text = ctx.text
    if _issued(ex, ctx, iso_to):
        return "issued"
    cited = _citation(ex, ctx)
    if cited:
        return cited
    if ex.season is not None or ex.observance:
        return "reference"  # "tháng 5 - tháng 8 tần suất 04 đợt/tháng", "Tuần lễ Biển … (01 - 08/6)"
    if ex.first.kind == "continuous":
        return "deadline"  # only read where it states when something is done
    if ex.first.kind == "docday":
        return "reference" if ex.bound == "before" else "start"
    if ex.bound in ("from", "open"):
        return "start"
    ls, le = line_bounds(text, ex.start, ex.end)
    if states_time(ex, ctx, ls):
        return "deadline"
    if ex.first.kind == "term" and ex.within and (
        not text[clause_start(text, ex.start, ls=ls):ex.start].strip(" -+*")
        or TARGET_AFTER_RE.match(text[ex.end:ex.end + 100])
    ):
        return "deadline"  # "Trong giai đoạn 2026 - 2030, … đạt 100%"
    if _programme(ex, ctx):
        return "programme"
    past = _past(ex, ctx, iso_to)
    if ex.bound in ("before", "until", "range") or ex.first.kind in {"dayrange", "term"}:
        if ex.bound == "range" and iso_from and ctx.doc_year and int(iso_from[:4]) < ctx.doc_year - 10:
            return "reference"  # "06/01/1946 - 06/01/2026": an anniversary, not a window
        if past or _status_as_of(ex, ctx, iso_to):
            return "event"
        return "reference" if basis_line(text, ls, le) else "deadline"  # "Căn cứ … Báo cáo … đến ngày X;"
    cs = clause_start(text, ex.start, ls=ls)  # a line's start depends on ex.start only
    if QUOTED_TARGET_BEFORE_RE.search(text, cs, ex.start):
        return "reference"  # "theo cam kết của Việt Nam tại COP 26 về … vào năm 2050"
    if DEADLINE_LEAD_RE.search(text, max(ls, ex.start - 30), ex.start):
        return "deadline"
    if (ex.rec is not None or ex.first.kind == "every") and REPORT_RE.search(
        text, cs, min(len(text), ex.end + 60)
    ):
        return "deadline"
    if ex.first.kind == "year" and TARGET_RE.match(text, ex.end, min(len(text), ex.end + 80)):
        return "deadline"  # "Năm 2025 đạt 60% …"
    if EVENT_AFTER_RE.match(text[ex.end:ex.end + 40]) or (
        past and ex.first.edge is None
        and _has_any(text[max(ls, ex.start - 40):ex.start], _EVENT_WORDS)
        and EVENT_BEFORE_RE.search(text, max(ls, ex.start - 40), ex.start)
    ):
        return "event"
    if ex.first.kind == "year" and text[max(0, ex.start - 2):ex.start].rstrip().endswith('"'):
        return "programme"  # '"Học tập và làm theo …" năm 2025': a named campaign's year
    if past and ex.first.kind in {"day", "month", "quarter", "half", "year"}:
        return "event"  # ended before the document was issued
    if _names_year(ex, text):
        return "programme"
    return "reference"


def _status_as_of(ex: Expr, ctx: Context, iso_to: str | None) -> bool:
    """'Đến 12h00 ngày 21/11/2025, toàn tỉnh ghi nhận …' in a document of that day: an "until" date
    printed with its year, not after the document's date, then a past verb: a status, not a deadline."""
    return (ex.bound == "until" and ex.explicit_year is not None and iso_to is not None
            and ctx.issued_date is not None and iso_to <= ctx.issued_date
            and EVENT_AFTER_RE.match(ctx.text[ex.end:ex.end + 40]) is not None)


_BASIS_LINES_BACK = 3
_BASIS_NEAR = 1000


def _ends_in_semicolon(text: str, ls: int, le: int) -> bool:
    k = le
    while k > ls and text[k - 1] in " \t":
        k -= 1
    return k > ls and text[k - 1] == ";"


def basis_line(text: str, ls: int, le: int) -> bool:
    """'Căn cứ …;': a legal-basis line of the preamble (it opens with the cue and ends in ';'), or
    a line ending in ';' that goes on such a line's list ("Căn cứ Công điện …; Các Công điện …;\n
    Báo cáo nhanh … đến sáng ngày 21/11/2025;" where a hard wrap fell after a ';'), up to
    `_BASIS_LINES_BACK` lines back, each looked for within `_BASIS_NEAR` characters."""
    for _ in range(_BASIS_LINES_BACK):
        if not _ends_in_semicolon(text, ls, le):
            return False
        if BASIS_OPEN_RE.match(text, ls, min(le, ls + 24)) is not None:
            return True
        if ls == 0:
            return False
        le = ls - 1
        ls = text.rfind("\n", max(0, le - _BASIS_NEAR), le) + 1
        if ls == 0 and le > _BASIS_NEAR:
            return False  # a line longer than that: no list of short basis lines
    return False


def states_time(ex: Expr, ctx: Context, ls: int | None = None) -> bool:
    """The expression is an item's stated time: alone in its cell/line ("Hằng năm", "Quý I/2024: …")
    or after a time label on its line ("Thời gian thực hiện: Hằng quý")."""
    if ex.start in ctx.cells:
        return True
    text = ctx.text
    if ls is None:
        ls = line_bounds(text, ex.start, ex.end)[0]
    w0 = max(ls, ex.start - 120)
    return ":" in text[w0:ex.start] and TIME_LABEL_RE.search(text, w0, ex.start) is not None


def vague_in_running_text(ex: Expr, ctx: Context, prev: Expr | None = None) -> bool:
    """Not a date expression in running text (corpus conventions): a bare frequency ("báo cáo
    hằng ngày", "đánh giá kết quả hằng năm", "định kỳ 6 tháng") and a yearless edge of the year
    ("tổng kết cuối năm", "từ đầu năm"). Either is a date where it states an item's time (a cell,
    a pipe-table cell, after a time label, right after a stated "Thường xuyên," — `prev` is the
    expression before); a bounded edge ("trước cuối năm") is kept."""
    a = ex.first
    bare_frequency = a.kind == "every" and ex.rec is None and a.hour is None
    yearless_edge = (a.kind == "year" and a.y is None and a.rel is None and a.edge is not None
                     and ex.last is None and ex.bound not in ("before", "until"))
    if not (bare_frequency or yearless_edge):
        return False
    text = ctx.text
    if prev is not None and prev.first.kind == "continuous" and _LIST_COMMA.fullmatch(text, prev.end, ex.start):
        return False  # "Thường xuyên, định kỳ hằng quý"
    return not (states_time(ex, ctx) or _PIPE_CELL_BEFORE.search(text, max(0, ex.start - 12), ex.start)
                and _PIPE_CELL_AFTER.match(text, ex.end) is not None)


def blank_template_date(ex: Expr, text: str) -> bool:
    """'….., ngày    tháng    năm 2026': a form's date line with day and month left blank is no
    date (a blank day alone, 'ngày  tháng 01 năm 2026', still gives the month)."""
    a = ex.first
    return (a.kind == "year" and ex.bound is None and ex.last is None and a.edge is None
            and _BLANK_DAY_MONTH.search(text, max(0, ex.start - 40), ex.start) is not None)


def _past(ex: Expr, ctx: Context, iso_to: str | None) -> bool:
    """Printed with its year and over before the document: issued date, else the plan's year."""
    if ex.explicit_year is None or not iso_to:
        return False
    if ctx.issued_date:
        return iso_to < ctx.issued_date
    return ctx.doc_year is not None and iso_to < f"{ctx.doc_year:04d}-01-01"


def _names_year(ex: Expr, text: str) -> bool:
    """'Kế hoạch … năm 2026', 'chuyên đề năm 2024': a year right after a word qualifies a name."""
    a = ex.first
    if a.kind != "year" or a.y is None or a.edge or ex.bound or ex.within or ex.last or ex.rec:
        return False
    j = ex.start
    while j > 0 and text[j - 1] in ' "\'':
        j -= 1
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return k < j and text[k:j].lower() not in NOT_PROGRAMME_LEAD
