"""PDF ingest throughput: pages/s on one core over the rendered sample plans (corpus/renderings),
median of N runs, with two references measured in the same process (machines are noisy: read
the ratios):

  pdfplumber   `page.extract_text()` on every page — the per-character layout reader the
               issue named; the baseline kehoach must beat
  pdfium_text  bare pypdfium2 `get_text_range()` per page — the ceiling (no layout at all)
  kehoach      `read_bytes(data, name)`: open, every page's lines with geometry and font,
               header columns, running headers dropped, paragraphs joined (+ sha256)

    .venv/bin/python bench/ingest_bench.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.ingest import read_bytes


def _pdfs() -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in sorted((ROOT / "corpus" / "renderings").glob("*.pdf"))]


def _pdfplumber(name: str, data: bytes) -> int:
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()
        return len(pdf.pages)


def _pdfium_text(name: str, data: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    n = len(doc)
    for i in range(n):
        page = doc[i]
        page.get_textpage().get_text_range()
        page.close()
    doc.close()
    return n


def _kehoach(name: str, data: bytes) -> int:
    return read_bytes(data, name).pages or 0


def _time(fn: Callable[[str, bytes], int], files: list[tuple[str, bytes]]) -> float:
    t = time.perf_counter()
    pages = sum(fn(name, data) for name, data in files)
    return pages / (time.perf_counter() - t)


def measure(runs: int = 5) -> dict:
    """Median pages/s of `runs` runs; the three readers take turns in each run so that noise
    from other processes hits them alike. pdfplumber (~0.2-0.5 s a page) reads the first file
    only, in at most 3 runs: a rate per page does not need every page."""
    files = _pdfs()
    if not files:
        return {"error": "no PDFs under corpus/renderings"}
    pages = sum(_pdfium_text(n, d) for n, d in files)
    for fn in (_kehoach, _pdfium_text, _pdfplumber):
        fn(*files[0])  # warm-up: imports, PDFium init
    rates: dict[str, list[float]] = {"kehoach": [], "pdfium": [], "pdfplumber": []}
    for k in range(runs):
        rates["kehoach"].append(_time(_kehoach, files))
        rates["pdfium"].append(_time(_pdfium_text, files))
        if k < 3:
            rates["pdfplumber"].append(_time(_pdfplumber, files[:1]))
    kehoach, ceiling, plumber = (statistics.median(rates[k]) for k in ("kehoach", "pdfium", "pdfplumber"))
    return {
        "files": len(files),
        "pages": pages,
        "runs": runs,
        "kehoach_pages_per_s": round(kehoach, 1),
        "pdfplumber_pages_per_s": round(plumber, 1),
        "pdfium_text_pages_per_s": round(ceiling, 1),
        "x_pdfplumber": round(kehoach / plumber, 1),
        "share_of_pdfium_ceiling": round(kehoach / ceiling, 2),
        "target_pages_per_s": 50,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    r = measure(ap.parse_args().runs)
    if "error" in r:
        print(r["error"])
        return
    print(f"PDF ingest, one core: {r['files']} files, {r['pages']} pages, median of {r['runs']} runs")
    for label, key in (("kehoach read_bytes", "kehoach_pages_per_s"),
                       ("pdfplumber extract_text", "pdfplumber_pages_per_s"),
                       ("pypdfium2 text only", "pdfium_text_pages_per_s")):
        print(f"  {label:<26}{r[key]:>9.1f} pages/s")
    print(f"  kehoach = {r['x_pdfplumber']}x pdfplumber, {r['share_of_pdfium_ceiling']:.0%} of the "
          f"bare-PDFium ceiling (target >= {r['target_pages_per_s']} pages/s)")
    print(json.dumps(r))


if __name__ == "__main__":
    main()
