"""Footnotes and endnotes of a .docx: the mark inline where the reference stands, the notes at the
end of the body, each starting with its mark ("[1] …"), as a plan converted from Word to text
reads (corpus dev-04, dev-21). Documents are built with python-docx, the notes parts with lxml.
"""

from __future__ import annotations

import io

import pytest
from damage import assert_read_or_refused, damaged_copies

from extractor.ingest import read_bytes
from extractor.normalise import normalise_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}"'
SEPARATORS = ('<w:{k} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{k}>'
              '<w:{k} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
              "</w:p></w:{k}>")


def note(kind: str, nid: int, *paragraphs: str, ref: bool = True) -> str:
    """A w:footnote / w:endnote; its first paragraph starts with the mark element unless not `ref`."""
    mark = f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Ref/></w:r>' if ref else ""
    ps = "".join(f'<w:p>{mark if i == 0 else ""}<w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
                 for i, t in enumerate(paragraphs))
    return f'<w:{kind} w:id="{nid}">{ps}</w:{kind}>'


def add_part(d, kind: str, body: str | bytes) -> None:
    """word/footnotes.xml (kind "footnote") or word/endnotes.xml, related to the document."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    blob = body if isinstance(body, bytes) else (
        f'<?xml version="1.0" encoding="UTF-8"?><w:{kind}s {NS}>{SEPARATORS.format(k=kind)}{body}</w:{kind}s>'
    ).encode()
    ct, rt = (CT.WML_FOOTNOTES, RT.FOOTNOTES) if kind == "footnote" else (CT.WML_ENDNOTES, RT.ENDNOTES)
    d.part.relate_to(Part(PackURI(f"/word/{kind}s.xml"), ct, blob, d.part.package), rt)


def ref(paragraph, kind: str, nid: int, extra: str = "") -> None:
    from docx.oxml import parse_xml

    paragraph.add_run()._r.append(parse_xml(f'<w:{kind}Reference {NS} w:id="{nid}"{extra}/>'))


def lines(d, raw: bool = False) -> list[str]:
    """The text read from the document: normalised lines, or the reader's paragraphs if `raw`."""
    buf = io.BytesIO()
    d.save(buf)
    text = read_bytes(buf.getvalue(), "x.docx").text
    return text.split("\n\n") if raw else normalise_text(text).split("\n")


def test_marks_inline_and_notes_at_the_end() -> None:
    """Numbered by order of reference (not by w:id); a note of two paragraphs keeps both; a
    note whose text has no leading space still reads "[2] text"; a reference in a table cell
    counts; endnotes come after the footnotes, numbered i, ii; separators are not text."""
    import docx

    d = docx.Document()
    p = d.add_paragraph("Căn cứ Quy định số 324-QĐ/ĐUK")
    ref(p, "footnote", 7)
    p.add_run(" và Kết luận số 01-KL/TW")
    ref(p, "footnote", 2)
    p.add_run(".")
    cell = d.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "Sở Nội vụ"
    ref(cell.paragraphs[0], "footnote", 4)
    q = d.add_paragraph("Báo cáo kết quả")
    ref(q, "endnote", 1)
    add_part(d, "footnote", note("footnote", 2, "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.")
             + note("footnote", 7, " Quy định số 324-QĐ/ĐUK, ngày 11/6/2019.", "Đã sao gửi các chi bộ.")
             + note("footnote", 4, " Cơ quan thường trực."))
    add_part(d, "endnote", note("endnote", 1, " Theo mẫu tại Phụ lục."))
    assert lines(d) == [
        "Căn cứ Quy định số 324-QĐ/ĐUK[1] và Kết luận số 01-KL/TW[2].",
        "Sở Nội vụ[3]",  # a one-cell table reads as layout: its text
        "Báo cáo kết quả[i]",
        "[1] Quy định số 324-QĐ/ĐUK, ngày 11/6/2019.",
        "Đã sao gửi các chi bộ.",
        "[2] Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.",
        "[3] Cơ quan thường trực.",
        "[i] Theo mẫu tại Phụ lục.",
    ]


def test_settings_number_format_and_start() -> None:
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.settings.element.append(parse_xml(
        f'<w:footnotePr {NS}><w:numFmt w:val="lowerLetter"/><w:numStart w:val="2"/></w:footnotePr>'))
    p = d.add_paragraph("Văn bản")
    ref(p, "footnote", 1)
    add_part(d, "footnote", note("footnote", 1, " Ghi chú."))
    assert lines(d) == ["Văn bản[b]", "[b] Ghi chú."]


def test_custom_mark_is_the_run_after_the_reference() -> None:
    import docx

    d = docx.Document()
    p = d.add_paragraph("Các đơn vị")
    ref(p, "footnote", 1, ' w:customMarkFollows="1"')
    p.add_run("*")
    p.add_run(" thực hiện.")
    q = d.add_paragraph("Sở Tài chính")
    ref(q, "footnote", 2)
    add_part(d, "footnote", note("footnote", 1, "* Gồm các sở, ngành.", ref=False)
             + note("footnote", 2, " Chủ trì."))
    # raw: normalisation reads a "*" inside a line as markdown emphasis
    assert lines(d, raw=True) == ["Các đơn vị* thực hiện.", "Sở Tài chính[1]", "* Gồm các sở, ngành.", "[1] Chủ trì."]


def test_near_misses() -> None:
    """A reference to a note the part does not have keeps its mark and adds nothing; a deleted
    reference (tracked change) neither shows nor counts; no part at all: the runs' text."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    p = d.add_paragraph("Một")
    ref(p, "footnote", 9)  # no footnote 9
    p._p.append(parse_xml(f'<w:del {NS} w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z"><w:r>'
                          '<w:footnoteReference w:id="3"/></w:r></w:del>'))
    q = d.add_paragraph("Hai")
    ref(q, "footnote", 5)
    r = d.add_paragraph("Ba")
    ref(r, "endnote", 1)  # there is no endnotes part
    add_part(d, "footnote", note("footnote", 3, " Đã xóa.") + note("footnote", 5, " Ghi chú hai."))
    assert lines(d) == ["Một[1]", "Hai[2]", "Ba", "[2] Ghi chú hai."]


@pytest.mark.parametrize("blob", [b"not xml at all", b"<w:footnotes", f"<w:document {NS}/>".encode()])
def test_unreadable_notes_part_gives_the_runs_text(blob: bytes) -> None:
    import docx

    d = docx.Document()
    p = d.add_paragraph("Căn cứ Kế hoạch")
    ref(p, "footnote", 1)
    p.add_run(" của Tỉnh ủy.")
    add_part(d, "footnote", blob)
    assert lines(d) == ["Căn cứ Kế hoạch của Tỉnh ủy."]


def test_damaged_file_with_numbering_and_notes_never_raises_anything_but_ingest_error() -> None:
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    root = d.part.numbering_part.element
    for child in list(root):
        root.remove(child)
    root.append(parse_xml(f'<w:abstractNum {NS} w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                          '<w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'))
    root.append(parse_xml(f'<w:num {NS} w:numId="1"><w:abstractNumId w:val="1"/></w:num>'))
    for i in range(30):
        p = d.add_paragraph(f"Nhiệm vụ số {i}")
        p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {NS}><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'))
        ref(p, "footnote", i + 1)
    add_part(d, "footnote", "".join(note("footnote", i + 1, f" Ghi chú {i}.") for i in range(30)))
    buf = io.BytesIO()
    d.save(buf)
    data = buf.getvalue()
    assert lines(d)[:2] == ["I. Nhiệm vụ số 0[1]", "II. Nhiệm vụ số 1[2]"]
    for damaged in damaged_copies(data, seed=11, n=45):
        assert_read_or_refused(damaged, "damaged.docx")
