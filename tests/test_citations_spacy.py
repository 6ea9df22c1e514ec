"""The spaCy component: citations (and dates/units when those stages give them) as doc.spans."""

from __future__ import annotations

import subprocess
import sys

import pytest

spacy = pytest.importorskip("spacy")

import extractor.spacy_component  # noqa: F401  (registers the "kehoach" factory)

TEXT = ("KẾ HOẠCH\nThực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện "
        "Chỉ thị số 05–CT/TƯ; căn cứ Kế hoạch số 58/KH-UBND ngày 14/3/2024 của UBND tỉnh.")


def test_component_puts_citations_in_spans() -> None:
    nlp = spacy.blank("xx")
    nlp.add_pipe("kehoach")
    doc = nlp(TEXT)
    cites = [s for s in doc.spans["kehoach"] if s.label_ == "CITATION"]
    assert [s._.kehoach_id for s in cites] == ["01-KL/TW", "05-CT/TW", "58/KH-UBND"]
    # spans index doc.text (the en dash and TƯ are as printed there)
    assert [s.text for s in cites] == ["Kết luận số 01-KL/TW", "Chỉ thị số 05–CT/TƯ", "Kế hoạch số 58/KH-UBND"]
    assert cites[0]._.kehoach_kind == "KL"
    assert cites[0]._.kehoach_value["issued_date"] == "2021-05-18"
    assert cites[0]._.kehoach_value["relation"] == "implements"


def test_config_and_other_spans_key() -> None:
    nlp = spacy.blank("xx")
    nlp.add_pipe("kehoach", config={"spans_key": "kh", "dates": False, "units": False})
    doc = nlp(TEXT)
    assert {s.label_ for s in doc.spans["kh"]} == {"CITATION"}


def test_empty_doc() -> None:
    nlp = spacy.blank("xx")
    nlp.add_pipe("kehoach")
    assert list(nlp("").spans["kehoach"]) == []


def test_core_does_not_import_spacy() -> None:
    code = "import sys, extractor, extractor.citations; from extractor import extract_text; " \
           "extract_text('Thực hiện Kết luận số 01-KL/TW.'); print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
