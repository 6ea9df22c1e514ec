"""Hard-wrapped text (every paragraph broken at ~70 columns): the breaks a wrap makes that look like
something else. Each snippet is a corpus document's text as `evaluation.perturb.hard_wrap` breaks it
(or as its PDF export did), with a near miss next to it that must keep its line break."""

from __future__ import annotations

import importlib

import pytest

from evaluation.perturb import hard_wrap
from extractor.normalise import normalise

n = importlib.import_module("extractor.normalise")

# dev-08's opening paragraph wrapped at 70 columns: it makes any text around it a hard-wrapped export
_FILLER = hard_wrap(
    "Thực hiện Kế hoạch số 283/KH-UBND ngày 24/9/2025 của Ủy ban nhân dân Tỉnh về thực hiện Nghị quyết "
    "số 71/NQ-CP ngày 01/5/2025 của Chính phủ và Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của "
    "Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột "
    "phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Ủy ban nhân dân Tỉnh "
    "ban hành Kế hoạch chuyển đổi số cho các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hợp tác xã, "
    "hộ kinh doanh trên địa bàn tỉnh với các nội dung như sau."
)


def _text(snippet: str, blank_lines: bool) -> str:
    """The snippet between two copies of the filler: with blank lines between paragraphs (an e-mail
    export, the corpus's PDF exports) or without (pdftotext, a one-paragraph-per-line text wrapped)."""
    sep = "\n\n" if blank_lines else "\n"
    return sep.join([_FILLER, _FILLER, snippet, _FILLER, _FILLER]) + "\n"


# (case, blank lines between paragraphs?, wrapped snippet, runs on one line, starts a line)
CASES = [
    (  # dev-08: "(DN)," alone on a line is capitals, but no header cell
        "capitals_fragment", True,
        ("a) Thúc đẩy mạnh mẽ chuyển đổi\n"
        "số toàn diện trong hoạt động sản xuất kinh doanh của các doanh nghiệp\n"
        "(DN),\n"
        "nhất là doanh nghiệp nhỏ và vừa (DNNVV), hợp tác xã (HTX), hộ\n"
        "kinh doanh (HKD) trên địa bàn Tỉnh.\n"
        "KẾ HOẠCH\n"
        "thực hiện chuyển đổi số năm 2026."),
        ["của các doanh nghiệp (DN), nhất là doanh nghiệp nhỏ"], ["KẾ HOẠCH"],
    ),
]


@pytest.mark.parametrize(("case", "blank_lines", "snippet", "runs_on", "starts"), CASES, ids=[c[0] for c in CASES])
def test_a_hard_wrap_is_undone_and_a_real_break_kept(
    case: str, blank_lines: bool, snippet: str, runs_on: list[str], starts: list[str]
) -> None:
    text = _text(snippet, blank_lines)
    assert n._is_hard_wrapped(text)
    lines = normalise(text).text.split("\n")
    for piece in runs_on:
        assert any(piece in ln for ln in lines), (piece, lines)
    for start in starts:
        assert any(ln.startswith(start) for ln in lines), (start, lines)

