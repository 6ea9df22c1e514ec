"""Initial schema: documents, directives, citations, units, tasks, tokens, full-text index.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("format", sa.String(10), nullable=False),
        sa.Column("doc_type", sa.String(50)),
        sa.Column("number", sa.String(200)),
        sa.Column("issuer", sa.String(300)),
        sa.Column("issuer_key", sa.String(300)),
        sa.Column("issued_date", sa.String(20)),
        sa.Column("year", sa.Integer),
        sa.Column("title", sa.Text),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    for col in ("doc_type", "number", "issuer_key", "year"):
        op.create_index(f"ix_documents_{col}", "documents", [col])

    op.create_table(
        "directives",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("kind", sa.String(20)),
        sa.Column("number", sa.Integer),
        sa.Column("issuer", sa.String(100)),
        sa.Column("kind_name", sa.String(100)),
        sa.Column("issued_date", sa.String(20)),
        sa.Column("issuer_name", sa.String(300)),
        sa.Column("title", sa.Text),
        sa.Column("citing_documents", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_directives_kind_number", "directives", ["kind", "number"])
    op.create_index("ix_directives_citing_documents", "directives", ["citing_documents"])

    op.create_table(
        "citations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("directive_id", sa.String(200), nullable=False),
        sa.Column("relation", sa.String(20), nullable=False),
        sa.Column("is_parent", sa.Boolean, nullable=False),
        sa.Column("section", sa.String(100)),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        sa.Column("text", sa.Text),
        sa.Column("snippet", sa.Text),
    )
    op.create_index("ix_citations_directive_document", "citations", ["directive_id", "document_id"])
    op.create_index("ix_citations_document", "citations", ["document_id"])

    op.create_table(
        "units",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("canonical", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("section", sa.String(100)),
    )
    op.create_index("ix_units_document_id", "units", ["document_id"])
    op.create_index("ix_units_canonical", "units", ["canonical"])

    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("task_id", sa.String(100), nullable=False),
        sa.Column("section", sa.String(100), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("lead", sa.Text),
        sa.Column("due_from", sa.String(20)),
        sa.Column("due_to", sa.String(20)),
    )
    op.create_index("ix_tasks_document_id", "tasks", ["document_id"])

    op.create_table(
        "tokens",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("scope", sa.String(10), nullable=False),
        sa.Column("name", sa.String(200)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # diacritics folded so "ke hoach" finds "kế hoạch"; rowid = documents.id
        op.execute(
            "CREATE VIRTUAL TABLE documents_fts USING fts5("
            "title, text, tokenize = 'unicode61 remove_diacritics 2')"
        )
    elif dialect == "postgresql":
        op.execute(
            "CREATE INDEX ix_documents_fts ON documents "
            "USING GIN (to_tsvector('simple', coalesce(title, '') || ' ' || text))"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS documents_fts")
    for table in ("tokens", "tasks", "units", "citations", "directives", "documents"):
        op.drop_table(table)
