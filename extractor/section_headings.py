"""The heading of a section: the text after its marker, or the line below a bare marker; capitals
broken over lines joined; run-on text cut at the first full stop or colon (a numbered label such as
"Mục tiêu 1." is no stop); and the title a form prints under its own header."""

from __future__ import annotations

import re

from .data import load
from .section_tree import Marker

# where a heading stops: a "." (not the last of an ellipsis "...": the sentence goes on) or ":" before
# whitespace or the end; one pattern per mark, each led by
# its literal (sre skips to a literal at C speed, a class it tests at every position)
_DOT_STOP_RE = re.compile(r"\.(?<!\.\.)(?=\s|$)")
_COLON_STOP_RE = re.compile(r":(?=\s|$|\.\.)")  # also "Họ và tên:......": a label before a blank
_CONNECTOR_END_RE = re.compile(r"(?:,|-|\b(?:VÀ|CỦA|VỀ|CHO|TRONG|TRÊN|VỚI|TẠI))$")
DATE_LINE_RE = re.compile(r"ngày\s*\S*\s*tháng", re.IGNORECASE)
_MOTTO_LINE_RE = re.compile(r"^(?:CỘNG HÒA XÃ HỘI|Độc lập\s*-|ĐẢNG CỘNG SẢN VIỆT NAM)")
_HEADING_CAP = 1000  # a safety bound only: the spec cuts at the first full stop or colon
BARE_ROMAN_RE = re.compile(r"^[IVX]{1,5}$")
_PLACEHOLDER_RE = re.compile(r"^[(\d)\s.…_]*$")
_FORM_LOOKAHEAD = 12
# a table's first column head ("STT" under an appendix title): the title ends above it
_TABLE_HEADS = frozenset(load("headings.yaml")["table_heads"])


def _caps_run(text: str) -> str:
    """'THÀNH PHẦN HỘI NGHỊ Ban Thường trực …' -> 'THÀNH PHẦN HỘI NGHỊ' (3+ capital words, then a
    capitalised word: the heading ran on into its content)."""
    first_end = text.find(" ")
    if not text[: first_end if first_end >= 0 else len(text)].isupper():
        return text  # most headings and items: no need to split the paragraph
    if text.isupper():
        return text  # all in capitals: no capitalised word for it to run on into
    words = text.split(" ", 12)
    n = 0
    while n < len(words) and words[n].isupper() and len(words[n].strip(",;")) > 1:
        n += 1
    if 3 <= n < len(words) and words[n][:1].isupper() and not words[n].isupper():
        return " ".join(words[:n])
    return text


def heading_text(rest: str, lines: list[str], i: int, marks: dict[int, Marker | None], title: bool = False) -> str:
    """The heading: the marker line's text, or the next line for a bare marker; capitals broken
    after one word ("I. MỤC" / "ĐÍCH, YÊU CẦU") are joined; run-on text is cut at . or :"""
    text = rest.strip()
    j = i + 1
    if not text and j < len(lines) and marks.get(j) is None:
        text, j = lines[j].strip(), j + 1
    while (
        text and text.isupper() and j < len(lines) and lines[j].isupper()
        and (title or len(text.split()) == 1 or _CONNECTOR_END_RE.search(text))
        and marks.get(j) is None and not BARE_ROMAN_RE.match(lines[j]) and len(text) < _HEADING_CAP
        and lines[j] not in _TABLE_HEADS
    ):
        text, j = f"{text} {lines[j].strip()}", j + 1
    if not text[1:2].islower():  # a lower-case second letter: the first word is no capitals
        text = _caps_run(text)
    m = _first_stop(text, 0)
    if m is not None and _NUMBERED_LABEL_RE.fullmatch(text, 0, m.start()):
        m = _first_stop(text, m.end())  # "Mục tiêu 1. Lĩnh vực chính trị": the stop ends a label
    if m:
        text = text[: m.start()]
    if len(text) > _HEADING_CAP:
        text = text[:_HEADING_CAP].rsplit(" ", 1)[0]
    if text.endswith(_CLOSING_MARKS):  # "… thi hành Quyết định này./.": the document's closing mark
        text = text[: text.rfind("./")]
    return text.strip(" ,;.-")


_CLOSING_MARKS = ("./", "./.")


# a heading's own numbered label before its first stop ("Mục tiêu 1.", "Nhiệm vụ 2:", "Giải pháp III."):
# one to three words, the first capitalised, then a number; the heading goes on to the next stop
_NUMBERED_LABEL_RE = re.compile(r"[A-ZĐ]\w*(?: \w+){0,2} (?:\d{1,2}|[IVX]{1,4})")


_NAME_WORDS = 10  # "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Liên minh Hợp tác xã Tỉnh"
_NAMES_CHARS = 300  # a few names after a colon


def _names_list(text: str, pos: int) -> bool:
    """Is `text[pos:]` a list of names and nothing else — two or more, each capitalised and short,
    with no stop ("Gia Thuận, Tân Điền, Gò Công Đông")? Then a colon before it ends no heading:
    the names are what the heading addresses, its content follows on the lines below."""
    if len(text) - pos > _NAMES_CHARS or text.find(",", pos) < 0:
        return False  # a sentence, not a few names (the commonest: looked at without a copy)
    tail = text[pos:]
    if "." in tail or ";" in tail or ":" in tail or "!" in tail or "?" in tail:
        return False
    names = tail.split(",")
    return all(
        (n := name.strip())[:1].isupper() and len(n.split()) <= _NAME_WORDS for name in names
    )


def _first_stop(text: str, pos: int) -> re.Match[str] | None:
    """The first full stop or colon ending a phrase (before a space or the end) from `pos`."""
    m = _DOT_STOP_RE.search(text, pos)
    if ":" in text:
        colon = _COLON_STOP_RE.search(text, pos)
        # "Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh": the names end the heading
        if colon and (m is None or colon.start() < m.start()) and not _names_list(text, colon.end()):
            m = colon
    return m


def is_title(rest: str) -> bool:
    """A form's own line names it ("Mẫu 1: Kế hoạch bồi dưỡng …"), unless it is a header cell."""
    return bool(rest) and not rest.isupper()


def form_title(lines: list[str], i: int, marks: dict[int, Marker | None]) -> str:
    """A form's title: the capitals printed under its own header (mottos, date line), e.g.
    "Mẫu số 01/HNCT" / "(1)……" / "CỘNG HÒA …" / "Độc lập …" / "BIÊN BẢN HỘI NGHỊ …"."""
    seen_motto = False
    for j in range(i + 1, min(i + 1 + _FORM_LOOKAHEAD, len(lines))):
        ln = lines[j]
        if _MOTTO_LINE_RE.match(ln) or DATE_LINE_RE.search(ln):
            seen_motto = True
            continue
        if _PLACEHOLDER_RE.match(ln) or not seen_motto:
            if marks.get(j) is not None and not _PLACEHOLDER_RE.match(ln):
                return ""
            continue
        if ln.isupper():
            return heading_text(ln, lines, j, marks, title=True)
        return ""
    return ""
