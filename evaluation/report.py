"""Reports: the console table, report.json, report.md and a self-contained report.html listing
every miss and spurious item with its context in the document; `--save` keeps a copy per version
in evaluation/history/<date>-<git short sha>.json.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import subprocess
from dataclasses import asdict
from pathlib import Path
from typing import Any

from extractor.models import SCHEMA_VERSION
from extractor.normalise import normalise_text

from .harness import Evaluation
from .scoring import HEADLINE, STRICT

CONTEXT = 80  # characters of context either side of a span
MAX_MARK = 240  # a longer span (a whole section) is shown cut
HISTORY = Path(__file__).parent / "history"


def git_version(cwd: Path | None = None) -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], check=False, capture_output=True, text=True,
                             cwd=cwd or Path(__file__).parent, timeout=10)
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def _fmt(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def _fmt_delta(x: float | None) -> str:
    return "—" if x is None else f"{x:+.3f}"


# --- context -----------------------------------------------------------------------------
def locate(text: str, needle: str | None) -> tuple[int, int] | None:
    """Where a gold string is in the normalised text (case-insensitive), or None."""
    if not needle or not text:
        return None
    needle = needle.split(" [", 1)[0]
    low = text.lower()
    tries = [needle, needle.split(" ", 1)[-1] if " " in needle else needle, needle[:40]]
    for t in tries:
        t = normalise_text(t).lower().strip() if t.strip() else ""
        if len(t) >= 3:
            at = low.find(t)
            if at >= 0:
                return at, at + len(t)
    return None


def snippet(text: str, span: tuple[int, int] | None) -> tuple[str, str, str] | None:
    """(before, the span, after) around a span of the text."""
    if not span or not text:
        return None
    s, e = max(0, span[0]), min(len(text), span[1])
    if s > e:
        return None
    inner = text[s:e] if e - s <= MAX_MARK else text[s:s + MAX_MARK] + " …"
    return text[max(0, s - CONTEXT):s], inner, text[e:e + CONTEXT]


def error_rows(ev: Evaluation, stem: str) -> list[dict[str, Any]]:
    text = ev.texts.get(stem, "")
    rows = []
    for err in ev.documents[stem].errors:
        row = asdict(err)
        span = (err.start, err.end) if err.start is not None and err.end is not None else locate(text, err.gold)
        snip = snippet(text, span)
        row["context"] = None if snip is None else "".join((snip[0], "[[", snip[1], "]]", snip[2]))
        row["_snip"] = snip
        rows.append(row)
    return rows


# --- json ----------------------------------------------------------------------------------
def to_json(ev: Evaluation) -> dict[str, Any]:
    fields = {}
    for name, modes in ev.fields.items():
        m = dict(modes[HEADLINE.name])
        s = modes.get(STRICT.name, {})
        m["strict"] = {k: s.get(k) for k in ("precision", "recall", "f1", "accuracy", "score") if k in s}
        fields[name] = m
    documents = {}
    for stem, d in ev.documents.items():
        per = {name: modes[HEADLINE.name].metrics() for name, modes in d.tallies.items()}
        errs = [{k: v for k, v in r.items() if k != "_snip"} for r in error_rows(ev, stem)]
        documents[stem] = {"source": ev.sources.get(stem), "fields": per, "errors": errs}
    return {
        "version": {"git": git_version(), "date": dt.date.today().isoformat(), "schema_version": SCHEMA_VERSION},
        "mode": HEADLINE.name,
        "docs": str(ev.docs_dir), "gold": str(ev.gold_dir), "seconds": round(ev.seconds, 2),
        "fields": fields, "documents": documents,
        "baselines": ev.baselines, "perturbations": ev.perturbations,
        "notes": ev.notes, "errors": ev.errors,
    }


# --- text tables -----------------------------------------------------------------------------
def table_rows(ev: Evaluation) -> list[list[str]]:
    rows = []
    for name, modes in ev.fields.items():
        m, s = modes[HEADLINE.name], modes.get(STRICT.name, {})
        if m["kind"] == "attribute":
            rows.append([name, "", "", _fmt(m["accuracy"]), _fmt(s.get("accuracy")), "acc", str(m["support"])])
        elif m["kind"] == "value":
            rows.append([name, _fmt(m["precision"]), _fmt(m["recall"]), _fmt(m["accuracy"]),
                         _fmt(s.get("accuracy")), "acc", str(m["support"])])
        else:
            rows.append([name, _fmt(m["precision"]), _fmt(m["recall"]), _fmt(m["f1"]), _fmt(s.get("f1")),
                         "f1", str(m["support"])])
    return rows


HEADER = ["field", "P", "R", "F1/Acc", "strict", "metric", "support"]


def console_table(ev: Evaluation) -> str:
    rows = [HEADER, *table_rows(ev)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADER))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))) for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    out = [f"{len(ev.documents)} documents scored ({HEADLINE.name} matching; strict alongside) in {ev.seconds:.1f} s", *lines]
    if ev.baselines:
        out += ["", *baseline_lines(ev)]
    if ev.perturbations:
        out += ["", *perturbation_lines(ev)]
    return "\n".join(out)


def baseline_lines(ev: Evaluation) -> list[str]:
    out = ["Baselines (same gold, same scorer; field: kehoach vs baseline, F1):"]
    for name, b in ev.baselines.items():
        if b["status"] != "ok":
            out.append(f"  {name}: {b['status']}")
            continue
        for f, modes in b["fields"].items():
            ours = ev.fields.get(f, {}).get(HEADLINE.name, {}).get("score")
            theirs = modes[HEADLINE.name]["score"]
            out.append(f"  {f:<26} kehoach {_fmt(ours)}   {name} {_fmt(theirs)}   ({b['what']})")
    return out


def perturbation_lines(ev: Evaluation) -> list[str]:
    out = ["Perturbations (headline score, variant minus clean on the same documents):"]
    for name, p in ev.perturbations.items():
        if p.get("status") != "ok":
            out.append(f"  {name:<18} {p.get('status')}")
            continue
        deltas = [(v["delta"], f) for f, v in p["fields"].items() if v["delta"] is not None]
        worst = sorted(deltas)[:3]
        mean = sum(d for d, _ in deltas) / len(deltas) if deltas else 0.0
        shown = ", ".join(f"{f} {d:+.3f}" for d, f in worst if d < 0) or "no drop"
        out.append(f"  {name:<18} {p['documents']:>3} docs  mean {mean:+.3f}  worst: {shown}")
    return out


CATEGORIES = ("missed", "spurious", "partial", "incorrect")


def error_counts(ev: Evaluation) -> dict[str, dict[str, int]]:
    """field -> category -> number of errors, over all documents."""
    out: dict[str, dict[str, int]] = {}
    for d in ev.documents.values():
        for e in d.errors:
            c = out.setdefault(e.field, {})
            c[e.category] = c.get(e.category, 0) + 1
    return dict(sorted(out.items()))


def markdown(ev: Evaluation) -> str:
    out = [f"# kehoach evaluation — {dt.date.today().isoformat()} ({git_version()})", "",
           (f"`{ev.docs_dir}` against `{ev.gold_dir}`: {len(ev.documents)} documents, {HEADLINE.name} "
            "matching (strict alongside). Matching rules: evaluation/README.md."), ""]
    out += ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    out += ["| " + " | ".join(r) + " |" for r in table_rows(ev)]
    if ev.baselines:
        out += ["", "## Baselines", "", "```", *baseline_lines(ev)[1:], "```"]
    if ev.perturbations:
        names = [n for n, p in ev.perturbations.items() if p.get("status") == "ok"]
        out += ["", "## Perturbations (delta of the headline score)", "",
                "| field | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
        for f in ev.fields:
            cells = [_fmt_delta(ev.perturbations[n]["fields"].get(f, {}).get("delta")) for n in names]
            out.append(f"| {f} | " + " | ".join(cells) + " |")
        out += ["", *(f"- {n}: {p.get('status')}" for n, p in ev.perturbations.items() if p.get("status") != "ok")]
    out += ["", "## Errors by field", "", "| field | missed | spurious | partial | incorrect |", "|---|---|---|---|---|"]
    for f, c in error_counts(ev).items():
        out.append(f"| {f} | " + " | ".join(str(c.get(k, 0)) for k in CATEGORIES) + " |")
    out += ["", "## Errors per document", ""]
    for stem, d in ev.documents.items():
        counts: dict[str, int] = {}
        for e in d.errors:
            counts[e.category] = counts.get(e.category, 0) + 1
        out.append(f"- {stem}: " + (", ".join(f"{v} {k}" for k, v in sorted(counts.items())) or "none"))
    if ev.notes or ev.errors:
        out += ["", "## Notes and errors", "", *(f"- {x}" for x in ev.errors + ev.notes)]
    out += ["", "## Limits", "", "- Gold covers the fields its annotator wrote; absent fields are not scored.",
            "- Matching is one-to-one, greedy by best score then augmented to a maximum (evaluation/matching.py)."]
    return "\n".join(out) + "\n"


# --- html ------------------------------------------------------------------------------------
_CSS = """body{font:14px/1.45 system-ui,sans-serif;margin:2em;max-width:1200px;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}
td:first-child,th:first-child{text-align:left}.ctx{font-family:ui-monospace,monospace;font-size:12px;
white-space:pre-wrap;color:#555}mark{background:#ffe08a}.missed{color:#a00}.spurious{color:#a50}
.partial{color:#06a}.incorrect{color:#707}details{margin:.4em 0}summary{cursor:pointer;font-weight:600}"""


def _e(x: Any) -> str:
    return html.escape("" if x is None else str(x))


def to_html(ev: Evaluation) -> str:
    md_rows = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>" for r in table_rows(ev))
    parts = [f"<!doctype html><meta charset='utf-8'><title>kehoach evaluation</title><style>{_CSS}</style>",
             f"<h1>kehoach evaluation — {_e(dt.date.today().isoformat())} ({_e(git_version())})</h1>",
             (f"<p>{_e(ev.docs_dir)} against {_e(ev.gold_dir)}: {len(ev.documents)} documents, "
              f"{HEADLINE.name} matching, strict alongside.</p>"),
             "<table><tr>" + "".join(f"<th>{_e(h)}</th>" for h in HEADER) + f"</tr>{md_rows}</table>"]
    if ev.baselines:
        parts.append("<h2>Baselines</h2><pre>" + _e("\n".join(baseline_lines(ev)[1:])) + "</pre>")
    if ev.perturbations:
        parts.append("<h2>Perturbations</h2><pre>" + _e("\n".join(perturbation_lines(ev)[1:])) + "</pre>")
    if ev.errors or ev.notes:
        parts.append("<h2>Notes and errors</h2><ul>" + "".join(f"<li>{_e(x)}</li>" for x in ev.errors + ev.notes) + "</ul>")
    counts = error_counts(ev)
    if counts:
        head = "".join(f"<th>{c}</th>" for c in CATEGORIES)
        body = "".join(f"<tr><td>{_e(f)}</td>" + "".join(f"<td>{c.get(k, 0)}</td>" for k in CATEGORIES) + "</tr>"
                       for f, c in counts.items())
        parts.append(f"<h2>Errors by field</h2><table><tr><th>field</th>{head}</tr>{body}</table>")
    parts.append("<h2>Errors per document</h2><p>missed: in gold, not predicted; spurious: predicted, not in "
                 "gold; partial: matched softly, not strictly; incorrect: a value there but wrong. "
                 "<mark>Marked</mark>: the predicted span, or where the gold text is found.</p>")
    for stem in ev.documents:
        rows = error_rows(ev, stem)
        body = "".join(_html_error(r) for r in rows)
        parts.append(f"<details><summary>{_e(stem)} ({_e(ev.sources.get(stem))}): {len(rows)} errors</summary>"
                     f"<table><tr><th>field</th><th>category</th><th>gold</th><th>predicted</th><th>context</th></tr>"
                     f"{body}</table></details>")
    return "\n".join(parts) + "\n"


def _html_error(r: dict[str, Any]) -> str:
    snip = r["_snip"]
    ctx = "not found in the text" if snip is None else f"{_e(snip[0])}<mark>{_e(snip[1])}</mark>{_e(snip[2])}"
    return (f"<tr><td>{_e(r['field'])}</td><td class='{_e(r['category'])}'>{_e(r['category'])}</td>"
            f"<td>{_e(r['gold'])}</td><td>{_e(r['pred'])}</td><td class='ctx'>{ctx}</td></tr>")


def write_reports(ev: Evaluation, out_dir: Path) -> dict[str, Any]:
    out_dir.mkdir(parents=True, exist_ok=True)
    data = to_json(ev)
    (out_dir / "report.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    (out_dir / "report.md").write_text(markdown(ev), encoding="utf-8")
    (out_dir / "report.html").write_text(to_html(ev), encoding="utf-8")
    return data


def save_history(data: dict[str, Any], history: Path = HISTORY) -> Path:
    """evaluation/history/<date>-<sha>.json: the fields and the baseline/perturbation summaries
    (per-document errors left out to keep committed reports small)."""
    history.mkdir(parents=True, exist_ok=True)
    path = history / f"{data['version']['date']}-{data['version']['git']}.json"
    kept = {k: v for k, v in data.items() if k != "documents"}
    kept["documents"] = {stem: {"source": d["source"], "errors": len(d["errors"])} for stem, d in data["documents"].items()}
    path.write_text(json.dumps(kept, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
