"""API schemas. The record itself is extractor.models.Record (one model everywhere):
the stored document is that record plus its `id`; everything else here is a view or a list."""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from extractor.models import Record, Task

T = TypeVar("T")


class ListOf(BaseModel, Generic[T]):
    data: list[T]
    count: int = Field(description="How many match in all (data is one page of them).")


class DocumentPublic(Record):
    """The extracted record, with the id it is stored under."""

    id: int


class TextIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The plan's text (plain text).")
    name: str = Field("text.txt", description="A file name for the record's source.")


class DocumentSummary(BaseModel):
    id: int
    name: str
    sha256: str
    doc_type: str | None
    number: str | None
    issuer: str | None
    issued_date: str | None
    title: str | None


class DirectivePublic(BaseModel):
    id: str
    kind: str | None = None
    kind_name: str | None = None
    number: int | None = None
    issuer: str | None = None
    issuer_name: str | None = None
    issued_date: str | None = None
    title: str | None = None
    citing_documents: int = 0


class CitingDocument(BaseModel):
    id: int
    number: str | None
    issuer: str | None
    issued_date: str | None
    title: str | None
    relation: str
    section: str | None
    snippet: str | None
    mentions: int
    parent: bool


class CitingList(ListOf[CitingDocument]):
    ref: str
    directive: DirectivePublic | None = Field(None, description="The directive the ref names, when it names one.")
    candidates: list[DirectivePublic] = Field(
        default_factory=list, description="When the ref is ambiguous: the directives it could name.")


class TreeNode(BaseModel):
    document: DocumentSummary
    relation: str
    children: list[TreeNode] = Field(default_factory=list)


class DirectiveTree(BaseModel):
    ref: str
    directive: DirectivePublic | None = None
    candidates: list[DirectivePublic] = Field(default_factory=list)
    data: list[TreeNode]
    count: int = Field(description="Documents in the whole cascade.")


class SearchHit(BaseModel):
    document: DocumentSummary
    snippet: str = Field(description="Text around the match; matched words in [brackets].")


class TaskList(ListOf[Task]):
    document_id: int


class Health(BaseModel):
    status: Literal["ok"]
    database: str
    documents: int
