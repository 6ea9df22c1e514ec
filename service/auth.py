"""Bearer tokens: writes need a write token; reads a read or write token (or none with
KEHOACH_PUBLIC_READ=1). Tokens are stored hashed (sha256 of a 256-bit random string).

The web page keeps the token in localStorage and sends it as a header; for plain links
(downloads, page views) it also sets the `kehoach_token` cookie, accepted for reads only.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from . import crud
from .db import SessionDep
from .settings import Settings

COOKIE = "kehoach_token"
bearer = HTTPBearer(auto_error=False, description="A token from `kehoach token create --scope read|write`.")
BearerDep = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


def _unauthorized(reason: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, reason, headers={"WWW-Authenticate": "Bearer"})


def _scope(session: SessionDep, token: str) -> str:
    """The token's scope. Tokens are never changed once made, so known ones are remembered per process
    (by hash); unknown ones are looked up every time, so a token made a moment ago works at once."""
    cache: dict[str, str] = session.info.setdefault("token_cache", {})
    key = crud.hash_token(token)
    scope = cache.get(key) or crud.token_scope(session, token=token)
    if scope is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Invalid token")
    cache[key] = scope
    return scope


def check_read(request: Request, session: SessionDep, settings: Settings,
               credentials: HTTPAuthorizationCredentials | None) -> str:
    token = credentials.credentials if credentials else request.cookies.get(COOKIE)
    if not token:
        if settings.public_read:
            return "public"
        raise _unauthorized("Missing token: send 'Authorization: Bearer <token>'")
    return _scope(session, token)


async def read_scope(request: Request, session: SessionDep, settings: SettingsDep, credentials: BearerDep) -> str:
    """Async (no thread hop) when nothing is to be looked up; a token is looked up in a worker thread."""
    token = credentials.credentials if credentials else request.cookies.get(COOKIE)
    if (not token and settings.public_read) or (token and crud.hash_token(token) in session.info.get("token_cache", {})):
        return check_read(request, session, settings, credentials)
    return await run_in_threadpool(check_read, request, session, settings, credentials)


def write_scope(session: SessionDep, credentials: BearerDep) -> str:
    if credentials is None:
        raise _unauthorized("Missing token: writes need 'Authorization: Bearer <write token>'")
    scope = _scope(session, credentials.credentials)
    if scope != "write":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "This token has read scope; writes need a write token")
    return scope


ReadAccess = Annotated[str, Depends(read_scope)]
WriteAccess = Annotated[str, Depends(write_scope)]
