"""The accuracy gate: the harness on corpus/documents + corpus/gold (clean text only, no baselines
or perturbations) must stay at or above evaluation/thresholds.yaml for every listed field."""

from __future__ import annotations

from pathlib import Path

from evaluation.gate import check, load_thresholds
from evaluation.harness import evaluate, headline

ROOT = Path(__file__).resolve().parent.parent


def test_accuracy_gate() -> None:
    ev = evaluate(ROOT / "corpus" / "documents", ROOT / "corpus" / "gold")
    assert not ev.errors, "evaluation errors:\n" + "\n".join(ev.errors)
    assert ev.documents, "no document with gold"
    fell = check(headline(ev.fields), load_thresholds())
    assert not fell, "fields below evaluation/thresholds.yaml:\n" + "\n".join(fell)
