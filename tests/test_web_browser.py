"""The web page end to end in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright):
a token handed over in the address, upload a plan, see its tasks, search a directive, download XLSX."""

from __future__ import annotations

import io
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_service import CORPUS, plan  # tests/ is on sys.path (pytest rootdir import mode)

from service import crud
from service.app import create_app
from service.settings import Settings

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]

pytestmark = pytest.mark.browser


def _need(condition: bool, reason: str) -> None:
    if not condition:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {reason} (.ci/run installs chromium; playwright is in the dev extra)")
        pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """uvicorn on 127.0.0.1 with a temp SQLite database, in a thread; a few plans stored beforehand."""
    import uvicorn

    db = f"sqlite:///{tmp_path / 'web.sqlite3'}"
    app = create_app(Settings(database_url=db))
    ids: dict[str, int] = {}
    with app.state.sessionmaker() as session:
        token = crud.create_token(session, scope="write")
        for key, record in {
            "tinh": plan("45-KH/TU", "Tỉnh ủy Bình Dương", "2025-01-10", [("21-NQ/TW", "implements")]),
            "dang": plan("12-KH/ĐU", "Đảng ủy Khối cơ quan", "2025-02-15", [("45-KH/TU", "implements")]),
        }.items():
            ids[key] = crud.create_document(session, record=record, sha256=record.source.sha256).id
        session.commit()
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield {"url": f"http://127.0.0.1:{port}", "token": token, "ids": ids, "db": db}
    srv.should_exit = True
    thread.join(10)


@pytest.fixture
def page() -> Iterator[Any]:
    _need(shutil.which(CHROMIUM) is not None or Path(CHROMIUM).exists(), f"{CHROMIUM} is not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover
        _need(False, "the playwright package is not installed")
        raise
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        context = browser.new_context(accept_downloads=True, locale="vi-VN")
        pg = context.new_page()
        pg.set_default_timeout(30_000)
        yield pg
        context.close()
        browser.close()


def test_upload_tasks_directive_xlsx(server: dict[str, Any], page: Any) -> None:
    base = server["url"]
    # 1. Without a token the page asks for one; the address hands it over and the list appears.
    page.goto(f"{base}/?token={server['token']}")
    page.wait_for_selector("#upload-form")
    assert "token=" not in page.url
    assert page.locator("h1").first.inner_text() == "Tải lên kế hoạch"
    assert "45-KH/TU" in page.locator("#documents").inner_text()

    # 2. Upload a plan from the corpus: the browser goes to its page.
    page.set_input_files("#upload-file", str(CORPUS / "dev-01.txt"))
    with page.expect_navigation(url="**/ke-hoach/*"):
        page.click("#upload-form button[type=submit]")
    assert "Nhiệm vụ" in page.inner_text("body")
    assert page.locator("#plan-text").inner_text().strip()

    # 3. A plan's tasks, with its lead unit and deadline (dd/mm/yyyy), and highlighted mentions.
    page.goto(f"{base}/ke-hoach/{server['ids']['tinh']}")
    tasks = page.locator("#tasks").inner_text()
    assert "Ban Tuyên giáo" in tasks and "30/06/2026" in tasks
    assert page.locator("#tasks th", has_text="Đơn vị chủ trì").count() == 1
    assert page.locator("#plan-text mark.date").first.get_attribute("title") == "Hạn: 30/06/2026"
    assert "21-NQ/TW" in (page.locator("#plan-text mark.cite").first.get_attribute("title") or "")

    # 4. Search a directive the forgiving way: citing units and the cascade.
    page.fill("header input[name=ref]", "Nghị quyết 21-NQ/TƯ")
    with page.expect_navigation(url="**/chi-dao*"):
        page.press("header input[name=ref]", "Enter")
    assert "Tỉnh ủy Bình Dương" in page.locator("#citing").inner_text()
    cascade = page.locator("#cascade").inner_text()
    assert "45-KH/TU" in cascade and "12-KH/ĐU" in cascade

    # 5. Download the task list as XLSX (the link carries the token's cookie).
    page.goto(f"{base}/ke-hoach/{server['ids']['tinh']}")
    with page.expect_download() as info:
        page.click("#export-xlsx")
    download = info.value
    assert download.suggested_filename.endswith(".xlsx")
    data = Path(download.path()).read_bytes()
    assert data[:2] == b"PK", data[:200]
    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert any("Ban Tuyên giáo" in str(c.value) for row in sheet.iter_rows() for c in row if c.value)


def test_wrong_token_is_explained(server: dict[str, Any], page: Any) -> None:
    page.goto(f"{server['url']}/?token=kh_w_wrong")
    page.wait_for_selector("#token-form")
    assert "Cần mã truy cập" in page.inner_text("body")


def test_read_token_cannot_upload(server: dict[str, Any], page: Any) -> None:
    with create_app(Settings(database_url=server["db"])).state.sessionmaker() as session:
        token = crud.create_token(session, scope="read")
        session.commit()
    page.goto(f"{server['url']}/?token={token}")
    page.wait_for_selector("#upload-form")
    page.set_input_files("#upload-file", str(CORPUS / "dev-02.txt"))
    page.click("#upload-form button[type=submit]")
    page.wait_for_function("document.getElementById('upload-status').textContent.includes('quyền ghi')")
    assert "/ke-hoach/" not in page.url


def test_api_docs_render_offline(server: dict[str, Any], page: Any) -> None:
    outside: list[str] = []
    page.on("request", lambda req: None if req.url.startswith(server["url"]) else outside.append(req.url))
    page.goto(f"{server['url']}/docs")
    page.wait_for_selector(".swagger-ui .info .title")
    assert "kehoach" in page.inner_text(".swagger-ui .info .title")
    page.wait_for_selector(".opblock-summary-path[data-path='/directives/citing']")
    assert outside == []
