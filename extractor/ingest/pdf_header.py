"""The header region of a PDF's first page: the lines above the type word (KẾ HOẠCH, QUYẾT ĐỊNH …).

It is a two-column table whose cells share baselines ("Số 34-KH/ĐUK    Trà Vinh, ngày …" is one
PDF line). Its characters are split into segments at wide gaps and clustered by x into a left and
a right column; the left column is emitted top to bottom, a blank line, then the right column.
`TYPE_WORD_RE` (a line opening with a type word) is also what the .docx reader looks for.
"""

from __future__ import annotations

import re

from .pdf_lines import PdfLine

_TYPE_WORDS = ("KẾ HOẠCH", "QUYẾT ĐỊNH", "CHỈ THỊ", "QUY ĐỊNH", "THÔNG BÁO", "BÁO CÁO", "CHƯƠNG TRÌNH",
               "HƯỚNG DẪN", "NGHỊ QUYẾT", "KẾT LUẬN", "TỜ TRÌNH", "CÔNG VĂN", "QUY CHẾ", "THÔNG TRI")
_TYPE_WORDS_ALTERNATIVES = "|".join(w.replace(" ", r"\s+") for w in _TYPE_WORDS)
TYPE_WORD_RE = re.compile(r"^\s*(?:" + _TYPE_WORDS_ALTERNATIVES + r")\b")
# where the type word's line starts in the page's text (the header columns are what is before it)
_TYPE_WORD_LINE_RE = re.compile(r"^[ \t]*(?:" + _TYPE_WORDS_ALTERNATIVES + ")", re.MULTILINE)


def split_header(lines: list[PdfLine], tp, text: str, height: float):
    """Lines of page 1 above the type word -> header columns; the rest stay lines."""
    t = next((k for k, ln in enumerate(lines[:25]) if TYPE_WORD_RE.match(ln.text) and ln.text.isupper()), None)
    if not t:
        return lines, ([], [])
    m = _TYPE_WORD_LINE_RE.search(text)
    if m is None:
        return lines, ([], [])
    end = m.start()
    return lines[t:], _header_columns(tp, text, end, height)


def _header_columns(tp, text: str, end: int, page_height: float) -> tuple[list[str], list[str]]:
    """Characters of page 1 before the type word -> (left column lines, right column lines)."""
    segs: list[tuple[float, float, float, str]] = []  # (x0, x1, top, text)
    cur: list = []  # [x0, x1, top, chars]
    pending_space = False
    for i in range(end):
        ch = text[i]
        if ch in "\r\n" or ch.isspace():
            pending_space = True
            if ch in "\r\n" and cur:
                segs.append((cur[0], cur[1], cur[2], "".join(cur[3])))
                cur = []
            continue
        left, _b, right, top = tp.get_charbox(i, loose=True)
        em = max(top - _b, 6.0)
        if cur and (left - cur[1] > 1.2 * em or left < cur[1] - 2 * em or abs((page_height - top) - cur[2]) > em):
            segs.append((cur[0], cur[1], cur[2], "".join(cur[3])))
            cur = []
        if not cur:
            cur = [left, right, page_height - top, []]
        elif pending_space:
            cur[3].append(" ")
        cur[3].append(ch)
        cur[1] = max(cur[1], right)
        pending_space = False
    if cur:
        segs.append((cur[0], cur[1], cur[2], "".join(cur[3])))
    if not segs:
        return [], []
    split = (min(s[0] for s in segs) + max(s[1] for s in segs)) / 2
    columns: tuple[list, list] = ([], [])
    for s in segs:
        columns[0 if (s[0] + s[1]) / 2 < split else 1].append(s)
    out: tuple[list[str], list[str]] = ([], [])
    for col, lines in zip(columns, out):
        col.sort(key=lambda s: (round(s[2]), s[0]))
        prev_top = None
        for _x0, _x1, top, t in col:
            if lines and prev_top is not None and abs(top - prev_top) < 2:  # same baseline
                lines[-1] += " " + t
            else:
                lines.append(t)
            prev_top = top
    return out
