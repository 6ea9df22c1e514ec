"""The recipients (Nơi nhận), from the first top-level `recipients` section: one per bulleted item,
a "+" line under an item that ends with ":" completing it, a wrapped item's lines joined, and a
trailing note such as "(b/c)" kept apart from the name.
"""

from __future__ import annotations

import re

from .data import load, spaced_phrase
from .models import DocumentMeta, Recipient, Section, Span
from .section_tree import BULLET_SIGNS

_META = load("metadata.yaml")
_NOTE_RE = re.compile(r"\s*(\([^()]*\))\s*[.,;:]*\s*$")
_NOTE_WORDS_RE = re.compile("|".join(spaced_phrase(n) for n in _META["recipient_notes"]), re.IGNORECASE)
# items printed on one line ("Nơi nhận: - Thường trực Tỉnh ủy, - Ban Tuyên giáo …"; "-Ban …" typed
# without its space): a bullet after ";", "," or "." and a space, then a space or a letter
_ITEM_SPLIT_RE = re.compile(rf"(?<=[;,.])\s+(?=[{re.escape(BULLET_SIGNS)}](?:\s|[^\W\d_]))")
_ARCHIVE = tuple(_META["archive_words"])
# "Kính gửi:" at a line start: matched at the text's start, else searched for after a "\n" (a
# literal-led scan at ~1 ns/char; a "^"-led MULTILINE pattern is tried at every character, ~8 ns)
_ADDRESSEE = r"(?:" + "|".join(spaced_phrase(c) for c in _META["addressee_cues"]) + r")\s*:"
_ADDRESSEE_RE = re.compile(_ADDRESSEE)
_ADDRESSEE_LINE_RE = re.compile("\n" + _ADDRESSEE)


def split_recipient(item: str) -> tuple[str, str | None]:
    """'Thủ tướng Chính phủ (b/c);' -> ('Thủ tướng Chính phủ', '(b/c)')."""
    note = None
    m = _NOTE_RE.search(item)
    if m and _NOTE_WORDS_RE.fullmatch(m.group(1)[1:-1].strip()):
        note, item = m.group(1), item[: m.start()]
    return item.strip().rstrip(" .,;:").strip(), note


def read_recipients(text: str, sections: list[Section], meta: DocumentMeta) -> None:
    rec = next((s for s in sections if s.kind == "recipients" and s.parent is None), None)
    if rec is None:
        return
    meta.recipients = _named_items(text, _item_spans(text, rec.start, rec.end))
    if meta.recipients:
        meta.spans["recipients"] = Span(start=meta.recipients[0].start, end=meta.recipients[-1].end)


def read_addressees(text: str, sections: list[Section], meta: DocumentMeta) -> None:
    """"Kính gửi: Sở Nội vụ." or "Kính gửi:" and its bulleted list, before the first numbered
    section: the bodies a Công văn is addressed to. The list ends at its first line without a bullet
    (the preamble), so no wrapped-line joining runs on into the text."""
    limit = next((s.start for s in sections if s.kind not in ("dash", "plus", "star")), min(len(text), 6000))
    m = _ADDRESSEE_RE.match(text, 0, limit) or _ADDRESSEE_LINE_RE.search(text, 0, limit)
    if m is None:
        return
    start = m.start() if text[m.start()] != "\n" else m.start() + 1
    end = text.find("\n", m.end())
    end = len(text) if end < 0 else end
    while end < len(text):  # the bulleted lines after the cue's line
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[end + 1 : nxt].lstrip()
        if not (line[:1] and line[0] in BULLET_SIGNS):
            break
        end = nxt
    meta.addressees = _named_items(text, _item_spans(text, start, end))
    if meta.addressees:
        meta.spans["addressees"] = Span(start=meta.addressees[0].start, end=meta.addressees[-1].end)


def _item_spans(text: str, start: int, end: int) -> list[list[int]]:
    """[start, end] of each bulleted item of a list that opens with a label and a colon ("Nơi
    nhận:", "Kính gửi:"), what follows the colon on its line being the first item."""
    items: list[list[int]] = []
    parent_open = False  # the last "-" item ends with ":" (its "+" lines complete it)
    pos = start
    for k, line in enumerate(text[start:end].split("\n")):
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
            elif stripped[:1] and stripped[0] in BULLET_SIGNS:  # "- Như trên;", "* Lưu: VT."
                s = base + at + (len(part) - len(stripped)) + 1
                items.append([s, base + offset])
                parent_open = stripped[:1] == "-" and stripped.rstrip().endswith(":")
            elif k == 0 and not items:
                items.append([base + at, base + offset])  # "Kính gửi: Sở Nội vụ.": one, unbulleted
            elif items and not stripped.startswith("["):
                items[-1][1] = base + offset  # a wrapped item ("… Tỉnh ủy,\nChủ tịch UBMTTQVN tỉnh,")
    return items


def _named_items(text: str, items: list[list[int]]) -> list[Recipient]:
    out: list[Recipient] = []
    for s, e in items:
        raw = text[s:e]
        name, note = split_recipient(" ".join(" ".join(ln.strip().lstrip("+").split()) for ln in raw.split("\n")))
        if not name:
            continue
        lead = len(raw) - len(raw.lstrip())
        out.append(Recipient(name=name, note=note, start=s + lead, end=s + lead + len(raw.strip())))
    return out
