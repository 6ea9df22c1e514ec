"""/directives: known directives, who cites one (forgiving ref), the implementation cascade."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status
from sqlalchemy.orm import Session

from .. import crud
from ..auth import ReadAccess
from ..db import SessionDep
from ..schemas import CitingList, DirectivePublic, DirectiveTree, ListOf
from .views import citing_document, count_nodes, directive_public, tree_nodes

router = APIRouter(prefix="/directives", tags=["directives"])

RefQuery = Annotated[str, Query(min_length=1, max_length=200,
                                description="'01-KL/TW', '01/KL-TW', 'KL 01', 'Kết luận 01', 'Nghị quyết 21-NQ/TƯ' …")]


def resolve(session: Session, ref: str) -> tuple[str | None, list[DirectivePublic]]:
    """(directive id, candidates); 404 when the ref names nothing at all."""
    res = crud.resolve_ref(session, ref=ref)
    if res.id is None and not res.ids:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"No known directive matches {ref!r}")
    if res.id is None:
        rows = [crud.get_directive(session, directive_id=i) for i in res.ids]
        return None, [directive_public(r) for r in rows if r is not None]
    return res.id, []


def _directive(session: Session, directive_id: str, citing: int) -> DirectivePublic:
    row = crud.get_directive(session, directive_id=directive_id)
    return directive_public(row, citing) if row else DirectivePublic(id=directive_id, citing_documents=citing)


@router.get("", response_model=ListOf[DirectivePublic])
def list_directives(
    session: SessionDep, _: ReadAccess,
    q: Annotated[str | None, Query(description="Part of the canonical id")] = None,
    skip: Annotated[int, Query(ge=0)] = 0, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> ListOf[DirectivePublic]:
    rows, count = crud.list_directives(session, q=q, skip=skip, limit=limit)
    return ListOf[DirectivePublic](data=[directive_public(r, n) for r, n in rows], count=count)


@router.get("/citing", response_model=CitingList)
def citing(
    ref: RefQuery, session: SessionDep, _: ReadAccess,
    skip: Annotated[int, Query(ge=0)] = 0, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> CitingList:
    """Every stored document citing the directive `ref` names; an ambiguous ref returns `candidates`."""
    directive_id, candidates = resolve(session, ref)
    if directive_id is None:
        return CitingList(ref=ref, candidates=candidates, data=[], count=0)
    rows, count = crud.citing(session, directive_id=directive_id, skip=skip, limit=limit)
    return CitingList(ref=ref, directive=_directive(session, directive_id, count),
                      data=[citing_document(c) for c in rows], count=count)


@router.get("/tree", response_model=DirectiveTree)
def directive_tree(
    ref: RefQuery, session: SessionDep, _: ReadAccess,
    limit: Annotated[int, Query(ge=1, le=20_000, description="At most this many plans in the tree")] = 2000,
) -> DirectiveTree:
    """Plans implementing the directive, plans implementing those (by their own number), nested."""
    directive_id, candidates = resolve(session, ref)
    if directive_id is None:
        return DirectiveTree(ref=ref, candidates=candidates, data=[], count=0)
    nodes = tree_nodes(crud.tree(session, directive_id=directive_id, max_nodes=limit))
    _first, direct = crud.citing(session, directive_id=directive_id, limit=1)  # `_` is the access check
    return DirectiveTree(ref=ref, directive=_directive(session, directive_id, direct), data=nodes,
                         count=count_nodes(nodes))
