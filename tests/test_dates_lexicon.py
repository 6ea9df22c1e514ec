"""Every entry of extractor/data/dates.yaml has a test sentence showing what it does.

(dateparser's Vietnamese data has wrong entries; ours are each read in a sentence.) An entry is
`section.word` (lists and mapping keys) or `edge_spans.<unit>.<edge>`. Each sentence is read with
`find_dates(sentence, year)`; some value must match every expected field (`has`: the entry's
words appear in the value's text).
"""

from __future__ import annotations

from typing import Any

import pytest

from extractor.data import load
from extractor.dates import find_dates

DATA = load("dates.yaml")
N = None

# entry -> (sentence, anchor year, expected fields of one value)
S: dict[str, tuple[str, int | None, dict[str, Any]]] = {
    # units
    "units.day.ngày": ("trước ngày 15/3/2026", N, {"to": "2026-03-15"}),
    "units.week.tuần": ("họp giao ban hằng tuần", N, {"recurrence": "FREQ=WEEKLY"}),
    "units.month.tháng": ("tháng 11 năm 2021", N, {"from": "2021-11-01", "to": "2021-11-30"}),
    "units.quarter.quý": ("quý IV/2025", N, {"from": "2025-10-01", "grain": "quarter"}),
    "units.quarter.quí": ("Quí IV-2025", N, {"to": "2025-12-31", "grain": "quarter"}),
    "units.year.năm": ("năm 2026", N, {"from": "2026-01-01", "to": "2026-12-31", "grain": "year"}),
    # number words
    "numbers.ba": ("ba tháng cuối năm 2025", N, {"from": "2025-10-01", "to": "2025-12-31"}),
    "numbers.sáu": ("sáu tháng đầu năm 2026", N, {"from": "2026-01-01", "to": "2026-06-30", "grain": "half"}),
    "numbers.chín": ("chín tháng đầu năm 2025", N, {"to": "2025-09-30"}),
    # quarter numerals
    "quarters.I": ("Quý I năm 2023", N, {"from": "2023-01-01", "to": "2023-03-31"}),
    "quarters.II": ("Quý II/2027", N, {"from": "2027-04-01", "to": "2027-06-30"}),
    "quarters.III": ("Quý III/2024", N, {"from": "2024-07-01", "to": "2024-09-30"}),
    "quarters.IV": ("quý IV năm 2021", N, {"from": "2021-10-01", "to": "2021-12-31"}),
    # recurrences
    "every.hằng": ("báo cáo hằng năm", N, {"recurrence": "FREQ=YEARLY"}),
    "every.hàng": ("tổng hợp báo cáo hàng quý", N, {"recurrence": "FREQ=MONTHLY;INTERVAL=3"}),
    "every.mỗi": ("mỗi tháng một lần", N, {"recurrence": "FREQ=MONTHLY"}),
    "periodic.định kỳ": ("Định kỳ 06 tháng các cơ quan báo cáo", N, {"recurrence": "FREQ=MONTHLY;INTERVAL=6", "has": True}),
    "rrule.day": ("Báo cáo tổng hợp hàng ngày gửi UBND tỉnh", N, {"recurrence": "FREQ=DAILY"}),
    "rrule.week": ("hằng tuần", N, {"recurrence": "FREQ=WEEKLY"}),
    "rrule.month": ("trước ngày 20 hằng tháng", N, {"recurrence": "FREQ=MONTHLY;BYMONTHDAY=20"}),
    "rrule.quarter": ("Thời gian thực hiện: Hằng quý.", N, {"recurrence": "FREQ=MONTHLY;INTERVAL=3", "role": "deadline"}),
    "rrule.year": ("vào tháng 02 hàng năm", N, {"recurrence": "FREQ=YEARLY;BYMONTH=2"}),
    "continuous.thường xuyên": ("Thời gian thực hiện: Thường xuyên.", N, {"recurrence": "continuous", "grain": "continuous"}),
    "continuous_joined.liên tục": ("được tiến hành thường xuyên, liên tục trong năm 2025, sẽ có văn bản", N,
                                   {"recurrence": "continuous", "from": "2025-01-01", "to": "2025-12-31", "has": True}),
    "continuous_verbs.thực hiện": ("Thời gian thực hiện: Thực hiện thường xuyên.", N, {"text": "Thực hiện thường xuyên"}),
    "continuous_verbs.duy trì": ("- Thời gian: Duy trì thường xuyên trong giờ hành chính", N, {"text": "Duy trì thường xuyên"}),
    "continuous_verbs.triển khai": ("Triển khai thường xuyên.", N, {"text": "Triển khai thường xuyên"}),
    "continuous_verbs.tổ chức": ("- Tổ chức thường xuyên.", N, {"text": "Tổ chức thường xuyên"}),
    "continuous_verbs.tiến hành": ("Tiến hành thường xuyên", N, {"text": "Tiến hành thường xuyên"}),
    "cell_words.dự kiến": ("Dự kiến ngày 05/12/2025", N, {"from": "2025-12-05", "role": "reference"}),
    "day_parts.sáng": ("đến sáng ngày 21/11/2025", N, {"to": "2025-11-21", "text": "đến sáng ngày 21/11/2025"}),
    "day_parts.chiều": ("trước chiều ngày 05/12/2025", N, {"to": "2025-12-05", "text": "trước chiều ngày 05/12/2025"}),
    "day_parts.trưa": ("chậm nhất trưa ngày 05/12/2025", N, {"to": "2025-12-05", "has": True}),
    "day_parts.tối": ("đến tối ngày 05/12/2025", N, {"to": "2025-12-05", "has": True}),
    "clock_lead.vào": ("gửi số liệu vào 16h00 hằng ngày", N, {"recurrence": "FREQ=DAILY;BYHOUR=16", "has": True}),
    "clock_lead.lúc": ("giao ban lúc 8 giờ 30 hằng ngày", N, {"recurrence": "FREQ=DAILY;BYHOUR=8;BYMINUTE=30", "has": True}),
    # edges (thirds)
    "edges.đầu": ("đầu quý IV", 2025, {"from": "2025-10-01", "to": "2025-10-31"}),
    "edges.giữa": ("giữa tháng 2/2026", N, {"from": "2026-02-11", "to": "2026-02-20"}),
    "edges.cuối": ("cuối tháng 11 năm 2021", N, {"from": "2021-11-21", "to": "2021-11-30"}),
    "edge_spans.month.start": ("đầu tháng 3/2026", N, {"from": "2026-03-01", "to": "2026-03-10"}),
    "edge_spans.month.middle": ("giữa tháng 3/2026", N, {"from": "2026-03-11", "to": "2026-03-20"}),
    "edge_spans.month.end": ("cuối tháng 4/2026", N, {"from": "2026-04-21", "to": "2026-04-30"}),
    "edge_spans.quarter.start": ("đầu quý II/2026", N, {"from": "2026-04-01", "to": "2026-04-30"}),
    "edge_spans.quarter.middle": ("giữa quý II/2026", N, {"from": "2026-05-01", "to": "2026-05-31"}),
    "edge_spans.quarter.end": ("cuối quý II/2026", N, {"from": "2026-06-01", "to": "2026-06-30"}),
    "edge_spans.year.start": ("đầu năm 2026", N, {"from": "2026-01-01", "to": "2026-04-30"}),
    "edge_spans.year.middle": ("giữa năm 2026", N, {"from": "2026-05-01", "to": "2026-08-31"}),
    "edge_spans.year.end": ("cuối năm 2026", N, {"from": "2026-09-01", "to": "2026-12-31"}),
    "half_sides.đầu": ("6 tháng đầu năm 2025", N, {"from": "2025-01-01", "to": "2025-06-30"}),
    "half_sides.cuối": ("6 tháng cuối năm", 2025, {"from": "2025-07-01", "to": "2025-12-31"}),
    # relative years
    "relative_years.năm nay": ("trong năm nay", 2026, {"from": "2026-01-01", "has": True}),
    "relative_years.năm sau": ("hoàn thành chuyên đề năm sau", 2021, {"from": "2022-01-01"}),
    "relative_years.năm tới": ("kế hoạch năm tới", 2025, {"from": "2026-01-01"}),
    "relative_years.năm kế tiếp": ("xây dựng kế hoạch của năm kế tiếp", 2021, {"to": "2022-12-31"}),
    "relative_years.năm trước đó": ("quý IV của năm trước đó", 2022, {"from": "2021-10-01", "to": "2021-12-31"}),
    # terms
    "term_words.giai đoạn": ("giai đoạn 2021 - 2025", N, {"grain": "term", "has": True, "role": "programme"}),
    "term_words.nhiệm kỳ": ("nhiệm kỳ 2025 - 2030", N, {"grain": "term", "has": True}),
    "term_words.thời kỳ": ("Quy hoạch tỉnh thời kỳ 2021 - 2030", N, {"grain": "term", "has": True}),
    "term_words.năm học": ("năm học 2025 - 2026", N, {"from": "2025-01-01", "has": True}),
    "term_words.khóa": ("Ban Chấp hành khóa 2020 - 2025", N, {"to": "2025-12-31", "has": True}),
    # bounds
    "bounds.from.từ": ("từ năm 2025 trở đi", N, {"from": "2025-01-01", "to": None, "role": "start", "has": True}),
    "bounds.from.kể từ": ("kể từ ngày 01/01/2026", N, {"from": "2026-01-01", "to": None, "has": True}),
    "bounds.from.bắt đầu từ": ("bắt đầu từ tháng 3/2026", N, {"from": "2026-03-01", "has": True}),
    "bounds.until.đến": ("Đến năm 2025 đạt 80%", N, {"from": None, "to": "2025-12-31", "has": True}),
    "bounds.until.tới": ("tới ngày 30/6/2026", N, {"from": None, "to": "2026-06-30", "has": True}),
    "bounds.until.cho đến": ("cho đến ngày 30/6/2026", N, {"to": "2026-06-30", "has": True}),
    "bounds.until.đến hết": ("Đến hết năm 2030", N, {"to": "2030-12-31", "has": True}),
    "bounds.until.tới hết": ("tới hết năm 2026", N, {"to": "2026-12-31", "has": True}),
    "bounds.until.từ nay đến": ("Thời gian: từ nay đến năm 2030.", N, {"to": "2030-12-31", "has": True}),
    "bounds.until.từ nay đến hết": ("Từ nay đến hết năm 2025", N, {"to": "2025-12-31", "has": True}),
    "bounds.within.trong": ("Hoàn thành trong năm 2025", N, {"role": "deadline", "has": True}),
    "bounds.before.trước": ("trước ngày 15/12/2021", N, {"from": None, "to": "2021-12-15", "has": True}),
    "bounds.before.chậm nhất": ("chậm nhất ngày 03/02/2026", N, {"to": "2026-02-03", "has": True}),
    "bounds.before.chậm nhất là": ("chậm nhất là ngày 30/6/2026", N, {"to": "2026-06-30", "has": True}),
    "bounds.before.muộn nhất": ("muộn nhất ngày 30/6/2026", N, {"to": "2026-06-30", "has": True}),
    "bounds.before.không quá": ("không quá ngày 30/6/2026", N, {"to": "2026-06-30", "has": True}),
    "bounds.before.hạn chót": ("hạn chót ngày 30/6/2026", N, {"to": "2026-06-30", "has": True}),
    "bounds.open_end.trở đi": ("Từ năm 2025 trở đi 100% xã", N, {"from": "2025-01-01", "to": None, "has": True}),
    "bounds.open_end.trở về sau": ("từ năm 2026 trở về sau", N, {"from": "2026-01-01", "to": None, "has": True}),
    "bounds.open_end.và các năm tiếp theo": ("năm 2025 và các năm tiếp theo", N, {"from": "2025-01-01", "to": None, "has": True}),
    "bounds.open_end.và những năm tiếp theo": ("năm 2025 và những năm tiếp theo", N, {"from": "2025-01-01", "to": None, "has": True}),
    "now_words.từ nay": ("từ nay đến cuối năm 2025", N, {"to": "2025-12-31", "has": True}),
    "document_days.ngày ký": ("có hiệu lực kể từ ngày ký", N, {"role": "start", "has": True}),
    "document_days.ngày ban hành": ("từ ngày ban hành Kế hoạch", N, {"role": "start", "has": True}),
    "document_days.ngày quy định này có hiệu lực": ("Kể từ ngày Quy định này có hiệu lực, các đơn vị", N,
                                                     {"role": "start", "has": True}),
    "document_days.ngày quy định này có hiệu lực thi hành": (
        "hồ sơ lập trước ngày Quy định này có hiệu lực thi hành", N, {"role": "reference", "has": True}),
    "document_days.ngày quyết định này có hiệu lực": ("kể từ ngày Quyết định này có hiệu lực", N,
                                                       {"role": "start", "has": True}),
    "document_days.ngày kế hoạch này có hiệu lực": ("từ ngày Kế hoạch này có hiệu lực", N, {"role": "start", "has": True}),
    "observance_words.Ngày": ('hưởng ứng Ngày Pháp luật Việt Nam (ngày 09/11) tại cơ quan', 2025,
                              {"recurrence": "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=9"}),
    "observance_words.Tuần lễ": ("Tuần lễ Biển và Hải đảo Việt Nam (ngày 08/6) được tổ chức", 2025,
                                 {"recurrence": "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=8"}),
    "observance_words.Tháng hành động": ('phát động Tháng hành động vì trẻ em "Ngày 01/6" trên địa bàn', 2025,
                                         {"recurrence": "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1"}),
    "frequency_after.tần suất": ("tháng 5 - tháng 8 tần suất 04 đợt/tháng", 2025,
                                 {"recurrence": "FREQ=YEARLY;BYMONTH=5,6,7,8", "role": "reference"}),
    "relative_count_words.làm việc": ("trong thời hạn 05 ngày làm việc kể từ ngày ký. Quy định này có hiệu lực kể từ ngày ký",
                                      N, {"text": "kể từ ngày ký", "start": 72}),
    "recurring_context.từng năm": ("xây dựng kế hoạch từng năm vào quý IV của năm trước đó", 2021,
                                   {"recurrence": "FREQ=YEARLY;BYMONTH=10,11,12"}),
    "recurring_context.trở đi": ("từ năm 2022 trở đi hoàn thành chuyên đề năm sau vào đầu quý IV của năm trước đó", 2021,
                                 {"recurrence": "FREQ=YEARLY;BYMONTH=10"}),
    "recurring_context.hằng năm": ("Hằng năm, các chi bộ xây dựng kế hoạch vào quý IV của năm trước đó", 2021,
                                   {"recurrence": "FREQ=YEARLY;BYMONTH=10,11,12"}),
    "recurring_context.hàng năm": ("Hàng năm, các chi bộ xây dựng kế hoạch vào đầu quý IV của năm trước đó", 2021,
                                   {"recurrence": "FREQ=YEARLY;BYMONTH=10"}),
    "bare_year_after.horizon.tầm nhìn": (("Chương trình phát triển công nghiệp công nghệ số Việt Nam đến 2030, tầm nhìn 2035 "
                                         "theo hướng dẫn"), N, {"to": "2035-12-31", "from": None, "role": "programme",
                                                               "has": True}),
    "bare_year_after.until.đến": ("Chương trình phát triển công nghiệp công nghệ số Việt Nam đến 2030, tầm nhìn 2035",
                                  N, {"to": "2030-12-31", "from": None, "role": "programme", "has": True}),
    "range_separators.-": ("Quý IV/2025 - Quý II/2026", N, {"from": "2025-10-01", "to": "2026-06-30"}),
    "range_separators.đến": ("từ ngày 15/11/2025 đến ngày 15/12/2025", N, {"from": "2025-11-15", "to": "2025-12-15"}),
    "range_separators.tới": ("từ tháng 3/2026 tới tháng 5/2026", N, {"from": "2026-03-01", "to": "2026-05-31"}),
    "range_separators.đến hết": ("từ tháng 10 năm 2025 đến hết tháng 3 năm 2026", N, {"from": "2025-10-01", "to": "2026-03-31"}),
    "range_separators.tới hết": ("từ tháng 3/2026 tới hết tháng 5/2026", N, {"from": "2026-03-01", "to": "2026-05-31"}),
    "range_separators.cho đến": ("từ ngày 01/3/2026 cho đến ngày 31/3/2026", N, {"from": "2026-03-01", "to": "2026-03-31"}),
    # roles
    "roles.time_labels.thời gian": ("Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025.", N, {"role": "deadline"}),
    "roles.time_labels.thời hạn": ("Thời hạn: quý I/2026.", N, {"role": "deadline", "from": "2026-01-01"}),
    "roles.time_labels.tiến độ": ("Tiến độ: tháng 6/2026", N, {"role": "deadline", "from": "2026-06-01"}),
    "roles.deadline_lead.hoàn thành": ("Hoàn thành quý IV/2025", N, {"role": "deadline"}),
    "roles.deadline_lead.hoàn thành vào": ("hoàn thành vào tháng 6/2026", N, {"role": "deadline"}),
    "roles.deadline_lead.xong": ("phải xong quý I/2026", N, {"role": "deadline"}),
    "roles.deadline_lead.vào": ("tổ chức sơ kết vào quý I/2023", N, {"role": "deadline"}),
    "roles.target_after.đạt": ("Kế hoạch đến năm 2030 đạt 100% xã", N, {"role": "deadline"}),
    "roles.target_after.phấn đấu": ("Chương trình đến năm 2030 phấn đấu hoàn thành", N, {"role": "deadline"}),
    "roles.target_after.có": ("Đề án đến năm 2025 có 70% cơ sở", N, {"role": "deadline"}),
    "roles.target_after.hoàn thành": ("Kế hoạch đến năm 2026 hoàn thành số hóa", N, {"role": "deadline"}),
    "roles.target_after.%": ("Chiến lược đến năm 2030 là 45 % GRDP", N, {"role": "deadline"}),
    "roles.target_verbs.đạt": ("- Chỉ tiêu 1: Năm 2025 đạt 60% các cơ quan", N, {"role": "deadline"}),
    "roles.target_verbs.có": ("Năm 2026 có 70% cơ sở trợ giúp xã hội", N, {"role": "deadline"}),
    "roles.report_words.báo cáo": ("Sở Tài chính định kỳ hằng quý tổng hợp báo cáo", N, {"role": "deadline"}),
    "roles.report_words.gửi": ("gửi Sở Nội vụ hằng tháng", N, {"role": "deadline"}),
    "roles.report_words.nộp": ("nộp hồ sơ hằng năm", N, {"role": "deadline"}),
    "roles.programme_nouns.chiến lược": ("Chiến lược phát triển thủy sản Việt Nam đến năm 2030", N, {"role": "programme"}),
    "roles.programme_nouns.chương trình": ("Chương trình chuyển đổi số đến năm 2025", N, {"role": "programme"}),
    "roles.programme_nouns.đề án": ("Đề án phát triển nuôi trồng thủy sản đến năm 2030", N, {"role": "programme"}),
    "roles.programme_nouns.quy hoạch": ("Quy hoạch không gian biển quốc gia đến năm 2050", N, {"role": "programme"}),
    "roles.programme_nouns.kế hoạch": ("Kế hoạch phát triển kinh tế số đến năm 2030", N, {"role": "programme"}),
    "roles.programme_nouns.nghị quyết": ("Nghị quyết về chuyển đổi số tỉnh Quảng Ngãi đến năm 2025", N, {"role": "programme"}),
    "roles.programme_nouns.kết luận": ("Kết luận về phát triển kinh tế biển đến năm 2030", N, {"role": "programme"}),
    "roles.programme_nouns.chỉ thị": ("Chỉ thị về đẩy mạnh chuyển đổi số đến năm 2030", N, {"role": "programme"}),
    "roles.programme_nouns.quyết định": ("Quyết định phê duyệt Chiến lược đến năm 2030", N, {"role": "programme"}),
    "roles.programme_nouns.dự án": ("Dự án trồng rừng ngập mặn đến năm 2030", N, {"role": "programme"}),
    "roles.programme_nouns.tầm nhìn": ("tầm nhìn đến năm 2045", N, {"role": "programme"}),
    "roles.programme_nouns.định hướng": ("định hướng đến năm 2030", N, {"role": "programme"}),
    "roles.programme_lead.tầm nhìn": ("thời kỳ 2021 - 2030, tầm nhìn đến năm 2050", N, {"role": "programme", "to": "2050-12-31"}),
    "roles.programme_lead.định hướng": ("đến năm 2025, định hướng đến năm 2030", N, {"role": "programme", "to": "2030-12-31"}),
    "roles.year_not_programme_lead.vào": ("tổ chức cuộc thi vào năm 2022", N, {"role": "deadline"}),
    "roles.year_not_programme_lead.của": ("nhiệm vụ chính trị được chỉ ra của năm 2026", N, {"role": "reference"}),
    "roles.year_not_programme_lead.cho": ("dự kiến kế hoạch bồi dưỡng cho năm 2027", N, {"role": "reference"}),
    "roles.year_not_programme_lead.giao": ("Trên cơ sở nhiệm vụ được giao năm 2026", N, {"role": "reference"}),
    "roles.year_not_programme_lead.sau": ("đánh giá sau năm 2026", N, {"role": "reference"}),
    "roles.year_not_programme_lead.qua": ("thông qua năm 2026", N, {"role": "reference"}),
    "roles.year_not_programme_lead.là": ("mốc thời gian là năm 2026", N, {"role": "reference"}),
    "roles.year_not_programme_lead.và": ("kinh doanh năm 2025 và năm 2026", N, {"role": "reference", "from": "2026-01-01"}),
    "roles.year_not_programme_lead.tại": ("tổng kết tại năm 2026", N, {"role": "reference"}),
    "roles.year_not_programme_lead.riêng": ("(riêng năm 2021 báo cáo", N, {"role": "reference"}),
    "roles.year_not_programme_lead.tháng": ("....., ngày tháng năm 2026", N, {"role": "reference"}),
    "roles.year_not_programme_lead.hiện": ("báo cáo kết quả thực hiện năm 2024", 2024, {"role": "reference"}),
    "roles.basis_openers.căn cứ": ("Căn cứ Báo cáo nhanh tình hình thiệt hại đến sáng ngày 21/11/2025;", N,
                                    {"role": "reference", "to": "2025-11-21"}),
    "roles.quoted_target_lead.theo cam kết": ("giảm phát thải theo cam kết của Việt Nam về phát thải ròng bằng 0 vào năm 2050",
                                              N, {"role": "reference", "from": "2050-01-01"}),
    "roles.event_after.đã": ("năm 2025 đã hoàn thành", N, {"role": "event"}),
    "roles.event_after.vừa qua": ("năm 2025 vừa qua", N, {"role": "event"}),
    "roles.event_after.ghi nhận": (("Đến 12h00 ngày 21/11/2025, toàn tỉnh ghi nhận nhiều trường hợp\nThành phố, ngày 21 tháng 11 "
                                    "năm 2025"), N, {"role": "event", "to": "2025-11-21", "from": None}),
    "roles.event_before.kết quả": ("kết quả năm 2025", 2026, {"role": "event"}),
    "roles.event_before.kết quả thực hiện": ("kết quả thực hiện năm 2024", 2026, {"role": "event"}),
    "roles.event_before.kết quả đạt được": ("kết quả đạt được năm 2024", 2026, {"role": "event"}),
    "roles.law_types.luật": ("Căn cứ Luật Thủy sản năm 2017;", N, {"role": "citation_date"}),
    "roles.law_types.bộ luật": ("Căn cứ Bộ luật Lao động năm 2019;", N, {"role": "citation_date"}),
    "roles.law_types.hiến pháp": ("Căn cứ Hiến pháp năm 2013;", N, {"role": "citation_date"}),
    "roles.law_types.pháp lệnh": ("Căn cứ Pháp lệnh Ưu đãi người có công năm 2020;", N, {"role": "citation_date"}),
}

# a date followed by "của <body>" in a clause naming a document type is that document's date
for _t in DATA["roles"]["citation_types"]:
    S[f"roles.citation_types.{_t}"] = (
        f"Căn cứ {_t[0].upper() + _t[1:]} về phát triển kinh tế ngày 12 tháng 6 năm 2025 của Chính phủ;",
        N, {"role": "citation_date", "from": "2025-06-12"})


def _entries() -> list[str]:
    out: list[str] = []
    for section, value in DATA.items():
        if section == "roles":
            out += [f"roles.{k}.{w}" for k, ws in value.items() for w in ws]
        elif section in ("bounds", "bare_year_after"):
            out += [f"{section}.{k}.{w}" for k, ws in value.items() for w in ws]
        elif section == "units":
            out += [f"units.{k}.{w}" for k, ws in value.items() for w in ws]
        elif section == "edge_spans":
            out += [f"edge_spans.{u}.{e}" for u, es in value.items() for e in es]
        else:
            out += [f"{section}.{w}" for w in value]
    return out


def test_every_entry_has_a_sentence() -> None:
    missing = [e for e in _entries() if e not in S]
    extra = [k for k in S if k not in set(_entries())]
    assert not missing, missing
    assert not extra, extra


@pytest.mark.parametrize("entry", sorted(S), ids=sorted(S))
def test_entry_sentence(entry: str) -> None:
    sentence, year, expected = S[entry]
    values = find_dates(sentence, year)
    word = entry.split(".")[-1].lower()

    def ok(v: Any) -> bool:
        d = v.model_dump(by_alias=True)
        for k, want in expected.items():
            if k == "has":
                if word not in v.text.lower():
                    return False
            elif d[k] != want:
                return False
        return True

    assert any(ok(v) for v in values), [(v.text, v.from_, v.to, v.recurrence, v.role) for v in values]
