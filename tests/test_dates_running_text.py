"""What is and is not a date in a document's running text (corpus/README.md, Dates: vague and
bare-frequency expressions), read with `extract_dates` on short plan passages.

Each passage is a line (or two) of a real plan in the corpus' style (the sources are named);
expected values were written by reading the passage against the conventions.
"""

from __future__ import annotations

import pytest

from extractor.dates import extract_dates
from extractor.models import DocumentMeta

N = None
META = DocumentMeta(issued_date="2021-10-20", title="học tập và làm theo Bác năm 2021")

# (passage, expected values: [(text, from, to, recurrence, role)] — exactly these, in order)
ROWS: list[tuple[str, list[tuple[str, str | None, str | None, str | None, str]]]] = [
    # a bare frequency inside a sentence is not a date (dev-05, dev-06, dev-12, 001)
    ("- Các Trung tâm y tế giám sát tuyến xã và báo cáo hằng ngày.", []),
    (("- Kết quả quan trắc, thông báo định kỳ, báo cáo tổng hợp hàng quý và hàng năm được lưu trữ "
     "bằng văn bản giấy, văn bản số."), []),
    (("Các đơn vị chủ động tổ chức thực hiện, theo dõi, đánh giá kết quả hằng năm, bảo đảm hoàn thành "
     "các chỉ tiêu được giao."), []),
    ("- Ban Tuyên giáo tổng hợp báo cáo hàng năm và báo cáo sơ kết, tổng kết của Ban Thường vụ.", []),
    (("Các đơn vị, địa phương tăng cường kiểm tra, định kỳ hàng năm báo cáo kết quả thực hiện về Sở "
     "chậm nhất ngày 17 tháng 12."),
     [("chậm nhất ngày 17 tháng 12", N, N, "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=17", "deadline")]),
    # ... but it is one as the item's stated time
    ("- Thời gian thực hiện: Hằng quý.", [("Hằng quý", N, N, "FREQ=MONTHLY;INTERVAL=3", "deadline")]),
    ("Triển khai đánh giá mức độ chuyển đổi số.\nHằng năm\n", [("Hằng năm", N, N, "FREQ=YEARLY", "deadline")]),
    # a yearless edge of the year is not a date (000, 001, 002)
    ("- Các chi bộ tổ chức đánh giá thực trạng ban đầu của mô hình; định kỳ và cuối năm đánh giá kết quả.", []),
    ("thực hiện các chuẩn mực đạo đức từ đầu năm và kiểm tra, giám sát, đánh giá kết quả cuối năm.", []),
    ("- Thời gian: cuối năm.", [("cuối năm", "2021-09-01", "2021-12-31", N, "deadline")]),
    ("tổng kết vào cuối năm 2021.", [("cuối năm 2021", "2021-09-01", "2021-12-31", N, "deadline")]),
    # a relative year alone where the schedule repeats is no one year (001)
    ("Quý IV hàng năm hoàn thành xây dựng kế hoạch của năm kế tiếp; báo cáo với cấp ủy cùng cấp.",
     [("Quý IV hàng năm", N, N, "FREQ=YEARLY;BYMONTH=10,11,12", "deadline")]),
    ("từ năm 2022 trở đi hoàn thành chuyên đề năm sau vào đầu quý IV của năm trước đó.",
     [("từ năm 2022 trở đi", "2022-01-01", N, N, "start"),
      ("đầu quý IV của năm trước đó", N, N, "FREQ=YEARLY;BYMONTH=10", "deadline")]),
    ("Xây dựng kế hoạch năm sau.", [("năm sau", "2022-01-01", "2022-12-31", N, "reference")]),
    # ... however far on in its line the schedule's cue stands (a long report item, dev-21)
    (("- Tháng 11 hằng năm, Trung tâm có văn bản báo cáo cấp ủy xã nơi có trụ sở Trung tâm về công tác bồi "
      "dưỡng, gồm: kết quả bồi dưỡng theo kế hoạch được phê duyệt; số học viên hiện có; số học viên hoàn thành "
      "chương trình bồi dưỡng trong năm; việc cấp giấy chứng nhận; dự kiến kế hoạch bồi dưỡng cho năm sau."),
     [("Tháng 11 hằng năm", N, N, "FREQ=YEARLY;BYMONTH=11", "deadline")]),
    (("- Trung tâm có văn bản báo cáo cấp ủy xã nơi có trụ sở Trung tâm về công tác bồi dưỡng, gồm: kết quả "
      "bồi dưỡng theo kế hoạch được phê duyệt; số học viên hiện có; số học viên hoàn thành chương trình bồi "
      "dưỡng; việc cấp giấy chứng nhận; dự kiến kế hoạch bồi dưỡng cho năm sau."),
     [("năm sau", "2022-01-01", "2022-12-31", N, "reference")]),
    # a year without "năm" after a horizon word (dev-12); not a quantity, not after another number
    (("a) Triển khai Chương trình phát triển công nghiệp công nghệ số Việt Nam đến 2030, tầm nhìn 2035 theo "
     "hướng dẫn của Bộ Khoa học và Công nghệ."),
     [("đến 2030", N, "2030-12-31", N, "programme"), ("tầm nhìn 2035", N, "2035-12-31", N, "programme")]),
    ("- Nâng diện tích rừng ngập mặn từ 1.700 ha đến 2030 ha.", []),
    ("- Số hộ được hỗ trợ tăng từ 1500 đến 2000, bảo đảm đúng đối tượng.", []),
    # a form's blank date line is no date (002); a blank day alone still gives the month
    ("ĐẢNG CỘNG SẢN VIỆT NAM\n....., ngày tháng năm 2026\nKẾ HOẠCH HỌC TẬP VÀ LÀM THEO", []),
    # "Thực hiện thường xuyên." as the sentence closing an item (001)
    (("- Các trang thông tin điện tử đưa tin, bài tuyên truyền để tạo sức lan tỏa trong toàn Đảng bộ. "
     "Thực hiện thường xuyên.\n- Đoàn Khối đưa việc học tập thành nội dung quan trọng."),
     [("Thực hiện thường xuyên", N, N, "continuous", "deadline")]),
    ("- Các cơ quan thường xuyên đưa tin. Cán bộ thường xuyên học tập.", []),
    # "thường xuyên" right before "trong" and a period with its year: continuous over it (dev-02)
    (("2. Thời gian thực hiện\nCông tác giám sát, đánh giá được tiến hành thường xuyên, liên tục trong năm 2025, "
      "sẽ có văn bản thông báo lịch giám sát."),
     [("thường xuyên, liên tục trong năm 2025", "2025-01-01", "2025-12-31", "continuous", "deadline")]),
    ("- Các xã kiểm tra thường xuyên trong quý IV/2025 tại các chợ.",
     [("thường xuyên trong quý IV/2025", "2025-10-01", "2025-12-31", "continuous", "deadline")]),
    # near misses: no period, a period without its year, a word between, a list going on
    ("- Các cơ quan trực thường xuyên trong giờ hành chính.", []),
    ("- Đội kiểm tra thường xuyên trong tháng 11 tại các chợ.", [("trong tháng 11", "2021-11-01", "2021-11-30", N, "reference")]),
    ("- Đội thường xuyên kiểm tra trong năm 2021 tại các chợ.", [("trong năm 2021", "2021-01-01", "2021-12-31", N, "reference")]),
    ("- Theo dõi thường xuyên, liên tục, có đôn đốc, kiểm tra.", []),
    # a bounded date in a legal-basis line of the preamble ("Căn cứ …;") is in a cited title, no deadline (dev-04)
    (("Căn cứ Công điện số 223/CĐ-TTg của Thủ tướng Chính phủ; Báo cáo nhanh tình hình thiệt hại mưa lũ trên "
      "địa bàn tỉnh đến sáng ngày 21/11/2021;"),
     [("đến sáng ngày 21/11/2021", N, "2021-11-21", N, "reference")]),
    ("- Căn cứ Báo cáo về kết quả rà soát từ ngày 01/11/2021 đến ngày 15/11/2021;",
     [("từ ngày 01/11/2021 đến ngày 15/11/2021", "2021-11-01", "2021-11-15", N, "reference")]),
    # ... also where a hard wrap fell after one of its ';' (the list goes on, up to three lines)
    (("Căn cứ Công điện số 223/CĐ-TTg của Thủ tướng Chính phủ; Các Công điện của UBND tỉnh;\nBáo cáo nhanh "
      "tình hình thiệt hại mưa lũ trên địa bàn tỉnh đến sáng ngày 21/11/2021;"),
     [("đến sáng ngày 21/11/2021", N, "2021-11-21", N, "reference")]),
    (("Căn cứ Công điện số 223/CĐ-TTg của Thủ tướng Chính phủ;\nỦy ban nhân dân tỉnh ban hành Kế hoạch:\n"
      "- Các xã báo cáo thiệt hại đến hết ngày 21/11/2021;"),
     [("đến hết ngày 21/11/2021", N, "2021-11-21", N, "deadline")]),
    # ... and its "từ nay" is the cited document's "now", not this one's: no start (dev-07)
    (("Căn cứ Quyết định số 03-QĐ/BCĐ của Ban Chỉ đạo ban hành Chương trình công tác của Ban Chỉ đạo tỉnh "
      "từ nay đến cuối năm 2021;"),
     [("từ nay đến cuối năm 2021", N, "2021-12-31", N, "programme")]),
    ("- Từ nay đến hết năm 2021, các sở tập trung triển khai.", [("Từ nay đến hết năm 2021", "2021-10-20", "2021-12-31", N, "deadline")]),
    # near misses: a sentence that goes on after "Căn cứ …," (a main clause), a basis line's past date
    ("- Căn cứ Kế hoạch này, các chi bộ báo cáo trước ngày 15/12/2021.", [("trước ngày 15/12/2021", N, "2021-12-15", N, "deadline")]),
    ("Căn cứ kết quả rà soát, các xã hoàn thành đến hết ngày 30/11/2021; báo cáo về Sở.",
     [("đến hết ngày 30/11/2021", N, "2021-11-30", N, "deadline")]),
    ("Căn cứ Báo cáo tình hình thiệt hại đến ngày 15/9/2021;", [("đến ngày 15/9/2021", N, "2021-09-15", N, "event")]),
    # an "until" date not after the document's (20/10/2021), then a past verb: a status as of then (dev-04)
    ("- Đến 12h00 ngày 20/10/2021, toàn tỉnh ghi nhận nhiều trường hợp chết, mất tích.",
     [("Đến 12h00 ngày 20/10/2021", N, "2021-10-20", N, "event")]),
    ("- Đến ngày 19/10/2021, toàn tỉnh đã sơ tán 20.000 hộ.", [("Đến ngày 19/10/2021", N, "2021-10-19", N, "event")]),
    # near misses: a later date (a target), no past verb (a same-day deadline)
    ("- Đến ngày 30/10/2021, toàn tỉnh đã hoàn thành sơ tán.", [("Đến ngày 30/10/2021", N, "2021-10-30", N, "deadline")]),
    ("- Đến 17h00 ngày 20/10/2021, các xã báo cáo số hộ sơ tán.", [("Đến 17h00 ngày 20/10/2021", N, "2021-10-20", N, "deadline")]),
    # a target inside a commitment quoted as a task's direction is not the task's deadline (dev-09)
    (("- Rà soát, đổi mới công nghệ theo hướng giảm thiểu phát thải khí nhà kính theo cam kết của Việt Nam tại "
      "COP 26 về đạt mức phát thải ròng bằng 0 vào năm 2050."),
     [("năm 2050", "2050-01-01", "2050-12-31", N, "reference")]),
    ("- Chuyển đổi phương tiện theo cam kết quốc tế về loại bỏ xe xăng vào năm 2040.",
     [("năm 2040", "2040-01-01", "2040-12-31", N, "reference")]),
    # near misses: a comma after the cue (the task's own time follows), a bound
    ("- Các doanh nghiệp thực hiện theo cam kết, hoàn thành vào năm 2026.", [("năm 2026", "2026-01-01", "2026-12-31", N, "deadline")]),
    ("- Các xã thực hiện theo cam kết và hoàn thành trước năm 2027.", [("trước năm 2027", N, "2026-12-31", N, "deadline")]),
    # yearless months right before a frequency: the months of every year it applies in, a list of
    # them one value (dev-06's monitoring schedules; the others in its style)
    (("Coliform; tần suất: Tháng 3, 4 và tháng 9 đến tháng 11 tần suất quan trắc 02 đợt/tháng; tháng 5 đến "
      "tháng 8 tần suất quan trắc 04 đợt/tháng (26 đợt/năm)."),
     [("Tháng 3, 4 và tháng 9 đến tháng 11", N, N, "FREQ=YEARLY;BYMONTH=3,4,9,10,11", "reference"),
      ("tháng 5 đến tháng 8", N, N, "FREQ=YEARLY;BYMONTH=5,6,7,8", "reference")]),
    ("Tháng 3, 4 và tháng 9 - tháng 11 tần suất quan trắc 02 đợt/tháng; tháng 5 - tháng 8 tần suất 4 đợt/năm",
     [("Tháng 3, 4 và tháng 9 - tháng 11", N, N, "FREQ=YEARLY;BYMONTH=3,4,9,10,11", "reference"),
      ("tháng 5 - tháng 8", N, N, "FREQ=YEARLY;BYMONTH=5,6,7,8", "reference")]),
    ("- Mùa mưa từ tháng 11 đến tháng 2: tần suất lấy mẫu 01 lần/tuần.",
     [("từ tháng 11 đến tháng 2", N, N, "FREQ=YEARLY;BYMONTH=1,2,11,12", "reference")]),
    ("Tháng 6 và tháng 7 tần suất kiểm tra 02 lần/tháng.", [("Tháng 6 và tháng 7", N, N, "FREQ=YEARLY;BYMONTH=6,7", "reference")]),
    # near misses: a month with its year, a bounded month, no frequency after, a number that is no month
    ("Từ tháng 5 đến tháng 8 năm 2021 tần suất quan trắc 04 đợt/tháng.",
     [("Từ tháng 5 đến tháng 8 năm 2021", "2021-05-01", "2021-08-31", N, "event")]),
    ("Báo cáo trước tháng 5, tần suất 01 lần.", [("trước tháng 5", N, "2021-04-30", N, "deadline")]),
    ("Tổ chức quan trắc từ tháng 5 đến tháng 8; tần suất quan trắc 04 đợt/tháng.",
     [("từ tháng 5 đến tháng 8", "2021-05-01", "2021-08-31", N, "deadline")]),
    ("Tháng 3, 15 và tháng 9 tần suất 02 đợt.",
     [("Tháng 3", "2021-03-01", "2021-03-31", N, "reference"), ("tháng 9", N, N, "FREQ=YEARLY;BYMONTH=9", "reference")]),
]


@pytest.mark.parametrize(("passage", "expected"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_dates_in_running_text(passage: str, expected: list[tuple[object, ...]]) -> None:
    got = [(v.text, v.from_, v.to, v.recurrence, v.role) for v in extract_dates(passage, [], [], META)]
    assert got == expected
