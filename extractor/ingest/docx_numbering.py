"""Word's automatic numbering: the label ("I.", "1.", "1.2.", "a)", "-") Word prints in front of a
paragraph whose `w:pPr/w:numPr` (or whose paragraph style's `w:pPr/w:numPr`) points into
`word/numbering.xml`. The label is not in the runs, so without this a .docx plan loses every
auto-numbered heading and item.

Three steps, each testable alone:

- `parse_numbering` -> `Numbering`, and `paragraph_numpr(p, numbering)` -> `(numId, ilvl)`:
  the definitions and which one a paragraph uses (docx_numbering_model.py);
- `labels(numprs, numbering)` -> one label per paragraph, rendered as Word prints it
  (docx_numbering_labels.py);
- `add_labels(document)` (here) is the hook `docx.py` calls: it writes each label as the
  paragraph's first run (in memory), so every later step reads "I. MỤC ĐÍCH" as Word shows it.

Not handled: numbering by fields (LISTNUM, AUTONUM, SEQ): a field's cached result in the runs is
read as text, a field that keeps none prints nothing; numbering of paragraphs inside footnotes;
section-level or per-page restarts.
"""

from __future__ import annotations

from copy import deepcopy
from typing import cast

from lxml import etree

from .docx_numbering_labels import labels
from .docx_numbering_model import W, paragraph_numpr, parse_numbering

_PARAGRAPHS = etree.XPath(".//w:p[not(ancestor::mc:Fallback)]", namespaces={
    "w": W[1:-1], "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"})
_MAX_PARAGRAPHS = 200_000


def _root(part, reltype: str) -> etree._Element | None:
    try:
        related = part.part_related_by(reltype)
    except (KeyError, ValueError):
        return None
    element = getattr(related, "element", None)
    return element if isinstance(element, etree._Element) else None


def _deleted(p: etree._Element) -> bool:
    """A paragraph deleted with tracked changes (its mark deleted, no text left): Word, showing the
    document as it will be, neither shows nor counts it."""
    return p.find(f"{W}pPr/{W}rPr/{W}del") is not None and p.find(f".//{W}t") is None


def _has_text(p: etree._Element) -> bool:
    return any((t.text or "").strip() for t in p.iter(W + "t"))


def _in_cell(p: etree._Element) -> bool:
    parent = p.getparent()
    return parent is not None and parent.tag == W + "tc"


def add_labels(document) -> int:
    """Write each auto-numbered paragraph's label into its text, as a first run (in memory only):
    the reader then sees "I. MỤC ĐÍCH" where Word shows it. The run copies the first run's
    formatting, so bold and size stay the paragraph's. An empty numbered paragraph counts but gets
    no label in the body (a bare "3." line would open an empty section); in a table cell it does
    (an auto-numbered STT column is its number). Returns how many labels were written; numbering
    it cannot read gives none, never an error."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement

    try:
        numbering = parse_numbering(_root(document.part, RT.NUMBERING), _root(document.part, RT.STYLES))
        if not numbering.nums:
            return 0
        paragraphs = cast("list[etree._Element]", _PARAGRAPHS(document.element.body))[:_MAX_PARAGRAPHS]
        found = labels((None if _deleted(p) else paragraph_numpr(p, numbering) for p in paragraphs), numbering)
        n = 0
        for p, label in zip(paragraphs, found):
            if not label or not (_has_text(p) or _in_cell(p)):
                continue
            run = OxmlElement("w:r")
            first = p.find(f".//{W}r/{W}rPr")
            if first is not None:
                run.append(deepcopy(first))
            t = OxmlElement("w:t")
            t.text = label
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            run.append(t)
            ppr = p.find(W + "pPr")
            if ppr is not None:
                ppr.addnext(run)
            else:
                p.insert(0, run)
            n += 1
        return n
    except Exception:  # noqa: BLE001 - numbering is an addition: without it, the runs' text
        return 0
