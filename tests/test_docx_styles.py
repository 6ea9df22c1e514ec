"""The .docx reader looks a paragraph style up once per style, not once per paragraph: python-docx
resolves `Paragraph.style` by scanning the document's styles (milliseconds each), which made a
3,000-paragraph plan take 12 s to read."""

import io

from docx import Document
from docx.text.paragraph import Paragraph

from extractor.ingest import read_bytes


def _plan(paragraphs: int) -> bytes:
    doc = Document()
    doc.add_paragraph("KẾ HOẠCH")
    for i in range(paragraphs):
        p = doc.add_paragraph(f"{i % 9 + 1}. Sở Nội vụ chủ trì thực hiện nhiệm vụ số {i}.")
        if i % 3 == 0:
            p.style = doc.styles["List Paragraph"]
    doc.add_paragraph("II. TỔ CHỨC THỰC HIỆN", style="Heading 1")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_style_looked_up_once_per_style(monkeypatch):
    data = _plan(300)
    calls = []
    original = Paragraph.style

    def counted(self):
        calls.append(self._p.style)
        return original.fget(self)

    monkeypatch.setattr(Paragraph, "style", property(counted, original.fset))
    src = read_bytes(data, "plan.docx")
    assert "Sở Nội vụ chủ trì thực hiện nhiệm vụ số 299." in src.text
    # three styles in use (the default, List Paragraph, Heading 1): three look-ups, not 2 × 302
    assert sorted(calls, key=str) == sorted([None, "ListParagraph", "Heading1"], key=str)


def test_style_bold_and_size_still_read():
    """A heading bold only through its style is still a bold block (the cache keeps the style's font)."""
    doc = Document()
    doc.styles["Heading 1"].font.bold = True
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU", style="Heading 1")
    doc.add_paragraph("Nội dung thường.")
    buf = io.BytesIO()
    doc.save(buf)
    src = read_bytes(buf.getvalue(), "plan.docx")
    heading = next(b for b in src.blocks if src.text[b.start : b.end].startswith("I. MỤC"))
    body = next(b for b in src.blocks if src.text[b.start : b.end].startswith("Nội dung"))
    assert heading.bold and not body.bold
