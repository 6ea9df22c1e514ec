"""named: named references (documents named without a number) placed against the numbered citations.

- A name inside a cited document's trích yếu is not a standalone mention: after the citation, in its
  clause (no line end, no ";" or sentence end before a capital, at most title_max_chars on), after a
  title opener ("về", "quy định", "ban hành" …), with no title break ("gắn với", "góp phần" …) between:
  "Nghị định số 08/2022/NĐ-CP … về quy định chi tiết một số điều của Luật Bảo vệ môi trường" → dropped;
  a name opening a parenthesis after the trích yếu is the document's short name and stays.
- A name starting where a citation starts is that citation (an amending law with its own number);
  a name inside another name is dropped; a name that runs over a cited document ends with that
  citation's date and issuer: what follows is the cited document's trích yếu ("Kế hoạch của UBND
  tỉnh về thực hiện Nghị quyết số 26/NQ-CP ngày 05/3/2020 của Chính phủ | về Chiến lược …").
"""

from __future__ import annotations

from bisect import bisect_left

from . import patterns as P
from .mention import Mention


def _inside_title(text: str, named: Mention, cited: Mention) -> bool:
    """True when `named` stands in the trích yếu of `cited` (a citation before it, at most
    TITLE_MAX_CHARS away, no clause end and no title break between)."""
    gap_start = max(cited.end, cited.phrase_end)
    if gap_start > named.start or named.start - gap_start > P.TITLE_MAX_CHARS:
        return False
    if text[named.start - 1] == "(":  # "… phê duyệt Bộ chỉ số chỉ đạo … (Bộ chỉ số 766)": its short name
        return False
    for end in P.CLAUSE_END_RE.finditer(text, cited.end, named.start):
        if end.group() == "\n":
            return False
        nxt = text[end.end():named.start + 1].lstrip(" ")[:1]
        if not nxt or not nxt.islower():  # "…; Luật …" ends the clause, "…; tăng tốc …" does not
            return False
    return (P.TITLE_OPENER_RE.search(text, gap_start, named.start) is not None
            and P.TITLE_BREAK_RE.search(text, gap_start, named.start) is None)


def place_named(text: str, cited: list[Mention], named: list[Mention]) -> list[Mention]:
    """`named` without names inside a cited document's trích yếu, each cut after a citation it spans.
    `cited`: the numbered citations (not "self"), in text order."""
    starts = [m.start for m in cited]
    out: list[Mention] = []
    for n in named:
        if out and n.start < out[-1].end:  # a name inside a name kept before it
            continue
        i = bisect_left(starts, n.start)
        if i < len(cited) and cited[i].start == n.start:  # "Luật sửa đổi, … số 62/2020/QH14": a citation
            continue
        j = i
        while j < len(cited) and cited[j].start < n.end:
            j += 1
        if j > i:
            n.end = n.phrase_end = min(n.end, max(cited[j - 1].phrase_end, cited[j - 1].end))
        if i and _inside_title(text, n, cited[i - 1]):
            continue
        out.append(n)
    return out
