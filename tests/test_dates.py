"""Date expressions, one per row, read alone with `parse_expression(s, anchor_year)`.

Expected values were written from reading each phrase (most are verbatim from corpus/documents)
against the conventions in corpus/README.md (Dates) and the module docstring of extractor.dates:
intervals are whole (first day … last day), "trước ngày X" runs to X, edges are thirds, "hằng quý"
is FREQ=MONTHLY;INTERVAL=3. The anchor year is pinned in every row (None: no context year).
"""

from __future__ import annotations

import pytest

from extractor.dates import find_dates, parse_expression

N = None
# (phrase, anchor year, text, from, to, grain, recurrence, role)
ROWS: list[tuple[str, int | None, str, str | None, str | None, str, str | None, str]] = [
    # --- days -------------------------------------------------------------------------------
    ("ngày 15/3/2026", N, "ngày 15/3/2026", "2026-03-15", "2026-03-15", "day", N, "reference"),
    ("15-3-2026", N, "15-3-2026", "2026-03-15", "2026-03-15", "day", N, "reference"),
    ("ngày 15 tháng 3 năm 2026", N, "ngày 15 tháng 3 năm 2026", "2026-03-15", "2026-03-15", "day", N, "reference"),
    ("ngày 18/5/2021", N, "ngày 18/5/2021", "2021-05-18", "2021-05-18", "day", N, "reference"),
    ("ngày 03/02/2026", N, "ngày 03/02/2026", "2026-02-03", "2026-02-03", "day", N, "reference"),
    ("NGÀY 02 THÁNG 01 NĂM 2025", N, "NGÀY 02 THÁNG 01 NĂM 2025", "2025-01-02", "2025-01-02", "day", N, "reference"),
    ("ngày 31 tháng 12 năm 2025", N, "ngày 31 tháng 12 năm 2025", "2025-12-31", "2025-12-31", "day", N, "reference"),
    ("ngày 29/02/2024", N, "ngày 29/02/2024", "2024-02-29", "2024-02-29", "day", N, "reference"),
    ("ngày 25/11", 2025, "ngày 25/11", "2025-11-25", "2025-11-25", "day", N, "reference"),
    ("ngày 17 tháng 12", 2025, "ngày 17 tháng 12", "2025-12-17", "2025-12-17", "day", N, "reference"),
    ("Dự kiến ngày 05/12/2025", N, "ngày 05/12/2025", "2025-12-05", "2025-12-05", "day", N, "reference"),
    ("vào ngày 02/02/2026", N, "ngày 02/02/2026", "2026-02-02", "2026-02-02", "day", N, "deadline"),
    # --- months -----------------------------------------------------------------------------
    ("tháng 5/2024", N, "tháng 5/2024", "2024-05-01", "2024-05-31", "month", N, "reference"),
    ("tháng 11 năm 2021", N, "tháng 11 năm 2021", "2021-11-01", "2021-11-30", "month", N, "reference"),
    ("tháng 02/2023", N, "tháng 02/2023", "2023-02-01", "2023-02-28", "month", N, "reference"),
    ("tháng 2/2024", N, "tháng 2/2024", "2024-02-01", "2024-02-29", "month", N, "reference"),
    ("tháng 12 năm 2025", N, "tháng 12 năm 2025", "2025-12-01", "2025-12-31", "month", N, "reference"),
    ("tháng 12-2025", N, "tháng 12-2025", "2025-12-01", "2025-12-31", "month", N, "reference"),
    ("tháng 6", 2026, "tháng 6", "2026-06-01", "2026-06-30", "month", N, "reference"),
    ("Hoàn thành trong tháng 5/2024.", N, "trong tháng 5/2024", "2024-05-01", "2024-05-31", "month", N, "deadline"),
    ("Tổng kết vào tháng 11/2025", N, "tháng 11/2025", "2025-11-01", "2025-11-30", "month", N, "deadline"),
    # --- quarters ---------------------------------------------------------------------------
    ("quý IV/2025", N, "quý IV/2025", "2025-10-01", "2025-12-31", "quarter", N, "reference"),
    ("Quý I năm 2023", N, "Quý I năm 2023", "2023-01-01", "2023-03-31", "quarter", N, "reference"),
    ("quý 4", 2025, "quý 4", "2025-10-01", "2025-12-31", "quarter", N, "reference"),
    ("Quí IV-2025", N, "Quí IV-2025", "2025-10-01", "2025-12-31", "quarter", N, "reference"),
    ("Quý II/2027", N, "Quý II/2027", "2027-04-01", "2027-06-30", "quarter", N, "reference"),
    ("Quý III/2024", N, "Quý III/2024", "2024-07-01", "2024-09-30", "quarter", N, "reference"),
    ("quý I/2023", N, "quý I/2023", "2023-01-01", "2023-03-31", "quarter", N, "reference"),
    ("Quý I", 2024, "Quý I", "2024-01-01", "2024-03-31", "quarter", N, "reference"),
    ("quý 2 năm 2026", N, "quý 2 năm 2026", "2026-04-01", "2026-06-30", "quarter", N, "reference"),
    ("Hoàn thành trong quý IV năm 2021.", N, "trong quý IV năm 2021", "2021-10-01", "2021-12-31", "quarter", N, "deadline"),
    ("(thời gian hoàn thành trong quý I/2024)", N, "trong quý I/2024", "2024-01-01", "2024-03-31", "quarter", N, "deadline"),
    ("tổ chức sơ kết 03 năm thực hiện Kết luận số 01-KL/TW vào quý I/2023", N, "quý I/2023", "2023-01-01", "2023-03-31", "quarter", N, "deadline"),
    # --- halves and other month runs ---------------------------------------------------------
    ("6 tháng đầu năm 2025", N, "6 tháng đầu năm 2025", "2025-01-01", "2025-06-30", "half", N, "reference"),
    ("6 tháng cuối năm", 2025, "6 tháng cuối năm", "2025-07-01", "2025-12-31", "half", N, "reference"),
    ("06 tháng đầu năm 2026", N, "06 tháng đầu năm 2026", "2026-01-01", "2026-06-30", "half", N, "reference"),
    ("sáu tháng cuối năm 2024", N, "sáu tháng cuối năm 2024", "2024-07-01", "2024-12-31", "half", N, "reference"),
    ("9 tháng đầu năm 2025", N, "9 tháng đầu năm 2025", "2025-01-01", "2025-09-30", "month", N, "reference"),
    ("3 tháng cuối năm 2025", N, "3 tháng cuối năm 2025", "2025-10-01", "2025-12-31", "quarter", N, "reference"),
    # --- years ------------------------------------------------------------------------------
    ("năm 2026", N, "năm 2026", "2026-01-01", "2026-12-31", "year", N, "reference"),
    ("Năm 2025", N, "Năm 2025", "2025-01-01", "2025-12-31", "year", N, "reference"),
    ("Hoàn thành trong năm 2025.", N, "trong năm 2025", "2025-01-01", "2025-12-31", "year", N, "deadline"),
    ("vào năm 2022", N, "năm 2022", "2022-01-01", "2022-12-31", "year", N, "deadline"),
    ("Chỉ tiêu 1: Năm 2025 đạt 60% các cơ quan", N, "Năm 2025", "2025-01-01", "2025-12-31", "year", N, "deadline"),
    ("kế hoạch học tập năm 2026", N, "năm 2026", "2026-01-01", "2026-12-31", "year", N, "programme"),
    ("năm 2023, 2024, 2025", N, "năm 2023, 2024, 2025", "2023-01-01", "2025-12-31", "year", N, "reference"),
    ("năm 2025 và 2026", N, "năm 2025 và 2026", "2025-01-01", "2026-12-31", "year", N, "reference"),
    ("năm sau", 2021, "năm sau", "2022-01-01", "2022-12-31", "year", N, "reference"),
    ("năm kế tiếp", 2021, "năm kế tiếp", "2022-01-01", "2022-12-31", "year", N, "reference"),
    ("năm nay", 2026, "năm nay", "2026-01-01", "2026-12-31", "year", N, "reference"),
    ("năm tới", 2025, "năm tới", "2026-01-01", "2026-12-31", "year", N, "reference"),
    # --- edges (thirds) ---------------------------------------------------------------------
    ("cuối tháng 11 năm 2021", N, "cuối tháng 11 năm 2021", "2021-11-21", "2021-11-30", "month", N, "reference"),
    ("đầu tháng 3/2026", N, "đầu tháng 3/2026", "2026-03-01", "2026-03-10", "month", N, "reference"),
    ("giữa tháng 2/2026", N, "giữa tháng 2/2026", "2026-02-11", "2026-02-20", "month", N, "reference"),
    ("cuối tháng 2/2024", N, "cuối tháng 2/2024", "2024-02-21", "2024-02-29", "month", N, "reference"),
    ("đầu quý IV", 2025, "đầu quý IV", "2025-10-01", "2025-10-31", "quarter", N, "reference"),
    ("cuối quý I/2026", N, "cuối quý I/2026", "2026-03-01", "2026-03-31", "quarter", N, "reference"),
    ("giữa quý II năm 2026", N, "giữa quý II năm 2026", "2026-05-01", "2026-05-31", "quarter", N, "reference"),
    ("cuối năm 2026", N, "cuối năm 2026", "2026-09-01", "2026-12-31", "year", N, "reference"),
    ("đầu năm 2026", N, "đầu năm 2026", "2026-01-01", "2026-04-30", "year", N, "reference"),
    ("giữa năm 2026", N, "giữa năm 2026", "2026-05-01", "2026-08-31", "year", N, "reference"),
    ("cuối năm", 2025, "cuối năm", "2025-09-01", "2025-12-31", "year", N, "reference"),
    ("Phấn đấu đến cuối năm 2025 đạt các mục tiêu", N, "đến cuối năm 2025", N, "2025-12-31", "year", N, "deadline"),
    # --- bounds -----------------------------------------------------------------------------
    ("trước ngày 15/12/2021", N, "trước ngày 15/12/2021", N, "2021-12-15", "day", N, "deadline"),
    ("trước ngày 15/3/2026 để tổng hợp", N, "trước ngày 15/3/2026", N, "2026-03-15", "day", N, "deadline"),
    ("chậm nhất ngày 04/02/2026", N, "chậm nhất ngày 04/02/2026", N, "2026-02-04", "day", N, "deadline"),
    ("Chậm nhất ngày 10/12/2025 - 95 ngày trước bầu cử", N, "Chậm nhất ngày 10/12/2025", N, "2025-12-10", "day", N, "deadline"),
    ("chậm nhất ngày 17 tháng 12", 2025, "chậm nhất ngày 17 tháng 12", N, "2025-12-17", "day", N, "deadline"),
    ("trước ngày 31 tháng 12 năm 2025", N, "trước ngày 31 tháng 12 năm 2025", N, "2025-12-31", "day", N, "deadline"),
    ("trước ngày 16 tháng 12 năm 2025 để tổng hợp báo cáo", N, "trước ngày 16 tháng 12 năm 2025", N, "2025-12-16", "day", N, "deadline"),
    ("trước quý IV/2025", N, "trước quý IV/2025", N, "2025-09-30", "quarter", N, "deadline"),
    ("trước tháng 6/2026", N, "trước tháng 6/2026", N, "2026-05-31", "month", N, "deadline"),
    ("chậm nhất là ngày 30/6/2026", N, "chậm nhất là ngày 30/6/2026", N, "2026-06-30", "day", N, "deadline"),
    ("không quá ngày 30/6/2026", N, "không quá ngày 30/6/2026", N, "2026-06-30", "day", N, "deadline"),
    ("Đến 12h00 ngày 21/11/2025", N, "Đến 12h00 ngày 21/11/2025", N, "2025-11-21", "day", N, "deadline"),
    ("đến sáng ngày 21/11/2025", N, "đến sáng ngày 21/11/2025", N, "2025-11-21", "day", N, "deadline"),
    ("Đến hết năm 2030", N, "Đến hết năm 2030", N, "2030-12-31", "year", N, "deadline"),
    ("đến hết năm 2026 đạt 95 %", N, "đến hết năm 2026", N, "2026-12-31", "year", N, "deadline"),
    ("Đến năm 2030 đạt 100% các khu vực", N, "Đến năm 2030", N, "2030-12-31", "year", N, "deadline"),
    ("Phấn đấu đến năm 2030", N, "đến năm 2030", N, "2030-12-31", "year", N, "deadline"),
    ("Từ nay đến hết năm 2025", N, "Từ nay đến hết năm 2025", N, "2025-12-31", "year", N, "deadline"),
    ("từ nay đến năm 2030", N, "từ nay đến năm 2030", N, "2030-12-31", "year", N, "deadline"),
    ("đến hết tháng 3/2026", N, "đến hết tháng 3/2026", N, "2026-03-31", "month", N, "deadline"),
    # --- windows (from … to) ----------------------------------------------------------------
    ("từ ngày 15/11/2025 đến ngày 15/12/2025", N, "từ ngày 15/11/2025 đến ngày 15/12/2025", "2025-11-15", "2025-12-15", "day", N, "deadline"),
    ("Từ ngày 15/11 đến ngày 20/11/2025", N, "Từ ngày 15/11 đến ngày 20/11/2025", "2025-11-15", "2025-11-20", "day", N, "deadline"),
    ("từ ngày 15/11 đến ngày 15/12", 2025, "từ ngày 15/11 đến ngày 15/12", "2025-11-15", "2025-12-15", "day", N, "deadline"),
    ("từ ngày 17 đến ngày 20 tháng 11 năm 2025", N, "từ ngày 17 đến ngày 20 tháng 11 năm 2025", "2025-11-17", "2025-11-20", "day", N, "deadline"),
    ("(từ ngày 08 đến ngày 10 tháng 12 năm 2025)", N, "từ ngày 08 đến ngày 10 tháng 12 năm 2025", "2025-12-08", "2025-12-10", "day", N, "deadline"),
    ("(từ ngày 20 tháng 11 năm 2025 đến ngày 03 tháng 12 năm 2025)", N, "từ ngày 20 tháng 11 năm 2025 đến ngày 03 tháng 12 năm 2025", "2025-11-20", "2025-12-03", "day", N, "deadline"),
    ("trong ngày 02/02/2026 đến ngày 03/02/2026", N, "trong ngày 02/02/2026 đến ngày 03/02/2026", "2026-02-02", "2026-02-03", "day", N, "deadline"),
    ("từ tháng 10 năm 2025 đến hết tháng 3 năm 2026", N, "từ tháng 10 năm 2025 đến hết tháng 3 năm 2026", "2025-10-01", "2026-03-31", "month", N, "deadline"),
    ("từ tháng 10 đến tháng 3 năm 2026", N, "từ tháng 10 đến tháng 3 năm 2026", "2025-10-01", "2026-03-31", "month", N, "deadline"),
    ("Quý IV/2025 - Quý II/2026", N, "Quý IV/2025 - Quý II/2026", "2025-10-01", "2026-06-30", "quarter", N, "deadline"),
    ("từ năm 2021 đến năm 2025", N, "từ năm 2021 đến năm 2025", "2021-01-01", "2025-12-31", "term", N, "deadline"),
    ("tháng 9 - tháng 11", 2026, "tháng 9 - tháng 11", "2026-09-01", "2026-11-30", "month", N, "deadline"),
    ("15/11/2025 - 15/12/2025", N, "15/11/2025 - 15/12/2025", "2025-11-15", "2025-12-15", "day", N, "deadline"),
    # --- open starts ------------------------------------------------------------------------
    ("từ năm 2025 trở đi", N, "từ năm 2025 trở đi", "2025-01-01", N, "year", N, "start"),
    ("Từ năm 2025 trở đi 100% tổ chức Đảng", N, "Từ năm 2025 trở đi", "2025-01-01", N, "year", N, "start"),
    ("kể từ ngày 01/01/2026", N, "kể từ ngày 01/01/2026", "2026-01-01", N, "day", N, "start"),
    ("bắt đầu từ tháng 3/2026", N, "bắt đầu từ tháng 3/2026", "2026-03-01", N, "month", N, "start"),
    ("năm 2025 và các năm tiếp theo", N, "năm 2025 và các năm tiếp theo", "2025-01-01", N, "year", N, "start"),
    ("có hiệu lực kể từ ngày ký", N, "kể từ ngày ký", N, N, "day", N, "start"),
    # --- terms ------------------------------------------------------------------------------
    ("nhiệm kỳ 2025 - 2030", N, "nhiệm kỳ 2025 - 2030", "2025-01-01", "2030-12-31", "term", N, "programme"),
    ("giai đoạn 2021 - 2030", N, "giai đoạn 2021 - 2030", "2021-01-01", "2030-12-31", "term", N, "programme"),
    ("2026-2030", N, "2026-2030", "2026-01-01", "2030-12-31", "term", N, "deadline"),  # a bare span: a window
    ("(2025 - 2026)", N, "2025 - 2026", "2025-01-01", "2026-12-31", "term", N, "deadline"),
    ("Kế hoạch 5 năm (2021 - 2025)", N, "2021 - 2025", "2021-01-01", "2025-12-31", "term", N, "programme"),
    ("phần mềm quản lý dữ liệu quy hoạch Thành phố, tùy điều kiện có thể tiến tới thí điểm (2025 - 2026)", N,
     "2025 - 2026", "2025-01-01", "2026-12-31", "term", N, "deadline"),
    ("Đây là không gian tăng trưởng mới của tỉnh trong giai đoạn 2026-2030, mà còn là động lực", N,
     "trong giai đoạn 2026-2030", "2026-01-01", "2030-12-31", "term", N, "programme"),
    ("GIAI ĐOẠN 2026- 2030", N, "GIAI ĐOẠN 2026- 2030", "2026-01-01", "2030-12-31", "term", N, "programme"),
    ("thời kỳ 2021 - 2030", N, "thời kỳ 2021 - 2030", "2021-01-01", "2030-12-31", "term", N, "programme"),
    ("nhiệm kỳ 2026-2031", N, "nhiệm kỳ 2026-2031", "2026-01-01", "2031-12-31", "term", N, "programme"),
    ("năm học 2025 - 2026", N, "năm học 2025 - 2026", "2025-01-01", "2026-12-31", "term", N, "programme"),
    ("Thời gian thực hiện: Từ năm 2026 - 2030.", N, "Từ năm 2026 - 2030", "2026-01-01", "2030-12-31", "term", N, "deadline"),
    ("Trong giai đoạn 2026 - 2030, Đảm bảo xây dựng trạm BTS 5G đạt 100%", N, "Trong giai đoạn 2026 - 2030", "2026-01-01", "2030-12-31", "term", N, "deadline"),
    # --- programmes -------------------------------------------------------------------------
    ("Chiến lược phát triển thủy sản Việt Nam đến năm 2030", N, "đến năm 2030", N, "2030-12-31", "year", N, "programme"),
    ("tầm nhìn đến năm 2045", N, "đến năm 2045", N, "2045-12-31", "year", N, "programme"),
    ("định hướng đến năm 2030", N, "đến năm 2030", N, "2030-12-31", "year", N, "programme"),
    ('"Chương trình chuyển đổi số tỉnh đến năm 2025"', N, "đến năm 2025", N, "2025-12-31", "year", N, "programme"),
    # --- past events ------------------------------------------------------------------------
    ("năm 2025 đã hoàn thành 100% chỉ tiêu", N, "năm 2025", "2025-01-01", "2025-12-31", "year", N, "event"),
    ("kết quả năm 2025", 2026, "năm 2025", "2025-01-01", "2025-12-31", "year", N, "event"),
    ("sau kiểm điểm năm 2025", 2026, "năm 2025", "2025-01-01", "2025-12-31", "year", N, "event"),
    # --- recurrences ------------------------------------------------------------------------
    ("Hằng quý", N, "Hằng quý", N, N, "quarter", "FREQ=MONTHLY;INTERVAL=3", "reference"),
    ("hàng quý", N, "hàng quý", N, N, "quarter", "FREQ=MONTHLY;INTERVAL=3", "reference"),
    ("hàng năm", N, "hàng năm", N, N, "year", "FREQ=YEARLY", "reference"),
    ("Hằng năm", N, "Hằng năm", N, N, "year", "FREQ=YEARLY", "reference"),
    ("hằng tháng", N, "hằng tháng", N, N, "month", "FREQ=MONTHLY", "reference"),
    ("hằng tuần", N, "hằng tuần", N, N, "unknown", "FREQ=WEEKLY", "reference"),
    ("hằng ngày", N, "hằng ngày", N, N, "day", "FREQ=DAILY", "reference"),
    ("mỗi quý", N, "mỗi quý", N, N, "quarter", "FREQ=MONTHLY;INTERVAL=3", "reference"),
    ("định kỳ hằng quý", N, "định kỳ hằng quý", N, N, "quarter", "FREQ=MONTHLY;INTERVAL=3", "reference"),
    ("Định kỳ hằng năm", N, "Định kỳ hằng năm", N, N, "year", "FREQ=YEARLY", "reference"),
    ("định kỳ 6 tháng", N, "định kỳ 6 tháng", N, N, "half", "FREQ=MONTHLY;INTERVAL=6", "reference"),
    ("Định kỳ 06 tháng", N, "Định kỳ 06 tháng", N, N, "half", "FREQ=MONTHLY;INTERVAL=6", "reference"),
    ("định kỳ 3 tháng một lần", N, "định kỳ 3 tháng một lần", N, N, "quarter", "FREQ=MONTHLY;INTERVAL=3", "reference"),
    ("6 tháng/lần", N, "6 tháng/lần", N, N, "half", "FREQ=MONTHLY;INTERVAL=6", "reference"),
    ("tháng 02 hàng năm", N, "tháng 02 hàng năm", N, N, "month", "FREQ=YEARLY;BYMONTH=2", "reference"),
    ("vào tháng 02 hàng năm", N, "tháng 02 hàng năm", N, N, "month", "FREQ=YEARLY;BYMONTH=2", "deadline"),
    ("Tháng 11 hằng năm", N, "Tháng 11 hằng năm", N, N, "month", "FREQ=YEARLY;BYMONTH=11", "reference"),
    ("Quý IV hàng năm", N, "Quý IV hàng năm", N, N, "quarter", "FREQ=YEARLY;BYMONTH=10,11,12", "reference"),
    ("trước ngày 20/11 hằng năm", N, "trước ngày 20/11 hằng năm", N, N, "day", "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=20", "deadline"),
    ("Trước ngày 15/12 hàng năm tổng hợp", N, "Trước ngày 15/12 hàng năm", N, N, "day", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15", "deadline"),
    ("trước ngày 20 hằng tháng", N, "trước ngày 20 hằng tháng", N, N, "day", "FREQ=MONTHLY;BYMONTHDAY=20", "deadline"),
    ("Từ tháng 3 đến tháng 11 hằng năm", N, "Từ tháng 3 đến tháng 11 hằng năm", N, N, "month", "FREQ=YEARLY;BYMONTH=3,4,5,6,7,8,9,10,11", "deadline"),
    ("Định kỳ hằng năm (trước ngày 30 tháng 11)", N, "Định kỳ hằng năm (trước ngày 30 tháng 11)", N, N, "day", "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30", "deadline"),
    ("hoàn thành xây dựng kế hoạch từng năm vào quý IV của năm trước đó", 2021, "quý IV của năm trước đó", N, N, "quarter", "FREQ=YEARLY;BYMONTH=10,11,12", "deadline"),
    ("báo cáo UBND tỉnh trước 19h00' hằng ngày và đột xuất", N, "trước 19h00' hằng ngày", N, N, "day", "FREQ=DAILY;BYHOUR=19", "deadline"),
    ("báo cáo định kỳ hằng quý về Sở Tài chính", N, "định kỳ hằng quý", N, N, "quarter", "FREQ=MONTHLY;INTERVAL=3", "deadline"),
    # --- continuous ---------------------------------------------------------------------------
    ("Thời gian thực hiện: Thường xuyên.", N, "Thường xuyên", N, N, "continuous", "continuous", "deadline"),
    ("c) Thời gian thực hiện: Thực hiện thường xuyên.", N, "Thực hiện thường xuyên", N, N, "continuous", "continuous", "deadline"),
    ("- Thời gian: Duy trì thường xuyên trong giờ hành chính", N, "Duy trì thường xuyên", N, N, "continuous", "continuous", "deadline"),
    ("Thời gian thực hiện: Hằng quý.", N, "Hằng quý", N, N, "quarter", "FREQ=MONTHLY;INTERVAL=3", "deadline"),
    ("Tiến độ: Quý IV/2026", N, "Quý IV/2026", "2026-10-01", "2026-12-31", "quarter", N, "deadline"),
    # --- relative years -----------------------------------------------------------------------
    ("quý IV của năm trước đó", 2022, "quý IV của năm trước đó", "2021-10-01", "2021-12-31", "quarter", N, "reference"),
    ("tháng 12 năm sau", 2025, "tháng 12 năm sau", "2026-12-01", "2026-12-31", "month", N, "reference"),
    # --- a year without "năm" right before an open end: an open start (dev-22)
    ("kết nối dữ liệu quy hoạch với Trung tâm dữ liệu quốc gia (2026 trở đi).", N, "2026 trở đi", "2026-01-01", N,
     "year", N, "start"),
    ("Từ 2027 trở đi, các xã tự bảo đảm kinh phí", N, "Từ 2027 trở đi", "2027-01-01", N, "year", N, "start"),
    ("áp dụng cho các khóa tuyển sinh 2025 và các năm tiếp theo", N, "2025 và các năm tiếp theo", "2025-01-01", N,
     "year", N, "start"),
    # --- observances: a yearless day after the name of a national day is that day of every year --
    ('chào mừng Ngày chuyển đổi số quốc gia. "Ngày 10/10"', 2025, "Ngày 10/10", N, N, "day",
     "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=10", "reference"),  # dev-15
    ("Hưởng ứng Ngày Pháp luật Việt Nam (ngày 09/11)", 2025, "ngày 09/11", N, N, "day",
     "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=9", "reference"),
    # near misses: one event ("Ngày hội"), a date with its year, a bracket with no observance before it
    ("Ngày hội (ngày 05/6) tổ chức tại xã", 2025, "ngày 05/6", "2025-06-05", "2025-06-05", "day", N, "reference"),
    ("Hưởng ứng Ngày Pháp luật Việt Nam (ngày 09/11/2025)", N, "ngày 09/11/2025", "2025-11-09", "2025-11-09", "day",
     N, "reference"),
    ("Sở Tư pháp tổ chức hội nghị (ngày 09/11)", 2025, "ngày 09/11", "2025-11-09", "2025-11-09", "day", N, "reference"),
    # ... a bare day/month (or days) in its brackets too, closing them (dev-09): not a deadline
    ("các chiến dịch cao điểm gồm: Ngày Môi trường thế giới (05/6), Ngày Đại dương", 2025, "05/6", N, N, "day",
     "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=5", "reference"),
    ("Tuần lễ Biển và Hải đảo Việt Nam (01 - 08/6). Thông qua các phương tiện", 2025, "01 - 08/6", N, N, "day",
     "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1,2,3,4,5,6,7,8", "reference"),
    ("Tổ chức các hoạt động hưởng ứng Tháng hành động vì trẻ em ( 01/6 )", 2025, "01/6", N, N, "day",
     "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1", "reference"),
]


@pytest.mark.parametrize(("phrase", "year", "text", "from_", "to", "grain", "rec", "role"), ROWS,
                         ids=[r[0][:40] for r in ROWS])
def test_expression(phrase: str, year: int | None, text: str, from_: str | None, to: str | None,
                    grain: str, rec: str | None, role: str) -> None:
    v = parse_expression(phrase, year)
    assert v is not None, phrase
    assert (v.text, v.from_, v.to, v.grain, v.recurrence, v.role) == (text, from_, to, grain, rec, role)
    assert phrase[v.start:v.end] == v.text


def test_enough_rows() -> None:
    assert len(ROWS) >= 120


@pytest.mark.parametrize("phrase", [
    "Số: 157/KH-UBND",  # a document number
    "Quyết định số 66/2018/QĐ-UBND",
    "tỷ lệ 1/3 số xã",  # a fraction is no date
    "trong 10 ngày làm việc",  # a duration
    "Thường xuyên tổ chức nghiên cứu, học tập, quán triệt",  # the adverb, not a time
    "Giao Văn phòng Chi bộ thường xuyên theo dõi, hướng dẫn",
    "chi thường xuyên hằng năm",  # "chi thường xuyên" is recurring expenditure (only "hằng năm" is a date)
    "mẫu 01/BCĐBQH-MT",
    "Ngân hàng năm nay",  # "năm nay" is read, "hàng năm" inside "Ngân hàng năm" is not
    "trong những năm trước đây",
    "ngày 32/13/2025",  # impossible day/month
    "quý V/2025",
    # a bare day/month is read only in brackets after an observance's name, closing them
    "tỷ lệ (05/6) số xã đạt chuẩn",  # a ratio
    "Ngày hội (05/6) tổ chức tại xã",  # one event, no observance's name
    "theo Điều 5 (05/6) của Quy chế",
    "Ngày Môi trường thế giới, tỷ lệ 05/6 số xã",  # no brackets
    "Ngày Môi trường thế giới (5.6)",  # only "/" between a bare day and month
    "Tháng hành động vì an toàn thực phẩm (15/4 - 15/5)",  # two months: not one day range
    "Tuần lễ Biển và Hải đảo Việt Nam (08 - 01/6)",  # backwards
    "Ngày Môi trường thế giới (05/6 chỉ tiêu đạt)",  # the brackets do not close after it
    # a relative period counted from a signing day is no date (dev-21)
    "Thời hạn cấp 15 ngày kể từ ngày ký quyết định công nhận hoàn thành chương trình",
    "trong thời hạn 05 ngày làm việc kể từ ngày ký",
    "Quy định này có hiệu lực sau 10 ngày kể từ ngày ký.",
    # a year without "năm" is read before an open end only as a whole number
    "học sinh lớp 12026 trở đi",
    "mã số 1.2026 trở đi",
    "từ 20 tuổi trở đi",
])
def test_not_a_date_value(phrase: str) -> None:
    values = find_dates(phrase, 2025)
    if phrase.startswith("chi thường xuyên"):
        assert [(v.text, v.recurrence) for v in values] == [("hằng năm", "FREQ=YEARLY")]
    elif phrase.startswith("Ngân hàng"):
        assert [v.text for v in values] == ["năm nay"]
    else:
        assert values == [], [v.text for v in values]


def test_anchor_is_recorded() -> None:
    assert parse_expression("Quý I", 2024).anchor == "document"  # type: ignore[union-attr]
    assert parse_expression("quý IV/2025", 2024).anchor is None  # type: ignore[union-attr]
    v = find_dates("Từ ngày 15/11 đến ngày 20/11/2025, trên địa bàn tỉnh", None)[0]
    assert (v.from_, v.anchor) == ("2025-11-15", "sentence")
    v = find_dates("riêng năm 2021 báo cáo trước ngày 15/12", None)[1]
    assert (v.to, v.anchor) == ("2021-12-15", "sentence")
    assert parse_expression("Quý I", None).from_ is None  # no context: no year invented


def test_dateparser_failures_are_read() -> None:
    """The issue's examples: nothing, or an invented day, from dateparser."""
    assert parse_expression("quý IV năm 2021").from_ == "2021-10-01"  # type: ignore[union-attr]
    assert parse_expression("Hằng quý").recurrence == "FREQ=MONTHLY;INTERVAL=3"  # type: ignore[union-attr]
    assert parse_expression("trước ngày 15/3/2026").to == "2026-03-15"  # type: ignore[union-attr]
    v = parse_expression("tháng 12 năm 2025")
    assert (v.from_, v.to, v.grain) == ("2025-12-01", "2025-12-31", "month")  # type: ignore[union-attr]


_ATOM_PIECES = ["ngày", "NGÀY", "Ngày", " ", "  ", "\n", "15", "3", "/", "-", ".", "2026", "1999", "tháng", "quý", "Quí",
                "IV", "năm", "Năm", "nay", "sau", "đầu", "Cuối", "giữa", "hằng", "hàng", "mỗi", "định kỳ", "6", "sáu",
                "ba", "chín", "giai đoạn", "nhiệm kỳ", "khóa", "ký", "thường xuyên", "/lần", "đến", "học", "tuần",
                "ſ", "K", "²", "٣"]


def test_atoms_by_initial_match_like_atom_re() -> None:
    """Per first character, the cut-down atom pattern finds what the whole ATOM_RE finds."""
    import importlib
    import random

    lexicon = importlib.import_module("extractor.dates.lexicon")
    rnd = random.Random(11)
    for _ in range(400):
        text = "".join(rnd.choice(_ATOM_PIECES) for _ in range(30))
        for p in range(len(text)):
            a = lexicon.ATOM_RE.match(text, p)
            b = lexicon.ATOM_BY_INITIAL.get(text[p], lexicon.ATOM_RE).match(text, p)
            assert (a is None) == (b is None)
            if a is not None and b is not None:
                assert a.span() == b.span() and a.lastgroup == b.lastgroup
                assert {k: v for k, v in a.groupdict().items() if v is not None} == {
                    k: v for k, v in b.groupdict().items() if v is not None}


def test_newline_offsets() -> None:
    from extractor.dates.lines import _newlines, line_bounds

    for text in ["", "a", "\n", "a\nb\n", "\n\nx\n", "abc"]:
        assert _newlines(text) == [i for i, c in enumerate(text) if c == "\n"]
    assert line_bounds("ab\ncd\nef", 4, 4) == (3, 5)


def test_line_bounds_near_and_far() -> None:
    """line_bounds looks for the breaks near the date first, else bisects all of them: the same
    line either way, also on lines longer than the near window."""
    import random
    from bisect import bisect_left

    from extractor.dates import lines

    rnd = random.Random(7)
    for _ in range(300):
        text = "".join(rnd.choice(["\n", "ab ", "x" * rnd.randint(1, 2500)]) for _ in range(rnd.randint(0, 12)))
        nl = [i for i, c in enumerate(text) if c == "\n"]
        for _ in range(20):
            s = rnd.randint(0, len(text))
            e = min(len(text), s + rnd.randint(0, 30))
            i = bisect_left(nl, s)
            j = bisect_left(nl, e, i)
            assert lines.line_bounds(text, s, e) == (nl[i - 1] + 1 if i else 0, nl[j] if j < len(nl) else len(text))


def test_cell_bounds_bounded_like_the_whole_row() -> None:
    """cell_bounds looks for a cell's bars within CELL_NEAR characters: the same cell as a look over
    the whole row when the cell is shorter than that; a longer cell is cut at CELL_NEAR."""
    import random

    from extractor.dates.lines import CELL_NEAR, cell_bounds

    def whole_row(text: str, ls: int, le: int, s: int, e: int) -> tuple[int, int]:
        a, b = text.rfind("|", ls, s), text.find("|", e, le)
        return (a + 1, b) if text.startswith("|", ls) and a >= 0 and b >= 0 else (ls, le)

    rnd = random.Random(11)
    for _ in range(300):
        row = "".join(rnd.choice(["|", " Quý IV ", "x" * rnd.randint(1, 400)]) for _ in range(rnd.randint(1, 12)))
        text = "a\n" + row + "\nb"
        ls, le = 2, 2 + len(row)
        for _ in range(10):
            s = rnd.randint(ls + 1, le)
            e = min(le, s + rnd.randint(0, 8))
            got, want = cell_bounds(text, ls, le, s, e), whole_row(text, ls, le, s, e)
            if got != want:  # only a cell longer than CELL_NEAR is cut
                assert s - want[0] > CELL_NEAR or want[1] - e > CELL_NEAR
                assert want[0] <= got[0] and got[1] <= want[1] and s - got[0] <= CELL_NEAR and got[1] - e <= CELL_NEAR
    long_cell = "| Quý IV " + "x" * 3000 + " |"
    assert cell_bounds(long_cell, 0, len(long_cell), 2, 8) == (1, 8 + CELL_NEAR)


def test_digit_superset_holds_every_isdigit_character() -> None:
    """scan._candidates finds "/" and "-" after a digit with a regex, then checks str.isdigit():
    the regex's class must hold every character str.isdigit() accepts."""
    import re
    import sys

    from extractor.dates.scan import DIGIT_SUPERSET

    cls = re.compile(DIGIT_SUPERSET)
    missing = [hex(c) for c in range(sys.maxunicode + 1) if chr(c).isdigit() and not cls.match(chr(c))]
    assert missing == []


def test_lead_bound_found_through_the_cue_trie() -> None:
    """scan._lead_and_tail finds a bound cue with LEAD_ANY_RE, then matches LEAD_BOUND_RE there:
    the same match as LEAD_BOUND_RE.search over the window."""
    import random

    from extractor.dates import lexicon

    pieces = ["từ", "Từ", "kể từ", "đến", "ĐẾN", "đến hết", "tới", "cho đến", "từ nay đến", "trước", "chậm nhất",
              "chậm nhất là", "không quá", "hạn chót", "trong", "muộn nhất", "bắt đầu từ", "8h30", "9 giờ", "sáng",
              " ", "  ", "\n", "x", "ngày", ",", "ı", "K"]
    rnd = random.Random(5)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12))) + " "
        for end in range(len(text) + 1):
            a = lexicon.LEAD_BOUND_RE.search(text, 0, end)
            any_cue = lexicon.LEAD_ANY_RE.search(text, 0, end)
            b = None if any_cue is None else lexicon.LEAD_BOUND_RE.match(text, any_cue.start(), end)
            assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup))


def test_trigger_patterns_find_what_str_find_finds() -> None:
    """scan._candidates finds each trigger word with a pattern led by its first non-ASCII letter;
    the starts are every str.find hit of the word."""
    import random
    import sys

    import extractor.dates  # noqa: F401  (the package's scan() shadows the module attribute)

    scan = sys.modules["extractor.dates.scan"]
    pieces = ["ngày", "năm", "tháng", "thường xuyên", "thường  xuyên", "thườngxuyên", "tuần", "quý", "quí", "ngà", "y",
              " ", "n", "x", "\n", "ngàyngày", "nămnăm"]
    rnd = random.Random(3)
    for _ in range(2000):
        low = "".join(rnd.choice(pieces) for _ in range(20))
        for (pattern, offset), word in zip(scan._TRIGGER_RES, scan.TRIGGERS, strict=True):
            got, m = [], pattern.search(low)
            while m is not None:
                got.append(m.start() - offset)
                m = pattern.search(low, m.start() + 1)
            want, p = [], low.find(word)
            while p >= 0:
                want.append(p)
                p = low.find(word, p + 1)
            assert got == want


def test_a_dotted_capital_i_is_no_quarter_and_moves_nothing() -> None:
    # "İ" (U+0130) lower-cases to two characters and matches "I" case-blind: "quý İ" once raised
    # ValueError, and any "İ" in a document sent date finding down a separate path.
    assert [d.text for d in find_dates("Báo cáo quý İ năm 2025.")] == ["năm 2025"]
    plain = "Hoàn thành trước ngày 15/3/2026; báo cáo quý IV/2025."
    prefix = "Ghi chú: İİİ\n"
    before = [(d.text, d.from_, d.to, d.role) for d in find_dates(plain)]
    after = find_dates(prefix + plain)
    assert [(d.text, d.from_, d.to, d.role) for d in after] == before
    assert all((prefix + plain)[d.start : d.end] == d.text for d in after)
