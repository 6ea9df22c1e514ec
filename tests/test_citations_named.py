"""Table-driven tests for named references (documents named without a number): real sentences from
the dev documents or of the same kind; expected names written by reading them (corpus/README.md:
one item per standalone mention, the name as printed; names inside a cited document's trích yếu
and plans that are only subject matter are not listed)."""

from __future__ import annotations

import pytest

from extractor.citations import extract_citations
from extractor.models import DocumentMeta


def _names(text: str) -> list[str]:
    return [n.name for n in extract_citations(text, [], DocumentMeta()).named_references]


ROWS: list[tuple[str, list[str]]] = [
    # A law's year belongs to its name ("Luật Thủy sản năm 2017").
    ("Căn cứ Luật Thủy sản năm 2017;\nCăn cứ Luật Bảo vệ môi trường năm 2020;",
     ["Luật Thủy sản năm 2017", "Luật Bảo vệ môi trường năm 2020"]),
    ("theo Luật Thủy sản, Luật An toàn thực phẩm, Luật Bảo vệ môi trường,....",
     ["Luật Thủy sản", "Luật An toàn thực phẩm", "Luật Bảo vệ môi trường"]),
]


@pytest.mark.parametrize(("text", "names"), ROWS)
def test_named_references_table(text: str, names: list[str]) -> None:
    assert _names(text) == names
