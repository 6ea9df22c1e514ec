"""The units stage's fast paths agree with the plain rules they stand for, on any text: one match
in place of several tried in turn, a bounded read in place of a copy of the rest of the line, a
walk in text order in place of a search back to the line start."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import units_roles as r
from extractor.line_bounds import LineBounds

_TEXT = st.text(alphabet=st.sampled_from(list(" \n\t.:;,/()aAĐđỦx")), max_size=60)


_CUE_WORDS = [w for k in ("via_before", "support_before", "advise_before", "report_verbs", "lead_before") for w in r._R[k]]
_NEAR = st.lists(st.sampled_from([*_CUE_WORDS, "qua", " ", ",", ":", ";", "(", "Qua", "PHỐI HỢP", "x"]), max_size=6).map("".join)


@settings(max_examples=400, deadline=None)
@given(_NEAR)
def test_first_cues_in_one_match_as_tried_one_by_one(near: str) -> None:
    rev = near[::-1]
    tried = [(r._VIA_BEFORE_REV, "report_to"), (r._SUPPORT_BEFORE_REV, "support"),
             (r._ADVISE_BEFORE_REV, "advise"), (r._REPORT_DIRECT_REV, "report_to")]
    expected = next((role for rx, role in tried if rx.match(rev)), None)
    m = r._FIRST_CUES_REV.match(rev)
    assert (r._FIRST_CUE_ROLES[m.lastindex - 1] if m else None) == expected


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.data())
def test_nothing_after_as_the_stripped_rest_of_the_line(text: str, data: st.DataObject) -> None:
    text = text.replace("\n", "") + "x" * data.draw(st.integers(0, 50))  # past the 40-character window
    last = data.draw(st.integers(0, len(text)))
    rest = text[last:].strip(" .:;,/")
    expected = not rest or (rest.startswith("(") and rest.endswith(")") and rest.count("(") == 1)
    assert r._nothing_after(text, last, len(text)) == expected


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.lists(st.integers(0, 60), max_size=8))
def test_line_bounds_as_rfind_and_find(text: str, positions: list[int]) -> None:
    lines = LineBounds(text)  # in any order: out-of-order positions are answered afresh
    for pos in [min(p, len(text)) for p in positions]:
        e = text.find("\n", pos)
        assert lines.at(pos) == (text.rfind("\n", 0, pos) + 1, len(text) if e < 0 else e)
