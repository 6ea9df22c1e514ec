"""Render the four sample plans (corpus/documents/00[0-3]_*.txt) as .docx, then .pdf, and
write the small bad-input fixtures under tests/fixtures/.

    .venv/bin/python corpus/renderings/make_renderings.py          # .docx + fixtures
    .venv/bin/python corpus/renderings/make_renderings.py --pdf    # also .pdf (needs LibreOffice, qpdf)

The .docx follows the layout of a real plan: a two-column borderless header table (left: the
number "Số …" and any issuer lines; right: place and date, under a motto only if the seed shows
one), a bold centred type word and title, justified body paragraphs with a first-line indent,
bold roman-numeral headings, and a two-column table with "Nơi nhận" (left) and the signature
(right). Only text the seed shows is used; nothing is invented (seed 000 has no header lines, so
its rendering has no header table). Markdown emphasis in the seeds (**bold**, *italic*) becomes
bold/italic runs. Page numbers are printed in the page header from page 2 on, so the PDF reader
has running page numbers to drop.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "corpus" / "documents").glob("00[0-3]_*.txt"))
OUT = ROOT / "corpus" / "renderings"
FIXTURES = ROOT / "tests" / "fixtures"

TYPE_RE = re.compile(r"^\**\s*(KẾ HOẠCH)\b")
NUMBER_RE = re.compile(r"^Số\b")
RIGHT_RE = re.compile(r"ngày|CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN|Độc lập")
HEADING_RE = re.compile(r"^[IVX]+[.\-]\s")
NAME_RE = re.compile(r"^[A-ZÀ-ỸĐ][a-zà-ỹđ]+(?: [A-ZÀ-ỸĐ][a-zà-ỹđ]+){1,4}$")
STAR_RE = re.compile(r"(\*+)")


def blocks_of(text: str) -> list[str]:
    return [b.strip("\n") for b in re.split(r"\n[ \t]*\n", text) if b.strip()]


def add_runs(par, text: str, bold: bool = False, italic: bool = False, size: float | None = None) -> None:
    """Markdown emphasis -> runs; '\n' inside a block -> a line break."""
    b, i = bold, italic
    for li, line in enumerate(text.split("\n")):
        if li:
            par.add_run().add_break(WD_BREAK.LINE)
        if line.strip() == "*":  # the Party header ornament
            par.add_run("*")
            continue
        for tok in STAR_RE.split(line):
            if not tok:
                continue
            if tok.startswith("*"):
                n = len(tok)
                if n >= 2:
                    b = not b if not bold else b
                if n % 2 == 1:
                    i = not i if not italic else i
                continue
            run = par.add_run(tok)
            run.bold, run.italic = b or None, i or None
            if size:
                run.font.size = Pt(size)


def para(container, text: str, *, align=WD_ALIGN_PARAGRAPH.JUSTIFY, bold=False, italic=False,
         indent: bool = False, size: float | None = None, after: float = 6):
    p = container.add_paragraph()
    p.alignment = align
    fmt = p.paragraph_format
    fmt.space_after = Pt(after)
    fmt.space_before = Pt(0)
    if indent:
        fmt.first_line_indent = Cm(1)
    add_runs(p, text, bold=bold, italic=italic, size=size)
    return p


def two_columns(doc, left: list[tuple[str, dict]], right: list[tuple[str, dict]], widths=(8.0, 8.0)):
    table = doc.add_table(rows=1, cols=2)
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))  # keep Nơi nhận and the signature on one page
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for col, cell, items, w in zip(table.columns, table.rows[0].cells, (left, right), widths):
        col.width = cell.width = Cm(w)
        cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
        for text, kw in items or [("", {})]:
            para(cell, text, **{"align": WD_ALIGN_PARAGRAPH.CENTER, "after": 0, **kw})
    return table


def page_number_header(doc) -> None:
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    run.append(t)
    fld.append(run)
    p._p.append(fld)


def new_document():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    style.font.size = Pt(14)
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Cm(2), Cm(2), Cm(3), Cm(2)
    page_number_header(doc)
    return doc


def header_table(doc, blocks: list[str]) -> None:
    left = [(b, {"bold": not NUMBER_RE.match(b) and b.strip() != "*", "size": 12}) for b in blocks
            if not RIGHT_RE.search(b)]
    right = []
    for b in blocks:
        if RIGHT_RE.search(b):
            for line in b.split("\n"):
                motto = bool(re.search(r"CỘNG|Độc lập", line))
                right.append((line, {"bold": motto, "italic": not motto, "size": 13}))
    two_columns(doc, left, right, widths=(8.5, 7.5))


def body(doc, blocks: list[str]) -> None:
    for b in blocks:
        heading = bool(HEADING_RE.match(b)) and "\n" not in b and len(b) < 120
        para(doc, b, bold=heading, indent=True)


def signature_table(doc, left_blocks: list[str], right_blocks: list[str]) -> None:
    left: list[tuple[str, dict]] = []
    for b in left_blocks:
        if b.startswith("Nơi nhận"):
            left.append((b, {"bold": True, "italic": True, "size": 12, "align": WD_ALIGN_PARAGRAPH.LEFT}))
        else:
            for line in b.split("\n"):
                left.append((line, {"size": 11, "align": WD_ALIGN_PARAGRAPH.LEFT}))
    right: list[tuple[str, dict]] = []
    for b in right_blocks:
        if NAME_RE.match(b):
            right += [("", {}), ("", {}), ("", {})]
        for line in b.split("\n"):
            right.append((line, {"bold": not line.startswith("("), "italic": line.startswith("(")}))
    two_columns(doc, left, right, widths=(8.0, 8.0))


def render(seed: Path) -> Path:
    blocks = blocks_of(seed.read_text(encoding="utf-8"))
    t = next(i for i, b in enumerate(blocks) if TYPE_RE.match(b))
    doc = new_document()
    if t:
        header_table(doc, blocks[:t])
    type_lines = blocks[t].split("\n")
    para(doc, type_lines[0], align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, after=0)
    if len(type_lines) > 1:
        title, rest = "\n".join(type_lines[1:]), t + 1
    else:
        title, rest = blocks[t + 1], t + 2
    para(doc, title, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, after=12)
    n = next(i for i in range(rest, len(blocks)) if blocks[i].startswith("Nơi nhận"))
    body(doc, blocks[rest:n])
    r = n + 1
    while r < len(blocks) and blocks[r].startswith("-"):
        r += 1
    s = r
    while s < len(blocks) and not NAME_RE.match(blocks[s]):
        s += 1
    signature_table(doc, blocks[n:r], blocks[r:s + 1])
    appendix = blocks[s + 1:]
    if appendix:  # seed 002: the personal plan form attached after the signature
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _form(doc, appendix)
    out = OUT / (seed.stem + ".docx")
    doc.save(out)
    return out


TASKS = [  # a synthetic task table (not from a seed): the shape of a plan's "Phụ lục" table
    ("TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"),
    ("1", ("Tổ chức học tập, quán triệt chuyên đề năm 2024 cho cán bộ, công chức, viên chức và người "
          "lao động của cơ quan"), "Phòng Hành chính - Quản trị", "Các phòng, ban, đơn vị",
     "Quý II/2024", "Báo cáo kết quả"),
    ("2", "Đăng ký mô hình tiêu biểu", "Các chi bộ", "Ban Tuyên giáo", "Trước ngày 15/3/2024",
     "Danh sách đăng ký"),
    ("3", "Sơ kết việc thực hiện Kết luận số 01-KL/TW", "Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh",
     "Tháng 12/2024", "Báo cáo sơ kết"),
]


def task_table_docx(path: Path) -> None:
    doc = new_document()
    para(doc, "KẾ HOẠCH", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, after=0)
    para(doc, "Triển khai thực hiện việc học tập và làm theo Bác năm 2024", align=WD_ALIGN_PARAGRAPH.CENTER,
         bold=True, after=12)
    para(doc, "Các nhiệm vụ cụ thể được giao như sau:", indent=True)
    table = doc.add_table(rows=len(TASKS), cols=len(TASKS[0]))
    table.style = "Table Grid"
    for col, w in zip(table.columns, (1.0, 5.0, 3.0, 3.0, 2.2, 2.3)):
        col.width = Cm(w)
    for r, row in enumerate(TASKS):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.width = table.columns[c].width
            cell.paragraphs[0].text = text
            cell.paragraphs[0].runs[0].font.size = Pt(12)
            cell.paragraphs[0].runs[0].bold = r == 0 or None
    merged = table.cell(3, 2).merge(table.cell(3, 3))  # lead and support: one merged cell
    merged.paragraphs[1]._p.getparent().remove(merged.paragraphs[1]._p)
    para(doc, "Các phòng, ban, đơn vị báo cáo kết quả thực hiện về Văn phòng.", indent=True)
    doc.save(path)


def _form(doc, blocks: list[str]) -> None:
    star = next(i for i, b in enumerate(blocks) if b.strip() == "*")
    header_table(doc, blocks[:star + 1])
    para(doc, blocks[star + 1], align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, after=12)
    close = next(i for i, b in enumerate(blocks) if b.isupper() and "XÁC NHẬN" in b)
    body(doc, blocks[star + 2:close])
    two_columns(doc, [(blocks[close], {"bold": True})],
                [(b, {"bold": not b.startswith("("), "italic": b.startswith("(")})
                 for b in blocks[close + 1:]], widths=(8.0, 8.0))


def to_pdf(docx_paths: list[Path], outdir: Path = OUT) -> list[Path]:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir), *map(str, docx_paths)],
                       check=True, capture_output=True)
    return [outdir / (p.stem + ".pdf") for p in docx_paths]


def fixtures(first_docx: Path, first_pdf: Path | None) -> None:
    FIXTURES.mkdir(parents=True, exist_ok=True)
    # a .docx that is a zip but not a Word document, and one cut in half
    with zipfile.ZipFile(FIXTURES / "not_word.docx", "w") as z:
        z.writestr("hello.txt", "not a Word document")
    data = first_docx.read_bytes()
    (FIXTURES / "truncated.docx").write_bytes(data[: len(data) // 3])
    (FIXTURES / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")
    # an image-only PDF: text drawn as pixels, no text layer (what a scanner produces)
    from PIL import Image, ImageDraw

    img = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(img)
    for k in range(30):
        draw.text((120, 120 + 48 * k), "KE HOACH thuc hien ... (scanned page)", fill=0)
    img.save(FIXTURES / "scanned.pdf", "PDF", resolution=150)
    # the personal-plan form attached to seed 002 (its own header table: two lines per column)
    # as a document of its own, for the header-column tests
    blocks = blocks_of((ROOT / "corpus/documents/002_4cf0f3d8e3c6498b.txt").read_text(encoding="utf-8"))
    start = next(i for i, b in enumerate(blocks) if b.startswith("ĐẢNG ỦY ỦY BAN"))
    doc = new_document()
    _form(doc, blocks[start:])
    doc.save(FIXTURES / "form_header.docx")
    task_table_docx(FIXTURES / "task_table.docx")
    if first_pdf is None:
        return
    to_pdf([FIXTURES / "form_header.docx", FIXTURES / "task_table.docx"], FIXTURES)
    small = _one_page_pdf()
    # encrypted with a user password: cannot be opened without it
    subprocess.run(["qpdf", "--encrypt", "secret", "owner", "256", "--", str(small),
                    str(FIXTURES / "encrypted.pdf")], check=True)
    # the same one-page PDF with its /ToUnicode maps removed: glyph ids only, "(cid:N)" in pdfminer
    with tempfile.TemporaryDirectory() as tmp:
        qdf = Path(tmp) / "a.qdf"
        subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(small), str(qdf)], check=True)
        qdf.write_bytes(qdf.read_bytes().replace(b"/ToUnicode", b"/ToUnicodX"))
        subprocess.run(["qpdf", str(qdf), str(FIXTURES / "cid.pdf")], check=False)
    small.unlink()


def _one_page_pdf() -> Path:
    doc = new_document()
    para(doc, "KẾ HOẠCH", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    para(doc, "Thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về học tập và làm theo "
              "tư tưởng, đạo đức, phong cách Hồ Chí Minh.", indent=True)
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "one_page.docx"
        doc.save(p)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(FIXTURES), str(p)],
                       check=True, capture_output=True)
    return FIXTURES / "one_page.pdf"


def main(argv: list[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    docs = [render(s) for s in SEEDS]
    pdfs = None
    if "--pdf" in argv:
        if not shutil.which("soffice") or not shutil.which("qpdf"):
            sys.exit("needs LibreOffice and qpdf: apt-get install -y libreoffice-writer-nogui "
                     "fonts-liberation2 qpdf")
        pdfs = to_pdf(docs)
    fixtures(docs[0], pdfs[0] if pdfs else None)
    for p in docs + (pdfs or []):
        print(p.relative_to(ROOT), p.stat().st_size)


if __name__ == "__main__":
    main(sys.argv[1:])
