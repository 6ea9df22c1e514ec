"""/documents: upload (multipart `file` or JSON `text`), list, read, delete, task exports."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request, Response, status
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.datastructures import UploadFile

from extractor import export
from extractor.ingest import IngestError, TooLarge

from .. import crud
from ..auth import ReadAccess, SettingsDep, WriteAccess
from ..db import SessionDep
from ..schemas import DocumentPublic, DocumentSummary, ListOf, TaskList, TextIn
from ..store import ingest_bytes
from ..tables import DocumentRow
from .views import document_public, summary

router = APIRouter(prefix="/documents", tags=["documents"])

UPLOAD_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {"type": "object", "required": ["file"],
                           "properties": {"file": {"type": "string", "format": "binary",
                                                   "description": "A .pdf, .docx or .txt plan"}}}},
            "application/json": {"schema": TextIn.model_json_schema()},
        },
    }
}


class ExportFormat(str, Enum):
    json = "json"
    csv = "csv"
    xlsx = "xlsx"
    ics = "ics"


async def _read_upload(request: Request, max_bytes: int) -> tuple[bytes, str]:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > max_bytes + 64 * 1024:
        raise TooLarge(f"upload of {int(length):,} bytes is over the limit of {max_bytes:,} bytes")
    if ctype == "multipart/form-data":
        form = await request.form(max_part_size=max_bytes + 1)
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise RequestValidationError([{"type": "missing", "loc": ("body", "file"),
                                           "msg": "Field required: multipart field 'file'", "input": None}])
        data = await upload.read(max_bytes + 1)
        return data, Path(upload.filename or "upload").name
    if ctype == "application/json":
        try:
            body = TextIn.model_validate_json(await request.body())
        except ValidationError as e:
            raise RequestValidationError(e.errors(include_url=False)) from None
        name = Path(body.name).name
        if Path(name).suffix.lower() not in (".txt", ".md"):
            name += ".txt"
        return body.text.encode("utf-8"), name
    raise HTTPException(status.HTTP_415_UNSUPPORTED_MEDIA_TYPE,
                        "Send multipart/form-data with a 'file' field, or JSON with 'text'")


@router.post("", response_model=DocumentPublic, status_code=201, openapi_extra=UPLOAD_BODY,
             responses={200: {"description": "These bytes were stored before: the stored record",
                               "model": DocumentPublic}})
async def upload_document(
    request: Request, response: Response, session: SessionDep, settings: SettingsDep, _: WriteAccess,
) -> DocumentPublic:
    """Extract a plan and store it; the same bytes again return the stored record (200)."""
    data, name = await _read_upload(request, settings.max_bytes)
    if not data:
        raise IngestError(f"{name}: the file is empty")
    row, created = await run_in_threadpool(ingest_bytes, session, data=data, name=name,
                                           max_bytes=settings.max_bytes)
    if not created:
        response.status_code = status.HTTP_200_OK
    return document_public(row)


@router.get("", response_model=ListOf[DocumentSummary])
def list_documents(
    session: SessionDep, _: ReadAccess,
    issuer: Annotated[str | None, Query(description="Part of the issuer's name, any case")] = None,
    doc_type: Annotated[str | None, Query(description="kế hoạch → 'KH' style code as extracted")] = None,
    year: Annotated[int | None, Query(ge=1900, le=2100)] = None,
    cites: Annotated[str | None, Query(description="A directive ref, forgiving: 'KL 01', '01-KL/TW' …")] = None,
    skip: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> ListOf[DocumentSummary]:
    cited_ids = None
    if cites is not None:
        res = crud.resolve_ref(session, ref=cites)
        cited_ids = res.ids or ([res.canonical] if res.canonical else [])
    rows, count = crud.list_documents(session, issuer=issuer, doc_type=doc_type, year=year, cites=cited_ids,
                                      skip=skip, limit=limit)
    return ListOf[DocumentSummary](data=[summary(r) for r in rows], count=count)


def get_or_404(session: SessionDep, document_id: int) -> DocumentRow:
    row = crud.get_document(session, document_id=document_id)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"No document with id {document_id}")
    return row


@router.get("/{document_id}", response_model=DocumentPublic)
def read_document(document_id: int, session: SessionDep, _: ReadAccess) -> DocumentPublic:
    return document_public(get_or_404(session, document_id))


@router.delete("/{document_id}", status_code=204)
def delete_document(document_id: int, session: SessionDep, _: WriteAccess) -> Response:
    row = get_or_404(session, document_id)
    crud.delete_document(session, document=row)
    session.commit()
    return Response(status_code=204)


def _filename(row: DocumentRow, ext: str) -> str:
    base = (row.number or Path(row.name).stem or f"document-{row.id}").replace("/", "_")
    safe = "".join(c if c.isascii() and (c.isalnum() or c in "-_.") else "_" for c in base)
    return f"tasks-{safe}.{ext}"


@router.get("/{document_id}/tasks", response_model=TaskList,
            responses={200: {"content": {"text/csv": {}, "text/calendar": {},
                                         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {}}}})
def document_tasks(
    document_id: int, session: SessionDep, _: ReadAccess, format: ExportFormat = ExportFormat.json,
) -> Any:
    """The plan's task list: JSON ({data, count}), CSV, XLSX or ICS (deadlines as events)."""
    row = get_or_404(session, document_id)
    record = document_public(row)
    if format is ExportFormat.json:
        return TaskList(data=record.tasks, count=len(record.tasks), document_id=row.id)

    disposition = {"Content-Disposition": f'attachment; filename="{_filename(row, format.value)}"'}
    if format is ExportFormat.csv:
        return Response(export.tasks_to_csv(record.tasks), media_type="text/csv; charset=utf-8", headers=disposition)
    if format is ExportFormat.xlsx:
        return Response(export.tasks_to_xlsx(record.tasks), headers=disposition,
                        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    name = " ".join(x for x in (record.document.number, record.document.title) if x) or row.name
    return Response(export.tasks_to_ics(record.tasks, name), media_type="text/calendar; charset=utf-8",
                    headers=disposition)
