"""The web page (Vietnamese, server-rendered): upload, list, one plan, directive search, text search."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from .. import crud
from ..auth import BearerDep, SettingsDep, check_read
from ..db import SessionDep
from ..render import RELATIONS_VI, ROLES_VI, highlight, vi_date, vi_interval
from .views import citing_document, document_public, summary, tree_nodes

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).resolve().parent.parent / "templates"))
templates.env.filters["vi_date"] = vi_date
templates.env.globals.update(vi_interval=vi_interval, RELATIONS_VI=RELATIONS_VI, ROLES_VI=ROLES_VI)


def _page(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def _allowed(request: Request, session: SessionDep, settings: SettingsDep, credentials: BearerDep) -> bool:
    try:
        check_read(request, session, settings, credentials)
    except HTTPException:
        return False
    return True


def _need_token(request: Request) -> HTMLResponse:
    return _page(request, "token.html", {"title": "Cần mã truy cập"}, status_code=401)


@router.get("/", response_class=HTMLResponse)
def index(request: Request, session: SessionDep, settings: SettingsDep, credentials: BearerDep) -> HTMLResponse:
    if not _allowed(request, session, settings, credentials):
        return _need_token(request)
    rows, count = crud.list_documents(session, limit=200)
    return _page(request, "index.html", {"title": "Kế hoạch", "documents": [summary(r) for r in rows],
                                         "count": count})


@router.get("/ke-hoach/{document_id}", response_class=HTMLResponse)
def plan(document_id: int, request: Request, session: SessionDep, settings: SettingsDep,
         credentials: BearerDep) -> HTMLResponse:
    if not _allowed(request, session, settings, credentials):
        return _need_token(request)
    row = crud.get_document(session, document_id=document_id)
    if row is None:
        return _page(request, "message.html", {"title": "Không tìm thấy",
                                               "message": f"Không có kế hoạch mã số {document_id}."}, 404)
    record = document_public(row)
    return _page(request, "plan.html", {"title": record.document.title or row.name, "doc": record,
                                        "body": highlight(record.text or "", record)})


@router.get("/chi-dao", response_class=HTMLResponse)
def directive(request: Request, session: SessionDep, settings: SettingsDep, credentials: BearerDep,
              ref: Annotated[str, Query(max_length=200)] = "") -> HTMLResponse:
    if not _allowed(request, session, settings, credentials):
        return _need_token(request)
    ctx: dict[str, Any] = {"title": f"Văn bản {ref}", "ref": ref, "directive_id": None, "candidates": [],
                           "citing": [], "count": 0, "nodes": []}
    if ref.strip():
        res = crud.resolve_ref(session, ref=ref)
        if res.id:
            rows, count = crud.citing(session, directive_id=res.id, limit=500)
            ctx.update(directive_id=res.id, citing=[citing_document(c) for c in rows], count=count,
                       nodes=tree_nodes(crud.tree(session, directive_id=res.id)),
                       directive=crud.get_directive(session, directive_id=res.id))
        else:
            ctx["candidates"] = res.ids
    return _page(request, "directive.html", ctx)


@router.get("/tim-kiem", response_class=HTMLResponse)
def search_page(request: Request, session: SessionDep, settings: SettingsDep, credentials: BearerDep,
                q: Annotated[str, Query(max_length=500)] = "") -> HTMLResponse:
    if not _allowed(request, session, settings, credentials):
        return _need_token(request)
    hits, count = crud.search(session, q=q, limit=50) if q.strip() else ([], 0)
    return _page(request, "search.html", {"title": f"Tìm kiếm: {q}", "q": q, "count": count,
                                          "hits": [(summary(d), s) for d, s in hits]})
