"""`make bench`: throughput of the extractor on the corpus, medians against a baseline run in the
same process (these machines are noisy: compare ratios, not absolute seconds).

Text input, one core:
  baseline   a bare one-regex scan of the same bytes (decode + one findall)
  reading    ingest + normalise + segment + metadata (the "plan reader" stage)
  citations  reading + citations (find, resolve, relations): the directive search's input
  full       the whole record as the pipeline returns it: + dates, units, tasks, Record built
PDF input: pages/s (bench/ingest_bench.py). Service: citing-search latency and upload
throughput (bench/service_bench.py; `--no-service` skips it, `--docs N` sizes it).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from extractor import citations, dates, metadata, segment, tasks, units
from extractor.ingest import read_bytes
from extractor.normalise import normalise
from extractor.pipeline import extract_bytes

# the issues' throughput targets, MB/s per core on text input
TARGET_MB_S = {"reading": 10.0, "+ citations": 5.0, "full record": 5.0}
BASELINE_RE = re.compile(r"\d+[-/][A-ZĐ][\wĐ.-]*")


def corpus_bytes() -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in sorted((ROOT / "corpus" / "documents").glob("*.txt"))]


def baseline(name: str, data: bytes) -> None:
    BASELINE_RE.findall(data.decode("utf-8"))


def reading(name: str, data: bytes) -> None:
    text = normalise(read_bytes(data, name).text).text
    secs = segment.segment(text)
    metadata.extract_metadata(text, secs)


def with_citations(name: str, data: bytes) -> None:
    text = normalise(read_bytes(data, name).text).text
    secs = segment.segment(text)
    citations.extract_citations(text, secs, metadata.extract_metadata(text, secs))


def full(name: str, data: bytes) -> None:
    extract_bytes(data, name)


def median_seconds(fn: Callable[[str, bytes], None], docs: list[tuple[str, bytes]], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        for name, data in docs:
            fn(name, data)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def stage_cpu_ms(docs: list[tuple[str, bytes]], runs: int) -> dict[str, float]:
    """CPU time of each stage over the corpus (median of `runs` passes), in milliseconds."""
    names = ("ingest", "normalise", "segment", "metadata", "citations", "dates", "units", "tasks")
    passes: list[list[float]] = []
    for _ in range(runs):
        tot = [0.0] * len(names)
        for name, data in docs:
            marks = [time.process_time()]
            src = read_bytes(data, name)
            marks.append(time.process_time())
            text = normalise(src.text).text
            marks.append(time.process_time())
            secs = segment.segment(text)
            marks.append(time.process_time())
            doc = metadata.extract_metadata(text, secs)
            marks.append(time.process_time())
            cited = citations.extract_citations(text, secs, doc)
            marks.append(time.process_time())
            ds = dates.extract_dates(text, secs, cited.citations, doc)
            marks.append(time.process_time())
            us = units.extract_units(text, secs, doc)
            marks.append(time.process_time())
            tasks.extract_tasks(text, secs, ds, us, cited.citations)
            marks.append(time.process_time())
            for i in range(len(names)):
                tot[i] += marks[i + 1] - marks[i]
        passes.append(tot)
    return {n: 1000 * statistics.median(p[i] for p in passes) for i, n in enumerate(names)}


def text_bench(runs: int) -> dict[str, dict[str, float]]:
    docs = corpus_bytes()
    total_mb = sum(len(d) for _, d in docs) / 1e6
    full(*docs[0])  # warm caches and lazy data loading
    out: dict[str, dict[str, float]] = {}
    base = median_seconds(baseline, docs, runs)
    stages = (("baseline (one regex)", baseline), ("reading", reading), ("+ citations", with_citations), ("full record", full))
    for label, fn in stages:
        secs = base if fn is baseline else median_seconds(fn, docs, runs)
        out[label] = {
            "docs_per_s": len(docs) / secs,
            "mb_per_s": total_mb / secs,
            "seconds": secs,
            "x_baseline_time": secs / base,
        }
    out["_corpus"] = {"docs": len(docs), "mb": total_mb, "runs": runs}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--no-service", action="store_true")
    ap.add_argument("--docs", type=int, default=100_000, help="stored documents for the service bench")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()

    results: dict[str, object] = {}
    text = text_bench(args.runs)
    results["text"] = text
    c = text.pop("_corpus")
    print(f"Text input, one core: {c['docs']:.0f} documents, {c['mb']:.2f} MB, median of {c['runs']:.0f} runs")
    print(f"{'stage':<22}{'docs/s':>10}{'MB/s':>9}{'time vs baseline':>19}  target")
    for label, r in text.items():
        target = TARGET_MB_S.get(label)
        verdict = f"  >= {target:g} MB/s: {'met' if r['mb_per_s'] >= target else 'NOT met'}" if target else ""
        print(f"{label:<22}{r['docs_per_s']:>10.1f}{r['mb_per_s']:>9.2f}{r['x_baseline_time']:>18.1f}x{verdict}")
    stages = stage_cpu_ms(corpus_bytes(), max(3, args.runs // 2))
    results["stage_cpu_ms"] = stages
    print("CPU ms per stage over the corpus:", ", ".join(f"{k} {v:.0f}" for k, v in stages.items()))

    try:
        import ingest_bench
    except ImportError:
        print("PDF: bench/ingest_bench.py not present")
    else:
        pdf = ingest_bench.measure()
        results["pdf"] = pdf
        print("PDF input:", json.dumps(pdf, ensure_ascii=False))

    if not args.no_service:
        try:
            import service_bench
        except ImportError:
            print("Service: bench/service_bench.py not present")
        else:
            svc = service_bench.measure(n_docs=args.docs)
            results["service"] = svc
            print("Service:", json.dumps(svc, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
