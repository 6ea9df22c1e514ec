"""Dates and deadlines: find -> normalise (interval, grain, recurrence) -> role.

Public API
----------
``extract_dates(text, sections, citations, document) -> list[DateValue]``
    The pipeline stage. `text` is the normalised document text; every value's
    ``text[start:end]`` is what was read.
``parse_expression(s, anchor_year=None) -> DateValue | None``
    One expression (or a short phrase holding one) read alone, for tests and for the tasks
    stage (a task's ``due`` is taken from the dates inside it): the first date value found in
    `s`, a missing year taken from the phrase itself, then from `anchor_year` (anchor
    ``"document"``). Roles come from the same cues as in a document ("Hoàn thành trong quý IV"
    -> ``deadline``); a phrase is not read as a table cell (a lone "Quý IV/2025" is a
    ``reference`` here, a ``deadline`` in a document's task table).
``find_dates(text, anchor_year=None) -> list[DateValue]``
    Every date value in a piece of text, without sections, citations or document metadata.

What a value holds (see extractor/data/dates.yaml for the words):
- ``from``/``to``: the whole interval, ISO dates, either end open (``None``): "quý IV/2025" ->
  2025-10-01 … 2025-12-31; "trước ngày 15/3/2026" -> None … 2026-03-15 ("trước" a day means by
  that day; "trước quý IV" means by the day before it starts); "từ năm 2025 trở đi" -> 2025-01-01 …
  None; "đến hết năm 2026" -> None … 2026-12-31; "từ A đến (hết) B", "A - B" -> A's first day …
  B's last day; "năm 2023, 2024, 2025" -> 2023-01-01 … 2025-12-31; "từ nay đến …", "kể từ ngày
  ký" start at the document's issued date (None when it is unknown). "trong" ("Hoàn thành trong
  quý IV") is part of the text and leaves the interval as it is.
- ``grain``: the unit the expression is stated in: day, month, quarter, half ("6 tháng đầu năm";
  "3/9 tháng đầu năm" are quarter/month), year, term (a span of years: "giai đoạn 2021 - 2030",
  "2026-2030", "từ năm 2021 đến năm 2025"), continuous ("Thường xuyên").
- Edges are thirds (data, ``edge_spans``): "đầu/giữa/cuối tháng" days 1-10/11-20/21-end,
  "đầu/giữa/cuối quý" its 1st/2nd/3rd month, "đầu/giữa/cuối năm" months 1-4/5-8/9-12.
- ``recurrence``: an RRULE; "hằng quý" -> FREQ=MONTHLY;INTERVAL=3 (chosen: the corpus convention),
  "tháng 02 hằng năm" -> FREQ=YEARLY;BYMONTH=2, "Quý IV hằng năm" -> FREQ=YEARLY;BYMONTH=10,11,12,
  "trước ngày 20/11 hằng năm" -> FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=20, "ngày 20 hằng tháng" ->
  FREQ=MONTHLY;BYMONTHDAY=20, "định kỳ 6 tháng" -> FREQ=MONTHLY;INTERVAL=6, "trước 19h00 hằng
  ngày" -> FREQ=DAILY;BYHOUR=19; "Thường xuyên" -> ``continuous``. A recurring value has no
  ``from``/``to``. A recurrence shared by a list ("trước ngày 01/6 và 15/11 hằng năm"), stated in
  brackets ("Định kỳ hằng năm (trước ngày 30 tháng 11)") or earlier in the sentence ("Định kỳ
  hàng năm, … chậm nhất ngày 17 tháng 12") applies to the yearless days. In a document, a bare
  frequency in running text ("trợ cấp hàng tháng", "báo cáo hằng ngày", "định kỳ 6 tháng") and a
  yearless edge of the year ("tổng kết cuối năm", "từ đầu năm") are not returned: they are dates
  only as an item's stated time (a cell, after a time label). A relative year alone in a line that
  says the schedule repeats ("Quý IV hàng năm hoàn thành kế hoạch của năm kế tiếp") is no date,
  nor is a form's blank date line ("….., ngày  tháng  năm 2026"). A year without "năm" is read
  after a horizon word ("đến 2030, tầm nhìn 2035"; data ``bare_year_after``).
- "Thường xuyên" is read only where it states when something is done: after a time label, alone
  (or with a verb: "Thực hiện thường xuyên") in a cell/line or as the sentence closing a line
  ("… toàn Đảng bộ. Thực hiện thường xuyên."); never the adverb in running text.
- ``anchor``: where a missing year came from: ``sentence`` (the other end of a range, or another
  date with a year in the same sentence), ``section`` (a "năm YYYY" in the heading of the section
  or an enclosing one), ``document`` (the plan's year in its title, else its issued date).
  Relative years ("năm sau", "năm trước đó") count from that anchor.
- ``role``: see `roles.py` (deadline, citation_date, issued, start, programme, event, reference).
- ``section``: the path of the innermost section holding the expression.

Speed: the scanner finds candidate starts with literal-led regexes on a few unit words in the
lower-cased text (shared with the citations stage) and the prefix words just before them, and
runs `ATOM_RE` only there, cut down to the atoms that can start with the
candidate's first character (`ATOM_BY_INITIAL`); every other regex runs in a small window around
an expression, and each expression is normalised without a year once. Modules: lexicon (regexes from dates.yaml), scan (atoms ->
expressions; atoms: their dataclasses; continuous: "Thường xuyên"), yearly (yearless days and months that recur), values (intervals, RRULE), roles, lines (the line or
table cell around a date), calendar, index (bisect look-ups).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date

from pydantic import TypeAdapter

from ..models import Citation, DateValue, DocumentMeta, Section
from .atoms import Expr
from .index import SectionIndex
from .lexicon import CELL_RESIDUE_RE
from .lines import cell_bounds, line_bounds
from .roles import Context, basis_line, blank_template_date, role, vague_in_running_text
from .scan import merge, scan
from .values import normalise
from .yearly import yearly

__all__ = ["extract_dates", "find_dates", "parse_expression"]

_TYPE_LINE = re.compile(
    r"^(?:KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|QUY ĐỊNH|CHƯƠNG TRÌNH|HƯỚNG DẪN|THÔNG BÁO|BÁO CÁO|ĐỀ ÁN)\b", re.MULTILINE
)
_SPELLED_DAY = re.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.IGNORECASE)
_BODY_START = re.compile(r"(?:Căn cứ|Thực hiện|Để|Nhằm|I\.|I-|[-+])", re.IGNORECASE)
_YEAR_IN = re.compile(r"năm\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
# the atom kinds that may turn out no date in running text (`vague_in_running_text`, `blank_template_date`)
_MAYBE_NO_DATE = frozenset({"every", "year"})
# The values are validated in one call (pydantic's per-model __init__ costs more than the fields).
_DATE_VALUES = TypeAdapter(list[DateValue])


def _sentence(text: str, s: int, e: int) -> tuple[int, int]:
    ls, le = line_bounds(text, s, e)
    start = ls
    for m in _SENTENCE_END.finditer(text, max(ls, s - 400), s):
        start = m.end()
    m2 = _SENTENCE_END.search(text, e, min(le, e + 400))
    return start, m2.start() if m2 else le


def _cells(text: str, exprs: list[Expr]) -> set[int]:
    """Starts of expressions that fill their line (a table cell, "Quý I/2024: …" schedule lines)."""
    out: set[int] = set()
    i = 0
    while i < len(exprs):
        ls, le = cell_bounds(text, *line_bounds(text, exprs[i].start, exprs[i].end), exprs[i].start, exprs[i].end)
        j = i
        while j < len(exprs) and exprs[j].start < le:
            j += 1
        residue, pos = [], ls
        for ex in exprs[i:j]:
            residue.append(text[pos:ex.start])
            pos = ex.end
        if CELL_RESIDUE_RE.fullmatch("".join(residue) + text[pos:le]):
            out.update(ex.start for ex in exprs[i:j])
        elif text[exprs[i].end:le].lstrip().startswith(":") and CELL_RESIDUE_RE.fullmatch(text[ls:exprs[i].start]):
            out.add(exprs[i].start)
        i = j
    return out


def _document_year(text: str, document: DocumentMeta | None) -> int | None:
    """The plan's year: 'năm YYYY' in its title, else the year of its issued date."""
    title = document.title if document and document.title else None
    if title is None:
        head = text[:3000]
        m = _TYPE_LINE.search(head)
        if m:
            lines = head[m.start():].split("\n")[:4]
            stop = next((i for i, ln in enumerate(lines) if i and _BODY_START.match(ln)), len(lines))
            title = " ".join(lines[:stop])
    if title:
        t = _YEAR_IN.search(_SPELLED_DAY.sub("", title))
        if t:
            return int(t.group(1))
    if document and document.issued_date:
        return int(document.issued_date[:4])
    return None


def _anchor(ex: Expr, text: str, explicit: list[Expr], sections: SectionIndex,
            doc_year: int | None) -> tuple[int | None, str | None]:
    if ex.explicit_year is not None:
        return ex.explicit_year, "sentence"
    ss, se = _sentence(text, ex.start, ex.end)
    lo = bisect_left(explicit, ss, key=lambda o: o.start)
    hi = bisect_left(explicit, se, key=lambda o: o.start)
    near = [o for o in explicit[lo:hi] if o is not ex]
    if near:
        o = min(near, key=lambda o: abs(o.start - ex.start))
        return o.explicit_year, "sentence"
    y = sections.year(sections.at(ex.start))
    if y is not None:
        return y, "section"
    if doc_year is not None:
        return doc_year, "document"
    return None, None


Bare = tuple[date | None, date | None, str, str | None]


def _roles(exprs: list[Expr], ctx: Context, document: DocumentMeta | None,
           doc_year: int | None) -> list[tuple[Expr, str, Bare]]:
    """Roles before years: a citation's date never anchors a year. Without metadata, the
    issued line found here gives the document's date, and the roles are read again with it.
    Each expression comes with its value read without an anchor year (`normalise(ex, None)`,
    computed once: it is the final value of every expression that needs no year)."""
    ctx.doc_year = doc_year if doc_year is not None else _document_year(ctx.text, document)
    bare = [normalise(ex, None) for ex in exprs]
    isos = [(_iso(b[0]), _iso(b[1])) for b in bare]
    pre = [(ex, role(ex, ctx, *iso), b) for ex, iso, b in zip(exprs, isos, bare)]
    if ctx.issued_date is None:
        issued = next((ex for ex, r, b in pre if r == "issued" and ex.explicit_year), None)
        if issued is not None and issued.first.kind == "day":
            ctx.issued_date = _iso(normalise(issued, None)[0])
            ctx.doc_year = ctx.doc_year or issued.explicit_year
            pre = [(ex, role(ex, ctx, *iso), b) for ex, iso, b in zip(exprs, isos, bare)]
    return pre


def _values(text: str, sections: Sequence[Section], citations: Sequence[Citation],
            document: DocumentMeta | None, doc_year: int | None = None, *, cells: bool = True) -> list[DateValue]:
    exprs = yearly(text, merge(text, scan(text)))
    index = SectionIndex(sections)
    ctx = Context(text, list(citations), issued_date=document.issued_date if document else None,
                  doc_number=document.number if document else None,
                  cells=_cells(text, exprs) if cells else set())
    pre = _roles(exprs, ctx, document, doc_year)
    explicit = [ex for ex, r, _ in pre if ex.explicit_year is not None and r != "citation_date"
                and ex.first.kind != "term"]
    out: list[dict[str, object]] = []
    prev: Expr | None = None
    for ex, r, bare in pre:
        if ex.needs_year:
            year, anchor = _anchor(ex, text, explicit, index, ctx.doc_year)
            f, t, grain, rec = normalise(ex, year)
        else:
            anchor = None
            f, t, grain, rec = bare
        if (ex.since_now or ex.first.kind == "docday") and ctx.issued_date and not (
            ex.since_now and basis_line(text, *line_bounds(text, ex.start, ex.end))
        ):  # "Căn cứ … Chương trình … từ nay đến cuối năm 2025;": the cited document's "nay", unknown
            if ex.bound == "before":  # "trước ngày Quy định này có hiệu lực thi hành"
                t = date.fromisoformat(ctx.issued_date)
            else:  # "từ nay đến …", "từ ngày ký"
                f = date.fromisoformat(ctx.issued_date)
        if r == "reference" and ex.needs_year:
            r = role(ex, ctx, _iso(f), _iso(t))  # now with its year: maybe past
        if cells and ex.first.kind in _MAYBE_NO_DATE and (
            vague_in_running_text(ex, ctx, prev) or blank_template_date(ex, text)
        ):
            continue
        prev = ex
        start = ex.start
        if r == "issued" and text[max(0, start - 5):start].lower() == "ngày ":
            start -= 5  # "ngày tháng 01 năm 2026": the day left blank
        sec = index.at(ex.start)
        out.append({
            "text": text[start:ex.end], "start": start, "end": ex.end, "from_": _iso(f), "to": _iso(t),
            "grain": grain, "recurrence": rec, "role": r, "anchor": anchor, "section": sec.path if sec else None,
        })
    return _DATE_VALUES.validate_python(out)


def _iso(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def extract_dates(
    text: str, sections: list[Section], citations: list[Citation], document: DocumentMeta
) -> list[DateValue]:
    return _values(text, sections, citations, document)


def find_dates(text: str, anchor_year: int | None = None) -> list[DateValue]:
    return _values(text, [], [], None, anchor_year, cells=False)


def parse_expression(s: str, anchor_year: int | None = None) -> DateValue | None:
    values = find_dates(s, anchor_year)
    return values[0] if values else None
