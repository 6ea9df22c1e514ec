"""Bytes in, stored record out: hash, de-duplicate, extract, store — one transaction."""

from __future__ import annotations

import hashlib

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from extractor.ingest import Limits, TooLarge
from extractor.pipeline import extract_bytes

from . import crud
from .tables import DocumentRow


def ingest_bytes(session: Session, *, data: bytes, name: str, max_bytes: int) -> tuple[DocumentRow, bool]:
    """(row, created). The same bytes again return the stored row; a failure stores nothing."""
    sha = hashlib.sha256(data).hexdigest()
    existing = crud.document_by_sha(session, sha256=sha)
    if existing is not None:
        return existing, False
    if len(data) > max_bytes:
        raise TooLarge(f"{name}: {len(data):,} bytes is over the limit of {max_bytes:,} bytes")
    record = extract_bytes(data, name, include_text=True, limits=Limits(max_bytes=max_bytes))
    try:
        row = crud.create_document(session, record=record, sha256=sha)
        session.commit()
    except IntegrityError:
        session.rollback()
        existing = crud.document_by_sha(session, sha256=sha)
        if existing is None:
            raise
        return existing, False
    except BaseException:
        session.rollback()
        raise
    return row, True
