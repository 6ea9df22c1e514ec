"""The accuracy gate: minimum headline score per field, from evaluation/thresholds.yaml.

Thresholds only go up. A field listed there but absent from the evaluation (no gold gives it)
is a failure too: a gate that silently checks nothing is no gate.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import yaml

THRESHOLDS = Path(__file__).parent / "thresholds.yaml"


def load_thresholds(path: Path = THRESHOLDS) -> dict[str, float]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k): float(v) for k, v in (data.get("fields") or {}).items()}


def check(scores: dict[str, float | None], thresholds: dict[str, float]) -> list[str]:
    """One line per field below its minimum (empty: the gate passes)."""
    fell = []
    for name, minimum in sorted(thresholds.items()):
        got = scores.get(name)
        if got is None:
            fell.append(f"{name}: not scored (no gold for it), minimum {minimum:.2f}")
        elif got < minimum:
            fell.append(f"{name}: {got:.3f} < {minimum:.2f}")
    return fell


def suggest(scores: dict[str, Any], old: dict[str, float] | None = None) -> dict[str, float]:
    """Just under the measured values (floored to 0.01, strictly under: 0.937 -> 0.93, 1.0 -> 0.99;
    0 stays 0), never below an old threshold."""
    out = {}
    for name, s in scores.items():
        if s is None:
            continue
        floor = max(0.0, math.floor(s * 100 - 1e-9) / 100)
        out[name] = max(floor, (old or {}).get(name, 0.0))
    return out


def write_thresholds(thresholds: dict[str, float], path: Path = THRESHOLDS) -> None:
    head = ("# Minimum headline score per field (soft F1 for lists, accuracy for document fields and\n"
            "# attributes), checked by tests/test_accuracy_gate.py on corpus/documents + corpus/gold.\n"
            "# Thresholds only go up: `kehoach evaluate --raise-thresholds` sets them just under the\n"
            "# measured values (floored to 0.01), never lowering one.\n")
    body = yaml.safe_dump({"fields": {k: round(v, 2) for k, v in sorted(thresholds.items())}},
                          allow_unicode=True, sort_keys=False)
    path.write_text(head + body, encoding="utf-8")
