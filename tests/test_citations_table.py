"""Table-driven citation tests: real strings from corpus/documents (and the spec), expected values
written by reading them. Each row: text -> [(id, text)] in order, plus fields of the first mention."""

from __future__ import annotations

import pytest

from extractor.citations import extract_citations
from extractor.citations.issuers import canonical_issuer, expand_abbreviations
from extractor.citations.patterns import type_info
from extractor.models import DocumentMeta

C = tuple[str, str]

POSITIVE: list[tuple[str, list[C], dict[str, object]]] = [
    # --- a day the calendar lacks (a typing slip): no date, but the issuer after it is still read ---
    ("Nghị định số 15/2025/NĐ-CP ngày 31/02/2025 của Chính phủ về phát triển",
     [("15/2025/NĐ-CP", "Nghị định số 15/2025/NĐ-CP")], {"issued_date": None, "issuer": "Chính phủ"}),
    ("Quyết định số 12/QĐ-UBND ngày 29/02/2023 của UBND tỉnh", [("12/QĐ-UBND", "Quyết định số 12/QĐ-UBND")],
     {"issued_date": None, "issuer": "UBND tỉnh"}),
    ("Quyết định số 12/QĐ-UBND ngày 29/02/2024 của UBND tỉnh", [("12/QĐ-UBND", "Quyết định số 12/QĐ-UBND")],
     {"issued_date": "2024-02-29", "issuer": "UBND tỉnh"}),
    # --- steering committees named by their remit (dev-07, dev-11, dev-20) ---
    (("Quyết định số 03-QĐ/BCĐ ngày 13/8/2025 của Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo"
     " và chuyển đổi số tỉnh ban hành Chương trình công tác"),
     [("03-QĐ/BCĐ", "Quyết định số 03-QĐ/BCĐ")],
     {"issuer": "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh"}),
    (("Kế hoạch số 01-KH/BCĐ ngày 28/06/2025 của Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo,"
     " chuyển đổi số, cải cách hành chính và đề án 06 về Kế hoạch hành động"),
     [("01-KH/BCĐ", "Kế hoạch số 01-KH/BCĐ")],
     {"issuer": "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính"
                " và đề án 06", "title": "về Kế hoạch hành động"}),
    (("Quyết định số 05-QĐ/BCĐTW, ngày 27/8/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ,"
     " đổi mới sáng tạo và chuyển đổi số về Mô hình liên thông số"),
     [("05-QĐ/BCĐTW", "Quyết định số 05-QĐ/BCĐTW")],
     {"issuer": "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
      "title": "về Mô hình liên thông số"}),
    # near misses: a committee of a place; a committee named by a capitalised name stops as any issuer
    ("Kế hoạch số 12-KH/BCĐ ngày 02/3/2025 của Ban Chỉ đạo tỉnh Đồng Tháp về phòng, chống thiên tai",
     [("12-KH/BCĐ", "Kế hoạch số 12-KH/BCĐ")], {"issuer": "Ban Chỉ đạo tỉnh Đồng Tháp"}),
    ("Kế hoạch số 9-KH/BCĐ ngày 02/3/2025 của Ban Chỉ đạo về triển khai Nghị quyết 57",
     [("9-KH/BCĐ", "Kế hoạch số 9-KH/BCĐ")], {"issuer": "Ban Chỉ đạo"}),
    ("Công văn số 7/BCĐ ngày 02/3/2025 của Ban Chỉ đạo 389 tỉnh, Sở Công Thương",
     [("7/BCĐ", "Công văn số 7/BCĐ")], {"issuer": "Ban Chỉ đạo 389 tỉnh"}),
    # --- Party symbols (NUMBER-TYPE/ISSUER), seeds ---
    ("Thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện",
     [("01-KL/TW", "Kết luận số 01-KL/TW")],
     {"issued_date": "2021-05-18", "issuer": "Bộ Chính trị", "kind": "KL", "kind_name": "Kết luận", "relation": "implements"}),
    ('Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị khóa XII "Về đẩy mạnh học tập và làm theo"',
     [("05-CT/TW", "Chỉ thị số 05-CT/TW")],
     {"issued_date": "2016-05-15", "issuer": "Bộ Chính trị khóa XII", "issuer_canonical": "Bộ Chính trị",
      "title": "Về đẩy mạnh học tập và làm theo"}),
    ("Quy định số 08-QĐi/TW, ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương",
     [("08-QĐi/TW", "Quy định số 08-QĐi/TW")], {"kind": "QĐi", "issued_date": "2018-10-25"}),
    ("Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương Đảng khóa XII",
     [("08-QĐi/TW", "Quy định số 08-QĐi/TW")], {"issuer": "Ban Chấp hành Trung ương Đảng khóa XII"}),
    ("(Công văn số 124-CV/VP.ĐUK, ngày 08/6/2021).", [("124-CV/VP.ĐUK", "Công văn số 124-CV/VP.ĐUK")],
     {"issued_date": "2021-06-08", "kind": "CV"}),
    ("Kế hoạch số 42-KH/ĐU, ngày 10/3/2026 của Đảng ủy Ủy ban nhân dân tỉnh về thực hiện",
     [("42-KH/ĐU", "Kế hoạch số 42-KH/ĐU")], {"issuer": "Đảng ủy Ủy ban nhân dân tỉnh"}),
    ("theo hướng dẫn tại Công văn số 150-CV/ĐU, ngày 26/3/2026 của Đảng ủy UBND tỉnh)",
     [("150-CV/ĐU", "Công văn số 150-CV/ĐU")],
     {"relation": "guided_by", "issuer": "Đảng ủy UBND tỉnh", "issuer_canonical": "Đảng ủy Ủy ban nhân dân tỉnh"}),
    ("triển khai thực hiện Chỉ thị số 42-CT/TW, ngày 16/01/2025 của Bộ Chính trị về tăng cường",
     [("42-CT/TW", "Chỉ thị số 42-CT/TW")], {"issued_date": "2025-01-16", "relation": "implements"}),
    ("Quy định số 144-QĐ/TW, ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng",
     [("144-QĐ/TW", "Quy định số 144-QĐ/TW")], {"title": "về chuẩn mực đạo đức cách mạng"}),
    ("Hướng dẫn số 159-HD/BTGTW, ngày 03/7/2024 của Ban Tuyên giáo Trung ương (nay là Ban Tuyên giáo",
     [("159-HD/BTGTW", "Hướng dẫn số 159-HD/BTGTW")], {"issuer": "Ban Tuyên giáo Trung ương", "kind": "HD"}),
    ("Kết luận số 14-KL/TW, ngày 22/9/2021 của Bộ Chính trị và Kế hoạch số 87-KH/TU, ngày 20/5/2022 của Ban Thường vụ Tỉnh ủy",
     [("14-KL/TW", "Kết luận số 14-KL/TW"), ("87-KH/TU", "Kế hoạch số 87-KH/TU")], {"issuer": "Bộ Chính trị"}),
    ("Kế hoạch số 87-KH/TU", [("87-KH/TU", "Kế hoạch số 87-KH/TU")], {"kind": "KH"}),
    ("Thực hiện Kế hoạch số 35-KH/TU, ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 01-KL/TW",
     [("35-KH/TU", "Kế hoạch số 35-KH/TU"), ("01-KL/TW", "Kết luận số 01-KL/TW")],
     {"issuer": "Ban Thường vụ Tỉnh ủy", "issuer_canonical": "Ban Thường vụ Tỉnh ủy"}),
    ("Quy định số 324-QĐ/ĐUK, ngày 11/6/2019 của Đảng ủy Khối các cơ quan và doanh nghiệp \"Về trách nhiệm\"",
     [("324-QĐ/ĐUK", "Quy định số 324-QĐ/ĐUK")],
     {"issuer": "Đảng ủy Khối các cơ quan và doanh nghiệp", "title": "Về trách nhiệm"}),
    ("Quy định số 101-QĐ/TW, ngày 06/7/2012 của Ban Bí thư về trách nhiệm nêu gương",
     [("101-QĐ/TW", "Quy định số 101-QĐ/TW")], {"issuer": "Ban Bí thư"}),
    ("Quy định số 55-QĐ/TW, ngày 19/12/2016 của Bộ Chính trị về một số việc cần làm ngay",
     [("55-QĐ/TW", "Quy định số 55-QĐ/TW")], {"issued_date": "2016-12-19"}),
    ("Quy định số 4495-QĐ/TU ngày 10/4/2019 của Tỉnh ủy.", [("4495-QĐ/TU", "Quy định số 4495-QĐ/TU")],
     {"issuer": "Tỉnh ủy", "issued_date": "2019-04-10"}),
    ("Chương trình số 43-CTr/TU, ngày 19/8/2014 của Tỉnh ủy thực hiện Nghị quyết số 33-NQ/TW, ngày 09/6/2014 của Ban Chấp hành Trung ương Đảng",
     [("43-CTr/TU", "Chương trình số 43-CTr/TU"), ("33-NQ/TW", "Nghị quyết số 33-NQ/TW")], {"kind": "CTr"}),
    ("Kết luận số 76-KL/TW, ngày 04/6/2020 của Bộ Chính trị", [("76-KL/TW", "Kết luận số 76-KL/TW")],
     {"issued_date": "2020-06-04"}),
    ("Căn cứ Quy định số 124-QĐ/TW, ngày 02/02/2018 của Ban Bí thư về giám sát",
     [("124-QĐ/TW", "Quy định số 124-QĐ/TW")], {"relation": "based_on"}),
    ("Thực hiện Công văn số 293-CV/TU, ngày 14/01/2026 của Tỉnh ủy Hà Tĩnh và Công văn số 292-CV/ĐU ngày 26/01/2026 của Đảng ủy Ủy ban nhân dân tỉnh",
     [("293-CV/TU", "Công văn số 293-CV/TU"), ("292-CV/ĐU", "Công văn số 292-CV/ĐU")],
     {"issuer": "Tỉnh ủy Hà Tĩnh", "relation": "implements"}),
    ("Kế hoạch số 49-KH/TU, ngày 11/10/2021 của Ban Thường vụ Tỉnh ủy về thực hiện",
     [("49-KH/TU", "Kế hoạch số 49-KH/TU")], {"issued_date": "2021-10-11"}),
    ("Kế hoạch số 321-KH/TU, ngày 09/01/2025 của Ban Thường vụ Tỉnh ủy", [("321-KH/TU", "Kế hoạch số 321-KH/TU")], {}),
    ("trên tinh thần Nghị quyết số 59-NQ/TW của Bộ Chính trị về hội nhập quốc tế",
     [("59-NQ/TW", "Nghị quyết số 59-NQ/TW")], {"issuer": "Bộ Chính trị", "issued_date": None}),
    # --- State symbols (NUMBER/TYPE-ISSUER), seed 003 and dev docs ---
    ("Thực hiện Kế hoạch số 58/KH-UBND ngày 14/3/2024 của UBND tỉnh triển khai thực hiện việc học tập",
     [("58/KH-UBND", "Kế hoạch số 58/KH-UBND")],
     {"issuer": "UBND tỉnh", "issuer_canonical": "Ủy ban nhân dân tỉnh", "issued_date": "2024-03-14"}),
    ("căn cứ Kế hoạch số 539-KH/ĐU ngày 14/3/2024 của Đảng ủy Văn phòng UBND tỉnh, Văn phòng",
     [("539-KH/ĐU", "Kế hoạch số 539-KH/ĐU")], {"relation": "based_on", "issuer": "Đảng ủy Văn phòng UBND tỉnh"}),
    ("Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh",
     [("21-KL/TW", "Kết luận số 21-KL/TW")], {"issuer_canonical": "Ban Chấp hành Trung ương Đảng"}),
    ("+ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về ban hành Chương trình tổng thể",
     [("76/NQ-CP", "Nghị quyết số 76/NQ-CP")], {"issuer": "Chính phủ", "title": "về ban hành Chương trình tổng thể"}),
    ("+ Nghị quyết số 04-NQ/TU ngày 18/10/2021 của Hội nghị Tỉnh ủy lần thứ V khóa XII về đẩy mạnh",
     [("04-NQ/TU", "Nghị quyết số 04-NQ/TU")], {"issuer": "Hội nghị Tỉnh ủy lần thứ V khóa XII"}),
    ("+ Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy khóa XX về chuyển đổi số",
     [("13-NQ/TU", "Nghị quyết số 13-NQ/TU")], {"issued_date": "2023-09-06"}),
    ("Quy định số 08-QĐ/TW ngày 25/10/2018 của Ban Chấp hành Trung ương Đảng khóa XII",
     [("08-QĐ/TW", "Quy định số 08-QĐ/TW")], {}),
    ("Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng về những điều",
     [("37-QĐ/TW", "Quy định số 37-QĐ/TW")], {}),
    ("(theo Công văn số 841-CV/TU ngày 25/01/2022 của Ban Thường vụ Tỉnh ủy);",
     [("841-CV/TU", "Công văn số 841-CV/TU")], {"issued_date": "2022-01-25"}),
    ("Chỉ thị số 07-CT/TU ngày 16/4/2021 của Ban Thường vụ Tỉnh ủy về tăng cường",
     [("07-CT/TU", "Chỉ thị số 07-CT/TU")], {}),
    ("kết quả thực hiện Kết luận số 01-KL/TW; Kết luận số 21- KL/TW; Chỉ thị số 07-CT/TU",
     [("01-KL/TW", "Kết luận số 01-KL/TW"), ("21-KL/TW", "Kết luận số 21- KL/TW"), ("07-CT/TU", "Chỉ thị số 07-CT/TU")], {}),
    ("Thực hiện Chỉ thị số 21/CT-TTg ngày 25 tháng 11 năm 2022 của Thủ tướng Chính phủ về thúc đẩy",
     [("21/CT-TTg", "Chỉ thị số 21/CT-TTg")],
     {"issued_date": "2022-11-25", "issuer": "Thủ tướng Chính phủ", "relation": "implements"}),
    ("Thực hiện Thông báo số 552/TB-VPCP ngày 13 tháng 10 năm 2025 của Văn phòng Chính phủ Kết luận Phiên họp",
     [("552/TB-VPCP", "Thông báo số 552/TB-VPCP")], {"issuer": "Văn phòng Chính phủ", "kind": "TB"}),
    ("điểm a khoản 2 Điều 9 Quyết định số 10/2024/QĐ-UBND ngày 13 tháng 6 năm 2024 của Ủy ban nhân dân thành phố Quy định",
     [("10/2024/QĐ-UBND", "Quyết định số 10/2024/QĐ-UBND")], {"issuer": "Ủy ban nhân dân thành phố", "kind": "QĐ"}),
    ("Căn cứ Thông tư số 10/2022/TT-BLĐTBXH ngày 31 tháng 5 năm 2022 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn",
     [("10/2022/TT-BLĐTBXH", "Thông tư số 10/2022/TT-BLĐTBXH")],
     {"issuer": "Bộ trưởng Bộ Lao động - Thương binh và Xã hội", "kind": "TT", "relation": "based_on"}),
    ("Căn cứ Thông tư số 55/2023/TT-BTC ngày 15 tháng 8 năm 2023 của Bộ trưởng Bộ Tài chính quy định quản lý",
     [("55/2023/TT-BTC", "Thông tư số 55/2023/TT-BTC")], {"issuer": "Bộ trưởng Bộ Tài chính"}),
    ("Căn cứ Thông tư số 75/2024/TT-BTC ngày 31 tháng 10 năm 2024 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số 55/2023/TT-BTC ngày 15 tháng 8 năm 2023",
     [("75/2024/TT-BTC", "Thông tư số 75/2024/TT-BTC"), ("55/2023/TT-BTC", "Thông tư số 55/2023/TT-BTC")], {}),
    ("Căn cứ Kế hoạch số 77/KH-UBND ngày 17 tháng 9 năm 2025 của Ủy ban nhân dân thành phố Cần Thơ về thực hiện",
     [("77/KH-UBND", "Kế hoạch số 77/KH-UBND")], {"issuer": "Ủy ban nhân dân thành phố Cần Thơ"}),
    ("Căn cứ Nghị quyết số 206/NQ-HĐND ngày 03 tháng 10 năm 2025 của Hội đồng nhân dân thành phố Cần Thơ về việc",
     [("206/NQ-HĐND", "Nghị quyết số 206/NQ-HĐND")], {"issued_date": "2025-10-03"}),
    ("Căn cứ Quyết định số 2140/QĐ-UBND ngày 31 tháng 10 năm 2025 của Ủy ban nhân dân thành phố Cần Thơ",
     [("2140/QĐ-UBND", "Quyết định số 2140/QĐ-UBND")], {}),
    ("các mẫu biểu quy định tại Thông tư số 10/2022/TT-BLĐTBXH của Bộ trưởng Bộ Lao động - Thương binh và Xã hội (về",
     [("10/2022/TT-BLĐTBXH", "Thông tư số 10/2022/TT-BLĐTBXH")], {"relation": "guided_by"}),
    ("Căn cứ Thông tư số 06/2022/TT-BTTTT ngày 30 tháng 6 năm 2022 của Bộ trưởng Bộ Thông tin và Truyền thông hướng dẫn",
     [("06/2022/TT-BTTTT", "Thông tư số 06/2022/TT-BTTTT")], {"issuer": "Bộ trưởng Bộ Thông tin và Truyền thông"}),
    ("Căn cứ Thông tư số 01/2025/TT-BTTTT ngày 18 tháng 02 năm 2025 của Bộ trưởng",
     [("01/2025/TT-BTTTT", "Thông tư số 01/2025/TT-BTTTT")], {"issued_date": "2025-02-18"}),
    ("Căn cứ Quyết định số 650/QĐ-LĐTBXH ngày 21 tháng 7 năm 2022 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội (được điều chỉnh bổ sung bởi Quyết định số 128/QĐ-LĐTBXH ngày 17 tháng 3 năm 2023",
     [("650/QĐ-LĐTBXH", "Quyết định số 650/QĐ-LĐTBXH"), ("128/QĐ-LĐTBXH", "Quyết định số 128/QĐ-LĐTBXH")], {}),
    ("Căn cứ Nghị định số 200/2023/NĐ-CP ngày 28/12/2023 của Chính phủ quy định chi tiết một số điều của Luật Phòng thủ dân sự; Nghị định số 98/2021/NĐ-CP ngày 08/11/2021 của Chính phủ về quản lý",
     [("200/2023/NĐ-CP", "Nghị định số 200/2023/NĐ-CP"), ("98/2021/NĐ-CP", "Nghị định số 98/2021/NĐ-CP")],
     {"kind": "NĐ", "issuer": "Chính phủ", "relation": "based_on"}),
    ("Căn cứ Phương án 02600/PA-UBND ngày 18/8/2025 của UBND tỉnh Đắk Lắk về ứng phó thiên tai",
     [("02600/PA-UBND", "Phương án 02600/PA-UBND")], {"kind": "PA", "issuer": "UBND tỉnh Đắk Lắk"}),
    ("Căn cứ Công điện số 223/CĐ-TTg ngày 20/11/2025 của Thủ tướng Chính phủ về tập trung",
     [("223/CĐ-TTg", "Công điện số 223/CĐ-TTg")], {"kind": "CĐ"}),
    ("Các Công điện: số 007/CĐ-UBND ngày 17/11/2025, số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025; số 010/CĐ-UBND ngày 20/11/2025 của UBND tỉnh về khẩn trương",
     [("007/CĐ-UBND", "Công điện: số 007/CĐ-UBND"), ("008/CĐ-UBND", "số 008/CĐ-UBND"),
      ("009/CĐ-UBND", "số 009/CĐ-UBND"), ("010/CĐ-UBND", "số 010/CĐ-UBND")],
     {"issued_date": "2025-11-17", "issuer": "UBND tỉnh"}),
    ("Căn cứ Quy chế phối hợp số 49/QCPH-UBND-UBMT-HCTĐ ngày 24/01/2025 về thực hiện công tác",
     [("49/QCPH-UBND-UBMT-HCTĐ", "Quy chế phối hợp số 49/QCPH-UBND-UBMT-HCTĐ")], {"kind": "QC"}),
    ("theo Quy chế phối hợp 49/QCPH-UBND-UBMT-HCTĐ và quy định hiện hành",
     [("49/QCPH-UBND-UBMT-HCTĐ", "Quy chế phối hợp 49/QCPH-UBND-UBMT-HCTĐ")], {}),
    ("công bố tình huống khẩn cấp theo Quyết định số 02110/QĐ-UBND ngày 20/11/2025 của UBND tỉnh[1], là các địa bàn",
     [("02110/QĐ-UBND", "Quyết định số 02110/QĐ-UBND")], {"issuer": "UBND tỉnh"}),
    ("Căn cứ Nghị định số 08/2022/NĐ-CP ngày 10/1/2022 của Chính phủ về quy định chi tiết",
     [("08/2022/NĐ-CP", "Nghị định số 08/2022/NĐ-CP")], {"issued_date": "2022-01-10"}),
    ("Căn cứ Quyết định số 1746/QĐ-TTg ngày 30/12/2023 của Thủ tưởng Chính phủ về việc phê duyệt",
     [("1746/QĐ-TTg", "Quyết định số 1746/QĐ-TTg")], {"issued_date": "2023-12-30"}),
    ("Căn cứ Thông tư số 32/2014/TT-BNNPTNT ngày 10/9/2014 của Bộ Nông nghiệp và PTNT (nay là Bộ Nông nghiệp và Môi trường)",
     [("32/2014/TT-BNNPTNT", "Thông tư số 32/2014/TT-BNNPTNT")],
     {"issuer": "Bộ Nông nghiệp và PTNT", "issuer_canonical": "Bộ Nông nghiệp và Phát triển nông thôn"}),
    ("Căn cứ Quyết định số 4255/QĐ-BNN-KHCN ngày 04/12/2024 của Bộ Nông nghiệp và PTNT",
     [("4255/QĐ-BNN-KHCN", "Quyết định số 4255/QĐ-BNN-KHCN")], {}),
    ("Căn cứ Quyết định số 513/QĐ-TCTS-NTTS ngày 28/12/2021 của Tổng cục Thủy sản (nay Cục Thủy sản",
     [("513/QĐ-TCTS-NTTS", "Quyết định số 513/QĐ-TCTS-NTTS")], {"issuer": "Tổng cục Thủy sản"}),
    ("theo hướng dẫn tại Quyết định 513/QĐ-TCTS-NTTS ngày 28/12/2021 của Tổng cục Thủy sản",
     [("513/QĐ-TCTS-NTTS", "Quyết định 513/QĐ-TCTS-NTTS")], {"relation": "guided_by"}),
    ("Quyết định số 66/2018/QĐ- UBND ngày 28/12/2018 của UBND tỉnh Phú Yên (cũ)",
     [("66/2018/QĐ-UBND", "Quyết định số 66/2018/QĐ- UBND")], {"issued_date": "2018-12-28"}),
    ("Căn cứ Quyết định số 01348/QĐ-UBND ngày 18/09/2025 của UBND tỉnh về việc áp dụng",
     [("01348/QĐ-UBND", "Quyết định số 01348/QĐ-UBND")], {"issued_date": "2025-09-18"}),
    ("Căn cứ Kế hoạch số 18/KH-UBND ngày 13/02/2023 của UBND tỉnh về việc ban hành",
     [("18/KH-UBND", "Kế hoạch số 18/KH-UBND")], {}),
    ("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học",
     [("57-NQ/TW", "Nghị quyết số 57-NQ/TW")], {"issued_date": "2024-12-22", "kind": "NQ"}),
    ("Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
     [("71/NQ-CP", "Nghị quyết số 71/NQ-CP"), ("57-NQ/TW", "Nghị quyết số 57-NQ/TW")], {"issuer": "Chính phủ"}),
    ("Căn cứ Quyết định số 1644/QĐ-BXD ngày 30/9/2025 của Bộ trưởng Bộ Xây dựng ban hành Chiến lược",
     [("1644/QĐ-BXD", "Quyết định số 1644/QĐ-BXD")], {"issuer": "Bộ trưởng Bộ Xây dựng"}),
    ("Căn cứ Quyết định số 03-QĐ/BCĐ ngày 13/8/2025 của Ban Chỉ đạo về phát triển khoa học",
     [("03-QĐ/BCĐ", "Quyết định số 03-QĐ/BCĐ")], {"issuer": "Ban Chỉ đạo về phát triển khoa học"}),
    ("Thực hiện Kế hoạch số 283/KH-UBND ngày 24/9/2025 của Ủy ban nhân dân Tỉnh về thực hiện Nghị quyết số 71/NQ-CP ngày 01/5/2025 của Chính phủ và Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh ủy",
     [("283/KH-UBND", "Kế hoạch số 283/KH-UBND"), ("71/NQ-CP", "Nghị quyết số 71/NQ-CP"),
      ("10-CTr/TU", "Chương trình hành động số 10-CTr/TU")], {"issuer": "Ủy ban nhân dân Tỉnh"}),
    ("hỗ trợ doanh nghiệp nhỏ và vừa theo Nghị định số 80/2021/NĐ-CP ngày 26/8/2021 của Chính phủ (lĩnh vực",
     [("80/2021/NĐ-CP", "Nghị định số 80/2021/NĐ-CP")], {"issued_date": "2021-08-26"}),
    ("THỰC HIỆN NGHỊ QUYẾT SỐ 48/NQ-CP NGÀY 03/4/2023 CỦA CHÍNH PHỦ PHÊ DUYỆT CHIẾN LƯỢC KHAI THÁC",
     [("48/NQ-CP", "NGHỊ QUYẾT SỐ 48/NQ-CP")], {"issued_date": "2023-04-03", "issuer": "CHÍNH PHỦ", "kind": "NQ"}),
    ("Căn cứ Nghị Quyết số 48/NQ-CP ngày 03/4/2023 của Chính phủ về việc phê duyệt Chiến lược",
     [("48/NQ-CP", "Nghị Quyết số 48/NQ-CP")], {"kind_name": "Nghị quyết"}),
    ("bảo vệ môi trường biển theo Nghị quyết 36-NQ/TW ngày 22/10/2018, Hội nghị lần thứ 8",
     [("36-NQ/TW", "Nghị quyết 36-NQ/TW")], {"issued_date": "2018-10-22"}),
    ("Nghị quyết số 26/NQ-CP ngày 05/3/2020 của Chính phủ ban hành kế hoạch tổng thể",
     [("26/NQ-CP", "Nghị quyết số 26/NQ-CP")], {"issuer": "Chính phủ"}),
    ("- Tiếp tục triển khai thực hiện Kế hoạch 310/KH-UBND ngày 21/8/2024 của Ủy ban nhân dân tỉnh về phát triển",
     [("310/KH-UBND", "Kế hoạch 310/KH-UBND")], {"relation": "implements"}),
    ("Kế hoạch này thay thế Kế hoạch số 371/KH-UBND ngày 31/7/2023 của Ủy ban nhân dân tỉnh Tiền Giang (nay là",
     [("371/KH-UBND", "Kế hoạch số 371/KH-UBND")], {"issuer": "Ủy ban nhân dân tỉnh Tiền Giang"}),
    ("Chỉ thị số 45-CT/TW ngày 14 tháng 4 năm 2025 của Bộ Chính trị về Đại hội đảng bộ các cấp",
     [("45-CT/TW", "Chỉ thị số 45-CT/TW")], {"issued_date": "2025-04-14"}),
    ("Quyết định số 2437/QĐ-TTg ngày 04 tháng 11 năm 2025 của Thủ tướng Chính phủ ban hành",
     [("2437/QĐ-TTg", "Quyết định số 2437/QĐ-TTg")], {"issuer": "Thủ tướng Chính phủ"}),
    ("- Tổ chức quán triệt, triển khai thực hiện Chỉ thị so 41-CT/TW ngày 26/12/2024 của Bộ Chính trị, Kế hoạch số 319-KH/TU ngày 10/4/2025 của Tỉnh ủy về tăng cường",
     [("41-CT/TW", "Chỉ thị so 41-CT/TW"), ("319-KH/TU", "Kế hoạch số 319-KH/TU")], {"relation": "implements"}),
    ("Triển khai Kế hoạch hành động số 328-KH/TU ngày 24/4/2025 của Ban chấp hành Đảng bộ tỉnh Nghệ An về việc",
     [("328-KH/TU", "Kế hoạch hành động số 328-KH/TU")], {"kind": "KH", "relation": "implements"}),
    ("Kế hoạch số 01-KH/BCĐ ngày 28/06/2025 của Ban Chỉ đạo phát triển khoa học, công nghệ",
     [("01-KH/BCĐ", "Kế hoạch số 01-KH/BCĐ")], {"issued_date": "2025-06-28"}),
    ("triển khai thực hiện Kế hoạch số 02-KH/BCĐTW, ngày 19/6/2025 của Ban Chỉ đạo Trung ương, Ủy ban",
     [("02-KH/BCĐTW", "Kế hoạch số 02-KH/BCĐTW")], {"issuer": "Ban Chỉ đạo Trung ương"}),
    ("thực hiện hiệu quả Nghị quyết số 57- NQ/TW của Bộ Chính trị, mục tiêu tỷ lệ phủ sóng",
     [("57-NQ/TW", "Nghị quyết số 57- NQ/TW")], {}),
    ("Căn cứ Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân",
     [("68-NQ/TW", "Nghị quyết số 68-NQ/TW")], {}),
    ("Căn cứ Nghị quyết số 138/NQ-CP ngày 16/5/2025 của Chính phủ ban hành Kế hoạch hành động",
     [("138/NQ-CP", "Nghị quyết số 138/NQ-CP")], {"issuer": "Chính phủ"}),
    ("Căn cứ Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ phê duyệt Chiến lược",
     [("411/QĐ-TTg", "Quyết định số 411/QĐ-TTg")], {"issuer": "Thủ tướng Chính phủ"}),
    ("Căn cứ Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ ngày 31/3/2022 phê duyệt Chiến lược",
     [("411/QĐ-TTg", "Quyết định số 411/QĐ-TTg")], {"issuer": "Thủ tướng Chính phủ", "issued_date": "2022-03-31"}),
    ("Kế hoạch số 07-KH/TU ngày 25/7/2025 của Ban thường vụ Tỉnh ủy về thực hiện",
     [("07-KH/TU", "Kế hoạch số 07-KH/TU")], {"issuer": "Ban thường vụ Tỉnh ủy"}),
    ("Theo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 133/TTr-SKHCN ngày 15/11/2025, UBND tỉnh",
     [("133/TTr-SKHCN", "Tờ trình số 133/TTr-SKHCN")], {"kind": "TTr"}),
    ("thực hiện Nghị quyết số 57- NQ/TW ngày 22/12/2024 của Bộ Chính trị.",
     [("57-NQ/TW", "Nghị quyết số 57- NQ/TW")], {"issuer": "Bộ Chính trị"}),
    ("Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp",
     [("202/2025/QH15", "Nghị quyết số 202/2025/QH15")], {"issuer": "Quốc hội"}),
    ("Quyết định số 178/QĐ-TTg ngày 28 tháng 01 năm 2016 của Thủ tướng Chính phủ về ban hành Kế hoạch triển khai Thông báo kết luận số 196-TB/TW ngày 16 tháng 3 năm 2015 của Ban Bí thư",
     [("178/QĐ-TTg", "Quyết định số 178/QĐ-TTg"), ("196-TB/TW", "Thông báo kết luận số 196-TB/TW")], {}),
    ("Thực hiện Thông tri số 02-TT/TU ngày 03 tháng 10 năm 2025 của Thành ủy Thành phố Hồ Chí Minh về lãnh đạo",
     [("02-TT/TU", "Thông tri số 02-TT/TU")], {"kind": "TT", "issuer": "Thành ủy Thành phố Hồ Chí Minh"}),
    ("hướng dẫn của Bộ Nội vụ tại Công văn số 8935/BNV-CTTN&BĐG ngày 03 tháng 10 năm 2025 về việc",
     [("8935/BNV-CTTN&BĐG", "Công văn số 8935/BNV-CTTN&BĐG")], {"issued_date": "2025-10-03"}),
    ("TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 214/NQ-CP NGÀY 23/7/2025 CỦA CHÍNH PHỦ BAN HÀNH KẾ HOẠCH",
     [("214/NQ-CP", "NGHỊ QUYẾT SỐ 214/NQ-CP")], {"issued_date": "2025-07-23"}),
    ("Nghị định số 278/2025/NĐ-CP ngày 22/10/2025 của Chính phủ quy định về kết nối",
     [("278/2025/NĐ-CP", "Nghị định số 278/2025/NĐ-CP")], {}),
    ("Quyết định số 142/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chiến lược dữ liệu quốc gia; Quyết định 1229/QĐ-UBND ngày 28/02/2025 của UBND Thành phố về việc",
     [("142/QĐ-TTg", "Quyết định số 142/QĐ-TTg"), ("1229/QĐ-UBND", "Quyết định 1229/QĐ-UBND")],
     {"issuer": "Thủ tướng Chính phủ", "issued_date": None}),
    ("chuyển đổi số toàn diện (Nghị quyết 214/NQ-CP); đảm bảo", [("214/NQ-CP", "Nghị quyết 214/NQ-CP")], {}),
    ("(danh mục chi tiết tại Phụ lục II Nghị quyết 214/NQ-CP).", [("214/NQ-CP", "Nghị quyết 214/NQ-CP")], {}),
    ("Căn cứ Căn cứ Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh Sửa đổi, bổ sung cập nhật",
     [("92/KH-UBND", "Kế hoạch số 92/KH-UBND")], {"issuer": "UBND tỉnh", "relation": "based_on"}),
    ("Kế hoạch hành động 469-KH/TU ngày 16/5/2025 của Ban Thường vụ Tỉnh ủy, Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh.",
     [("469-KH/TU", "Kế hoạch hành động 469-KH/TU"), ("92/KH-UBND", "Kế hoạch số 92/KH-UBND")], {}),
    ("- Phát triển nguồn nhân lực theo Quyết định số 1002/QĐ-TTg ngày 24-5-2025 phê duyệt Đề án",
     [("1002/QĐ-TTg", "Quyết định số 1002/QĐ-TTg")], {"issued_date": "2025-05-24"}),
    ("về thực hiện Quyết định số 1968/QĐ-TTg ngày 22/11/2021 của Thủ tướng Chính phủ phê duyệt Đề án",
     [("1968/QĐ-TTg", "Quyết định số 1968/QĐ-TTg")], {}),
    # --- laws: name before "số", bare "Luật số" ---
    ("Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13, ngày 25/6/2015 và được sửa đổi",
     [("85/2015/QH13", "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13")],
     {"kind": "L", "issued_date": "2015-06-25", "number": "85", "symbol": "2015/QH13"}),
    ("bổ sung một số điều tại Luật số 83/2025/QH15, ngày 24/6/2025; Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13, ngày 09/6/2015 và Luật số 97/2025/QH15, ngày 27/6/2025",
     [("83/2025/QH15", "Luật số 83/2025/QH15"), ("75/2015/QH13", "Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13"),
      ("97/2025/QH15", "Luật số 97/2025/QH15")], {"issued_date": "2025-06-24"}),
    ("Luật số 85/2015/QH13", [("85/2015/QH13", "Luật số 85/2015/QH13")], {"kind": "L"}),
    ("- Căn cứ Luật Lưu trữ số 33/2024/QH15, ngày 21/6/2024 của Quốc hội khóa XV;",
     [("33/2024/QH15", "Luật Lưu trữ số 33/2024/QH15")], {"issuer": "Quốc hội khóa XV", "issuer_canonical": "Quốc hội"}),
    ("- Căn cứ Luật Bảo vệ bí mật nhà nước số 29/2018/QH14, ngày 15/11/2018 của Quốc hội khóa XIV;",
     [("29/2018/QH14", "Luật Bảo vệ bí mật nhà nước số 29/2018/QH14")], {"issued_date": "2018-11-15"}),
    ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
     [("72/2025/QH15", "Luật Tổ chức chính quyền địa phương số 72/2025/QH15")], {"relation": "based_on"}),
    ("được sửa đổi, bổ sung một số điều tại Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15",
     [("31/2024/QH15", "Luật Đất đai số 31/2024/QH15"), ("27/2023/QH15", "Luật Nhà ở số 27/2023/QH15")], {}),
    ("Luật Giao dịch điện tử số 20/2023/QH15, ngày 22/6/2023; Luật Công nghệ thông tin số 67/2006/QH11, ngày 29/6/2006; Luật Cơ yếu số 05/2011/QH13, ngày 26/11/2011",
     [("20/2023/QH15", "Luật Giao dịch điện tử số 20/2023/QH15"), ("67/2006/QH11", "Luật Công nghệ thông tin số 67/2006/QH11"),
      ("05/2011/QH13", "Luật Cơ yếu số 05/2011/QH13")], {"issued_date": "2023-06-22"}),
    ("Căn cứ Luật Đo đạc và bản đồ số 27/2018/QH14 ngày 14 tháng 6 năm 2018;",
     [("27/2018/QH14", "Luật Đo đạc và bản đồ số 27/2018/QH14")], {"issued_date": "2018-06-14"}),
    ("Căn cứ Nghị quyết số 101/2025/UBTVQH15 ngày 26/9/2025 của Ủy ban Thường vụ Quốc hội về quy định chi tiết",
     [("101/2025/UBTVQH15", "Nghị quyết số 101/2025/UBTVQH15")], {"issuer": "Ủy ban Thường vụ Quốc hội"}),
    ("Căn cứ điểm e khoản 2 Điều 6 Nghị quyết số 101/2025/UBTVQH15:",
     [("101/2025/UBTVQH15", "Nghị quyết số 101/2025/UBTVQH15")], {"relation": "based_on"}),
    ("Căn cứ Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN, ngày 26 tháng 9 năm 2025 của Ủy ban Thường vụ Quốc hội, Chính phủ",
     [("102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", "Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN")],
     {"kind": "NQLT", "issued_date": "2025-09-26", "issuer": "Ủy ban Thường vụ Quốc hội"}),
    ("Căn cứ Hướng dẫn số 13/HD-MTTQ-BTT ngày 17/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh",
     [("13/HD-MTTQ-BTT", "Hướng dẫn số 13/HD-MTTQ-BTT")],
     {"issuer_canonical": "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh"}),
    ("theo hướng dẫn tại Mục II Kế hoạch số 16/KH-BTT-MTTQ của Tỉnh, cụ thể:",
     [("16/KH-BTT-MTTQ", "Kế hoạch số 16/KH-BTT-MTTQ")], {"issuer": "Tỉnh", "relation": "guided_by"}),
    # --- Party central documents (dev-19..21) ---
    ("Điều 20. Quy định này thay thế Quy định số 270-QĐ/TW, ngày 06/12/2014 của Ban Bí thư về Phông lưu trữ",
     [("270-QĐ/TW", "Quy định số 270-QĐ/TW")], {"issuer": "Ban Bí thư"}),
    ("- Căn cứ Quyết định số 204-QĐ/TW, ngày 29/11/2024 của Ban Bí thư về phê duyệt Đề án",
     [("204-QĐ/TW", "Quyết định số 204-QĐ/TW")], {"kind": "QĐ", "issued_date": "2024-11-29"}),
    ("- Căn cứ Quy định số 05-QĐ/BCĐTW, ngày 27/8/2025 của Ban Chỉ đạo Trung ương về phát triển",
     [("05-QĐ/BCĐTW", "Quy định số 05-QĐ/BCĐTW")], {"issuer": "Ban Chỉ đạo Trung ương về phát triển"}),
    ("- Căn cứ Nghị định số 137/2024/NĐ-CP, ngày 23/10/2024 của Chính phủ quy định về giao dịch điện tử",
     [("137/2024/NĐ-CP", "Nghị định số 137/2024/NĐ-CP")], {"issued_date": "2024-10-23"}),
    ("- Căn cứ Quyết định số 1562/QĐ-TTg, ngày 18/7/2025 của Thủ tướng Chính phủ về việc bảo đảm",
     [("1562/QĐ-TTg", "Quyết định số 1562/QĐ-TTg")], {}),
    ("theo Quy định số 350-QĐ/TW, ngày 29/8/2025 của Ban Bí thư);", [("350-QĐ/TW", "Quy định số 350-QĐ/TW")], {}),
    ("thực hiện theo Hướng dẫn số 38-HD/BTCTW, ngày 29/9/2025 của Ban Tổ chức Trung ương về nghiệp vụ",
     [("38-HD/BTCTW", "Hướng dẫn số 38-HD/BTCTW")], {"issuer": "Ban Tổ chức Trung ương"}),
    ("báo cáo công tác với cấp trên theo Quy định 360-QĐ/TW, ngày 29/8/2025 của Ban Bí thư và quy định",
     [("360-QĐ/TW", "Quy định 360-QĐ/TW")], {"issuer": "Ban Bí thư"}),
    ("[2] Vận dụng Thông tư số 21/2025/TT-BGDĐT, ngày 23/9/2025 của Bộ Giáo dục và Đào tạo quy định chế độ",
     [("21/2025/TT-BGDĐT", "Thông tư số 21/2025/TT-BGDĐT")], {"issuer": "Bộ Giáo dục và Đào tạo"}),
    ("- Căn cứ Quyết định số 246-QĐ/TW, ngày 24/01/2025 của Bộ Chính trị về chức năng",
     [("246-QĐ/TW", "Quyết định số 246-QĐ/TW")], {}),
    # --- dev-22..24 (state decisions) ---
    ("BAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ VÀ QUYẾT ĐỊNH SỐ 3103/QĐ-BTC NGÀY 05 THÁNG 9 NĂM 2025 CỦA BỘ TÀI CHÍNH",
     [("06/QĐ-TTg", "QUYẾT ĐỊNH SỐ 06/QĐ-TTG"), ("3103/QĐ-BTC", "QUYẾT ĐỊNH SỐ 3103/QĐ-BTC")],
     {"issued_date": "2025-01-02", "issuer": "THỦ TƯỚNG CHÍNH PHỦ", "relation": "implements"}),
    ("Căn cứ Nghị quyết số 66.2/2025/NQ-CP ngày 28 tháng 8 năm 2025 của Chính phủ Quy định xử lý",
     [("66.2/2025/NQ-CP", "Nghị quyết số 66.2/2025/NQ-CP")], {"number": "66.2", "issuer": "Chính phủ"}),
    ("thời kỳ 2021 - 2030, tầm nhìn đến năm 2050: Quyết định số 1629/QĐ-TTg ngày 16 tháng 12 năm 2023 phê duyệt Quy hoạch tỉnh Bà Rịa - Vũng Tàu; Quyết định số 790/QĐ-TTg ngày 03 tháng 8 năm 2024 phê duyệt",
     [("1629/QĐ-TTg", "Quyết định số 1629/QĐ-TTg"), ("790/QĐ-TTg", "Quyết định số 790/QĐ-TTg")], {"issued_date": "2023-12-16"}),
    ("Căn cứ Quyết định số 01/2025/QĐ-UBND ngày 01 tháng 7 năm 2025 của Ủy ban nhân dân Thành phố Hồ Chí Minh về Quy chế",
     [("01/2025/QĐ-UBND", "Quyết định số 01/2025/QĐ-UBND")], {"issuer": "Ủy ban nhân dân Thành phố Hồ Chí Minh"}),
    ("về việc triển khai Kế hoạch hành động số 459-KHHĐ/TU ngày 21 tháng 5 năm 2025 của Thành ủy Thành phố về thực hiện",
     [("459-KHHĐ/TU", "Kế hoạch hành động số 459-KHHĐ/TU")], {"issuer": "Thành ủy Thành phố"}),
    ("Theo đề nghị của Sở Tài chính tại Công văn số 11033/STC-CSTH ngày 29 tháng 10 năm 2025.",
     [("11033/STC-CSTH", "Công văn số 11033/STC-CSTH")], {"issued_date": "2025-10-29"}),
    ("Căn cứ Chỉ thị 42-CT/TW ngày 24 tháng 3 năm 2020 của Ban Bí thư về tăng cường",
     [("42-CT/TW", "Chỉ thị 42-CT/TW")], {"issuer": "Ban Bí thư", "issued_date": "2020-03-24"}),
    ("một số điều của Nghị định số 78/2021/NĐ -CP ngày 01 tháng 8 năm 2021 của Chính phủ;",
     [("78/2021/NĐ-CP", "Nghị định số 78/2021/NĐ -CP")], {"issued_date": "2021-08-01"}),
    ("tại Tờ trình số 9512/TTr- SNN-CCTL ngày 23 tháng 10 năm 2025 và ý kiến",
     [("9512/TTr-SNN-CCTL", "Tờ trình số 9512/TTr- SNN-CCTL")], {}),
    ("Thay thế Quyết định số 3089/QĐ-UBND ngày 24 tháng 8 năm 2021 của Ủy ban nhân dân Thành phố Hồ Chí Minh",
     [("3089/QĐ-UBND", "Quyết định số 3089/QĐ-UBND")], {}),
    ("theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số",
     [("766/QĐ-TTg", "Quyết định số 766/QĐ-TTg")], {}),
    ("theo Nghị quyết số 66/NQ-CP ngày 26/3/2025 của Chính phủ về chương trình", [("66/NQ-CP", "Nghị quyết số 66/NQ-CP")], {}),
    ("theo quy định tại Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ.",
     [("118/2025/NĐ-CP", "Nghị định số 118/2025/NĐ-CP")], {"relation": "guided_by"}),
    # --- spec variants ---
    ("Chỉ thị 05-CT/TW", [("05-CT/TW", "Chỉ thị 05-CT/TW")], {}),
    ("Kết luận số 01-KL/TW ngày 18-5-2021", [("01-KL/TW", "Kết luận số 01-KL/TW")], {"issued_date": "2021-05-18"}),
    ("Kết luận số 01-KL/TW 18/5/2021", [("01-KL/TW", "Kết luận số 01-KL/TW")], {"issued_date": "2021-05-18"}),
    ("Chỉ thị số 05-CT/TƯ ngày 15/5/2016", [("05-CT/TW", "Chỉ thị số 05-CT/TƯ")], {"issued_date": "2016-05-15"}),
    ("Nghị quyết số 27/NQ- TW", [("27/NQ-TW", "Nghị quyết số 27/NQ- TW")], {}),
    ("CHỈ THỊ SỐ 27/CT-TTG", [("27/CT-TTg", "CHỈ THỊ SỐ 27/CT-TTG")], {"kind": "CT", "kind_name": "Chỉ thị"}),
    ("QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025", [("06/QĐ-TTg", "QUYẾT ĐỊNH SỐ 06/QĐ-TTG")],
     {"issued_date": "2025-01-02"}),
    ("thực hiện nghị quyết số 27/NQ-CP", [("27/NQ-CP", "nghị quyết số 27/NQ-CP")], {"relation": "implements"}),
    ("Nghị định số 169-CP ngày 01/12/1995", [("169-CP", "Nghị định số 169-CP")], {"issued_date": "1995-12-01"}),
    ("| 1 | Quyết định số 2232/QĐ-TTg | Thủ tướng |", [("2232/QĐ-TTg", "Quyết định số 2232/QĐ-TTg")], {}),
    ("nội dung của Kết luận số 01-KL/TW⁽¹⁾, chuyên đề", [("01-KL/TW", "Kết luận số 01-KL/TW")], {}),
    ("theo Kết luận số 01-KL/TW[1] của Bộ Chính trị", [("01-KL/TW", "Kết luận số 01-KL/TW")], {}),
    ('về chủ đề "Thực hiện Chỉ thị số 05-CT/TW" năm 2026', [("05-CT/TW", "Chỉ thị số 05-CT/TW")], {}),
    ("các Quyết định số 537/QĐ-TTg ngày 12/4/2021, số 1679/QĐ-TTg ngày 22/11/2019 của Thủ tướng Chính phủ",
     [("537/QĐ-TTg", "Quyết định số 537/QĐ-TTg"), ("1679/QĐ-TTg", "số 1679/QĐ-TTg")],
     {"issuer": "Thủ tướng Chính phủ", "issued_date": "2021-04-12"}),
    ("Quy định số 2400-QĐ/TU ngày 27/8/2012, Quy định số 4842-QĐ/TU, ngày 30/7/2019 của Ban Thường vụ Tỉnh ủy;",
     [("2400-QĐ/TU", "Quy định số 2400-QĐ/TU"), ("4842-QĐ/TU", "Quy định số 4842-QĐ/TU")],
     {"issuer": "Ban Thường vụ Tỉnh ủy", "issued_date": "2012-08-27"}),
    ("Kế hoạch số 58/KH-UBND ngày 14 tháng 3 năm 2024", [("58/KH-UBND", "Kế hoạch số 58/KH-UBND")], {"issued_date": "2024-03-14"}),
    ("Căn cứ Quyết định số: 1234/QĐ-UBND ngày 5/6/2024", [("1234/QĐ-UBND", "Quyết định số: 1234/QĐ-UBND")], {}),
]

# Strings with no citation: own-number-free near misses.
NEGATIVE: list[str] = [
    "Mẫu số 01/HNCT",
    "Ghi chú: Mẫu số 02/HNCT được áp dụng đối với hội nghị cử tri nơi cư trú",
    "(theo Mẫu số 01/BCĐBHĐND-MT và Mẫu số 05/BCĐBHĐND-MT)",
    "theo mẫu 01/BCĐBQH-MT",
    "nhiệm kỳ 2025 - 2030",
    "giai đoạn 2021 - 2030",
    "Quý IV/2025",
    "quý I/2024",
    "Hoàn thành trong tháng 5/2024.",
    "trước ngày 15/3/2026",
    "Điện thoại: 0258.3822.123",
    "Số điện thoại 0912-345-678",
    "kinh phí 1.500.000.000 đồng",
    "Tổng kinh phí: 250 triệu đồng",
    "II- NỘI DUNG",
    "1.1. Nội dung và phương thức thực hiện",
    "tiểu mục 1.1/1/I, phụ lục 3",
    "kế hoạch 05 năm theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV",
    "Kế hoạch 5 năm (2021 - 2025)",
    "xây dựng kế hoạch học tập và làm theo Bác",
    "Kế hoạch của Ban Thường vụ Đảng ủy Khối",
    "các nghị quyết, chỉ thị, quy định của Đảng",
    "Số: 491 /KH-VP",
    "Số 34-KH/ĐUK",
    "Chỉ thị 05",
    "Kết luận 01",
    "Nghị quyết Đại hội XIV của Đảng",
    "Văn kiện Đại hội XIII của Đảng",
    "Điều lệ Đảng",
    "Luật Mặt trận Tổ quốc Việt Nam;",
    "Điều 4 của Quy định này",
    "Hội nghị lần thứ 8 của Ban Chấp hành Trung ương",
    "học viên, sinh viên, học sinh",
    "Năm 2026",
    "ngày 18/5/2021",
    "Quyết định khen thưởng 10 tập thể",
    "Thông báo 15 ngày trước khi tổ chức",
    "Báo cáo 6 tháng đầu năm",
    "Công văn gửi về trước ngày 20/12",
    "Hướng dẫn 03 bước thực hiện",
    "Chương trình 135 giai đoạn III",
    "Nghị quyết 01 của Chi bộ",
    "lớp 12/2025",
    "Phụ lục 01 kèm theo",
    "quyết định 2025",
    "Biên bản Hội nghị hiệp thương lần thứ hai (Mẫu số 03/HNMT)",
    "(2)........................., nhiệm kỳ (3)",
    "mô hình \"Đảng bộ bốn tốt\"",
]


def _run(text: str, number: str | None = None):
    return extract_citations(text, [], DocumentMeta(number=number))


@pytest.mark.parametrize(("text", "expected", "fields"), POSITIVE, ids=[r[0][:50] for r in POSITIVE])
def test_positive(text: str, expected: list[C], fields: dict[str, object]) -> None:
    got = [c for c in _run(text).citations if c.form != "self"]
    assert [(c.id, c.text) for c in got] == expected
    for c in got:
        assert text[c.start:c.end] == c.text
    first = got[0]
    for name, value in fields.items():
        assert getattr(first, name) == value, name


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text: str) -> None:
    assert [c.text for c in _run(text).citations if c.form != "self"] == []


def test_table_is_large_enough() -> None:
    assert len(POSITIVE) + len(NEGATIVE) >= 150


# --- document-level behaviour -------------------------------------------------------------------

def test_own_number_is_not_a_citation() -> None:
    text = "Số: 0134/KH-UBND\n(Kèm theo Kế hoạch số 0134/KH-UBND ngày 25/11/2025 của UBND tỉnh Đắk Lắk)"
    assert _run(text, "0134/KH-UBND").citations == []
    assert _run(text).citations == []  # read from the "Số:" line when metadata has none


def test_self_reference() -> None:
    r = _run("Căn cứ Kế hoạch này, các chi bộ triển khai thực hiện Kết luận số 01-KL/TW năm 2026", "34-KH/ĐUK")
    self_ = [c for c in r.citations if c.form == "self"]
    assert [(c.text, c.id, c.relation) for c in self_] == [("Kế hoạch này", "34-KH/ĐUK", "self")]
    assert [d.id for d in r.directives] == ["01-KL/TW"]


def test_short_forms_resolve() -> None:
    text = ("Thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.\n"
            "Sơ kết Kết luận 01 và tổng kết Chỉ thị 05; Nghị định 30 không có.")
    r = _run(text)
    assert [(c.text, c.id, c.form) for c in r.citations][2:] == [
        ("Kết luận 01", "01-KL/TW", "short"), ("Chỉ thị 05", "05-CT/TW", "short")]
    d = {d.id: d for d in r.directives}
    assert d["01-KL/TW"].mentions == 2 and d["01-KL/TW"].issuer == "Bộ Chính trị"


def test_short_form_with_year() -> None:
    r = _run("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.\nTheo Nghị định 30/2020, văn bản")
    assert [(c.text, c.id) for c in r.citations] == [
        ("Nghị định số 30/2020/NĐ-CP", "30/2020/NĐ-CP"), ("Nghị định 30/2020", "30/2020/NĐ-CP")]


def test_alias() -> None:
    text = ("- Gắn với Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII "
            "(sau đây viết tắt là Kết luận 21);\n- Tuyên truyền Kết luận 21 sâu rộng.")
    r = _run(text)
    assert [(c.text, c.id) for c in r.citations] == [("Kết luận số 21-KL/TW", "21-KL/TW"), ("Kết luận 21", "21-KL/TW"),
                                                     ("Kết luận 21", "21-KL/TW")]


@pytest.mark.parametrize(
    ("second", "issuer"),
    [
        # dev-15: cited by "Tỉnh ủy" first, by its standing committee later: the more precise body
        ("Kế hoạch hành động 469-KH/TU ngày 16/5/2025 của Ban Thường vụ Tỉnh ủy.", "Ban Thường vụ Tỉnh ủy"),
        # near misses (dev-06): a head of the body is no more precise issuer; another body is another
        ("Kế hoạch hành động 469-KH/TU ngày 16/5/2025 của Bí thư Tỉnh ủy.", "Tỉnh ủy"),
        ("Kế hoạch hành động 469-KH/TU ngày 16/5/2025 của Văn phòng Tỉnh ủy.", "Tỉnh ủy"),
    ],
)
def test_directive_issuer_is_the_most_precise_standing_body(second: str, issuer: str) -> None:
    text = ("Thực hiện Kế hoạch hành động số 469-KH/TU ngày 16/5/2025 của Tỉnh ủy về thực hiện Nghị quyết;\n"
            + second)
    (d,) = _run(text).directives[:1]
    assert (d.id, d.issuer) == ("469-KH/TU", issuer)


def test_alias_repeating_full_form() -> None:
    text = ("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học "
            "(sau đây gọi tắt là Nghị quyết số 57-NQ/TW);")
    r = _run(text)
    assert [c.id for c in r.citations] == ["57-NQ/TW", "57-NQ/TW"]
    assert r.directives[0].mentions == 2 and r.directives[0].issued_date == "2024-12-22"


def test_two_dates_two_directives() -> None:
    text = ("Thực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ.\n"
            "Theo Nghị quyết số 71/NQ-CP ngày 01/5/2025 của Chính phủ.\nNghị quyết số 71/NQ-CP cũng vậy.")
    r = _run(text)
    assert [c.id for c in r.citations] == ["71/NQ-CP@2025-04-01", "71/NQ-CP@2025-05-01", "71/NQ-CP@2025-05-01"]
    assert sorted(d.id for d in r.directives) == ["71/NQ-CP@2025-04-01", "71/NQ-CP@2025-05-01"]


def test_relations_and_parents() -> None:
    text = ("KẾ HOẠCH\nthực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW\n"
            "Thực hiện Kế hoạch số 58/KH-UBND ngày 14/3/2024 của UBND tỉnh; căn cứ Kế hoạch số 539-KH/ĐU ngày 14/3/2024 "
            "của Đảng ủy Văn phòng UBND tỉnh, Văn phòng xây dựng Kế hoạch như sau:\nI. MỤC ĐÍCH\n"
            "1. Gắn với Quy định số 144-QĐ/TW; theo hướng dẫn tại Công văn số 150-CV/ĐU. Trong năm, Kết luận số 01-KL/TW.")
    r = _run(text)
    rel = [(c.id, c.relation) for c in r.citations if c.form != "self"]
    assert rel == [("01-KL/TW", "implements"), ("05-CT/TW", "implements"), ("58/KH-UBND", "implements"),
                   ("539-KH/ĐU", "based_on"), ("144-QĐ/TW", "linked"), ("150-CV/ĐU", "guided_by"),
                   ("01-KL/TW", "mentions")]
    parents = {d.id for d in r.directives if d.parent}
    assert parents == {"01-KL/TW", "58/KH-UBND"}


def test_shared_cue_across_list() -> None:
    r = _run("Căn cứ Luật Dữ liệu số 60/2024/QH15; Nghị định số 137/2024/NĐ-CP và Quyết định số 1562/QĐ-TTg.")
    assert [c.relation for c in r.citations] == ["based_on"] * 3


def test_named_references() -> None:
    r = _run("Gắn với thực hiện Nghị quyết Đại hội XIV của Đảng và Văn kiện Đại hội XIII; Điều lệ Đảng.")
    assert [n.name for n in r.named_references] == ["Nghị quyết Đại hội XIV của Đảng", "Văn kiện Đại hội XIII",
                                                    "Điều lệ Đảng"]
    assert r.named_references[0].relation == "linked"
    assert r.citations == [] and r.directives == []


def test_sections_give_paths() -> None:
    from extractor.models import Section
    text = "II. NỘI DUNG\n1. Thực hiện Kết luận số 01-KL/TW."
    secs = [Section(id="s1", label="II", path="II", level=1, kind="roman", heading="NỘI DUNG", start=0, end=len(text)),
            Section(id="s2", label="1", path="II.1", level=2, kind="arabic", heading="Thực hiện", start=13, end=len(text))]
    r = extract_citations(text, secs, DocumentMeta())
    assert r.citations[0].section == "II.1"


# --- data tables: every entry has a sentence ----------------------------------------------------

@pytest.mark.parametrize(("printed", "name", "code"), [
    ("Kết luận", "Kết luận", "KL"), ("NGHỊ QUYẾT", "Nghị quyết", "NQ"), ("quy chế phối hợp", "Quy chế phối hợp", "QC"),
    ("Kế hoạch hành động", "Kế hoạch hành động", "KH"), ("Chương trình hành động", "Chương trình hành động", "CTr"),
    ("Thông báo kết luận", "Thông báo kết luận", "TB"), ("Luật", "Luật", "L"), ("Thông tri", "Thông tri", "TT"),
])
def test_type_info(printed: str, name: str, code: str) -> None:
    assert type_info(printed) == (name, code)


def test_quy_dinh_code_follows_system() -> None:
    assert type_info("Quy định", "party")[1] == "QĐi"
    assert type_info("Quy định", "state")[1] == "QĐ"


@pytest.mark.parametrize(("printed", "expanded"), [
    ("UBND tỉnh", "Ủy ban nhân dân tỉnh"), ("HĐND thành phố", "Hội đồng nhân dân thành phố"),
    ("BTV Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"), ("BTV TU", "Ban Thường vụ Tỉnh ủy"), ("BCH Đảng bộ", "Ban Chấp hành Đảng bộ"),
    ("Ủy ban MTTQ Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam"), ("UBMTTQVN tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    ("Ban Tuyên giáo ĐUK", "Ban Tuyên giáo Đảng ủy Khối"), ("Lưu ĐU", "Lưu Đảng ủy"), ("Văn phòng TW", "Văn phòng Trung ương"),
    ("Nghị quyết của CP", "Nghị quyết của Chính phủ"), ("Quyết định của TTg", "Quyết định của Thủ tướng Chính phủ"),
    ("BCĐ tỉnh", "Ban Chỉ đạo tỉnh"), ("Bộ NN và PTNT", "Bộ NN và Phát triển nông thôn"),
])
def test_abbreviations(printed: str, expanded: str) -> None:
    assert expand_abbreviations(printed) == expanded


def test_canonical_issuer_drops_term() -> None:
    assert canonical_issuer("Ban Chấp hành Trung ương Đảng khóa XII") == "Ban Chấp hành Trung ương Đảng"
    assert canonical_issuer(None) is None


def test_joint_issuer() -> None:
    r = _run("Căn cứ Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN, ngày 26 tháng 9 năm 2025 của "
             "Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam quy định")
    assert r.citations[0].issuer == ("Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương "
                                     "Mặt trận Tổ quốc Việt Nam")
    r = _run("Thực hiện Công văn số 293-CV/TU, ngày 14/01/2026 của Tỉnh ủy Hà Tĩnh và Công văn số 292-CV/ĐU")
    assert r.citations[0].issuer == "Tỉnh ủy Hà Tĩnh"


def test_issuer_printed_before() -> None:
    r = _run('"Tháng cùng phụ nữ hành động" và hướng dẫn của Bộ Nội vụ tại Công văn số 8935/BNV-CTTN&BĐG ngày 03 tháng 10 năm 2025')
    assert r.citations[0].issuer == "Bộ Nội vụ"
    r = _run("Theo đề nghị của Sở Tài chính tại Công văn số 11033/STC-CSTH ngày 29 tháng 10 năm 2025.")
    assert r.citations[0].issuer == "Sở Tài chính"


def test_misprinted_symbol_order_is_one_directive() -> None:
    r = _run("Căn cứ Kế hoạch số 16/KH-MTTQ-BTT ngày 23/12/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh;\n"
             "xử lý đơn thư theo hướng dẫn tại Mục II Kế hoạch số 16/KH-BTT-MTTQ của Tỉnh, cụ thể:")
    assert [c.id for c in r.citations] == ["16/KH-MTTQ-BTT", "16/KH-MTTQ-BTT"]
    assert len(r.directives) == 1


def test_capitals_title_does_not_win_the_issuer() -> None:
    r = _run("TRIỂN KHAI QUYẾT ĐỊNH SỐ 3103/QĐ-BTC NGÀY 05 THÁNG 9 NĂM 2025 CỦA BỘ TÀI CHÍNH VỀ ĐỀ ÁN\n"
             "Căn cứ Quyết định số 3103/QĐ-BTC ngày 05 tháng 9 năm 2025 của Bộ Tài chính ban hành Kế hoạch")
    assert r.directives[0].issuer == "Bộ Tài chính"


def test_self_only_for_the_document_kind() -> None:
    text = "Hội nghị thống nhất thông qua Biên bản này. Kế hoạch này thay thế Kế hoạch số 371/KH-UBND."
    r = _run(text)
    assert [(c.text, c.form) for c in r.citations] == [("Kế hoạch này", "self"), ("Kế hoạch số 371/KH-UBND", "full")]
    r = extract_citations("Quyết định này có hiệu lực kể từ ngày ký.", [], DocumentMeta(doc_type="QĐ", number="2853/QĐ-UBND"))
    assert [(c.text, c.id) for c in r.citations] == [("Quyết định này", "2853/QĐ-UBND")]


def test_amending_law_takes_its_number() -> None:
    text = ("Căn cứ Luật Xây dựng số 50/2014/QH13, được sửa đổi, bổ sung tại Luật sửa đổi, bổ sung một số điều "
            "của Luật xây dựng số 62/2020/QH14 ngày 17 tháng 06 năm 2020;\n"
            "Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024, được sửa đổi, bổ sung một số điều tại Luật "
            "sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15;")
    got = [(c.id, c.text) for c in _run(text).citations]
    assert got == [
        ("50/2014/QH13", "Luật Xây dựng số 50/2014/QH13"),
        ("62/2020/QH14", "Luật sửa đổi, bổ sung một số điều của Luật xây dựng số 62/2020/QH14"),
        ("31/2024/QH15", "Luật Đất đai số 31/2024/QH15"), ("31/2024/QH15", "Luật Đất đai số 31/2024/QH15"),
        ("27/2023/QH15", "Luật Nhà ở số 27/2023/QH15")]


def test_section_path_skips_bullets() -> None:
    from extractor.models import Section
    text = "II. NỘI DUNG\n6. Kiểm tra\n- Thực hiện Kết luận số 01-KL/TW."
    secs = [Section(id="a", label="II", path="II", level=1, kind="roman", heading="NỘI DUNG", start=0, end=len(text)),
            Section(id="b", label="6", path="II.6", level=2, kind="arabic", heading="Kiểm tra", start=13, end=len(text)),
            Section(id="c", label="-", path="II.6.-1", level=3, kind="dash", heading="", start=24, end=len(text))]
    assert extract_citations(text, secs, DocumentMeta()).citations[0].section == "II.6"


def test_adjacent_theo_is_guided_by_and_not_a_parent() -> None:
    text = ("CHỈ THỊ\nTuy nhiên, qua quá trình triển khai thực hiện tại các sở, ban, ngành theo Quyết định số 766/QĐ-TTg "
            "ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số và Quyết định số 1/QĐ-TTg.\nI. NỘI DUNG")
    r = _run(text)
    assert [c.relation for c in r.citations] == ["guided_by", "mentions"]  # the second is in the description
    assert not any(d.parent for d in r.directives)


def test_opening_ends_at_the_first_numbered_section() -> None:
    from extractor.models import Section
    text = "Căn cứ Quyết định số 1/QĐ-TTg;\n- 2030\";\nThực hiện Thông tri số 02-TT/TU.\nI. MỤC ĐÍCH\n1. Thực hiện Kế hoạch số 5/KH-UBND."
    i = text.index("I. MỤC")
    secs = [Section(id="a", label="-", path="-1", level=1, kind="dash", heading="2030", start=31, end=40),
            Section(id="b", label="I", path="I", level=1, kind="roman", heading="MỤC ĐÍCH", start=i, end=len(text))]
    r = extract_citations(text, secs, DocumentMeta())
    assert {d.id for d in r.directives if d.parent} == {"02-TT/TU"}


def test_phrase_end_covers_date_and_issuer() -> None:
    text = "Thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục"
    c = _run(text).citations[0]
    assert text[c.start:c.phrase_end] == "Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị"


def _abbrev_entries() -> list[tuple[str, str]]:
    from extractor.citations.issuers import abbreviations
    return sorted(abbreviations().items())


@pytest.mark.parametrize(("abbr", "full"), _abbrev_entries())
def test_every_abbreviation_in_a_sentence(abbr: str, full: str) -> None:
    assert expand_abbreviations(f"Báo cáo {abbr} tỉnh, {abbr}.") == f"Báo cáo {full} tỉnh, {full}."
    assert expand_abbreviations(f"X{abbr} {abbr}Y") == f"X{abbr} {abbr}Y"  # whole words only


def test_issuer_from_a_list_introduction() -> None:
    text = ("- Căn cứ các Luật của Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam: Luật Giao dịch điện tử số 20/2023/QH15, "
            "ngày 22/6/2023; Luật Công nghệ thông tin số 67/2006/QH11, ngày 29/6/2006;\nLuật Dữ liệu số 60/2024/QH15")
    r = _run(text)
    assert [c.issuer for c in r.citations] == ["Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam"] * 2 + [None]
    text = ("Căn cứ các Quyết định của Thủ tướng Chính phủ về phê duyệt quy hoạch thời kỳ 2021 - 2030: Quyết định số "
            "1629/QĐ-TTg ngày 16 tháng 12 năm 2023 phê duyệt Quy hoạch tỉnh; Quyết định số 790/QĐ-TTg ngày 03 tháng 8 năm 2024")
    assert [c.issuer for c in _run(text).citations] == ["Thủ tướng Chính phủ"] * 2


def test_issuer_plenum() -> None:
    r = _run("theo Nghị quyết 36-NQ/TW ngày 22/10/2018, Hội nghị lần thứ 8 của Ban Chấp hành Trung ương Đảng khóa XII về chiến lược")
    assert r.citations[0].issuer == "Hội nghị lần thứ 8 của Ban Chấp hành Trung ương Đảng khóa XII"


def test_issuer_keeps_cu() -> None:
    r = _run("Quyết định số 66/2018/QĐ- UBND ngày 28/12/2018 của UBND tỉnh Phú Yên (cũ) về việc Ban hành Quy định")
    assert r.citations[0].issuer == "UBND tỉnh Phú Yên (cũ)"
