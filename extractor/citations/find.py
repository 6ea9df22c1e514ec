"""find: every mention of a document by type word + number/symbol, with its date, issuer and title.

A mention's `start`/`end` cover the type word through the number/symbol (the citation text the gold
records, e.g. "Kết luận số 01-KL/TW"); `phrase_end` also covers the date and issuer that follow.
List members without their own type word ("…, số 1679/QĐ-TTg") start at "số".

The scan for type words and name starts: anchors.py; a numbered citation, its list members and
short forms: numbered.py; the date, issuer and title around the symbol: symbol_tail.py; documents
named without a number: named_find.py.
"""

from __future__ import annotations

from . import patterns as P
from .anchors import anchor_key, find_anchors, is_word_char
from .mention import Mention
from .named_find import named_at
from .numbered import list_continuations, numbered_at

# What joins a name to the next one in a list ("Luật …, Bộ tiêu chí …", "… và Kế hoạch …").
_LIST_GLUE = frozenset({", ", " và "})


def _resume_after(nm: Mention, anchor_end: int) -> int:
    """Where the scan goes on after a named reference found at an anchor: past the name ("named"),
    or right after the anchor's word when the name may hold citations ("named_span", see named_at)."""
    return nm.end if nm.form == "named" else anchor_end


def find_all(text: str) -> tuple[list[Mention], list[Mention]]:
    """(citation mentions, named references) in text order; resolution comes later."""
    out: list[Mention] = []
    named: list[Mention] = []
    pos = 0
    run = 0
    for s, e, typed in find_anchors(text):
        if s < pos:
            continue
        if not typed:
            mention = None
            key = anchor_key(text[s:e])
            for t in () if key in P.CAPITAL_ONLY_KEYS else P.NAMED_TYPES:  # "Luật Đất đai số 31/2024/QH15"
                te = s + len(t)
                if text[s:te].casefold() == t.casefold() and (te >= len(text) or not is_word_char(text[te])):
                    mention, end = numbered_at(text, s, te, run + 1)
                    break
            if mention is None:
                after = bool(named) and 0 < s - named[-1].end <= 4 and text[named[-1].end:s] in _LIST_GLUE
                nm = named_at(text, s, key, after_name=after, e=e)
                if nm:
                    named.append(nm)
                    pos = _resume_after(nm, e)
                continue
            run += 1
            out.append(mention)
            pos = max(end, mention.end)
            continue
        run += 1
        mention, end = numbered_at(text, s, e, run)
        if mention is not None and mention.parts is None and mention.name is None:
            nm = named_at(text, s, typed=True)  # "Kế hoạch 5 năm (2021 - 2025)", "Đề án 06": names
            if nm and nm.end >= mention.end:
                named.append(nm)
                pos = _resume_after(nm, e)
                continue
        if mention is None:
            sm = P.SELF_RE.match(text, e)
            if sm:
                name, kind = P.type_info(text[s:e])
                out.append(Mention(
                    start=s, end=sm.end(), phrase_end=sm.end(), type_printed=text[s:e],
                    kind_name=name, kind=kind, raw_symbol="", parts=None, form="self", relation="self", run=run,
                ))
                continue
            nm = named_at(text, s, typed=True)
            if nm:
                named.append(nm)
                pos = _resume_after(nm, e)
            continue
        out.append(mention)
        if mention.parts is not None:
            conts = list_continuations(text, mention, mention.phrase_end)
            out.extend(conts)
            if conts:
                end = conts[-1].phrase_end
        pos = max(end, mention.end)
    return out, named


def find_mentions(text: str) -> list[Mention]:
    """All type-word mentions in `text`, in order (full and short forms)."""
    return find_all(text)[0]
