"""Typed settings, read once from the environment (KEHOACH_*)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

DEFAULT_DB_PATH = Path("data") / "kehoach.sqlite3"


def _env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in ("1", "true", "yes", "on")


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


def default_database_url() -> str:
    return f"sqlite:///{DEFAULT_DB_PATH}"


@dataclass(frozen=True)
class Settings:
    database_url: str = field(default_factory=lambda: os.environ.get("KEHOACH_DATABASE_URL") or default_database_url())
    public_read: bool = field(default_factory=lambda: _env_bool("KEHOACH_PUBLIC_READ"))
    max_bytes: int = field(default_factory=lambda: _env_int("KEHOACH_MAX_BYTES", 20 * 1024 * 1024))
    project_name: str = "kehoach"


@cache
def get_settings() -> Settings:
    return Settings()
