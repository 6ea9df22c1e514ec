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
            elif stripped[:1] and stripped[0] in BULLET_SIGNS:  # "- Như trên;", "* Lưu: VT."
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
