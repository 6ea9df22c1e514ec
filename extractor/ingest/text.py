"""Plain text, markdown and HTML exports: decode (UTF-8 with/without BOM, UTF-16), nothing else.

Cleaning (markdown emphasis, HTML leftovers, wrapped lines) is normalisation's job, so that
text from every format goes through the same steps.
"""

from __future__ import annotations

from .errors import IngestError, Limits, TooLarge


def _sniff_utf16(head: bytes) -> str | None:
    """BOM-less UTF-16: text with ASCII letters and spaces has a zero in every other byte."""
    if len(head) < 4:
        return None
    even_zeros = head[0::2].count(0) / (len(head) / 2)
    odd_zeros = head[1::2].count(0) / (len(head) / 2)
    if odd_zeros > 0.3 and even_zeros < 0.05:
        return "utf-16-le"
    if even_zeros > 0.3 and odd_zeros < 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    utf16 = _sniff_utf16(data[:4096])
    if utf16:
        return data.decode(utf16, errors="replace")
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
