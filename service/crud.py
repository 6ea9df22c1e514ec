"""Keyword-only data access: documents, directives, citations, search, tokens.

Callers own the transaction (commit/rollback); these functions only add, flush and query.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Select, delete, func, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from extractor.models import Record
from extractor.symbols import canonical_number

from .refs import directive_key, parse_ref
from .tables import CitationRow, DirectiveRow, DocumentRow, TaskRow, TokenRow, UnitRow

IMPLEMENTING = ("implements", "based_on")
RELATION_RANK = {"implements": 0, "based_on": 1, "guided_by": 2, "linked": 3, "mentions": 4, "self": 5}
SNIPPET_CHARS = 90


# ---------------------------------------------------------------- documents


def document_by_sha(session: Session, *, sha256: str) -> DocumentRow | None:
    return session.scalar(select(DocumentRow).where(DocumentRow.sha256 == sha256))


def get_document(session: Session, *, document_id: int) -> DocumentRow | None:
    return session.get(DocumentRow, document_id)


def make_snippet(doc_text: str, start: int | None, end: int | None) -> str | None:
    if start is None or end is None or not doc_text:
        return None
    a, b = max(0, start - SNIPPET_CHARS), min(len(doc_text), end + SNIPPET_CHARS)
    body = re.sub(r"\s+", " ", doc_text[a:b]).strip()
    return ("…" if a > 0 else "") + body + ("…" if b < len(doc_text) else "")


def _year(issued: str | None) -> int | None:
    m = re.match(r"((?:19|20)\d\d)", issued or "")
    return int(m.group(1)) if m else None


def own_number(record: Record) -> str | None:
    return canonical_number(record.document.number) or record.document.number


def directive_rows(record: Record) -> dict[str, dict[str, Any]]:
    """The directives a record knows: those it cites, and its own number."""
    rows: dict[str, dict[str, Any]] = {}

    def add(did: str, **info: Any) -> None:
        kind, number, issuer = directive_key(did)
        row = rows.setdefault(did, {"id": did, "kind": kind, "number": number, "issuer": issuer,
                                    "kind_name": None, "issued_date": None, "issuer_name": None, "title": None})
        for k, v in info.items():
            if v and not row.get(k):
                row[k] = v

    for d in record.directives:
        add(d.id, kind_name=d.kind_name, issued_date=d.issued_date, issuer_name=d.issuer, title=d.title)
    for c in record.citations:
        if c.id:
            add(c.id, kind_name=c.kind_name, issued_date=c.issued_date, issuer_name=c.issuer, title=c.title)
    number = own_number(record)
    if number:
        doc = record.document
        add(number, kind_name=doc.doc_type_name, issued_date=doc.issued_date, issuer_name=doc.issuer,
            title=doc.title)
    return rows


def upsert_directives(session: Session, *, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    rows = sorted(rows, key=lambda r: r["id"])  # one order for every writer: no deadlock between uploads
    stmt = insert(DirectiveRow).values(rows).on_conflict_do_nothing(index_elements=["id"])
    session.execute(stmt)


def citation_rows(record: Record, doc_text: str) -> list[CitationRow]:
    parents = {d.id for d in record.directives if d.parent}
    out: list[CitationRow] = []
    seen: set[str] = set()
    for c in record.citations:
        if not c.id or c.relation == "self":
            continue
        seen.add(c.id)
        out.append(CitationRow(
            directive_id=c.id, relation=c.relation, is_parent=c.id in parents, section=c.section,
            start=c.start, end=c.end, text=c.text, snippet=make_snippet(doc_text, c.start, c.end),
        ))
    for d in record.directives:  # directives known without a located mention
        if d.id not in seen and (d.parent or d.relations):
            rel = "implements" if d.parent else min(d.relations, key=lambda r: RELATION_RANK.get(r, 9))
            out.append(CitationRow(directive_id=d.id, relation=rel, is_parent=d.parent))
    return out


def create_document(session: Session, *, record: Record, sha256: str) -> DocumentRow:
    """Add a document and everything indexed from it (flushes; the caller commits)."""
    doc_text = record.text or ""
    meta = record.document
    row = DocumentRow(
        sha256=sha256, name=record.source.name, format=record.source.format, doc_type=meta.doc_type,
        number=own_number(record), issuer=meta.issuer,
        issuer_key=meta.issuer.casefold() if meta.issuer else None, issued_date=meta.issued_date,
        year=_year(meta.issued_date), title=meta.title,
        record=record.model_dump(mode="json", by_alias=True, exclude={"text"}), text=doc_text,
    )
    row.citations = citation_rows(record, doc_text)
    row.units = [UnitRow(name=u.name, canonical=u.canonical, kind=u.kind, role=u.role, section=u.section)
                 for u in record.units]
    row.tasks = [TaskRow(task_id=t.id, section=t.section, title=t.title, lead="; ".join(t.lead) or None,
                         due_from=t.due.from_ if t.due else None, due_to=t.due.to if t.due else None)
                 for t in record.tasks]
    upsert_directives(session, rows=list(directive_rows(record).values()))
    session.add(row)
    session.flush()
    _count_citing(session, directive_ids={c.directive_id for c in row.citations}, step=1)
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("INSERT INTO documents_fts(rowid, title, text) VALUES (:id, :title, :text)"),
                        {"id": row.id, "title": row.title or "", "text": doc_text})
    return row


def _count_citing(session: Session, *, directive_ids: set[str], step: int) -> None:
    if directive_ids:
        session.execute(update(DirectiveRow).where(DirectiveRow.id.in_(sorted(directive_ids)))
                        .values(citing_documents=DirectiveRow.citing_documents + step))


def delete_document(session: Session, *, document: DocumentRow) -> None:
    cited = set(session.scalars(select(CitationRow.directive_id).where(CitationRow.document_id == document.id)))
    _count_citing(session, directive_ids=cited, step=-1)
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("DELETE FROM documents_fts WHERE rowid = :id"), {"id": document.id})
    session.execute(delete(CitationRow).where(CitationRow.document_id == document.id))
    session.execute(delete(UnitRow).where(UnitRow.document_id == document.id))
    session.execute(delete(TaskRow).where(TaskRow.document_id == document.id))
    session.delete(document)
    session.flush()


def list_documents(
    session: Session, *, issuer: str | None = None, doc_type: str | None = None, year: int | None = None,
    cites: list[str] | None = None, skip: int = 0, limit: int = 100,
) -> tuple[list[DocumentRow], int]:
    stmt: Select[Any] = select(DocumentRow)
    if issuer:
        stmt = stmt.where(DocumentRow.issuer_key.contains(issuer.casefold(), autoescape=True))
    if doc_type:
        stmt = stmt.where(func.lower(DocumentRow.doc_type) == doc_type.lower())
    if year is not None:
        stmt = stmt.where(DocumentRow.year == year)
    if cites is not None:
        stmt = stmt.where(DocumentRow.id.in_(
            select(CitationRow.document_id).where(CitationRow.directive_id.in_(cites or [""]))))
    count = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = session.scalars(stmt.order_by(DocumentRow.id.desc()).offset(skip).limit(limit)).all()
    return list(rows), count


# ---------------------------------------------------------------- directives


@dataclass
class Resolution:
    """What a forgiving ref names: one directive id, several candidates, or nothing known."""

    ref: str
    ids: list[str] = field(default_factory=list)
    canonical: str | None = None

    @property
    def id(self) -> str | None:
        if len(self.ids) == 1:
            return self.ids[0]
        return self.canonical if not self.ids else None


def resolve_ref(session: Session, *, ref: str) -> Resolution:
    """canonical_number first, then kind + number (+ issuer), then rapidfuzz over known ids."""
    parts = parse_ref(ref)
    res = Resolution(ref=ref, canonical=parts.canonical)
    if parts.canonical and session.get(DirectiveRow, parts.canonical) is not None:
        res.ids = [parts.canonical]
        return res
    if parts.number is not None and parts.kinds:
        stmt = select(DirectiveRow.id).where(DirectiveRow.kind.in_(parts.kinds),
                                             DirectiveRow.number == parts.number)
        if parts.issuer:
            stmt = stmt.where(DirectiveRow.issuer == parts.issuer)
        res.ids = sorted(session.scalars(stmt.limit(50)).all())
        if res.ids or parts.canonical:
            return res
    if parts.canonical:
        return res
    known = session.scalars(select(DirectiveRow.id)).all()
    hits = process.extract(ref.strip(), known, scorer=fuzz.WRatio, limit=5, score_cutoff=85)
    if hits:
        best = hits[0][1]
        res.ids = [h[0] for h in hits if h[1] >= best - 3]
    return res


def get_directive(session: Session, *, directive_id: str) -> DirectiveRow | None:
    return session.get(DirectiveRow, directive_id)


def list_directives(session: Session, *, q: str | None = None, skip: int = 0,
                    limit: int = 100) -> tuple[list[tuple[DirectiveRow, int]], int]:
    """Known directives, most cited first, with how many stored documents cite each."""
    stmt = select(DirectiveRow)
    if q:
        stmt = stmt.where(func.lower(DirectiveRow.id).contains(q.lower(), autoescape=True))
    count = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = session.scalars(stmt.order_by(DirectiveRow.citing_documents.desc(), DirectiveRow.id)
                           .offset(skip).limit(limit)).all()
    return [(r, r.citing_documents) for r in rows], count


@dataclass
class Citing:
    """One document citing a directive (summary columns only: no record JSON, no text)."""

    id: int
    name: str
    number: str | None
    issuer: str | None
    issued_date: str | None
    title: str | None
    relation: str
    section: str | None
    snippet: str | None
    mentions: int
    parent: bool


def citing(session: Session, *, directive_id: str, skip: int = 0, limit: int = 100) -> tuple[list[Citing], int]:
    """Documents citing a directive, one entry per document (its strongest relation, first mention).

    One query: the page of document ids from the index on citations(directive_id, document_id),
    joined to their mentions and summary columns; the count is kept on the directive's row."""
    where = CitationRow.directive_id == directive_id
    known = session.get(DirectiveRow, directive_id)
    count = known.citing_documents if known else 0
    if not count:
        return [], 0
    d, c = DocumentRow, CitationRow
    page = (select(c.document_id).where(where).group_by(c.document_id)
            .order_by(c.document_id.desc()).offset(skip).limit(limit))
    rows = session.execute(
        select(c.document_id, c.id, c.relation, c.is_parent, c.section, c.start, c.snippet,
               d.name, d.number, d.issuer, d.issued_date, d.title)
        .join(d, d.id == c.document_id).where(where, c.document_id.in_(page.scalar_subquery()))).all()
    by_doc: dict[int, list[Any]] = {}
    for r in rows:
        by_doc.setdefault(r.document_id, []).append(r)
    out = []
    for did in sorted(by_doc, reverse=True):
        group = by_doc[did]
        best = min(group, key=lambda r: (RELATION_RANK.get(r.relation, 9), r.start is None, r.id))
        out.append(Citing(id=did, name=best.name, number=best.number, issuer=best.issuer,
                          issued_date=best.issued_date, title=best.title, relation=best.relation,
                          section=best.section, snippet=best.snippet,
                          mentions=sum(r.start is not None for r in group), parent=any(r.is_parent for r in group)))
    return out, count


SUMMARY_COLUMNS = (DocumentRow.id, DocumentRow.name, DocumentRow.sha256, DocumentRow.doc_type, DocumentRow.number,
                   DocumentRow.issuer, DocumentRow.issued_date, DocumentRow.title)


def implementing(session: Session, *, directive_ids: list[str]) -> dict[str, list[tuple[Any, str]]]:
    """Stored plans implementing each directive (implements / based_on, or the directive is their parent):
    directive id -> [(document summary row, relation)], in one query per 500 ids."""
    c = CitationRow
    best: dict[str, dict[int, tuple[Any, str]]] = {}
    for start in range(0, len(directive_ids), 500):
        chunk = directive_ids[start:start + 500]
        stmt = (select(c.directive_id, c.relation, c.is_parent, *SUMMARY_COLUMNS)
                .join(DocumentRow, DocumentRow.id == c.document_id)
                .where(c.directive_id.in_(chunk), (c.relation.in_(IMPLEMENTING)) | c.is_parent))
        for r in session.execute(stmt):
            rel = r.relation if r.relation in IMPLEMENTING else "implements"
            docs = best.setdefault(r.directive_id, {})
            if r.id not in docs or RELATION_RANK[rel] < RELATION_RANK[docs[r.id][1]]:
                docs[r.id] = (r, rel)
    return {did: sorted(docs.values(), key=lambda x: (x[0].issued_date or "", x[0].id))
            for did, docs in best.items()}


def tree(session: Session, *, directive_id: str, max_depth: int = 8,
         max_nodes: int = 5000) -> list[dict[str, Any]]:
    """The implementation cascade below a directive, level by level (a stored plan's own number is the
    directive its implementers cite): nested {document, relation, children}; each plan appears once."""
    seen: set[int] = set()
    roots: list[dict[str, Any]] = []
    frontier: dict[str, list[list[dict[str, Any]]]] = {directive_id: [roots]}
    for _ in range(max_depth):
        if not frontier or len(seen) >= max_nodes:
            break
        found = implementing(session, directive_ids=list(frontier))
        nxt: dict[str, list[list[dict[str, Any]]]] = {}
        for did, targets in frontier.items():
            for row, relation in found.get(did, []):
                if row.id in seen or len(seen) >= max_nodes:
                    continue
                seen.add(row.id)
                node: dict[str, Any] = {"document": row, "relation": relation, "children": []}
                for target in targets:
                    target.append(node)
                if row.number and row.number != did:
                    nxt.setdefault(row.number, []).append(node["children"])
        frontier = nxt
    return roots


# ---------------------------------------------------------------- search


def _fts5_query(q: str) -> str:
    words = re.findall(r"\w+", q)
    return " ".join(f'"{w}"' for w in words)


def search(session: Session, *, q: str, skip: int = 0, limit: int = 20) -> tuple[list[tuple[DocumentRow, str]], int]:
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        match = _fts5_query(q)
        if not match:
            return [], 0
        count = session.scalar(text("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH :q"),
                               {"q": match}) or 0
        hits = session.execute(text(
            "SELECT rowid, snippet(documents_fts, 1, '[', ']', '…', 16) FROM documents_fts "
            "WHERE documents_fts MATCH :q ORDER BY rank LIMIT :limit OFFSET :skip"),
            {"q": match, "limit": limit, "skip": skip}).all()
    else:
        vector = "to_tsvector('simple', coalesce(title, '') || ' ' || text)"
        query = "plainto_tsquery('simple', :q)"
        count = session.scalar(text(f"SELECT count(*) FROM documents WHERE {vector} @@ {query}"), {"q": q}) or 0
        hits = session.execute(text(
            f"SELECT id, ts_headline('simple', text, {query}, "
            "'StartSel=[, StopSel=], MaxWords=30, MinWords=10, MaxFragments=1') "
            f"FROM documents WHERE {vector} @@ {query} ORDER BY ts_rank({vector}, {query}) DESC, id "
            "LIMIT :limit OFFSET :skip"), {"q": q, "limit": limit, "skip": skip}).all()
    docs = {d.id: d for d in session.scalars(select(DocumentRow).where(DocumentRow.id.in_([h[0] for h in hits])))}
    return [(docs[h[0]], re.sub(r"\s+", " ", h[1] or "")) for h in hits if h[0] in docs], count


# ---------------------------------------------------------------- tokens


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(session: Session, *, scope: str, name: str | None = None) -> str:
    """A new random token; only its hash is stored. Returns the token (shown once)."""
    if scope not in ("read", "write"):
        raise ValueError(f"unknown scope {scope!r}; expected read or write")
    token = f"kh_{scope[0]}_{secrets.token_urlsafe(32)}"
    session.add(TokenRow(token_hash=hash_token(token), scope=scope, name=name))
    session.flush()
    return token


def token_scope(session: Session, *, token: str) -> str | None:
    return session.scalar(select(TokenRow.scope).where(TokenRow.token_hash == hash_token(token)))
