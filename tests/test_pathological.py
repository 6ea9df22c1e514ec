"""Bad input gets an answer, never a hang: pathological runs built from the rules' own vocabulary
must finish well inside a hard alarm (a guard against superlinear backtracking or re-walks, not a
speed measurement)."""

import signal

import pytest

from extractor import extract_text

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH A\nSố: 12/KH-UBND\nKẾ HOẠCH\n"


def _alarm(signum, frame):  # pragma: no cover - only on a hang
    raise TimeoutError("extract_text hung on pathological input")


@pytest.fixture
def hard_timeout():
    if not hasattr(signal, "SIGALRM"):
        pytest.skip("no SIGALRM on this platform")
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


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
def test_long_runs_finish(hard_timeout, unit):
    text = HEADER + unit * (300_000 // len(unit))
    doc = extract_text(text)
    assert doc.units is not None


def test_leader_chain_still_joins_a_short_list():
    text = HEADER + "Thủ trưởng cơ quan, đơn vị, lãnh đạo doanh nghiệp tổ chức thực hiện.\n"
    names = [u.name for u in extract_text(text).units]
    assert "Thủ trưởng cơ quan, đơn vị, lãnh đạo doanh nghiệp" in names


def test_long_capitalised_symbol_line_finishes(hard_timeout):
    # a capitals line of one long token with digits, then a lower-case line: the wrap check's
    # "number/symbol alone on a line" test backtracked over every digit (minutes at 100k)
    text = "ỦY BAN NHÂN DÂN\nA" + "1" * 200_000 + " B\nthường trực tổ chức thực hiện.\n"
    assert "1" * 200_000 in extract_text(text, include_text=True).text


def test_long_digit_run_after_so_finishes(hard_timeout):
    # "Số:" with no symbol of its own: the symbol looked for further on ran two quantifiers over
    # the same digits against each other (20k digits: 5 s; 200k: hours)
    text = "ỦY BAN NHÂN DÂN\nSố:\nHà Nội " + "1" * 200_000 + "\nI. MỤC ĐÍCH\nSở Tài chính chủ trì.\n"
    assert extract_text(text).document.number is None


def test_long_rule_run_in_a_header_cell_finishes(hard_timeout):
    # a header cell with a long run of "- - -" before its text and a rule after it: the trailing
    # rule's pattern re-read the run from every position (40k characters: 22 s)
    text = "ỦY BAN NHÂN DÂN " + "- " * 100_000 + "a---\nSố: 1/KH-UBND\nKẾ HOẠCH\nI. MỤC ĐÍCH\n"
    assert extract_text(text).document.number == "1/KH-UBND"
