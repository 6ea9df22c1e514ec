"""Document metadata: header (issuer, number, place/date, type, title), signer, recipients.

The header is read layout-free: in the text before the first section, the national / Party
mottos, the "Số:" number and the "<place>, ngày … tháng … năm …" line are *anchors*; what lies
between anchors (split at line breaks and table bars) are *fragments*. The first fragment that
starts with a spelled-out type word (KẾ HOẠCH, QUYẾT ĐỊNH …) opens the title; the capital
fragments before it are the issuer's lines. So a header printed as a table, as `|` cells, as the
left column then the right one, interleaved, or flattened onto one line reads the same.

The signer and the recipients come from the first top-level `signature` and `recipients`
sections (so a template after the signature never overrides them).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from .data import load
from .models import DocumentMeta, Recipient, Section, Signer, Span
from .segment import classify
from .symbols import canonical_number, parse_number

_META = load("metadata.yaml")
_HEADINGS = load("headings.yaml")
_TYPES: dict[str, tuple[str, dict[str, str]]] = {
    name.upper(): (name, entry) for name, entry in load("doc_types.yaml")["types"].items()
}


def _phrase(p: str) -> str:
    return r"\s*-\s*".join(r"\s+".join(re.escape(w) for w in part.split()) for part in p.split(" - "))


_MOTTO_RE = re.compile(
    "|".join(f"(?P<{sys}{i}>{_phrase(p)})" for sys, ps in _META["mottos"].items() for i, p in enumerate(ps))
)
# the same alternatives without the groups: every one led by a literal, so sre skips fast to their
# first letters (a group first makes it try every alternative at every position)
_MOTTO_FIND_RE = re.compile("|".join(_phrase(p) for ps in _META["mottos"].values() for p in ps))
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
# a document symbol standing on its own among other words ("2820/QĐ-UBND", "34-KH/ĐUK")
# "\d\w*", not "\d+\w*": the same words, but the two quantifiers over digits backtracked against
# each other on a long run of them (20k digits after "Số:": 5 s)
_SYMBOL_APART_RE = re.compile(r"(?<!\S)\d\w*[/-][A-ZĐ][\w.\-/]*(?![^\s,])")
_DATE_RE = re.compile(
    r"(?:,\s*ngày|n(?:(?<=^n)|(?<=\sn))gày)\s*(?P<d>\d{1,2}|[.…]*)\s*tháng\s*(?P<m>\d{1,2}|[.…]*)\s*năm\s*(?P<y>\d{4})", re.MULTILINE
)
_TYPE_RE = re.compile(
    r"^(?P<type>" + "|".join(_phrase(t) for t in sorted(_TYPES, key=len, reverse=True)) + r")(?![\w])\s*(?P<rest>.*)$",
    re.DOTALL,
)
_BODY_CUE_RE = re.compile(r"\s(?:" + "|".join(_phrase(c) for c in _META["body_cues"]) + r")\s")
_TITLE_STOP_RE = re.compile(r"^(?:" + "|".join(_phrase(c) for c in _META["title_stops"]) + r")|QUYẾT ĐỊNH:?$")
_PARTY_BODY_RE = re.compile(r"(?<!\S)(?:" + "|".join(_phrase(b) for b in _META["party_bodies"]) + r")(?!\w)")
_STATE_BODY_RE = re.compile(r"(?:" + "|".join(_phrase(b) for b in _META["state_bodies"]) + r")(?!\w)")
# a rule printed under a cell ("-------") that a flattened table row keeps beside its text
# (the trailing rule only from the start of a run of rule characters and spaces that reaches the
# end: tried at every position of a long run "- - - … x", it re-read the run each time, quadratic)
_DECOR_EDGE_RE = re.compile(r"^[-_=~*]{3,}[-_=~*\s]*|(?<![-_=~*\s])(?=[-_=~*\s]*$)[-_=~*\s]*[-_=~*]{3,}$")
_DECOR_CHARS = "-_=~*"
_CAP_TOKEN_RE = re.compile(r"(?<!\S)(?:" + "|".join(re.escape(c) for c in _HEADINGS["capacities"]) + r")(?=\s|$)")
_POSITIONS = sorted(_HEADINGS["positions"], key=len, reverse=True)
_NOISE_RE = re.compile("|".join(re.escape(n) for n in _META["signature_noise"]))
_NOTE_RE = re.compile(r"\s*(\([^()]*\))\s*[.,;:]*\s*$")
_NOTE_WORDS_RE = re.compile("|".join(_phrase(n) for n in _META["recipient_notes"]), re.IGNORECASE)
_ITEM_SPLIT_RE = re.compile(r"(?<=[;,.])\s+(?=[-+]\s)")
_PLACE_LOWER = set(_META["place_lower_words"])
_PLACE_WRAP_CHARS = 40  # a longer line above is a sentence, not a place: not split into words
_PLACE_WRAP_WORDS = 4  # "Thành phố Hồ Chí" (dev-23): the most of a place name a wrapped date line leaves above
_ARCHIVE = tuple(_META["archive_words"])


@dataclass
class _Piece:
    """A stretch of the header: an anchor (kind motto/number/date) or a fragment ("text")."""

    kind: str
    start: int
    end: int
    text: str


# --- header ---------------------------------------------------------------------------------
def _header_end(text: str, sections: list[Section]) -> int:
    for s in sections:
        if s.kind not in ("dash", "plus", "star"):
            return s.start
    return min(len(text), 6000)


def _place_start(text: str, lo: int, comma: int) -> int:
    """Walk back from the date's comma over the place name's words ("Thành phố Hồ Chí Minh")."""
    start = comma
    for m in reversed(list(re.finditer(r"\S+", text[lo:comma]))):
        w = m.group()
        titled = w[:1].isupper() and (len(w) == 1 or not w.isupper() or w == "TP.")
        if not (titled or w in _PLACE_LOWER) or any(c.isdigit() for c in w):
            break
        start = lo + m.start()
    return start


def _place_above(text: str, line_start: int, anchors: list[_Piece]) -> int:
    """Where the place name starts when its first words end the line above the date's (a cell's
    wrapped paragraph printed with a blank line between): that line holds only place words."""
    above = text.rfind("\n", 0, line_start - 1) + 1
    if line_start - above > _PLACE_WRAP_CHARS:
        return line_start
    words = text[above : line_start - 1].split()
    if not 0 < len(words) <= _PLACE_WRAP_WORDS or any(a.end > above for a in anchors):
        return line_start
    return above if _place_start(text, above, line_start - 1) == above else line_start


def _split_mottos(zone: str, mottos: list[_Piece]) -> list[_Piece]:
    """The runs of a motto's words printed apart (see _SPLIT_MOTTOS), one anchor each, so the
    words between them are fragments of the issuer again."""
    out: list[_Piece] = []
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
            out.extend(_Piece("motto_" + system, a, b, zone[a:b]) for a, b in runs)
    return out


def _anchors(text: str, end: int) -> list[_Piece]:
    out: list[_Piece] = []
    zone = text[:end]
    for hit in _MOTTO_FIND_RE.finditer(zone):
        m = _MOTTO_RE.match(zone, hit.start())  # the same match, with the group naming its system
        assert m is not None
        kind = "motto_" + next(k for k, v in m.groupdict().items() if v)[:-1]
        out.append(_Piece(kind, m.start(), m.end(), m.group()))
    out.extend(_split_mottos(zone, out))
    for m in _NUMBER_RE.finditer(zone):
        if m.group("raw") or ":" in m.group():
            out.append(_Piece("number", m.start(), m.end(), m.group("raw") or ""))
    for m in _DATE_RE.finditer(zone):
        line_start = zone.rfind("\n", 0, m.start()) + 1
        lo = max([line_start] + [p.end for p in out if p.end <= m.start()])
        s = _place_start(zone, lo, m.start()) if m.group().startswith(",") else m.start()
        if s == line_start == lo > 0 and s < m.start():
            s = _place_above(zone, s, out)  # "Thành phố Hồ" / "Chí Minh, ngày 18 …" kept apart
        if not m.group().startswith(",") and m.start() != line_start:
            continue  # "… ban hành ngày 5 tháng 3 năm 2025" inside a sentence: not the date line
        out.append(_Piece("date", s, m.end(), zone[s : m.end()]))
    out.sort(key=lambda p: p.start)
    kept: list[_Piece] = []
    for p in out:  # overlapping anchors: keep the first
        if not kept or p.start >= kept[-1].end:
            kept.append(p)
    return kept


def _fragments(text: str, end: int, anchors: list[_Piece]) -> list[_Piece]:
    out: list[_Piece] = []
    pos = 0
    for a in [*anchors, _Piece("end", end, end, "")]:
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
                out.append(_Piece("text", s, s + len(t), t))
        pos = a.end
    return out


def _title(text: str, frag: _Piece, rest_start: int, limit: int, issuer: str | None) -> tuple[str, int, int] | None:
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


def _number_apart(text: str, start: int, limit: int, date: _Piece | None, meta: DocumentMeta) -> None:
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
        if before.strip() and _place_start(text, line_start, m.start()) == line_start:
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


def _at(frags: list[_Piece], lines: list[str], k: int) -> int:
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


def _read_header(text: str, sections: list[Section], meta: DocumentMeta) -> None:
    end = _header_end(text, sections)
    anchors = _anchors(text, end)
    frags = _fragments(text, end, anchors)
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
        m = _DATE_RE.search(date.text)
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


# --- signer -----------------------------------------------------------------------------------
def _is_name_word(w: str) -> bool:
    return w[:1].isupper() and w[1:].islower() and w.isalpha()


def split_signature(lines: list[str]) -> tuple[str | None, str | None, str | None, int]:
    """Signature lines -> (capacity, position, name, lines used). Lines may be flattened."""
    caps: list[str] = []
    name: str | None = None
    used = 0
    for line in lines:
        line = " ".join(_NOISE_RE.sub(" ", line).split())
        used += 1
        if not line:
            continue
        if line.startswith("["):
            break
        words = line.split()
        k = 0
        while k < len(words) and (words[k].isupper() or _CAP_TOKEN_RE.fullmatch(words[k])) and not _is_name_word(words[k]):
            k += 1
        if k:
            caps.append(" ".join(words[:k]))
        n = k
        while n < len(words) and _is_name_word(words[n]) and n - k < 5:
            n += 1
        if n - k >= 2:
            name = " ".join(words[k:n])
            break
        if k < len(words):
            break  # neither capitals nor a name: the block is over
    capacity, position = _capacity_position(caps)
    return capacity, position, name, used


def _capacity_position(caps: list[str]) -> tuple[str | None, str | None]:
    if not caps:
        return None, None
    last = caps[-1]
    if len(caps) > 1 and not _CAP_TOKEN_RE.match(last) and last in _POSITIONS:
        return " ".join(caps[:-1]), last
    joined = " ".join(caps)
    cuts = [m.start() for m in _CAP_TOKEN_RE.finditer(joined)]
    if not cuts:
        return None, joined
    tail = joined[cuts[-1] :]
    token = _CAP_TOKEN_RE.match(tail)
    body = tail[token.end() :].strip() if token else tail
    for p in _POSITIONS:
        if body.endswith(" " + p) and len(body[: -len(p)].split()) >= 2:
            return joined[: len(joined) - len(p)].strip(), p
    return joined, None


def _read_signer(text: str, sections: list[Section], meta: DocumentMeta) -> None:
    sig = next((s for s in sections if s.kind == "signature" and s.parent is None), None)
    if sig is None:
        return
    block = text[sig.start : sig.end]
    lines = block.split("\n")
    capacity, position, name, used = split_signature(lines)
    if not (capacity or position or name):
        return
    end = sig.start + len("\n".join(lines[:used]))
    if name:
        end = text.index(name, sig.start) + len(name)
    meta.signer = Signer(name=name, position=position, capacity=capacity, start=sig.start, end=end)
    meta.spans["signer"] = Span(start=sig.start, end=end)
    if meta.system is None and capacity:
        for system, tokens in _META["capacity_system"].items():
            if any(capacity.startswith(t) for t in tokens):
                meta.system = system
                break


# --- recipients -------------------------------------------------------------------------------
def split_recipient(item: str) -> tuple[str, str | None]:
    """'Thủ tướng Chính phủ (b/c);' -> ('Thủ tướng Chính phủ', '(b/c)')."""
    note = None
    m = _NOTE_RE.search(item)
    if m and _NOTE_WORDS_RE.fullmatch(m.group(1)[1:-1].strip()):
        note, item = m.group(1), item[: m.start()]
    return item.strip().rstrip(" .,;:").strip(), note


def _read_recipients(text: str, sections: list[Section], meta: DocumentMeta) -> None:
    rec = next((s for s in sections if s.kind == "recipients" and s.parent is None), None)
    if rec is None:
        return
    items: list[list[int]] = []  # [start, end] of each item in text
    parent_open = False  # the last "-" item ends with ":" (its "+" lines complete it)
    pos = rec.start
    for k, line in enumerate(text[rec.start : rec.end].split("\n")):
        base = pos
        pos += len(line) + 1
        if k == 0:
            cut = line.find(":")
            if cut < 0 or not line[cut + 1 :].strip():
                continue
            base, line = base + cut + 1, line[cut + 1 :]
        if not line.strip():
            continue
        offset = 0
        for part in _ITEM_SPLIT_RE.split(line):
            at = line.index(part, offset)
            offset = at + len(part)
            stripped = part.lstrip()
            if stripped[:1] == "+" and items and parent_open and not stripped[1:].lstrip().startswith(_ARCHIVE):
                items[-1][1] = base + offset  # "- VP UBND tỉnh:" / "+ LĐVP, KGVXLinh;": one recipient
            elif stripped[:1] in "-+•":
                s = base + at + (len(part) - len(stripped)) + 1
                items.append([s, base + offset])
                parent_open = stripped[:1] == "-" and stripped.rstrip().endswith(":")
            elif items and not stripped.startswith("["):
                items[-1][1] = base + offset  # a wrapped item ("… Tỉnh ủy,\nChủ tịch UBMTTQVN tỉnh,")
    for s, e in items:
        raw = text[s:e]
        name, note = split_recipient(" ".join(" ".join(ln.strip().lstrip("+").split()) for ln in raw.split("\n")))
        if not name:
            continue
        lead = len(raw) - len(raw.lstrip())
        meta.recipients.append(Recipient(name=name, note=note, start=s + lead, end=s + lead + len(raw.strip())))
    if meta.recipients:
        meta.spans["recipients"] = Span(start=meta.recipients[0].start, end=meta.recipients[-1].end)


def extract_metadata(text: str, sections: list[Section]) -> DocumentMeta:
    """Header fields, signer and recipients of a normalised document; what is not printed is None."""
    meta = DocumentMeta()
    _read_header(text, sections, meta)
    _read_signer(text, sections, meta)
    _read_recipients(text, sections, meta)
    return meta
