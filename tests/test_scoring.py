"""The scorer against hand-made prediction/gold pairs; every expected number computed by hand
(see the comment above each assertion). A scorer that always says 1.0, or always 0, fails them."""

from __future__ import annotations

from typing import Any

import pytest

from evaluation.matching import match
from evaluation.scoring import aggregate, prf, score_document
from extractor.models import (
    Citation,
    DateValue,
    Directive,
    DocumentMeta,
    Record,
    Section,
    Signer,
    Source,
    Task,
    Unit,
)

approx = pytest.approx


def record(**fields: Any) -> Record:
    return Record(source=Source(name="t.txt", sha256="", format="txt", chars=0), **fields)


def scores(gold: dict[str, Any], pred: Record | dict[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    return aggregate([score_document("t", gold, pred)])


def sec(path: str, heading: str, kind: str = "arabic") -> Section:
    return Section(id=path, label=path.rsplit(".", 1)[-1], path=path, level=path.count(".") + 1, kind=kind,
                   heading=heading, start=0, end=1)


def date(text: str, start: str | None, end: str | None, role: str, recurrence: str | None = None) -> DateValue:
    return DateValue.model_validate({"text": text, "start": 0, "end": 1, "from": start, "to": end,
                                     "role": role, "recurrence": recurrence})


# --- prf and matching ---------------------------------------------------------------------
def test_prf_edges() -> None:
    assert prf(0, 0, 0) == (1.0, 1.0, 1.0)  # nothing to find, nothing predicted
    assert prf(0, 2, 0) == (0.0, 0.0, 0.0)  # nothing to find, something predicted
    assert prf(0, 0, 3) == (0.0, 0.0, 0.0)  # nothing predicted
    p, r, f = prf(3, 1, 2)  # P 3/4, R 3/5, F1 2*.75*.6/1.35
    assert (p, r, f) == approx((0.75, 0.6, 2 / 3))


def test_match_is_one_to_one_best_first_and_maximum() -> None:
    same = lambda g, p: 1.0 if g == p else 0.0
    assert len(match(["a", "a"], ["a"], same)) == 1
    # greedy alone would take (0, 0) at 1.0 and stop; augmenting gives the maximum, 2 matches
    table = {(0, 0): 1.0, (0, 1): 0.5, (1, 0): 0.9}
    pairs = match([0, 1], [0, 1], lambda g, p: table.get((g, p), 0.0))
    assert [(i, j) for i, j, _ in pairs] == [(0, 1), (1, 0)]
    # no conflict: best score wins (text tie-break)
    table = {(0, 0): 1.1, (0, 1): 1.0, (1, 0): 1.0, (1, 1): 1.1}
    assert [(i, j) for i, j, _ in match([0, 1], [0, 1], lambda g, p: table[g, p])] == [(0, 0), (1, 1)]


# --- document.* ---------------------------------------------------------------------------
def test_document_values_canonical_and_null_both_ways() -> None:
    gold = {"document": {"number": "491/KH-VP", "issued_date": "2026-03-10",
                         "issuer": "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", "place": None,
                         "title": "Phát động phong trào thi đua", "signer": {"name": "Trần Văn A"}}}
    pred = record(document=DocumentMeta(number="Số: 491 /KH\u2013VP", issued_date="10/3/2026",
                                        issuer="Uỷ ban nhân dân thành phố Cần Thơ", place="Cần Thơ", title=None))
    s = scores(gold, pred)
    for ok in ("document.number", "document.issued_date", "document.issuer"):
        assert s[ok]["strict"]["accuracy"] == 1.0, ok
    # gold null, predicted a value: wrong (spurious); gold a value, predicted null: wrong (missed)
    for bad in ("document.place", "document.title", "document.signer.name"):
        assert s[bad]["soft"]["accuracy"] == 0.0, bad
    assert s["document.place"]["soft"]["precision"] == 0.0
    assert "document.system" not in s  # absent from gold: not scored
    cats = {(e.field, e.category) for e in score_document("t", gold, pred).errors}
    assert ("document.place", "spurious") in cats and ("document.title", "missed") in cats
    assert ("document.signer.name", "missed") in cats


def test_document_soft_title_and_both_null() -> None:
    gold = {"document": {"title": "về tiếp tục thực hiện Chỉ thị số 05-CT/TW năm 2026", "place": None,
                         "signer": {"name": "Lê Văn B", "position": "BÍ THƯ"}}}
    pred = {"document": {"title": "về tiếp tục thực hiện Chỉ thị số 05-CT/TW năm 2025", "place": None,
                         "signer": {"name": "LÊ VĂN B", "position": "PHÓ BÍ THƯ"}}}
    s = scores(gold, pred)
    # one digit off in 50 folded characters: ratio 98 -> soft yes, strict no
    assert s["document.title"]["strict"]["accuracy"] == 0.0
    assert s["document.title"]["soft"]["accuracy"] == 1.0
    assert s["document.place"]["strict"]["accuracy"] == 1.0  # null and null: correct
    assert s["document.signer.name"]["strict"]["accuracy"] == 1.0  # case folded
    # "bí thư" vs "phó bí thư": ratio 2*6/16 = 75 -> wrong in both modes
    assert s["document.signer.position"]["soft"]["accuracy"] == 0.0


def test_recipients_strings_or_objects() -> None:
    gold = {"document": {"recipients": ["Ban Tuyên giáo", {"name": "Các chi bộ trực thuộc"}, "Lưu VP"]}}
    pred = record(document=DocumentMeta(recipients=[
        {"name": "Ban Tuyên giáo Tỉnh ủy", "start": 0, "end": 1},  # gold is a prefix: soft only
        {"name": "các chi bộ trực thuộc", "start": 0, "end": 1},
    ]))
    s = scores(gold, pred)["document.recipients"]
    # strict: tp 1, fp 1, fn 2 -> P 1/2, R 1/3, F1 0.4; soft: tp 2, fp 0, fn 1 -> P 1, R 2/3, F1 0.8
    assert (s["strict"]["precision"], s["strict"]["recall"], s["strict"]["f1"]) == approx((0.5, 1 / 3, 0.4))
    assert (s["soft"]["precision"], s["soft"]["recall"], s["soft"]["f1"]) == approx((1.0, 2 / 3, 0.8))
    assert s["soft"]["partial"] == 1


# --- directives and citations ---------------------------------------------------------------
def test_directives_by_canonical_id_then_date_and_issuer() -> None:
    gold = {"directives": [
        {"id": "01-KL/TW", "issued_date": "2021-05-18", "issuer": "Bộ Chính trị"},
        {"id": "05-CT/TW", "issued_date": "2016-05-15"},
        {"id": "27/CT-TTg"},
    ]}
    pred = record(directives=[
        Directive(id="01-KL/TƯ", issued_date="2021-05-18", issuer="BỘ CHÍNH TRỊ"),
        Directive(id="05-CT/TW", issued_date="2016-05-16"),
        Directive(id="27/CT-TTG"),
        Directive(id="99-KH/TU"),
    ])
    s = scores(gold, pred)
    # tp 3 (TƯ -> TW, TTG -> TTg), fp 1, fn 0 -> P 0.75, R 1, F1 6/7
    assert s["directives"]["strict"]["f1"] == approx(6 / 7)
    assert s["directives"]["soft"]["precision"] == approx(0.75)
    assert s["directives"]["soft"]["recall"] == 1.0
    # issued_date given for 2 matched: 1 right, 1 a day off -> 0.5; issuer given for 1: folded equal -> 1.0
    assert s["directives.issued_date"]["soft"]["accuracy"] == 0.5
    assert s["directives.issued_date"]["soft"]["support"] == 2
    assert s["directives.issuer"]["soft"]["accuracy"] == 1.0


def test_citations_multiset_strict_text_soft_id() -> None:
    gold = {"citations": [
        {"id": "01-KL/TW", "text": "Kết luận số 01-KL/TW"},
        {"id": "01-KL/TW", "text": "Kết luận 01"},
        {"id": "05-CT/TW", "text": "Chỉ thị số 05-CT/TW"},
    ]}
    pred = record(citations=[
        Citation(id="01-KL/TW", text="Kết luận số 01-KL/TW", start=0, end=20),
        Citation(id="01-KL/TW", text="Kết luận số 01-KL/TW", start=30, end=50),
        Citation(id="05-CT/TW", text="Chỉ thị 05", start=60, end=70),
    ])
    s = scores(gold, pred)["citations"]
    # strict (id, text): only the first mention -> tp 1, fp 2, fn 2 -> P = R = F1 = 1/3
    assert s["strict"]["f1"] == approx(1 / 3)
    # soft, id only: tp 3 -> 1.0; the two matched on id alone are partial
    assert s["soft"]["f1"] == 1.0
    assert s["soft"]["partial"] == 2


# --- sections -------------------------------------------------------------------------------
def test_sections_path_and_heading_bullets_not_scored() -> None:
    gold = {"sections": [
        {"path": "I", "heading": "MỤC ĐÍCH, YÊU CẦU"},
        {"path": "I.1", "heading": "Mục đích"},
        {"path": "II", "heading": "NỘI DUNG"},
        {"path": "II.1", "heading": "Tổ chức nghiên cứu, học tập, quán triệt"},
    ]}
    pred = record(sections=[
        sec("I", "Mục đích, yêu cầu", "roman"),
        sec("I.1", "Mục đích"),
        sec("I.1.-", "một gạch đầu dòng", "dash"),  # bullet: not scored
        sec("II", "NỘI DUNG CHỦ YẾU", "roman"),  # gold heading is a prefix: soft only
        sec("II.1", "Tổ chức nghiên cứu, học tập, quán triệt chuyên đề toàn khóa"),  # run-on item: soft only
        sec("III", "TỔ CHỨC THỰC HIỆN", "roman"),  # not in gold
    ])
    s = scores(gold, pred)["sections"]
    # strict: tp 2 (I, I.1), fp 3, fn 2 -> P 0.4, R 0.5, F1 4/9
    assert (s["strict"]["precision"], s["strict"]["recall"], s["strict"]["f1"]) == approx((0.4, 0.5, 4 / 9))
    # soft: tp 4, fp 1, fn 0 -> P 0.8, R 1, F1 8/9
    assert (s["soft"]["precision"], s["soft"]["recall"], s["soft"]["f1"]) == approx((0.8, 1.0, 8 / 9))
    assert s["soft"]["predicted"] == 5


def test_sections_fuzzy_heading_and_wrong_path() -> None:
    gold = {"sections": [{"path": "II.2", "heading": "Đẩy mạnh tuyên truyền"}, {"path": "II.3"}]}
    pred = {"sections": [{"path": "II.2", "heading": "Đẩy mạnh tuyên truyền,", "kind": "arabic"},
                         {"path": "II.4", "heading": "x", "kind": "arabic"}]}
    s = scores(gold, pred)["sections"]
    # II.2 folded equal (trailing comma folds away) -> tp 1; II.3 (path only) vs II.4: no -> P R F1 = 1/2
    assert s["strict"]["f1"] == 0.5 and s["soft"]["f1"] == 0.5


# --- dates ----------------------------------------------------------------------------------
GOLD_DATES = {"dates": [
    {"text": "trước ngày 15/3/2026", "from": None, "to": "2026-03-15", "recurrence": None, "role": "deadline"},
    {"text": "quý IV/2025", "from": "2025-10-01", "to": "2025-12-31", "role": "deadline"},
    {"text": "ngày 18/5/2021", "from": "2021-05-18", "to": "2021-05-18", "role": "citation_date"},
    {"text": "Thường xuyên", "from": None, "to": None, "recurrence": "continuous", "role": "deadline"},
]}
PRED_DATES = record(dates=[
    date("trước ngày 15/3/2026", None, "2026-03-14", "deadline"),  # a day early: soft only ("trước ngày")
    date("quý IV/2025", "2025-10-01", "2025-12-31", "programme"),  # wrong role: soft only
    date("ngày 18/5/2021", "2021-05-18", "2021-05-18", "citation_date"),  # exact
    date("năm 2026", "2026-01-01", "2026-12-31", "programme"),  # spurious
])


def test_dates_values_role_and_slack() -> None:
    s = scores(GOLD_DATES, PRED_DATES)["dates"]
    # strict: tp 1, fp 3, fn 3 -> 0.25 each; soft: tp 3, fp 1, fn 1 -> 0.75 each
    assert (s["strict"]["precision"], s["strict"]["recall"], s["strict"]["f1"]) == approx((0.25, 0.25, 0.25))
    assert (s["soft"]["precision"], s["soft"]["recall"], s["soft"]["f1"]) == approx((0.75, 0.75, 0.75))


def test_deadlines_by_due_date_alone() -> None:
    s = scores(GOLD_DATES, PRED_DATES)["dates.deadlines"]
    # gold deadlines 3, predicted deadlines 1 ("trước ngày" one day early)
    # strict: tp 0 -> 0; soft (±1 day): tp 1, fp 0, fn 2 -> P 1, R 1/3, F1 0.5
    assert s["strict"]["f1"] == 0.0
    assert (s["soft"]["precision"], s["soft"]["recall"], s["soft"]["f1"]) == approx((1.0, 1 / 3, 0.5))
    assert s["soft"]["support"] == 3


def test_dates_found_by_text_then_values() -> None:
    s = scores(GOLD_DATES, PRED_DATES)
    # texts: 3 of 4 gold found, 1 of 4 predicted not in gold -> tp 3, fp 1, fn 1 -> 0.75
    assert s["dates.found"]["strict"]["f1"] == 0.75
    # on the 3 found: interval right for 2 (the "trước ngày" one is a day off) -> 2/3;
    # recurrence given once (null = null) -> 1; role right for 2 (quý IV predicted programme) -> 2/3
    assert s["dates.found.interval"]["strict"]["accuracy"] == approx(2 / 3)
    assert s["dates.found.recurrence"]["strict"]["accuracy"] == 1.0
    assert s["dates.found.role"]["soft"]["accuracy"] == approx(2 / 3)
    errs = score_document("t", GOLD_DATES, PRED_DATES).errors
    assert not [e for e in errs if e.field.startswith(("dates.found", "dates.deadlines"))]  # not repeated


def test_dates_no_slack_without_truoc() -> None:
    gold = {"dates": [{"text": "ngày 15/3/2026", "from": None, "to": "2026-03-15", "role": "deadline"}]}
    pred = record(dates=[date("ngày 15/3/2026", None, "2026-03-14", "deadline")])
    s = scores(gold, pred)
    assert s["dates"]["soft"]["f1"] == 0.0 and s["dates.deadlines"]["soft"]["f1"] == 0.0
    # same text, wrong value: shown as one "incorrect" error, not a miss and a spurious item
    errs = [e for e in score_document("t", gold, pred).errors if e.field == "dates"]
    assert [e.category for e in errs] == ["incorrect"]


def test_dates_text_first_among_equal_values() -> None:
    gold = {"dates": [{"text": "năm 2026", "from": "2026-01-01", "to": "2026-12-31", "role": "programme"},
                      {"text": "2026", "from": "2026-01-01", "to": "2026-12-31", "role": "programme"}]}
    pred = {"dates": [{"text": "2026", "from": "2026-01-01", "to": "2026-12-31", "role": "programme", "start": 5, "end": 9},
                      {"text": "năm 2026", "from": "2026-01-01", "to": "2026-12-31", "role": "programme", "start": 0, "end": 8}]}
    d = score_document("t", gold, pred)
    assert d.tallies["dates"]["strict"].tp == 2
    assert d.errors == []  # paired by text: no partial


# --- units ----------------------------------------------------------------------------------
def test_units_distinct_canonical_fuzzy_and_kind() -> None:
    gold = {"units": [{"canonical": "Ủy ban nhân dân tỉnh", "kind": "state"},
                      {"canonical": "Đảng ủy Khối", "kind": "party"},
                      {"canonical": "các chi bộ", "kind": "group"}]}
    pred = record(units=[
        Unit(name="UBND tỉnh", canonical="Uỷ ban nhân dân tỉnh", kind="state", start=0, end=9),
        Unit(name="UBND tỉnh", canonical="Ủy ban nhân dân tỉnh", kind="state", start=20, end=29),  # same unit again
        Unit(name="ĐUK", canonical="Đảng ủy Khôi", kind="state", start=40, end=43),  # ratio 91.7: soft only
        Unit(name="Sở Nội vụ", canonical="Sở Nội vụ", kind="state", start=50, end=59),
    ])
    s = scores(gold, pred)
    # distinct predicted 3. strict: tp 1, fp 2, fn 2 -> 1/3; soft: tp 2, fp 1, fn 1 -> 2/3
    assert s["units"]["strict"]["f1"] == approx(1 / 3)
    assert s["units"]["soft"]["f1"] == approx(2 / 3)
    assert s["units"]["soft"]["predicted"] == 3
    # kind on matched: strict 1/1; soft 1/2 (Đảng ủy Khối predicted "state")
    assert s["units.kind"]["strict"]["accuracy"] == 1.0
    assert s["units.kind"]["soft"]["accuracy"] == 0.5


# --- tasks ----------------------------------------------------------------------------------
def test_tasks_section_then_title_then_lead_support_due() -> None:
    gold = {"tasks": [
        {"section": "II.1", "title": "Tổ chức nghiên cứu, học tập", "lead": ["Ban Tuyên giáo", "Văn phòng"],
         "support": [], "due": {"from": None, "to": "2026-03-31", "recurrence": None}},
        {"section": "II.2", "title": "Thi đua", "lead": ["Đảng ủy"],
         "due": {"from": None, "to": None, "recurrence": "FREQ=YEARLY"}},
        {"section": "II.3", "title": "Sơ kết"},
    ]}
    pred = record(tasks=[
        Task(id="t1", section="II.1", title="Tổ chức nghiên cứu, học tập, quán triệt", text="", lead=["Ban Tuyên giáo"],
             support=["Công an tỉnh"], due={"from": None, "to": "2026-03-31"}, start=0, end=1),
        Task(id="t2", section="II.2", title="Thi đua", text="", lead=["Đảng ủy", "Ủy ban nhân dân"], start=0, end=1),
        Task(id="t3", section="II.4", title="Báo cáo", text="", start=0, end=1),
    ])
    s = scores(gold, pred)
    # strict: only II.2 (title equal) -> tp 1, fp 2, fn 2 -> 1/3; soft: II.1 too -> 2/3
    assert s["tasks"]["strict"]["f1"] == approx(1 / 3)
    assert s["tasks"]["soft"]["f1"] == approx(2 / 3)
    # lead set F1: II.1 2*1/(2+1) = 2/3; II.2 2*1/(1+2) = 2/3 -> mean 2/3
    assert s["tasks.lead"]["soft"]["accuracy"] == approx(2 / 3)
    # support given only for II.1: gold none, predicted one -> 0
    assert s["tasks.support"]["soft"]["accuracy"] == 0.0 and s["tasks.support"]["soft"]["support"] == 1
    # due: II.1 right, II.2 yearly missing -> 1/2
    assert s["tasks.due"]["soft"]["accuracy"] == 0.5


# --- empty lists, missing fields, averages --------------------------------------------------
def test_empty_list_means_none_and_missing_means_unscored() -> None:
    gold = {"units": [], "directives": []}
    s = scores(gold, record())
    assert s["units"]["soft"]["f1"] == 1.0 and s["directives"]["strict"]["f1"] == 1.0
    assert "dates" not in s and "tasks" not in s and "sections" not in s
    s = scores(gold, record(units=[Unit(name="x", canonical="Sở Y tế", start=0, end=1)]))
    assert s["units"]["soft"]["precision"] == 0.0 and s["units"]["soft"]["f1"] == 0.0
    assert s["directives"]["soft"]["f1"] == 1.0


def test_micro_and_macro_over_documents() -> None:
    d1 = score_document("a", {"directives": [{"id": "01-KL/TW"}]}, record(directives=[Directive(id="01-KL/TW")]))
    d2 = score_document("b", {"directives": [{"id": "1/KH-UBND"}, {"id": "2/KH-UBND"}, {"id": "3/KH-UBND"}]},
                        record())
    s = aggregate([d1, d2])["directives"]["soft"]
    # micro: tp 1, fp 0, fn 3 -> P 1, R 0.25, F1 0.4; macro: mean(1, 0) = 0.5
    assert (s["precision"], s["recall"], s["f1"]) == approx((1.0, 0.25, 0.4))
    assert s["macro_f1"] == 0.5
    assert s["support"] == 4


def test_signer_given_as_object_null() -> None:
    s = scores({"document": {"signer": None}}, record(document=DocumentMeta(signer=Signer(name="A"))))
    # gold says no signer; predicted one: wrong
    assert s["document.signer.name"]["soft"]["accuracy"] == 0.0


def test_named_references_by_name() -> None:
    gold = {"named_references": [{"name": "Nghị quyết Đại hội XIV của Đảng"}, {"name": "Điều lệ Đảng"}]}
    pred = {"named_references": [{"name": "Nghị quyết Đại hội XIV của Đảng và", "start": 0, "end": 1},
                                 {"name": "Hiến pháp", "start": 0, "end": 1}]}
    s = scores(gold, pred)["named_references"]
    # strict: tp 0 -> 0; soft: the first is a prefix -> tp 1, fp 1, fn 1 -> 0.5
    assert s["strict"]["f1"] == 0.0 and s["soft"]["f1"] == 0.5


def test_self_references_are_not_citations() -> None:
    gold = {"citations": [{"id": "01-KL/TW", "text": "Kết luận số 01-KL/TW"}]}
    pred = {"citations": [{"id": "01-KL/TW", "text": "Kết luận số 01-KL/TW", "start": 0, "end": 1},
                          {"id": None, "text": "Kế hoạch này", "form": "self", "start": 5, "end": 16}]}
    assert scores(gold, pred)["citations"]["strict"]["precision"] == 1.0
