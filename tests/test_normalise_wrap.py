"""Hard-wrapped text (every paragraph broken at ~70 columns): the breaks a wrap makes that look like
something else. Each snippet is a corpus document's text as `evaluation.perturb.hard_wrap` breaks it
(or as its PDF export did), with a near miss next to it that must keep its line break."""

from __future__ import annotations

import importlib

import pytest

from evaluation.perturb import hard_wrap
from extractor.normalise import normalise

lj = importlib.import_module("extractor.line_joins")

# dev-08's opening paragraph wrapped at 70 columns: it makes any text around it a hard-wrapped export
_FILLER = hard_wrap(
    "Thực hiện Kế hoạch số 283/KH-UBND ngày 24/9/2025 của Ủy ban nhân dân Tỉnh về thực hiện Nghị quyết "
    "số 71/NQ-CP ngày 01/5/2025 của Chính phủ và Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của "
    "Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột "
    "phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Ủy ban nhân dân Tỉnh "
    "ban hành Kế hoạch chuyển đổi số cho các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hợp tác xã, "
    "hộ kinh doanh trên địa bàn tỉnh với các nội dung như sau."
)


def _text(snippet: str, blank_lines: bool) -> str:
    """The snippet between two copies of the filler: with blank lines between paragraphs (an e-mail
    export, the corpus's PDF exports) or without (pdftotext, a one-paragraph-per-line text wrapped)."""
    sep = "\n\n" if blank_lines else "\n"
    return sep.join([_FILLER, _FILLER, snippet, _FILLER, _FILLER]) + "\n"


# (case, blank lines between paragraphs?, wrapped snippet, runs on one line, starts a line)
CASES = [
    (  # 000: a dash of a range wrapped to a line start ... and a real bullet after ":"
        "dash_digit", True,
        ("Đảng ủy UBND tỉnh tập trung thực hiện các nhiệm vụ trọng tâm đã xác\n"
        "định tại Nghị quyết Đại hội Đảng bộ Văn phòng UBND tỉnh nhiệm kỳ 2025\n"
        "- 2030, gồm các nội dung sau:\n"
        "- 2026: hoàn thành việc sắp xếp tổ chức bộ máy."),
        ["nhiệm kỳ 2025 - 2030, gồm"], ["- 2026: hoàn thành"],
    ),
    (  # dev-04: "chính trị - xã hội" ... a lowercase bullet after ":" stays a bullet
        "dash_lowercase", True,
        ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị\n"
        "- xã hội:\n"
        "- vận động Nhân dân ủng hộ đồng bào bị thiệt hại do mưa lũ."),
        ["các tổ chức chính trị - xã hội:"], ["- vận động Nhân dân"],
    ),
    (  # dev-02: a ministry's name across a wrap; a capital bullet after "." stays a bullet
        "dash_capital_full_line", True,
        ("Căn cứ Thông tư số\n"
        "10/2022/TT-BLĐTBXH ngày 31 tháng 5 năm 2022 của Bộ trưởng Bộ Lao động\n"
        "- Thương\n"
        "binh và Xã hội hướng dẫn giám sát, đánh giá thực hiện Chương trình.\n"
        "- Thương binh, bệnh binh được ưu tiên hỗ trợ."),
        ["của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn"], ["- Thương binh, bệnh binh"],
    ),
    (  # dev-16 (no blank lines): a capital bullet after a full line that ends its heading stays
        "dash_capital_no_blank_lines", False,
        ("- Nội dung và trình tự thực hiện Hội nghị hiệp thương đảm bảo tuân thủ\n"
        "Điều 4 Nghị quyết số 101/2025/UBTVQH15 ngày 26/9/2025 của Ủy ban\n"
        "Thường vụ Quốc hội.\n"
        "2.2. Báo cáo kết quả hội nghị và Tổ chức lấy ý kiến cử tri nơi cư trú\n"
        "- Gửi Biên bản và báo cáo tình hình hiệp thương về Ban Thường trực."),
        ["đảm bảo tuân thủ Điều 4 Nghị quyết số 101/2025/UBTVQH15"], ["- Gửi Biên bản"],
    ),
    (  # dev-17: a part word after "tại" is a reference; "Điều 5." after a full line is a heading
        "part_word", True,
        ("2. Tiếp nhận và xử lý đơn thư khiếu nại, tố cáo, kiến nghị Ban Thường\n"
        "trực UBMTTQ xã thực hiện quy trình xử lý đơn thư theo hướng dẫn tại\n"
        "Mục II Kế hoạch số 16/KH-BTT-MTTQ của Tỉnh, cụ thể như sau về các nội\n"
        "dung phối hợp giữa các tổ chức thành viên của Mặt trận Tổ quốc xã và\n"
        "Điều 5. Tổ chức thực hiện"),
        ["theo hướng dẫn tại Mục II Kế hoạch số 16/KH-BTT-MTTQ"], ["Điều 5. Tổ chức thực hiện"],
    ),
    (  # dev-21: a number after "cận" runs on; an item after a line ending in another word stays
        "number_after_reference_word", True,
        ("7. Xếp loại kết quả học tập: điểm từ 5 đến cận 7: đạt loại Trung bình;\n"
        "điểm từ 7 đến cận 8: đạt loại Khá; điểm từ 8 đến cận\n"
        "9: đạt loại Giỏi; theo quy định tại khoản\n"
        "2. Điều 5 Quy chế này và các nội dung của phần học tập\n"
        "8. Khen thưởng và kỷ luật"),
        ["điểm từ 8 đến cận 9: đạt loại Giỏi; theo quy định tại khoản 2. Điều 5 Quy chế"],
        ["8. Khen thưởng"],
    ),
    (  # dev-15, dev-21: a bracket or percent wrapped off its sentence; ")" before a capital stays
        "bracket_percent", True,
        ("trường; triển khai lắp đặt các thiết bị IoT, cảm biến đo nhanh (LCS)\n"
        "thu thập dữ liệu về môi trường, chất lượng đất, nước, không khí; giờ\n"
        "chuẩn giảng dạy trực tiếp trên lớp phải đảm bảo tối thiểu 50%\n"
        "định mức quy định (hoặc giảng dạy trực tuyến)\n"
        "Kho lưu trữ số do Văn phòng quản lý."),
        ["cảm biến đo nhanh (LCS) thu thập dữ liệu", "tối thiểu 50% định mức quy định"],
        ["Kho lưu trữ số"],
    ),
    (  # 003: a bracket after a bracket; "(1)" after "." is a list item
        "bracket_after_bracket", True,
        ("cấp ủy chi bộ, lãnh đạo cơ quan (qua Phòng Hành chính - Quản trị)\n"
        "(thời gian hoàn thành trong quý I/2024).\n"
        "(1) Tập trung lãnh đạo thực hiện tốt nhiệm vụ chính trị được giao."),
        ["(qua Phòng Hành chính - Quản trị) (thời gian hoàn thành"], ["(1) Tập trung"],
    ),
    (  # dev-08: "(DN)," alone on a line is capitals, but no header cell
        "capitals_fragment", True,
        ("a) Thúc đẩy mạnh mẽ chuyển đổi\n"
        "số toàn diện trong hoạt động sản xuất kinh doanh của các doanh nghiệp\n"
        "(DN),\n"
        "nhất là doanh nghiệp nhỏ và vừa (DNNVV), hợp tác xã (HTX), hộ\n"
        "kinh doanh (HKD) trên địa bàn Tỉnh.\n"
        "KẾ HOẠCH\n"
        "thực hiện chuyển đổi số năm 2026."),
        ["của các doanh nghiệp (DN), nhất là doanh nghiệp nhỏ"], ["KẾ HOẠCH"],
    ),
    (  # dev-20: a full line's ";" is no clause end; a short one's is (dev-15's table cell)
        "semicolon_full_line", True,
        ("- Căn cứ các Luật của Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt\n"
        "Nam: Luật An toàn thông tin mạng số 86/2015/QH13, ngày 19/11/2015;\n"
        "ngày 19/11/2015; Luật An ninh mạng số 24/2018/QH14, ngày 12/6/2018;\n"
        "Luật Bảo vệ\n"
        "bí mật nhà nước số 29/2018/QH14, ngày 15/11/2018.\n\n"
        "Các giải pháp về hạ tầng số và hạ tầng bưu chính;\n"
        "Chiến lược và Kế hoạch"),
        ["ngày 12/6/2018; Luật Bảo vệ bí mật nhà nước số 29/2018/QH14"], ["Chiến lược và Kế hoạch"],
    ),
    (  # dev-08: a full line ending in an ellipsis wraps; a short one ends its item
        "ellipsis_full_line", True,
        ("b) Triển khai đề án ứng dụng IoT trong một số ngành, lĩnh vực như giáo\n"
        "dục, y tế, nông nghiệp, giao thông, xây dựng, logistics, du lịch,...\n"
        "Chuyển đổi số trong các khu công nghiệp, cụm công nghiệp.\n\n"
        "c) Đào tạo kỹ năng số cho giáo viên, học sinh,...\n"
        "Giao Sở Giáo dục và Đào tạo chủ trì."),
        ["logistics, du lịch,... Chuyển đổi số trong"], ["Giao Sở Giáo dục"],
    ),
    (  # dev-21: a form's dotted blank wrapped off its label
        "dotted_blank", True,
        ("(2) Chuyên đề:\n"
        ".............................................................................................................\n"
        "(3) Thời gian:"),
        ["(2) Chuyên đề: ....."], ["(3) Thời gian:"],
    ),
    (  # dev-16 (no blank lines): a footnote mark wrapped off its dotted blank; one that fitted stays
        "footnote_mark", False,
        ("4. Hội nghị đã quyết định biểu quyết thể hiện sự tín nhiệm đối với\n"
        "người được giới thiệu ứng cử/người tự ứng cử bằng hình thức …………………………\n"
        "(4)\n"
        "Kết quả tín nhiệm của cử tri đối với từng người.\n"
        "Mẫu số 06/BBKP\n"
        "……………………(1)"),
        ["hình thức ....", "... (4)"], ["Kết quả tín nhiệm", "........................(1)"],
    ),
    (  # dev-16 (no blank lines): a short line before a capital ends its paragraph; a full one runs on
        "short_line_ends_paragraph", False,
        ("3. Hội nghị hiệp thương lần thứ ba\n"
        "Nội dung: Lựa chọn, lập danh sách chính thức những người đủ tiêu chuẩn\n"
        "ứng cử đại biểu HĐND xã. Tổng hợp kết quả ý kiến nhận xét và tín nhiệm\n"
        "của cử tri nơi cư trú. Thành phần tham dự hội nghị gồm đại diện Ủy ban\n"
        "Thường vụ Quốc hội.\n"
        "người ứng cử đại biểu quốc hội, đại biểu HĐND trong bầu cử bổ sung;\n"
        "Căn cứ Hướng dẫn số 13/HD-MTTQ-BTT ngày 17/11/2025 của Ban Thường trực.\n"
        "CHỦ TỊCH\n"
        "Lan Thị Vân\n"
        "PHỤ LỤC"),
        ["gồm đại diện Ủy ban Thường vụ Quốc hội."], ["Nội dung: Lựa chọn", "Căn cứ Hướng dẫn số 13", "PHỤ LỤC"],
    ),
    (  # dev-04: a level's number after "cấp độ" runs on; a heading in capitals ending in "ĐỘ" stays
        "number_after_level_word", True,
        ("- Giai đoạn khẩn cấp (0-48 giờ): Tổ chức lực lượng, phương tiện tiếp cận\n"
        "chia cắt bằng ca nô, xuồng máy, phương tiện cơ động, ưu tiên các địa bàn cấp độ\n"
        "1. Cấp ngay mì tôm, lương khô, nước uống, thuốc men thiết yếu cho Nhân dân.\n"
        "IV. CHẾ ĐỘ\n"
        "1. Báo cáo định kỳ hằng tháng về Ủy ban nhân dân tỉnh."),
        ["ưu tiên các địa bàn cấp độ 1. Cấp ngay mì tôm"], ["IV. CHẾ ĐỘ", "1. Báo cáo định kỳ"],
    ),
    (  # dev-21: a run of marks wrapped; dev-12: a heading broken before a type word
        "mark_run_and_type_word", True,
        ("2. Giảng viên lên lớp ghi các nội dung (1), (2),\n"
        "(3), (4), (5), ký và ghi rõ họ tên sau mỗi buổi học.\n"
        "VII. CHẾ ĐỘ\n"
        "BÁO CÁO\n"
        "Các cơ quan, đơn vị được giao nhiệm vụ báo cáo trước ngày 15/11 hằng năm.\n"
        "KẾ HOẠCH\n"
        "thực hiện chuyển đổi số năm 2026."),
        ["ghi các nội dung (1), (2), (3), (4), (5), ký", "VII. CHẾ ĐỘ BÁO CÁO"], ["KẾ HOẠCH", "Các cơ quan"],
    ),
]


@pytest.mark.parametrize(("case", "blank_lines", "snippet", "runs_on", "starts"), CASES, ids=[c[0] for c in CASES])
def test_a_hard_wrap_is_undone_and_a_real_break_kept(
    case: str, blank_lines: bool, snippet: str, runs_on: list[str], starts: list[str]
) -> None:
    text = _text(snippet, blank_lines)
    assert lj._is_hard_wrapped(text)
    assert lj._no_blank_lines(text) is not blank_lines
    lines = normalise(text).text.split("\n")
    for piece in runs_on:
        assert any(piece in ln for ln in lines), (piece, lines)
    for start in starts:
        assert any(ln.startswith(start) for ln in lines), (start, lines)


def test_a_one_paragraph_per_line_text_gives_no_width() -> None:
    # dev-17 is read as hard-wrapped (its short lines end mid-sentence), but its paragraphs run
    # to 200 columns: no width, so no short line is taken for a paragraph's end
    text = (
        "ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nSố: /KH-MTTQ-BTT\n"
        "KẾ HOẠCH\nTiếp công dân, xử lý đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh phục vụ bầu cử\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Tổ chức tiếp công dân về bầu cử\n"
        "- Địa điểm: Tại Phòng tiếp công dân của UBND xã (Trụ sở Ủy ban MTTQ xã).\n"
        "- Thời gian: Duy trì thường xuyên trong giờ hành chính suốt quá trình diễn ra bầu cử. Đặc biệt, "
        "phân công cán bộ trực (cả thứ Bảy, Chủ nhật) trong các thời điểm cao điểm: Niêm yết danh sách cử "
        "tri, niêm yết danh sách người ứng cử và những ngày sát ngày bầu cử.\n"
        "2. Ban Công tác Mặt trận các thôn\n"
        "- Nắm bắt tâm tư, nguyện vọng và các ý kiến phản ánh của Nhân dân liên quan đến công tác bầu cử; "
        "kịp thời báo cáo Ban Thường trực Ủy ban MTTQ xã để phối hợp giải quyết.\n"
        "3. Giám sát việc giải quyết khiếu nại, tố cáo\n"
        "- Ban Thường trực UBMTTQ xã theo dõi, đôn đốc việc giải quyết đơn thư của các cơ quan có thẩm "
        "quyền; tổng hợp kết quả báo cáo Ban Thường trực Ủy ban MTTQ tỉnh theo quy định.\n"
    )
    assert lj._wrap_width(text) == 0


_REFERENCE_CASES = CASES[:3] + CASES[-2:]


@pytest.mark.parametrize(
    ("case", "blank_lines", "snippet", "runs_on", "starts"), _REFERENCE_CASES, ids=[c[0] for c in _REFERENCE_CASES]
)
def test_the_fast_pass_gives_what_the_reference_gives(
    case: str, blank_lines: bool, snippet: str, runs_on: list[str], starts: list[str]
) -> None:
    import re

    from extractor.offsets import substitute

    text = _text(snippet, blank_lines)
    ref, _ = substitute(text, re.compile(r"\n+"), lambda m: lj._line_break_repl(m, True))
    assert lj.join_lines(text)[0] == ref
