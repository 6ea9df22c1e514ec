"""/search: full-text search (FTS5 on SQLite, PostgreSQL full-text on PostgreSQL)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from .. import crud
from ..auth import ReadAccess
from ..db import SessionDep
from ..schemas import ListOf, SearchHit
from .views import summary

router = APIRouter(tags=["search"])


@router.get("/search", response_model=ListOf[SearchHit])
def search(
    q: Annotated[str, Query(min_length=1, max_length=500, description="Words to find (all of them)")],
    session: SessionDep, _: ReadAccess,
    skip: Annotated[int, Query(ge=0)] = 0, limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> ListOf[SearchHit]:
    hits, count = crud.search(session, q=q, skip=skip, limit=limit)
    return ListOf[SearchHit](data=[SearchHit(document=summary(d), snippet=s) for d, s in hits], count=count)
