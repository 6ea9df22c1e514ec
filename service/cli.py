"""The service's commands on the `kehoach` CLI: ingest, cites, serve, token create, and `run`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from extractor.ingest import IngestError

from . import crud
from .db import make_engine, make_sessionmaker, migrate
from .settings import Settings
from .store import ingest_bytes

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

token_app = typer.Typer(add_completion=False, no_args_is_help=True, help="Access tokens for the API.")


def _sessions(settings: Settings) -> sessionmaker[Session]:
    engine = make_engine(settings.database_url)
    migrate(engine)
    return make_sessionmaker(engine)


def ingest_paths(paths: list[Path], settings: Settings | None = None, *, quiet: bool = False) -> tuple[int, int, int]:
    """Store every readable file under `paths`: (new, already stored, failed)."""
    from tqdm import tqdm

    from extractor.cli import expand_paths

    settings = settings or Settings()
    factory = _sessions(settings)
    files = expand_paths(paths)
    new = same = failed = 0
    with factory() as session:
        for f in tqdm(files, unit="doc", file=sys.stderr, disable=quiet or None, desc="ingest"):
            try:
                _, created = ingest_bytes(session, data=f.read_bytes(), name=f.name, max_bytes=settings.max_bytes)
            except (IngestError, OSError) as e:
                typer.echo(f"kehoach: {f}: {e}", err=True)
                failed += 1
                continue
            new, same = new + created, same + (not created)
    return new, same, failed


def ingest(paths: Annotated[list[Path], typer.Argument(help="Files or folders (.pdf, .docx, .txt)")]) -> None:
    """Extract and store documents in the database (KEHOACH_DATABASE_URL)."""
    new, same, failed = ingest_paths(paths)
    typer.echo(f"{new} stored, {same} already stored, {failed} failed")
    if failed:
        raise typer.Exit(1)


def cites(ref: Annotated[str, typer.Argument(help="'01-KL/TW', 'KL 01', 'Nghị quyết 21-NQ/TƯ' …")]) -> None:
    """Every stored document citing a directive."""
    factory = _sessions(Settings())
    with factory() as session:
        res = crud.resolve_ref(session, ref=ref)
        if res.id is None:
            if res.ids:
                typer.echo(f"'{ref}' is ambiguous: " + ", ".join(res.ids), err=True)
            else:
                typer.echo(f"kehoach: no known directive matches '{ref}'", err=True)
            raise typer.Exit(1)
        rows, count = crud.citing(session, directive_id=res.id, limit=10_000)
        typer.echo(f"{res.id}: cited by {count} document(s)")
        for c in rows:
            typer.echo(f"  #{c.id} {c.number or c.name} — {c.issuer or '?'} {c.issued_date or ''} "
                       f"[{c.relation}{', ' + c.section if c.section else ''}]")
            if c.snippet:
                typer.echo(f"      {c.snippet}")


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port")] = 8000,
) -> None:
    """Serve the API and the web page."""
    import uvicorn

    from .app import create_app

    uvicorn.run(create_app(), host=host, port=port)


@token_app.command("create")
def token_create(
    scope: Annotated[str, typer.Option(help="read or write")] = "read",
    name: Annotated[str | None, typer.Option(help="A note: who the token is for")] = None,
) -> None:
    """Create a token and print it (only its hash is stored: keep it)."""
    if scope not in ("read", "write"):
        raise typer.BadParameter("expected read or write", param_hint="--scope")
    factory = _sessions(Settings())
    with factory() as session:
        token = crud.create_token(session, scope=scope, name=name)
        session.commit()
    typer.echo(token)


def run_main(corpus: Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """`make run`: ingest the corpus into the default database, print the URL and a token, serve."""
    settings = Settings()
    new, same, failed = ingest_paths([corpus], settings)
    typer.echo(f"{corpus}: {new} stored, {same} already stored, {failed} failed ({settings.database_url})")
    factory = _sessions(settings)
    with factory() as session:
        token = crud.create_token(session, scope="write", name="make run")
        session.commit()
    url = f"http://{host}:{port}/"
    typer.echo(f"\nWeb page:  {url}?token={token}\nAPI docs:  {url}docs\nToken:     {token}\n"
               f"Example:   curl -H 'Authorization: Bearer {token}' '{url}directives/citing?ref=KL%2001'\n")
    serve(host=host, port=port)


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(cites)
    app.command()(serve)
    app.add_typer(token_app, name="token")


