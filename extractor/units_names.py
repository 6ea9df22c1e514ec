"""Unit names that go on where the head grammar of units_find stops.

- A police department is named by its function and the domain it works on, after "về": "Cục
  Cảnh sát quản lý hành chính về trật tự xã hội", "Phòng Cảnh sát điều tra tội phạm về ma túy"
  (`police_names` in units.yaml). The domain is lower-case words and ", "/"và" joins, never a
  role's cue word or a function word (the `topic_stops` of "Ban Chỉ đạo về …"), and ends the name
  at a punctuation mark, a line end, a capital (an owner: "… Công an tỉnh") or such a word.
- A head of several words broken by a line end that the text keeps (a bold heading printed as two
  paragraphs: "Hội Liên hiệp" / "Phụ nữ Thành phố") is read as one: `join_wrapped_heads`.
"""

from __future__ import annotations

import re

from .data import load
from .letters import LOWER, UPPER
from .tries import trie_pattern

_DATA = load("units.yaml")
_R = _DATA["roles"]
_P = _DATA["police_names"]
_STOPS = trie_pattern(
    set(_DATA["topic_stops"]) | set(_R["subject_verbs"]) | set(_R["lead_after"]) | set(_R["lead_before"])
    | set(_R["support_before"]) | set(_R["advise_before"]) | set(_R["addressed_before"]) | set(_R["monitor_after"])
)
_FUNCTIONS = trie_pattern(_P["functions"])
POLICE_HEAD = _P["head"]  # a name holding it may go on after "về" (police_domain_end)
_WORD = rf"[ ](?!(?:{_STOPS})(?!\w))[{LOWER}]\w*"
_DOMAIN_RE = re.compile(
    rf"(?:[ ](?i:{_FUNCTIONS}))?[ ]về(?:{_WORD})(?:,?(?:[ ]và)?{_WORD}){{0,9}}(?=[,.;:()]|[ ]?\n|$|[ ][{UPPER}]|[ ](?:{_STOPS})(?!\w))"
)


def police_domain_end(text: str, start: int, end: int) -> int | None:
    """Where the name of a police department ends when its function and domain follow "Cảnh sát"
    (the mention from `start` was read up to `end`: "Cục Cảnh sát Quản lý hành chính" + " về trật
    tự xã hội", "Cục Cảnh sát phòng" + ", chống tội phạm về môi trường"); None when none follows."""
    head = text.rfind(POLICE_HEAD, start, end)
    if head < 0 or " về " not in text[end : end + 60]:
        return None
    got = _DOMAIN_RE.match(text, head + len(POLICE_HEAD))
    return got.end() if got and got.end() > end else None


def _head_splits() -> dict[str, frozenset[str]]:
    """Each capitalised head of several words cut at each of its word breaks: the words before ->
    the words that may come after ("Hội Liên hiệp" -> {"Phụ nữ"}, "Ủy ban" -> {"nhân dân", …})."""
    splits: dict[str, set[str]] = {}
    for heads in _DATA["heads"].values():
        for head in heads:
            words = head.split(" ")
            if len(words) > 1 and head[:1].isupper():
                for i in range(1, len(words)):
                    splits.setdefault(" ".join(words[:i]), set()).add(" ".join(words[i:]))
    return {before: frozenset(after) for before, after in splits.items()}


_SPLITS = _head_splits()
# the words before a line end that each continuation may complete: "Phụ nữ" -> {"Hội Liên hiệp"}
_BEFORE: dict[str, tuple[str, ...]] = {}
for _before, _afters in _SPLITS.items():
    for _after in _afters:
        _BEFORE[_after] = (*_BEFORE.get(_after, ()), _before)
# a line end followed by the rest of a head ("⏎Phụ nữ", "⏎nhân dân"): a literal "\n" opens it, so
# the search skips from line end to line end
_WRAPPED_REST_RE = re.compile(rf"\n(?:{trie_pattern(sorted(_BEFORE))})(?![\w&])")


def _wrapped_at(text: str, nl: int, after: str) -> bool:
    """Whether the line end at `nl` follows the words a head has before `after` ("Hội Liên hiệp")."""
    for before in _BEFORE[after]:
        s = nl - len(before)
        if s >= 0 and text.startswith(before, s) and (s == 0 or not (text[s - 1].isalnum() or text[s - 1] in "&_")):
            return True
    return False


def join_wrapped_heads(text: str) -> str:
    """`text` with each line end inside a head of several words made a space (the same length: every
    offset stays): "Hội Liên hiệp⏎Phụ nữ", "Ủy ban⏎nhân dân", "Ủy ban Mặt trận⏎Tổ quốc"; `text`
    itself when there is none (the common case: no copy)."""
    ends = [m.start() for m in _WRAPPED_REST_RE.finditer(text) if _wrapped_at(text, m.start(), m.group()[1:])]
    if not ends:
        return text
    chars = list(text)
    for e in ends:
        chars[e] = " "
    return "".join(chars)
