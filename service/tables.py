"""Database tables (SQLAlchemy 2). API schemas live apart, in schemas.py.

"Who cites X" is an index look-up: citations(directive_id, document_id).
Full-text search: an FTS5 table on SQLite, a GIN expression index on PostgreSQL (migrations).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(500))
    format: Mapped[str] = mapped_column(String(10))
    doc_type: Mapped[str | None] = mapped_column(String(50), index=True)
    number: Mapped[str | None] = mapped_column(String(200), index=True)
    issuer: Mapped[str | None] = mapped_column(String(300))
    issuer_key: Mapped[str | None] = mapped_column(String(300), index=True)  # casefolded: SQLite lower() is ASCII
    issued_date: Mapped[str | None] = mapped_column(String(20))
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    title: Mapped[str | None] = mapped_column(Text)
    record: Mapped[dict] = mapped_column(JSON, deferred=True)  # lists load only the summary columns
    text: Mapped[str] = mapped_column(Text, deferred=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    citations: Mapped[list[CitationRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )
    units: Mapped[list[UnitRow]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    tasks: Mapped[list[TaskRow]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class DirectiveRow(Base):
    """A directive known from at least one citation (or a stored document's own number)."""

    __tablename__ = "directives"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    kind: Mapped[str | None] = mapped_column(String(20))
    number: Mapped[int | None] = mapped_column(Integer)
    issuer: Mapped[str | None] = mapped_column(String(100))
    kind_name: Mapped[str | None] = mapped_column(String(100))
    issued_date: Mapped[str | None] = mapped_column(String(20))
    issuer_name: Mapped[str | None] = mapped_column(String(300))
    title: Mapped[str | None] = mapped_column(Text)
    citing_documents: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """How many stored documents cite it: kept by crud.create_document / delete_document in the same
    transaction, so counts and the directive list never scan the citations."""

    __table_args__ = (Index("ix_directives_kind_number", "kind", "number"),
                      Index("ix_directives_citing_documents", "citing_documents"))


class CitationRow(Base):
    __tablename__ = "citations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    directive_id: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(String(20))
    is_parent: Mapped[bool] = mapped_column(Boolean, default=False)
    section: Mapped[str | None] = mapped_column(String(100))
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)
    snippet: Mapped[str | None] = mapped_column(Text)

    document: Mapped[DocumentRow] = relationship(back_populates="citations")

    __table_args__ = (
        Index("ix_citations_directive_document", "directive_id", "document_id"),
        Index("ix_citations_document", "document_id"),
    )


class UnitRow(Base):
    __tablename__ = "units"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    canonical: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    role: Mapped[str] = mapped_column(String(20))
    section: Mapped[str | None] = mapped_column(String(100))


class TaskRow(Base):
    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    task_id: Mapped[str] = mapped_column(String(100))
    section: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(Text)
    lead: Mapped[str | None] = mapped_column(Text)
    due_from: Mapped[str | None] = mapped_column(String(20))
    due_to: Mapped[str | None] = mapped_column(String(20))


class TokenRow(Base):
    __tablename__ = "tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    scope: Mapped[str] = mapped_column(String(10))
    name: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
