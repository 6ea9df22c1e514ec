"""extractor.symbols: the one canonical number/symbol function (document numbers and citations)."""

from __future__ import annotations

import pytest

from extractor.data import load
from extractor.symbols import canonical_number, parse_number


@pytest.mark.parametrize(("raw", "canon"), [
    ("Số: 491 /KH-VP", "491/KH-VP"),
    ("34-KH/ĐUK", "34-KH/ĐUK"),
    ("08-QĐi/TW", "08-QĐi/TW"),
    ("08-QĐI/TW", "08-QĐi/TW"),
    ("124-CV/VP.ĐUK", "124-CV/VP.ĐUK"),
    ("58/KH-UBND", "58/KH-UBND"),
    ("30/2020/NĐ-CP", "30/2020/NĐ-CP"),
    ("102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"),
    ("85/2015/QH13", "85/2015/QH13"),
    ("101/2025/UBTVQH15", "101/2025/UBTVQH15"),
    ("169-CP", "169-CP"),
    ("27/CT-TTG", "27/CT-TTg"),
    ("06/QĐ-TTG", "06/QĐ-TTg"),
    ("05-CT/TƯ", "05-CT/TW"),
    ("27/NQ- TW", "27/NQ-TW"),
    ("21- KL/TW", "21-KL/TW"),
    ("78/2021/NĐ -CP", "78/2021/NĐ-CP"),
    ("57\u2013NQ/TW", "57-NQ/TW"),
    ("87-KH/TU", "87-KH/TU"),  # Tỉnh ủy: TU is not TƯ
    ("4842-QĐ/TU", "4842-QĐ/TU"),
    ("66.2/2025/NQ-CP", "66.2/2025/NQ-CP"),
    ("8935/BNV-CTTN&BĐG", "8935/BNV-CTTN&BĐG"),
    ("49/QCPH-UBND-UBMT-HCTĐ", "49/QCPH-UBND-UBMT-HCTĐ"),
    ("459-KHHĐ/TU", "459-KHHĐ/TU"),
    ("số 02600/PA-UBND", "02600/PA-UBND"),
])
def test_canonical(raw: str, canon: str) -> None:
    assert canonical_number(raw) == canon


@pytest.mark.parametrize("raw", [None, "", "KH-UBND", "/KH-MTTQ-BTT", "abc", "2025 - 2030"])
def test_not_a_number(raw: str | None) -> None:
    assert canonical_number(raw) is None


def test_parts() -> None:
    p = parse_number("01-KL/TW")
    assert p and (p.number, p.kind, p.issuer, p.system) == ("01", "KL", "TW", "party")
    p = parse_number("30/2020/NĐ-CP")
    assert p and (p.number, p.year, p.kind, p.issuer, p.system) == ("30", "2020", "NĐ", "CP", "state")
    p = parse_number("85/2015/QH13")
    assert p and (p.kind, p.issuer, p.year) == (None, "QH13", "2015")
    p = parse_number("66.2/2025/NQ-CP")
    assert p and p.number == "66.2"


# every doc_types.yaml entry has a test sentence: its name in a citation gives its code
_SENTENCE_SYMBOL = {"party": "12-{c}/TW", "state": "12/{c}-UBND"}


@pytest.mark.parametrize("name", sorted(load("doc_types.yaml")["types"]))
def test_doc_type_entry_in_a_sentence(name: str) -> None:
    from extractor.citations import extract_citations
    from extractor.models import DocumentMeta

    entry = load("doc_types.yaml")["types"][name]
    system = "party" if "party" in entry and "state" not in entry else "state"
    code = entry.get("code") or entry[system]
    symbol = _SENTENCE_SYMBOL[system].format(c=code)
    r = extract_citations(f"Căn cứ {name} số {symbol} ngày 01/02/2024 của cơ quan.", [], DocumentMeta())
    assert [(c.kind, c.kind_name) for c in r.citations] == [(code, name)]
