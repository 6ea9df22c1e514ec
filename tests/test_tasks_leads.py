"""The leads of a task read from its own words (extract_text on small plans in the corpus's style).

Expected values come from reading the strings."""

from __future__ import annotations

import pytest

from extractor import extract_text

PLAN = """KẾ HOẠCH
Thực hiện công tác bình đẳng giới năm 2026
IV. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Chủ trì, hướng dẫn, theo dõi việc thực hiện Kế hoạch.
2. {head}
- Trong phạm vi chức năng, nhiệm vụ của mình, tham gia phối hợp triển khai thực hiện Kế hoạch này.
"""


@pytest.mark.parametrize(("head", "leads"), [
    # an addressing heading that wraps inside a unit's name goes on to the units on its next line
    # (dev-13 V.3 style: "3. Đề nghị Ủy ban Mặt trận … Hội Liên hiệp⏎Phụ nữ Thành phố và các tổ chức …")
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp\nPhụ nữ tỉnh và các tổ chức thành viên của Mặt trận",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Các tổ chức thành viên của Mặt trận"]),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh và các tổ chức thành viên của Mặt trận",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Các tổ chức thành viên của Mặt trận"]),
    ("Giao Ủy ban nhân dân các xã, phường, Ban Chỉ huy Quân sự\ntỉnh và Công an tỉnh phối hợp triển khai",
     ["Ủy ban nhân dân các xã, phường", "Ban Chỉ huy Quân sự tỉnh", "Công an tỉnh"]),
    # near miss: a line break between names ends the addressing clause; the subject after it
    # only carries part of the addressed unit's work
    ("Đề nghị Hội Liên hiệp Phụ nữ tỉnh tham gia thực hiện Kế hoạch\nSở Y tế hướng dẫn các cơ sở y tế thực hiện",
     ["Hội Liên hiệp Phụ nữ tỉnh"]),
])
def test_an_addressing_heading_leads_through_a_wrap_inside_a_name(head: str, leads: list[str]) -> None:
    (task,) = [t for t in extract_text(PLAN.format(head=head)).tasks if t.section == "IV.2"]
    assert task.lead == leads


ITEM = """KẾ HOẠCH
Tích hợp dữ liệu quy hoạch năm 2026
IV. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính
Chủ trì theo dõi, tổng hợp việc thực hiện Kế hoạch.
2. {head}
{body}
"""


@pytest.mark.parametrize(("head", "body", "lead", "support"), [
    # a heading naming two units whose body makes one the partner of the other (dev-22 IV.2 style)
    ("Sở Khoa học và Công nghệ, Sở Nội vụ",
     "Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ và các đơn vị có liên quan tổ chức đào tạo, tập huấn.",
     ["Sở Khoa học và Công nghệ"], ["Sở Nội vụ", "Các đơn vị có liên quan"]),
    ("Sở Y tế, Sở Giáo dục và Đào tạo",
     "Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức khám sức khỏe cho học sinh.",
     ["Sở Y tế"], ["Sở Giáo dục và Đào tạo"]),
    # near misses: two leads with a third partner stay two leads; one lead stays itself
    ("Sở Y tế, Sở Nội vụ",
     "Sở Y tế, Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tổ chức tập huấn cho cán bộ.",
     ["Sở Y tế", "Sở Nội vụ"], ["Sở Tài chính"]),
    ("Sở Y tế", "Sở Y tế chủ trì, phối hợp với Sở Nội vụ tổ chức tập huấn cho cán bộ.",
     ["Sở Y tế"], ["Sở Nội vụ"]),
])
def test_a_named_partner_of_another_lead_only_supports(head: str, body: str, lead: list[str], support: list[str]) -> None:
    (task,) = [t for t in extract_text(ITEM.format(head=head, body=body)).tasks if t.section == "IV.2"]
    assert (task.lead, task.support) == (lead, support)


ACTIVITY = """KẾ HOẠCH
Tổ chức Tháng hành động vì bình đẳng giới năm 2026
III. NỘI DUNG HOẠT ĐỘNG
1. Hoạt động truyền thông
a) Hoạt động 3
- Nội dung: Tuyên truyền, giáo dục về phòng ngừa, ứng phó bạo lực trên cơ sở giới.
{performers}
"""


@pytest.mark.parametrize(("performers", "tasks"), [
    # a performer label whose bullets name who does the item (dev-13 III.1.c style): one task, theirs
    (("- Cơ quan thực hiện:\n+ Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở, ban, ngành thực hiện.\n"
      "+ Sở Xây dựng đăng tải thông điệp truyền thông trên bảng quang báo giao thông."),
     [("Hoạt động 3", ["Sở Văn hóa và Thể thao", "Sở Xây dựng"])]),
    (("- Đơn vị thực hiện:\n+ Sở Y tế chủ trì tổ chức truyền thông tại các cơ sở y tế.\n"
      "+ Sở Giáo dục và Đào tạo tổ chức truyền thông trong trường học."),
     [("Hoạt động 3", ["Sở Y tế", "Sở Giáo dục và Đào tạo"])]),
    # near miss: the label names the performer on its own line, as before
    ("- Cơ quan thực hiện: Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở, ban, ngành.",
     [("Hoạt động 3", ["Sở Văn hóa và Thể thao"])]),
])
def test_a_performer_labels_bullets_are_the_items_leads(performers: str, tasks: list[tuple[str, list[str]]]) -> None:
    got = [(t.title, t.lead) for t in extract_text(ACTIVITY.format(performers=performers)).tasks if t.section == "III.1.a"]
    assert got == tasks
