"""Footnotes and endnotes of a .docx, as the text path writes them.

A plan cites its directives in footnotes ("[1] Công văn số 124-CV/VP.ĐUK, ngày 08/6/2021 …"). In
the .docx the reference is a `w:footnoteReference w:id` in a run (Word prints its number, which is
not in the runs) and the note's text is in `word/footnotes.xml` (`word/endnotes.xml` likewise).
`add_notes(document)` writes both into the document tree (in memory), the way a plan converted
from Word to text reads (corpus dev-04, dev-21):

- the mark inline, where the reference stands: "… của UBND tỉnh[1], là …";
- the notes at the end of the body, one paragraph each (a note of several paragraphs keeps
  them), starting with its mark: "[1] Văn phòng Đảng ủy Khối đã sao gửi …". Footnotes first, then
  endnotes, each in the order their references stand.

Marks are numbered as Word numbers them: by order of reference, footnotes 1, 2, 3 and endnotes
i, ii, iii (Word's defaults), or in the format and from the start that `w:footnotePr` /
`w:endnotePr` in the settings give (a section's own numbering restarts are not followed). A
reference with `w:customMarkFollows` prints the run after it (already text), so nothing is added
inline and its note gets that mark. A note that the part does not define keeps its inline mark and
adds nothing; references whose part is missing or cannot be read get nothing at all (the runs'
text, as before). The separator notes (`w:type="separator"` …) are never text. Headers and
footers stay dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from lxml import etree

from .docx_numbering_labels import format_number

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NS = {"w": _W[1:-1], "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}
_REFS = etree.XPath(
    "(.//w:footnoteReference | .//w:endnoteReference)[not(ancestor::mc:Fallback)][not(ancestor::w:del)]",
    namespaces=_NS)
_MAX_NOTES = 5_000
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@dataclass(frozen=True)
class _Kind:
    ref: str  # the reference element in the body
    mark: str  # the mark element in the note
    note: str  # the note element in the notes part
    props: str  # numbering properties in the settings
    fmt: str  # Word's default number format


_KINDS = (_Kind("footnoteReference", "footnoteRef", "footnote", "footnotePr", "decimal"),
          _Kind("endnoteReference", "endnoteRef", "endnote", "endnotePr", "lowerRoman"))


def read_notes(root: etree._Element | None, kind: str) -> dict[str, etree._Element]:
    """w:id -> the w:footnote (w:endnote) element, the separators left out."""
    if root is None:
        return {}
    out: dict[str, etree._Element] = {}
    for note in root.iterchildren(_W + kind):
        nid = note.get(_W + "id")
        if nid is not None and note.get(_W + "type", "normal") == "normal" and nid not in out:
            out[nid] = note
    return out


def _numbering(settings: etree._Element | None, kind: _Kind) -> tuple[str, int]:
    fmt, start = kind.fmt, 1
    props = settings.find(_W + kind.props) if settings is not None else None
    if props is not None:
        f = props.find(_W + "numFmt")
        if f is not None and f.get(_W + "val"):
            fmt = f.get(_W + "val") or fmt
        s = props.find(_W + "numStart")
        try:
            start = int(s.get(_W + "val") or 1) if s is not None else 1
        except ValueError:
            start = 1
    return fmt, start


def _on(v: str | None) -> bool:
    return v is not None and v not in ("0", "false", "off")


def _text(el: etree._Element) -> str:
    return "".join(t.text or "" for t in el.iter(_W + "t"))


def _run(text: str) -> etree._Element:
    from docx.oxml import OxmlElement

    r = OxmlElement("w:r")
    r.append(_t(text))
    return r


def _t(text: str) -> etree._Element:
    from docx.oxml import OxmlElement

    t = OxmlElement("w:t")
    t.text = text
    t.set(_XML_SPACE, "preserve")
    return t


def _mark_note(note: etree._Element, mark: str, kind: _Kind) -> list[etree._Element]:
    """The note's block elements, its first mark element (w:footnoteRef) replaced by the mark
    text, or the mark written in front of it when it has none."""
    from docx.oxml import OxmlElement

    blocks = [el for el in note if el.tag in (_W + "p", _W + "tbl", _W + "sdt")]
    if not blocks:
        return []
    ref = note.find(f".//{_W}{kind.mark}")
    if ref is not None:
        t, run = _t(mark), ref.getparent()
        if run is None:
            return []
        run.replace(ref, t)
        after = "".join(el.text or "" for el in t.itersiblings(_W + "t"))  # in the mark's run
        for r in run.itersiblings():
            after += _text(r)
            if after:
                break
        if after and not after[:1].isspace():
            t.text = mark + " "
    elif _text(blocks[0]).lstrip().startswith(mark):  # a custom mark typed in the note
        pass
    elif blocks[0].tag == _W + "p":
        ppr = blocks[0].find(_W + "pPr")
        run = _run(mark + " ")
        if ppr is not None:
            ppr.addnext(run)
        else:
            blocks[0].insert(0, run)
    else:
        p = OxmlElement("w:p")
        p.append(_run(mark))
        blocks.insert(0, p)
    return blocks


def _parse(part, reltype: str) -> etree._Element | None:
    from docx.oxml import parse_xml

    try:
        return parse_xml(part.part_related_by(reltype).blob)
    except Exception:  # noqa: BLE001 - XML errors, KeyError, ValueError: no such part to read
        return None


def add_notes(document) -> int:
    """Write note marks inline and the notes at the end of the body (see the module docstring);
    returns how many blocks of notes were written. Never raises: what it cannot read it leaves out."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        part = document.part
        notes: dict[str, dict[str, etree._Element]] = {}
        for kind, reltype in zip(_KINDS, (RT.FOOTNOTES, RT.ENDNOTES)):
            root = _parse(part, reltype)  # absent, doubled or unreadable: this kind left as it was
            if root is not None and root.tag == _W + kind.note + "s":
                notes[kind.note] = read_notes(root, kind.note)
        try:
            settings = part.part_related_by(RT.SETTINGS).element
        except Exception:  # noqa: BLE001
            settings = None
        body = document.element.body
        refs = cast("list[etree._Element]", _REFS(body))[:_MAX_NOTES]
        inline: list[tuple[etree._Element, str]] = []
        ending: dict[str, list[etree._Element]] = {k.note: [] for k in _KINDS}
        for kind in _KINDS:
            if kind.note not in notes:
                continue
            fmt, n = _numbering(settings, kind)
            seen: dict[str, str] = {}
            for ref in refs:
                if ref.tag != _W + kind.ref:
                    continue
                nid = ref.get(_W + "id") or ""
                if nid in seen:
                    inline.append((ref, seen[nid]))
                    continue
                if _on(ref.get(_W + "customMarkFollows")):
                    run = ref.getparent()
                    nxt = run.getnext() if run is not None else None
                    mark = _text(nxt).strip() if nxt is not None else ""
                else:
                    mark = f"[{format_number(n, fmt)}]"
                    n += 1
                    inline.append((ref, mark))
                seen[nid] = mark
                note = notes[kind.note].get(nid)
                if note is not None and mark:
                    ending[kind.note] += _mark_note(note, mark, kind)
    except Exception:  # noqa: BLE001 - notes are an addition: without them, the runs' text
        return 0
    try:
        for ref, mark in inline:
            ref.addnext(_t(mark))
        end = body.find(_W + "sectPr")
        written = 0
        for kind in _KINDS:
            for block in ending[kind.note]:
                if end is not None:
                    end.addprevious(block)
                else:
                    body.append(block)
                written += 1
        return written
    except Exception:  # noqa: BLE001
        return 0
