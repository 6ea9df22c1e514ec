"""Word alternations as prefix tries, for the regexes built from the language data."""

from __future__ import annotations

import re


def trie_pattern(words: list[str] | set[str]) -> str:
    """An alternation of literal words as a prefix trie: far faster in `re` than a flat list.

    Where one word is a prefix of another, the longer is tried first, as in a longest-first
    alternation."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(node, key=lambda c: (c == "", c)) if ch]
        if not alts:
            return ""
        opt = "" in node
        body = alts[0] if len(alts) == 1 and not opt else "(?:" + "|".join(alts) + ")"
        return body + "?" if opt else body

    return build(trie)
