"""The harness: pair documents with gold, extract, score; optionally baselines and perturbations.

`evaluate(docs_dir, gold_dir)` returns an `Evaluation` holding everything the reports need.
Extraction failures are error lines (the document is then scored as an empty record), never a crash.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from extractor.ingest import IngestError, SourceDocument, read
from extractor.models import Record, Source
from extractor.pipeline import extract, extract_source, extract_text

from . import perturb as perturb_mod
from .baselines import BASELINES, availability
from .gold import Gold, pair
from .scoring import HEADLINE, DocScore, aggregate, score_document

Extractor = Callable[[SourceDocument], Record]


@dataclass
class Evaluation:
    docs_dir: Path
    gold_dir: Path
    fields: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # field -> mode -> metrics
    documents: dict[str, DocScore] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)  # stem -> normalised text (for snippets)
    sources: dict[str, str] = field(default_factory=dict)  # stem -> document file name
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    baselines: dict[str, dict[str, Any]] = field(default_factory=dict)
    perturbations: dict[str, dict[str, Any]] = field(default_factory=dict)
    seconds: float = 0.0


def _extract(src: SourceDocument) -> Record:
    return extract_source(src, include_text=True)


def _empty(name: str) -> Record:
    return Record(source=Source(name=name, sha256="", format="txt", chars=0), text="")


def _run(stem: str, make: Callable[[], Record], errors: list[str], what: str = "extraction") -> Record:
    try:
        return make()
    except Exception as e:  # noqa: BLE001  a stage's bug must not stop the evaluation: report it, score empty
        errors.append(f"error: {stem}: {what} failed: {type(e).__name__}: {e}")
        return _empty(stem)


def _extract_variant(variant: Callable[[str], str], text: str, name: str) -> Record:
    return extract_text(variant(text), name)


def evaluate(docs_dir: Path, gold_dir: Path, *, baselines: bool = False, perturb: bool = False,
             renderings_dir: Path | None = None, extractor: Extractor = _extract) -> Evaluation:
    t0 = time.perf_counter()
    docs_dir, gold_dir = Path(docs_dir), Path(gold_dir)
    ev = Evaluation(docs_dir, gold_dir)
    if not docs_dir.is_dir():
        ev.errors.append(f"error: {docs_dir} is not a folder")
    if not gold_dir.is_dir():
        ev.errors.append(f"error: {gold_dir} is not a folder")
    if ev.errors:
        return ev
    pairing = pair(docs_dir, gold_dir)
    ev.notes.extend(pairing.notes)
    ev.errors.extend(pairing.errors)
    sources: dict[str, SourceDocument] = {}
    for path, gold in pairing.pairs:
        try:
            sources[gold.stem] = read(path)
        except IngestError as e:
            ev.errors.append(f"error: {e}")
            continue
        record = _run(gold.stem, partial(extractor, sources[gold.stem]), ev.errors)
        ev.texts[gold.stem] = record.text or ""
        ev.sources[gold.stem] = path.name
        ev.documents[gold.stem] = score_document(gold.stem, gold.data, record)
    ev.fields = aggregate(list(ev.documents.values()))
    golds = {g.stem: g for _, g in pairing.pairs if g.stem in sources}
    if baselines:
        ev.baselines = run_baselines(golds, ev.texts, ev.errors)
    if perturb:
        rdir = renderings_dir or docs_dir.parent / "renderings"
        ev.perturbations = run_perturbations(golds, sources, ev, rdir)
    ev.seconds = time.perf_counter() - t0
    return ev


def headline(fields: dict[str, dict[str, dict[str, Any]]]) -> dict[str, float | None]:
    """field -> the headline score (soft F1 for lists, accuracy for values and attributes)."""
    return {name: modes[HEADLINE.name]["score"] for name, modes in fields.items() if HEADLINE.name in modes}


def run_baselines(golds: dict[str, Gold], texts: dict[str, str], errors: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for b in BASELINES:
        why = availability(b)
        if why:
            out[b.name] = {"what": b.what, "status": why, "fields": {}}
            continue
        t0 = time.perf_counter()
        scored = []
        for stem, gold in golds.items():
            rec = _run(stem, partial(b.predict, texts[stem], stem), errors, f"baseline {b.name}")
            scored.append(score_document(stem, gold.data, rec, fields=set(b.covers)))
        out[b.name] = {"what": b.what, "status": "ok", "fields": aggregate(scored),
                       "seconds": round(time.perf_counter() - t0, 2)}
    return out


def run_perturbations(golds: dict[str, Gold], sources: dict[str, SourceDocument], ev: Evaluation,
                      renderings_dir: Path) -> dict[str, dict[str, Any]]:
    """variant -> {documents, fields: field -> {clean, variant, delta}} (headline scores)."""
    out: dict[str, dict[str, Any]] = {}
    for name, fn in perturb_mod.VARIANTS.items():
        scored = []
        for stem, gold in golds.items():
            src = sources[stem]
            rec = _run(stem, partial(_extract_variant, fn, src.text, f"{stem}.txt"), ev.errors, f"variant {name}")
            scored.append(score_document(stem, gold.data, rec))
        out[name] = _delta(ev, scored)
    for ext in perturb_mod.RENDERINGS:
        scored = []
        for stem, gold in golds.items():
            path = renderings_dir / f"{stem}.{ext}"
            if path.is_file():
                rec = _run(stem, partial(extract, path), ev.errors, f"rendering {ext}")
                scored.append(score_document(stem, gold.data, rec))
        if scored:
            out[f"rendering_{ext}"] = _delta(ev, scored)
        else:
            out[f"rendering_{ext}"] = {"documents": 0, "status": f"no {renderings_dir}/<stem>.{ext} files", "fields": {}}
    return out


def _delta(ev: Evaluation, scored: list[DocScore]) -> dict[str, Any]:
    """Variant minus clean, on the same documents."""
    clean = headline(aggregate([ev.documents[d.stem] for d in scored]))
    variant = headline(aggregate(scored))
    fields = {}
    for name, c in clean.items():
        v = variant.get(name)
        delta = None if c is None or v is None else v - c
        fields[name] = {"clean": c, "variant": v, "delta": delta}
    return {"documents": len(scored), "status": "ok", "fields": fields}
