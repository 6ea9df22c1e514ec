"""A run of item marks cited in a sentence and wrapped across a line: "ghi các nội dung (1), (2),"
/ "(3), (4) …", "Trường hợp tại điểm a), b), c)," / "d) khoản 1, Điều 10 …". The line below starts
like an item ("(3)", "d)"), but it is the next mark of the run the line above ends with: the
break is a wrap, joined by `line_joins`."""

from __future__ import annotations

import re

# a mark's bracket and comma before a break (led by a literal: sre skips to it at C speed); the
# line's end before it, two marks of one shape each with its comma ("(1), (2),", "b), c),"); and
# the next line's first mark
_BREAK_AFTER_MARK_RE = re.compile(r"\),[ ]*\n")
_RUN_TAIL_RE = re.compile(r"(?<![\w(])(?P<open>\(?)(?:\d{1,2}|[a-zđ])\),[ ]*(?P=open)(?P<last>\d{1,2}|[a-zđ])\),[ ]*$")
_NEXT_MARK_RE = re.compile(r"(?P<open>\(?)(?P<next>\d{1,2}|[a-zđ])\)")
_LETTERS = "abcdđefghiklmnopqrstuvxy"  # the Vietnamese order of lettered points


def _follows(last: str, nxt: str) -> bool:
    """Is `nxt` the mark after `last` ("2" -> "3", "c" -> "d", "d" -> "đ" or "e")?"""
    if last.isdigit():
        return nxt.isdigit() and int(nxt) == int(last) + 1
    at = _LETTERS.find(last)
    return 0 <= at < len(_LETTERS) - 1 and (nxt == _LETTERS[at + 1] or (last, nxt) == ("d", "e"))


def enumeration_wraps(text: str) -> list[int]:
    """The positions of the line breaks inside a wrapped run of item marks (few texts have any)."""
    return [m.end() - 1 for m in _BREAK_AFTER_MARK_RE.finditer(text) if run_wrapped_at(text, m.end() - 1)]


def run_wrapped_at(text: str, at: int) -> bool:
    """Is the line break at `at` inside a run of item marks ("(1), (2),\n(3)")?"""
    if text[at - 1 : at] != ",":
        return False
    tail = _RUN_TAIL_RE.search(text, text.rfind("\n", 0, at) + 1, at)
    if tail is None:
        return False
    nxt = _NEXT_MARK_RE.match(text, at + 1)
    if nxt is None:
        return False
    return nxt.group("open") == tail.group("open") and _follows(tail.group("last"), nxt.group("next"))
