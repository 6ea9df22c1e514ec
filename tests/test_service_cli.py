"""The service's CLI commands: ingest, cites, token create (on SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_service import CORPUS, database_url, pg_database, plan  # noqa: F401  (fixtures)
from typer.testing import CliRunner

from extractor.cli import app
from service import crud
from service.app import create_app
from service.settings import Settings

runner = CliRunner()


def test_ingest_token_cites(database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # noqa: F811
    monkeypatch.setenv("KEHOACH_DATABASE_URL", database_url)
    files = [CORPUS / "dev-01.txt", CORPUS / "dev-02.txt"]
    bad = tmp_path / "notes.txt"
    bad.write_bytes(b"")
    result = runner.invoke(app, ["ingest", *map(str, files)])
    assert result.exit_code == 0, result.output
    assert "2 stored, 0 already stored, 0 failed" in result.output
    again = runner.invoke(app, ["ingest", str(files[0]), str(bad)])
    assert again.exit_code == 1 and "0 stored, 1 already stored, 1 failed" in again.output

    result = runner.invoke(app, ["token", "create", "--scope", "write"])
    assert result.exit_code == 0
    token = result.stdout.strip().splitlines()[-1]
    assert token.startswith("kh_w_")
    assert runner.invoke(app, ["token", "create", "--scope", "admin"]).exit_code != 0

    with TestClient(create_app(Settings(database_url=database_url))) as client:
        listed = client.get("/documents", headers={"Authorization": f"Bearer {token}"})
        assert listed.status_code == 200 and listed.json()["count"] == 2
        with client.app.state.sessionmaker() as session:  # type: ignore[attr-defined]
            record = plan("45-KH/TU", "Tỉnh ủy Bình Dương", "2025-01-10", [("01-KL/TW", "implements")])
            crud.create_document(session, record=record, sha256=record.source.sha256)
            session.commit()

    cited = runner.invoke(app, ["cites", "Kết luận 01"])
    assert cited.exit_code == 0, cited.output
    assert "01-KL/TW: cited by 1 document(s)" in cited.output and "45-KH/TU" in cited.output
    assert "Tỉnh ủy Bình Dương" in cited.output and "[implements, I]" in cited.output
    missing = runner.invoke(app, ["cites", "không có gì"])
    assert missing.exit_code == 1


def test_serve_and_run_are_commands() -> None:
    for command in ("serve", "run", "ingest", "cites"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0, command
    assert "--port" in runner.invoke(app, ["serve", "--help"]).output
