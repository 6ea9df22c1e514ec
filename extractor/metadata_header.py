"""Header fields from the header's pieces: issuer (and parent body), number, place and date, type, title.

The first fragment that starts with a spelled-out type word (KẾ HOẠCH, QUYẾT ĐỊNH …) opens the
title (the trích yếu, capitals continued on the following lines); the capital fragments before it
are the issuer's lines, the Party's superior body cut off its front. The system (state or Party)
comes from the motto, else the number, else the issuer's first words.
"""

from __future__ import annotations

import datetime as _dt
import re

from .data import load, spaced_phrase
from .metadata_header_pieces import DATE_LINE_RE, HeaderPiece, header_anchors, header_fragments, place_start
from .models import DocumentMeta, Section, Span
from .segment import classify
from .symbols import canonical_number, parse_number

_META = load("metadata.yaml")
_TYPES: dict[str, tuple[str, dict[str, str]]] = {
    name.upper(): (name, entry) for name, entry in load("doc_types.yaml")["types"].items()
}
# a document symbol standing on its own among other words ("2820/QĐ-UBND", "34-KH/ĐUK")
# "\d\w*", not "\d+\w*": the same words, but the two quantifiers over digits backtracked against
# each other on a long run of them (20k digits after "Số:": 5 s)
_SYMBOL_APART_RE = re.compile(r"(?<!\S)\d\w*[/-][A-ZĐ][\w.\-/]*(?![^\s,])")
_TYPE_RE = re.compile(
    r"^(?P<type>" + "|".join(spaced_phrase(t) for t in sorted(_TYPES, key=len, reverse=True)) + r")(?![\w])\s*(?P<rest>.*)$",
    re.DOTALL,
)
_BODY_CUE_RE = re.compile(r"\s(?:" + "|".join(spaced_phrase(c) for c in _META["body_cues"]) + r")\s")
# a Công văn's subject line: "V/v triển khai …", "Về việc: …" (the cue, then a space, ":" or ".")
_SUBJECT_RE = re.compile(r"(?P<cue>" + "|".join(re.escape(c) for c in _META["subject_cues"]) + r")(?:\s*[:.]\s*|\s+)(?=\S)")
_TITLE_STOP_RE = re.compile(r"^(?:" + "|".join(spaced_phrase(c) for c in _META["title_stops"]) + r")|QUYẾT ĐỊNH:?$")
_PARTY_BODY_RE = re.compile(r"(?<!\S)(?:" + "|".join(spaced_phrase(b) for b in _META["party_bodies"]) + r")(?!\w)")
_STATE_BODY_RE = re.compile(r"(?:" + "|".join(spaced_phrase(b) for b in _META["state_bodies"]) + r")(?!\w)")


def _header_end(text: str, sections: list[Section]) -> int:
    for s in sections:
        if s.kind not in ("dash", "plus", "star"):
            return s.start
    return min(len(text), 6000)


def _title(text: str, frag: HeaderPiece, rest_start: int, limit: int, issuer: str | None) -> tuple[str, int, int] | None:
    """The trích yếu: the type fragment's rest or the next line, capitals continued on following lines."""
    start = rest_start
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if not text[start:line_end].strip():
        start = line_end + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
    if start >= len(text):
        return None
    title = text[start:line_end]
    end = line_end
    while title.isupper() and end < len(text):
        nxt_end = text.find("\n", end + 1)
        nxt_end = len(text) if nxt_end < 0 else nxt_end
        nxt = text[end + 1 : nxt_end]
        if not nxt.isupper() or _TITLE_STOP_RE.match(nxt) or (issuer and nxt.strip() == issuer):
            break
        if classify(nxt) is not None:
            break
        title, end = f"{title} {nxt}", nxt_end
    cue = _BODY_CUE_RE.search(title)
    if cue:
        title = title[: cue.start()]
        end = start + len(title)  # flattened header: the title runs into the preamble
    stripped = title.strip()
    if not stripped or _TITLE_STOP_RE.match(stripped):
        return None
    return stripped, start, start + len(title.rstrip())


def _number_apart(text: str, start: int, limit: int, date: HeaderPiece | None, meta: DocumentMeta) -> None:
    """"Số:" followed by other words, its symbol further on: the columns read across a narrow
    left cell ("Số:" / "Thành phố Hồ 2820/QĐ-UBND Chí Minh, ngày …"). The first symbol before the
    type word is the number; when it sits inside the place name's line, the place is read around it."""
    for m in _SYMBOL_APART_RE.finditer(text, start, limit):
        number = canonical_number(m.group())
        if not number:
            continue
        meta.number = number
        meta.spans["number"] = Span(start=m.start(), end=m.end())
        if date is None or not (m.end() <= date.start and not text[m.end() : date.start].strip()):
            return
        # the place's comma, inside the date piece: one that opens with "ngày" at a line start has none
        comma = text.find(",", date.start, date.end)
        if comma < 0:
            return
        line_start = text.rfind("\n", 0, m.start()) + 1
        before, after = text[line_start : m.start()], text[m.end() : comma]
        if before.strip() and place_start(text, line_start, m.start()) == line_start:
            meta.place = " ".join(before.split() + after.split())
            meta.spans["place"] = Span(start=line_start, end=comma)
        return


def _party_cut(lines: list[str]) -> int | None:
    """Where the issuer starts in the Party header's lines joined by spaces, after its superior
    body (parent_body), or None when only the issuer is printed. Lines are grouped by body: one
    that starts none ("TRUNG ƯƠNG" under "BAN CHẤP HÀNH", split off by a blank line or an
    interleaved motto) goes on the one before; printed on one line, the second body's words cut it
    ("BAN CHẤP HÀNH TRUNG ƯƠNG BAN TUYÊN GIÁO …")."""
    at = len(lines[0]) + 1
    for line in lines[1:]:
        if _PARTY_BODY_RE.match(line) or _STATE_BODY_RE.match(line):
            return at
        at += len(line) + 1
    for m in _PARTY_BODY_RE.finditer(" ".join(lines)):
        if m.start() > 0:
            return m.start()
    return None


def _at(frags: list[HeaderPiece], lines: list[str], k: int) -> int:
    """The text position of character k of the fragments' lines joined by spaces."""
    at = 0
    for f, line in zip(frags, lines):
        if k <= at + len(line):
            return f.start + min(k - at, f.end - f.start)
        at += len(line) + 1
    return frags[-1].end


def _iso(d: str, m: str, y: str) -> str | None:
    if not (d.isdigit() and m.isdigit() and y.isdigit()):
        return None
    try:
        return _dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def _doc_type(word: str, system: str | None) -> tuple[str | None, str]:
    name, entry = _TYPES[" ".join(word.split()).upper()]
    code = entry.get("code") or (entry.get(system) if system else None)
    code = code or entry.get("state") or entry.get("party")
    return code, name


def read_header(text: str, sections: list[Section], meta: DocumentMeta) -> None:
    end = _header_end(text, sections)
    anchors = header_anchors(text, end)
    frags = header_fragments(text, end, anchors)
    type_frag = next((f for f in frags if (tm := _TYPE_RE.match(f.text)) and tm.group("type").isupper()), None)
    limit = type_frag.start if type_frag else end
    spans = meta.spans
    mottos = {a.kind for a in anchors if a.kind.startswith("motto") and a.start < limit}
    number = next((a for a in anchors if a.kind == "number" and a.start < limit), None)
    if number and number.text:
        meta.number = canonical_number(number.text)
        if meta.number:
            s = text.index(number.text, number.start)
            spans["number"] = Span(start=s, end=s + len(number.text))
    date = next((a for a in anchors if a.kind == "date" and a.start < limit), None)
    if number and not number.text:  # "Số:" with its symbol printed apart: see _number_apart
        _number_apart(text, number.end, limit, date, meta)
    if date:
        m = DATE_LINE_RE.search(date.text)
        assert m is not None
        place = date.text[: m.start()].strip(" ,")
        if "place" in spans:  # read around the number (_number_apart)
            pass
        elif place and any(c.isalpha() for c in place):
            meta.place = " ".join(place.split()) if "\n" in place else place
            spans["place"] = Span(start=date.start, end=date.start + len(place))
        meta.issued_date = _iso(m.group("d"), m.group("m"), m.group("y"))
        if meta.issued_date:
            spans["issued_date"] = Span(start=date.start + m.start(), end=date.end)
    issuer_frags = [f for f in frags if f.end <= limit and f.text.isupper()]
    if "motto_state" in mottos:
        meta.system = "state"
    elif "motto_party" in mottos:
        meta.system = "party"
    elif meta.number:
        parts = parse_number(meta.number)
        meta.system = parts.system if parts else None
    if issuer_frags:
        lines = [" ".join(f.text.split()) for f in issuer_frags]
        if meta.system is None and _PARTY_BODY_RE.match(lines[0]):
            meta.system = "party"
        elif meta.system is None and _STATE_BODY_RE.match(lines[0]):
            meta.system = "state"  # "ỦY BAN NHÂN DÂN …", "SỞ …" with the motto lost
        joined = " ".join(lines)
        cut = _party_cut(lines) if meta.system == "party" else None
        parent = joined[:cut].rstrip() if cut else None
        issuer = joined[cut:] if cut else joined
        meta.issuer, meta.parent_body = issuer, parent
        start = issuer_frags[0].start
        if parent and cut:
            spans["parent_body"] = Span(start=start, end=_at(issuer_frags, lines, len(parent)))
            start = _at(issuer_frags, lines, cut)
        spans["issuer"] = Span(start=start, end=issuer_frags[-1].end)
    if type_frag:
        tm = _TYPE_RE.match(type_frag.text)
        assert tm is not None
        meta.doc_type, meta.doc_type_name = _doc_type(tm.group("type"), meta.system)
        spans["doc_type"] = Span(start=type_frag.start, end=type_frag.start + len(tm.group("type")))
        got = _title(text, type_frag, type_frag.start + tm.start("rest"), end, meta.issuer)
        if got:
            meta.title = got[0]
            spans["title"] = Span(start=got[1], end=got[2])
    else:
        _subject(text, frags, meta)


def _subject(text: str, frags: list[HeaderPiece], meta: DocumentMeta) -> None:
    """A header with no type word but a subject line ("V/v triển khai thực hiện Kết luận số …") is a
    Công văn's: the subject is its trích yếu, lines that go on in lower case included."""
    at = next((i for i, f in enumerate(frags) if _SUBJECT_RE.match(f.text)), None)
    if at is None:
        return
    frag = frags[at]
    m = _SUBJECT_RE.match(frag.text)
    assert m is not None
    meta.doc_type, meta.doc_type_name = _doc_type(_META["subject_type"], meta.system)
    meta.spans["doc_type"] = Span(start=frag.start + m.start("cue"), end=frag.start + m.end("cue"))
    start, end = frag.start + m.end(), frag.end
    for nxt in frags[at + 1 :]:  # "V/v triển khai thực hiện Kết luận" / "số 01-KL/TW ngày 18/5/2021"
        if text[end:nxt.start].strip() or not nxt.text[:1].islower():
            break
        end = nxt.end
    title = " ".join(text[start:end].split()).rstrip(" .;,")
    if title:
        meta.title = title
        meta.spans["title"] = Span(start=start, end=start + len(text[start:end].rstrip(" .;,\n")))
