"""Task tables read from Word files: a ruled table reaches the text as one `| cell | cell |` line
per row, and must mean what the same table means in a text that has one cell a line (the .txt
exports): its group rows ("I. NÂNG CAO NHẬN THỨC" across the row, or "II" | "HOÀN THIỆN …")
are sections of the appendix, and a date alone in its cell ("Thường xuyên", "Quý IV/2025") is
the row's deadline. The document is built here with python-docx; every expected value is what
the table says."""

from __future__ import annotations

import io

from extractor.pipeline import extract_bytes


def _fill(cell, text: str, bold: bool = False) -> None:
    cell.paragraphs[0].text = text
    cell.paragraphs[0].runs[0].bold = bold or None


def _plan() -> bytes:
    import docx

    d = docx.Document()
    header = d.add_table(rows=2, cols=2)
    _fill(header.cell(0, 0), "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP")
    _fill(header.cell(0, 1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    _fill(header.cell(1, 0), "Số: 12/KH-UBND")
    _fill(header.cell(1, 1), "Đồng Tháp, ngày 10 tháng 11 năm 2025")
    d.add_paragraph("KẾ HOẠCH").runs[0].bold = True
    d.add_paragraph("Chuyển đổi số trong doanh nghiệp năm 2025")
    d.add_paragraph("I. MỤC ĐÍCH")
    d.add_paragraph("Nâng cao nhận thức của doanh nghiệp về chuyển đổi số.")
    d.add_paragraph("II. TỔ CHỨC THỰC HIỆN")
    d.add_paragraph("Các sở, ngành thực hiện các nhiệm vụ tại Phụ lục kèm theo.")
    closing = d.add_table(rows=1, cols=2)
    _fill(closing.cell(0, 0), "Nơi nhận:")
    closing.cell(0, 0).add_paragraph("- Như trên;")
    closing.cell(0, 0).add_paragraph("- Lưu: VT.")
    _fill(closing.cell(0, 1), "TM. ỦY BAN NHÂN DÂN")
    closing.cell(0, 1).add_paragraph("CHỦ TỊCH")
    closing.cell(0, 1).add_paragraph("Trần Văn An")
    d.add_paragraph("PHỤ LỤC").runs[0].bold = True
    d.add_paragraph("DANH MỤC NHIỆM VỤ")
    rows = [
        ("STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
        ("I. NÂNG CAO NHẬN THỨC", None, None, None, None),  # one cell across the row
        ("1", "Tổ chức tập huấn chuyển đổi số cho doanh nghiệp", "Sở Khoa học và Công nghệ",
         "Sở Công Thương", "Thường xuyên"),
        ("II", "HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH", "", "", ""),  # the numeral in its own cell
        ("2", "Xây dựng bộ tiêu chí đánh giá mức độ chuyển đổi số", "Sở Khoa học và Công nghệ",
         "Sở Tài chính", "Quý IV/2025"),
    ]
    table = d.add_table(rows=len(rows), cols=5)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        if row[1] is None:
            merged = table.cell(r, 0).merge(table.cell(r, 4))
            for extra in merged.paragraphs[1:]:
                extra._p.getparent().remove(extra._p)
            _fill(merged, row[0], bold=True)
            continue
        for c, text in enumerate(row):
            if text:
                _fill(table.cell(r, c), text, bold=r == 0)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_task_table_group_rows_are_appendix_sections() -> None:
    rec = extract_bytes(_plan(), "plan.docx", include_text=True)
    paths = {s.path: s.heading for s in rec.sections}
    assert paths.get("Phụ lục.I") == "NÂNG CAO NHẬN THỨC"
    assert paths.get("Phụ lục.II") == "HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH"
    tasks = {t.title: t for t in rec.tasks}
    first = tasks["Tổ chức tập huấn chuyển đổi số cho doanh nghiệp"]
    second = tasks["Xây dựng bộ tiêu chí đánh giá mức độ chuyển đổi số"]
    assert first.section == "Phụ lục.I" and second.section == "Phụ lục.II"


def test_docx_task_table_due_cells_are_deadlines() -> None:
    rec = extract_bytes(_plan(), "plan.docx", include_text=True)
    roles = {d.text: d.role for d in rec.dates}
    assert roles.get("Thường xuyên") == "deadline"
    assert roles.get("Quý IV/2025") == "deadline"


def _make_renderings():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "corpus" / "renderings" / "make_renderings.py"
    spec = importlib.util.spec_from_file_location("make_renderings", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_renderer_row_split_keeps_group_rows_apart() -> None:
    """The exports write a table one `|` a line, so an empty segment is a row boundary or an
    empty cell. Two group rows in a row ("A | PHÁT TRIỂN …", "I | Hoàn thiện thể chế") are two
    short rows, not one row with an empty cell in the middle; a task row with an empty cell
    stays one row."""
    mr = _make_renderings()
    head = [["STT"], ["Nhiệm vụ"], ["Đơn vị thực hiện"], ["Đơn vị phối hợp"], ["Thời gian"], ["Sản phẩm"]]
    segs = head + [[]] + [["**A**"], ["**PHÁT TRIỂN NỀN MÓNG**"]] + [[]] + [["**I**"], ["**Hoàn thiện thể chế**"]]
    segs += [[]] + [["1.1"], ["Rà soát quy định"], [], ["Các sở, ban, ngành"], ["2026 - 2030"]]
    rows = mr.table_rows(segs)
    assert [[mr.plain(" ".join(c)) for c in r] for r in rows] == [
        ["STT", "Nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian", "Sản phẩm"],
        ["A", "PHÁT TRIỂN NỀN MÓNG"],
        ["I", "Hoàn thiện thể chế"],
        ["1.1", "Rà soát quy định", "", "Các sở, ban, ngành", "2026 - 2030"],
    ]


def test_rendered_dev15_group_rows_are_sections_of_its_tasks() -> None:
    """dev-15's appendix opens with group rows A and I: the committed .docx shows them as two rows
    and its first task row sits under both, as in the export."""
    from pathlib import Path

    from extractor.pipeline import extract

    rec = extract(Path(__file__).resolve().parent.parent / "corpus" / "renderings" / "dev-15.docx")
    sections = {t.section for t in rec.tasks}
    assert "Phụ lục.A.I" in sections
