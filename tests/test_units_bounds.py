"""Where a unit's name ends: real sentences (held-out and dev documents of the corpus, and near
misses built on them) -> the names of every mention found, in order. Expected values were
written by reading the sentences, not by running the extractor."""

from __future__ import annotations

import pytest

from extractor.units import find_mentions, unit_mentions

BOUNDS: list[tuple[str, list[str]]] = [
    # --- a name's tail does not swallow the verb or report noun after it
    ("tổng hợp, chủ trì, phối hợp với Sở Tài chính, báo cáo UBND Thành phố bổ sung kinh phí theo quy định.",
     ["Sở Tài chính", "UBND Thành phố"]),
    ("kiểm tra, giám sát, tổng hợp, báo cáo UBND tỉnh, Bộ Khoa học và Công nghệ tình hình thực hiện Kế hoạch (định kỳ hằng năm).",
     ["UBND tỉnh", "Bộ Khoa học và Công nghệ"]),
    ("- Phối hợp với Sở Khoa học và Công nghệ xây dựng và trình Ủy ban nhân dân Thành phố phê duyệt Kế hoạch sao lưu",
     ["Sở Khoa học và Công nghệ", "Ủy ban nhân dân Thành phố"]),
    ("Ban Thường trực Ủy ban MTTQ xã chủ trì xác minh hoặc phối hợp với các tổ chức thành viên xác minh.",
     ["Ban Thường trực Ủy ban MTTQ xã", "các tổ chức thành viên"]),
    ("g) Chủ trì, phối hợp với các cơ quan, đơn vị, địa phương kiểm soát tiêu chí đầu vào của các chương trình",
     ["các cơ quan, đơn vị, địa phương"]),
    # near misses: lower-case words that do belong to the name
    ("Trung tâm Kiểm soát bệnh tật tỉnh chủ trì giám sát dịch bệnh.", ["Trung tâm Kiểm soát bệnh tật tỉnh"]),
    ("Căn cứ Thông tư số 06/2022/TT-BTTTT ngày 30 tháng 6 năm 2022 của Bộ trưởng Bộ Thông tin và Truyền thông hướng dẫn thực hiện Dự án",
     ["Bộ Thông tin và Truyền thông"]),
    ("Trung tâm Công nghệ thông tin và Truyền thông tỉnh chủ trì vận hành hệ thống.",
     ["Trung tâm Công nghệ thông tin và Truyền thông tỉnh"]),
    ("Sở Nội vụ trình Ủy ban nhân dân tỉnh thông qua danh sách.", ["Sở Nội vụ", "Ủy ban nhân dân tỉnh"]),
    ("- Phối hợp với các cơ quan truyền thông trên địa bàn tỉnh tăng cường tuyên truyền.",
     ["các cơ quan truyền thông trên địa bàn tỉnh"]),
    # --- a capitalised verb or document type after a name is no nested head
    ("Tham mưu UBND Thành phố Báo cáo Bộ Tài chính tình hình thực hiện Đề án.",
     ["UBND Thành phố", "Bộ Tài chính"]),
    ("Căn cứ Nghị quyết số 03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ Ban hành chương trình hành động của Chính phủ",
     ["Chính phủ", "Chính phủ"]),
    # near misses: a genuine nested head
    ("Đảng ủy Sở Y tế chủ trì.", ["Đảng ủy Sở Y tế"]),
    ("Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh.",
     ["Ban Tổ chức Tỉnh ủy", "Văn phòng Ủy ban nhân dân tỉnh"]),
    # --- table cells run together on one line: a head after a level, or "Các", starts a new unit
    ("Các sở, ngành, UBND xã, phường, đặc khu Sở Tài chính",
     ["Các sở, ngành", "UBND xã, phường, đặc khu", "Sở Tài chính"]),
    ("Sở Tài chính Các sở, ngành, UBND xã, phường, đặc khu",
     ["Sở Tài chính", "Các sở, ngành", "UBND xã, phường, đặc khu"]),
    ("Ủy ban nhân dân tỉnh Sở Nội vụ", ["Ủy ban nhân dân tỉnh", "Sở Nội vụ"]),
    # a plural level list in either order, with the special zones ("đặc khu") of the 2025 reform
    ("Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Ủy ban nhân dân các phường, xã, đặc khu:",
     ["Sở Giáo dục và Đào tạo", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các phường, xã, đặc khu"]),
    # near misses: a place name after the level, an owner after a sub-unit
    ("- Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh (Chủ trì hội nghị).",
     ["Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh"]),
    ("Phòng Kinh tế Ủy ban nhân dân xã chủ trì.", ["Phòng Kinh tế Ủy ban nhân dân xã"]),
    # … and place names that begin with a head word
    ("Ủy ban nhân dân thành phố Hội An chủ trì, phối hợp với Ủy ban nhân dân đặc khu Trường Sa.",
     ["Ủy ban nhân dân thành phố Hội An", "Ủy ban nhân dân đặc khu Trường Sa"]),
    ("Đảng ủy xã Đoàn Kết lãnh đạo, chỉ đạo thực hiện.", ["Đảng ủy xã Đoàn Kết"]),
    ("Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn tỉnh chủ trì.",
     ["Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn tỉnh"]),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Nai chỉ đạo hệ thống tổ chức đoàn cơ sở",
     ["Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Nai"]),
    # --- a name that is another mention's name plus lower-case words ran on into the sentence
    ("- Sở Tài chính chủ trì, phối hợp với Bộ Tài chính. Thực hiện theo Thông tư số 55/2023/TT-BTC ngày 15/8/2023 của Bộ Tài chính quy định quản lý, sử dụng kinh phí",
     ["Sở Tài chính", "Bộ Tài chính", "Bộ Tài chính"]),
    ("các cơ quan trực thuộc Mặt trận Tổ quốc Việt Nam; tài liệu của Mặt trận Tổ quốc Việt Nam thuộc nguồn nộp lưu",
     ["các cơ quan trực thuộc Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc Việt Nam"]),
    # near misses: the longer name alone, an administrative tail, the lower half of a head
    # "quy định" is a verb, no part of the name (a stop syllable pair, like "thông qua")
    ("Thực hiện theo Thông tư của Bộ Tài chính quy định quản lý", ["Bộ Tài chính"]),
    ("Ban Bí thư Trung ương Đảng quy định như sau:", ["Ban Bí thư Trung ương Đảng"]),
    ("Ủy ban nhân dân chỉ đạo; Ủy ban nhân dân tỉnh chủ trì.", ["Ủy ban nhân dân", "Ủy ban nhân dân tỉnh"]),
    ("Ban Thường vụ Đảng ủy chủ trì; Ban Thường vụ Đảng chỉ đạo.", ["Ban Thường vụ Đảng ủy", "Ban Thường vụ Đảng"]),
    # --- a head governing a plural name: "các" and a capitalised noun (dev-02, dev-15, dev-23)
    ("7. Ban Quản lý các Khu chế xuất và công nghiệp Thành phố chủ trì, phối hợp với các sở, ban, ngành",
     ["Ban Quản lý các Khu chế xuất và công nghiệp Thành phố", "các sở, ban, ngành"]),
    ("thông minh hóa lĩnh vực hạ tầng khu công nghiệp, khu kinh tế Ban Quản lý các Khu công nghiệp, khu kinh tế Các sở, ban, ngành; UBND các phường, xã",
     ["Ban Quản lý các Khu công nghiệp, khu kinh tế", "Các sở, ban, ngành", "UBND các phường, xã"]),
    ("- Báo cáo Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố, Sở Nông nghiệp và Môi trường về kết quả giám sát",
     ["Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố", "Sở Nông nghiệp và Môi trường"]),
    # near misses: "các" + a capitalised head with no name of its own, or a verb after the noun
    ("Giám đốc các Sở, Thủ trưởng các cơ quan, đơn vị thực hiện.", ["Giám đốc các Sở", "Thủ trưởng các cơ quan, đơn vị"]),
    ("Giám đốc các Sở tham mưu Ủy ban nhân dân tỉnh.", ["Giám đốc các Sở", "Ủy ban nhân dân tỉnh"]),
    ("Sở Y tế các tỉnh thực hiện.", ["Sở Y tế"]),
    # --- the leaders of groups named by lower-case group nouns, no determiner (seeds 000, 001)
    ("- Đăng ký và triển khai mô hình tiêu biểu: Cấp ủy chi bộ lãnh đạo, phối hợp với lãnh đạo đơn vị lựa chọn ít nhất một mô hình tiêu biểu",
     ["Cấp ủy chi bộ", "lãnh đạo đơn vị"]),
    ("- Cấp ủy cơ sở phối hợp với Ban lãnh đạo cơ quan, đơn vị, doanh nghiệp tiếp tục rà soát, bổ sung",
     ["Cấp ủy cơ sở", "Ban lãnh đạo cơ quan, đơn vị, doanh nghiệp"]),
    ("- Cấp ủy phối hợp với Thủ trưởng cơ quan, đơn vị, lãnh đạo doanh nghiệp tổ chức các phong trào thi đua yêu nước",
     ["Thủ trưởng cơ quan, đơn vị, lãnh đạo doanh nghiệp"]),
    # near misses: "lãnh đạo" as a verb before a determiner, leaders of determined groups stay apart (dev-22)
    ("Chi bộ lãnh đạo các đoàn thể thực hiện.", ["Chi bộ", "các đoàn thể"]),
    ("Điều 3. Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc các Sở, Thủ trưởng các cơ quan, đơn vị trực thuộc Ủy ban nhân dân Thành phố",
     # (the owner of the leaders' group is part of it, as of a group: dev-22 gold)
     ["Chánh Văn phòng Ủy ban nhân dân Thành phố", "Giám đốc các Sở",
      "Thủ trưởng các cơ quan, đơn vị trực thuộc Ủy ban nhân dân Thành phố"]),
    ("Giám đốc Sở Tài chính chủ trì.", ["Giám đốc Sở Tài chính"]),
    # --- lower-case words before the level that closes a name belong to it, stop syllables included
    # (dev-22); a subject after "về" names a head with no name of its own (dev-07)
    ("5. Các sở ngành liên quan, Viện Nghiên cứu phát triển Thành phố\n- Phối hợp với các sở, ngành",
     ["Các sở ngành liên quan", "Viện Nghiên cứu phát triển Thành phố", "các sở, ngành"]),
    ("Trung tâm Phát triển quỹ đất tỉnh chủ trì thực hiện.", ["Trung tâm Phát triển quỹ đất tỉnh"]),
    ("tổng hợp báo cáo Ủy ban nhân dân Tỉnh và Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Đồng Tháp. Trong quá trình",
     ["Ủy ban nhân dân Tỉnh",
      "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Đồng Tháp"]),
    ("ban hành Chương trình công tác của Ban Chỉ đạo tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Đồng Tháp từ nay đến",
     ["Ban Chỉ đạo tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Đồng Tháp"]),
    # near misses: a verb or a function word before the level; what a report is about
    ("Sở Nội vụ hướng dẫn các xã thực hiện.", ["Sở Nội vụ", "các xã"]),
    ("Sở Tài chính tham mưu thành phố bố trí kinh phí.", ["Sở Tài chính"]),
    ("báo cáo Ban Chỉ đạo tỉnh về kết quả thực hiện tại các xã", ["Ban Chỉ đạo tỉnh", "các xã"]),
    ("báo cáo Cục Thống kê về số liệu dân số tỉnh", ["Cục Thống kê"]),
    # --- a group's modifiers: a place after them, a verb-holding noun, "Trung ương", a title-cased
    # noun (dev-09, dev-11, dev-15, dev-19)
    ("phối hợp với các cơ quan, đơn vị, tổ chức khoa học trong và ngoài nước để tiến hành điều tra",
     ["các cơ quan, đơn vị, tổ chức khoa học trong và ngoài nước"]),
    ("nhắc nhở, đôn đốc các doanh nghiệp chậm chuyển đổi số\nSở Khoa học và Công nghệ",
     ["các doanh nghiệp chậm chuyển đổi số", "Sở Khoa học và Công nghệ"]),
    ("đề nghị các đơn vị trực thuộc Trung ương thực hiện nghiêm túc", ["các đơn vị trực thuộc Trung ương"]),
    ("theo dõi, kiểm tra, đôn đốc các Doanh nghiệp Viễn thông tổ chức triển khai thực hiện",
     ["các Doanh nghiệp Viễn thông"]),
    ("Mở chuyên ngành đào tạo về chuyển đổi số\nCác Trường Đại học, Cao đẳng trên địa bàn tỉnh\nCác sở, ban, ngành",
     ["Các Trường Đại học, Cao đẳng trên địa bàn tỉnh", "Các sở, ban, ngành"]),
    # near misses: the verb after a group ends it, a verb-holding noun may too; "của" before another
    # group ends it; a head after "các" is a named unit
    ("các doanh nghiệp tham gia thực hiện Chương trình hỗ trợ", ["các doanh nghiệp"]),
    ("chỉ đạo các đơn vị triển khai thực hiện kế hoạch", ["các đơn vị"]),
    ("Chương trình hỗ trợ doanh nghiệp nhỏ và vừa, các hợp tác xã, tổ hợp tác chuyển đổi số; Chương trình Make in Viet Nam",
     ["các hợp tác xã, tổ hợp tác"]),
    ("sự phối hợp của các cơ quan của các sở, ngành", ["các cơ quan", "các sở, ngành"]),
    ("phối hợp với các Bộ Công an, Bộ Quốc phòng", ["Bộ Công an", "Bộ Quốc phòng"]),
    # --- "các đồng chí" before a list of titles: one group of people (seed 001)
    ("1. Các đồng chí Ủy viên Ban Thường vụ Đảng ủy Khối, Ủy viên Ban Chấp hành Đảng bộ Khối tiếp tục nêu cao vai trò, trách nhiệm",
     ["Các đồng chí Ủy viên Ban Thường vụ Đảng ủy Khối, Ủy viên Ban Chấp hành Đảng bộ Khối"]),
    # near misses: one comrade named by a title stays a person; a list after a title ends the group
    ("- Phân công đồng chí Phó Chủ tịch Thường trực trực tiếp phụ trách công tác tiếp dân", ["Phó Chủ tịch Thường trực"]),
    ("trước hết là các đồng chí Ủy viên Ban Chấp hành Đảng bộ Khối, Sở Nội vụ chủ trì",
     ["các đồng chí Ủy viên Ban Chấp hành Đảng bộ Khối", "Sở Nội vụ"]),
]


# (sentence, [(name, printed span), ...]): a level after the last of a list of bare bodies (head
# words only, ending in a body every level has) belongs to each of them; the span stays the body
# as printed. Held-out sentences (dev-16, dev-17, dev-18) and near misses built on them.
SHARED_LEVELS: list[tuple[str, list[tuple[str, str]]]] = [
    ("- Thành phần: Ban Thường trực Ủy ban MTTQ xã; Thường trực HĐND, UBND xã; Ủy ban Bầu cử xã.",
     [("Ban Thường trực Ủy ban MTTQ xã", "Ban Thường trực Ủy ban MTTQ xã"),
      ("Thường trực HĐND xã", "Thường trực HĐND"), ("UBND xã", "UBND xã"), ("Ủy ban Bầu cử xã", "Ủy ban Bầu cử xã")]),
    ("3. Đề nghị Thường trực HĐND, UBND, Ủy ban Kiểm tra Đảng ủy xã thường xuyên phối hợp, trao đổi thông tin",
     [("Thường trực HĐND xã", "Thường trực HĐND"), ("UBND xã", "UBND"),
      ("Ủy ban Kiểm tra Đảng ủy xã", "Ủy ban Kiểm tra Đảng ủy xã")]),
    ("gửi Biên bản đến Thường trực HĐND, UBND, Ủy ban MTTQ tỉnh và Thường trực HĐND, Ủy ban Bầu cử xã chậm nhất ngày 04/02/2026",
     [("Thường trực HĐND tỉnh", "Thường trực HĐND"), ("UBND tỉnh", "UBND"), ("Ủy ban MTTQ tỉnh", "Ủy ban MTTQ tỉnh"),
      ("Thường trực HĐND", "Thường trực HĐND"), ("Ủy ban Bầu cử xã", "Ủy ban Bầu cử xã")]),  # "Bầu cử": a named body
    ("Ban Thường vụ Đảng ủy, HĐND, UBND tỉnh lãnh đạo, chỉ đạo thực hiện.",
     [("Ban Thường vụ Đảng ủy tỉnh", "Ban Thường vụ Đảng ủy"), ("HĐND tỉnh", "HĐND"), ("UBND tỉnh", "UBND tỉnh")]),
    ("Thường trực HĐND và UBND xã Lương Minh chỉ đạo.",
     [("Thường trực HĐND xã Lương Minh", "Thường trực HĐND"), ("UBND xã Lương Minh", "UBND xã Lương Minh")]),
    # near misses: a named body, a head holding its own level, a person, a last name that is not bare
    ("Sở Tài chính, UBND các xã thực hiện.", [("Sở Tài chính", "Sở Tài chính"), ("UBND các xã", "UBND các xã")]),
    ("Sở Tài chính, UBND tỉnh Đồng Nai chỉ đạo.", [("Sở Tài chính", "Sở Tài chính"), ("UBND tỉnh Đồng Nai", "UBND tỉnh Đồng Nai")]),
    ("Ban Thường vụ Tỉnh ủy, UBND tỉnh chỉ đạo.", [("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"), ("UBND tỉnh", "UBND tỉnh")]),
    ("Chủ tịch UBND, HĐND xã chỉ đạo.", [("Chủ tịch UBND", "Chủ tịch UBND"), ("HĐND xã", "HĐND xã")]),
    ("Đề nghị Văn phòng Đảng ủy, Văn phòng HĐND&UBND xã phối hợp Cơ quan Ủy ban MTTQ Việt Nam xã",
     [("Văn phòng Đảng ủy", "Văn phòng Đảng ủy"), ("Văn phòng HĐND&UBND xã", "Văn phòng HĐND&UBND xã"),
      ("Ủy ban MTTQ Việt Nam xã", "Ủy ban MTTQ Việt Nam xã")]),
]


@pytest.mark.parametrize(("sentence", "expected"), SHARED_LEVELS, ids=[s[:50] for s, _ in SHARED_LEVELS])
def test_shared_levels(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.name, sentence[m.start : m.end]) for m in find_mentions(sentence)] == expected


@pytest.mark.parametrize(("sentence", "names"), BOUNDS, ids=[s[:50] for s, _ in BOUNDS])
def test_name_bounds(sentence: str, names: list[str]) -> None:
    assert [m.name for m in find_mentions(sentence)] == names


# (sentence, [(name, role), ...]): a numbered item opening with "Khuyến khích" addresses the units
# after it as subjects; the same word inside a sentence or a bullet is a policy, no assignment.
INTRO: list[tuple[str, list[tuple[str, str]]]] = [
    ("người dân sử dụng các dịch vụ trên môi trường số.\n17. Khuyến khích Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã xây dựng kế hoạch hành động và chỉ đạo hệ thống tổ chức thành viên",
     [("Liên đoàn Lao động tỉnh", "lead"), ("Hội Nông dân tỉnh", "lead"), ("Liên minh Hợp tác xã", "lead")]),
    ("18. Khuyến khích Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai và các tổ chức chính trị - xã hội phát huy vai trò trong tuyên truyền, vận động, giám sát thực hiện Kế hoạch.",
     [("Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai", "lead"), ("các tổ chức chính trị - xã hội", "lead")]),
    # near misses: a policy of encouragement, not an item addressed to anyone
    ("- Khuyến khích các doanh nghiệp đầu tư, ứng dụng công nghệ số", [("các doanh nghiệp", "mentioned")]),
    ("xây dựng các nền tảng số; khuyến khích các doanh nghiệp thành viên tham gia kết nối, chia sẻ",
     [("các doanh nghiệp thành viên", "mentioned")]),
    # the intro words already known keep working
    ("2. Đề nghị các doanh nghiệp viễn thông bảo đảm thông tin liên lạc", [("các doanh nghiệp viễn thông", "lead")]),
]


@pytest.mark.parametrize(("sentence", "expected"), INTRO, ids=[s[:50] for s, _ in INTRO])
def test_item_intro(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(u.name, u.role) for u in unit_mentions(sentence, [])] == expected


# A task table's unit columns: a group is named by its whole list item there (a cell gives no
# instruction, so a verb after the group is part of its name); in the content column a verb still
# ends it. (dev-15's appendix, near misses built on it.) (name, role) of every mention.
TABLE = """| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Các doanh nghiệp tham gia thực hiện phủ sóng | Sở Khoa học và Công nghệ | Các sở, ban, ngành; Các doanh nghiệp cung cấp dịch vụ bưu chính | 2026 - 2030 |
| 2 | Triển khai kế hoạch phát triển dữ liệu | Các cơ quan quản lý các lĩnh vực trọng điểm | Các sở, ban, ngành và UBND các xã, phường | 2026 - 2030 |
"""


def test_table_cell_groups() -> None:
    assert [(u.name, u.role) for u in unit_mentions(TABLE, [])] == [
        ("Các doanh nghiệp", "mentioned"),
        ("Sở Khoa học và Công nghệ", "lead"),
        ("Các sở, ban, ngành", "support"),
        ("Các doanh nghiệp cung cấp dịch vụ bưu chính", "support"),
        ("Các cơ quan quản lý các lĩnh vực trọng điểm", "lead"),
        ("Các sở, ban, ngành", "support"),
        ("UBND các xã, phường", "support"),
    ]
