"""The `kehoach` command line.

Commands: extract, text, schema, run (the main job of `make run`); other packages add theirs
(tasks, evaluate, ingest, cites, serve, token) by registering on `app` in their own modules,
imported at the bottom of this file.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from .ingest import FORMATS, IngestError, read
from .models import Record
from .normalise import normalise
from .pipeline import extract_source

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Read Vietnamese administrative plans.")


def fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"kehoach: {message}", err=True)
    return typer.Exit(code)


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given; folders expanded to the readable files inside them, sorted."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in FORMATS))
        else:
            out.append(p)
    return out


def _each_record(files: list[Path], *, include_text: bool = False) -> Iterator[Record | None]:
    """The record of each file in turn, or None for one that failed, after one line on stderr
    saying why (an unreadable file, or a stage's bug): the rest of a batch goes on."""
    for f in files:
        try:
            yield extract_source(read(f), include_text=include_text)
        except IngestError as e:
            typer.echo(f"kehoach: {e}", err=True)
            yield None
        except Exception as e:  # noqa: BLE001 - a stage's bug: one line, and the batch goes on
            typer.echo(f"kehoach: {f}: internal error while extracting ({type(e).__name__}: {e})", err=True)
            yield None


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.pdf, .docx, .txt, .md)")],
    pretty: Annotated[bool, typer.Option("--pretty", help="Indent the JSON")] = False,
    with_text: Annotated[bool, typer.Option("--with-text", help="Include the normalised text")] = False,
) -> None:
    """One file: one JSON record. Several files or a folder: JSON Lines, one record per file."""
    files = expand_paths(paths)
    if not files:
        raise fail("no readable files found")
    single = len(files) == 1 and not paths[0].is_dir()
    failures = 0
    progress = None
    if not single and sys.stderr.isatty():
        from tqdm import tqdm

        progress = tqdm(total=len(files), unit="doc", file=sys.stderr)
    for record in _each_record(files, include_text=with_text):
        if record is None:
            failures += 1
        else:
            typer.echo(record.to_json(indent=2 if pretty and single else None))
        if progress:
            progress.update(1)
    if progress:
        progress.close()
    if failures:
        raise typer.Exit(1)


@app.command()
def text(path: Annotated[Path, typer.Argument(help="A .pdf, .docx or .txt file")]) -> None:
    """Print the normalised text: every span in a record indexes this text."""
    try:
        src = read(path)
    except IngestError as e:
        raise fail(str(e), 1) from None
    typer.echo(normalise(src.text).text)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record."""
    typer.echo(json.dumps(Record.model_json_schema(by_alias=True), ensure_ascii=False, indent=2))


def summarise(record: Record) -> str:
    d = record.document
    lines = [
        (
            f"{record.source.name}: {d.doc_type or '?'} {d.number or '(no number)'} — {d.issuer or '?'}, "
            f"{d.place or '?'} {d.issued_date or ''}"
        ).rstrip(),
        f"  {(d.title or '')[:110]}",
        (
            f"  {len(record.sections)} sections, {len(record.directives)} directives "
            f"({len(record.citations)} mentions), {len(record.dates)} dates, "
            f"{len(record.units)} unit mentions, {len(record.tasks)} tasks"
        ),
    ]
    return "\n".join(lines)


@app.command("summary")
def summary(paths: Annotated[list[Path], typer.Argument(help="Files or folders")]) -> None:
    """A readable summary of each document."""
    failures = 0
    for record in _each_record(expand_paths(paths)):
        if record is None:
            failures += 1
        else:
            typer.echo(summarise(record))
    if failures:
        raise typer.Exit(1)


@app.command()
def run(corpus: Annotated[Path, typer.Option(help="Folder of plans")] = Path("corpus/documents")) -> None:
    """The main job of `make run`: store the corpus (SQLite default), serve on 127.0.0.1:8000."""
    from service.cli import run_main

    run_main(corpus)


from service.cli import register as _register_service

_register_service(app)

from evaluation.cli import register as _register_evaluation

_register_evaluation(app)


from .export import register as _register_tasks

_register_tasks(app)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
