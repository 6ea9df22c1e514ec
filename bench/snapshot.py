"""Output snapshots for performance work: a speed change must leave every record byte-identical.

  python bench/snapshot.py write DIR     # records of every corpus document, rendering and variant
  python bench/snapshot.py compare DIR   # the same now; lists every input whose record changed

Inputs: corpus/documents/*.txt, corpus/renderings/*.docx|pdf, and every formatting variant of
evaluation/perturb.py applied to each document (≈ 300 records), so a change that only holds on
clean text shows up. Records are compared as JSON with the volatile `source.sha256` kept (it is a
pure function of the input bytes).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluation.perturb import VARIANTS
from extractor.pipeline import extract, extract_bytes


def records() -> Iterator[tuple[str, str]]:
    docs = sorted((ROOT / "corpus" / "documents").glob("*.txt"))
    for path in docs:
        yield path.name, extract(path).model_dump_json(indent=1)
    for path in sorted((ROOT / "corpus" / "renderings").glob("*.*")):
        if path.suffix in (".docx", ".pdf"):
            yield path.name, extract(path).model_dump_json(indent=1)
    for path in docs:
        text = path.read_text(encoding="utf-8")
        for name, variant in VARIANTS.items():
            yield f"{path.stem}.{name}.txt", extract_bytes(variant(text).encode("utf-8"), path.name).model_dump_json(indent=1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=("write", "compare"))
    ap.add_argument("dir", type=Path)
    args = ap.parse_args()
    if args.action == "write":
        args.dir.mkdir(parents=True, exist_ok=True)
        n = 0
        for name, rec in records():
            (args.dir / f"{name}.json").write_text(rec, encoding="utf-8")
            n += 1
        print(f"wrote {n} records to {args.dir}")
        return 0
    changed, n = [], 0
    for name, rec in records():
        n += 1
        old = args.dir / f"{name}.json"
        if not old.exists() or old.read_text(encoding="utf-8") != rec:
            changed.append(name)
            if old.exists():
                a, b = json.loads(old.read_text(encoding="utf-8")), json.loads(rec)
                keys = [k for k in b if a.get(k) != b.get(k)]
                print(f"changed: {name}  fields: {', '.join(keys)}")
            else:
                print(f"new: {name}")
    print(f"{n - len(changed)}/{n} records identical")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
