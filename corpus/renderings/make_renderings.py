"""Render the corpus documents (the four seeds 00[0-3]_*.txt and the exports dev-NN.txt) as
.docx, then .pdf, and write the small bad-input fixtures under tests/fixtures/.

    .venv/bin/python corpus/renderings/make_renderings.py          # .docx + fixtures
    .venv/bin/python corpus/renderings/make_renderings.py --pdf    # also .pdf (needs LibreOffice, qpdf)
    .venv/bin/python corpus/renderings/make_renderings.py dev-05   # the seeds and just dev-05

The seeds go through `render` (below); the dev-NN exports, whose header, closing block and task
tables are `|`-tables, through `render_export` (see the comment above it).

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
from itertools import pairwise
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "corpus" / "documents").glob("00[0-3]_*.txt"))
EXPORTS = sorted((ROOT / "corpus" / "documents").glob("dev-*.txt"))
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


def add_runs(par, text: str, bold: bool = False, italic: bool = False, size: float | None = None,
             markdown: bool = True) -> None:
    """Markdown emphasis -> runs; '\n' inside a block -> a line break. Without `markdown` the
    text is one run as it is (a literal "(*)" stays)."""
    b, i = bold, italic
    for li, line in enumerate(text.split("\n")):
        if li:
            par.add_run().add_break(WD_BREAK.LINE)
        if not markdown:
            run = par.add_run(line)
            run.bold, run.italic = bold or None, italic or None
            if size:
                run.font.size = Pt(size)
            continue
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
         indent: bool = False, size: float | None = None, after: float = 6, markdown: bool = True):
    p = container.add_paragraph()
    p.alignment = align
    fmt = p.paragraph_format
    fmt.space_after = Pt(after)
    fmt.space_before = Pt(0)
    if indent:
        fmt.first_line_indent = Cm(1)
    add_runs(p, text, bold=bold, italic=italic, size=size, markdown=markdown)
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


# ---------------------------------------------------------------------------------------------
# The other corpus documents (dev-NN.txt): markdown exports of real .docx/.pdf plans. Their tables
# are written one `|` a line (`|`, cell lines, `|`, cell lines, …, `|`; a row ends with `|` and the
# next begins with `|`, so an empty segment is either a row boundary or an empty cell); the
# header is such a table (issuer | motto, then "Số …" | place and date), and so is the closing
# block (Nơi nhận | signature). Their text is hard-wrapped at ~80 columns, so the lines of a block
# are one paragraph. dev-16..18 lost their markup (one paragraph a line, no tables, no emphasis).

PIPE = "|"
TYPE_WORD_RE = re.compile(
    r"^(?:KẾ HOẠCH|QUYẾT ĐỊNH|QUY ĐỊNH|QUY CHẾ|CHỈ THỊ|THÔNG BÁO|BÁO CÁO|CHƯƠNG TRÌNH|HƯỚNG DẪN|"
    r"NGHỊ QUYẾT|KẾT LUẬN|TỜ TRÌNH|PHỤ LỤC|ĐỀ ÁN)\b")
BULLET_RE = re.compile(r"^(?:[-+•–]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s)")
LABEL_RE = re.compile(r"^(?:[IVXL]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)\-]\s")
PARTY_ORNAMENT = {"*"}
ROW_LABEL_RE = re.compile(r"(?:[IVXL]+|[A-ZĐa-zđ]|\d{1,2}(?:\.\d{1,2})*)[.)]?|[-+•]")


def plain(text: str) -> str:
    """Text without markdown emphasis markers (for tests on what the text says)."""
    return re.sub(r"\s+", " ", STAR_RE.sub("", text)).strip()


def _emphasis_open(text: str) -> bool:
    b = i = False
    for tok in STAR_RE.findall(text):
        if len(tok) >= 2:
            b = not b
        if len(tok) % 2:
            i = not i
    return b or i


def _paragraphs(lines: list[str], *, layout: bool, wrapped: bool, markdown: bool) -> list[str]:
    """A block's (or cell's) lines -> paragraphs. In a wrapped export a line continues the
    previous one unless it opens a list item; in a layout cell (header, signature) lines are
    real lines unless an emphasis span is still open or the line starts in lowercase (a
    wrapped "Nơi nhận" item)."""
    out: list[str] = []
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        if not out or not wrapped:
            out.append(line)
            continue
        prev = out[-1]
        open_ = markdown and prev not in PARTY_ORNAMENT and _emphasis_open(prev)
        if layout:
            join = open_ or line[:1].islower()
        else:
            join = open_ or not (BULLET_RE.match(line) and prev.rstrip("*_ ")[-1:] in ";.:!?")
        if join:
            out[-1] = prev + " " + line
        else:
            out.append(line)
    return out


def _is_empty(lines: list[str]) -> bool:
    return not any(plain(ln) for ln in lines)


def items_of(text: str) -> list[tuple[str, object]]:
    """("block", lines) and ("table", segments) in document order. A table starts with a `|`
    line at the start of a block and ends with its last `|` line before a blank line."""
    lines = text.split("\n")
    out: list[tuple[str, object]] = []
    i, n = 0, len(lines)
    while i < n:
        if not lines[i].strip():
            i += 1
            continue
        j = i
        while j < n and lines[j].strip():
            j += 1
        if lines[i].strip() == PIPE:
            pipes = [k for k in range(i, j) if lines[k].strip() == PIPE]
            last = pipes[-1]
            segs: list[list[str]] = []
            for a, b in pairwise(pipes):
                segs.append(lines[a + 1:b])
            if len(pipes) >= 2:
                out.append(("table", segs))
            if last + 1 < j:
                out.append(("block", lines[last + 1:j]))
        else:
            out.append(("block", lines[i:j]))
        i = j
    return out


def table_rows(segs: list[list[str]]) -> list[list[list[str]]] | None:
    """Segments -> rows of cells. An empty segment is a row boundary or an empty cell: the rows
    are chosen (dynamic programming) so that as many rows as possible have as many cells as the
    first row (the column titles); a shorter row (merged cells) costs 1, a longer one 1 more per
    extra cell (two short rows are not one long row), an empty row 3.
    None when no split fits (the table is then written as paragraphs)."""
    m = len(segs)
    if m == 0:
        return None
    empty = [_is_empty(s) for s in segs]
    label = [bool(ROW_LABEL_RE.fullmatch(plain(" ".join(s)))) for s in segs]
    ncols = next((k for k in range(m) if empty[k]), m)
    if ncols == 0:
        return None
    INF = float("inf")
    best = [INF] * (m + 2)
    back = [0] * (m + 2)
    best[0] = 0
    # position p: a row starts at segment p; a row of k cells takes segs[p:p+k], then a boundary
    for p in range(m + 1):
        if best[p] == INF:
            continue
        for k in range(min(m - p, 2 * ncols + 2) + 1):
            end = p + k
            if end == m:
                nxt = m + 1  # last row: no boundary after it
            elif empty[end]:
                nxt = end + 1
            else:
                continue
            cost = best[p] + (0 if k == ncols else 3 if k == 0 else 1 if k < ncols else 1 + k - ncols)
            # a row label ("I", "A", "1.1") right after an empty segment opens a row: the empty
            # segment was the boundary (two group rows "A | PHÁT TRIỂN …", "I | Hoàn thiện …" are
            # not one row with an empty cell in the middle)
            cost += 2 * sum(1 for j in range(p + 1, end) if empty[j - 1] and label[j])
            if cost < best[nxt]:
                best[nxt], back[nxt] = cost, p
    if best[m + 1] == INF:
        return None
    rows: list[list[list[str]]] = []
    q = m + 1
    while q > 0:
        p = back[q]
        end = m if q == m + 1 else q - 1
        rows.append(segs[p:end])
        q = p
    rows.reverse()
    return [r for r in rows if r]


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def layout_table(doc, columns: list[list[str]], *, markdown: bool, wrapped: bool, kinds: tuple[str, ...],
                 widths: tuple[float, ...]):
    """A borderless one-row table, one column per cell (header: issuer | motto; closing:
    Nơi nhận | signature)."""
    table = doc.add_table(rows=1, cols=len(columns))
    _no_borders(table)
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for col, cell, lines, kind, w in zip(table.columns, table.rows[0].cells, columns, kinds, widths):
        col.width = cell.width = Cm(w)
        cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
        paras = _paragraphs(lines, layout=True, wrapped=wrapped, markdown=markdown)
        if not paras:
            para(cell, "", after=0)
        for k, text in enumerate(paras):
            _layout_para(cell, text, kind, k, len(paras), markdown)
    return table


def _layout_para(cell, text: str, kind: str, k: int, n: int, markdown: bool) -> None:
    bare = plain(text)
    kw: dict = {"align": WD_ALIGN_PARAGRAPH.CENTER, "after": 0, "size": 13}
    if kind == "recipients":
        kw.update(align=WD_ALIGN_PARAGRAPH.LEFT, size=11 if k else 12, bold=(k == 0), italic=(k == 0))
    elif kind == "signature":
        if k == n - 1 and k and NAME_RE.match(bare):
            for _ in range(3):  # room for the signature and the seal
                para(cell, "", after=0)
        if not markdown:
            kw.update(bold=not bare.startswith("("), italic=bare.startswith("("))
    elif kind == "right" and bare.isupper():  # the national motto: 12 pt, on one line
        kw.update(size=12)
    if kind in ("left", "right") and not markdown:  # issuer bold, "Số" plain, motto bold
        motto = bool(re.search(r"CỘNG|Độc lập", bare))
        kw.update(bold=(kind == "left" and not NUMBER_RE.match(bare)) or motto,
                  italic=kind == "right" and not motto)
    para(cell, text, markdown=markdown, **kw)


def data_table(doc, rows: list[list[list[str]]], *, markdown: bool, wrapped: bool):
    """A ruled table: one Word row per row, cells as given (a short row is padded with empty
    cells at its end: where its merged cells were is not known)."""
    ncols = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    size = 12 if ncols <= 5 else 11
    # column widths by how much the column holds (a "TT" column narrow, "Nội dung" wide)
    weight = []
    for c in range(ncols):
        lens = [len(plain(" ".join(r[c]))) for r in rows if c < len(r)]
        weight.append(min(max(sum(lens) / max(len(lens), 1), 4.0), 80.0) ** 0.7)
    widths = [Cm(16.0 * w / sum(weight)) for w in weight]
    for col, w in zip(table.columns, widths):
        col.width = w
    for r, (row, word_row) in enumerate(zip(rows, table.rows)):
        for c, cell in enumerate(word_row.cells):  # (table.cell(r, c) walks the whole table)
            cell.width = widths[c]
            cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
            paras = _paragraphs(row[c], layout=False, wrapped=wrapped, markdown=markdown) if c < len(row) else []
            if not paras:
                para(cell, "", after=0)
            for text in paras:
                align = WD_ALIGN_PARAGRAPH.CENTER if r == 0 or len(plain(text)) < 12 else WD_ALIGN_PARAGRAPH.LEFT
                para(cell, text, align=align, after=0, size=size, markdown=markdown)
    return table


def _centred(bare: str) -> bool:
    """Type words, titles in capitals, "(Ban hành kèm theo …)" lines: centred."""
    letters = [ch for ch in bare if ch.isalpha()]
    if not letters:
        return True
    if LABEL_RE.match(bare) or bare.startswith(("Điều ", "Chương ")):
        return False
    return (all(ch.isupper() for ch in letters) and len(bare) < 300) or (
        bare.startswith("(") and bare.endswith(")") and len(bare) < 300)


def header_lines_table(doc, lines: list[str]) -> None:
    """A header without a table (an export that lost it): issuer lines and "Số …" left; motto,
    place and date right — the split the seed renderings use."""
    left = [ln for ln in lines if not RIGHT_RE.search(ln)]
    right = [ln for ln in lines if RIGHT_RE.search(ln)]
    layout_table(doc, [left, right], markdown=False, wrapped=False, kinds=("left", "right"), widths=(6.5, 9.5))


SIG_START_RE = re.compile(r"^(?:TM\.|T/M|KT\.|K/T|Q\.|TL\.|TUQ\.|CHỦ TỊCH|GIÁM ĐỐC|BÍ THƯ|TRƯỞNG BAN)")


def closing_from_lines(lines: list[str]) -> tuple[list[str], list[str], int] | None:
    """A closing block without a table: "Nơi nhận:" and its "-" items (wrapped items continue
    in lowercase), then the signature lines up to the signer's name. None when not found."""
    if not lines or not lines[0].startswith("Nơi nhận"):
        return None
    k = 1
    while k < len(lines) and (lines[k].lstrip().startswith(("-", "+")) or lines[k][:1].islower()):
        k += 1
    if k == 1 or k >= len(lines) or not SIG_START_RE.match(lines[k]):
        return None
    s = k
    while s < len(lines) and s - k < 6 and not NAME_RE.match(lines[s].strip()):
        s += 1
    if s >= len(lines) or not NAME_RE.match(lines[s].strip()):
        return None
    return lines[:k], lines[k:s + 1], s + 1


def render_export(src: Path) -> Path:
    """One dev-NN.txt (a markdown export of a real plan) -> .docx, typeset like a real plan."""
    text = src.read_text(encoding="utf-8")
    all_lines = [ln for ln in text.split("\n") if ln.strip()]
    wrapped = max(len(ln) for ln in all_lines) < 160 and sum(len(ln) > 100 for ln in all_lines) < 50
    markdown = "**" in text or any(ln.strip() == PIPE for ln in all_lines)
    items = items_of(text)
    if not wrapped:  # one paragraph a line
        items = [("block", [ln]) for kind, v in items for ln in (v if kind == "block" else [])]
    doc = new_document()
    type_seen = False
    after_type = 0  # blocks since the last type word (its title follows it)
    k = 0
    while k < len(items):
        kind, value = items[k]
        if kind == "table":
            segs = cast_segs(value)
            rows = table_rows(segs)
            if rows and not type_seen and k == 0 and all(len(r) == 2 for r in rows):
                cols = [[ln for r in rows for ln in r[0] + [""]], [ln for r in rows for ln in r[1] + [""]]]
                layout_table(doc, cols, markdown=markdown, wrapped=wrapped, kinds=("left", "right"),
                             widths=(6.5, 9.5))
            elif rows and len(rows) == 1 and len(rows[0]) >= 2:
                first = plain(" ".join(rows[0][0]))
                kinds = ("recipients", "signature") if first.startswith("Nơi nhận") else ("left",) * len(rows[0])
                w = 16.0 / len(rows[0])
                layout_table(doc, rows[0], markdown=markdown, wrapped=wrapped,
                             kinds=kinds[:len(rows[0])] + ("signature",) * (len(rows[0]) - len(kinds)),
                             widths=(w,) * len(rows[0]))
            elif rows:
                data_table(doc, rows, markdown=markdown, wrapped=wrapped)
                para(doc, "", after=0)  # Word needs a paragraph between two tables
            else:  # no row split fits: the cells as paragraphs
                for seg in segs:
                    for p in _paragraphs(seg, layout=False, wrapped=wrapped, markdown=markdown):
                        para(doc, p, indent=True, markdown=markdown)
            k += 1
            continue
        lines = cast_lines(value)
        # a header without a table: the lines before the first type word
        if not type_seen and k == 0 and not TYPE_WORD_RE.match(plain(lines[0])):
            t = next((j for j, (kd, v) in enumerate(items) if kd == "block"
                      and TYPE_WORD_RE.match(plain(cast_lines(v)[0]))), None)
            if t is not None and t <= 12 and all(kd == "block" for kd, _v in items[:t]):
                header_lines_table(doc, [ln for _kd, v in items[:t] for ln in cast_lines(v)])
                k = t
                continue
        if not wrapped and lines[0].startswith("Nơi nhận"):
            rest = [cast_lines(v)[0] for _kd, v in items[k:k + 40]]
            found = closing_from_lines(rest)
            if found:
                left, right, used = found
                layout_table(doc, [left, right], markdown=False, wrapped=False,
                             kinds=("recipients", "signature"), widths=(8.0, 8.0))
                k += used
                continue
        for p in _paragraphs(lines, layout=False, wrapped=wrapped, markdown=markdown):
            bare = plain(p)
            if not bare:
                continue  # "** **": an empty bold run
            is_type = bool(TYPE_WORD_RE.match(bare)) and bare.isupper() and len(bare) < 60
            if is_type:
                type_seen, after_type = True, 0
                para(doc, p, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, after=0, markdown=markdown)
                continue
            after_type += 1
            title = type_seen and after_type <= 3 and _centred(bare)
            if title or _centred(bare):
                para(doc, p, align=WD_ALIGN_PARAGRAPH.CENTER, bold=not bare.startswith("("),
                     after=6, markdown=markdown)
            else:
                heading = bool(HEADING_RE.match(bare)) and len(bare) < 160
                para(doc, p, bold=heading and not markdown, indent=True, markdown=markdown)
        k += 1
    out = OUT / (src.stem + ".docx")
    doc.save(out)
    return out


def cast_lines(value: object) -> list[str]:
    assert isinstance(value, list)
    return value


def cast_segs(value: object) -> list[list[str]]:
    assert isinstance(value, list)
    return value


def main(argv: list[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    docs = [render(s) for s in SEEDS]
    only = [a for a in argv if not a.startswith("--")]  # e.g. "dev-05": render just these
    exports = [render_export(p) for p in EXPORTS if not only or p.stem in only]
    pdfs = None
    if "--pdf" in argv:
        if not shutil.which("soffice") or not shutil.which("qpdf"):
            sys.exit("needs LibreOffice and qpdf: apt-get install -y libreoffice-writer-nogui "
                     "fonts-liberation2 qpdf")
        pdfs = to_pdf(docs + exports)
    fixtures(docs[0], pdfs[0] if pdfs else None)
    for p in docs + exports + (pdfs or []):
        print(p.relative_to(ROOT), p.stat().st_size)


if __name__ == "__main__":
    main(sys.argv[1:])
