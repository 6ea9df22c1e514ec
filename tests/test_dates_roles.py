"""Dates in whole paragraphs and documents: roles, year anchors, sections, spans; robustness."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.dates import extract_dates, find_dates
from extractor.models import Citation, DocumentMeta, Section
from extractor.normalise import normalise_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "documents"

# A short plan in the corpus' style (lines from 001, 003, dev-08, dev-13), normalised form.
PLAN = """ĐẢNG BỘ TỈNH TRÀ VINH
Trà Vinh, ngày 20 tháng 10 năm 2021
Số 34-KH/ĐUK
KẾ HOẠCH
thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị năm 2022
Thực hiện Kế hoạch số 35-KH/TU, ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy Khối xây dựng kế hoạch như sau:
I. NHIỆM VỤ
1. Học tập chuyên đề
- Thời gian thực hiện: Hằng quý.
- Kế hoạch xây dựng mô hình phải thiết thực, hiệu quả. Hoàn thành trong quý IV năm 2021.
- Báo cáo kết quả thực hiện vào tháng 02 hàng năm (riêng năm 2021 báo cáo trước ngày 15/12/2021).
- Thường xuyên tổ chức nghiên cứu, học tập, quán triệt.
2. Kiểm tra năm 2022
- Tổ chức kiểm tra vào Quý I.
- Thời gian thực hiện: Thường xuyên.
STT
Tên nhiệm vụ
Thời gian hoàn thành
1
Xây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp.
Quí IV-2025
2
Triển khai đánh giá mức độ chuyển đổi số.
Thường xuyên, hằng năm
3
Rà soát các quy định pháp luật.
2026 - 2030
II. MỤC TIÊU
- Chỉ tiêu 1: Đến năm 2025 đạt 80% người bị bạo lực được hỗ trợ.
- Chỉ tiêu 2: Từ năm 2025 trở đi 100% tổ chức Đảng phổ biến.
- Căn cứ Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.
- Chiến lược phát triển thủy sản Việt Nam đến năm 2030.
- Năm 2020 đã hoàn thành chỉ tiêu.
- Căn cứ Luật Thủy sản năm 2017;
- trợ cấp hàng tháng được rà soát, cập nhật."""


def _sections(text: str) -> list[Section]:
    """Two sections by hand: '2. Kiểm tra năm 2022' (year in the heading) and the rest of I."""
    i = text.index("I. NHIỆM VỤ")
    k = text.index("2. Kiểm tra năm 2022")
    t = text.index("STT")
    ii = text.index("II. MỤC TIÊU")
    return [
        Section(id="s1", label="I", path="I", level=1, kind="roman", heading="NHIỆM VỤ", start=i, end=ii),
        Section(id="s2", label="1", path="I.1", level=2, kind="arabic", heading="Học tập chuyên đề",
                start=text.index("1. Học tập"), end=k, parent="s1"),
        Section(id="s3", label="2", path="I.2", level=2, kind="arabic", heading="Kiểm tra năm 2022",
                start=k, end=t, parent="s1"),
        Section(id="s4", label="II", path="II", level=1, kind="roman", heading="MỤC TIÊU", start=ii, end=len(text)),
    ]


@pytest.fixture(scope="module")
def values() -> dict[str, list[object]]:
    out: dict[str, list[object]] = {}
    for v in extract_dates(PLAN, _sections(PLAN), [], DocumentMeta()):
        out.setdefault(v.text, []).append(v)
    return out


EXPECTED_ROLES = [
    # (text, role, from, to, recurrence)
    ("ngày 20 tháng 10 năm 2021", "issued", "2021-10-20", "2021-10-20", None),
    ("ngày 18/5/2021", "citation_date", "2021-05-18", "2021-05-18", None),
    ("ngày 28/9/2021", "citation_date", "2021-09-28", "2021-09-28", None),
    ("năm 2022", "programme", "2022-01-01", "2022-12-31", None),  # the plan's year in its title
    ("Hằng quý", "deadline", None, None, "FREQ=MONTHLY;INTERVAL=3"),
    ("trong quý IV năm 2021", "deadline", "2021-10-01", "2021-12-31", None),
    ("tháng 02 hàng năm", "deadline", None, None, "FREQ=YEARLY;BYMONTH=2"),
    ("trước ngày 15/12/2021", "deadline", None, "2021-12-15", None),
    ("Thường xuyên", "deadline", None, None, "continuous"),
    ("Quí IV-2025", "deadline", "2025-10-01", "2025-12-31", None),  # a task-table cell
    ("hằng năm", "deadline", None, None, "FREQ=YEARLY"),  # the cell "Thường xuyên, hằng năm"
    ("2026 - 2030", "deadline", "2026-01-01", "2030-12-31", None),  # a cell: the task's window
    ("Đến năm 2025", "deadline", None, "2025-12-31", None),  # a target
    ("Từ năm 2025 trở đi", "start", "2025-01-01", None, None),
    ("thời kỳ 2021 - 2030", "programme", "2021-01-01", "2030-12-31", None),
    ("đến năm 2050", "programme", None, "2050-12-31", None),  # tầm nhìn
    ("đến năm 2030", "programme", None, "2030-12-31", None),  # Chiến lược … đến năm 2030
    ("Năm 2020", "event", "2020-01-01", "2020-12-31", None),
    ("năm 2017", "citation_date", "2017-01-01", "2017-12-31", None),  # Luật Thủy sản năm 2017
]


@pytest.mark.parametrize(("text", "role", "from_", "to", "rec"), EXPECTED_ROLES, ids=[r[0] for r in EXPECTED_ROLES])
def test_roles_in_a_plan(values: dict[str, list[object]], text: str, role: str, from_: str | None,
                         to: str | None, rec: str | None) -> None:
    assert text in values, sorted(values)
    got = [(v.role, v.from_, v.to, v.recurrence) for v in values[text]]  # type: ignore[attr-defined]
    assert (role, from_, to, rec) in got


def test_adverb_and_adjectival_recurrence_are_not_dates(values: dict[str, list[object]]) -> None:
    assert all(v.start != PLAN.index("Thường xuyên tổ chức") for vs in values.values() for v in vs)  # type: ignore[attr-defined]
    assert "hàng tháng" not in values  # "trợ cấp hàng tháng": a monthly allowance, not a time


def test_year_from_section_then_document(values: dict[str, list[object]]) -> None:
    (q1,) = values["Quý I"]
    assert (q1.from_, q1.to, q1.anchor, q1.section, q1.role) == (  # type: ignore[attr-defined]
        "2022-01-01", "2022-03-31", "section", "I.2", "deadline")


def test_document_year_from_the_title() -> None:
    text = "KẾ HOẠCH\nTriển khai thực hiện việc học tập năm 2024\n1. Sinh hoạt chuyên đề\n- Quý II: chuyên đề 2."
    q = next(v for v in extract_dates(text, [], [], DocumentMeta()) if v.text == "Quý II")
    assert (q.from_, q.to, q.anchor, q.role) == ("2024-04-01", "2024-06-30", "document", "deadline")


def test_document_year_from_the_issued_date() -> None:
    text = "Hà Nội, ngày 17 tháng 11 năm 2025\nKẾ HOẠCH\nChuyển đổi số\n- Tổ chức tổng kết vào quý IV."
    q = next(v for v in extract_dates(text, [], [], DocumentMeta()) if v.text == "quý IV")
    assert (q.from_, q.anchor) == ("2025-10-01", "document")
    meta = DocumentMeta(issued_date="2024-03-20")
    q = next(v for v in extract_dates("- Tổ chức tổng kết vào quý IV.", [], [], meta) if v.text == "quý IV")
    assert (q.from_, q.anchor) == ("2024-10-01", "document")


def test_citation_spans_passed_in() -> None:
    text = "Thực hiện Chỉ thị 05 ngày 15/5/2016 về học tập; hoàn thành trước ngày 15/5/2026."
    c = Citation(id="05-CT/TW", start=10, end=20, text=text[10:20])
    got = [(v.text, v.role) for v in extract_dates(text, [], [c], DocumentMeta())]
    assert got == [("ngày 15/5/2016", "citation_date"), ("trước ngày 15/5/2026", "deadline")]


def test_own_number_in_an_appendix_is_issued() -> None:
    text = "Đồng Tháp, ngày 01 tháng 12 năm 2025\nKẾ HOẠCH\nPHỤ LỤC\n(Kèm theo Kế hoạch số 617/KH-UBND ngày 01/12/2025 của Ủy ban nhân dân tỉnh)"
    meta = DocumentMeta(number="617/KH-UBND", issued_date="2025-12-01")
    got = [(v.text, v.role) for v in extract_dates(text, [], [], meta)]
    assert got == [("ngày 01 tháng 12 năm 2025", "issued"), ("ngày 01/12/2025", "issued")]


def test_since_now_and_signing_day_start_at_the_issued_date() -> None:
    text = "Nghệ An, ngày 19 tháng 11 năm 2025\nKẾ HOẠCH\n3. Thời gian thực hiện: Từ nay đến hết năm 2025.\nKế hoạch có hiệu lực kể từ ngày ký."
    got = {v.text: (v.from_, v.to, v.role) for v in extract_dates(text, [], [], DocumentMeta())}
    assert got["Từ nay đến hết năm 2025"] == ("2025-11-19", "2025-12-31", "deadline")
    assert got["kể từ ngày ký"] == ("2025-11-19", None, "start")


def test_past_window_is_an_event() -> None:
    text = "Đắk Lắk, ngày 21 tháng 11 năm 2025\nKẾ HOẠCH\n- Từ ngày 15/11 đến ngày 20/11/2025, trên địa bàn tỉnh mưa lớn."
    v = next(v for v in extract_dates(text, [], [], DocumentMeta()) if v.text.startswith("Từ ngày"))
    assert (v.from_, v.to, v.role) == ("2025-11-15", "2025-11-20", "event")


def test_two_days_share_one_recurrence() -> None:
    got = [(v.text, v.recurrence) for v in find_dates("định kỳ trước ngày 01/6 và 15/11 hằng năm báo cáo", 2025)]
    assert got == [("trước ngày 01/6", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1"),
                   ("15/11 hằng năm", "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15")]


def test_schedule_lines_and_numbered_year_lists() -> None:
    text = "+ Quý I/2024: \"Tư tưởng Hồ Chí Minh về phát huy dân chủ\".\n(1) Từ năm 2021 và 2022: Học tập chuyên đề toàn khóa."
    got = [(v.text, v.from_, v.to, v.role) for v in extract_dates(text, [], [], DocumentMeta())]
    assert got == [("Quý I/2024", "2024-01-01", "2024-03-31", "deadline"),
                   ("Từ năm 2021 và 2022", "2021-01-01", "2022-12-31", "deadline")]


# --- invariants --------------------------------------------------------------------------------
def _corpus() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


@pytest.mark.parametrize("path", _corpus(), ids=lambda p: p.name)
def test_spans_slice_to_text_in_the_corpus(path: Path) -> None:
    text = normalise_text(path.read_text(encoding="utf-8"))
    values = extract_dates(text, [], [], DocumentMeta())
    for v in values:
        assert text[v.start:v.end] == v.text
        assert v.from_ is None or v.to is None or v.from_ <= v.to, v
    starts = [v.start for v in values]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in itertools.pairwise(values))  # no overlaps


def test_every_corpus_plan_has_dates() -> None:
    for path in _corpus():
        text = normalise_text(path.read_text(encoding="utf-8"))
        assert extract_dates(text, [], [], DocumentMeta()), path.name


_VOCAB = st.sampled_from([
    "ngày", "tháng", "năm", "quý", "Quí", "IV", "hằng", "hàng", "định kỳ", "thường xuyên", "Thường xuyên",
    "từ", "đến", "hết", "trước", "chậm nhất", "trở đi", "giai đoạn", "nhiệm kỳ", "cuối", "đầu", "6", "15",
    "2025", "2026", "2021 - 2030", "/", "-", ",", ".", ":", "\n", " ", "(", ")", "Thời gian thực hiện:",
    "số 01-KL/TW", "của", "năm sau", "năm trước đó", "và", "2024", "13", "32", "0", "tuần",
    "İ", "ı", "K", "ſ",  # letters whose case mapping is irregular (İ lower-cases to two characters)
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_VOCAB, max_size=40).map(" ".join), st.one_of(st.none(), st.integers(1900, 2100)))
def test_plan_like_noise_never_raises(text: str, year: int | None) -> None:
    for v in find_dates(text, year):
        assert text[v.start:v.end] == v.text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text: str) -> None:
    for v in extract_dates(text, [], [], DocumentMeta()):
        assert text[v.start:v.end] == v.text


def test_yearly_sentence_makes_a_yearless_day_recur() -> None:
    text = ("Định kỳ hàng năm, các cơ quan báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường "
            "chậm nhất ngày 17 tháng 12. Hoàn thành trong tháng 3.")
    got = [(v.text, v.to, v.recurrence) for v in find_dates(text, 2025)]
    assert got == [("Định kỳ hàng năm", None, "FREQ=YEARLY"),
                   ("chậm nhất ngày 17 tháng 12", None, "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=17"),
                   ("trong tháng 3", "2025-03-31", None)]  # the next sentence is not yearly


def test_continuous_in_a_cell_with_more_text_is_a_deadline() -> None:
    text = "Sở Tài chính\nThường xuyên, định kỳ hằng quý báo cáo về Sở Tài chính"
    got = [(v.text, v.role) for v in extract_dates(text, [], [], DocumentMeta())]
    assert got == [("Thường xuyên", "deadline"), ("định kỳ hằng quý", "deadline")]


def test_a_cell_with_a_planned_day() -> None:
    text = "Tên nhiệm vụ\nThời gian\nTổ chức hội nghị\nDự kiến ngày 05/12/2025"
    got = [(v.text, v.role) for v in extract_dates(text, [], [], DocumentMeta())]
    assert got == [("ngày 05/12/2025", "deadline")]


def test_a_window_ending_before_it_starts_keeps_its_start() -> None:
    v = find_dates("từ ngày 20/11/2025 đến ngày 15/11/2025", None)[0]
    assert (v.from_, v.to) == ("2025-11-20", "2025-11-20")


@pytest.mark.parametrize(
    "header",
    [
        "Số 34-KH/ĐUK\nVinh, ngày 20 tháng 10 năm 2021\n",  # a one-word place opening its line
        "Số 34-KH/ĐUK\nTrà Vinh, ngày 20 tháng 10 năm 2021\n",
        "Số 34-KH/ĐUK\nThành phố Hồ Chí\nMinh, ngày 20 tháng 10 năm 2021\n",  # dev-23's date cell, blank-line export
    ],
)
def test_the_date_line_is_issued_whatever_the_place_line(header: str) -> None:
    text = header + "KẾ HOẠCH\nthực hiện Kết luận số 01-KL/TW\nI. MỤC ĐÍCH\n"
    got = [(v.text, v.role) for v in extract_dates(text, [], [], DocumentMeta())]
    assert ("ngày 20 tháng 10 năm 2021", "issued") in got


def test_a_sentence_opening_with_a_comma_is_no_date_line() -> None:
    text = ("Số 34-KH/ĐUK\nVinh, ngày 20 tháng 10 năm 2021\nKẾ HOẠCH\nthực hiện Kết luận số 01-KL/TW\n"
            "Ngoài ra, ngày 5 tháng 3 năm 2025 tổ chức hội nghị sơ kết.\n")
    got = {v.text: v.role for v in extract_dates(text, [], [], DocumentMeta())}
    assert got["ngày 20 tháng 10 năm 2021"] == "issued" and got["ngày 5 tháng 3 năm 2025"] != "issued"
