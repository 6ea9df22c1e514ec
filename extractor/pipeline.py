"""The pipeline: ingest -> normalise -> segment -> metadata -> citations -> dates -> units -> tasks.

Each stage is a pure function with a clear input and output, testable alone:

  ingest.read(path) / ingest.read_bytes(data, name)        -> SourceDocument
  normalise.normalise(text)                                 -> Normalised (text + offset map)
  segment.segment(text)                                     -> list[Section]
  metadata.extract_metadata(text, sections)                 -> DocumentMeta
  citations.extract_citations(text, sections, document)     -> Citations (citations, directives, named)
  dates.extract_dates(text, sections, citations, document)  -> list[DateValue]
  units.extract_units(text, sections, document)             -> list[Unit]
  tasks.extract_tasks(text, sections, dates, units, citations) -> list[Task]
"""

from __future__ import annotations

from pathlib import Path

from . import citations as citations_stage
from . import dates as dates_stage
from . import metadata as metadata_stage
from . import segment as segment_stage
from . import tasks as tasks_stage
from . import units as units_stage
from .ingest import Limits, SourceDocument, read, read_bytes
from .models import Record, Source
from .normalise import normalise


def extract_source(src: SourceDocument, *, include_text: bool = False) -> Record:
    norm = normalise(src.text)
    text = norm.text
    sections = segment_stage.segment(text)
    document = metadata_stage.extract_metadata(text, sections)
    cited = citations_stage.extract_citations(text, sections, document)
    dates = dates_stage.extract_dates(text, sections, cited.citations, document)
    units = units_stage.extract_units(text, sections, document)
    tasks = tasks_stage.extract_tasks(text, sections, dates, units, cited.citations)
    return Record(
        source=Source(name=src.name, sha256=src.sha256, format=src.format, pages=src.pages, chars=len(text)),
        document=document,
        sections=sections,
        citations=cited.citations,
        directives=cited.directives,
        named_references=cited.named_references,
        dates=dates,
        units=units,
        tasks=tasks,
        warnings=list(src.warnings),
        text=text if include_text else None,
    )


def extract(path: str | Path, *, include_text: bool = False, limits: Limits | None = None) -> Record:
    """Read a .pdf/.docx/.txt file and return its record."""
    return extract_source(read(path, limits), include_text=include_text)


def extract_bytes(data: bytes, name: str, *, include_text: bool = False, limits: Limits | None = None) -> Record:
    return extract_source(read_bytes(data, name, limits), include_text=include_text)


def extract_text(text: str, name: str = "text.txt", *, include_text: bool = False) -> Record:
    """Extract from a string already in memory (tests, the API's JSON body)."""
    return extract_bytes(text.encode("utf-8"), name, include_text=include_text)
