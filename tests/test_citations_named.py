"""Table-driven tests for named references (documents named without a number): real sentences from
the dev documents or of the same kind; expected names written by reading them (corpus/README.md:
one item per standalone mention, the name as printed; names inside a cited document's trích yếu
and plans that are only subject matter are not listed)."""

from __future__ import annotations

import pytest

from extractor.citations import extract_citations
from extractor.models import DocumentMeta


def _names(text: str) -> list[str]:
    return [n.name for n in extract_citations(text, [], DocumentMeta()).named_references]


ROWS: list[tuple[str, list[str]]] = [
    # A law's year belongs to its name ("Luật Thủy sản năm 2017").
    ("Căn cứ Luật Thủy sản năm 2017;\nCăn cứ Luật Bảo vệ môi trường năm 2020;",
     ["Luật Thủy sản năm 2017", "Luật Bảo vệ môi trường năm 2020"]),
    ("theo Luật Thủy sản, Luật An toàn thực phẩm, Luật Bảo vệ môi trường,....",
     ["Luật Thủy sản", "Luật An toàn thực phẩm", "Luật Bảo vệ môi trường"]),
    # An amending law named without its own number is one reference, commas and amended laws inside
    # it; it ends like a law's name (its date, ";"). After "được sửa đổi, bổ sung tại" it stands alone.
    (("Căn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017 được sửa đổi, bổ sung một số điều tại Luật sửa đổi, bổ "
      "sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác công tư và Luật Đấu "
      "thầu ngày 29 tháng 11 năm 2024;"),
     ["Luật Quy hoạch", ("Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo "
      "phương thức đối tác công tư và Luật Đấu thầu")]),
    ("Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều ngày 17 tháng 6 năm 2020;",
     ["Luật Sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều"]),
    (("Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024, được sửa đổi, bổ sung một số điều tại Luật "
      "sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và Luật Các tổ "
      "chức tín dụng số 32/2024/QH15;\nCăn cứ Luật Giao dịch điện tử số 20/2023/QH15;"),
     [("Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và Luật "
      "Các tổ chức tín dụng số 32/2024/QH15")]),
    (("Thực hiện Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân ngày 25 tháng 6 năm 2015 và Luật sửa "
      "đổi, bổ sung một số điều của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân ngày 24 tháng 6 "
      "năm 2025;"),
     ["Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân", ("Luật sửa đổi, bổ sung một số điều của Luật "
      "Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân")]),
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch ngày 20 tháng 11 năm 2018;",
     ["Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch"]),
    # … with its own number it is a citation; inside a cited document's trích yếu it is not listed.
    (("Căn cứ Luật Xây dựng số 50/2014/QH13, được sửa đổi, bổ sung tại Luật sửa đổi, bổ sung một số điều của Luật "
      "xây dựng số 62/2020/QH14 ngày 17 tháng 06 năm 2020;"), []),
    (("Căn cứ Nghị định số 66/2021/NĐ-CP ngày 06 tháng 7 năm 2021 của Chính phủ quy định chi tiết thi hành một số "
      "điều của Luật Phòng, chống thiên tai và Luật Sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và "
      "Luật Đê điều;"), []),
    # "sửa đổi" as a verb before a law is no amending law.
    ("Phối hợp rà soát, sửa đổi Luật Đất đai;", ["Luật Đất đai"]),
    # "Luật X sửa đổi", "Luật X (sửa đổi)": the revised law being drafted, no issued document.
    ("Phối hợp xây dựng Nghị định hướng dẫn chi tiết thi hành Luật Quy hoạch sửa đổi.\n", []),
    ("trong thời gian chưa ban hành Luật Quy hoạch (sửa đổi);", []),
    # A fixed pair keeps its comma inside the name ("phòng, chống", "thi đua, khen thưởng"); other commas
    # separate names.
    ("Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;", ["Luật Phòng, chống thiên tai"]),
    ("thực hiện theo Luật Phòng, chống ma túy, Luật Phòng, chống tham nhũng và Luật Thi đua, khen thưởng;",
     ["Luật Phòng, chống ma túy", "Luật Phòng, chống tham nhũng", "Luật Thi đua, khen thưởng"]),
    ("theo quy định của Luật Đầu tư, Luật Đấu thầu;", ["Luật Đầu tư", "Luật Đấu thầu"]),
    ("theo Luật Đất đai và Quy hoạch sử dụng đất thời kỳ 2021 - 2030 của tỉnh;",
     ["Luật Đất đai", "Quy hoạch sử dụng đất thời kỳ 2021 - 2030 của tỉnh"]),
    # Inside the trích yếu of a cited document: not a standalone mention.
    (("Căn cứ Nghị định số 200/2023/NĐ-CP ngày 28/12/2023 của Chính phủ quy định chi tiết một số điều của "
     "Luật Phòng thủ dân sự; Nghị định số 98/2021/NĐ-CP ngày 08/11/2021 của Chính phủ;"), []),
    (("Căn cứ Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ về quy định chi tiết một số điều của "
     "Luật Bảo vệ môi trường;\nCăn cứ Luật Bảo vệ môi trường năm 2020;"), ["Luật Bảo vệ môi trường năm 2020"]),
    (("Căn cứ Quyết định số 2139/QĐ-TTg ngày 30/11/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai Đợt "
     "thi đua chào mừng Đại hội lần thứ XIV của Đảng; tăng tốc hoàn thành các mục tiêu, nhiệm vụ Nghị quyết Đại "
     "hội lần thứ XIII của Đảng;\nỦy ban nhân dân tỉnh hoàn thành các mục tiêu, nhiệm vụ Nghị quyết Đại hội lần "
     "thứ XIII của Đảng trên địa bàn tỉnh."), ["Nghị quyết Đại hội lần thứ XIII của Đảng"]),
    # After a break ("gắn với", "góp phần") the sentence is the plan's own again: standalone names.
    (("xây dựng kế hoạch thực hiện Kết luận số 01-KL/TW phải căn cứ Kế hoạch của Ban Thường vụ Đảng ủy Khối, gắn với "
     "chương trình hành động thực hiện nghị quyết đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025 và Nghị quyết Đại hội "
     "XIII của Đảng"), ["nghị quyết đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025", "Nghị quyết Đại hội XIII của Đảng"]),
    # Plans, strategies, master plans, rules named without a number, after a referring cue.
    ("a) Nội dung thực hiện phong trào thi đua phải bám sát nội dung Kế hoạch tổ chức thi đua năm 2025. Tổ chức",
     ["Kế hoạch tổ chức thi đua năm 2025"]),
    ("được vận động, tiếp nhận và phân phối theo Quy chế phối hợp giữa UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh.\n",
     ["Quy chế phối hợp giữa UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh"]),
    ("- Theo Kế hoạch dự trữ hàng hóa phòng, chống thiên tai năm 2025 của Sở Công Thương. Nguồn hỗ trợ",
     ["Kế hoạch dự trữ hàng hóa phòng, chống thiên tai năm 2025 của Sở Công Thương"]),
    ("c) Đồng hành, đồng bộ với Chiến lược chuyển đổi số của Bộ Xây dựng giai đoạn 2025 - 2030, góp phần triển khai",
     ["Chiến lược chuyển đổi số của Bộ Xây dựng giai đoạn 2025 - 2030"]),
    (("đ) Triển khai khu công nghiệp công nghệ số tập trung theo Quy hoạch hạ tầng thông tin và truyền thông thời kỳ "
     "2021 - 2030, tầm nhìn đến năm 2050.\n"),
     ["Quy hoạch hạ tầng thông tin và truyền thông thời kỳ 2021 - 2030, tầm nhìn đến năm 2050"]),
    # A plan type word with a quoted title names that document, in any case, to the closing quote …
    (("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thực hiện Đề án \"Nâng cao nhận thức cộng đồng "
      "và Quản lý rủi ro thiên tai dựa vào cộng đồng, đến năm 2030\" trên địa bàn Thành phố."),
     ['Đề án "Nâng cao nhận thức cộng đồng và Quản lý rủi ro thiên tai dựa vào cộng đồng, đến năm 2030"']),
    (("QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN ĐỀ ÁN \"NÂNG CAO NHẬN THỨC CỘNG ĐỒNG VÀ QUẢN LÝ RỦI RO "
      "THIÊN TAI DỰA VÀO CỘNG ĐỒNG, ĐẾN NĂM 2030\" TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH\n"),
     ['ĐỀ ÁN "NÂNG CAO NHẬN THỨC CỘNG ĐỒNG VÀ QUẢN LÝ RỦI RO THIÊN TAI DỰA VÀO CỘNG ĐỒNG, ĐẾN NĂM 2030"']),
    # … but not the plan being issued, a heading of the document itself, a programme (subject matter),
    # a lower-case noun, nor inside a cited document's trích yếu.
    (("UBND thành phố Hà Nội ban hành Kế hoạch \"Triển khai thực hiện Nghị quyết số 214/NQ-CP ngày 23/7/2025 của "
      "Chính phủ\", cụ thể như sau:"), []),
    ('ĐỀ ÁN "PHÁT TRIỂN VĂN HÓA ĐỌC TRONG CỘNG ĐỒNG"\nI. MỤC TIÊU', []),
    ('tham gia Chương trình "Học từ làm việc thực tế" và mô hình "Học từ làm việc thực tế";', []),
    ('triển khai kế hoạch "Học từ làm việc thực tế" tại đơn vị;', []),
    (("Căn cứ Quyết định số 553/QĐ-TTg ngày 06 tháng 4 năm 2021 của Thủ tướng Chính phủ về phê duyệt Đề án \"Nâng "
      "cao nhận thức cộng đồng và Quản lý rủi ro thiên tai dựa vào cộng đồng, đến năm 2030\";"), []),
    # A verb right after the type word: the plan is the generic noun, its object or subject.
    ("kiến nghị điều chỉnh nội dung Kế hoạch gửi Sở Nông nghiệp và Môi trường (nếu có);", []),
    ("Các đơn vị thực hiện theo Kế hoạch phải báo cáo kết quả về Sở Nội vụ.", []),
    # Stated as approved or issued by a document after its name, a plan is named with no cue before it.
    (("a) Nhiệm vụ: Tham mưu UBND Thành phố rà soát, hoàn thiện Chiến lược dữ liệu thành phố Hà Nội đến năm 2030 "
      "được UBND Thành phố phê duyệt tại Quyết định số 1229/QĐ-UBND ngày 28/02/2025 của UBND Thành phố."),
     ["Chiến lược dữ liệu thành phố Hà Nội đến năm 2030"]),
    ("Tổ chức Kế hoạch chuyển đổi số toàn diện được triển khai đồng bộ tại các sở.", []),
    # A list item of the opening's bases: ends at the trích yếu of the document it implements.
    (("Nghị quyết số 26/NQ-CP ngày 05/3/2020 của Chính phủ ban hành kế hoạch tổng thể; Kế hoạch của Ủy ban nhân dân "
     "tỉnh Đồng Tháp về thực hiện Nghị quyết số 26/NQ-CP ngày 05/3/2020 của Chính phủ về Chiến lược phát triển bền "
     "vững kinh tế biển Việt Nam đến năm 2030."),
     ["Kế hoạch của Ủy ban nhân dân tỉnh Đồng Tháp về thực hiện Nghị quyết số 26/NQ-CP ngày 05/3/2020 của Chính phủ"]),
    # A "Căn cứ" line of the opening names one document: to its ";", commas and all.
    (("- Căn cứ Điều lệ Đảng;\n- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư "
      "khoa XIII;\n- Căn cứ Quy định số 08-QĐi/TW;"),
     ["Điều lệ Đảng", "Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khoa XIII"]),
    ("Căn cứ Kế hoạch này, các chi bộ triển khai thực hiện Kết luận số 01-KL/TW năm 2026.", []),
    # … but a comma before a lower-case word ends the name as anywhere else.
    ("Căn cứ Kế hoạch tổ chức thi đua năm 2025 của UBND tỉnh, tình hình thực tế của đơn vị;",
     ["Kế hoạch tổ chức thi đua năm 2025 của UBND tỉnh"]),
    # … and it ends like one: after "; " a noun followed by "," is an item of a list of things.
    (("chương trình, tài liệu do cấp có thẩm quyền khác ban hành; Kế hoạch bồi dưỡng, thời khóa biểu, sổ theo dõi "
      "giảng dạy của giảng viên."), []),
    (("Căn cứ Kế hoạch số 12/KH-UBND của UBND tỉnh;\nBáo cáo nhanh tình hình thiệt hại mưa lũ trên địa bàn tỉnh đến "
     "sáng ngày 21/11/2025;\nCăn cứ Quy chế phối hợp số 49/QCPH-UBND-UBMT-HCTĐ ngày 24/01/2025;"),
     ["Báo cáo nhanh tình hình thiệt hại mưa lũ trên địa bàn tỉnh đến sáng ngày 21/11/2025"]),
    (("1. Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2025 và Kế hoạch 5 năm (2021 - 2025) "
     "theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"),
     ["Kế hoạch 5 năm (2021 - 2025)", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"]),
    # Other heads of named documents: a set of criteria or indicators, an architecture framework (after a
    # cue, "tuân thủ" among them, or listed after another name), a set known by its decision's number
    # (also as the short name in parentheses after a cited decision's trích yếu), a national standard.
    (("Triển khai lồng ghép nội dung trong công tác truyền thông Luật Phòng chống bạo lực gia đình, Bộ tiêu chí xây "
      "dựng gia đình hạnh phúc.\n"), ["Luật Phòng chống bạo lực gia đình", "Bộ tiêu chí xây dựng gia đình hạnh phúc"]),
    ("tuân thủ Khung kiến trúc tổng thể quốc gia số, bảo đảm không trùng lặp;",
     ["Khung kiến trúc tổng thể quốc gia số"]),
    (("theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành "
      "và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện TTHC (Bộ chỉ số 766) vẫn còn hạn chế"),
     ["Bộ chỉ số 766"]),
    ("nhóm chỉ số theo Bộ chỉ số 766 trên Cổng Dịch vụ công quốc gia", ["Bộ chỉ số 766"]),
    ("theo tiêu chuẩn TCVN 14423:2025 về An ninh mạng - Yêu cầu đối với hệ thống thông tin quan trọng.",
     ["TCVN 14423:2025"]),
    ("bảo đảm đáp ứng QCVN 01:2021/BXD và TCVN ISO 9001:2015;", ["QCVN 01:2021/BXD", "TCVN ISO 9001:2015"]),
    # … not without a cue or a name before the list glue, nor a standard without its code.
    ("Xây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp.", []),
    ("doanh nghiệp đồng hành để xây dựng Khung Kiến trúc số thành phố Hà Nội và Chiến lược dữ liệu thành phố Hà Nội.",
     []),
    ("áp dụng các tiêu chuẩn TCVN hiện hành;", []),
    # A project known by its number only (corpus/README); inside a trích yếu it is not listed.
    ("triển khai thực hiện Đề án 06, cải cách thủ tục hành chính, chuyển đổi số", ["Đề án 06"]),
    (("Thông báo số 552/TB-VPCP ngày 13 tháng 10 năm 2025 của Văn phòng Chính phủ Kết luận Phiên họp lần thứ tư "
     "của Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06."),
     []),
    # A date or an abbreviation written with dots does not end the cited document's trích yếu ...
    (("Căn cứ Nghị định số 200/2023/NĐ-CP ngày 28.12.2023 của Chính phủ quy định chi tiết một số điều của "
      "Luật Phòng thủ dân sự;"), []),
    (("Căn cứ Quyết định số 12/QĐ-UBND ngày 05.3.2024 của UBND TP.Hồ Chí Minh ban hành quy chế thực hiện "
      "Luật Thủ đô;"), []),
    # ... but a full stop does: the name after it is a mention of its own
    ("Căn cứ Nghị định số 200/2023/NĐ-CP ngày 28.12.2023 của Chính phủ. Luật Phòng thủ dân sự;",
     ["Luật Phòng thủ dân sự"]),
    # Not named references: the plan being issued or built (subject matter), the document itself,
    # a bare type word, a national target programme.
    ("Ủy ban nhân dân tỉnh Đồng Tháp ban hành Kế hoạch Chuyển đổi số trong hoạt động xây dựng như sau:", []),
    ("g) Xây dựng Kế hoạch hỗ trợ doanh nghiệp tham gia phát triển các ứng dụng, dịch vụ số mới;", []),
    ("Trên đây là Kế hoạch Quan trắc, cảnh báo môi trường tại một số vùng nuôi trồng thủy sản.", []),
    ("bố trí kinh phí để thực hiện Kế hoạch theo quy định hiện hành.", []),
    ("PHỤ LỤC\n(Kèm theo Kế hoạch tổ chức thi đua năm 2025 của Ủy ban nhân dân tỉnh)", []),
    ("tổ chức thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2025;", []),
]


@pytest.mark.parametrize(("text", "names"), ROWS)
def test_named_references_table(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_short_form_after_a_cue_stays_a_citation() -> None:
    """A type word with a number after a cue is a short citation, not the start of a plan's name."""
    r = extract_citations("Căn cứ Kế hoạch số 01/KH-UBND ngày 05/01/2025 của UBND tỉnh;\n"
                          "triển khai theo Kế hoạch 01 trước ngày 20 hằng tháng.", [], DocumentMeta())
    assert [c.text for c in r.citations] == ["Kế hoạch số 01/KH-UBND", "Kế hoạch 01"]
    assert r.named_references == []
