"""What the words of a plan say to the task stage (vocabulary in data/tasks.yaml): which headings
open task parts or only describe the plan, facet lines and sub-items, targets, closing formulas,
and which dates can be a task's own deadline."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .data import load
from .item_marks import ITEM_MARK
from .models import DateValue
from .normalise import fold
from .tries import trie_pattern

_T = load("tasks.yaml")


def _words_re(words: list[str]) -> re.Pattern[str]:
    alt = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:^|\s)(?:{alt})(?:\s|$)")


_TASK_RE = _words_re(_T["task_sections"])
_NON_TASK_RE = _words_re(_T["non_task_sections"])
_NON_TASK_PART_RE = _words_re(_T["non_task_parts"])
# "KINH PHÍ THỰC HIỆN": a task word that only qualifies a non-task word makes no task part
_QUALIFIED_RE = re.compile(
    "(" + "|".join(re.escape(fold(w)) for w in _T["non_task_sections"]) + r")\s+(?:"
    + "|".join(re.escape(fold(w)) for w in _T["qualifiers"]) + r")(?=\s|$)"
)
_FACETS = {fold(f) for f in _T["facets"]}
_FACET_PREFIXES = tuple(fold(f) for f in _T["facet_prefixes"])
_FACET_OPENINGS = tuple(fold(f) + " " for f in _T["facet_openings"])
FACET_LINE_RE = re.compile(r"(?i)" + ITEM_MARK + r"?(?:" + trie_pattern(_T["facets"]) + r")\s*:")
# a facet line that introduces who does the item, on the lines under it ("- Cơ quan thực hiện:" /
# "+ Sở Văn hóa và Thể thao chủ trì, …" / "+ Sở Xây dựng đăng tải …"): its bullets are the item's performers
PERFORMERS_INTRO_RE = re.compile(
    r"(?i)" + ITEM_MARK + r"?(?:" + "|".join(map(re.escape, load("units.yaml")["roles"]["lead_labels"])) + r")\s*:[ \t]*\n"
)
TIME_LABEL_RE = re.compile(r"(?im)^" + ITEM_MARK + r"?(?:thời gian|thời hạn|tiến độ)[^:\n]{0,40}:")
ONWARD_RE = re.compile(r"(?<!\w)để\s[^;.\n(]{0,50}$")
# A closing formula: a body asks all to carry the plan out ("… yêu cầu … thực hiện nghiêm túc …");
# CLOSING_FORMULA_CUE is a word every one holds (a cheap test first)
CLOSING_FORMULA_CUE = _T["closing_formula"]["cue"]
CLOSING_FORMULA_RE = re.compile(
    r"(?im)\b(?:" + "|".join(_T["closing_formula"]["asks"]) + r")\b[^\n]{0,120}\b(?:"
    + "|".join(_T["closing_formula"]["carry_out"]) + r")[^\n]{0,40}$"
)
_HORIZON = {k: tuple(fold(w) for w in v) for k, v in _T["target_horizon"].items()}
_HORIZON_OPENINGS = _HORIZON["opens"]

@lru_cache(maxsize=4096)
def is_facet(heading: str) -> bool:
    """A facet heading: one of the facets, or a short heading opening with a facet word
    ("Thời gian thực hiện dự kiến", "Địa điểm, số điểm quan trắc"), or any heading opening with
    a word that always names an attribute ("Thông số (chỉ tiêu), tần suất quan trắc …")."""
    h = fold(heading)
    return h in _FACETS or h.startswith(_FACET_OPENINGS) or any(
        h.startswith((f + " ", f + ",")) and len(h) < len(f) + 25 for f in _FACET_PREFIXES)


_DESCRIPTIVE = tuple(fold(w) + " " for w in _T["descriptive_items"])


@lru_cache(maxsize=4096)
def descriptive(heading: str) -> bool:
    """An item that describes the plan (its time, scope, attendees, risks), not a task."""
    return (fold(heading) + " ").startswith(_DESCRIPTIVE)


_FUNDING = tuple(fold(w) + " " for w in _T["funding_items"])


@lru_cache(maxsize=4096)
def funding_item(heading: str) -> bool:
    """An item saying where the money comes from ("Kinh phí thực hiện", "Nguồn Ngân sách Thành
    phố"): a task only when it names a unit (the caller checks)."""
    return (fold(heading) + " ").startswith(_FUNDING)


_TARGET_RE = re.compile(
    r"(?:đến (?:hết )?năm \d{4},?\s+)?(?:(?:" + "|".join(re.escape(fold(w)) for w in _T["target_openings"])
    + r")\s+)*\d+(?:[.,]\d+)?\s?%"
)


@lru_cache(maxsize=4096)
def is_target(heading: str) -> bool:
    """A target ("100% số người hưởng trợ cấp …", "Ít nhất 85% …", "Đến năm 2030, 100% các khu
    vực …"): a goal the plan sets, not a task."""
    return bool(_TARGET_RE.match(fold(heading)))


@lru_cache(maxsize=4096)
def non_task_heading(heading: str) -> bool:
    """A goals/requirements/funding heading ("MỤC ĐÍCH, YÊU CẦU", "KINH PHÍ THỰC HIỆN") that is
    no task part: a non-task word opens it and no task word of its own follows."""
    h = fold(heading)
    return bool(_NON_TASK_RE.search(" " + h[:60] + " ")) and not _TASK_RE.search(" " + _QUALIFIED_RE.sub(r"\1", h) + " ")


@lru_cache(maxsize=4096)
def non_task_part(heading: str) -> bool:
    """A part (roman heading) that holds no tasks: goals, funding, or criteria ("III. TIÊU CHÍ THI
    ĐUA VÀ HÌNH THỨC KHEN THƯỞNG")."""
    if non_task_heading(heading):
        return True
    h = " " + fold(heading) + " "
    return bool(_NON_TASK_PART_RE.search(h)) and not _TASK_RE.search(h)


def target_horizon(text: str, d: DateValue) -> bool:
    """The year a goal is to be reached by ("Đến năm 2030, 100% các khu vực …", "diện tích rừng
    ngập mặn đến năm 2030 đạt 1.700 ha", "Phấn đấu đến năm 2030 …"): no task's deadline."""
    if d.from_ or d.recurrence or not (d.to or "").endswith("-12-31") or not fold(d.text).startswith(_HORIZON_OPENINGS):
        return False
    if text.startswith(",", d.end):
        return True
    after = fold(text[d.end:d.end + 60])
    before = fold(text[max(0, d.start - 20):d.start])
    return any(w in after for w in _HORIZON["after"]) or any(w in before for w in _HORIZON["before"])


def set_deadline(recurrence: str | None) -> bool:
    """A deadline that does not recur, or recurs at a set hour or day ("trước 19h00' hằng ngày",
    "trước ngày 15 hằng tháng"); a bare frequency ("hằng năm") is no deadline of a bullet's own."""
    return not recurrence or any(f"{part}=" in recurrence for part in _T["set_recurrence_parts"])


def bare_frequency(recurrence: str | None) -> bool:
    """A recurrence with no month, day or hour ("hằng năm" FREQ=YEARLY): a task's printed deadline
    ("trước ngày 15/11 hằng năm") is preferred to it."""
    return bool(recurrence and ";" not in recurrence)


def boilerplate_lines(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, start) of every closing phrase ("Trong quá trình thực hiện, …") that opens a line."""
    for phrase in _T["boilerplate"]:
        p = text.find(phrase)
        while p >= 0:
            if p == 0 or text[p - 1] == "\n":
                yield p, p + len(phrase), p
            p = text.find(phrase, p + 1)
