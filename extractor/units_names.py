"""Unit names that go on where the head grammar of units_find stops.

- A police department is named by its function and the domain it works on, after "về": "Cục
  Cảnh sát quản lý hành chính về trật tự xã hội", "Phòng Cảnh sát điều tra tội phạm về ma túy"
  (`police_names` in units.yaml). The domain is lower-case words and ", "/"và" joins, never a
  role's cue word or a function word (the `topic_stops` of "Ban Chỉ đạo về …"), and ends the name
  at a punctuation mark, a line end, a capital (an owner: "… Công an tỉnh") or such a word.
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
_HEAD = _P["head"]
_WORD = rf"[ ](?!(?:{_STOPS})(?!\w))[{LOWER}]\w*"
_DOMAIN_RE = re.compile(
    rf"(?:[ ](?i:{_FUNCTIONS}))?[ ]về(?:{_WORD})(?:,?(?:[ ]và)?{_WORD}){{0,9}}(?=[,.;:()]|[ ]?\n|$|[ ][{UPPER}]|[ ](?:{_STOPS})(?!\w))"
)


def police_domain_end(text: str, start: int, end: int) -> int | None:
    """Where the name of a police department ends when its function and domain follow "Cảnh sát"
    (the mention from `start` was read up to `end`: "Cục Cảnh sát Quản lý hành chính" + " về trật
    tự xã hội", "Cục Cảnh sát phòng" + ", chống tội phạm về môi trường"); None when none follows."""
    head = text.rfind(_HEAD, start, end)
    if head < 0 or " về " not in text[end : end + 60]:
        return None
    got = _DOMAIN_RE.match(text, head + len(_HEAD))
    return got.end() if got and got.end() > end else None
