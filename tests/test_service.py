"""The API, end to end through FastAPI's TestClient, on SQLite and (KEHOACH_TEST_POSTGRES_URL) PostgreSQL.

Directive look-ups are tested on records built here (so they do not depend on how well the
citation stage reads a given plan); uploads go through the real pipeline.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from extractor.models import (
    Citation,
    DateValue,
    Directive,
    DocumentMeta,
    Due,
    Record,
    Section,
    Source,
    Task,
    Unit,
)
from service import crud, store
from service.app import create_app
from service.db import make_engine, migrate
from service.settings import Settings
from service.tables import CitationRow, DirectiveRow, DocumentRow, TaskRow, UnitRow

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "documents"
TABLES = ("citations", "units", "tasks", "documents", "directives", "tokens")


# ---------------------------------------------------------------- databases


def postgres_url() -> str:
    url = os.environ.get("KEHOACH_TEST_POSTGRES_URL")
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but KEHOACH_TEST_POSTGRES_URL is not set: .ci/run starts PostgreSQL and sets it")
        pytest.skip("KEHOACH_TEST_POSTGRES_URL not set (see .ci/run)")
    return url


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """A fresh database on the test server for this session (dropped afterwards)."""
    base = postgres_url()
    name = f"kehoach_test_{os.getpid()}_{secrets.token_hex(3)}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kehoach.sqlite3'}"
    url: str = request.getfixturevalue("pg_database")
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE"))
    engine.dispose()
    return url


def make_client(url: str, **settings: Any) -> TestClient:
    app = create_app(Settings(database_url=url, **settings))
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture
def client(database_url: str) -> Iterator[TestClient]:
    with make_client(database_url) as c:
        yield c


def new_token(client: TestClient, scope: str) -> str:
    with client.app.state.sessionmaker() as session:  # type: ignore[attr-defined]
        token = crud.create_token(session, scope=scope)
        session.commit()
    return token


@pytest.fixture
def writer(client: TestClient) -> dict[str, str]:
    return {"Authorization": f"Bearer {new_token(client, 'write')}"}


@pytest.fixture
def reader(client: TestClient) -> dict[str, str]:
    return {"Authorization": f"Bearer {new_token(client, 'read')}"}


# ---------------------------------------------------------------- records built by hand


def plan(number: str, issuer: str, issued: str, cites: list[tuple[str, str]], *, tasks: bool = True) -> Record:
    """A small plan citing `cites` [(directive id, relation)], with a task, units and a deadline."""
    lines = [f"{issuer.upper()}", f"Số: {number}", f"KẾ HOẠCH số {number} của {issuer}", "I. CĂN CỨ"]
    lines += [f"Thực hiện văn bản số {did} ({rel})." for did, rel in cites]
    lines += ["II. NHIỆM VỤ", "1. Tuyên truyền, quán triệt nghị quyết",
              "Ban Tuyên giáo chủ trì, phối hợp Văn phòng thực hiện, hoàn thành trước ngày 30/6/2026."]
    body = "\n".join(lines)
    sections = [Section(id="I", label="I.", path="I", level=1, kind="roman", heading="CĂN CỨ",
                        start=body.index("I. CĂN CỨ"), end=body.index("II. NHIỆM VỤ")),
                Section(id="II", label="II.", path="II", level=1, kind="roman", heading="NHIỆM VỤ",
                        start=body.index("II. NHIỆM VỤ"), end=len(body)),
                Section(id="II.1", label="1.", path="II/1", level=2, kind="arabic",
                        heading="Tuyên truyền, quán triệt nghị quyết", start=body.index("1. Tuyên"), end=len(body),
                        parent="II")]
    citations = []
    for did, rel in cites:
        start = body.index(did)
        citations.append(Citation(id=did, relation=rel, section="I", start=start, end=start + len(did), text=did))
    directives = [Directive(id=did, mentions=1, relations=[rel], parent=rel == "implements") for did, rel in cites]
    lead_at = body.index("Ban Tuyên giáo")
    sup_at = body.index("Văn phòng")
    due_at = body.index("30/6/2026")
    units = [Unit(name="Ban Tuyên giáo", canonical="Ban Tuyên giáo", kind="party", role="lead", section="II.1",
                  start=lead_at, end=lead_at + len("Ban Tuyên giáo")),
             Unit(name="Văn phòng", canonical="Văn phòng", kind="party", role="support", section="II.1",
                  start=sup_at, end=sup_at + len("Văn phòng"))]
    dates = [DateValue(text="30/6/2026", start=due_at, end=due_at + 9, **{"from": "2026-06-30"}, to="2026-06-30",
                       grain="day", role="deadline", section="II.1")]
    task_list = [Task(id="T1", section="II.1", title="Tuyên truyền, quán triệt nghị quyết",
                      text=body[body.index("1. Tuyên"):], lead=["Ban Tuyên giáo"], support=["Văn phòng"],
                      due=Due(text="trước ngày 30/6/2026", to="2026-06-30"), start=body.index("1. Tuyên"),
                      end=len(body))] if tasks else []
    digest = hashlib.sha256(body.encode()).hexdigest()
    return Record(source=Source(name=f"{number.replace('/', '_')}.txt", sha256=digest, format="txt", chars=len(body)),
                  document=DocumentMeta(system="party", doc_type="KH", doc_type_name="Kế hoạch", number=number,
                                        issuer=issuer, issued_date=issued, title=f"Kế hoạch {number}"),
                  sections=sections, citations=citations, directives=directives, dates=dates, units=units,
                  tasks=task_list, text=body)


def seed(client: TestClient, record: Record) -> int:
    with client.app.state.sessionmaker() as session:  # type: ignore[attr-defined]
        row = crud.create_document(session, record=record, sha256=record.source.sha256)
        session.commit()
        return row.id


@pytest.fixture
def cascade(client: TestClient) -> dict[str, int]:
    """Bộ Chính trị 21-NQ/TW -> Tỉnh ủy 45-KH/TU -> Đảng ủy 12-KH/ĐU -> Chi bộ 03-KH/CB; plus a mention."""
    return {
        "tinh": seed(client, plan("45-KH/TU", "Tỉnh ủy Bình Dương", "2025-01-10",
                                  [("21-NQ/TW", "implements"), ("01-KL/TW", "based_on")])),
        "dang": seed(client, plan("12-KH/ĐU", "Đảng ủy Khối cơ quan", "2025-02-15",
                                  [("45-KH/TU", "implements"), ("21-NQ/TW", "mentions")])),
        "chibo": seed(client, plan("03-KH/CB", "Chi bộ Văn phòng", "2025-03-01", [("12-KH/ĐU", "based_on")])),
        "other": seed(client, plan("7/KH-UBND", "Ủy ban nhân dân xã An Bình", "2024-05-20",
                                   [("21-NQ/TW", "mentions"), ("27/CT-TTg", "implements")])),
    }


def table_counts(client: TestClient) -> dict[str, int]:
    with client.app.state.sessionmaker() as session:  # type: ignore[attr-defined]
        return {t.__tablename__: session.scalar(select(func.count()).select_from(t)) or 0
                for t in (DocumentRow, CitationRow, DirectiveRow, UnitRow, TaskRow)}


# ---------------------------------------------------------------- uploads


def test_upload_file_then_same_bytes_returns_stored(client: TestClient, writer: dict[str, str]) -> None:
    path = CORPUS / "dev-01.txt"
    r = client.post("/documents", files={"file": (path.name, path.read_bytes(), "text/plain")}, headers=writer)
    assert r.status_code == 201, r.text
    body = r.json()
    assert isinstance(body["id"], int)
    assert body["source"]["name"] == "dev-01.txt"
    assert body["schema_version"] and body["text"]
    again = client.post("/documents", files={"file": ("renamed.txt", path.read_bytes(), "text/plain")},
                        headers=writer)
    assert again.status_code == 200
    assert again.json()["id"] == body["id"]
    assert client.get("/documents", headers=writer).json()["count"] == 1


def test_upload_json_text(client: TestClient, writer: dict[str, str]) -> None:
    text_body = "KẾ HOẠCH\nThực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.\n"
    r = client.post("/documents", json={"text": text_body, "name": "ke-hoach"}, headers=writer)
    assert r.status_code == 201, r.text
    assert r.json()["source"]["name"] == "ke-hoach.txt"
    assert "01-KL/TW" in r.json()["text"]
    assert client.post("/documents", json={"text": text_body}, headers=writer).status_code == 200


@pytest.mark.parametrize("name", ["dev-05.txt", "000_f69539ef0af628ea.txt"])
def test_upload_corpus_documents_readable_back(client: TestClient, writer: dict[str, str], name: str) -> None:
    data = (CORPUS / name).read_bytes()
    r = client.post("/documents", files={"file": (name, data)}, headers=writer)
    assert r.status_code == 201, r.text
    got = client.get(f"/documents/{r.json()['id']}", headers=writer).json()
    assert got == r.json()
    assert got["source"]["sha256"] == hashlib.sha256(data).hexdigest()
    for c in got["citations"]:  # every stored span slices the stored text
        assert got["text"][c["start"]:c["end"]] == c["text"]


def test_upload_indexes_citations_from_the_record(client: TestClient, writer: dict[str, str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    record = plan("5-KH/ĐU", "Đảng ủy xã", "2025-06-01", [("01-KL/TW", "implements")])
    monkeypatch.setattr(store, "extract_bytes", lambda data, name, **kw: record)
    r = client.post("/documents", files={"file": ("p.txt", b"any bytes")}, headers=writer)
    assert r.status_code == 201
    cited = client.get("/directives/citing", params={"ref": "KL 01"}, headers=writer).json()
    assert [d["id"] for d in cited["data"]] == [r.json()["id"]]
    assert cited["data"][0]["relation"] == "implements"


def test_failed_upload_stores_nothing(client: TestClient, writer: dict[str, str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    real = crud.create_document

    def half_then_fail(session: Any, **kw: Any) -> Any:
        real(session, **kw)
        raise RuntimeError("disk full")

    monkeypatch.setattr(store.crud, "create_document", half_then_fail)
    monkeypatch.setattr(store, "extract_bytes",
                        lambda data, name, **kw: plan("9-KH/TU", "Tỉnh ủy", "2025-01-01", [("21-NQ/TW", "implements")]))
    r = client.post("/documents", files={"file": ("p.txt", b"KE HOACH")}, headers=writer)
    assert r.status_code == 500
    assert r.json() == {"detail": "Internal error: RuntimeError"}
    assert table_counts(client) == {"documents": 0, "citations": 0, "directives": 0, "units": 0, "tasks": 0}
    monkeypatch.undo()
    assert client.post("/documents", files={"file": ("p.txt", b"KE HOACH")}, headers=writer).status_code == 201


# ---------------------------------------------------------------- errors


def test_upload_errors(database_url: str) -> None:
    with make_client(database_url, max_bytes=2000) as client:
        write = {"Authorization": f"Bearer {new_token(client, 'write')}"}
        read = {"Authorization": f"Bearer {new_token(client, 'read')}"}
        small = {"file": ("a.txt", "KẾ HOẠCH".encode())}
        assert client.post("/documents", files=small).status_code == 401
        assert client.post("/documents", files=small).headers["www-authenticate"] == "Bearer"
        assert client.post("/documents", files=small, headers={"Authorization": "Bearer nope"}).status_code == 403
        assert client.post("/documents", files=small, headers=read).status_code == 403
        cases = {
            413: {"files": {"file": ("big.txt", b"x" * 5000)}},
            415: {"files": {"file": ("virus.exe", b"MZ\x90\x00")}},
            400: {"files": {"file": ("empty.txt", b"")}},
        }
        for status, kwargs in cases.items():
            r = client.post("/documents", headers=write, **kwargs)
            assert r.status_code == status, (status, r.text)
            assert isinstance(r.json()["detail"], str) and r.json()["detail"]
        broken = client.post("/documents", files={"file": ("broken.pdf", b"%PDF-1.4 garbage")}, headers=write)
        assert broken.status_code == 400, broken.text
        broken_docx = client.post("/documents", files={"file": ("b.docx", b"PK\x03\x04 not a zip")}, headers=write)
        assert broken_docx.status_code == 400, broken_docx.text
        assert client.post("/documents", content=b"hello", headers={**write, "Content-Type": "text/plain"}
                           ).status_code == 415
        for body in ({"txt": "x"}, {"text": ""}, {"text": 3}):
            assert client.post("/documents", json=body, headers=write).status_code == 422
        assert client.post("/documents", files={"other": ("a.txt", b"x")}, headers=write).status_code == 422
        assert client.post("/documents", content=b"{not json", headers={**write, "Content-Type": "application/json"}
                           ).status_code == 422
        assert table_counts(client)["documents"] == 0


def test_read_errors_and_auth(client: TestClient, reader: dict[str, str], writer: dict[str, str]) -> None:
    assert client.get("/documents").status_code == 401
    assert client.get("/documents", headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert client.get("/documents", headers=reader).status_code == 200
    assert client.get("/documents", headers=writer).status_code == 200
    for path in ("/documents/999", "/documents/999/tasks"):
        r = client.get(path, headers=reader)
        assert r.status_code == 404 and "999" in r.json()["detail"]
    assert client.delete("/documents/999", headers=writer).status_code == 404
    assert client.get("/documents/abc", headers=reader).status_code == 422
    assert client.get("/documents", params={"year": "soon"}, headers=reader).status_code == 422
    assert client.get("/directives/citing", headers=reader).status_code == 422
    assert client.get("/directives/citing", params={"ref": "99-XYZ/ABC"}, headers=reader).status_code == 200
    assert client.get("/directives/citing", params={"ref": "không có gì"}, headers=reader).status_code == 404
    assert client.get("/directives/tree", params={"ref": "không có gì"}, headers=reader).status_code == 404
    assert client.get("/search", headers=reader).status_code == 422
    for path in ("/directives", "/search?q=x", "/directives/citing?ref=x", "/directives/tree?ref=x"):
        assert client.get(path).status_code == 401, path


def test_public_read(database_url: str) -> None:
    with make_client(database_url, public_read=True) as client:
        assert client.get("/documents").status_code == 200
        assert client.get("/directives").status_code == 200
        assert client.get("/documents", headers={"Authorization": "Bearer wrong"}).status_code == 403
        assert client.post("/documents", json={"text": "KẾ HOẠCH"}).status_code == 401
        assert client.delete("/documents/1").status_code == 401


def test_delete(client: TestClient, cascade: dict[str, int], reader: dict[str, str],
                writer: dict[str, str]) -> None:
    doc = cascade["other"]
    assert client.delete(f"/documents/{doc}", headers=reader).status_code == 403
    assert client.delete(f"/documents/{doc}").status_code == 401
    assert client.delete(f"/documents/{doc}", headers=writer).status_code == 204
    assert client.get(f"/documents/{doc}", headers=reader).status_code == 404
    cited = client.get("/directives/citing", params={"ref": "27/CT-TTg"}, headers=reader).json()
    assert cited["count"] == 0
    assert client.get("/search", params={"q": "An Bình"}, headers=reader).json()["count"] == 0
    with client.app.state.sessionmaker() as session:  # type: ignore[attr-defined]
        assert session.scalar(select(func.count()).select_from(CitationRow)
                              .where(CitationRow.document_id == doc)) == 0
        assert_counts_consistent(session)


def assert_counts_consistent(session: Any) -> None:
    """directives.citing_documents (kept on insert/delete) equals a count over the citations."""
    real = dict(session.execute(select(CitationRow.directive_id, func.count(func.distinct(CitationRow.document_id)))
                                .group_by(CitationRow.directive_id)).all())
    kept = {d.id: d.citing_documents for d in session.scalars(select(DirectiveRow))}
    assert kept == {did: real.get(did, 0) for did in kept}


# ---------------------------------------------------------------- reads


def test_list_filters(client: TestClient, cascade: dict[str, int], reader: dict[str, str]) -> None:
    def ids(**params: Any) -> list[int]:
        r = client.get("/documents", params=params, headers=reader)
        assert r.status_code == 200
        body = r.json()
        assert body["count"] == len(body["data"])
        return sorted(d["id"] for d in body["data"])

    assert ids() == sorted(cascade.values())
    assert ids(issuer="tỉnh ủy") == [cascade["tinh"]]
    assert ids(year=2024) == [cascade["other"]]
    assert ids(doc_type="KH", year=2025) == sorted([cascade["tinh"], cascade["dang"], cascade["chibo"]])
    assert ids(cites="Nghị quyết 21-NQ/TƯ") == sorted([cascade["tinh"], cascade["dang"], cascade["other"]])
    assert ids(cites="21-NQ/TW", issuer="Đảng ủy") == [cascade["dang"]]
    assert ids(cites="99-XYZ/ABC") == []
    page = client.get("/documents", params={"limit": 2, "skip": 1}, headers=reader).json()
    assert page["count"] == 4 and len(page["data"]) == 2


@pytest.mark.parametrize("ref", ["01-KL/TW", "01/KL-TW", "KL 01", "Kết luận 01", "kết luận số 1-KL/TƯ",
                                 "01-KL/TƯ", " kl 1 "])
def test_citing_forgiving_refs(client: TestClient, cascade: dict[str, int], reader: dict[str, str],
                               ref: str) -> None:
    r = client.get("/directives/citing", params={"ref": ref}, headers=reader)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["directive"]["id"] == "01-KL/TW"
    assert body["count"] == 1
    hit = body["data"][0]
    assert hit == {**hit, "id": cascade["tinh"], "number": "45-KH/TU", "issuer": "Tỉnh ủy Bình Dương",
                   "issued_date": "2025-01-10", "relation": "based_on", "section": "I"}
    assert "01-KL/TW" in hit["snippet"]


def test_citing_lists_every_document_with_relation(client: TestClient, cascade: dict[str, int],
                                                   reader: dict[str, str]) -> None:
    body = client.get("/directives/citing", params={"ref": "Nghị quyết 21-NQ/TƯ"}, headers=reader).json()
    assert body["directive"]["id"] == "21-NQ/TW" and body["count"] == 3
    relations = {d["id"]: d["relation"] for d in body["data"]}
    assert relations == {cascade["tinh"]: "implements", cascade["dang"]: "mentions", cascade["other"]: "mentions"}
    assert {d["id"] for d in body["data"] if d["parent"]} == {cascade["tinh"]}


def test_ambiguous_ref_returns_candidates(client: TestClient, cascade: dict[str, int],
                                          reader: dict[str, str]) -> None:
    seed(client, plan("2-KH/ĐU", "Đảng ủy phường", "2025-04-01", [("01-KL/TU", "implements")]))
    body = client.get("/directives/citing", params={"ref": "KL 01"}, headers=reader).json()
    assert body["directive"] is None and body["data"] == []
    assert sorted(c["id"] for c in body["candidates"]) == ["01-KL/TU", "01-KL/TW"]
    assert client.get("/directives/citing", params={"ref": "01-KL/TW"}, headers=reader).json()["count"] == 1
    tree = client.get("/directives/tree", params={"ref": "Kết luận 01"}, headers=reader).json()
    assert len(tree["candidates"]) == 2


def test_fuzzy_ref(client: TestClient, cascade: dict[str, int], reader: dict[str, str]) -> None:
    body = client.get("/directives/citing", params={"ref": "27/CT-TTg."}, headers=reader).json()
    assert body["directive"]["id"] == "27/CT-TTg"
    body = client.get("/directives/citing", params={"ref": "CT-TTg 27"}, headers=reader).json()
    assert body["directive"]["id"] == "27/CT-TTg"


def test_directives_with_counts(client: TestClient, cascade: dict[str, int], reader: dict[str, str]) -> None:
    body = client.get("/directives", headers=reader).json()
    counts = {d["id"]: d["citing_documents"] for d in body["data"]}
    assert counts["21-NQ/TW"] == 3 and counts["01-KL/TW"] == 1 and counts["45-KH/TU"] == 1
    assert counts["03-KH/CB"] == 0  # a stored plan's own number is a known directive
    assert body["count"] == len(body["data"])
    assert body["data"][0]["id"] == "21-NQ/TW"
    only = client.get("/directives", params={"q": "kl/"}, headers=reader).json()
    assert [d["id"] for d in only["data"]] == ["01-KL/TW"]


def test_tree_cascade(client: TestClient, cascade: dict[str, int], reader: dict[str, str]) -> None:
    body = client.get("/directives/tree", params={"ref": "Nghị quyết 21-NQ/TƯ"}, headers=reader).json()
    assert body["directive"]["id"] == "21-NQ/TW"
    assert body["count"] == 3

    def shape(nodes: list[dict[str, Any]]) -> list[Any]:
        return [(n["document"]["number"], n["relation"], shape(n["children"])) for n in nodes]

    assert shape(body["data"]) == [("45-KH/TU", "implements", [("12-KH/ĐU", "implements",
                                                                 [("03-KH/CB", "based_on", [])])])]
    sub = client.get("/directives/tree", params={"ref": "KH 45"}, headers=reader).json()
    assert shape(sub["data"]) == [("12-KH/ĐU", "implements", [("03-KH/CB", "based_on", [])])]


def test_tree_survives_a_cycle(client: TestClient, reader: dict[str, str]) -> None:
    seed(client, plan("1-KH/A", "A", "2025-01-01", [("2-KH/B", "implements")]))
    seed(client, plan("2-KH/B", "B", "2025-01-02", [("1-KH/A", "implements")]))
    body = client.get("/directives/tree", params={"ref": "1-KH/A"}, headers=reader).json()
    assert body["count"] == 2


def test_search(client: TestClient, cascade: dict[str, int], reader: dict[str, str]) -> None:
    body = client.get("/search", params={"q": "An Bình"}, headers=reader).json()
    assert body["count"] == 1 and body["data"][0]["document"]["id"] == cascade["other"]
    assert "[" in body["data"][0]["snippet"]
    assert client.get("/search", params={"q": "tuyên truyền"}, headers=reader).json()["count"] == 4
    assert client.get("/search", params={"q": "zzzkhongco"}, headers=reader).json() == {"data": [], "count": 0}
    assert client.get("/search", params={"q": "\"*(:"}, headers=reader).status_code == 200


def test_tasks_json(client: TestClient, cascade: dict[str, int], reader: dict[str, str]) -> None:
    body = client.get(f"/documents/{cascade['tinh']}/tasks", headers=reader).json()
    assert body["count"] == 1 and body["document_id"] == cascade["tinh"]
    assert body["data"][0]["lead"] == ["Ban Tuyên giáo"] and body["data"][0]["due"]["to"] == "2026-06-30"
    assert client.get(f"/documents/{cascade['tinh']}/tasks", params={"format": "pdf"},
                      headers=reader).status_code == 422


def test_tasks_exports(client: TestClient, cascade: dict[str, int], reader: dict[str, str]) -> None:
    url = f"/documents/{cascade['tinh']}/tasks"
    r = client.get(url, params={"format": "csv"}, headers=reader)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    assert "Ban Tuyên giáo" in r.text and len(list(csv.reader(io.StringIO(r.text)))) >= 2
    r = client.get(url, params={"format": "xlsx"}, headers=reader)
    assert r.status_code == 200 and r.content[:2] == b"PK"
    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(r.content)).active
    assert any("Ban Tuyên giáo" in str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    r = client.get(url, params={"format": "ics"}, headers=reader)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
    assert b"BEGIN:VCALENDAR" in r.content


def test_cookie_token_reads_only(client: TestClient, reader: dict[str, str]) -> None:
    token = reader["Authorization"].split()[1]
    client.cookies.set("kehoach_token", token)
    assert client.get("/documents").status_code == 200
    assert client.post("/documents", json={"text": "KẾ HOẠCH"}).status_code == 401


def test_healthz_openapi_docs(client: TestClient) -> None:
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["documents"] == 0
    assert health["database"] in ("sqlite", "postgresql")
    spec = client.get("/openapi.json").json()
    for path in ("/documents", "/documents/{document_id}", "/documents/{document_id}/tasks",
                 "/directives", "/directives/citing", "/directives/tree", "/search", "/healthz"):
        assert path in spec["paths"], path
    assert "DocumentPublic" in spec["components"]["schemas"]
    content = spec["paths"]["/documents"]["post"]["requestBody"]["content"]
    assert {"multipart/form-data", "application/json"} <= set(content)
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/swagger/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    assert client.get("/static/swagger/swagger-ui.css").status_code == 200
    assert client.get("/docs/openapi.json").json()["openapi"].startswith("3.0")


def test_web_pages_render(client: TestClient, cascade: dict[str, int]) -> None:
    assert client.get("/").status_code == 401  # asks for the token, in Vietnamese
    assert "mã truy cập" in client.get("/").text
    client.cookies.set("kehoach_token", new_token(client, "read"))
    index = client.get("/").text
    assert "Tải lên kế hoạch" in index and "45-KH/TU" in index and "10/01/2025" in index
    page = client.get(f"/ke-hoach/{cascade['tinh']}").text
    for words in ("Nhiệm vụ", "Đơn vị chủ trì", "Hạn hoàn thành", "30/06/2026", "Ban Tuyên giáo",
                  'class="cite"', 'class="date"', 'class="unit"', "Hạn: 30/06/2026", 'id="sec-II.1"'):
        assert words in page, words
    directive = client.get("/chi-dao", params={"ref": "Nghị quyết 21"}).text
    assert "45-KH/TU" in directive and "03-KH/CB" in directive and "thực hiện" in directive
    assert "Tìm kiếm" in client.get("/tim-kiem", params={"q": "An Bình"}).text
    assert client.get("/ke-hoach/999").status_code == 404


def test_migrations_are_idempotent(database_url: str) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    migrate(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
    engine.dispose()


def test_citing_is_an_index_lookup(client: TestClient) -> None:
    engine = client.app.state.engine  # type: ignore[attr-defined]
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            plan_rows = conn.execute(text("EXPLAIN QUERY PLAN SELECT document_id FROM citations "
                                          "WHERE directive_id = '01-KL/TW'")).all()
            assert any("ix_citations_directive_document" in str(r) for r in plan_rows), plan_rows
        else:
            conn.execute(text("SET enable_seqscan = off"))
            plan_rows = conn.execute(text("EXPLAIN SELECT document_id FROM citations "
                                          "WHERE directive_id = '01-KL/TW'")).all()
            assert any("ix_citations_directive_document" in str(r) for r in plan_rows), plan_rows
