"""Row -> schema conversions shared by the routers and the web pages."""

from __future__ import annotations

from typing import Any

from ..crud import Citing
from ..schemas import CitingDocument, DirectivePublic, DocumentPublic, DocumentSummary, TreeNode
from ..tables import DirectiveRow, DocumentRow


def document_public(row: DocumentRow) -> DocumentPublic:
    return DocumentPublic.model_validate({**row.record, "text": row.text, "id": row.id})


def summary(row: Any) -> DocumentSummary:
    """A DocumentRow, or a row of crud.SUMMARY_COLUMNS."""
    return DocumentSummary(id=row.id, name=row.name, sha256=row.sha256, doc_type=row.doc_type, number=row.number,
                           issuer=row.issuer, issued_date=row.issued_date, title=row.title)


def directive_public(row: DirectiveRow, citing_documents: int = 0) -> DirectivePublic:
    return DirectivePublic(id=row.id, kind=row.kind, kind_name=row.kind_name, number=row.number, issuer=row.issuer,
                           issuer_name=row.issuer_name, issued_date=row.issued_date, title=row.title,
                           citing_documents=citing_documents)


def citing_document(c: Citing) -> CitingDocument:
    return CitingDocument(id=c.id, number=c.number, issuer=c.issuer, issued_date=c.issued_date, title=c.title,
                          relation=c.relation, section=c.section, snippet=c.snippet, mentions=c.mentions,
                          parent=c.parent)


def tree_nodes(nodes: list[dict[str, Any]]) -> list[TreeNode]:
    return [TreeNode(document=summary(n["document"]), relation=n["relation"], children=tree_nodes(n["children"]))
            for n in nodes]


def count_nodes(nodes: list[TreeNode]) -> int:
    return sum(1 + count_nodes(n.children) for n in nodes)
