"""Ingest errors and limits (explicit, configurable: env KEHOACH_MAX_BYTES, KEHOACH_MAX_PAGES)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


class IngestError(ValueError):
    """The file cannot be read; the message is one line for a person."""

    http_status = 400


class UnsupportedFormat(IngestError):
    http_status = 415


class TooLarge(IngestError):
    http_status = 413


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass(frozen=True)
class Limits:
    max_bytes: int = field(default_factory=lambda: _env_int("KEHOACH_MAX_BYTES", 20 * 1024 * 1024))
    max_pages: int = field(default_factory=lambda: _env_int("KEHOACH_MAX_PAGES", 500))
    max_chars: int = field(default_factory=lambda: _env_int("KEHOACH_MAX_CHARS", 5_000_000))
