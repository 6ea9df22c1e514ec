"""Plain text, markdown and HTML exports: decode (UTF-8 with/without BOM, UTF-16), nothing else.

Cleaning (markdown emphasis, HTML leftovers, wrapped lines) is normalisation's job, so that
text from every format goes through the same steps.
"""

from __future__ import annotations

from .errors import IngestError, Limits, TooLarge


def decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if len(data) >= 4 and data[1:4:2] == b"\x00\x00" and data[0:4:2] != b"\x00\x00":
        return data.decode("utf-16-le", errors="replace")
    if b"\x00" in data[:4096]:
        raise IngestError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        if text.count("\ufffd") > max(10, len(text) // 100):
            raise IngestError(f"{name}: not UTF-8 or UTF-16 text") from None
        return text


def read_text(data: bytes, name: str, limits: Limits) -> tuple[str, list, None, list[str]]:
    text = decode(data, name)
    if len(text) > limits.max_chars:
        raise TooLarge(f"{name}: {len(text):,} characters is over the limit of {limits.max_chars:,}")
    return text, [], None, []
