"""The harness around the scorer: gold files, pairing, reports, the CLI, perturbations, baselines, gate."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evaluation import perturb
from evaluation.baselines import BASELINES, availability, predict_directives
from evaluation.gate import check, suggest
from evaluation.gold import GoldError, pair, validate
from evaluation.harness import evaluate, headline
from evaluation.report import locate, save_history, write_reports
from extractor.cli import app
from extractor.ingest import SourceDocument
from extractor.models import Directive, Record, Source
from extractor.normalise import normalise_text

DOC = """KẾ HOẠCH
Thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị và Chỉ thị số 05-CT/TW.
I. MỤC ĐÍCH, YÊU CẦU
"""


# --- gold -------------------------------------------------------------------------------------
def test_validate_names_and_recipients() -> None:
    g = validate({"_notes": "x", "document": {"recipients": ["Lưu VP", {"name": "Sở Y tế"}]}, "units": []})
    assert g["document"]["recipients"] == [{"name": "Lưu VP"}, {"name": "Sở Y tế"}]
    with pytest.raises(GoldError, match="issue_date"):
        validate({"document": {"issue_date": "2026-01-01"}})
    with pytest.raises(GoldError, match="unknown field"):
        validate({"unit": []})
    with pytest.raises(GoldError, match=r"dates\[0\]"):
        validate({"dates": [{"text": "x", "form": "2026-01-01"}]})
    assert validate({"dates": [{"text": "x", "from": "2026-01-01", "_notes": "ok"}]})


def _folder(tmp_path: Path, gold: dict[str, object]) -> tuple[Path, Path]:
    docs, gold_dir = tmp_path / "docs", tmp_path / "gold"
    docs.mkdir()
    gold_dir.mkdir()
    (docs / "a.txt").write_text(DOC, encoding="utf-8")
    (docs / "b.txt").write_text(DOC, encoding="utf-8")  # no gold: skipped with a note
    (gold_dir / "a.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return docs, gold_dir


def test_pairing_notes_and_errors(tmp_path: Path) -> None:
    docs, gold_dir = _folder(tmp_path, {"units": []})
    (gold_dir / "orphan.json").write_text("{}", encoding="utf-8")
    (gold_dir / "broken.json").write_text("{", encoding="utf-8")
    p = pair(docs, gold_dir)
    assert [g.stem for _, g in p.pairs] == ["a"]
    assert any("b.txt" in n for n in p.notes)
    assert any("orphan.json has no document" in e for e in p.errors)
    assert any("broken.json" in e and "JSON" in e for e in p.errors)


# --- harness and reports --------------------------------------------------------------------
def fake_extractor(src: SourceDocument) -> Record:
    text = normalise_text(src.text)
    at = text.index("05-CT/TW")
    return Record(source=Source(name=src.name, sha256="", format="txt", chars=len(text)), text=text,
                  directives=[Directive(id="05-CT/TW"), Directive(id="99-KH/TW")],
                  citations=[{"id": "05-CT/TW", "text": "Chỉ thị số 05-CT/TW", "start": at - 11, "end": at + 8},
                             {"id": "99-KH/TW", "text": "99-KH/TW", "start": 0, "end": 8}])


GOLD = {"directives": [{"id": "01-KL/TW", "issued_date": "2021-05-18"}, {"id": "05-CT/TW"}],
        "citations": [{"id": "01-KL/TW", "text": "Kết luận số 01-KL/TW"},
                      {"id": "05-CT/TW", "text": "Chỉ thị số 05-CT/TW"}]}


def test_evaluate_and_reports(tmp_path: Path) -> None:
    docs, gold_dir = _folder(tmp_path, GOLD)
    ev = evaluate(docs, gold_dir, extractor=fake_extractor)
    assert list(ev.documents) == ["a"]
    # directives: tp 1, fp 1, fn 1 -> 0.5 each
    assert headline(ev.fields)["directives"] == pytest.approx(0.5)
    data = write_reports(ev, tmp_path / "out")
    d = data["fields"]["directives"]
    assert {"precision", "recall", "f1", "support"} <= set(d) and d["support"] == 2
    assert d["strict"]["f1"] == pytest.approx(0.5)
    errors = data["documents"]["a"]["errors"]
    missed = next(e for e in errors if e["field"] == "directives" and e["category"] == "missed")
    assert missed["gold"].startswith("01-KL/TW") and "[[01-KL/TW]]" in missed["context"]
    spurious = next(e for e in errors if e["field"] == "citations" and e["category"] == "spurious")
    assert spurious["pred"] == "99-KH/TW" and spurious["context"].startswith("[[KẾ HOẠCH")
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "<mark>01-KL/TW</mark>" in html and "<style>" in html and "http" not in html.split("<style>")[0]
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "| directives |" in md


def test_extraction_failure_is_an_error_line(tmp_path: Path) -> None:
    docs, gold_dir = _folder(tmp_path, GOLD)

    def broken(src: SourceDocument) -> Record:
        raise RuntimeError("stage bug")

    ev = evaluate(docs, gold_dir, extractor=broken)
    assert any("stage bug" in e for e in ev.errors)
    assert headline(ev.fields)["directives"] == 0.0


def test_cli_evaluate_any_folder(tmp_path: Path) -> None:
    docs, gold_dir = _folder(tmp_path, {"directives": [{"id": "01-KL/TW"}], "units": []})
    out = tmp_path / "rep"
    result = CliRunner().invoke(app, ["evaluate", "--docs", str(docs), "--gold", str(gold_dir), "--report", str(out)])
    assert result.exit_code == 0, result.output
    assert "directives" in result.output and "support" in result.output
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["fields"]["units"]["support"] == 0
    (gold_dir / "orphan.json").write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "--docs", str(docs), "--gold", str(gold_dir)])
    assert result.exit_code == 1 and "orphan.json has no document" in result.output


def test_locate_gold_text() -> None:
    text = normalise_text(DOC)
    span = locate(text, "Kết luận số 01-KL/TW")
    assert span and text[span[0]:span[1]] == "Kết luận số 01-KL/TW"
    assert locate(text, "không có ở đây") is None


def test_save_history(tmp_path: Path) -> None:
    data = {"version": {"date": "2026-01-02", "git": "abc1234"}, "fields": {},
            "documents": {"a": {"source": "a.txt", "errors": [{"x": 1}]}}}
    path = save_history(data, tmp_path)
    assert path.name == "2026-01-02-abc1234.json"
    assert json.loads(path.read_text())["documents"]["a"]["errors"] == 1


# --- perturbations ------------------------------------------------------------------------------
def test_perturbations() -> None:
    assert perturb.tone_old_style("Hòa Bình, thủy lợi, Ủy ban, quý") == "Hoà Bình, thuỷ lợi, Uỷ ban, quý"
    assert perturb.nfd("Việt") == unicodedata.normalize("NFD", "Việt") != "Việt"
    assert perturb.dashes("Số 01-KL/TW - năm") == "Số 01\u2011KL/TW \u2013 năm"
    assert perturb.quotes('"Về đẩy mạnh"') == "\u201cVề đẩy mạnh\u201d"
    assert "\u00a0" in perturb.nbsp("a b c")
    assert perturb.crlf("a\nb") == "a\r\nb"
    wrapped = perturb.hard_wrap("từ " * 60)
    assert max(len(x) for x in wrapped.split("\n")) <= 70 and wrapped.split() == ("từ " * 60).split()
    assert perturb.markdown_stripped("**KẾ HOẠCH**\n*Hà Nội, ngày 1*") == "KẾ HOẠCH\nHà Nội, ngày 1"
    assert perturb.markdown_bold("I. NỘI DUNG\nthường") == "**I. NỘI DUNG**\nthường"


# hard wrapping, bold headings and header layouts change the line structure: the harness measures them
LINE_CHANGING = {"hard_wrap_70", "markdown_bold", "signature_variants", "numbering_slash", "numbering_no_space", "bullets_star",
                 *perturb.HEADER_LAYOUTS}


@pytest.mark.parametrize("name", sorted(set(perturb.VARIANTS) - LINE_CHANGING))
def test_perturbations_keep_the_normalised_text(name: str) -> None:
    """The variants the normaliser undoes by design leave the normalised text unchanged."""
    assert normalise_text(perturb.VARIANTS[name](DOC)) == normalise_text(DOC)


# --- header layouts ---------------------------------------------------------------------------
CORPUS = sorted((Path(__file__).resolve().parent.parent / "corpus" / "documents").glob("*.txt"))

# dev-05's header as exported: table cells on their own lines, lone "|" lines between them
CELLS = """|
**ỦY BAN NHÂN DÂN**
TỈNH ĐẮK LẮK
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 0130/KH-UBND
|
*Đắk Lắk, ngày 21
tháng 11 năm 2025*
|

** **

**KẾ HOẠCH**
KHẮC PHỤC MÔI TRƯỜNG"""
BODY = "**KẾ HOẠCH**\nKHẮC PHỤC MÔI TRƯỜNG"


def test_header_layouts_of_a_real_header() -> None:
    assert perturb.header_pipe_rows(CELLS) == (
        "**ỦY BAN NHÂN DÂN** TỈNH ĐẮK LẮK ------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** Độc lập - Tự do - Hạnh phúc"
        " ---------------\nSố: 0130/KH-UBND | *Đắk Lắk, ngày 21 tháng 11 năm 2025*\n** **\n" + BODY)
    assert perturb.header_markdown_table(CELLS) == (
        "| **ỦY BAN NHÂN DÂN** TỈNH ĐẮK LẮK ------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** Độc lập - Tự do - Hạnh"
        " phúc --------------- |\n|---|---|\n| Số: 0130/KH-UBND | *Đắk Lắk, ngày 21 tháng 11 năm 2025* |\n\n** **\n"
        + BODY)
    assert perturb.header_left_then_right(CELLS) == (
        "**ỦY BAN NHÂN DÂN**\nTỈNH ĐẮK LẮK\n-------\nSố: 0130/KH-UBND\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n*Đắk Lắk, ngày 21\ntháng 11 năm 2025*\n** **\n" + BODY)
    assert perturb.header_interleaved(CELLS) == (
        "**ỦY BAN NHÂN DÂN**\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nTỈNH ĐẮK LẮK\n-------\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 0130/KH-UBND\n*Đắk Lắk, ngày 21\ntháng 11 năm 2025*\n"
        "** **\n" + BODY)
    assert perturb.header_interleaved_lines(CELLS) == (
        "**ỦY BAN NHÂN DÂN**\n**CỘNG HÒA XÃ HỘI\nTỈNH ĐẮK LẮK\nCHỦ NGHĨA VIỆT NAM**\n-------\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 0130/KH-UBND\n*Đắk Lắk, ngày 21\ntháng 11 năm 2025*\n"
        "** **\n" + BODY)
    assert perturb.header_side_by_side(CELLS).startswith(
        "**ỦY BAN NHÂN DÂN**\t**CỘNG HÒA XÃ HỘI\nTỈNH ĐẮK LẮK\tCHỦ NGHĨA VIỆT NAM**\n")
    assert perturb.header_blank_lines("Số 34-KH/ĐUK\nTrà Vinh, ngày 20 tháng 10 năm 2021\nKẾ HOẠCH\nthực hiện") == (
        "Số 34-KH/ĐUK\n\nTrà Vinh, ngày 20 tháng 10 năm 2021\n\nKẾ HOẠCH\nthực hiện")


def test_header_layouts_leave_a_text_without_header_alone() -> None:
    for fn in perturb.HEADER_LAYOUTS.values():
        assert fn(DOC) == DOC
        assert fn("\n\nKẾ HOẠCH\nthực hiện") == "\n\nKẾ HOẠCH\nthực hiện"
        assert fn("không có tiêu đề\nI. MỤC ĐÍCH") == "không có tiêu đề\nI. MỤC ĐÍCH"


def _content(lines: list[str]) -> list[str]:
    """The header's characters but spaces, `|` cell bars and a markdown table's "|---|---|" rule
    (what a layout may move, add or drop)."""
    kept = [ln for ln in lines if ln.strip() != "|---|---|"]
    return sorted(c for c in "".join(kept) if not c.isspace() and c != "|")


@pytest.mark.parametrize("name", sorted(perturb.HEADER_LAYOUTS))
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_header_layouts_keep_every_character(name: str, path: Path) -> None:
    """Only the header moves: its characters are all kept, the text from the type word on is
    byte-identical."""
    text = path.read_text(encoding="utf-8")
    before = perturb.split_header(text)
    assert before is not None, "every corpus document has a type word"
    out = perturb.HEADER_LAYOUTS[name](text)
    after = perturb.split_header(out)
    assert after is not None
    assert after[1] == before[1]
    assert out.endswith("\n".join(before[1]))
    assert _content(after[0]) == _content(before[0])


def test_header_layouts_put_the_columns_apart() -> None:
    """Every corpus header with a motto: in left-then-right, the body and number come before the
    motto and the date; in pipe rows the number and the date share a row."""
    for path in CORPUS:
        text = path.read_text(encoding="utf-8")
        header = "\n".join(perturb.split_header(perturb.header_left_then_right(text))[0])  # type: ignore[index]
        motto = min((header.find(m) for m in ("CỘNG HÒA", "CỘNG HOÀ", "ĐẢNG CỘNG SẢN") if m in header), default=-1)
        if motto < 0:
            continue
        assert header.find("Số") < motto < header.find("ngày"), path.stem
        rows = perturb.split_header(perturb.header_pipe_rows(text))[0]  # type: ignore[index]
        assert any(r.lstrip("/").startswith("Số") and " | " in r and "ngày" in r for r in rows), path.stem


def test_signature_variants_of_real_blocks() -> None:
    # dev-01:425-431 (state, the capacity wrapped) and 001:182-186 (Party: its "T/M" stays)
    state = "- Lưu: VT.\n|\n**TM. ỦY BAN NHÂN\nDÂN**\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thị Ngọc Điệp\n|\n"
    assert perturb.signature_variants(state) == (
        "- Lưu: VT.\n|\n\n**TM.ỦY BAN NHÂN\n\nDÂN**\n\nKT.CHỦ TỊCH\n\nPHÓ CHỦ TỊCH\n\nNguyễn Thị Ngọc Điệp\n\n|\n")
    party = "- Lưu Văn phòng, Ban Tuyên giáo ĐUK.\n\nT/M BAN THƯỜNG VỤ\n\n\n\nNguyễn Văn Tám\n"
    assert perturb.signature_variants(party) == (
        "- Lưu Văn phòng, Ban Tuyên giáo ĐUK.\n\n\nT/M BAN THƯỜNG VỤ\n\nNguyễn Văn Tám\n\n")
    assert perturb.signature_variants(DOC) == DOC  # no signature: unchanged


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_signature_variants_keep_every_character(path: Path) -> None:
    """Only spaces and line breaks change, and only inside the signature blocks."""
    text = path.read_text(encoding="utf-8")
    out = perturb.signature_variants(text)
    assert sorted(c for c in out if not c.isspace()) == sorted(c for c in text if not c.isspace())
    lines = text.split("\n")
    blocks = perturb._signature_blocks(lines)
    if blocks:
        assert out.startswith("\n".join(lines[: blocks[0][0]]))
        assert out.endswith("\n".join(lines[blocks[-1][1] + 1 :]))


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_whole_document_exports_keep_every_character(path: Path) -> None:
    """HTML leftovers unescape to the text; page breaks add only a form feed and a page number."""
    import html
    import re

    text = path.read_text(encoding="utf-8")
    tagged = perturb.html_paragraphs(text)
    assert "<p>" in tagged and "&nbsp;" in tagged
    assert html.unescape(re.sub(r"</?[pb]>", "", tagged)).replace("\u00a0", " ") == text
    paged = perturb.page_breaks(text)
    if len(text.split("\n")) > 2 * 40:
        assert "\f" in paged
    assert re.sub(r"\n\f\n(?:- \d+ -|\d+)\n", "", paged) == text
    assert perturb.blank_lines_everywhere(text).replace("\n\n", "\n") == text


# --- baselines ------------------------------------------------------------------------------
def test_regex_baseline() -> None:
    rec = predict_directives("Thực hiện Chỉ thị số 05-CT/TƯ và Quyết định 27/CT-TTG; giai đoạn 2025 - 2030.")
    assert [d.id for d in rec.directives] == ["05-CT/TW", "27/CT-TTg"]


def test_dateparser_baseline() -> None:
    pytest.importorskip("dateparser")
    b = next(x for x in BASELINES if x.name == "dateparser")
    rec = b.predict("Hoàn thành trước ngày 15/3/2026.", "x.txt")
    assert [(d.from_, d.to) for d in rec.dates] == [("2026-03-15", "2026-03-15")]


def test_underthesea_baseline_available_offline_or_says_so() -> None:
    b = next(x for x in BASELINES if x.name == "underthesea")
    why = availability(b)
    assert why is None or why.startswith("unavailable")


# --- gate -------------------------------------------------------------------------------------
def test_gate_check_and_suggest() -> None:
    assert check({"dates": 0.8, "units": 0.5}, {"dates": 0.7, "units": 0.6, "tasks": 0.1}) == [
        "tasks: not scored (no gold for it), minimum 0.10", "units: 0.500 < 0.60"]
    assert suggest({"dates": 0.8765, "units": None}, {"dates": 0.9}) == {"dates": 0.9}
    assert suggest({"dates": 0.8765, "units": 1.0, "tasks": 0.0, "x": 0.5}) == {
        "dates": 0.87, "units": 0.99, "tasks": 0.0, "x": 0.49}


def test_cli_baselines_and_perturbations(tmp_path: Path) -> None:
    pytest.importorskip("dateparser")
    gold = {"directives": [{"id": "01-KL/TW"}, {"id": "05-CT/TW"}],
            "dates": [{"text": "ngày 18/5/2021", "from": "2021-05-18", "to": "2021-05-18", "role": "citation_date"}],
            "units": [{"canonical": "Bộ Chính trị", "kind": "party"}]}
    docs, gold_dir = _folder(tmp_path, gold)
    out = tmp_path / "rep"
    result = CliRunner().invoke(app, ["evaluate", "--docs", str(docs), "--gold", str(gold_dir), "--report", str(out),
                                      "--baselines", "--perturb", "--renderings", str(tmp_path / "none")])
    assert result.exit_code == 0, result.output
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert data["baselines"]["regex"]["fields"]["directives"]["soft"]["f1"] == 1.0
    assert data["baselines"]["dateparser"]["fields"]["dates"]["soft"]["recall"] == 1.0
    assert data["baselines"]["underthesea"]["status"] == "ok" or "unavailable" in data["baselines"]["underthesea"]["status"]
    assert set(perturb.VARIANTS) <= set(data["perturbations"])
    assert data["perturbations"]["nfd"]["fields"]["directives"]["delta"] == 0.0
    assert data["perturbations"]["rendering_pdf"]["documents"] == 0
    assert "Perturbations" in result.output and "Baselines" in result.output


def test_readme_example_is_valid_gold() -> None:
    readme = (Path(__file__).resolve().parent.parent / "evaluation" / "README.md").read_text(encoding="utf-8")
    block = readme.split("```json", 1)[1].split("```", 1)[0]
    gold = validate(json.loads(block))
    assert set(gold) >= {"document", "directives", "citations", "sections", "dates", "units", "tasks"}
