"""The lower-cased text of the document in hand, computed once for the stages that scan it.

Citations (anchors) and dates (candidate starts) both search `text.lower()` with literal
patterns (sre and str.find skip fast to a literal; re.IGNORECASE gives them no literal prefix).
Lower-casing costs ~5 ms per million characters; cached for the last two texts, the second stage
gets it free. Callers must check `len(lowered(text)) == len(text)` before using offsets in it
("İ" lowers to two characters)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=2)
def lowered(text: str) -> str:
    """`text.lower()`, cached (a str caches its hash: the look-up costs no pass over the text)."""
    return text.lower()
