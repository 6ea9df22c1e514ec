"""Units named by a heading line of the organisation part (extractor/units_headings.py): a table of
real items (from corpus/documents, shortened) -> the unit the heading names, its kind, and the lead
of the item's task; and near misses whose heading is a goal, a topic, a sentence, or sits in a
content part. Expected values were written by reading the items, not by running the extractor."""

from __future__ import annotations

import pytest

from extractor import extract_text

# (document, item path, the unit its heading names or None, kind, the item task's lead)
HEADINGS: list[tuple[str, str, str | None, str | None, list[str] | None]] = [
    # dev-04 "IV. PHÂN CÔNG NHIỆM VỤ": the last items name groups no head word of ours opens;
    # "14. Doanh nghiệp, cộng đồng, tổ chức, cá nhân:" runs on after its colon
    (("IV. PHÂN CÔNG NHIỆM VỤ\n1. Sở Công Thương:\n- Chủ trì điều phối toàn bộ nguồn hàng hỗ trợ từ "
      "nguồn ngân sách nhà nước.\n2. Sở Y tế:\n- Bố trí các đội y tế lưu động tổ chức cấp phát thuốc thiết "
      "yếu.\n3. Doanh nghiệp, cộng đồng, tổ chức, cá nhân: Quan tâm, đăng ký hỗ trợ nhu yếu phẩm cho nhân "
      "dân bị ảnh hưởng mưa lũ trên địa bàn tỉnh.\n"),
     "IV.3", "Doanh nghiệp, cộng đồng, tổ chức, cá nhân", "group", ["Doanh nghiệp, cộng đồng, tổ chức, cá nhân"]),
    # dev-11 "IV. TỔ CHỨC THỰC HIỆN": the heading line is the unit, its bullets its instructions
    (("IV. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ\n- Theo dõi, đôn đốc các doanh nghiệp viễn "
      "thông triển khai phát triển hạ tầng viễn thông.\n2. Ban Quản lý Khu kinh tế Đông Nam\n- Đề xuất "
      "những khu công nghiệp có mật độ doanh nghiệp cao.\n3. Các chủ đầu tư xây dựng và kinh doanh hạ "
      "tầng Khu công nghiệp\n- Phối hợp chặt chẽ với Ban Quản lý Khu kinh tế Đông Nam trong quá trình "
      "khảo sát, triển khai hạ tầng.\n"),
     "IV.3", "Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp", "group",
     ["Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp"]),
    # dev-16 "III. TỔ CHỨC THỰC HIỆN": posts held by one person ("… phụ trách …"); a bare "Văn phòng"
    # inside the heading is the field of the post, not a unit of its own
    (("III. TỔ CHỨC THỰC HIỆN\n1. Ban Thường trực Ủy ban MTTQ Việt Nam xã\n- Xây dựng kế hoạch, hướng "
      "dẫn tổ chức hội nghị.\n2. Các tổ chức thành viên của MTTQ xã\n- Cử đại diện lãnh đạo tham dự đầy "
      "đủ các hội nghị hiệp thương.\n3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội\n- Chuẩn "
      "bị các điều kiện về cơ sở vật chất, tài liệu.\n4. Chuyên viên phụ trách lĩnh vực Hành chính, Văn "
      "phòng\n- Bảo đảm thông tin liên lạc thông suốt, kịp thời trong công tác bầu cử.\n"),
     "III.4", "Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng", "person",
     ["Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng"]),
    (("III. TỔ CHỨC THỰC HIỆN\n1. Ban Thường trực Ủy ban MTTQ Việt Nam xã\n- Xây dựng kế hoạch, hướng "
      "dẫn tổ chức hội nghị.\n2. Các tổ chức thành viên của MTTQ xã\n- Cử đại diện lãnh đạo tham dự đầy "
      "đủ các hội nghị hiệp thương.\n3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội\n- Chuẩn "
      "bị các điều kiện về cơ sở vật chất, tài liệu.\n"),
     "III.3", "Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội", "person",
     ["Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội"]),
    # dev-18 "V. TỔ CHỨC THỰC HIỆN": the staff of an office, the office named inside the heading
    (("V. TỔ CHỨC THỰC HIỆN\n1. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã\n- Xây dựng và ban "
      "hành kế hoạch triển khai thực hiện công tác hiệp thương.\n2. Chuyên viên Cơ quan Ủy ban Mặt trận Tổ "
      "quốc xã\n- Thực hiện công tác thư ký hội nghị, ghi biên bản trung thực, chính xác diễn biến hội nghị.\n"),
     "V.2", "Chuyên viên Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam xã", "group",
     ["Chuyên viên Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam xã"]),
    # a list of "Trách nhiệm của …" (dev-16 II.5's "Tổ kiểm phiếu" as the item's unit)
    (("V. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ\n1. Ủy ban nhân dân xã\n- Bố trí địa điểm tổ chức hội "
      "nghị cử tri.\n2. Tổ kiểm phiếu\n- Kiểm đếm và công bố kết quả biểu quyết đối với từng người được "
      "giới thiệu ứng cử.\n"),
     "V.2", "Tổ kiểm phiếu", "group", ["Tổ kiểm phiếu"]),
    # --- near misses
    # a goal among units: a verb opens it; the item takes the part's lead, no unit from its heading
    (("IV. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\n- Chủ trì tổ chức đào tạo, bồi dưỡng.\n2. Sở Tài chính\n- "
      "Bố trí kinh phí thực hiện.\n3. Nâng cao chất lượng nguồn nhân lực\n- Tổ chức các lớp bồi dưỡng "
      "kỹ năng số cho cán bộ, công chức.\n"),
     "IV.3", None, None, None),
    # a topic of the organisation part among units ("Chế độ báo cáo"): its unit is in its text
    (("V. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\n- Chủ trì tổ chức đào tạo, bồi dưỡng.\n2. Sở Tài chính\n- Bố "
      "trí kinh phí thực hiện.\n3. Chế độ báo cáo\n- Định kỳ 6 tháng, báo cáo kết quả thực hiện về "
      "Sở Nội vụ để tổng hợp.\n"),
     "V.3", None, None, None),
    # a topic whose bullets name their own leads (dev-22 "Phụ lục" style): the bullets are the tasks
    (("V. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\n- Chủ trì tổ chức đào tạo, bồi dưỡng.\n2. Sở Tài chính\n- Bố "
      "trí kinh phí thực hiện.\n3. Hạ tầng số\n- Sở Khoa học và Công nghệ chủ trì phát triển hạ tầng "
      "viễn thông phủ sóng 5G trong năm 2026.\n- Các doanh nghiệp viễn thông chủ động đầu tư trạm BTS "
      "trong năm 2026.\n"),
     "V.3", None, None, None),
    # a content part (dev-09 "III. NHIỆM VỤ VÀ GIẢI PHÁP" / "8. Khoa học, công nghệ và hợp tác quốc
    # tế"): a field of work, though a sibling names a unit
    (("III. NHIỆM VỤ VÀ GIẢI PHÁP\n7. Sở Nông nghiệp và Môi trường\n- Tăng cường quản lý khai thác thủy "
      "sản.\n8. Khoa học, công nghệ và hợp tác quốc tế\n- Tăng cường ứng dụng khoa học, công nghệ mới "
      "trong khai thác, nuôi trồng.\n"),
     "III.8", None, None, None),
    # a run-on sentence (dev-15 "20. Các doanh nghiệp nhà nước, Tổng Công ty tiên phong, dẫn dắt …",
    # here with dev-11's investors): where the unit ends is not read from the item's place
    (("VI. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ\n- Chủ trì tổ chức triển khai Kế hoạch.\n"
      "2. Sở Tài chính\n- Bố trí kinh phí.\n3. Các chủ đầu tư hạ tầng Khu công nghiệp tiên phong, dẫn "
      "dắt.\n"),
     "VI.3", None, None, None),
    # a list of units whose first is printed unlike its head word (dev-22 "3. Công An Thành phố, Bộ Tư
    # lệnh Thành phố"): not one unit
    (("IV. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính\n- Chủ trì xây dựng Kế hoạch.\n2. Sở Nội vụ\n- Phối hợp "
      "đào tạo.\n3. Công An Thành phố, Bộ Tư lệnh Thành phố\n- Định kỳ kiểm tra, đánh giá an toàn hệ thống, "
      "xử lý sự cố đường truyền tín hiệu kết nối.\n"),
     "IV.3", None, None, None),
    # a clause ending in a colon under a "Trách nhiệm …" article (dev-19): no name
    (("II. TRÁCH NHIỆM TIÊU HỦY TÀI LIỆU\n1. Văn phòng Tỉnh ủy\n- Thẩm định danh mục tài liệu hết giá trị.\n"
      "2. Tài liệu lưu trữ chứa bí mật nhà nước được hủy trong các trường hợp sau:\n- Tài liệu hết "
      "thời hạn bảo quản.\n"),
     "II.2", None, None, None),
]


@pytest.mark.parametrize(("text", "path", "unit", "kind", "lead"), HEADINGS, ids=[f"{h[1]}-{h[2]}" for h in HEADINGS])
def test_heading_names_the_unit(text: str, path: str, unit: str | None, kind: str | None, lead: list[str] | None) -> None:
    record = extract_text(text)
    heading = next(s.heading for s in record.sections if s.path == path)
    from_heading = [u for u in record.units if u.name == heading]
    if unit is None:
        assert from_heading == []
        assert all(t.lead != [heading] for t in record.tasks)
        return
    assert [(u.canonical, u.kind, u.role) for u in from_heading] == [(unit, kind, "lead")]
    assert [t.lead for t in record.tasks if t.section == path and t.title == heading] == [lead]


def test_the_heading_unit_replaces_the_units_inside_it() -> None:
    # dev-18: "Ủy ban Mặt trận Tổ quốc xã" inside "Chuyên viên Cơ quan …" is part of the name
    text = HEADINGS[4][0]
    record = extract_text(text)
    heading_start = text.index("Chuyên viên Cơ quan")
    inside = [u.name for u in record.units if heading_start <= u.start < heading_start + 46]
    assert inside == ["Chuyên viên Cơ quan Ủy ban Mặt trận Tổ quốc xã"]


def test_no_heading_unit_outside_the_organisation_part() -> None:
    # the same items under "II. NHIỆM VỤ": a heading there is a field of work however its siblings read
    text = HEADINGS[1][0].replace("IV. TỔ CHỨC THỰC HIỆN", "II. NHIỆM VỤ")
    assert all(not u.name.startswith("Các chủ đầu tư") for u in extract_text(text).units)


def test_a_lone_heading_has_no_siblings_to_read() -> None:
    # "3. Cán bộ phụ trách …" after items that are no units: nothing says the heading is one
    text = ("III. TỔ CHỨC THỰC HIỆN\n1. Chuẩn bị hội nghị\n- In ấn tài liệu.\n2. Tổ chức hội nghị\n- Bố trí "
            "hội trường.\n3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội\n- Chuẩn bị các điều "
            "kiện về cơ sở vật chất, tài liệu.\n")
    assert all(not u.name.startswith("Cán bộ phụ trách") for u in extract_text(text).units)
