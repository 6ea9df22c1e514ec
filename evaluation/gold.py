"""Gold annotations: one JSON file per document, named after the document's stem.

A gold file holds any subset of the record's fields with the record's own names (see
`extractor.models.Record` and evaluation/README.md). A field absent from the file is not scored
for that document; an empty list means "there are none". `_notes` (anywhere) is free text.

Gold is kept as plain dicts (the record's JSON shape, partial); the key names are checked against
the record's models so that a typo ("issue_date") is an error, not a silently unscored field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from extractor.ingest import FORMATS
from extractor.models import (
    Citation,
    DateValue,
    Directive,
    DocumentMeta,
    Due,
    NamedReference,
    Section,
    Signer,
    Task,
    Unit,
)

ITEM_MODELS: dict[str, type[BaseModel]] = {
    "directives": Directive,
    "citations": Citation,
    "sections": Section,
    "dates": DateValue,
    "units": Unit,
    "tasks": Task,
    "named_references": NamedReference,
}
TOP_KEYS = {"document", *ITEM_MODELS, "_notes"}
# when a folder holds several files with one stem, the first format here is the one scored
FORMAT_PREFERENCE = (".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf")


class GoldError(ValueError):
    """A gold file that cannot be used; the message is one line for a person."""


@dataclass
class Gold:
    stem: str
    path: Path
    data: dict[str, Any]


def _keys(model: type[BaseModel]) -> set[str]:
    return {f.alias or name for name, f in model.model_fields.items()} | {"_notes"}


def _check_keys(where: str, obj: Any, model: type[BaseModel]) -> None:
    if not isinstance(obj, dict):
        raise GoldError(f"{where}: expected an object, got {type(obj).__name__}")
    unknown = set(obj) - _keys(model)
    if unknown:
        raise GoldError(f"{where}: unknown key(s) {sorted(unknown)}; allowed: {sorted(_keys(model))}")


def validate(data: Any, name: str = "gold") -> dict[str, Any]:
    """Check key names; normalise `recipients` given as strings to {"name": …}. Returns a copy."""
    if not isinstance(data, dict):
        raise GoldError(f"{name}: the file must hold a JSON object")
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise GoldError(f"{name}: unknown field(s) {sorted(unknown)}; allowed: {sorted(TOP_KEYS)}")
    out = dict(data)
    if "document" in out and out["document"] is not None:
        doc = dict(out["document"]) if isinstance(out["document"], dict) else out["document"]
        _check_keys(f"{name}: document", doc, DocumentMeta)
        if isinstance(doc.get("signer"), dict):
            _check_keys(f"{name}: document.signer", doc["signer"], Signer)
        elif isinstance(doc.get("signer"), str):
            doc["signer"] = {"name": doc["signer"]}
        if "recipients" in doc:
            doc["recipients"] = _recipients(name, doc["recipients"])
        out["document"] = doc
    for key, model in ITEM_MODELS.items():
        if key not in out:
            continue
        items = out[key]
        if not isinstance(items, list):
            raise GoldError(f"{name}: {key} must be a list")
        for i, item in enumerate(items):
            _check_keys(f"{name}: {key}[{i}]", item, model)
            if key == "tasks" and isinstance(item.get("due"), dict):
                _check_keys(f"{name}: tasks[{i}].due", item["due"], Due)
    return out


def _recipients(name: str, items: Any) -> list[dict[str, Any]]:
    if not isinstance(items, list):
        raise GoldError(f"{name}: document.recipients must be a list")
    out = []
    for i, r in enumerate(items):
        if isinstance(r, str):
            out.append({"name": r})
        elif isinstance(r, dict) and isinstance(r.get("name"), str):
            out.append(r)
        else:
            raise GoldError(f"{name}: document.recipients[{i}] must be a string or an object with 'name'")
    return out


def load_gold(path: Path) -> Gold:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise GoldError(f"{path.name}: not readable JSON ({e})") from None
    return Gold(path.stem, path, validate(data, path.name))


@dataclass
class Pairing:
    """Documents paired with their gold by stem, and what could not be paired."""

    pairs: list[tuple[Path, Gold]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # documents without gold (skipped)
    errors: list[str] = field(default_factory=list)  # gold without a document, unreadable gold


def find_documents(docs_dir: Path) -> dict[str, Path]:
    """stem -> document file (readable formats only; one per stem, .txt preferred)."""
    found: dict[str, Path] = {}
    rank = {s: i for i, s in enumerate(FORMAT_PREFERENCE)}
    files = sorted(f for f in docs_dir.rglob("*") if f.is_file() and f.suffix.lower() in FORMATS)
    for f in files:
        old = found.get(f.stem)
        if old is None or rank.get(f.suffix.lower(), 99) < rank.get(old.suffix.lower(), 99):
            found[f.stem] = f
    return found


def pair(docs_dir: Path, gold_dir: Path) -> Pairing:
    result = Pairing()
    docs = find_documents(docs_dir)
    gold: dict[str, Gold] = {}
    for path in sorted(gold_dir.glob("*.json")):
        try:
            gold[path.stem] = load_gold(path)
        except GoldError as e:
            result.errors.append(f"error: {e}")
    for stem, g in gold.items():
        if stem not in docs:
            result.errors.append(f"error: gold {g.path.name} has no document {stem}.* in {docs_dir}")
    skipped = []
    for stem, doc in docs.items():
        if stem in gold:
            result.pairs.append((doc, gold[stem]))
        elif not (gold_dir / f"{stem}.json").exists():
            skipped.append(doc.name)
    if skipped:
        result.notes.append(f"note: {len(skipped)} document(s) without gold, skipped: {', '.join(skipped)}")
    return result
