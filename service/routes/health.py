"""/healthz: the service and its database answer."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import func, select

from ..db import SessionDep
from ..schemas import Health
from ..tables import DocumentRow

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health)
def healthz(session: SessionDep) -> Health:
    n = session.scalar(select(func.count()).select_from(DocumentRow)) or 0
    return Health(status="ok", database=session.get_bind().dialect.name, documents=n)
