"""Ingest: bytes of a .txt/.md/.html, .docx or .pdf file -> a SourceDocument.

`read(path)` and `read_bytes(data, name)` are the entry points; every failure is an
`IngestError` whose message is one clear line for a person (CLI stderr, HTTP 400/413/415).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..models import SourceFormat
from .errors import IngestError, Limits, TooLarge, UnsupportedFormat

__all__ = ["Block", "IngestError", "Limits", "SourceDocument", "TooLarge", "UnsupportedFormat", "read", "read_bytes"]


@dataclass(frozen=True)
class Block:
    """Where a stretch of the source text came from (a paragraph, a table cell, a page line)."""

    start: int
    end: int
    page: int | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None
    bold: bool = False
    size: float | None = None


@dataclass(frozen=True)
class SourceDocument:
    name: str
    format: SourceFormat
    sha256: str
    text: str
    pages: int | None = None
    blocks: list[Block] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


FORMATS: dict[str, SourceFormat] = {".txt": "txt", ".md": "md", ".markdown": "md", ".htm": "html", ".html": "html",
           ".docx": "docx", ".pdf": "pdf"}


def detect_format(name: str, data: bytes) -> SourceFormat:
    if data[:5] == b"%PDF-":
        return "pdf"
    if data[:4] == b"PK\x03\x04" and Path(name).suffix.lower() in (".docx", ""):
        return "docx"
    fmt = FORMATS.get(Path(name).suffix.lower())
    if fmt is None:
        raise UnsupportedFormat(f"{name}: unsupported file type {Path(name).suffix or '(none)'!r}; "
                                "expected .pdf, .docx, .txt, .md or .html")
    return fmt


def read_bytes(data: bytes, name: str = "document.txt", limits: Limits | None = None) -> SourceDocument:
    limits = limits or Limits()
    if len(data) > limits.max_bytes:
        raise TooLarge(f"{name}: {len(data):,} bytes is over the limit of {limits.max_bytes:,} bytes")
    if not data.strip():
        raise IngestError(f"{name}: the file is empty")
    fmt = detect_format(name, data)
    sha = hashlib.sha256(data).hexdigest()
    if fmt == "docx":
        from .docx import read_docx

        text, blocks, pages, warnings = read_docx(data, name, limits)
    elif fmt == "pdf":
        from .pdf import read_pdf

        text, blocks, pages, warnings = read_pdf(data, name, limits)
    else:
        from .text import read_text

        text, blocks, pages, warnings = read_text(data, name, limits)
    if not text.strip():
        raise IngestError(f"{name}: no text could be read from the file")
    return SourceDocument(name=name, format=fmt, sha256=sha, text=text, pages=pages,
                          blocks=blocks, warnings=warnings)


def read(path: str | Path, limits: Limits | None = None) -> SourceDocument:
    p = Path(path)
    limits = limits or Limits()
    try:
        size = p.stat().st_size
    except OSError as e:
        raise IngestError(f"{p}: cannot read file ({e.strerror or e})") from None
    if p.is_dir():
        raise IngestError(f"{p}: is a folder, not a file")
    if size > limits.max_bytes:
        raise TooLarge(f"{p.name}: {size:,} bytes is over the limit of {limits.max_bytes:,} bytes")
    return read_bytes(p.read_bytes(), p.name, limits)
