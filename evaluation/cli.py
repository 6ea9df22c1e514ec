"""`kehoach evaluate`: registered on the extractor's Typer app by `register(app)`, called at the
bottom of extractor/cli.py."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .gate import THRESHOLDS, check, load_thresholds, suggest, write_thresholds
from .harness import evaluate, headline
from .report import console_table, save_history, to_json, write_reports


def evaluate_command(
    docs: Annotated[Path, typer.Option("--docs", help="Folder of documents (.txt, .docx, .pdf …)")] = Path(
        "corpus/documents"),
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold JSON files, one per document stem")] = Path(
        "corpus/gold"),
    report: Annotated[Path | None, typer.Option("--report", help="Write report.json/.md/.html here")] = None,
    baselines: Annotated[bool, typer.Option("--baselines", help="Score dateparser, underthesea, one regex too")] = False,
    perturb: Annotated[bool, typer.Option("--perturb", help="Re-run on formatting variants and renderings")] = False,
    renderings: Annotated[Path | None, typer.Option("--renderings", help="Folder of <stem>.docx/.pdf "
                                                    "(default: renderings/ beside the documents folder)")] = None,
    save: Annotated[bool, typer.Option("--save", help="Keep a copy in evaluation/history/<date>-<sha>.json")] = False,
    gate: Annotated[bool, typer.Option("--gate", help="Exit 1 when a field is below evaluation/thresholds.yaml")] = False,
    raise_thresholds: Annotated[bool, typer.Option(
        "--raise-thresholds", help="Raise evaluation/thresholds.yaml to just under the measured scores")] = False,
) -> None:
    """Score the extractor against gold: per-field P/R/F1 (lists) and accuracy (document fields)."""
    ev = evaluate(docs, gold, baselines=baselines, perturb=perturb, renderings_dir=renderings)
    for line in ev.notes:
        typer.echo(line, err=True)
    for line in ev.errors:
        typer.echo(line, err=True)
    typer.echo(console_table(ev))
    data = write_reports(ev, report) if report else to_json(ev)
    if report:
        typer.echo(f"reports: {report}/report.json, report.md, report.html")
    if save:
        typer.echo(f"saved: {save_history(data)}")
    failed = bool(ev.errors)
    if raise_thresholds:
        write_thresholds(suggest(headline(ev.fields), load_thresholds() if THRESHOLDS.exists() else {}))
        typer.echo(f"thresholds: {THRESHOLDS}")
    if gate:
        fell = check(headline(ev.fields), load_thresholds())
        for line in fell:
            typer.echo(f"below threshold: {line}", err=True)
        failed = failed or bool(fell)
    if failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("evaluate")(evaluate_command)
