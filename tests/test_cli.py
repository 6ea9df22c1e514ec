"""The `kehoach` command line: extract, text, schema, summary (issue 2's CLI contract)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor import cli
from extractor.cli import app

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "documents"
SEED = CORPUS / "003_d511494d6758a3a9.txt"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_extract_one_file_prints_one_record(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", str(SEED), "--pretty"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["source"]["name"] == SEED.name
    assert record["document"]["number"] == "491/KH-VP"  # "Số: 491 /KH-VP" in the document
    assert record["document"]["issued_date"] == "2024-03-20"  # "Quảng Ngãi, ngày 20 tháng 3 năm 2024"
    assert record["text"] is None


def test_extract_folder_prints_json_lines_in_order_and_goes_on_past_a_bad_file(
    runner: CliRunner, tmp_path: Path
) -> None:
    shutil.copy(SEED, tmp_path / "a.txt")
    (tmp_path / "b.txt").write_bytes(b"")  # empty: unreadable
    shutil.copy(CORPUS / "dev-17.txt", tmp_path / "c.txt")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    lines = result.stdout.strip().split("\n")
    assert [json.loads(x)["source"]["name"] for x in lines] == ["a.txt", "c.txt"]
    assert "b.txt" in result.stderr and "empty" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "name, data, words",
    [
        ("plan.xyz", b"abc", "unsupported"),
        ("plan.pdf", b"%PDF-1.4 broken", "pdf"),
        ("plan.docx", b"PK\x03\x04 not a zip", "docx"),
    ],
)
def test_extract_bad_input_is_one_line_and_a_non_zero_exit(
    runner: CliRunner, tmp_path: Path, name: str, data: bytes, words: str
) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    result = runner.invoke(app, ["extract", str(p)])
    assert result.exit_code != 0
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert words in result.stderr.lower()
    assert "Traceback" not in result.stderr


def test_a_stage_bug_is_reported_per_file_and_the_batch_goes_on(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(SEED, tmp_path / "a.txt")
    shutil.copy(CORPUS / "dev-17.txt", tmp_path / "b.txt")
    real = cli.extract_source

    def flaky(src, **kw):  # type: ignore[no-untyped-def]
        if src.name == "a.txt":
            raise RuntimeError("boom")
        return real(src, **kw)

    monkeypatch.setattr(cli, "extract_source", flaky)
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert [json.loads(x)["source"]["name"] for x in result.stdout.strip().split("\n")] == ["b.txt"]
    assert "a.txt: internal error while extracting (RuntimeError: boom)" in result.stderr


def test_text_prints_the_text_spans_index(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", str(SEED)])
    record = json.loads(result.stdout)
    text = runner.invoke(app, ["text", str(SEED)]).stdout[:-1]  # echo adds one newline
    for c in record["citations"]:
        assert text[c["start"] : c["end"]] == c["text"]
    numbered = [s for s in record["sections"] if s["kind"] in ("roman", "arabic", "decimal", "letter")]
    assert numbered
    for s in numbered:
        assert text[s["start"] : s["end"]].startswith(s["label"])


def test_schema_is_the_record_json_schema(runner: CliRunner) -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    for field in ("schema_version", "source", "document", "sections", "citations", "directives",
                  "dates", "units", "tasks"):
        assert field in schema["properties"]
    assert "from" in schema["$defs"]["DateValue"]["properties"]  # the alias, not from_


def test_text_of_a_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["text", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "cannot read file" in result.stderr


def test_summary_goes_on_past_a_bad_file(runner: CliRunner, tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "a.txt")
    (tmp_path / "b.txt").write_bytes(b"")  # empty: unreadable
    result = runner.invoke(app, ["summary", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stdout.startswith("a.txt: KH 491/KH-VP")  # "Số: 491 /KH-VP" in the seed
    assert "b.txt" in result.stderr and "empty" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
