"""The header cut into pieces: anchors and the fragments between them (see metadata.py).

Anchors are the national / Party mottos (also a motto in capitals whose words the other column's
words interleave, as a PDF read line by line across the page gives it), the "Số:" number and the
"<place>, ngày … tháng … năm …" line with its place name (walked back over the place's words,
also when they end the line above). Fragments are what lies between anchors, split at line
breaks and table bars, with the rules printed under cells ("-------") cut off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .data import load, spaced_phrase

_META = load("metadata.yaml")
_MOTTO_RE = re.compile(
    "|".join(f"(?P<{sys}{i}>{spaced_phrase(p)})" for sys, ps in _META["mottos"].items() for i, p in enumerate(ps))
)
# the same alternatives without the groups: every one led by a literal, so sre skips fast to their
# first letters (a group first makes it try every alternative at every position)
_MOTTO_FIND_RE = re.compile("|".join(spaced_phrase(p) for ps in _META["mottos"].values() for p in ps))
# a motto in capitals with the other column's words between its own ("CỘNG HÒA XÃ" / "DÂN" /
# "HỘI CHỦ NGHĨA VIỆT NAM": a PDF read line by line across the page): found from its first two
# words, its other words then taken in order over at most _SPLIT_GAP_WORDS capital words
_SPLIT_MOTTOS = {tuple(p.split()[:2]): (sys, p.split()) for sys, ps in _META["mottos"].items() for p in ps if p.isupper()}
_SPLIT_LEAD_RE = re.compile("|".join(r"\s+".join(map(re.escape, lead)) for lead in _SPLIT_MOTTOS))
_SPLIT_GAP_WORDS = 6
(_SPLIT_KEY,) = set.intersection(*(set(lead) for lead in _SPLIT_MOTTOS))  # "CỘNG"
_SPLIT_BACK = max(len(w) + 1 for lead in _SPLIT_MOTTOS for w in lead)  # "ĐẢNG " before it
_SPLIT_SPAN = 200  # characters from the first two words to the last
_SPLIT_ZONE = 600  # where its first words may be: the top of the header (a title may quote a motto)
# both led by literals (not a lookbehind or ^): sre then skips fast to "Số" / "," / "n"
_NUMBER_RE = re.compile(r"Số(?<!\wSố)(?:\s*[:.]\s*|\s+(?=[\d/]))(?P<raw>\d\w*(?:\s*[/\-]\s*[\w.\-/]*\w)?|/[\w.\-/]*\w)?")
DATE_LINE_RE = re.compile(
    r"(?:,\s*ngày|n(?:(?<=^n)|(?<=\sn))gày)\s*(?P<d>\d{1,2}|[.…]*)\s*tháng\s*(?P<m>\d{1,2}|[.…]*)\s*năm\s*(?P<y>\d{4})", re.MULTILINE
)
# a rule printed under a cell ("-------") that a flattened table row keeps beside its text
# (the trailing rule only from the start of a run of rule characters and spaces that reaches the
# end: tried at every position of a long run "- - - … x", it re-read the run each time, quadratic)
_DECOR_EDGE_RE = re.compile(r"^[-_=~*]{3,}[-_=~*\s]*|(?<![-_=~*\s])(?=[-_=~*\s]*$)[-_=~*\s]*[-_=~*]{3,}$")
_DECOR_CHARS = "-_=~*"
_PLACE_LOWER = set(_META["place_lower_words"])
_PLACE_WRAP_CHARS = 40  # a longer line above is a sentence, not a place: not split into words
_PLACE_WRAP_WORDS = 4  # "Thành phố Hồ Chí" (dev-23): the most of a place name a wrapped date line leaves above


@dataclass
class HeaderPiece:
    """A stretch of the header: an anchor (kind motto/number/date) or a fragment ("text")."""

    kind: str
    start: int
    end: int
    text: str


def place_start(text: str, lo: int, comma: int) -> int:
    """Walk back from the date's comma over the place name's words ("Thành phố Hồ Chí Minh")."""
    start = comma
    for m in reversed(list(re.finditer(r"\S+", text[lo:comma]))):
        w = m.group()
        titled = w[:1].isupper() and (len(w) == 1 or not w.isupper() or w == "TP.")
        if not (titled or w in _PLACE_LOWER) or any(c.isdigit() for c in w):
            break
        start = lo + m.start()
    return start


def _place_above(text: str, line_start: int, anchors: list[HeaderPiece]) -> int:
    """Where the place name starts when its first words end the line above the date's (a cell's
    wrapped paragraph printed with a blank line between): that line holds only place words."""
    above = text.rfind("\n", 0, line_start - 1) + 1
    if line_start - above > _PLACE_WRAP_CHARS:
        return line_start
    words = text[above : line_start - 1].split()
    if not 0 < len(words) <= _PLACE_WRAP_WORDS or any(a.end > above for a in anchors):
        return line_start
    return above if place_start(text, above, line_start - 1) == above else line_start


def _split_mottos(zone: str, mottos: list[HeaderPiece]) -> list[HeaderPiece]:
    """The runs of a motto's words printed apart (see _SPLIT_MOTTOS), one anchor each, so the
    words between them are fragments of the issuer again."""
    out: list[HeaderPiece] = []
    leads: list[re.Match[str]] = []  # found from a `find` of the word all their first two share
    at = zone.find(_SPLIT_KEY, 0, _SPLIT_ZONE)  # (a regex led by two literals tests every position)
    while at >= 0:
        if not any(a.start <= at < a.end for a in mottos):  # a motto printed whole: nothing to do
            window = _SPLIT_LEAD_RE.finditer(zone, max(0, at - _SPLIT_BACK), at + len(_SPLIT_KEY) + _SPLIT_BACK)
            leads.extend(m for m in window if m.start() <= at < m.end())
        at = zone.find(_SPLIT_KEY, at + len(_SPLIT_KEY), _SPLIT_ZONE)
    for lead in leads:
        system, words = _SPLIT_MOTTOS[tuple(lead.group().split())]
        runs: list[list[int]] = []
        k, gaps, joined = 0, 0, False
        for w in re.finditer(r"\S+", zone[lead.start() : lead.start() + _SPLIT_SPAN]):
            if w.group() == words[k]:
                if joined:
                    runs[-1][1] = lead.start() + w.end()
                else:
                    runs.append([lead.start() + w.start(), lead.start() + w.end()])
                k, joined = k + 1, True
                if k == len(words):
                    break
            elif gaps < _SPLIT_GAP_WORDS and w.group() == w.group().upper():  # "TỈNH", "BÀ RỊA - VŨNG TÀU"
                gaps, joined = gaps + 1, False
            else:
                break
        if k == len(words) and len(runs) > 1:
            out.extend(HeaderPiece("motto_" + system, a, b, zone[a:b]) for a, b in runs)
    return out


def header_anchors(text: str, end: int) -> list[HeaderPiece]:
    out: list[HeaderPiece] = []
    zone = text[:end]
    for hit in _MOTTO_FIND_RE.finditer(zone):
        m = _MOTTO_RE.match(zone, hit.start())  # the same match, with the group naming its system
        assert m is not None
        kind = "motto_" + next(k for k, v in m.groupdict().items() if v)[:-1]
        out.append(HeaderPiece(kind, m.start(), m.end(), m.group()))
    out.extend(_split_mottos(zone, out))
    for m in _NUMBER_RE.finditer(zone):
        if m.group("raw") or ":" in m.group():
            out.append(HeaderPiece("number", m.start(), m.end(), m.group("raw") or ""))
    for m in DATE_LINE_RE.finditer(zone):
        line_start = zone.rfind("\n", 0, m.start()) + 1
        lo = max([line_start] + [p.end for p in out if p.end <= m.start()])
        s = place_start(zone, lo, m.start()) if m.group().startswith(",") else m.start()
        if s == line_start == lo > 0 and s < m.start():
            s = _place_above(zone, s, out)  # "Thành phố Hồ" / "Chí Minh, ngày 18 …" kept apart
        if not m.group().startswith(",") and m.start() != line_start:
            continue  # "… ban hành ngày 5 tháng 3 năm 2025" inside a sentence: not the date line
        out.append(HeaderPiece("date", s, m.end(), zone[s : m.end()]))
    out.sort(key=lambda p: p.start)
    kept: list[HeaderPiece] = []
    for p in out:  # overlapping anchors: keep the first
        if not kept or p.start >= kept[-1].end:
            kept.append(p)
    return kept


def header_fragments(text: str, end: int, anchors: list[HeaderPiece]) -> list[HeaderPiece]:
    out: list[HeaderPiece] = []
    pos = 0
    for a in [*anchors, HeaderPiece("end", end, end, "")]:
        for m in re.finditer(r"[^\n|]+", text[pos : a.start]):
            raw = m.group()
            s = pos + m.start() + (len(raw) - len(raw.lstrip(" /*|")))
            t = raw.strip(" /*|")
            if not t[:3].strip(_DECOR_CHARS) or not t[-3:].strip(_DECOR_CHARS):  # "TỈNH ĐẮK LẮK ------- | …"
                lead = _DECOR_EDGE_RE.match(t)
                if lead:
                    s, t = s + lead.end(), t[lead.end() :]
                t = _DECOR_EDGE_RE.sub("", t)
            if t and any(c.isalpha() for c in t):
                out.append(HeaderPiece("text", s, s + len(t), t))
        pos = a.end
    return out
