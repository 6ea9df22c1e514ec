"""Language data (YAML/JSON), loaded once and cached. Keys are meanings; code stays small."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load(name: str) -> Any:
    """Load `extractor/data/<name>` (.yaml or .json); the result is shared: do not mutate it."""
    ref = resources.files(__package__).joinpath(name)
    text = ref.read_text(encoding="utf-8")
    return json.loads(text) if name.endswith(".json") else yaml.safe_load(text)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so "Ban Chỉ đạo" wins over "Ban")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def spaced_phrase(p: str) -> str:
    """A regex for a phrase as printed: its words apart by any white space, " - " by a dash with
    or without spaces ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")."""
    return r"\s*-\s*".join(r"\s+".join(re.escape(w) for w in part.split()) for part in p.split(" - "))
