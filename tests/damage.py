"""Damaged copies of a file, for the readers' contract: a damaged file gives a result or one
IngestError line, never another exception (shared by the .pdf/.docx tests)."""

from __future__ import annotations

import random
from collections.abc import Iterator

from extractor.ingest import IngestError, read_bytes


def damaged_copies(data: bytes, seed: int, n: int) -> Iterator[bytes]:
    """`n` copies of `data`, in turn: bytes flipped, the file cut short, a stretch overwritten."""
    rnd = random.Random(seed)
    for k in range(n):
        b = bytearray(data)
        if k % 3 == 0:
            for _ in range(rnd.choice([3, 20, 100])):
                b[rnd.randrange(len(b))] = rnd.randrange(256)
        elif k % 3 == 1:
            b = b[: rnd.randrange(10, len(b))]
        else:
            i = rnd.randrange(len(b))
            b[i : i + 500] = rnd.randbytes(500)
        yield bytes(b)


def assert_read_or_refused(data: bytes, name: str) -> None:
    """Reading `data` as `name` gives text, or an IngestError of one line naming the file."""
    try:
        doc = read_bytes(data, name)
    except IngestError as e:
        assert str(e).startswith(f"{name}: ") and "\n" not in str(e)
    else:
        assert doc.text.strip()
