"""In-process A/B of two checkouts: is a change faster or slower, on a noisy machine?

  python bench/ab.py STAGE BASE_DIR [NEW_DIR] [--runs N]

BASE_DIR and NEW_DIR are project checkouts (e.g. `git worktree add --detach /tmp/base HEAD~3`;
NEW_DIR defaults to this one). Both `extractor` packages are copied under other names into one
temporary folder and imported side by side (the package uses relative imports only), then timed
alternately, A B B A …, on the corpus of this checkout, with CPU time. Interleaving in one process
cancels the slow drift of a shared machine that separate runs suffer from; the ratio is the figure.

STAGE: normalise | segment | metadata | citations | reading | cit_path | full
(`reading` and `cit_path` are the `make bench` stages of the same names; `full` is extract_bytes).
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("normalise", "segment", "metadata", "citations", "reading", "cit_path", "full")


def runner(pkg: str, stage: str, docs: list[tuple[str, bytes]]) -> Callable[[], None]:
    """One pass of `stage` over `docs` with package `pkg`, inputs of the later stages precomputed."""
    ingest = importlib.import_module(pkg + ".ingest")
    norm = importlib.import_module(pkg + ".normalise")
    seg = importlib.import_module(pkg + ".segment")
    meta = importlib.import_module(pkg + ".metadata")
    cit = importlib.import_module(pkg + ".citations")
    pipeline = importlib.import_module(pkg + ".pipeline")
    pre = []
    for name, data in docs:
        text = norm.normalise(ingest.read_bytes(data, name).text).text
        secs = seg.segment(text)
        pre.append((name, data, text, secs, meta.extract_metadata(text, secs)))

    def one_pass() -> None:
        for name, data, text, secs, doc in pre:
            if stage == "normalise":
                norm.normalise(ingest.read_bytes(data, name).text)
            elif stage == "segment":
                seg.segment(text)
            elif stage == "metadata":
                meta.extract_metadata(text, secs)
            elif stage == "citations":
                norm.lower_aligned.cache_clear()  # the first stage to lower-case a text pays for it
                cit.extract_citations(text, secs, doc)
            elif stage == "full":
                pipeline.extract_bytes(data, name)
            else:
                t = norm.normalise(ingest.read_bytes(data, name).text).text
                s = seg.segment(t)
                d = meta.extract_metadata(t, s)
                if stage == "cit_path":
                    cit.extract_citations(t, s, d)

    return one_pass


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("stage", choices=STAGES)
    ap.add_argument("base", type=Path)
    ap.add_argument("new", type=Path, nargs="?", default=ROOT)
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    docs = [(p.name, p.read_bytes()) for p in sorted((ROOT / "corpus" / "documents").glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        for pkg, src in (("ab_base", args.base), ("ab_new", args.new)):
            shutil.copytree(src / "extractor", Path(tmp) / pkg, ignore=shutil.ignore_patterns("__pycache__"))
        sys.path.insert(0, tmp)
        a, b = runner("ab_base", args.stage, docs), runner("ab_new", args.stage, docs)
        times: dict[str, list[float]] = {"base": [], "new": []}
        for i in range(args.runs):
            for label, fn in (("base", a), ("new", b)) if i % 2 == 0 else (("new", b), ("base", a)):
                t0 = time.process_time()
                fn()
                times[label].append(time.process_time() - t0)
    ta, tb = times["base"], times["new"]
    print(f"{args.stage}: base min {min(ta) * 1000:.1f} ms, median {statistics.median(ta) * 1000:.1f} | "
          f"new min {min(tb) * 1000:.1f}, median {statistics.median(tb) * 1000:.1f} | "
          f"new/base: min {min(tb) / min(ta):.3f}, median {statistics.median(tb) / statistics.median(ta):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
