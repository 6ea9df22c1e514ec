"""The FastAPI application: `create_app(settings)`; `uvicorn service.app:app` uses the environment."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

from extractor.ingest import IngestError

from .db import make_engine, make_sessionmaker, migrate
from .routes import directives, documents, health, search, web
from .settings import Settings, get_settings

HERE = Path(__file__).resolve().parent


def _ingest_error(_: Request, exc: Exception) -> JSONResponse:
    status = getattr(exc, "http_status", 400)
    return JSONResponse({"detail": str(exc)}, status_code=status)


def _unexpected(_: Request, exc: Exception) -> JSONResponse:
    # Errors stay JSON with a reason; the transaction was rolled back (store.ingest_bytes), nothing half-stored.
    return JSONResponse({"detail": f"Internal error: {type(exc).__name__}"}, status_code=500)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    engine = make_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Any:
        yield
        engine.dispose()

    migrate(engine)
    app = FastAPI(title="kehoach", version="0.1.0", docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Kế hoạch: upload plans, read their records, find who cites a directive.")
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessionmaker = make_sessionmaker(engine)
    app.add_exception_handler(IngestError, _ingest_error)
    app.add_exception_handler(Exception, _unexpected)

    app.mount("/static/swagger", StaticFiles(directory=str(swagger_ui_path)), name="swagger")
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    for router in (documents.router, directives.router, search.router, health.router, web.router):
        app.include_router(router)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        # Swagger UI 4 (the vendored bundle) reads OpenAPI 3.0 documents: give it a copy so labelled.
        return get_swagger_ui_html(
            openapi_url="/docs/openapi.json", title="kehoach — API",
            swagger_js_url="/static/swagger/swagger-ui-bundle.js",
            swagger_css_url="/static/swagger/swagger-ui.css",
            swagger_favicon_url="/static/swagger/favicon-32x32.png",
        )

    @app.get("/docs/openapi.json", include_in_schema=False)
    def docs_openapi() -> dict[str, Any]:
        return {**app.openapi(), "openapi": "3.0.3"}

    return app


app: FastAPI  # declared, not bound: the first `service.app.app` goes through __getattr__ below


def __getattr__(name: str) -> Any:  # `uvicorn service.app:app` builds the app on first use
    if name == "app":
        global app
        app = create_app()
        return app
    raise AttributeError(name)
