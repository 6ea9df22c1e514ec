"""Word's automatic numbering in a .docx: the label renderer (formats, levels, restarts,
overrides, bullets) as tables, near misses, and a small plan whose headings and items are all
auto-numbered, with a footnote citing a directive, read end to end.

Documents are built here with python-docx; numbering.xml and footnotes.xml are written with lxml
(python-docx has no API for them). Expected values come from reading the plan built below.
"""

from __future__ import annotations

import io
import time

import pytest
from lxml import etree

from extractor.ingest import IngestError, read_bytes
from extractor.ingest.docx_numbering_labels import bullet, format_number, labels
from extractor.ingest.docx_numbering_model import Numbering, paragraph_numpr, parse_numbering
from extractor.normalise import normalise_text
from extractor.pipeline import extract_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}"'


def lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


def numbering_xml(abstracts: dict[int, list[str]], nums: dict[int, tuple[int, str]]) -> str:
    """abstractNumId -> its w:lvl strings; numId -> (abstractNumId, lvlOverride XML)."""
    body = "".join(f'<w:abstractNum w:abstractNumId="{a}">{"".join(levels)}</w:abstractNum>'
                   for a, levels in abstracts.items())
    body += "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{a}"/>{ov}</w:num>'
                    for n, (a, ov) in nums.items())
    return f"<w:numbering {NS}>{body}</w:numbering>"


def parse(xml: str, styles: str | None = None) -> Numbering:
    return parse_numbering(etree.fromstring(xml), etree.fromstring(styles) if styles else None)


# a plan's outline: I. / 1. / a) / - on one abstractNum
PLAN_LEVELS = [lvl(0, "upperRoman", "%1."), lvl(1, "decimal", "%2."), lvl(2, "lowerLetter", "%3)"),
               lvl(3, "bullet", "-")]
PLAN = parse(numbering_xml({1: PLAN_LEVELS}, {1: (1, "")}))


# --- one counter in one format ------------------------------------------------------------------
@pytest.mark.parametrize(("n", "fmt", "out"), [
    (1, "decimal", "1"), (12, "decimal", "12"),
    (4, "upperRoman", "IV"), (9, "upperRoman", "IX"), (14, "lowerRoman", "xiv"),
    (1, "lowerLetter", "a"),
    (5, "lowerLetter", "e"),  # Word's fifth letter; a typed Vietnamese list has "đ" here
    (6, "lowerLetter", "f"), (27, "lowerLetter", "aa"), (28, "upperLetter", "BB"),
    (3, "decimalZero", "03"), (12, "decimalZero", "12"),
    (2, "none", ""),
    (7, "ordinal", "7"), (3, "vietnameseCounting", "3"),  # formats not rendered: decimal
    (0, "upperRoman", "0"), (4000, "upperRoman", "4000"), (10_000, "lowerLetter", "10000"),
])
def test_format_number(n: int, fmt: str, out: str) -> None:
    assert format_number(n, fmt) == out


@pytest.mark.parametrize(("text", "font", "out"), [
    ("-", "Times New Roman", "-"), ("-", "", "-"), ("–", "", "-"), ("+", "Times New Roman", "+"),
    ("\uf02d", "Symbol", "-"), ("\uf02b", "Symbol", "+"),  # Symbol's minus and plus
    ("\uf0b7", "Symbol", "•"), ("\uf0a7", "Wingdings", "•"), ("\uf0d8", "Wingdings", "•"),
    ("§", "Wingdings", "•"), ("-", "Wingdings", "•"),  # a Wingdings glyph, not a hyphen
    ("o", "Courier New", "•"), ("•", "", "•"), ("", "", "•"),  # a picture bullet has no text
])
def test_bullet_glyphs(text: str, font: str, out: str) -> None:
    assert bullet(text, font) == out


# --- sequences of paragraphs -----------------------------------------------------------------
@pytest.mark.parametrize(("numbering", "seq", "out"), [
    (  # a plan's outline: a level restarts when a lower one is used
        PLAN,
        [(1, 0), (1, 1), (1, 2), (1, 2), (1, 3), (1, 1), None, (1, 0), (1, 1), (1, 2)],
        ["I. ", "1. ", "a) ", "b) ", "- ", "2. ", "", "II. ", "1. ", "a) "],
    ),
    (  # multi-level "%1.%2.": the parent's counter in the child's label
        parse(numbering_xml({1: [lvl(0, "decimal", "%1."), lvl(1, "decimal", "%1.%2."),
                                 lvl(2, "decimal", "%1.%2.%3.")]}, {3: (1, "")})),
        [(3, 0), (3, 1), (3, 1), (3, 2), (3, 0), (3, 1)],
        ["1. ", "1.1. ", "1.2. ", "1.2.1. ", "2. ", "2.1. "],
    ),
    (  # a level used before its parent: the parent shows its start value
        parse(numbering_xml({1: [lvl(0, "upperRoman", "%1."), lvl(1, "decimal", "%1.%2.")]}, {1: (1, "")})),
        [(1, 1), (1, 1), (1, 0), (1, 1)],
        ["I.1. ", "I.2. ", "I. ", "I.1. "],
    ),
    (  # isLgl: every level's number decimal ("1.1." under "I.")
        parse(numbering_xml({1: [lvl(0, "upperRoman", "%1."), lvl(1, "decimal", "%1.%2.", extra="<w:isLgl/>")]},
                            {1: (1, "")})),
        [(1, 0), (1, 1), (1, 0), (1, 1)],
        ["I. ", "1.1. ", "II. ", "2.1. "],
    ),
    (  # w:lvlRestart 0: the letters never restart
        parse(numbering_xml({1: [lvl(0, "decimal", "%1."),
                                 lvl(1, "lowerLetter", "%2)", extra='<w:lvlRestart w:val="0"/>')]}, {1: (1, "")})),
        [(1, 0), (1, 1), (1, 1), (1, 0), (1, 1)],
        ["1. ", "a) ", "b) ", "2. ", "c) "],
    ),
    (  # w:lvlRestart 1: level 2 restarts after level 0 only, not after level 1
        parse(numbering_xml({1: [lvl(0, "upperRoman", "%1."), lvl(1, "decimal", "%2."),
                                 lvl(2, "lowerLetter", "%3)", extra='<w:lvlRestart w:val="1"/>')]}, {1: (1, "")})),
        [(1, 0), (1, 1), (1, 2), (1, 1), (1, 2), (1, 0), (1, 2)],
        ["I. ", "1. ", "a) ", "2. ", "b) ", "II. ", "a) "],
    ),
    (  # two nums on one abstractNum continue each other; a startOverride restarts, once
        parse(numbering_xml({1: [lvl(0, "decimal", "%1.")]},
                            {1: (1, ""), 2: (1, ""),
                             3: (1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')})),
        [(1, 0), (1, 0), (2, 0), (3, 0), (3, 0), (1, 0)],
        ["1. ", "2. ", "3. ", "1. ", "2. ", "3. "],
    ),
    (  # a start value, a startOverride to another value, and a whole level overridden
        parse(numbering_xml({1: [lvl(0, "decimal", "%1.", start=5)], 2: [lvl(0, "decimal", "%1.")]},
                            {1: (1, ""),
                             2: (2, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride>'),
                             3: (2, '<w:lvlOverride w:ilvl="0">' + lvl(0, "lowerLetter", "%1)") + "</w:lvlOverride>")})),
        [(1, 0), (1, 0), (2, 0), (2, 0), (3, 0)],
        ["5. ", "6. ", "3. ", "4. ", "e) "],
    ),
    (  # no number: numId 0, a num not defined, a level not defined, an empty lvlText, fmt none
        parse(numbering_xml({1: [lvl(0, "decimal", "%1."), lvl(1, "decimal", ""), lvl(2, "none", "%3")]},
                            {1: (1, ""), 2: (9, "")})),
        [(0, 0), (99, 0), (2, 0), (1, 4), (1, 1), (1, 2), (1, 0)],
        ["", "", "", "", "", "", "1. "],
    ),
    (  # w:suff nothing: the text follows the label directly
        parse(numbering_xml({1: [lvl(0, "decimal", "%1.", extra='<w:suff w:val="nothing"/>')]}, {1: (1, "")})),
        [(1, 0), (1, 0)],
        ["1.", "2."],
    ),
    (  # bullets with a symbol font
        parse(numbering_xml({1: [lvl(0, "bullet", "\uf0b7", extra='<w:rPr><w:rFonts w:ascii="Symbol"/></w:rPr>'),
                                 lvl(1, "bullet", "+")]}, {1: (1, "")})),
        [(1, 0), (1, 1), (1, 0)],
        ["• ", "+ ", "• "],
    ),
])
def test_labels(numbering: Numbering, seq: list, out: list[str]) -> None:
    assert labels(seq, numbering) == out


def test_labels_can_fail() -> None:
    """The same outline read with the levels of another list gives other labels."""
    other = parse(numbering_xml({1: [lvl(0, "decimal", "%1."), lvl(1, "lowerLetter", "%2.")]}, {1: (1, "")}))
    assert labels([(1, 0), (1, 1)], other) != labels([(1, 0), (1, 1)], PLAN)


@pytest.mark.parametrize("xml", [
    f"<w:numbering {NS}><w:abstractNum w:abstractNumId='x'/><w:num/><w:num w:numId='1'/></w:numbering>",
    (f"<w:numbering {NS}><w:abstractNum w:abstractNumId='1'><w:lvl w:ilvl='12'/><w:lvl w:ilvl='a'/>"
     "<w:lvl w:ilvl='0'><w:start w:val='one'/><w:lvlText/></w:lvl></w:abstractNum>"
     "<w:num w:numId='1'><w:abstractNumId w:val='1'/><w:lvlOverride w:ilvl='0'><w:startOverride w:val='?'/>"
     "</w:lvlOverride></w:num></w:numbering>"),
    f"<w:document {NS}/>",
])
def test_malformed_definitions_give_no_label(xml: str) -> None:
    assert labels([(1, 0), (1, 1), (0, 0)], parse(xml)) == ["", "", ""]


def test_style_numbering() -> None:
    """A paragraph style's numPr numbers its paragraphs (through basedOn); the paragraph's own
    numPr wins; a level bound to the style by w:pStyle gives the ilvl."""
    styles = (f'<w:styles {NS}>'
              '<w:style w:type="paragraph" w:styleId="Muc"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="MucCon"><w:basedOn w:val="Muc"/>'
              '<w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Diem"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
              '</w:styles>')
    levels = PLAN_LEVELS[:2] + [lvl(2, "lowerLetter", "%3)", extra='<w:pStyle w:val="Diem"/>')]
    numbering = parse(numbering_xml({1: levels}, {1: (1, "")}), styles)

    def p(style: str = "", numpr: str = "") -> etree._Element:
        ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + (f"<w:numPr>{numpr}</w:numPr>" if numpr else "")
        return etree.fromstring(f"<w:p {NS}><w:pPr>{ppr}</w:pPr></w:p>")

    assert paragraph_numpr(p("Muc"), numbering) == (1, 0)
    assert paragraph_numpr(p("MucCon"), numbering) == (1, 1)
    assert paragraph_numpr(p("Diem"), numbering) == (1, 2)
    assert paragraph_numpr(p("Muc", '<w:ilvl w:val="1"/>'), numbering) == (1, 1)
    assert paragraph_numpr(p("Muc", '<w:numId w:val="0"/>'), numbering) is None  # numbering removed
    assert paragraph_numpr(p(), numbering) is None
    assert paragraph_numpr(p("Khac"), numbering) is None


def test_labels_are_linear() -> None:
    seq = [(1, 0)] + [(1, 1 + i % 3) for i in range(60_000)]
    t = time.perf_counter()
    out = labels(seq, PLAN)
    assert time.perf_counter() - t < 10
    assert out[-1] == "- " and out[1:4] == ["1. ", "a) ", "- "] and len(out) == 60_001


# --- whole documents ---------------------------------------------------------------------------
def _set_numbering(d, xml: str) -> None:
    """Replace the template's numbering definitions (python-docx's default has a numbering part)."""
    from docx.oxml import parse_xml

    root = d.part.numbering_part.element
    for child in list(root):
        root.remove(child)
    for child in parse_xml(xml):
        root.append(child)


def _numbered(d, text: str, num_id: int | None = None, ilvl: int = 0, style: str | None = None):
    from docx.oxml import parse_xml

    p = d.add_paragraph(text, style=style)
    if num_id is not None:
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p


def _add_footnotes(d, notes: dict[int, str]) -> None:
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    body = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
            "</w:p></w:footnote>")
    body += "".join(f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:footnote>'
                    for i, t in notes.items())
    blob = f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {NS}>{body}</w:footnotes>'.encode()
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)


def _footnote_ref(paragraph, note_id: int) -> None:
    from docx.oxml import parse_xml

    paragraph.add_run()._r.append(parse_xml(f'<w:footnoteReference {NS} w:id="{note_id}"/>'))


def _save(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


NOTE = "Công văn số 124-CV/VP.ĐUK, ngày 08/6/2021 của Văn phòng Đảng ủy Khối về học tập chuyên đề."


def _plan() -> bytes:
    """A plan as a Word user makes one: Roman headings from a paragraph style bound to the list,
    items and points numbered directly, dash bullets from the list's bullet level (in the body and
    in the recipients' cell), and a footnote citing a directive."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml

    d = docx.Document()
    _set_numbering(d, numbering_xml(
        {7: PLAN_LEVELS[:3] + [lvl(3, "bullet", "\uf02d", extra='<w:rPr><w:rFonts w:ascii="Symbol"/></w:rPr>')]},
        {4: (7, "")}))
    heading = d.styles.add_style("Muc La Ma", WD_STYLE_TYPE.PARAGRAPH)
    heading.font.bold = True
    heading.element.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {NS}><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr>'))

    header = d.add_table(rows=2, cols=2)
    header.cell(0, 0).text = "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN"
    header.cell(1, 0).text = "Số: 15/KH-UBND"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    header.cell(1, 1).text = "Phú Yên, ngày 10 tháng 3 năm 2025"
    d.add_paragraph("KẾ HOẠCH").runs[0].bold = True
    d.add_paragraph("Triển khai thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị")
    d.add_paragraph("MỤC ĐÍCH, YÊU CẦU", style="Muc La Ma")
    _numbered(d, "Mục đích", 4, 1)
    d.add_paragraph("Nâng cao nhận thức của cán bộ, công chức về học tập và làm theo tư tưởng, đạo đức, "
                    "phong cách Hồ Chí Minh.")
    _numbered(d, "Yêu cầu", 4, 1)
    _numbered(d, "Bảo đảm thiết thực, hiệu quả.", 4, 3)
    _numbered(d, "Gắn với nhiệm vụ chính trị của từng cơ quan.", 4, 3)
    d.add_paragraph("NHIỆM VỤ VÀ GIẢI PHÁP", style="Muc La Ma")
    _numbered(d, "Tuyên truyền, quán triệt", 4, 1)
    _numbered(d, "Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức tuyên truyền nội dung Chỉ thị trên các "
                 "phương tiện thông tin đại chúng, hoàn thành trong tháng 6 năm 2025.", 4, 2)
    b = _numbered(d, "Sở Nội vụ chủ trì hướng dẫn các cơ quan xây dựng kế hoạch học tập chuyên đề", 4, 2)
    _footnote_ref(b, 3)
    b.add_run(", hoàn thành trước ngày 30/6/2025.")
    _numbered(d, "Kiểm tra, giám sát", 4, 1)
    d.add_paragraph("Sở Nội vụ chủ trì, phối hợp với các sở, ngành kiểm tra việc thực hiện Kế hoạch, "
                    "báo cáo UBND tỉnh trước ngày 15/12/2025.")
    d.add_paragraph("TỔ CHỨC THỰC HIỆN", style="Muc La Ma")
    d.add_paragraph("Các sở, ban, ngành, địa phương căn cứ Kế hoạch này triển khai thực hiện; định kỳ báo cáo "
                    "kết quả về Sở Nội vụ.")
    closing = d.add_table(rows=1, cols=2)
    left, right = closing.cell(0, 0), closing.cell(0, 1)
    left.paragraphs[0].text = "Nơi nhận:"
    for line in ("Thường trực Tỉnh ủy;", "Lưu: VT."):
        _numbered(left, line, 4, 3)  # a cell is a block container like the body
    right.paragraphs[0].text = "KT. CHỦ TỊCH"
    for line in ("PHÓ CHỦ TỊCH", "Trần Hữu Thế"):
        right.add_paragraph(line)
    _add_footnotes(d, {3: NOTE})
    return _save(d)


def test_plan_text_has_the_labels_word_prints() -> None:
    norm = normalise_text(read_bytes(_plan(), "x.docx").text).split("\n")
    for line in ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu", "- Bảo đảm thiết thực, hiệu quả.",
                 "II. NHIỆM VỤ VÀ GIẢI PHÁP", "1. Tuyên truyền, quán triệt", "2. Kiểm tra, giám sát",
                 "III. TỔ CHỨC THỰC HIỆN", "- Thường trực Tỉnh ủy;", "- Lưu: VT."):
        assert line in norm, line
    assert ("b) Sở Nội vụ chủ trì hướng dẫn các cơ quan xây dựng kế hoạch học tập chuyên đề[1], "
            "hoàn thành trước ngày 30/6/2025.") in norm
    assert norm[-1] == f"[1] {NOTE}"  # the note at the end, numbered by reference, not by its id 3
    assert not any(ln.startswith("-1") or "separator" in ln for ln in norm)


def test_plan_sections_tasks_and_footnote_citation() -> None:
    rec = extract_bytes(_plan(), "x.docx")
    paths = [s.path for s in rec.sections]
    body = ["I", "I.1", "I.2", "I.2.-1", "I.2.-2", "II", "II.1", "II.1.a", "II.1.b", "II.2", "III"]
    assert paths[:len(body)] == body
    assert {"Nơi nhận.-1", "Nơi nhận.-2"} <= set(paths)
    headings = {s.path: s.heading for s in rec.sections}
    assert headings["II"] == "NHIỆM VỤ VÀ GIẢI PHÁP" and headings["II.2"] == "Kiểm tra, giám sát"
    # tasks: the two points of II.1, item II.2 and the paragraph of III (MỤC ĐÍCH, YÊU CẦU has none)
    assert sorted(t.section for t in rec.tasks) == ["II.1.a", "II.1.b", "II.2", "III"]
    assert [t.lead for t in rec.tasks if t.section == "II.1.b"] == [["Sở Nội vụ"]]
    cited = {c.id: c for c in rec.citations}
    note = cited["124-CV/VP.ĐUK"]
    assert (note.issued_date, note.issuer) == ("2021-06-08", "Văn phòng Đảng ủy Khối")
    assert "05-CT/TW" in cited
    assert rec.document.number == "15/KH-UBND" and rec.document.signer is not None
    assert rec.document.signer.name == "Trần Hữu Thế"


def test_plan_without_numbering_loses_its_outline() -> None:
    """The test can fail: the same plan with its numbering part emptied has no outline."""
    import docx

    d = docx.Document(io.BytesIO(_plan()))
    _set_numbering(d, f"<w:numbering {NS}/>")
    rec = extract_bytes(_save(d), "x.docx")
    assert not {"I", "II.1.a", "III"} & {s.path for s in rec.sections}


def test_missing_num_gives_no_label() -> None:
    import docx

    d = docx.Document()
    _set_numbering(d, numbering_xml({1: PLAN_LEVELS}, {1: (1, "")}))
    _numbered(d, "MỤC ĐÍCH", 1, 0)
    _numbered(d, "Không có định nghĩa", 42, 0)  # numPr pointing to a num that is not there
    _numbered(d, "Cấp không có", 1, 7)  # a level the list does not define
    _numbered(d, "Bỏ đánh số", 0, 0)  # numId 0: numbering removed
    _numbered(d, "Mục đích", 1, 1)
    assert normalise_text(read_bytes(_save(d), "x.docx").text).split("\n") == [
        "I. MỤC ĐÍCH", "Không có định nghĩa", "Cấp không có", "Bỏ đánh số", "1. Mục đích"]


def test_numbering_in_a_text_box_fallback_counts_once() -> None:
    """A text box's VML fallback copy (mc:Fallback) neither shows nor counts."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    _set_numbering(d, numbering_xml({1: PLAN_LEVELS}, {1: (1, "")}))
    p = _numbered(d, "MỤC ĐÍCH", 1, 0)
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    p._p.append(parse_xml(
        f'<w:r {NS} xmlns:mc="{mc}"><mc:AlternateContent><mc:Fallback><w:pict><w:txbxContent>'
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        "<w:r><w:t>copy</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"))
    _numbered(d, "NHIỆM VỤ", 1, 0)
    assert normalise_text(read_bytes(_save(d), "x.docx").text).split("\n") == ["I. MỤC ĐÍCH", "II. NHIỆM VỤ"]


def test_unreadable_numbering_part_is_an_ingest_error() -> None:
    """numbering.xml that is not XML: Word will not open the file either; one clear line."""
    import zipfile

    import docx

    d = docx.Document()
    _set_numbering(d, numbering_xml({1: PLAN_LEVELS}, {1: (1, "")}))
    _numbered(d, "MỤC ĐÍCH", 1, 0)
    src = zipfile.ZipFile(io.BytesIO(_save(d)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            out.writestr(item, data[:200] if item.filename == "word/numbering.xml" else data)
    with pytest.raises(IngestError, match=r"^x\.docx: the \.docx file is damaged"):
        read_bytes(buf.getvalue(), "x.docx")


def test_empty_and_deleted_paragraphs() -> None:
    """An empty numbered paragraph counts (Word shows "II." on it) but is not written in the body;
    a paragraph deleted with tracked changes neither shows nor counts."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    _set_numbering(d, numbering_xml({1: PLAN_LEVELS}, {1: (1, "")}))
    _numbered(d, "MỤC ĐÍCH", 1, 0)
    _numbered(d, "", 1, 0)
    gone = _numbered(d, "", 1, 0)
    gone._p.pPr.append(parse_xml(f'<w:rPr {NS}><w:del w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z"/></w:rPr>'))
    gone._p.append(parse_xml(f'<w:del {NS} w:id="2" w:author="A" w:date="2025-01-01T00:00:00Z">'
                             "<w:r><w:delText>Đã xóa</w:delText></w:r></w:del>"))
    _numbered(d, "NHIỆM VỤ", 1, 0)
    assert normalise_text(read_bytes(_save(d), "x.docx").text).split("\n") == ["I. MỤC ĐÍCH", "III. NHIỆM VỤ"]


def test_auto_numbered_column_of_a_task_table() -> None:
    """An STT column numbered by Word: each empty cell shows its number."""
    import docx

    d = docx.Document()
    _set_numbering(d, numbering_xml({1: [lvl(0, "decimal", "%1.")]}, {2: (1, "")}))
    table = d.add_table(rows=3, cols=3)
    for c, title in enumerate(("STT", "Nội dung", "Cơ quan chủ trì")):
        table.cell(0, c).text = title
    for r, (task, lead) in enumerate((("Tuyên truyền", "Sở Văn hóa"), ("Kiểm tra", "Sở Nội vụ")), start=1):
        _numbered(table.cell(r, 0), "", 2, 0)
        table.cell(r, 0)._tc.remove(table.cell(r, 0).paragraphs[0]._p)  # the cell's own empty paragraph
        table.cell(r, 1).text, table.cell(r, 2).text = task, lead
    assert [ln for ln in normalise_text(read_bytes(_save(d), "x.docx").text).split("\n") if ln] == [
        "| STT | Nội dung | Cơ quan chủ trì |", "| 1. | Tuyên truyền | Sở Văn hóa |", "| 2. | Kiểm tra | Sở Nội vụ |"]


def test_custom_format_falls_back_as_word_writes_it() -> None:
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    xml = (f'<w:numbering {NS} xmlns:mc="{mc}"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0">'
           '<w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14">'
           '<w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>'
           '<mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent>'
           '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
           "</w:numbering>")
    assert labels([(1, 0), (1, 0)], parse(xml)) == ["01. ", "02. "]


def test_num_style_link_shares_the_style_list() -> None:
    """An abstractNum with only w:numStyleLink takes the levels of the list its numbering style
    uses, and continues its counters (Word's "list style")."""
    styles = (f'<w:styles {NS}><w:style w:type="numbering" w:styleId="DanhSach">'
              '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>')
    xml = numbering_xml({1: PLAN_LEVELS, 2: ['<w:numStyleLink w:val="DanhSach"/>']}, {1: (1, ""), 2: (2, "")})
    assert labels([(1, 0), (2, 0), (2, 1), (1, 0)], parse(xml, styles)) == ["I. ", "II. ", "1. ", "III. "]
    assert labels([(2, 0)], parse(xml)) == [""]  # without the style: no levels, no label
