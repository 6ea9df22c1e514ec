"""Property tests: any text gives no exception, spans slice to their text, and results do not change
under the normalisations (tone marks, dash variants, NFD, hard wrapping: variant -> normalise -> extract)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.citations import extract_citations
from extractor.models import DocumentMeta
from extractor.normalise import normalise

ROOT = Path(__file__).resolve().parents[1] / "corpus" / "documents"
_SENTENCES = [
    "Thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW",
    "Căn cứ Kế hoạch số 58/KH-UBND ngày 14/3/2024 của UBND tỉnh; căn cứ Kế hoạch số 539-KH/ĐU ngày 14/3/2024",
    "Quy định số 2400-QĐ/TU ngày 27/8/2012, Quy định số 4842-QĐ/TU, ngày 30/7/2019 của Ban Thường vụ Tỉnh ủy",
    "Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13, ngày 25/6/2015",
    "Các Công điện: số 007/CĐ-UBND ngày 17/11/2025, số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025",
    "gắn với Quy định số 144-QĐ/TW của Bộ Chính trị về trách nhiệm nêu gương của cán bộ, đảng viên",
    "QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ",
    "Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN, ngày 26 tháng 9 năm 2025 của Ủy ban Thường vụ Quốc hội",
    "Nghị định số 78/2021/NĐ-CP ngày 01 tháng 8 năm 2021 của Chính phủ về thành lập và quản lý Quỹ hỗ trợ",
    "theo hướng dẫn tại Công văn số 150-CV/ĐU, ngày 26/3/2026 của Đảng ủy UBND tỉnh về việc hoàn thiện",
]

_ALPHABET = st.sampled_from(list("0123456789/-.,;: \n\"()[]|SốsốKếtluậnNghịquyếtQĐiTWTƯCPUBNDKHđặngàythángnăm⁽¹⁾của"))


def _key(text: str) -> list[tuple[object, ...]]:
    r = extract_citations(text, [], DocumentMeta())
    return [(c.id, c.kind, c.issued_date, c.relation, c.form) for c in r.citations]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=0, max_size=300))
def test_any_text_no_exception(text: str) -> None:
    r = extract_citations(text, [], DocumentMeta())
    for c in r.citations:
        assert text[c.start:c.end] == c.text
    for n in r.named_references:
        assert text[n.start:n.end] == n.name


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_ALPHABET, st.sampled_from(["Kết luận số ", "Chỉ thị ", " của Bộ Chính trị", "ngày ",
                                                      "01-KL/TW", "05-CT/TƯ", "58/KH-UBND", " và số ", "Căn cứ "])),
                max_size=60).map("".join))
def test_citation_like_text_spans(text: str) -> None:
    text = normalise(text).text
    r = extract_citations(text, [], DocumentMeta())
    for c in r.citations:
        assert text[c.start:c.end] == c.text
        assert c.text
    assert all(d.mentions >= 1 for d in r.directives)


def _old_tones(s: str) -> str:
    return s.replace("ủy", "uỷ").replace("Ủy", "Uỷ").replace("hóa", "hoá").replace("khóa", "khoá")


def _dashes(s: str) -> str:
    return s.replace("-", "\u2013")


def _wrap(s: str, width: int) -> str:
    out, line = [], ""
    for w in s.split(" "):
        if line and len(line) + len(w) + 1 > width and w[:1].islower():
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    out.append(line)
    return "\n".join(out)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(_SENTENCES), st.sampled_from(["tones", "dashes", "nfd", "wrap", "spaces"]), st.integers(30, 90))
def test_invariant_under_normalisations(sentence: str, variant: str, width: int) -> None:
    base = _key(normalise(sentence).text)
    assert base
    if variant == "tones":
        v = _old_tones(sentence)
    elif variant == "dashes":
        v = _dashes(sentence)
    elif variant == "nfd":
        v = unicodedata.normalize("NFD", sentence)
    elif variant == "wrap":
        v = _wrap(sentence, width)
    else:
        v = sentence.replace(" ", "\u00a0", 3)
    assert _key(normalise(v).text) == base


def test_corpus_spans_and_invariance() -> None:
    for path in sorted(ROOT.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        text = normalise(raw).text
        r = extract_citations(text, [], DocumentMeta())
        for c in r.citations:
            assert text[c.start:c.end] == c.text
        nfd = normalise(unicodedata.normalize("NFD", raw)).text
        assert _key(nfd) == _key(text), path.name


_PATHOLOGICAL = {
    "dashes": "Kết luận số 1" + "-A" * 20000,
    "issuer": "Kết luận số 01-KL/TW của " + "Ban " * 50000,
    "law name": "Luật " + "Ab " * 50000 + "số 5/2020/QH14",
    "one long list": "Căn cứ Kết luận số 01-KL/TW; " * 5000,
    "continuations": "Quyết định số 1/QĐ-TTg" + ", số 2/QĐ-TTg" * 5000,
    "aliases": "Kết luận số 21-KL/TW (sau đây viết tắt là Kết luận 21) " + "Kết luận 21 " * 5000,
    "type words": "Kế hoạch số " * 50000,
    "nested": "Thực hiện Kết luận số 01-KL/TW về " * 5000,
    "joint issuer": "Kết luận số 01-KL/TW của Ban" + ", Ban" * 20000 + " và Ban",
}


def test_no_catastrophic_backtracking() -> None:
    import time

    for name, text in _PATHOLOGICAL.items():
        t0 = time.process_time()
        extract_citations(text, [], DocumentMeta())
        assert time.process_time() - t0 < 5, name


_WORDS = st.sampled_from([
    "Kết luận", "số", "01-KL/TW", "Chỉ thị", "05", "của", "Bộ Chính trị", "ngày", "18/5/2021", ",", ";", " và ",
    "(sau đây viết tắt là Kết luận 01)", "Kế hoạch này", "Luật", "Đất đai", "31/2024/QH15", "Căn cứ", "theo", "\n",
    "|", "⁽¹⁾", "İ", "TƯ", "QUYẾT ĐỊNH SỐ", "06/QĐ-TTG", "Nghị quyết Đại hội XIV của Đảng", "các", "Quyết định số",
    "537/QĐ-TTg",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join), st.sampled_from([None, "KH", "QĐ"]),
       st.sampled_from([None, "01-KL/TW", "5/KH"]))
def test_directives_are_the_citations(text: str, doc_type: str | None, number: str | None) -> None:
    r = extract_citations(text, [], DocumentMeta(doc_type=doc_type, number=number))
    cited = [c for c in r.citations if c.form != "self"]
    for c in r.citations:
        assert text[c.start:c.end] == c.text and c.text
        assert c.phrase_end is not None and c.phrase_end >= c.end
    assert {c.id for c in cited} == {d.id for d in r.directives}
    assert sum(d.mentions for d in r.directives) == len(cited)


def test_long_list_line_without_issuers_is_linear() -> None:
    import time

    text = "Căn cứ các Luật của Quốc hội: " + "Luật Dữ liệu số 60/2024/QH15; " * 5000
    t0 = time.process_time()
    r = extract_citations(text, [], DocumentMeta())
    assert time.process_time() - t0 < 5
    assert r.citations[-1].issuer == "Quốc hội"


# --- speed rewrites give what the plain forms gave -------------------------------------------------
_PIECES = ["bộ", "luật", "giấy", "mời", "dự", "án", "nghị", "Văn", "kết", "kế", "Nghị", "quyết", "định", "thông", "báo", "cáo", "kết", "luận", "công", "văn", "bản",
           "pháp", "lệnh", "hiến", "điều", "lệ", "đảng", "của", "đại", "hội", "chi", "kế", "hoạch", "hành", "động",
           "Thực", "hiện", "căn", "cứ", "Căn cứ vào", "theo", "hướng", "dẫn", "tại", "gắn", "với", "các", "Các",
           "UBND", "tỉnh", "x", "_", "2", ".", ":", "|", "!", "?", "\n", "(", '"', "A", "Quy", "chế"]
_GLUE = st.sampled_from([" ", "", "  ", "\n", "(", ". ", ", "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), _GLUE), max_size=60))
def test_anchor_parts_give_the_trie_spans(pieces: list[tuple[str, str]]) -> None:
    from extractor.citations import patterns as P
    from extractor.citations.anchors import _trie_spans

    low = "".join(a + b for a, b in pieces).lower()
    assert _trie_spans(low) == [m.span() for m in P.ANCHOR_RE.finditer(low)]


_FOLLOW_PIECES = [*_PIECES, "số", "Số", "so", "này", "ſo", "01", ":", "sốx"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_FOLLOW_PIECES), _GLUE), max_size=60))
def test_anchor_passes_tell_the_follow_up(pieces: list[tuple[str, str]]) -> None:
    from extractor.citations import patterns as P
    from extractor.citations.anchors import _spans

    low = "".join(a + b for a, b in pieces).lower()
    assert [(s, e, P.FOLLOW_RE.match(low, e) is not None) for s, e, _f in _spans(low)] == _spans(low)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), _GLUE), max_size=60), st.integers(0, 5))
def test_letter_led_patterns_match_their_plain_forms(pieces: list[tuple[str, str]], start: int) -> None:
    from extractor.citations import patterns as P

    text = "".join(a + b for a, b in pieces)
    for fast, plain in ((P.CUE_RE, P.CUE_PLAIN_RE), (P.LIST_INTRO_RE, P.LIST_INTRO_PLAIN_RE)):
        got = [(m.span(), m.groupdict()) for m in fast.finditer(text, start)]
        assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text, start)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .!?|\nA\t-Đ")), max_size=200), st.lists(st.integers(0, 200), max_size=30))
def test_scope_starts_look_back_like_the_boundary_regex(text: str, positions: list[int]) -> None:
    import re
    from bisect import bisect_right

    from extractor.citations.relations import _Scopes

    ends = sorted({0} | {m.end() for m in re.finditer(r"[.!?](?=\s+[A-ZÀ-ỸĐ\-+*]|\s*$)|\||\n", text)})
    scopes = _Scopes(text)
    for pos in sorted(p for p in positions if p <= len(text)):
        assert scopes.at(pos) == ends[bisect_right(ends, pos) - 1]


# --- string checks before a regex: never skip a match --------------------------------------------
_TAIL_PIECES = ["và", "VÀ", "của", "CỦA", "các", "Các", "cùng", "với", "theo", "Theo", "tại", "UBND", "Sở Tài chính",
                "x", "vàx", "ủy", "(", ",", "."]
_TAIL_GLUE = st.sampled_from([" ", "", "  ", "\n", "\t"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TAIL_PIECES), _TAIL_GLUE), max_size=12), st.integers(0, 30))
def test_checks_before_tail_regexes_keep_their_matches(pieces: list[tuple[str, str]], lo: int) -> None:
    from extractor.citations import patterns as P

    s = "".join(a + b for a, b in pieces)
    assert P.trim_trailing_glue(s) == P._TRAILING_GLUE_RE.sub("", s)
    lo = min(lo, len(s))
    before = s[lo:].removesuffix("\n")
    if P.PRE_ISSUER_RE.search(s, lo) is not None:
        assert before.endswith(" ") and before.rstrip(" ").endswith(P.PRE_ISSUER_ENDINGS)
