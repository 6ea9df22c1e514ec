"""Named references found at an anchor: documents named without a number — a law or Party
resolution by its name, a quoted plan title, an amending law (which holds the laws it amends), a
plan or strategy named after a cue ("theo Quy hoạch … 2050", a "Căn cứ …" line, a list of bases)
or stated as approved ("… được … phê duyệt tại"), the five-year plan anywhere. Which of them stand
on their own is decided later (named.py).
"""

from __future__ import annotations

import re

from . import patterns as P
from .mention import Mention

# A line of the opening's bases: "Căn cứ …" (or "- Căn cứ …") opening a line.
_BASE_LINE_OPENERS = ("\nCăn cứ ", "\n- Căn cứ ", "\n+ Căn cứ ")


def plan_cued(text: str, s: int) -> str | None:
    """What stands right before `s`: "line" (a line start), "list" ("…; "), "base" (a "Căn cứ" line's
    start), "cue" (a referring cue such as "theo", "đồng bộ với") or None. String checks only: this runs at every capitalised
    "Kế hoạch"."""
    if s == 0 or text[s - 1] == "\n":
        return "line"
    if text[s - 2:s] == "; ":
        return "list"
    before = text[s - P.PLAN_CUE_WINDOW:s] if s >= P.PLAN_CUE_WINDOW else "\n" + text[:s]
    if before.endswith(P.PLAN_NOT_CUE_ENDINGS):  # "(Kèm theo Kế hoạch …)": the document itself
        return None
    if before.endswith(_BASE_LINE_OPENERS):
        return "base"
    return "cue" if before.endswith(P.PLAN_CUE_ENDINGS) else None


# What no plan's name holds (NAMED_PLAN_RE's word breaks but the space).
_NAME_BREAK_RE = re.compile(r"[,;.()\"\[\]\n]")
def approval_follows(text: str, pos: int) -> bool:
    """" được " follows `pos` before any punctuation: a plan's name there may be stated as approved."""
    k = text.find(P.PLAN_APPROVED_WORD, pos, pos + P.PLAN_APPROVED_WINDOW)
    return k >= 0 and _NAME_BREAK_RE.search(text, pos, k) is None


# A comma that does not go on with a list of bodies ("của Ban Chấp hành Trung ương, Bộ Chính trị và
# …"): one before a lower-case word ("Căn cứ Kế hoạch …, tình hình thực tế …;").
_BODY_LIST_COMMA_RE = re.compile(r",(?! [A-ZĐÀ-Ỹ])")
# What ends an item of a list of bases ("…; Kế hoạch của … ;"): a separator, a sentence or line end.
_LIST_ITEM_ENDS = frozenset({"", ";", ".", "\n"})


def _plan_at(text: str, s: int, typed: bool = False, after_name: bool = False) -> int | None:
    """End of a plan/strategy/… named without a number at `s` ("theo Quy hoạch … 2050") when
    `plan_cued` allows it or `after_name` (a name and list glue stand right before it: "… Luật
    Phòng chống bạo lực gia đình, Bộ tiêu chí …"), or of the five-year plan anywhere. `typed`: the
    type word is followed by a number ("Kế hoạch 5 năm", "Kế hoạch 01"): only the five-year plan is
    a name there."""
    five = P.FIVE_YEAR_PLAN_RE.match(text, s)
    if five:
        return five.end()
    if typed:
        return None
    cued = plan_cued(text, s) or ("cue" if after_name else None)
    if cued is None:
        # "Chiến lược … được UBND Thành phố phê duyệt tại Quyết định số …": only where " được " comes
        # before any punctuation (the name's regex is not tried at every plan type word)
        if not approval_follows(text, s):
            return None
        m = P.NAMED_PLAN_RE.match(text, s)
        if m is None or not P.PLAN_APPROVED_RE.match(text, m.end()):
            return None
        return m.end()
    m = P.NAMED_PLAN_RE.match(text, s)
    if m is None or (cued == "line" and not text.startswith(";", m.end())):
        return None  # a line of its own is a base only when it ends like one ("…;")
    if cued == "list" and text[m.end():m.end() + 1] not in _LIST_ITEM_ENDS:
        return None  # "…; Kế hoạch bồi dưỡng, thời khóa biểu, …": a list of nouns, no list of bases
    if cued == "base":  # a base line "Căn cứ …;" names one document: to its ";", over a list of bodies
        le = text.find("\n", s)
        line = text[s:le if le >= 0 else len(text)].rstrip()
        semi = line.find(";")
        if semi == len(line) - 1 and _BODY_LIST_COMMA_RE.search(line, m.end() - s, semi) is None:
            return s + semi
    return m.end()


def _quoted_excluded(text: str, s: int) -> bool:
    """A quoted plan title at `s` that names no other document: a heading in capitals opening a line
    (the document's own title) or the plan being issued, built or approved ("ban hành Kế hoạch "…"")."""
    if (s == 0 or text[s - 1] == "\n") and text[s + 1].isupper():
        return True
    return text[max(0, s - P.QUOTED_NOT_AFTER_WINDOW):s].lower().endswith(P.QUOTED_NOT_AFTER)


def named_at(text: str, s: int, key: str | None = None, typed: bool = False,
              after_name: bool = False, e: int | None = None) -> Mention | None:
    """A named reference at `s` (`key`: the anchor's folded words, when known; `typed`: see
    `_plan_at`). A plan's or an amending law's name (form "named_span") may hold citations: the scan
    goes on inside it, and `named.place_named` cuts the name after them."""
    # (string checks before each regex: this runs at every anchor that is not a citation)
    quoted = e is not None and text.startswith(' "', e)
    if quoted and key in P.QUOTED_TYPE_KEYS and (q := P.QUOTED_NAME_RE.match(text, s)):
        return None if _quoted_excluded(text, s) else Mention(
            start=s, end=q.end(), phrase_end=q.end(), type_printed=None, kind_name=None, kind=None,
            raw_symbol="", parts=None, form="named")
    if (key in P.NAMED_TYPE_KEYS and e is not None and text[e + 2:e + 4] in _AMENDING_HINTS
            and (am := P.AMENDING_LAW_RE.match(text, s))):
        # an amending law holds the laws it amends (citations among them): scanned inside, like a plan
        return Mention(start=s, end=am.end(), phrase_end=am.end(), type_printed=None, kind_name=None,
                       kind=None, raw_symbol="", parts=None, form="named_span")
    if key not in P.CAPITAL_ONLY_KEYS:
        m = P.NAMED_RE.match(text, s) or P.NAMED_LAW_RE.match(text, s)
    else:  # "Bộ chỉ số 766"
        m = P.NAMED_RE.match(text, s) if e is not None and text[e + 1:e + 2].isdigit() else None
    end = m.end() if m else _plan_at(text, s, typed, after_name)
    if end is None:
        return None
    return Mention(start=s, end=end, phrase_end=end, type_printed=None, kind_name=None, kind=None,
                   raw_symbol="", parts=None, form="named" if m else "named_span")


# The letters after "Luật s"/"Luật S" in "Luật sửa đổi, bổ sung …" (any case).
_AMENDING_HINTS = frozenset({"ửa", "ỬA"})
# What joins a name to the next one in a list ("Luật …, Bộ tiêu chí …", "… và Kế hoạch …").
_LIST_GLUE = frozenset({", ", " và "})
