"""Tasks on the seed plans (the real pipeline: segment, dates, units) and on task tables.

Expected values come from reading the documents (corpus/documents) and agree with
corpus/gold where gold covers the field."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractor import extract, extract_text
from extractor.models import Record, Task
from extractor.task_tables import find_tables

DOCS = Path(__file__).resolve().parent.parent / "corpus" / "documents"


@cache
def record(stem: str) -> Record:
    return extract(DOCS / f"{stem}.txt", include_text=True)


def tasks_at(stem: str, section: str) -> list[Task]:
    return [t for t in record(stem).tasks if t.section == section]


S003 = "003_d511494d6758a3a9"
S000 = "000_f69539ef0af628ea"
S001 = "001_b0578383ca6be923"
S002 = "002_4cf0f3d8e3c6498b"


def test_seed_003_giao_chu_tri_bao_cao_qua() -> None:
    # "2. Giao Phòng Hành chính - Quản trị chủ trì, … tổng hợp, tham mưu báo cáo kết quả cho
    #  UBND tỉnh (qua Sở Nội vụ)."
    (t,) = tasks_at(S003, "III.2")
    assert t.lead == ["Phòng Hành chính - Quản trị"]
    assert t.report_to[0] == "Ủy ban nhân dân tỉnh"
    assert "Sở Nội vụ" in t.report_to
    assert "báo cáo" in t.outputs


def test_seed_003_item_with_facets() -> None:
    # II.1: "- Thời gian thực hiện: Hoàn thành trong tháng 5/2024." /
    # "- Phương thức thực hiện: Lãnh đạo Văn phòng phối hợp với Đảng ủy Văn phòng …"
    (t,) = tasks_at(S003, "II.1")
    assert t.title == "Tổ chức học tập chuyên đề năm 2024"
    assert t.lead == ["Lãnh đạo Văn phòng"]
    assert t.support == ["Đảng ủy Văn phòng Ủy ban nhân dân tỉnh"]
    assert t.due is not None and (t.due.from_, t.due.to) == ("2024-05-01", "2024-05-31")
    assert not t.due.inherited


def test_labelled_task_facet_is_part_of_its_item() -> None:
    # dev-14 II.1.1: "a) Nhiệm vụ: …" / "b) Cơ quan thực hiện:" / "c) Thời gian thực hiện: …" are the
    # facets of one task, the item "1.1."; "Nhiệm vụ" says what it is, it is no task of its own
    text = ("II. NHIỆM VỤ\n1. Về dữ liệu\n1.1. Xây dựng các Chiến lược triển khai của thành phố:\n"
            "a) Nhiệm vụ: Tham mưu rà soát, hoàn thiện Chiến lược dữ liệu thành phố.\nb) Cơ quan thực hiện:\n"
            "- Đơn vị chủ trì: Sở Khoa học và Công nghệ.\n- Đơn vị phối hợp: Sở Tài chính.\n"
            "c) Thời gian thực hiện: Hoàn thành trong năm 2025.")
    (t,) = extract_text(text).tasks
    assert t.section == "II.1.1"
    assert t.lead == ["Sở Khoa học và Công nghệ"] and t.support == ["Sở Tài chính"]
    assert t.due is not None and t.due.to == "2025-12-31"


def test_seed_003_quarterly_bullets_are_tasks_with_inherited_lead() -> None:
    quarters = tasks_at(S003, "II.2.a")
    assert [t.title for t in quarters] == ["Quý I/2024", "Quý II/2024", "Quý III/2024", "Quý IV/2024"]
    assert [(t.due.from_, t.due.to) for t in quarters if t.due] == [
        ("2024-01-01", "2024-03-31"), ("2024-04-01", "2024-06-30"),
        ("2024-07-01", "2024-09-30"), ("2024-10-01", "2024-12-31"),
    ]
    assert all(t.lead == ["Các phòng, ban, đơn vị"] for t in quarters)
    (item,) = tasks_at(S003, "II.2")
    assert item.lead == ["Các phòng, ban, đơn vị"] and item.support == ["Các Chi bộ của cơ quan"]
    assert item.due is not None and item.due.recurrence == "FREQ=MONTHLY;INTERVAL=3"


def test_seed_003_bullets_inherit_the_items_support() -> None:
    # II.2 "b) Phương thức thực hiện" / "Các phòng, ban, đơn vị phối hợp với các Chi bộ của cơ quan …": the quarterly
    # bullets name no unit, so they take the item's lead and its support
    quarters = tasks_at(S003, "II.2.a")
    assert [t.support for t in quarters] == [["Các Chi bộ của cơ quan"]] * 4


def test_seed_001_umbrella_bullets_open_tasks() -> None:
    # II.4.2 "- Ban Tuyên giáo Đảng ủy Khối tham mưu Ban Thường vụ Đảng ủy Khối:" then three "+"
    # sub-bullets: each is a task with the umbrella's lead; the bare lead-in is no task itself
    subs = [t for t in tasks_at(S001, "II.4.2") if t.lead == ["Ban Tuyên giáo Đảng ủy Khối"]]
    assert [t.title[:30] for t in subs] == [
        "Kế hoạch xây dựng, củng cố, nâ", "Phát động thực hiện kế hoạch t", "Phối hợp với các cơ quan tham ",
    ]
    assert subs[0].due is not None and subs[0].due.to == "2021-12-31"
    # II.2.2 "- Các cấp ủy, … xây dựng và thực hiện nghiêm túc kế hoạch …, cụ thể hóa thành kế hoạch
    # cho từng năm:" says work of its own: it is a task, and so are "+ Đối với tập thể: …" and
    # "+ Đối cá nhân: …"
    assert [t.title[:22] for t in tasks_at(S001, "II.2.2")][:3] == [
        "Các cấp ủy, tổ chức đả", "Đối với tập thể", "Đối cá nhân",
    ]


def test_seed_003_bullets_inherit_the_items_deadline() -> None:
    # II.6: two bullets with their own units; "- Thời gian thực hiện: Thường xuyên." is a facet
    bullets = tasks_at(S003, "II.6")
    assert [t.lead for t in bullets] == [["Lãnh đạo Văn phòng"], ["Các phòng, ban, đơn vị"]]
    assert all(t.due is not None and t.due.recurrence == "continuous" and t.due.inherited for t in bullets)


def test_seed_003_no_tasks_in_goals_and_requirements() -> None:
    assert not [t for t in record(S003).tasks if t.section.startswith("I.")]


def test_seed_000_organisation_section() -> None:
    assert [t.lead for t in tasks_at(S000, "IV.1")] == [["Các chi bộ"]]
    assert [t.lead for t in tasks_at(S000, "IV.2")] == [["Chi bộ Hành chính - Quản trị"]]
    six = tasks_at(S000, "II.6")  # two bullets, each with its own units
    assert [t.lead for t in six] == [
        ["Đảng ủy Ủy ban nhân dân tỉnh", "Ủy ban kiểm tra Đảng ủy", "Cấp ủy các chi bộ"],
        ["Chi bộ Hành chính - Quản trị"],
    ]


def test_seed_000_container_item_is_not_a_task() -> None:
    # "2. Xây dựng kế hoạch học tập …" has 2.1 and 2.2: they are the tasks
    assert tasks_at(S000, "II.2") == []
    assert tasks_at(S000, "II.2.2")[0].lead == ["Cấp ủy các chi bộ"]


def test_seed_001_list_items_inherit_the_introducing_line() -> None:
    # "- Ban Tuyên giáo Đảng ủy Khối tham mưu … như sau:" then (1) (2) (3)
    for label, years in (("(1)", ("2021-01-01", "2022-12-31")), ("(2)", ("2023-01-01", "2025-12-31"))):
        (t,) = tasks_at(S001, f"II.1.2.{label}")
        assert t.lead == ["Ban Tuyên giáo Đảng ủy Khối"]
        assert t.due is not None and (t.due.from_, t.due.to) == years
    leads = [t.lead for t in tasks_at(S001, "II.1.2")]
    assert ["Cấp ủy các chi bộ, đảng bộ cơ sở"] in leads
    assert ["Các đoàn thể trực thuộc Đảng ủy Khối"] in leads


def test_seed_002_report_to_and_deadline() -> None:
    (t,) = tasks_at(S002, "III.1")
    assert t.lead == ["Văn phòng Chi bộ"]
    assert t.report_to == ["Đảng ủy Ủy ban nhân dân tỉnh"]
    dated = [t for t in tasks_at(S002, "II.3") if t.due and t.due.to == "2026-03-15"]
    assert dated and not dated[0].due.inherited  # type: ignore[union-attr]
    assert "Văn phòng Chi bộ" in dated[0].report_to


@pytest.mark.parametrize("stem", [S000, S001, S002, S003, "dev-08", "dev-15", "dev-22"])
def test_task_invariants(stem: str) -> None:
    r = record(stem)
    assert r.text is not None
    ids = [t.id for t in r.tasks]
    assert len(ids) == len(set(ids)) and ids
    for t in r.tasks:
        assert r.text[t.start : t.end] == t.text
        assert t.title
        if t.due is not None and t.due.start is not None and not t.due.inherited:
            assert t.start <= t.due.start < t.end


def test_dev_08_task_table_rows() -> None:
    rows = [t for t in record("dev-08").tasks if t.section.startswith("Phụ lục")]
    assert len(rows) == 11
    first = rows[0]
    assert first.title.startswith("Triển khai nền tảng đào tạo trực tuyến mở đại trà")
    assert first.lead == ["Sở Khoa học và Công nghệ"]  # "Sở KH&CN"
    assert first.support == ["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các xã, phường"]
    assert first.due is not None and first.due.recurrence == "continuous"
    fourth = rows[3]  # "Xây dựng Bộ tiêu chí …" — "Quí IV-2025"
    assert fourth.due is not None and fourth.due.text == "Quí IV-2025"
    assert fourth.due.to == "2025-12-31"


def test_dev_08_organisation_items_inherit_lead_from_heading() -> None:
    # "1. Sở Khoa học và Công nghệ" / "a) Là cơ quan đầu mối, chủ trì, phối hợp với …"
    r = record("dev-08")
    (a,) = [t for t in r.tasks if t.section == "IV.1.a"]
    assert a.lead == ["Sở Khoa học và Công nghệ"]
    (b,) = [t for t in r.tasks if t.section == "IV.6.b"]
    assert b.lead == ["Hiệp hội Doanh nghiệp tỉnh", "Hội Nông dân tỉnh", "Liên minh Hợp tác xã Tỉnh"]
    assert b.support == ["Sở Khoa học và Công nghệ"]


PIPE_PLAN = """KẾ HOẠCH
Triển khai chuyển đổi số năm 2026
I. NHIỆM VỤ
1. Xây dựng cơ sở dữ liệu dùng chung.
Cơ quan chủ trì: Sở Khoa học và Công nghệ; Cơ quan phối hợp: Sở Tài chính, Sở Nội vụ.
Thời gian hoàn thành: trước ngày 30/6/2026.
II. PHÂN CÔNG THỰC HIỆN
| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |
| 1 | Xây dựng Kế hoạch chuyển đổi số | Sở KH&CN | Sở Nội vụ; UBND các xã, phường | Quý IV/2026 | Kế hoạch; Báo cáo |
| 2 | Đào tạo kỹ năng số cho cán bộ | Sở Nội vụ | Các sở, ban, ngành | Hằng năm | Báo cáo kết quả |
"""


def test_pipe_table_rows() -> None:
    (table,) = find_tables(PIPE_PLAN)
    assert table.columns == ["stt", "content", "lead", "support", "due", "output"]
    assert [r.label for r in table.rows] == ["1", "2"]
    r = extract_text(PIPE_PLAN)
    rows = [t for t in r.tasks if t.text.startswith("|")]
    assert {t.section for t in rows} == {"II"}  # a row's section is its group's path
    assert [t.lead for t in rows] == [["Sở Khoa học và Công nghệ"], ["Sở Nội vụ"]]
    assert rows[0].support == ["Sở Nội vụ", "Ủy ban nhân dân các xã, phường"]
    assert rows[0].outputs == ["Kế hoạch", "Báo cáo"]
    assert rows[0].due is not None and rows[0].due.to == "2026-12-31"
    assert rows[1].due is not None and rows[1].due.recurrence == "FREQ=YEARLY"


def test_labelled_lines_give_lead_support_and_due() -> None:
    r = extract_text(PIPE_PLAN)
    (t,) = [t for t in r.tasks if t.section == "I.1"]
    assert t.lead == ["Sở Khoa học và Công nghệ"]
    assert t.support == ["Sở Tài chính", "Sở Nội vụ"]
    assert t.due is not None and t.due.to == "2026-06-30" and t.due.from_ is None
    assert "cơ sở dữ liệu" in t.outputs


LINE_TABLE = """PHỤ LỤC
DANH MỤC NHIỆM VỤ
STT
Tên nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
I.
NÂNG CAO NHẬN THỨC
1
Triển khai đánh giá mức độ chuyển đổi số trong các doanh nghiệp.
Sở KH&CN
Các sở, ban, ngành tỉnh; UBND các xã, phường
Thường xuyên
2
Xây dựng kế hoạch và triển khai hạ tầng 5G, IoT trong các khu công nghiệp.
Sở KH&CN
Ban Quản lý Khu kinh tế, Sở Công Thương;
các cơ quan, đơn vị liên quan
Quí IV-2025
"""


def test_cell_per_line_table() -> None:
    (table,) = find_tables(LINE_TABLE)
    assert table.columns == ["stt", "content", "lead", "support", "due"]
    rows = table.rows
    assert [(r.group, r.label) for r in rows] == [("I", "1"), ("I", "2")]
    text = LINE_TABLE
    support = rows[1].cells["support"]
    assert [text[a:b] for a, b in support] == ["Ban Quản lý Khu kinh tế, Sở Công Thương;", "các cơ quan, đơn vị liên quan"]
    assert [text[a:b] for a, b in rows[1].cells["due"]] == ["Quí IV-2025"]


def test_part_without_items_is_a_task() -> None:
    # dev-13 "VII. CHẾ ĐỘ BÁO CÁO" / "Các sở, ban, ngành, đoàn thể Thành phố, Ủy ban nhân dân phường,
    # xã, đặc khu gửi báo cáo … về Sở Nội vụ trước ngày 16 tháng 12 năm 2025 …"
    (t,) = [t for t in record("dev-13").tasks if t.section == "VII"]
    assert t.lead == ["Các sở, ban, ngành, đoàn thể Thành phố", "Ủy ban nhân dân phường, xã, đặc khu"]
    assert t.report_to == ["Sở Nội vụ"]
    assert t.due is not None and t.due.to == "2025-12-16"
    assert "báo cáo" in t.outputs


def test_regulation_articles_hold_no_tasks() -> None:
    # dev-19/20: Quy định of the Ban Bí thư — Điều … state rules, not tasks (corpus/gold)
    assert record("dev-20").tasks == []


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # dev-02/dev-03: the plan's own attributes as numbered items ("2. Thời gian thực hiện",
        # "3. Thành phần thực hiện") describe it; they are no tasks
        (("I. MỤC ĐÍCH\n1. Mục đích\nNâng cao hiệu quả.\nII. NỘI DUNG\n1. Đối tượng thực hiện\n"
         "- Sở Y tế chủ trì.\n2. Thời gian thực hiện\nThường xuyên trong năm 2025.\n"
         "3. Thành phần thực hiện\n- Đại diện Ban Giám đốc Sở Y tế.\n4. Tổ chức kiểm tra\nSở Y tế chủ trì kiểm tra."),
         ["Tổ chức kiểm tra"]),
        # dev-05: a part assessing risks ("III. NGUY CƠ …") holds no tasks; the response part does
        (("III. NGUY CƠ SAU LŨ\n1. Nguy cơ ô nhiễm môi trường\nSở Y tế theo dõi.\n"
         "2. Các bệnh truyền qua vectơ\nSở Y tế giám sát.\nIV. NHIỆM VỤ\n1. Tiêu độc, khử trùng\nSở Y tế chủ trì thực hiện."),
         ["Tiêu độc, khử trùng"]),
        # dev-06: a budget estimate ("III. KINH PHÍ" / "1. Dự toán kinh phí …") states costs, no task
        (("II. NHIỆM VỤ\n1. Quan trắc môi trường\nChi cục Thủy sản chủ trì thực hiện.\n"
         "2. Dự toán kinh phí quan trắc năm 2026\nSở Tài chính thẩm định."),
         ["Quan trắc môi trường"]),
        # dev-07/dev-09: "IV. KINH PHÍ THỰC HIỆN" states funding sources and rules — "thực hiện"
        # only qualifies "kinh phí", so the part is no task part
        (("III. NHIỆM VỤ\n1. Chuyển đổi số\nSở Khoa học và Công nghệ chủ trì thực hiện.\n"
          "IV. KINH PHÍ THỰC HIỆN\n1. Ngân sách nhà nước thực hiện theo quy định phân cấp ngân sách.\n"
          "2. Các sở, ngành, địa phương có liên quan có trách nhiệm chủ động cân đối trong nguồn "
          "ngân sách nhà nước được bố trí trong năm 2026.\nV. TỔ CHỨC THỰC HIỆN\n"
          "1. Sở Tài chính chủ trì, tham mưu bố trí kinh phí."),
         ["Chuyển đổi số", "Sở Tài chính chủ trì, tham mưu bố trí kinh phí"]),
        # dev-22 "6. Kinh phí thực hiện" / "8. Phương án huy động kinh phí", dev-23 "IV. NGUỒN VỐN THỰC
        # HIỆN KẾ HOẠCH" / "1. Nguồn Ngân sách Thành phố.", dev-01 "b) Kinh phí khen thưởng: Từ nguồn …":
        # where the money comes from is no task — unless the item names a unit to carry it (dev-14)
        (("II. NỘI DUNG THỰC HIỆN\n5. Đào tạo nhân lực\nSở Nội vụ chủ trì tổ chức đào tạo.\n"
          "6. Kinh phí thực hiện\n- Ngân sách địa phương: chi cho vận hành hệ thống.\n"
          "7. Phương án huy động kinh phí\n- Lồng ghép vào kế hoạch đầu tư công trung hạn.\n"
          "8. Kinh phí khen thưởng: Từ nguồn kinh phí khen thưởng của thành phố.\n"
          "9. Kinh phí thực hiện\na) Nhiệm vụ: Lập dự toán kinh phí năm 2026.\nb) Cơ quan thực hiện:\n"
          "- Đơn vị chủ trì: Sở Tài chính.\nIV. NGUỒN VỐN THỰC HIỆN KẾ HOẠCH\n1. Nguồn Ngân sách Thành phố.\n"
          "2. Nguồn vốn hỗ trợ, tài trợ từ các tổ chức quốc tế."),
         ["Đào tạo nhân lực", "Kinh phí thực hiện"]),
        # dev-18 "II. THÀNH PHẦN HỘI NGHỊ" lists who attends (a chair among them): no tasks there
        (("II. THÀNH PHẦN HỘI NGHỊ\n1. Đại biểu thuộc thành phần hiệp thương:\n"
          "- Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã (Chủ trì hội nghị).\n2. Đại biểu khách mời\n"
          "- Đại diện Thường trực Đảng ủy xã.\nIII. TỔ CHỨC THỰC HIỆN\n1. Chuẩn bị hội nghị\n"
          "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì chuẩn bị tài liệu."),
         ["Chuẩn bị hội nghị"]),
        # dev-01 "(2) Ít nhất 85% người hưởng trợ cấp … mở mới tài khoản …", dev-09 "- Đến năm 2030,
        # 100% các khu vực bảo vệ nguồn lợi thủy sản được xác định …": targets (chỉ tiêu), no tasks
        (("II. NỘI DUNG\n1. Nội dung thi đua\n(1) 100% số người hưởng trợ cấp xã hội được tuyên truyền "
          "trong năm 2026;\n(2) Ít nhất 85% người hưởng trợ cấp xã hội mở mới tài khoản ngân hàng;\n"
          "(3) Phấn đấu có ít nhất 70% số người hưởng trợ cấp nhận tiền trợ cấp qua tài khoản;\n"
          "2. Bảo tồn đa dạng sinh học\n- Đến năm 2030, 100% các khu vực bảo vệ nguồn lợi thủy sản được "
          "xác định và quản lý hiệu quả.\n- Sở Nông nghiệp và Môi trường chủ trì kiểm soát chặt chẽ hoạt "
          "động khai thác trong năm 2026."),
         ["Sở Nông nghiệp và Môi trường chủ trì kiểm soát chặt chẽ hoạt động khai thác trong năm 2026"]),
        # dev-10 "III. TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG" states criteria and award forms: no
        # tasks there; dev-01 "3. Tiêu chí đánh giá, xếp loại" under a content part still charges a unit
        (("II. NỘI DUNG THI ĐUA\n1. Tiêu chí đánh giá, xếp loại\na) Giao Sở Y tế thành lập đoàn kiểm tra, "
          "đánh giá kết quả thực hiện.\nIII. TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG\n"
          "1. Tiêu chí thi đua\na) Đối với Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị - xã hội\n"
          "- Tổ chức sâu rộng các phong trào thi đua yêu nước.\n2. Hình thức khen thưởng\n"
          "Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho các tập thể."),
         ["Giao Sở Y tế thành lập đoàn kiểm tra, đánh giá kết quả thực hiện"]),
        # dev-06 "1.1.3. Đối với vùng nuôi trồng thủy sản nước ngọt" / "a. Thời gian thực hiện" /
        # "b. Địa điểm, số điểm quan trắc" / "c. Thông số (chỉ tiêu), tần suất quan trắc …": the
        # lettered parts are attributes of the monitoring task, not tasks
        (("II. NỘI DUNG\n1. Quan trắc môi trường\n1.1. Đối với vùng nuôi trồng thủy sản nước ngọt\n"
          "a. Thời gian thực hiện\nTừ tháng 3 đến tháng 11 hằng năm.\nb. Địa điểm, số điểm quan trắc\n"
          "- Địa điểm quan trắc: hồ chứa.\nc. Thông số (chỉ tiêu), tần suất quan trắc môi trường nuôi cá "
          "rô phi và cá nuôi lồng, bè nước ngọt\n- Mẫu nước vùng nuôi: 02 đợt/tháng.\n"
          "d. Thông số (chỉ tiêu), tần suất quan trắc môi trường Vùng nuôi cá tầm (cá nước lạnh)\n"
          "- Mẫu nước: 01 đợt/tháng."),
         ["Đối với vùng nuôi trồng thủy sản nước ngọt"]),
    ],
)
def test_descriptive_items_are_no_tasks(text: str, titles: list[str]) -> None:
    assert [t.title for t in extract_text(text).tasks] == titles


def test_cell_per_line_table_after_a_dotted_capital_i() -> None:
    # "İ" (U+0130) lower-cases to two characters: positions found in the lower-cased text must
    # still point at the same place in the text (a stray Turkish letter in a pasted name).
    from extractor.task_tables import _lead_header_lines

    shifted = "Ghi chú: " + "İ" * 40 + "\n" + LINE_TABLE
    (line_start,) = _lead_header_lines(shifted)
    assert shifted[line_start:].startswith("Cơ quan chủ trì\n")
    (table,) = find_tables(shifted)
    assert [(r.group, r.label) for r in table.rows] == [("I", "1"), ("I", "2")]


DAILY_REPORT = (
    "IV. PHÂN CÔNG NHIỆM VỤ\n1. Sở Công Thương\n"
    "- Chủ trì điều phối toàn bộ nguồn hàng hỗ trợ từ nguồn ngân sách nhà nước.\n"
    "- Phối hợp Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh và UBND các xã, phường tổ chức vận chuyển hàng "
    "đến các cụm dân cư bị chia cắt; tổng hợp nhu cầu từ cơ sở, báo cáo UBND tỉnh trước 19h00’ hằng ngày.\n"
)


def test_bullet_with_a_daily_reporting_time_is_a_task() -> None:
    # dev-04 IV.1: "báo cáo UBND tỉnh trước 19h00’ hằng ngày" is a deadline of the bullet's own (gold:
    # FREQ=DAILY;BYHOUR=19), so the bullet is a task besides its item; the item's support is named
    # in that bullet
    item, bullet = extract_text(DAILY_REPORT).tasks
    assert (item.title, bullet.title[:30]) == ("Sở Công Thương", "Phối hợp Bộ Chỉ huy Quân sự tỉ")
    assert item.lead == bullet.lead == ["Sở Công Thương"]
    assert item.support == bullet.support == ["Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh", "Ủy ban nhân dân các xã, phường"]
    assert item.due is None
    assert bullet.due is not None and bullet.due.recurrence == "FREQ=DAILY;BYHOUR=19"


def test_printed_deadline_before_a_bare_frequency() -> None:
    # dev-12 "VII. CHẾ ĐỘ BÁO CÁO": "… đánh giá kết quả hằng năm … Định kỳ gửi báo cáo kết quả thực
    # hiện trước ngày 15/11 hằng năm …" — the due is the set day, not the bare "hằng năm"
    text = ("VII. CHẾ ĐỘ BÁO CÁO\nCác sở, ban, ngành có trách nhiệm chủ động tổ chức thực hiện, theo dõi, "
            "đánh giá kết quả hằng năm. Định kỳ gửi báo cáo kết quả thực hiện trước ngày 15/11 hằng năm về "
            "Sở Khoa học và Công nghệ để tổng hợp.")
    (t,) = extract_text(text).tasks
    assert t.due is not None and t.due.recurrence == "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15"


def test_closing_formula_is_no_part_of_the_last_item() -> None:
    # 002 "III. TỔ CHỨC THỰC HIỆN" ends "2. Các phòng, đảng viên xây dựng kế hoạch …" then "Ban Chấp hành
    # Chi bộ yêu cầu các phòng, đơn vị đoàn thể triển khai thực hiện nghiêm túc các nội dung theo Kế
    # hoạch." — the closing formula names no lead of item 2
    (t,) = tasks_at(S002, "III.2")
    assert "Ban Chấp hành Chi bộ" not in t.lead


def test_target_horizon_is_no_deadline() -> None:
    # dev-09 III: "- Tăng cường năng lực hệ thống quan trắc … Đến năm 2030, hệ thống quan trắc … được
    # hiện đại hóa." — the target's year makes no bullet a task and gives no due; the item is the task
    text = ("III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU\n4. Bảo vệ môi trường biển và hải đảo\n"
            "- Tăng cường năng lực hệ thống quan trắc, giám sát tổng hợp tài nguyên, môi trường biển. "
            "Đến năm 2030, hệ thống quan trắc được hiện đại hóa.\n"
            "- Phục hồi và phát triển rừng ngập mặn, diện tích rừng ngập mặn đến năm 2030 đạt 1.700 ha.\n")
    (t,) = extract_text(text).tasks
    assert (t.section, t.title, t.due) == ("III.4", "Bảo vệ môi trường biển và hải đảo", None)


def test_item_naming_a_supporting_unit_is_a_task_besides_its_bullets() -> None:
    # dev-01 V.3 "Ngân hàng Nhà nước …" / "a) Chỉ đạo các Ngân hàng thương mại trên địa bàn chủ động phối
    # hợp với Sở Y tế … triển khai thực hiện tốt Kế hoạch" / "- Các ngân hàng thương mại tham gia phối
    # hợp với Sở Y tế …": a) names a unit (corpus/README: the item is a task too), so a) and its bullet
    text = ("V. TỔ CHỨC THỰC HIỆN\n3. Ngân hàng Nhà nước chi nhánh tỉnh\na) Chỉ đạo các Ngân hàng thương mại "
            "trên địa bàn chủ động phối hợp với Sở Y tế triển khai thực hiện tốt Kế hoạch, cụ thể:\n"
            "- Các ngân hàng thương mại chủ trì, phối hợp với Sở Y tế tuyên truyền các dịch vụ thanh toán.\n"
            "- Cử chuyên viên hướng dẫn người dân mở tài khoản.\n")
    assert [(t.section, t.title[:20]) for t in extract_text(text).tasks] == [
        ("V.3.a", "Chỉ đạo các Ngân hàn"), ("V.3.a", "Các ngân hàng thương"),
    ]


def test_bullets_of_a_sub_item_are_its_tasks_once_and_take_no_sibling_partner() -> None:
    # An item with a facet sub-item ("1. Nội dung" / "- Đơn vị chủ trì: …") and a task sub-item whose
    # bullets carry their own deadline: each bullet task is listed once (under the sub-item), and a
    # bullet naming no unit takes the lead of its item but not the partner of a sibling bullet
    # ("- Phối hợp với UBND xã …" names a partner of that bullet only).
    text = ("II. NỘI DUNG\n2. Hội nghị hiệp thương lần thứ hai\n2.1. Nội dung\n"
            "- Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ Việt Nam xã.\n"
            "2.2. Ban Thường trực Ủy ban MTTQ Việt Nam xã báo cáo kết quả hội nghị\n"
            "- Gửi Biên bản hội nghị chậm nhất ngày 03/02/2026.\n"
            "- Phối hợp với UBND xã triệu tập hội nghị cử tri nơi cư trú.\n"
            "- Tổng hợp danh sách người ứng cử, hoàn thành chậm nhất ngày 05/02/2026.\n")
    tasks = [t for t in extract_text(text).tasks if t.section == "II.2.2"]
    bullets = [t for t in tasks if t.title.startswith(("Gửi", "Tổng hợp"))]
    assert [t.title[:10] for t in bullets] == ["Gửi Biên b", "Tổng hợp d"]
    assert all(t.lead == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"] and t.support == [] for t in bullets)


def test_monitoring_subject_leads_its_task() -> None:
    # 001 II.6.2 "- Các cấp ủy, tổ chức đảng thường xuyên đôn đốc, kiểm tra, giám sát việc thực hiện Chỉ
    # thị số 05-CT/TW …": the unit that monitors is the one doing the task (gold: its lead)
    (t,) = [t for t in tasks_at(S001, "II.6.2") if t.title.startswith("Các cấp ủy, tổ chức đảng thường xuyên")]
    assert t.lead == ["Các cấp ủy, tổ chức đảng"]


def test_bullet_task_takes_no_due_from_a_sibling_bullet() -> None:
    # dev-05 IV.7 "Công tác giám sát, kiểm tra, báo cáo" / "- Sở Y tế chủ trì kiểm tra, đôn đốc thực hiện
    # kế hoạch." / "- Các Trung tâm y tế giám sát tuyến xã và báo cáo hằng ngày." …: the item's heading
    # gives no time, so the Sở Y tế task has no due (gold); "hằng ngày" is the sibling's
    (t,) = [t for t in record("dev-05").tasks if t.title.startswith("Sở Y tế chủ trì kiểm tra")]
    assert t.due is None


PLANNED_AND_LIMIT = """KẾ HOẠCH
Tổ chức hội nghị hiệp thương năm 2026
II. NỘI DUNG
1. Hội nghị hiệp thương lần thứ nhất.
- Thời gian: Dự kiến ngày 05/12/2025 (Chậm nhất ngày 10/12/2025 - 95 ngày trước bầu cử).
- Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ xã.
2. Hội nghị hiệp thương lần thứ hai.
- Thời gian: Dự kiến ngày 30/01/2026.
- Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ xã.
"""


def test_a_planned_date_gives_way_to_its_limit() -> None:
    # dev-16 style (corpus/README.md: with "Dự kiến ngày …" and "Chậm nhất ngày …", due is the limit)
    tasks = {t.section: t for t in extract_text(PLANNED_AND_LIMIT).tasks}
    assert tasks["II.1"].due is not None and tasks["II.1"].due.to == "2025-12-10"
    assert tasks["II.2"].due is not None and tasks["II.2"].due.to == "2026-01-30"  # no limit: the planned date


def test_product_words_found_by_finders_as_by_the_trie() -> None:
    # task_outputs finds `_OUT_RE`'s matches by literal-led finders, then `_OUT_RE.match` at each
    # start found: the same matches as `_OUT_RE.finditer` over any stretch, on random text built
    # from the product words, their parts and other letters
    import random

    from extractor import task_outputs as to

    words = sorted(to._OUT_WORDS)
    parts = words + [w.capitalize() for w in words] + [w[1:] for w in words] + [w.upper() for w in words]
    alphabet = list("abcđhkqtv ,.\n") + parts
    rnd = random.Random(7)
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 25)))
        lo = rnd.randrange(len(text) + 1)
        hi = rnd.randrange(lo, len(text) + 1)
        want = [m.span() for m in to._OUT_RE.finditer(text, lo, hi)]
        starts = to._word_starts(text, 0, len(text))
        assert [m.span() for m in to._out_matches(text, starts, lo, hi)] == want, (text, lo, hi)


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        # dev-09 VI.3: the units "Đề nghị" addresses lead the item; the subject of a later clause
        # ("Mỗi đoàn viên, hội viên phải đi đầu") only carries part of their work
        (("V. TỔ CHỨC THỰC HIỆN\n3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Đoàn thể tỉnh bằng "
          "nhiều hình thức và phương pháp thích hợp, tổ chức tuyên truyền và vận động đoàn viên, hội viên và "
          "Nhân dân tích cực tham gia thực hiện Kế hoạch này; Mỗi đoàn viên, hội viên phải đi đầu trong công "
          "tác tuyên truyền."),
         [["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Các Đoàn thể tỉnh"]]),
        # dev-10 V.2: … and of a later sentence ("Ủy ban MTTQ tỉnh và các tổ chức thành viên phát huy")
        (("V. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì tổng hợp.\n2. Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, "
          "các tổ chức chính trị-xã hội phát huy mạnh mẽ thành quả của các phong trào thi đua. Ủy ban Mặt trận "
          "Tổ quốc tỉnh và các tổ chức thành viên phát huy vai trò nòng cốt vận động xã hội."),
         [["Sở Nội vụ"], ["Ủy ban Mặt trận Tổ quốc tỉnh", "Các tổ chức chính trị - xã hội"]]),
        # seed 003 III.2: "Giao X chủ trì, …; tổng hợp …" — one lead, as before
        (("III. TỔ CHỨC THỰC HIỆN\n2. Giao Phòng Hành chính - Quản trị chủ trì, thường xuyên theo dõi, hướng "
          "dẫn việc thực hiện nội dung Kế hoạch này; tổng hợp, tham mưu báo cáo kết quả cho UBND tỉnh."),
         [["Phòng Hành chính - Quản trị"]]),
        # near misses: an item that opens with its subject keeps every subject; "Đề nghị" later in
        # the item addresses no one at its opening
        (("V. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì tổ chức tập huấn; Sở Tài chính bố trí kinh phí."),
         [["Sở Y tế", "Sở Tài chính"]]),
        (("V. TỔ CHỨC THỰC HIỆN\n1. Trong quá trình thực hiện, Sở Y tế chủ trì tổng hợp; đề nghị Sở Tài chính "
          "bố trí kinh phí."),
         [["Sở Y tế", "Sở Tài chính"]]),
    ],
)
def test_an_item_addressing_its_units_is_theirs(text: str, leads: list[list[str]]) -> None:
    assert [t.lead for t in extract_text(text).tasks] == leads


def test_pipe_table_titles_one_cell_left_of_the_rows() -> None:
    """A task table whose column-title row has no STT cell ("Nội dung" stood over the number and
    content columns), read from a .docx/.pdf: the titles end in an empty cell and every row
    starts with its number. The first column is the row numbers, so the lead is the lead."""
    text = ("PHỤ LỤC\n"
            "| Nội dung | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian thực hiện | Sản phẩm đầu ra | |\n"
            "| 1.1 | Triển khai nền tảng số | Sở Y tế | Các sở, ban, ngành | 2026 - 2030 | Nền tảng |\n"
            "| 1.2 | Triển khai hồ sơ bệnh án điện tử | Sở Y tế | UBND các phường | 2026 - 2030 | Hệ thống |\n")
    (table,) = find_tables(text)
    assert table.columns[:3] == ["stt", "content", "lead"]
    rows = [(r.label, text[slice(*r.span("content"))], text[slice(*r.span("lead"))]) for r in table.rows]
    assert rows == [("1.1", "Triển khai nền tảng số", "Sở Y tế"), ("1.2", "Triển khai hồ sơ bệnh án điện tử", "Sở Y tế")]


def test_items_of_a_text_with_no_parts_are_tasks() -> None:
    """A Công văn or a Chỉ thị numbers its instructions at the top ("1. Giao Sở Nội vụ …"): each is
    a task; a goals heading at the top ("1. MỤC ĐÍCH, YÊU CẦU") is not, nor are its items."""
    from tests.test_metadata import CONG_VAN_BODY, CONG_VAN_HEADER

    r = extract_text(CONG_VAN_HEADER + "Kính gửi: Các sở, ban, ngành tỉnh.\n" + CONG_VAN_BODY, "cv.txt")
    got = [(t.section, t.lead, t.support, t.report_to, t.due.to if t.due else None) for t in r.tasks]
    assert got == [
        ("1", ["Sở Nội vụ"], ["Các cơ quan liên quan"], [], "2026-04-30"),
        ("2", ["Các sở, ban, ngành"], [], ["Sở Nội vụ"], None),  # "trước ngày 15/12 hằng năm": yearly
    ]
    assert r.tasks[1].due is not None and r.tasks[1].due.recurrence == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15"
    goals = extract_text(
        CONG_VAN_HEADER + "1. MỤC ĐÍCH, YÊU CẦU\na) Sở Nội vụ chủ trì tổ chức học tập trước ngày 30/4/2026.\n"
        "2. NHIỆM VỤ\na) Sở Nội vụ chủ trì tổng kết trước ngày 30/11/2026.\nNơi nhận:" + CONG_VAN_BODY.split("Nơi nhận:")[1], "x.txt")
    assert [t.section for t in goals.tasks] == ["2.a"]
