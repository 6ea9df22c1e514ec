"""The kehoach record: one pydantic model from extractor to API to evaluation.

This module imports no processing code. Field names are fixed (other tools read them);
add fields, never rename them. The JSON Schema (`kehoach schema`) is generated from `Record`.

Every extracted item carries `start`/`end`: character offsets into the *normalised* document
text (the text `kehoach text` prints), end exclusive, so `text[start:end]` is what was read.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

System = Literal["party", "state"]
Relation = Literal["implements", "based_on", "guided_by", "linked", "mentions", "self"]
DateRole = Literal["deadline", "citation_date", "issued", "start", "programme", "event", "reference"]
Grain = Literal["day", "month", "quarter", "half", "year", "term", "continuous", "unknown"]
UnitKind = Literal["party", "state", "front", "union", "person", "group", "other"]
UnitRole = Literal["lead", "support", "advise", "report_to", "monitor", "mentioned"]
SourceFormat = Literal["txt", "md", "docx", "pdf", "html"]


class Model(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid")


class Span(Model):
    """A stretch of the normalised text."""

    start: int
    end: int


class Source(Model):
    name: str
    sha256: str
    format: SourceFormat
    pages: int | None = None
    chars: int


class Signer(Model):
    name: str | None = None
    position: str | None = None
    capacity: str | None = None
    start: int | None = None
    end: int | None = None


class Recipient(Model):
    name: str
    note: str | None = None
    start: int
    end: int


class DocumentMeta(Model):
    system: System | None = None
    doc_type: str | None = None
    doc_type_name: str | None = None
    number: str | None = None
    place: str | None = None
    issued_date: str | None = None
    issuer: str | None = None
    parent_body: str | None = None
    title: str | None = None
    signer: Signer | None = None
    recipients: list[Recipient] = Field(default_factory=list, description="Nơi nhận: who receives a copy.")
    addressees: list[Recipient] = Field(
        default_factory=list, description="Kính gửi: the bodies a Công văn is addressed to (none in a plan)."
    )
    spans: dict[str, Span] = Field(
        default_factory=dict, description="Where each header field was read: field name -> span."
    )


SectionKind = Literal[
    "part", "chapter", "article", "step", "letter_part", "roman", "arabic", "decimal",
    "letter", "paren", "dash", "plus", "star", "recipients", "signature", "appendix", "form",
    "attachment",
]


class Section(Model):
    id: str
    label: str
    path: str
    level: int
    kind: SectionKind
    heading: str
    start: int
    end: int
    parent: str | None = None


class Citation(Model):
    id: str | None = Field(description="Canonical number/symbol of the directive cited (resolved for short mentions).")
    kind: str | None = None
    kind_name: str | None = None
    number: str | None = None
    symbol: str | None = None
    issued_date: str | None = None
    issuer: str | None = None
    issuer_canonical: str | None = None
    title: str | None = None
    relation: Relation = "mentions"
    form: Literal["full", "short", "self"] = "full"
    section: str | None = None
    start: int
    end: int
    text: str
    phrase_end: int | None = Field(
        None, description="End of the whole citation phrase (the date and issuer read after the number/symbol)."
    )


class Directive(Model):
    id: str
    kind: str | None = None
    kind_name: str | None = None
    issued_date: str | None = None
    issuer: str | None = None
    issuer_canonical: str | None = None
    title: str | None = None
    mentions: int = 0
    relations: list[Relation] = Field(default_factory=list)
    parent: bool = Field(False, description="Implemented by the opening paragraph: a parent of this document.")


class NamedReference(Model):
    name: str
    relation: Relation = "mentions"
    start: int
    end: int


class DateValue(Model):
    text: str
    start: int
    end: int
    from_: str | None = Field(None, alias="from")
    to: str | None = None
    grain: Grain = "unknown"
    recurrence: str | None = Field(None, description="iCalendar RRULE, or 'continuous' for 'Thường xuyên'.")
    role: DateRole = "reference"
    anchor: str | None = Field(None, description="Where a missing year came from: 'section', 'document', …")
    section: str | None = None


class Unit(Model):
    name: str
    canonical: str
    kind: UnitKind = "other"
    role: UnitRole = "mentioned"
    section: str | None = None
    start: int
    end: int


class Due(Model):
    text: str | None = None
    from_: str | None = Field(None, alias="from")
    to: str | None = None
    recurrence: str | None = None
    inherited: bool = False
    start: int | None = None
    end: int | None = None


class Task(Model):
    id: str
    section: str
    title: str
    text: str
    lead: list[str] = Field(default_factory=list)
    support: list[str] = Field(default_factory=list)
    report_to: list[str] = Field(default_factory=list)
    due: Due | None = None
    citations: list[str] = Field(default_factory=list)
    outputs: list[str] = Field(default_factory=list)
    start: int
    end: int


class Footnote(Model):
    label: str
    start: int
    end: int
    target_start: int | None = None
    target_end: int | None = None


class Record(Model):
    schema_version: str = SCHEMA_VERSION
    source: Source
    document: DocumentMeta = Field(default_factory=DocumentMeta)
    sections: list[Section] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    directives: list[Directive] = Field(default_factory=list)
    named_references: list[NamedReference] = Field(default_factory=list)
    dates: list[DateValue] = Field(default_factory=list)
    units: list[Unit] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    footnotes: list[Footnote] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    text: str | None = Field(None, description="The normalised text all spans index (only when asked for).")

    def to_json(self, *, indent: int | None = None) -> str:
        return self.model_dump_json(by_alias=True, indent=indent, exclude_none=False)
