"""Bad input gets an answer, never a hang: pathological runs built from the rules' own vocabulary
must finish well inside a hard alarm (a guard against superlinear backtracking or re-walks, not a
speed measurement)."""

import signal
from concurrent.futures import ProcessPoolExecutor

import pytest

from extractor import extract_text
from extractor.models import Record

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH A\nSố: 12/KH-UBND\nKẾ HOẠCH\n"
BOUND_S = 20


def _alarm(signum, frame):  # pragma: no cover - only on a hang
    raise TimeoutError("extract_text hung on pathological input")


def bounded(text: str, **kwargs: bool) -> Record:
    """`extract_text(text, **kwargs)`, failing the test after BOUND_S seconds: a SIGALRM where the
    platform has one (sre checks for signals while it backtracks), else a worker process that is
    abandoned on timeout (concurrent.futures.TimeoutError fails the test)."""
    if hasattr(signal, "SIGALRM"):
        old = signal.signal(signal.SIGALRM, _alarm)
        signal.alarm(BOUND_S)
        try:
            return extract_text(text, **kwargs)
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, old)
    pool = ProcessPoolExecutor(max_workers=1)  # pragma: no cover - platforms without SIGALRM
    try:
        return pool.submit(extract_text, text, **kwargs).result(timeout=BOUND_S)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


@pytest.mark.parametrize(
    "unit",
    [
        # every "lãnh đạo" opens a leader chain; unbounded, each re-walked the rest (quadratic)
        "lãnh đạo cơ quan, đơn vị, doanh nghiệp, ",
        "Thủ trưởng cơ quan, đơn vị, lãnh đạo doanh nghiệp, ",
        "Luật sửa đổi, bổ sung một số điều của Luật A, ",
        "Thường trực HĐND, UBND, ",
        "Sở Tài Chính Các Sở ",
        "Ban Quản lý các Khu ",
    ],
)
def test_long_runs_finish(unit):
    text = HEADER + unit * (300_000 // len(unit))
    doc = bounded(text)
    assert doc.units is not None


def test_leader_chain_still_joins_a_short_list():
    text = HEADER + "Thủ trưởng cơ quan, đơn vị, lãnh đạo doanh nghiệp tổ chức thực hiện.\n"
    names = [u.name for u in extract_text(text).units]
    assert "Thủ trưởng cơ quan, đơn vị, lãnh đạo doanh nghiệp" in names


def test_long_capitalised_symbol_line_finishes():
    # a capitals line of one long token with digits, then a lower-case line: the wrap check's
    # "number/symbol alone on a line" test backtracked over every digit (minutes at 100k)
    text = "ỦY BAN NHÂN DÂN\nA" + "1" * 200_000 + " B\nthường trực tổ chức thực hiện.\n"
    assert "1" * 200_000 in bounded(text, include_text=True).text


def test_long_digit_run_after_so_finishes():
    # "Số:" with no symbol of its own: the symbol looked for further on ran two quantifiers over
    # the same digits against each other (20k digits: 5 s; 200k: hours)
    text = "ỦY BAN NHÂN DÂN\nSố:\nHà Nội " + "1" * 200_000 + "\nI. MỤC ĐÍCH\nSở Tài chính chủ trì.\n"
    assert bounded(text).document.number is None


def test_long_rule_run_in_a_header_cell_finishes():
    # a header cell with a long run of "- - -" before its text and a rule after it: the trailing
    # rule's pattern re-read the run from every position (40k characters: 22 s)
    text = "ỦY BAN NHÂN DÂN " + "- " * 100_000 + "a---\nSố: 1/KH-UBND\nKẾ HOẠCH\nI. MỤC ĐÍCH\n"
    assert bounded(text).document.number == "1/KH-UBND"


@pytest.mark.parametrize(
    "unit",
    [
        "\f",  # form feeds only: one page break, not one walk back per feed
        "a\n3\n\f",  # a page-number line before every feed
        " " * 50 + "\f",  # white space before every feed, walked back once
        "\n\n- 7 -\n\n\f\nTrang 2/5\n",
    ],
)
def test_many_page_breaks_finish(unit):
    text = HEADER + unit * (300_000 // len(unit)) + "\nI. MỤC ĐÍCH\n"
    doc = bounded(text)
    assert [s.label for s in doc.sections][-1:] == ["I"]


def test_megabyte_line_of_mentions_finishes():
    # a megabyte with no line break, a mention every few characters: the units' line look-ups
    # (rfind back to the line start, find on to its end, the rest of the line copied) re-read the
    # line for each mention (baseline 36 s; a walk in text order reads it once)
    text = HEADER + "các sở. " * (1_000_000 // 8)
    assert bounded(text).units is not None


def test_long_committee_remit_finishes():
    # a steering committee's remit runs over commas and "và": bounded to 40 words, tried once per citation
    unit = "Kế hoạch số 1-KH/BCĐ ngày 02/3/2025 của Ban Chỉ đạo về " + "phát triển khoa học, " * 60 + "\n"
    doc = bounded(HEADER + unit * (300_000 // len(unit)))
    assert doc.directives and doc.directives[0].issuer.startswith("Ban Chỉ đạo về phát triển khoa học")


def test_long_run_of_bracketed_units_finishes():
    # a unit in a bracket after a noun asks whether a mention ends right before the bracket: a walk
    # over every mention's end per bracket was quadratic (600k characters: 8.9 s; now a set look-up)
    unit = "gửi cơ quan (Sở Y tế chủ trì) và "
    doc = bounded(HEADER + "II. TỔ CHỨC THỰC HIỆN\n1. " + unit * (2_000_000 // len(unit)))
    assert doc.units


def test_long_list_of_organisation_items_finishes():
    # a heading naming its unit is weighed against its siblings of its kind: counted once per list,
    # not per item (a walk over the siblings per item was quadratic: 600k characters, 44 s)
    body = "".join(f"{i % 99 + 1}. Sở Y tế\n- Chủ trì.\n{(i + 1) % 99 + 1}. Chuyên viên phụ trách tổng hợp\n- Chuẩn bị.\n"
                   for i in range(1_200_000 // 72))
    doc = bounded(HEADER + "II. TỔ CHỨC THỰC HIỆN\n1. " + body)
    assert doc.tasks


def test_long_table_row_of_continuous_cells_finishes():
    # "Thường xuyên" in a table row is read in its cell: the row's start was looked for by a walk
    # back to the line's start per cell, quadratic on a long row (3M characters: 45 s; the line and
    # cell look-ups are bounded now: 7 s). ", " after it in the cell: no date, only the look-up is timed
    doc = bounded(HEADER + "| Thường xuyên, " * (3_000_000 // 16))
    assert doc.dates == []
