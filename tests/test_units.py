"""Units and their roles: a table of real sentences (most verbatim from corpus/documents) ->
the mentions as printed with the role each plays. Expected values were written by reading
the sentences, not by running the extractor."""

from __future__ import annotations

import pytest

from extractor import extract_text
from extractor.models import Section
from extractor.units import expand_abbreviations, extract_units, find_mentions, header_issuer, unit_mentions

# (sentence, [(name as printed, role), ...]) — every mention of the sentence, in order.
ROLES: list[tuple[str, list[tuple[str, str]]]] = [
    # --- seed 003 (Văn phòng UBND tỉnh Quảng Ngãi)
    ("2. Giao Phòng Hành chính - Quản trị chủ trì, thường xuyên theo dõi, hướng dẫn việc thực hiện nội dung Kế hoạch này; tổng hợp, tham mưu báo cáo kết quả cho UBND tỉnh (qua Sở Nội vụ).",
     [("Phòng Hành chính - Quản trị", "lead"), ("UBND tỉnh", "report_to"), ("Sở Nội vụ", "report_to")]),
    ("- Phương thức thực hiện: Lãnh đạo Văn phòng phối hợp với Đảng ủy Văn phòng tổ chức Hội nghị học tập Chuyên đề năm 2024 cho toàn thể công chức, viên chức, người lao động cơ quan.",
     [("Lãnh đạo Văn phòng", "lead"), ("Đảng ủy Văn phòng", "support"), ("toàn thể công chức, viên chức, người lao động cơ quan", "mentioned")]),
    ("Các phòng, ban, đơn vị phối hợp với các Chi bộ của cơ quan tổ chức sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh hằng quý theo chủ đề được Đảng ủy hướng dẫn.",
     [("Các phòng, ban, đơn vị", "lead"), ("các Chi bộ của cơ quan", "support"), ("Đảng ủy", "mentioned")]),
    ("Đơn vị thực hiện: Các phòng, ban, đơn vị liên quan.",
     [("Các phòng, ban, đơn vị liên quan", "lead")]),
    ("c) Đơn vị thực hiện: Lãnh đạo Văn phòng, các phòng, ban, đơn vị.",
     [("Lãnh đạo Văn phòng", "lead"), ("các phòng, ban, đơn vị", "lead")]),
    ("- Đơn vị thực hiện: Lãnh đạo Văn phòng, các phòng, ban, đơn vị liên quan.",
     [("Lãnh đạo Văn phòng", "lead"), ("các phòng, ban, đơn vị liên quan", "lead")]),
    ("- Lãnh đạo Văn phòng thường xuyên chỉ đạo nắm bắt, giải quyết kịp thời những vụ việc nổi cộm, bức xúc tại cơ quan.",
     [("Lãnh đạo Văn phòng", "lead")]),
    ("- Các phòng, ban, đơn vị trực thuộc trên cơ sở chức năng, nhiệm vụ được giao, tập trung giải quyết những vụ việc nổi cộm, bức xúc.",
     [("Các phòng, ban, đơn vị trực thuộc", "lead")]),
    ("Lãnh đạo Văn phòng phối hợp với Đảng ủy Văn phòng tổng hợp, báo cáo, sơ kết việc Kết luận số 01-KL/TW theo kế hoạch của cấp có thẩm quyền.",
     [("Lãnh đạo Văn phòng", "lead"), ("Đảng ủy Văn phòng", "support")]),
    ("1. Các phòng, ban, đơn vị tuyên truyền, quán triệt, tổ chức triển khai thực hiện nghiêm túc việc học tập năm 2024 tại phòng, ban, đơn vị mình và báo cáo kết quả thực hiện năm 2024 cho lãnh đạo Văn phòng (qua Phòng Hành chính - Quản trị) để theo dõi, tổng hợp.",
     [("Các phòng, ban, đơn vị", "lead"), ("phòng, ban, đơn vị", "mentioned"), ("lãnh đạo Văn phòng", "report_to"), ("Phòng Hành chính - Quản trị", "report_to")]),
    ("- Đảng viên, cán bộ, công chức, viên chức, người lao động viết cam kết thực hiện các nghị quyết; gửi cam kết cho cấp ủy chi bộ, lãnh đạo cơ quan (qua Phòng Hành chính - Quản trị) (thời gian hoàn thành trong quý I/2024).",
     [("Đảng viên, cán bộ, công chức, viên chức, người lao động", "lead"), ("cấp ủy chi bộ", "report_to"), ("lãnh đạo cơ quan", "report_to"), ("Phòng Hành chính - Quản trị", "report_to")]),
    ("- Công chức được giao nhiệm vụ tổng hợp kết quả thực hiện cam kết, tham mưu Ban cán sự đảng UBND tỉnh báo cáo Ban Thường vụ Tỉnh ủy.",
     [("Ban cán sự đảng UBND tỉnh", "advise"), ("Ban Thường vụ Tỉnh ủy", "report_to")]),
    ("Trong quá trình tổ chức thực hiện nếu có khó khăn, vướng mắc đề nghị các phòng, ban, đơn vị kịp thời phản ánh về Phòng Hành chính - Quản trị để tổng hợp, báo cáo Chánh Văn phòng xem xét, quyết định./.",
     [("các phòng, ban, đơn vị", "mentioned"), ("Phòng Hành chính - Quản trị", "report_to"), ("Chánh Văn phòng", "report_to")]),
    ("+ Tài liệu Chuyên đề năm 2024 của tỉnh do Ban Tuyên giáo Tỉnh ủy biên soạn.",
     [("Ban Tuyên giáo Tỉnh ủy", "mentioned")]),
    ("- Mỗi phòng, ban, đơn vị; mỗi cán bộ, công chức, viên chức, thực hiện nêu gương trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
     [("Mỗi phòng, ban, đơn vị", "lead"), ("mỗi cán bộ, công chức, viên chức", "lead")]),
    # --- seed 000 (Đảng ủy)
    ("- Đảng ủy, Ủy ban kiểm tra Đảng ủy, cấp ủy các chi bộ tăng cường kiểm tra, giám sát tổ chức đảng và đảng viên trong việc lãnh đạo, chỉ đạo.",
     [("Đảng ủy", "lead"), ("Ủy ban kiểm tra Đảng ủy", "lead"), ("cấp ủy các chi bộ", "lead"), ("tổ chức đảng và đảng viên", "mentioned")]),
    ("- Chi bộ Hành chính - Quản trị tham mưu Đảng ủy thực hiện việc kiểm tra, giám sát, khảo sát việc triển khai thực hiện Kết luận số 01-KL/TW.",
     [("Chi bộ Hành chính - Quản trị", "lead"), ("Đảng ủy", "advise")]),
    ("1. Các chi bộ",
     [("Các chi bộ", "lead")]),
    ("2. Chi bộ Hành chính - Quản trị",
     [("Chi bộ Hành chính - Quản trị", "lead")]),
    ("Căn cứ Kế hoạch này, các chi bộ triển khai thực hiện Kết luận số 01-KL/TW năm 2026 phù hợp với chức năng, nhiệm vụ của cơ quan, đơn vị.",
     [("các chi bộ", "lead"), ("cơ quan, đơn vị", "mentioned")]),
    ("Cấp ủy các chi bộ chỉ đạo, tổ chức cho cán bộ, đảng viên, công chức, viên chức, người lao động xây dựng kế hoạch học tập.",
     [("Cấp ủy các chi bộ", "lead"), ("cán bộ, đảng viên, công chức, viên chức, người lao động", "mentioned")]),
    ("Cấp ủy các chi bộ tiếp tục quán triệt, tuyên truyền, triển khai thực hiện Kết luận số 14-KL/TW, ngày 22/9/2021 của Bộ Chính trị.",
     [("Cấp ủy các chi bộ", "lead"), ("Bộ Chính trị", "mentioned")]),
    ("tổng hợp danh sách đăng ký nhiệm vụ trọng tâm, đột phá và mô hình tiêu biểu của các chi bộ báo cáo Đảng ủy theo quy định./.",
     [("các chi bộ", "mentioned"), ("Đảng ủy", "report_to")]),
    ("Tham mưu Đảng ủy lãnh đạo, chỉ đạo triển khai các nội dung của Kế hoạch; theo dõi, đôn đốc việc thực hiện của các chi bộ.",
     [("Đảng ủy", "advise"), ("các chi bộ", "mentioned")]),
    # --- seed 002 (Chi bộ Sở Ngoại vụ)
    ("1. Giao Văn phòng Chi bộ thường xuyên theo dõi, hướng dẫn, giám sát thực hiện Kế hoạch này; định kỳ báo cáo tình hình, kết quả thực hiện về Đảng ủy Ủy ban nhân dân tỉnh.",
     [("Văn phòng Chi bộ", "lead"), ("Đảng ủy Ủy ban nhân dân tỉnh", "report_to")]),
    ("- Danh sách tập thể, cá nhân đăng ký điển hình, mô hình tiêu biểu về Chi bộ (qua Văn phòng Chi bộ) trước ngày 15/3/2026 để tổng hợp, theo dõi.",
     [("Chi bộ", "report_to"), ("Văn phòng Chi bộ", "report_to")]),
    ("Đảng viên nộp kế hoạch về Chi bộ để theo dõi, quản lý, làm căn cứ đánh giá, xếp loại tổ chức đảng và đảng viên cuối năm 2026.",
     [("Chi bộ", "report_to"), ("tổ chức đảng và đảng viên", "mentioned")]),
    ("Các phòng, đơn vị, tổ chức đoàn thể xây dựng Kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2026.",
     [("Các phòng, đơn vị, tổ chức đoàn thể", "lead")]),
    ("Chi bộ tiếp tục tổ chức tuyên truyền các nghị quyết, chỉ thị, quy định của Đảng gắn Nghị quyết Đại hội cấp trên.",
     [("Chi bộ", "lead")]),
    # --- dev documents (state plans)
    ("- Sở Y tế chủ trì kiểm tra, đôn đốc thực hiện kế hoạch.",
     [("Sở Y tế", "lead")]),
    ("Công an Thành phố chủ trì phối hợp với Bộ Tư lệnh Thành phố và các đơn vị có liên quan định kỳ kiểm tra, đánh giá an toàn hệ thống.",
     [("Công an Thành phố", "lead"), ("Bộ Tư lệnh Thành phố", "support"), ("các đơn vị có liên quan", "support")]),
    ("5. Sở Y tế chủ trì, phối hợp với Sở Nông nghiệp và Môi trường thực hiện các chương trình có liên quan như:",
     [("Sở Y tế", "lead"), ("Sở Nông nghiệp và Môi trường", "support")]),
    ("- Chủ trì, phối hợp với Sở Giáo dục và Đào tạo triển khai các nhiệm vụ về lao động, việc làm của Kế hoạch.",
     [("Sở Giáo dục và Đào tạo", "support")]),
    ("- Định kỳ báo cáo kết quả triển khai về Sở Khoa học và Công nghệ.",
     [("Sở Khoa học và Công nghệ", "report_to")]),
    ("- Tổng hợp, báo cáo tình hình thực hiện Kế hoạch truyền thông về Chương trình và gửi về Sở Nông nghiệp và Môi trường.",
     [("Sở Nông nghiệp và Môi trường", "report_to")]),
    ("- Thực hiện chế độ báo cáo định kỳ hằng quý về tiến độ cập nhật dữ liệu gửi Sở Tài chính để tổng hợp, báo cáo Ủy ban nhân dân Thành phố.",
     [("Sở Tài chính", "report_to"), ("Ủy ban nhân dân Thành phố", "report_to")]),
    ("- Đơn vị chủ trì: Sở Khoa học và Công nghệ.",
     [("Sở Khoa học và Công nghệ", "lead")]),
    ("- Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ Việt Nam xã.",
     [("Ban Thường trực Ủy ban MTTQ Việt Nam xã", "lead")]),
    ("- Cơ quan thực hiện: Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở, ban, ngành, đoàn thể Thành phố, Ủy ban nhân dân phường, xã, đặc khu và các đơn vị có liên quan.",
     [("Sở Văn hóa và Thể thao", "lead"), ("các sở, ban, ngành, đoàn thể Thành phố", "support"), ("Ủy ban nhân dân phường, xã, đặc khu", "support"), ("các đơn vị có liên quan", "support")]),
    ("a) Thẩm định dự toán kinh phí thực hiện nhiệm vụ Kế hoạch, tham mưu Ủy ban nhân dân Tỉnh xem xét, bố trí kinh phí phù hợp với khả năng ngân sách.",
     [("Ủy ban nhân dân Tỉnh", "advise")]),
    ("đ) Chủ trì tham mưu Ủy ban nhân dân tỉnh điều chỉnh, cập nhật, bổ sung các nội dung, chỉ tiêu, nhiệm vụ và giải pháp của Kế hoạch.",
     [("Ủy ban nhân dân tỉnh", "advise")]),
    ("- Thực hiện chế độ báo cáo tình hình tiếp dân, xử lý đơn thư về Ban Thường trực Ủy ban MTTQ tỉnh Quảng Ninh (qua Ban Dân chủ, Giám sát và Phản biện xã hội) định kỳ và đột xuất.",
     [("Ban Thường trực Ủy ban MTTQ tỉnh Quảng Ninh", "report_to"), ("Ban Dân chủ, Giám sát và Phản biện xã hội", "report_to")]),
    ("- Đồng chí Chủ tịch Ủy ban MTTQ xã chịu trách nhiệm chỉ đạo chung, chủ trì các hội nghị hiệp thương.",
     [("Đồng chí Chủ tịch Ủy ban MTTQ xã", "lead")]),
    ("Sở KH&CN chủ trì hướng dẫn, tổng hợp; Các sở, ngành, UBND cấp xã thực hiện công bố dữ liệu mở hằng năm theo lĩnh vực quản lý.",
     [("Sở KH&CN", "lead"), ("Các sở, ngành", "lead"), ("UBND cấp xã", "lead")]),
    ("a) Là cơ quan đầu mối, chủ trì, phối hợp với các cơ quan, đơn vị, địa phương tham mưu Ủy ban nhân dân Tỉnh tổ chức triển khai kế hoạch.",
     [("các cơ quan, đơn vị, địa phương", "support"), ("Ủy ban nhân dân Tỉnh", "advise")]),
    ("b) Phối hợp với Sở Khoa học và Công nghệ thực hiện đánh giá hiện trạng, nhu cầu về ứng dụng công nghệ thông tin.",
     [("Sở Khoa học và Công nghệ", "support")]),
    ("c) Tiếp nhận các kiến nghị, phản ánh của các doanh nghiệp có liên quan trong quá trình tổ chức thực hiện Kế hoạch, gửi Sở Khoa học và Công nghệ tổng hợp.",
     [("các doanh nghiệp có liên quan", "mentioned"), ("Sở Khoa học và Công nghệ", "report_to")]),
    ("6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã Tỉnh",
     [("Hiệp hội Doanh nghiệp tỉnh", "lead"), ("Hội Nông dân tỉnh", "lead"), ("Liên minh Hợp tác xã Tỉnh", "lead")]),
    ("1. Sở Khoa học và Công nghệ",
     [("Sở Khoa học và Công nghệ", "lead")]),
    ("4. Sở Văn hóa, Thể thao và Du lịch",
     [("Sở Văn hóa, Thể thao và Du lịch", "lead")]),
    ("5. Ủy ban nhân dân các xã, phường",
     [("Ủy ban nhân dân các xã, phường", "lead")]),
    ("Trên cơ sở Kế hoạch này, các sở, ban, ngành Tỉnh tổ chức thực hiện nhiệm vụ được giao gắn với nhiệm vụ của cơ quan, đơn vị.",
     [("các sở, ban, ngành Tỉnh", "lead"), ("cơ quan, đơn vị", "mentioned")]),
    ("Ủy ban nhân dân các xã, phường căn cứ nhiệm vụ được giao, xây dựng kế hoạch, chương trình cụ thể để triển khai thực hiện.",
     [("Ủy ban nhân dân các xã, phường", "lead")]),
    ("định kỳ trước ngày 01/6 và 15/11 hằng năm báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ để tổng hợp, báo cáo Ủy ban nhân dân Tỉnh.",
     [("Sở Khoa học và Công nghệ", "report_to"), ("Ủy ban nhân dân Tỉnh", "report_to")]),
    ("c) Phối hợp Sở Nội vụ (Ban Thi đua - Khen thưởng) tiến hành họp xét, đánh giá, xét thi đua, đề nghị khen thưởng cho tập thể, cá nhân.",
     [("Sở Nội vụ", "support"), ("Ban Thi đua - Khen thưởng", "support")]),
    ("đ) Tham mưu Ủy ban nhân dân thành phố tổng kết Kế hoạch này.",
     [("Ủy ban nhân dân thành phố", "advise")]),
    ("a) Chỉ đạo các Ngân hàng thương mại trên địa bàn chủ động phối hợp với Sở Y tế (Chi Cục Dân số - Xã hội) triển khai thực hiện tốt Kế hoạch.",
     [("các Ngân hàng thương mại trên địa bàn", "mentioned"), ("Sở Y tế", "support"), ("Chi Cục Dân số - Xã hội", "support")]),
    ("2. Sở Nội vụ",
     [("Sở Nội vụ", "lead")]),
    ("Phối hợp Sở Y tế thẩm định, lập thủ tục xét trình Chủ tịch Ủy ban nhân dân thành phố tặng Bằng khen cho các tập thể, cá nhân.",
     [("Sở Y tế", "support"), ("Chủ tịch Ủy ban nhân dân thành phố", "report_to")]),
    ("các cơ quan, đơn vị, địa phương báo cáo về Sở Y tế để xem xét giải quyết theo thẩm quyền, trường hợp vượt thẩm quyền đề xuất, báo cáo Ủy ban nhân dân thành phố xem xét, quyết định./.",
     [("các cơ quan, đơn vị, địa phương", "lead"), ("Sở Y tế", "report_to"), ("Ủy ban nhân dân thành phố", "report_to")]),
    ("- Cơ quan chủ trì: Sở Nội vụ; Cơ quan phối hợp: Sở Tài chính, Sở Tư pháp.",
     [("Sở Nội vụ", "lead"), ("Sở Tài chính", "support"), ("Sở Tư pháp", "support")]),
    ("- Cơ quan phối hợp: Các sở, ban, ngành tỉnh; UBND các xã, phường.",
     [("Các sở, ban, ngành tỉnh", "support"), ("UBND các xã, phường", "support")]),
    ("Giao Sở Tư pháp chủ trì, phối hợp với Công an tỉnh và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh hướng dẫn triển khai.",
     [("Sở Tư pháp", "lead"), ("Công an tỉnh", "support"), ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "support")]),
    ("Ban Tuyên giáo ĐUK tham mưu BTV Đảng ủy Khối hướng dẫn cụ thể về xây dựng kế hoạch học tập.",
     [("Ban Tuyên giáo ĐUK", "lead"), ("BTV Đảng ủy Khối", "advise")]),
    ("Văn phòng Chi bộ theo dõi, đôn đốc việc thực hiện Kế hoạch này.",
     [("Văn phòng Chi bộ", "monitor")]),
    ("Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Công đoàn cơ sở tổ chức tuyên truyền trong đoàn viên, hội viên.",
     [("Đoàn Thanh niên", "lead"), ("Hội Liên hiệp Phụ nữ", "lead"), ("Công đoàn cơ sở", "lead"), ("đoàn viên, hội viên", "mentioned")]),
    ("Giao Ủy ban Mặt trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên truyền, vận động Nhân dân.",
     [("Ủy ban Mặt trận Tổ quốc tỉnh", "lead"), ("các tổ chức chính trị - xã hội tỉnh", "lead")]),
    ("Kết quả thực hiện gửi về Văn phòng UBND tỉnh trước ngày 15/12 hằng năm để tổng hợp.",
     [("Văn phòng UBND tỉnh", "report_to")]),
    ("Sở Tài chính chủ trì, tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch.",
     [("Sở Tài chính", "lead"), ("UBND tỉnh", "advise")]),
    # --- dev-16 (MTTQ xã): "Thành phần:" lists attendees; "(Chủ trì)" marks the lead
    ("- Thành phần: Ban Thường trực Ủy ban MTTQ xã; Thường trực HĐND, UBND xã; Ủy ban Bầu cử xã; Đại diện lãnh đạo các tổ chức thành viên của MTTQ xã; Ban Công tác mặt trận thôn (Chủ trì) và cử tri các thôn.",
     [("Ban Thường trực Ủy ban MTTQ xã", "mentioned"), ("Thường trực HĐND xã", "mentioned"), ("UBND xã", "mentioned"),
      ("Ủy ban Bầu cử xã", "mentioned"), ("các tổ chức thành viên của MTTQ xã", "mentioned"), ("Ban Công tác mặt trận thôn", "lead")]),
    ("12. Đề nghị Công ty Điện lực Đắk Lắk: Khẩn trương kiểm tra, khắc phục sự cố lưới điện tại khu vực bị ảnh hưởng.",
     [("Công ty Điện lực Đắk Lắk", "lead")]),
    ("- Các đoàn thể trực thuộc Đảng ủy Khối tổ chức tuyên truyền, phổ biến sâu rộng nội dung tư tưởng.",
     [("Các đoàn thể trực thuộc Đảng ủy Khối", "lead")]),
    ("4. Trung tâm Chuyển đổi số Thành phố",
     [("Trung tâm Chuyển đổi số Thành phố", "lead")]),
    ("3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội thành phố",
     [("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "lead"), ("các tổ chức chính trị - xã hội thành phố", "lead")]),
    # --- dev-24 (Chỉ thị): a person heading a group
    ("1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các xã, phường",
     [("Thủ trưởng các sở, ban, ngành tỉnh", "lead"), ("Chủ tịch UBND các xã, phường", "lead")]),
    ("9. Báo và Phát thanh - Truyền hình Đắk Lắk, Sở Văn hóa, Thể thao và Du lịch",
     [("Báo và Phát thanh - Truyền hình Đắk Lắk", "lead"), ("Sở Văn hóa, Thể thao và Du lịch", "lead")]),
    ("Ban Quản lý Khu kinh tế tỉnh phối hợp với Sở Công Thương hướng dẫn doanh nghiệp.",
     [("Ban Quản lý Khu kinh tế tỉnh", "lead"), ("Sở Công Thương", "support")]),
    # --- names with three lower-case syllables after a capitalised word (dev-05); a verb ends them
    ("- Trung tâm Kiểm soát bệnh tật tỉnh chủ trì chủ động điều phối, cấp hóa chất Cloramin B.",
     [("Trung tâm Kiểm soát bệnh tật tỉnh", "lead")]),
    ("Định kỳ hàng năm báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường chậm nhất ngày 17 tháng 12.",
     [("Sở Nông nghiệp và Môi trường", "report_to")]),
    ("Trên cơ sở đó, giao Sở Y tế thành lập đoàn tổ chức kiểm tra, đánh giá kết quả thực hiện.",
     [("Sở Y tế", "lead")]),
    # --- printed variants of heads and levels (dev-06, dev-12, dev-04, dev-01, dev-09)
    ("3. UBND các xã/phường:", [("UBND các xã/phường", "lead")]),
    ("12. Ngân hàng nhà nước khu vực XII", [("Ngân hàng nhà nước khu vực XII", "lead")]),
    ("- Tổ chức cứu hộ theo chỉ đạo của Ban Chỉ huy PTDS tỉnh.", [("Ban Chỉ huy PTDS tỉnh", "mentioned")]),
    ("a) Chủ trì, phối hợp với Sở, ban ngành liên quan triển khai, đôn đốc, kiểm tra việc thực hiện.",
     [("Sở, ban ngành liên quan", "support")]),
    ("12. Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông",  # one unit per commune
     [("Ủy ban nhân dân xã Gia Thuận", "lead"), ("Ủy ban nhân dân xã Tân Điền", "lead"),
      ("Ủy ban nhân dân xã Gò Công Đông", "lead"), ("Ủy ban nhân dân xã Tân Phú Đông", "lead")]),
    # --- group modifiers: lower-case nouns after the group, up to where the name plainly ends
    ("Định hướng các cơ quan truyền thông trên địa bàn tỉnh đẩy mạnh công tác tuyên truyền về nội dung Kế hoạch này.",
     [("các cơ quan truyền thông trên địa bàn tỉnh", "mentioned")]),  # addressed: listed, no role
    ("- Chủ trì, phối hợp các đơn vị điện lực trên địa bàn tỉnh trong việc rà soát, đảm bảo khả năng cung ứng điện.",
     [("các đơn vị điện lực trên địa bàn tỉnh", "support")]),
    ("- Chủ trì, chỉ đạo các doanh nghiệp viễn thông, doanh nghiệp công nghệ thông tin nghiên cứu, phát triển hạ tầng số.",
     [("các doanh nghiệp viễn thông, doanh nghiệp công nghệ thông tin", "mentioned")]),
    ("- Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị-xã hội phát huy mạnh mẽ thành quả của các phong trào thi đua.",
     [("Ủy ban Mặt trận Tổ quốc tỉnh", "lead"), ("các tổ chức chính trị-xã hội", "lead")]),
    ("13. Báo và Phát thanh, Truyền hình tỉnh và các cơ quan báo chí đóng trên địa bàn",
     [("Báo và Phát thanh, Truyền hình tỉnh", "lead"), ("các cơ quan báo chí đóng trên địa bàn", "lead")]),
    # research, training and health institutions and the people as groups (dev-12, dev-05, dev-10)
    ("b) Phối hợp với các viện nghiên cứu để phát triển công nghệ mới, đặc biệt là công nghệ chiến lược.",
     [("các viện nghiên cứu", "support")]),
    ("c) Phối hợp các trường đại học, cao đẳng xây dựng chương trình đào tạo công nghệ thông tin.",
     [("các trường đại học, cao đẳng", "support")]),
    ("7. Các Trung tâm Y tế giám sát tuyến xã và báo cáo hằng ngày.",
     [("Các Trung tâm Y tế", "lead")]),
    ("- Mọi người dân tiếp tục nêu cao lòng yêu nước, khát vọng cống hiến, đoàn kết một lòng.",
     [("Mọi người dân", "lead")]),
    # the standing name of a command board runs past its nested "Phòng" (dev-05)
    ("- Báo cáo tổng hợp hàng ngày gửi UBND tỉnh, Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn.",
     [("UBND tỉnh", "report_to"), ("Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn", "report_to")]),
    ("- Kích hoạt Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn các cấp.",
     [("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn các cấp", "mentioned")]),
    # a plural head before a colon is shared by the names listed after it (dev-09, seed 001)
    ("- Chủ trì thực hiện Kế hoạch 310/KH-UBND; phối hợp với Ủy ban nhân dân 04 xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông thành lập mới khu bảo vệ nguồn lợi thủy sản.",
     [("Ủy ban nhân dân xã Gia Thuận", "support"), ("Ủy ban nhân dân xã Tân Điền", "support"),
      ("Ủy ban nhân dân xã Gò Công Đông", "support"), ("Ủy ban nhân dân xã Tân Phú Đông", "support")]),
    ("- Các Đảng ủy: Trường Chính Trị, Sở Giáo dục và Đào tạo, Chi bộ Tỉnh đoàn, Chi bộ Trường Cao đẳng Y tế... tiếp tục lãnh đạo nâng cao chất lượng giảng dạy.",
     [("Đảng ủy Trường Chính Trị", "lead"), ("Đảng ủy Sở Giáo dục và Đào tạo", "lead"),
      ("Chi bộ Tỉnh đoàn", "lead"), ("Chi bộ Trường Cao đẳng Y tế", "lead")]),
    # one name after the colon is the start of the instruction, not a list
    ("4. UBND các xã: Triển khai kế hoạch trên địa bàn; huy động lực lượng hỗ trợ người dân.",
     [("UBND các xã", "lead")]),
    # Party terms for staff bodies, propagandists, editorial boards and websites (seed 001)
    ("+ Phối hợp với các cơ quan tham mưu, giúp việc của Đảng ủy Khối lựa chọn để tham gia triển lãm.",
     [("các cơ quan tham mưu, giúp việc của Đảng ủy Khối", "support")]),
    ("- Ban Tuyên giáo Đảng ủy Khối, các đồng chí báo cáo viên chủ động cập nhật nội dung học tập và làm theo Bác.",
     [("Ban Tuyên giáo Đảng ủy Khối", "lead"), ("các đồng chí báo cáo viên", "lead")]),
    ("- Ban Biên tập trang thông tin điện tử Đảng ủy Khối, các trang thông tin điện tử các cơ quan, đơn vị, doanh nghiệp trong khối thường xuyên đưa tin, bài tuyên truyền.",
     [("Ban Biên tập trang thông tin điện tử Đảng ủy Khối", "lead"),
      ("các trang thông tin điện tử các cơ quan, đơn vị, doanh nghiệp trong khối", "lead")]),
    # a group takes a place and "có liên quan" together; "tới" is a preposition, not a modifier (dev-09)
    ("2. Các sở, ban, ngành tỉnh có liên quan tới việc thực hiện Kế hoạch này có trách nhiệm thường xuyên phối hợp cùng các cơ quan chuyên môn.",
     [("Các sở, ban, ngành tỉnh có liên quan", "lead"), ("các cơ quan chuyên môn", "support")]),
    # a new "các" after a comma opens a new group (dev-11)
    ("- Phối hợp chặt chẽ với Ban Quản lý Khu kinh tế Đông Nam, Sở Khoa học và Công nghệ và các doanh nghiệp viễn thông, các doanh nghiệp công nghệ số trong quá trình khảo sát.",
     [("Ban Quản lý Khu kinh tế Đông Nam", "support"), ("Sở Khoa học và Công nghệ", "support"),
      ("các doanh nghiệp viễn thông", "support"), ("các doanh nghiệp công nghệ số", "support")]),
    # a note in brackets between the unit and its colon or the end of its heading (dev-04)
    ("Đề nghị các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone và doanh nghiệp khác): Đảm bảo thông tin liên lạc ổn định.",
     [("các doanh nghiệp viễn thông", "lead")]),
    ("5. Sở Y tế (cơ quan thường trực)\n- Tổng hợp tình hình dịch bệnh.",
     [("Sở Y tế", "lead")]),
    # the instruction's verb ends the modifiers ("tham gia" is a verb, "công nghệ số" a noun)
    ("Hỗ trợ các doanh nghiệp công nghệ số tham gia vào quá trình triển khai các nền tảng số.",
     [("các doanh nghiệp công nghệ số", "mentioned")]),
    # "cho"/"tới" after a word that only holds a report verb ("chương trình", "chuyển đổi số"): a
    # beneficiary, not a report's addressee (dev-03, dev-05, dev-08, dev-12)
    ("Ủy ban nhân dân Tỉnh ban hành Kế hoạch chuyển đổi số cho các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hợp tác xã.",
     [("Ủy ban nhân dân Tỉnh", "lead"), ("các doanh nghiệp", "mentioned")]),
    ("- Điều chuyển nhanh cho các địa phương thiếu vật tư.", [("các địa phương", "mentioned")]),
    ("a) Xây dựng chương trình đào tạo, bồi dưỡng, tập huấn kỹ năng số cho công chức, viên chức, người lao động.",
     [("công chức, viên chức, người lao động", "mentioned")]),
    ("- Đẩy mạnh tuyên truyền sâu rộng về Chương trình tới cán bộ, đảng viên và mọi tầng lớp Nhân dân.",
     [("cán bộ, đảng viên", "mentioned")]),
    # near misses: a report verb beside such a word still reports
    ("- Định kỳ báo cáo kết quả thực hiện Chương trình về Sở Nội vụ.", [("Sở Nội vụ", "report_to")]),
    ("- Chuyển hồ sơ đề nghị khen thưởng về Sở Nội vụ để tổng hợp.", [("Sở Nội vụ", "report_to")]),
    # "do X chủ trì …" after a noun names who runs the things named (dev-02, dev-21): no instruction
    # to X, though "chủ trì" follows it
    ("- Phê duyệt kế hoạch giám sát, đánh giá; tổng hợp kết quả thực hiện dự án, tiểu dự án, nội dung thành phần do Sở, ngành chủ trì, quản lý, tham gia thực hiện.",
     [("Sở, ngành", "mentioned")]),
    ("- Báo cáo kết quả thực hiện đối với các dự án thuộc Chương trình do Sở, ngành chủ trì, quản lý, tham gia thực hiện gửi Sở Nông nghiệp và Môi trường tổng hợp.",
     [("Sở, ngành", "mentioned"), ("Sở Nông nghiệp và Môi trường", "report_to")]),
    ("Tài liệu giảng dạy chương trình do Ban Tuyên giáo và Dân vận Trung ương chủ trì xây dựng, ban hành.",
     [("Ban Tuyên giáo và Dân vận Trung ương", "mentioned")]),
    # near misses: "giao (cho) X chủ trì" and a subject before "chủ trì" lead
    ("- Giao cho Sở Nội vụ chủ trì tổng hợp kết quả thực hiện dự án.", [("Sở Nội vụ", "lead")]),
    ("- Sở Nông nghiệp và Môi trường chủ trì, quản lý các dự án thuộc Chương trình.",
     [("Sở Nông nghiệp và Môi trường", "lead")]),
]


def _roles(sentence: str) -> list[tuple[str, str]]:
    return [(u.name, u.role) for u in unit_mentions(sentence, [])]


@pytest.mark.parametrize(("sentence", "expected"), ROLES, ids=[s[:50] for s, _ in ROLES])
def test_roles(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _roles(sentence) == expected


def test_at_least_sixty_role_sentences() -> None:
    assert len(ROLES) >= 60


# A list of units after a comma: subjects when an adverbial phrase opens the clause or units do
# (a list of subjects); partners when a partner cue opens the list before them; else objects or
# items of a noun list, no role of their own. (sentence, [(name as printed, role), ...])
COMMA_LISTS: list[tuple[str, list[tuple[str, str]]]] = [
    # subjects
    ("Trong quá trình triển khai, các chi bộ tổ chức đánh giá thực trạng.",  # seed 000
     [("các chi bộ", "lead")]),
    ("Sau khi thực hiện mở tài khoản, Ủy ban nhân dân xã, phường phối hợp với các tổ chức cung cấp dịch vụ chi trả thực hiện ký kết hợp đồng.",  # dev-01
     [("Ủy ban nhân dân xã, phường", "lead"), ("các tổ chức cung cấp dịch vụ chi trả", "support")]),
    ("Trên cơ sở Kế hoạch này, các sở, ban, ngành Tỉnh tổ chức thực hiện nhiệm vụ được giao.",  # dev-08
     [("các sở, ban, ngành Tỉnh", "lead")]),
    ("Trong quá trình thực hiện, nếu có vướng mắc phát sinh, các cơ quan, đơn vị, địa phương kịp thời báo cáo UBND tỉnh.",  # dev-24
     [("các cơ quan, đơn vị, địa phương", "lead"), ("UBND tỉnh", "report_to")]),
    # a list of subjects a unit opens, the chain broken by a word the finder leaves out (dev-20)
    ("Văn phòng Chủ tịch nước, Văn phòng Chính phủ, Văn phòng Quốc hội phối hợp với Văn phòng Trung ương Đảng triển khai công tác kết nối.",
     [("Văn phòng Chủ tịch", "lead"), ("Văn phòng Chính phủ", "lead"), ("Văn phòng Quốc hội", "lead"),
      ("Văn phòng Trung ương Đảng", "support")]),
    # partners: the list after "phối hợp với" (and a partner head, "đầu mối") gives one group per "các" (dev-15, C2)
    ("c) Các doanh nghiệp công nghệ số phối hợp với đầu mối các bộ, ngành, các trường đại học, cao đẳng xây dựng chương trình đào tạo.",
     [("Các doanh nghiệp công nghệ số", "lead"), ("các bộ, ngành", "support"), ("các trường đại học, cao đẳng", "support")]),
    # … past a unit the finder cut a word short of (dev-20 "Văn phòng Chủ tịch nước")
    ("d) Chủ trì, phối hợp với Văn phòng Chủ tịch nước, Văn phòng Chính phủ, Văn phòng Quốc hội triển khai công tác kết nối.",
     [("Văn phòng Chủ tịch", "support"), ("Văn phòng Chính phủ", "support"), ("Văn phòng Quốc hội", "support")]),
    # … not when a clause ended after the partner: a new subject
    ("Sở Y tế phối hợp với Sở Nội vụ tổ chức tập huấn, các đơn vị cử cán bộ tham gia.",
     [("Sở Y tế", "lead"), ("Sở Nội vụ", "support"), ("các đơn vị", "lead")]),
    # objects of verbs listed with commas (dev-15 VI.1.a), items of a noun list (dev-15 VI.1.e, seed
    # 000), the agent of a passive "được … giao" (dev-24) or "do … thành lập" (dev-19)
    ("a) Chủ trì tổ chức, hướng dẫn, đôn đốc, các cơ quan, đơn vị tổ chức triển khai thực hiện Kế hoạch.",
     [("các cơ quan, đơn vị", "mentioned")]),
    ("e) Xây dựng, trình UBND tỉnh phê duyệt, và triển khai các Chương trình: Chương trình hỗ trợ doanh nghiệp nhỏ và vừa, các hợp tác xã, tổ hợp tác chuyển đổi số.",
     [("UBND tỉnh", "report_to"), ("các hợp tác xã, tổ hợp tác", "mentioned")]),
    ("Mô hình phải xác định rõ nội dung, mục tiêu, cơ quan, đơn vị thực hiện và kết quả hướng tới.",
     [("cơ quan, đơn vị", "mentioned")]),
    ("a) Bám sát các nhiệm vụ, chỉ tiêu của tỉnh; đảm bảo hoàn thành các nhiệm vụ được trung ương, UBND tỉnh giao.",
     [("UBND tỉnh", "mentioned")]),
    ("Tài liệu của các đơn vị sự nghiệp công lập do cấp ủy đảng, Mặt trận Tổ quốc Việt Nam thành lập.",
     [("các đơn vị sự nghiệp công lập", "mentioned"), ("Mặt trận Tổ quốc Việt Nam", "mentioned")]),
]


@pytest.mark.parametrize(("sentence", "expected"), COMMA_LISTS, ids=[s[:50] for s, _ in COMMA_LISTS])
def test_units_after_a_comma(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _roles(sentence) == expected


# (mention as printed, canonical) — abbreviations expanded, tone marks/dashes unified.
CANONICAL = [
    ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
    ("Ban Tuyên giáo ĐUK", "Ban Tuyên giáo Đảng ủy Khối"),
    ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
    ("BTV Đảng ủy Khối", "Ban Thường vụ Đảng ủy Khối"),
    ("Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
    ("Sở VH,TT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
    ("UBND các xã, phường", "Ủy ban nhân dân các xã, phường"),
    ("Phòng HCQT", "Phòng Hành chính - Quản trị"),
    ("Đoàn TN", "Đoàn Thanh niên"),
    ("Ban Chỉ huy PTDS tỉnh", "Ban Chỉ huy Phòng thủ dân sự tỉnh"),
]


@pytest.mark.parametrize(
    ("item", "canonical"),
    [
        # a group that is a numbered item's whole heading line is named by the line (dev-11, dev-06, dev-12)
        ("6. Các doanh nghiệp thứ cấp đang hoạt động trong KCN\n- Chủ động phối hợp với chủ đầu tư hạ tầng KCN.",
         "Các doanh nghiệp thứ cấp đang hoạt động trong Khu công nghiệp"),
        ("4. Các cơ sở sản xuất giống, NTTS thương phẩm:\n- Chủ cơ sở có trách nhiệm giám sát chất lượng nước.",
         "Các cơ sở sản xuất giống, nuôi trồng thủy sản thương phẩm"),
        ("19. Các cơ sở đào tạo đại học, sau đại học\na) Mở thêm chuyên ngành về chuyển đổi số.",
         "Các cơ sở đào tạo đại học, sau đại học"),
    ],
)
def test_heading_group(item: str, canonical: str) -> None:
    units = extract_units(item, [])
    assert [(u.canonical, u.role) for u in units][:1] == [(canonical, "lead")]


@pytest.mark.parametrize(("printed", "canonical"), CANONICAL)
def test_canonical(printed: str, canonical: str) -> None:
    units = extract_units(f"Giao {printed} chủ trì thực hiện.", [])
    assert [(u.name, u.canonical) for u in units] == [(printed, canonical)]


def test_expand_abbreviations_whole_words_only() -> None:
    assert expand_abbreviations("Sở KH&CN, UBND tỉnh") == "Sở Khoa học và Công nghệ, Ủy ban nhân dân tỉnh"
    assert expand_abbreviations("TUYÊN TRUYỀN") == "TUYÊN TRUYỀN"


@pytest.mark.parametrize(
    ("printed", "expanded"),
    [
        # two bodies' abbreviations joined by "&" (dev-18)
        ("Văn phòng HĐND&UBND xã", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"),
        # near misses: a joined abbreviation of its own, a pair whose half is no abbreviation
        ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
        ("Sở LĐTB&XH tỉnh", "Sở Lao động - Thương binh và Xã hội tỉnh"),
        ("Sở TT&DL", "Sở TT&DL"),
    ],
)
def test_expand_abbreviations_joined_by_ampersand(printed: str, expanded: str) -> None:
    assert expand_abbreviations(printed) == expanded


def test_issuer_alias_and_short_form() -> None:
    # seed 003: "Văn phòng UBND tỉnh (Văn phòng) xây dựng Kế hoạch" -> "Văn phòng" is the issuer
    text = (
        "Văn phòng UBND tỉnh (Văn phòng) xây dựng Kế hoạch triển khai thực hiện như sau:\n"
        "II. NỘI DUNG\n"
        "Lãnh đạo Văn phòng phối hợp với Đảng ủy Văn phòng UBND tỉnh tổ chức Hội nghị.\n"
        "Thông qua Trang thông tin điện tử Văn phòng.\n"
        "Lãnh đạo Văn phòng phối hợp với Đảng ủy Văn phòng xây dựng kế hoạch."
    )
    units = unit_mentions(text, [])
    canon = {u.name: u.canonical for u in units}
    assert canon["Văn phòng UBND tỉnh"] == "Văn phòng Ủy ban nhân dân tỉnh"
    assert canon["Đảng ủy Văn phòng"] == "Đảng ủy Văn phòng Ủy ban nhân dân tỉnh"  # a unique longer form
    assert [u.canonical for u in units if u.name == "Văn phòng"] == ["Văn phòng Ủy ban nhân dân tỉnh"] * 2


@pytest.mark.parametrize(
    ("sentence", "canonical"),
    [
        # dev-06 / seed 001: a body renamed in the 2025 reorganisation is named by its present name
        # (as partners: a body named only as the source of guidance is no unit, corpus/README.md C1)
        ("- Phối hợp với Tổng cục Thủy sản (nay Cục Thủy sản và Kiểm ngư) đánh giá chất lượng môi trường.",
         "Cục Thủy sản và Kiểm ngư"),
        ("- Phối hợp với Ban Tuyên giáo Trung ương (nay là Ban Tuyên giáo và Dân vận Trung ương) tổ chức cuộc thi.",
         "Ban Tuyên giáo và Dân vận Trung ương"),
    ],
)
def test_renamed_body_takes_its_present_name(sentence: str, canonical: str) -> None:
    assert [u.canonical for u in extract_units(sentence, [])][:1] == [canonical]


def test_admin_lists_and_viet_nam_share_a_canonical() -> None:
    # dev-22: "UBND xã, phường, đặc khu" and "Ủy ban nhân dân phường, xã, đặc khu";
    # dev-17: "Ủy ban MTTQ xã" and "Ủy ban MTTQ Việt Nam xã" — the fullest printed form wins
    text = (
        "Giao Ủy ban nhân dân phường, xã, đặc khu chủ trì.\nPhối hợp với UBND xã, phường, đặc khu.\n"
        "Giao Ban Thường trực Ủy ban MTTQ xã chủ trì.\nBáo cáo Ban Thường trực Ủy ban MTTQ Việt Nam xã."
    )
    canon = [u.canonical for u in extract_units(text, [])]
    assert canon == ["Ủy ban nhân dân phường, xã, đặc khu"] * 2 + ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"] * 2


def test_group_qualifier_dropped_only_when_the_bare_group_is_named() -> None:
    both = extract_units("Giao các phòng, ban, đơn vị chủ trì.\nĐơn vị thực hiện: Các phòng, ban, đơn vị liên quan.", [])
    assert {u.canonical for u in both} == {"Các phòng, ban, đơn vị"}
    alone = extract_units("Đơn vị thực hiện: Các sở, ngành có liên quan.", [])
    assert [u.canonical for u in alone] == ["Các sở, ngành có liên quan"]


def test_group_qualifier_kept_when_the_bare_group_is_only_mentioned() -> None:
    # dev-03: "các cơ quan, đơn vị" elsewhere plays no role (the owner of a duty), so the listed
    # "các cơ quan, đơn vị liên quan" keeps its own name
    text = (
        "Lồng ghép vào kế hoạch công tác của các cơ quan, đơn vị.\n"
        "- Chủ trì, phối hợp với các cơ quan, đơn vị liên quan triển khai thực hiện Kế hoạch theo quy định."
    )  # (the same document's "thông tin … về Chương trình cho các cơ quan, đơn vị liên quan" reports nothing)
    assert [u.canonical for u in extract_units(text, [])] == ["Các cơ quan, đơn vị liên quan"]


@pytest.mark.parametrize(
    ("preamble", "issuer"),
    [
        # seed 003: the plan without its header names its issuer in the preamble; the body whose
        # plan is cited just before ("của Đảng ủy Văn phòng UBND tỉnh, …") is not the issuer
        ("Căn cứ Kế hoạch số 539-KH/ĐU ngày 14/3/2024 của Đảng ủy Văn phòng UBND tỉnh, Văn phòng UBND tỉnh (Văn phòng) xây dựng Kế hoạch triển khai thực hiện năm 2024, cụ thể như sau:",
         "Văn phòng Ủy ban nhân dân tỉnh"),
        # the same with the issuer's alias left out
        ("Căn cứ Kế hoạch số 12-KH/ĐU ngày 02/3/2025 của Đảng ủy Sở Tài chính, Văn phòng Sở Tài chính xây dựng Kế hoạch thực hiện năm 2025 như sau:", "Văn phòng Sở Tài chính"),
    ],
)
def test_issuer_named_in_the_preamble_is_listed(preamble: str, issuer: str) -> None:
    text = preamble + "\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức."
    sections = [Section(id="s1", kind="roman", label="I", path="I", level=1, heading="MỤC ĐÍCH, YÊU CẦU",
                        start=len(preamble) + 1, end=len(text))]
    assert [u.canonical for u in extract_units(text, sections)] == [issuer]


@pytest.mark.parametrize(
    "header",
    [
        # dev-05's header, as the exports print it: columns one after the other, as "|" rows, and
        # interleaved line by line (a PDF read straight across the page)
        ("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 0130/KH-UBND\nĐắk Lắk, ngày 21 tháng 11 năm 2025"),
        ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH ĐẮK LẮK | Độc lập - Tự do - Hạnh phúc\n"
        "Số: 0130/KH-UBND | Đắk Lắk, ngày 21 tháng 11 năm 2025"),
        ("ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH ĐẮK LẮK\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 0130/KH-UBND\nĐắk Lắk, ngày 21 tháng 11 năm 2025"),
    ],
)
def test_issuer_in_any_header_layout_is_listed(header: str) -> None:
    text = header + "\nKẾ HOẠCH\nKhắc phục môi trường sau lụt bão\nI. NHIỆM VỤ\n1. Sở Y tế chủ trì thực hiện."
    record = extract_text(text)
    issuer = [u for u in record.units if u.canonical == "Ủy ban nhân dân tỉnh Đắk Lắk"]
    assert len(issuer) == 1
    assert record.document.issuer == "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK"


def test_tone_mark_variants_share_a_canonical() -> None:
    # the normaliser unifies "Hoà"/"Hòa"; fold() compares the rest (case, dashes)
    text = "Giao Sở Văn hóa, Thể thao và Du lịch chủ trì.\nPhối hợp với Sở Văn Hóa, Thể Thao và Du Lịch."
    units = extract_units(text, [])
    assert len({u.canonical for u in units}) == 1


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("Các chi bộ", "group"), ("các sở, ban, ngành", "group"), ("cán bộ, đảng viên", "group"),
        ("các phòng, ban, đơn vị", "group"), ("Đảng ủy Khối", "party"), ("Chi bộ Sở Ngoại vụ", "party"),
        ("Sở Nội vụ", "state"), ("Ủy ban nhân dân tỉnh", "state"), ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "front"),
        ("Hội Nông dân tỉnh", "union"), ("Đoàn Thanh niên", "union"), ("Lãnh đạo Văn phòng", "person"),
        ("Văn phòng Chi bộ", "party"), ("Ban Thường vụ Tỉnh ủy", "party"), ("Công an tỉnh", "state"),
    ],
)
def test_kind(phrase: str, kind: str) -> None:
    ms = find_mentions(f"Giao {phrase} thực hiện.")
    assert [(m.name, m.kind) for m in ms] == [(phrase, kind)]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a named unit standing for many bodies or people is listed as a group
        ("6. Ủy ban nhân dân cấp xã\n- Tổ chức triển khai thực hiện kế hoạch chuyển đổi số.", "group"),  # dev-07
        ("4. UBND các xã, phường:\nTriển khai kế hoạch trên địa bàn; huy động lực lượng hỗ trợ người dân.", "group"),  # dev-05
        ("a) Ủy ban nhân dân xã, phường huy động nguồn lực, tổ chức triển khai hoạt động tuyên truyền.", "group"),  # dev-01
        ("- Lãnh đạo Văn phòng thường xuyên chỉ đạo giải quyết kịp thời những vụ việc nổi cộm.", "group"),  # seed 003
        ("Trưởng các phòng, ban, đơn vị tập trung chỉ đạo việc làm theo tư tưởng Hồ Chí Minh.", "group"),  # seed 003
        ("- Chánh Văn phòng chủ trì, chỉ đạo xây dựng kế hoạch.", "person"),
        ("Giao Ủy ban nhân dân xã Gia Thuận chủ trì thực hiện.", "state"),
        # the press and business associations are neither state bodies nor mass organisations
        ("13. Báo và Phát thanh, Truyền hình tỉnh\nChủ trì tuyên truyền về chuyển đổi số.", "other"),  # dev-12
        ("6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh\na) Tuyên truyền, vận động hội viên.", "other"),  # dev-08
        ("15. Liên minh Hợp tác xã\nXây dựng kế hoạch hành động.", "other"),  # dev-12
        ("Giao Cổng Thông tin điện tử tỉnh chủ trì đăng tải tin bài.", "other"),
        ("Giao Hội Nông dân tỉnh chủ trì vận động hội viên.", "union"),
        # … unless a Party committee owns them (seed 001); a state owner leaves them "other"
        ("- Ban Biên tập trang thông tin điện tử Đảng ủy Khối thường xuyên đưa tin, bài tuyên truyền.", "party"),
        ("- Ban Biên tập Cổng Thông tin điện tử tỉnh thường xuyên đưa tin, bài tuyên truyền.", "other"),
    ],
)
def test_listed_kind(sentence: str, kind: str) -> None:
    assert [u.kind for u in extract_units(sentence, [])][:1] == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hội nghị học tập chuyên đề được tổ chức vào quý II.",  # "Hội" without a name
        "Ban hành Kế hoạch thực hiện Nghị quyết.",  # "Ban hành" is a verb
        "Phòng, chống tham nhũng, tiêu cực, lãng phí.",  # "Phòng, chống" is a verb
        "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP",  # header lines in capitals
        "Lãnh đạo, chỉ đạo triển khai thực hiện.",  # "Lãnh đạo" as a verb
        "MTTQ VIỆT NAM XÃ LƯƠNG MINH BAN THƯỜNG TRỰC Số: 12/KH-MTTQ",  # a header shouting in capitals
    ],
)
def test_not_units(sentence: str) -> None:
    assert find_mentions(sentence) == []


def test_spans_slice_to_names() -> None:
    text = "2. Giao Phòng Hành chính - Quản trị chủ trì; báo cáo kết quả cho UBND tỉnh (qua Sở Nội vụ)."
    for u in extract_units(text, []):
        assert text[u.start : u.end] == u.name


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        # dev-04 / dev-12: the left column of a state header, lines joined
        ("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Ủy ban nhân dân tỉnh Đắk Lắk"),
        ("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Ủy ban nhân dân thành phố Cần Thơ"),
        ("**ỦY BAN NHÂN DÂN**\nTỈNH BẮC NINH\n-------", "Ủy ban nhân dân tỉnh Bắc Ninh"),
        # a front header with a second body under it: which body issues is not read here
        ("ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nSố: 12/KH-MTTQ", None),
        # seeds lost their header: the plan starts with its type word
        ("KẾ HOẠCH\nthực hiện Kết luận số 01-KL/TW", None),
    ],
)
def test_header_issuer(header: str, issuer: str | None) -> None:
    got = header_issuer(header)
    assert (got.name if got else None) == issuer


@pytest.mark.parametrize(
    ("sentence", "listed"),
    [
        # dev-04: the object of "Chỉ đạo" is addressed by the instruction, with no role of its own
        ("5. Sở Khoa học và Công nghệ:\nChỉ đạo các doanh nghiệp viễn thông bảo đảm hệ thống thông tin liên lạc ổn định.",
         ["Sở Khoa học và Công nghệ", "các doanh nghiệp viễn thông"]),
        # dev-04, seed 000: the people or teams an instruction arranges for ("bố trí", "cử", "tổ chức cho")
        ("3. Sở Y tế:\n- Bố trí các đội y tế lưu động phối hợp UBND các xã, phường tổ chức khám bệnh.",
         ["Sở Y tế", "các đội y tế lưu động", "UBND các xã, phường"]),
        ("Cấp ủy các chi bộ chỉ đạo, tổ chức cho cán bộ, đảng viên, công chức, viên chức, người lao động xây dựng kế hoạch học tập",
         ["Cấp ủy các chi bộ", "cán bộ, đảng viên, công chức, viên chức, người lao động"]),
        # near misses: "tổ chức" without "cho" is the verb of its subject; a group only talked of
        ("Các chi bộ tổ chức học tập cho cán bộ, đảng viên trong chi bộ.", ["Các chi bộ"]),
        ("Nâng cao chất lượng đội ngũ cán bộ, đảng viên, công chức, viên chức.", []),
        # the source of guidance followed is no unit (2026-11 adjudication): seed 001, dev-22, dev-14,
        # dev-07, dev-13 …; the body directed by "hướng dẫn" / "chỉ đạo" is (dev-12, dev-04)
        ("- Ban Tuyên giáo Đảng ủy Khối tổ chức cuộc thi theo hướng dẫn của Ban Tuyên giáo Tỉnh ủy như sau:",
         ["Ban Tuyên giáo Đảng ủy Khối"]),
        ("- Đảm bảo an toàn thông tin mạng, an ninh mạng theo hướng dẫn của Bộ Công an và Bộ Khoa học và Công nghệ.",
         []),
        ("Triển khai Đề án 06 hiệu quả, đồng bộ, thống nhất theo chỉ đạo của Chính phủ.", []),
        ("- Cập nhật dữ liệu chuyên ngành để phù hợp với định hướng của Bộ Xây dựng.", []),
        ("- Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy Đảng, chính quyền.", []),
        ("- Ban Tuyên giáo Đảng ủy Khối căn cứ chỉ đạo, hướng dẫn của Ban Tuyên giáo Tỉnh ủy chủ động hướng dẫn thực hiện.",
         ["Ban Tuyên giáo Đảng ủy Khối"]),
        ("Sở Khoa học và Công nghệ hướng dẫn các cơ quan, đơn vị, địa phương thực hiện kết nối, chia sẻ dữ liệu.",
         ["Sở Khoa học và Công nghệ", "các cơ quan, đơn vị, địa phương"]),
        ("Sở Khoa học và Công nghệ chỉ đạo, hướng dẫn Ủy ban nhân dân các xã triển khai.",
         ["Sở Khoa học và Công nghệ", "Ủy ban nhân dân các xã"]),
        # dev-01: "Ban Chỉ đạo của Chính phủ" names a body; no guidance is followed there
        ("Thực hiện Thông báo số 552/TB-VPCP ngày 13 tháng 10 năm 2025 của Văn phòng Chính phủ Kết luận Phiên họp lần thứ tư của Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ.",
         []),
        # seed 000: a body that issued a cited document only is not listed
        ("Cấp ủy các chi bộ tiếp tục quán triệt Kết luận số 14-KL/TW, ngày 22/9/2021 của Bộ Chính trị.",
         ["Cấp ủy các chi bộ"]),
    ],
)
def test_listed_units(sentence: str, listed: list[str]) -> None:
    assert [u.name for u in extract_units(sentence, [])] == listed


def test_units_are_the_addressed_and_the_issuer() -> None:
    # dev-05: the header's "Ủy ban nhân dân tỉnh" is the issuer, named in full; a body that only
    # issued a cited document ("của Bộ Y tế") plays no role and is not a unit
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Căn cứ Thông tư số 12/2024/TT-BYT ngày 01/7/2024 của Bộ Y tế;\n"
        "- Sở Y tế chủ trì, tổng hợp báo cáo Ủy ban nhân dân tỉnh."
    )
    got = [(u.canonical, u.role) for u in extract_units(text, [])]
    assert got == [
        ("Ủy ban nhân dân tỉnh Đắk Lắk", "mentioned"),
        ("Sở Y tế", "lead"),
        ("Ủy ban nhân dân tỉnh Đắk Lắk", "report_to"),
    ]
    assert "Bộ Y tế" in [u.canonical for u in unit_mentions(text, [])]


@pytest.mark.parametrize(
    "near",
    [
        "đề nghị", "Giao ", "phối hợp với ", "(phối hợp với ", "x,phối hợp ", "tham mưu cho: ", "Tham mưu cho ", "báo cáo ",
        "gửi báo cáo về ", "(qua ", "( qua  ", "theo hướng dẫn của ", "Ban Chỉ đạo của ", "chỉ đạo: ",
        "chủ trì:", "kếtphối hợp ", "", "  ", "hướng dẫn của", "Hướng dẫn của ",
    ],
)
def test_cues_read_on_the_reversed_text_as_searched_forward(near: str) -> None:
    # the roles read a cue ending the text before a mention by one match on the reversed text:
    # each must agree with the `$`-anchored search it replaced
    import re

    from extractor import units_roles as r

    def fwd(words: list[str], tail: str = r"\s*", lead: str = r"[\s,:;(]", flags: str = "(?i)") -> bool:
        return re.search(rf"{flags}(?:^|{lead})(?:{r._alt(words)}){tail}$", near) is not None

    R, rev = r._R, near[::-1]
    assert bool(r._LEAD_BEFORE_REV.match(rev)) == fwd(R["lead_before"], r"\s*:?\s*")
    assert bool(r._SUPPORT_BEFORE_REV.match(rev)) == fwd(R["support_before"])
    assert bool(r._ADVISE_BEFORE_REV.match(rev)) == fwd(R["advise_before"])
    assert bool(r._REPORT_DIRECT_REV.match(rev)) == fwd(R["report_verbs"], lead=r"[\s,:;]")
    assert bool(r._REPORT_BEFORE_REV.match(rev)) == fwd(R["report_before"], lead=r"\s")
    assert bool(r._VIA_BEFORE_REV.match(rev)) == (re.search(r"(?i)\(\s*qua\s*$", near) is not None)
    assert bool(r._ADDRESSED_BEFORE_REV.match(rev)) == fwd(R["addressed_before"], r"\s*:?\s*")


# (text, [canonical, ...]): the Front is named in full ("Mặt trận Tổ quốc Việt Nam") in every
# unit of a document that prints the full name in one (dev-16, dev-18 held-out sentences);
# near miss: a document that never prints it keeps the short name.
FRONT_FULL: list[tuple[str, list[str]]] = [
    ("- Ban Thường trực Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với các tổ chức thành viên của MTTQ xã.",
     ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Các tổ chức thành viên của Mặt trận Tổ quốc Việt Nam xã"]),
    ("gửi đến Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh. Báo cáo Ủy ban MTTQ tỉnh kết quả.",
     ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]),
    ("- Ủy ban MTTQ tỉnh chủ trì, phối hợp với các tổ chức thành viên của MTTQ tỉnh.",
     ["Ủy ban Mặt trận Tổ quốc tỉnh", "Các tổ chức thành viên của Mặt trận Tổ quốc tỉnh"]),
]


@pytest.mark.parametrize(("text", "canonicals"), FRONT_FULL, ids=[t[:50] for t, _ in FRONT_FULL])
def test_front_named_in_full(text: str, canonicals: list[str]) -> None:
    assert [u.canonical for u in extract_units(text, [])] == canonicals


# (text, canonicals): a list of levels is plural with or without "các" (dev-04: "UBND xã, phường"
# beside "UBND các xã, phường"); one level keeps them apart ("UBND xã" is one commune's).
LEVEL_LISTS: list[tuple[str, list[str]]] = [
    ("4. UBND các xã, phường:\nTriển khai kế hoạch trên địa bàn.\n- UBND xã, phường thực hiện trực ban phòng chống thiên tai.",
     ["Ủy ban nhân dân các xã, phường", "Ủy ban nhân dân các xã, phường"]),
    ("4. UBND các xã:\nTriển khai kế hoạch trên địa bàn.\n- UBND xã thực hiện trực ban phòng chống thiên tai.",
     ["Ủy ban nhân dân các xã", "Ủy ban nhân dân xã"]),
    # levels joined by a slash are such a list (dev-06)
    ("3. UBND các xã/phường:\n- Tổ chức hướng dẫn, vận động các cơ sở nuôi trồng thủy sản.", ["Ủy ban nhân dân các xã, phường"]),
]


@pytest.mark.parametrize(("text", "canonicals"), LEVEL_LISTS, ids=[t[:40] for t, _ in LEVEL_LISTS])
def test_level_list_plural_without_cac(text: str, canonicals: list[str]) -> None:
    assert [u.canonical for u in extract_units(text, [])] == canonicals


# (text, canonicals): variants of one group share its name (dev-02, dev-14): a level after the group
# goes like "liên quan" when the document lists the group without it, the nearest listed form
# first; "các" or not is the same group. Near misses: a level kept when the group is listed only
# with it, a named unit is no variant of a group.
GROUP_VARIANTS: list[tuple[str, list[str]]] = [
    ("- Đơn vị chủ trì: Các Sở, ban, ngành.\n- Đơn vị chủ trì: Các Sở, ban, ngành Thành phố.",
     ["Các Sở, ban, ngành", "Các Sở, ban, ngành"]),
    ("Giao các sở, ban, ngành tỉnh chủ trì.\nPhối hợp với các sở, ban, ngành tỉnh có liên quan.",
     ["Các sở, ban, ngành tỉnh", "Các sở, ban, ngành tỉnh"]),
    ("Giao các sở, ban, ngành chủ trì.\nPhối hợp với các sở, ban, ngành tỉnh có liên quan.",
     ["Các sở, ban, ngành", "Các sở, ban, ngành"]),
    ("Giao các Sở, ngành chủ trì.\n- Báo cáo kết quả gửi Sở, ngành.", ["Các Sở, ngành", "Các Sở, ngành"]),
    ("- Đơn vị chủ trì: Các Sở, ban, ngành Thành phố.", ["Các Sở, ban, ngành Thành phố"]),
    ("Giao các phòng chủ trì.\n- Báo cáo kết quả gửi Phòng Tư pháp.", ["Các phòng", "Phòng Tư pháp"]),
]


@pytest.mark.parametrize(("text", "canonicals"), GROUP_VARIANTS, ids=[t[:40] for t, _ in GROUP_VARIANTS])
def test_group_variants_share_a_name(text: str, canonicals: list[str]) -> None:
    assert [u.canonical for u in extract_units(text, [])] == canonicals


# The partner of a body the clause advises works with that body, not with the task's lead (rule S1,
# corpus/ADJUDICATION.md third pass): still a unit (addressed), no support role. Near misses: the
# partner before the advised body, or after a comma (the lead's own next verb), is the lead's.
PARTNERS_OF_ADVISED: list[tuple[str, list[tuple[str, str]]]] = [
    ("Tham mưu UBND Thành phố phối hợp với Bộ Công an rà soát, hoàn thiện Chiến lược dữ liệu thành phố Hà Nội.",  # dev-14
     [("UBND Thành phố", "advise"), ("Bộ Công an", "mentioned")]),
    ("b) Tham mưu Ủy ban nhân dân tỉnh phối hợp các sở, ngành Trung ương xây dựng các dự án, các chương trình.",
     [("Ủy ban nhân dân tỉnh", "advise"), ("các sở, ngành Trung ương", "mentioned")]),
    ("b) Chủ trì, phối hợp các sở, ngành Trung ương tham mưu Ủy ban nhân dân tỉnh xây dựng các dự án.",
     [("các sở, ngành Trung ương", "support"), ("Ủy ban nhân dân tỉnh", "advise")]),
    ("Sở Y tế tham mưu UBND tỉnh, phối hợp với Sở Nội vụ tổ chức tập huấn.",
     [("Sở Y tế", "lead"), ("UBND tỉnh", "advise"), ("Sở Nội vụ", "support")]),
    ("- Phối hợp với Bộ Công an trong việc bảo đảm an toàn thông tin.",  # dev-14 II.3
     [("Bộ Công an", "support")]),
]


@pytest.mark.parametrize(("sentence", "expected"), PARTNERS_OF_ADVISED, ids=[s[:50] for s, _ in PARTNERS_OF_ADVISED])
def test_partner_of_an_advised_body_is_no_support(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _roles(sentence) == expected


def test_partner_of_an_advised_body_is_still_a_unit() -> None:
    s = "Tham mưu UBND Thành phố phối hợp với Bộ Công an rà soát, hoàn thiện Chiến lược dữ liệu."
    assert "Bộ Công an" in [u.canonical for u in extract_units(s, [])]


# A partner head between the cue and the partners ("phối hợp với đầu mối các …": the focal points of
# those bodies) leaves them partners. Near misses: "là đầu mối" (no partner cue), "phối hợp hỗ trợ
# các đơn vị" (the object of help, no partner: rule S1).
PARTNER_HEADS: list[tuple[str, list[tuple[str, str]]]] = [
    ("c) Các doanh nghiệp công nghệ số phối hợp với đầu mối các sở, ngành, các trường đại học, cao đẳng xây dựng chương trình đào tạo.",
     [("Các doanh nghiệp công nghệ số", "lead"), ("các sở, ngành", "support"), ("các trường đại học, cao đẳng", "support")]),
    ("Phối hợp với đại diện các cơ quan, đơn vị liên quan kiểm tra thực tế.",
     [("các cơ quan, đơn vị liên quan", "support")]),
    ("Sở Y tế là đầu mối các sở, ngành triển khai.",
     [("Sở Y tế", "mentioned"), ("các sở, ngành", "mentioned")]),
    ("- Phối hợp hỗ trợ các đơn vị triển khai kết nối, tích hợp dữ liệu.",  # dev-07
     [("các đơn vị", "mentioned")]),
]


@pytest.mark.parametrize(("sentence", "expected"), PARTNER_HEADS, ids=[s[:50] for s, _ in PARTNER_HEADS])
def test_partners_after_a_partner_head(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _roles(sentence) == expected


# Units in a bracket after a noun describe it ("cấp thẩm quyền (…)": who that authority is); a lead
# cue with an object there ("… chủ trì dự án") is a relative clause, no assignment (dev-02 VI.1).
# Near misses: a note that assigns the item to a unit closes after its cue or goes on with a verb or
# a partner; a role bracket after a unit.
DESCRIBING_BRACKETS: list[tuple[str, list[tuple[str, str]]]] = [
    ("- Tổng hợp, báo cáo cấp thẩm quyền (UBND thành phố, Sở Nông nghiệp và Môi trường và các sở, cơ quan trung ương chủ trì dự án, tiểu dự án, nội dung thành phần thuộc Chương trình) việc triển khai, thực hiện Chương trình.",
     [("UBND thành phố", "mentioned"), ("Sở Nông nghiệp và Môi trường", "mentioned"), ("các sở, cơ quan trung ương", "mentioned")]),
    ("- Tổ chức tập huấn cho cán bộ cấp xã (Sở Y tế chủ trì).",
     [("Sở Y tế", "lead")]),
    ("- Tổ chức tập huấn cho cán bộ cấp xã (Sở Y tế chủ trì thực hiện).",
     [("Sở Y tế", "lead")]),
    ("- Tổ chức tập huấn cho cán bộ cấp xã (Sở Y tế chủ trì, phối hợp với Sở Nội vụ).",
     [("Sở Y tế", "lead"), ("Sở Nội vụ", "support")]),
    ("- Sở Tài chính (cơ quan chủ trì) phối hợp với Sở Nội vụ thẩm định.",
     [("Sở Tài chính", "lead"), ("Sở Nội vụ", "support")]),
]


@pytest.mark.parametrize(("sentence", "expected"), DESCRIBING_BRACKETS, ids=[s[:50] for s, _ in DESCRIBING_BRACKETS])
def test_units_in_a_bracket_after_a_noun_describe_it(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _roles(sentence) == expected


# "bộ" is a group noun: "các bộ, ngành Trung ương", "các Bộ, cơ quan trung ương" are groups (dev-09,
# dev-02, dev-15); a named ministry stays a state body. Near misses where "bộ" is no body: "bộ tiêu
# chí", "bộ phận một cửa", "cán bộ, công chức", "toàn bộ", "bộ máy". (sentence, [(canonical, kind)])
MINISTRY_GROUPS: list[tuple[str, list[tuple[str, str]]]] = [
    ("- Phối hợp với các bộ, ngành Trung ương tiếp tục triển khai thực hiện hiệu quả các chương trình.",  # dev-09 III.7
     [("Các bộ, ngành Trung ương", "group")]),
    ("- Phối hợp với các Bộ, cơ quan trung ương triển khai dự án.",
     [("Các Bộ, cơ quan trung ương", "group")]),
    ("c) Các doanh nghiệp công nghệ số phối hợp với đầu mối các bộ, ngành, các trường đại học, cao đẳng xây dựng chương trình đào tạo.",  # dev-15 VI.19.c
     [("Các doanh nghiệp công nghệ số", "group"), ("Các bộ, ngành", "group"), ("Các trường đại học, cao đẳng", "group")]),
    ("- Sở Nội vụ chủ trì, phối hợp với Bộ Tài chính rà soát thể chế.",
     [("Sở Nội vụ", "state"), ("Bộ Tài chính", "state")]),
    ("- Sở Nội vụ chủ trì xây dựng bộ tiêu chí đánh giá.", [("Sở Nội vụ", "state")]),
    ("- Sở Nội vụ chủ trì xây dựng các bộ tiêu chí đánh giá.", [("Sở Nội vụ", "state")]),
    ("- Sở Nội vụ chủ trì kiện toàn bộ phận một cửa cấp xã.", [("Sở Nội vụ", "state")]),
    ("- Sở Nội vụ chủ trì bồi dưỡng cán bộ, công chức cấp xã.", [("Sở Nội vụ", "state")]),
    ("- Sở Nội vụ chủ trì rà soát toàn bộ bộ máy hành chính.", [("Sở Nội vụ", "state")]),
    ("- Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp rà soát toàn bộ các văn bản.",
     [("Sở Nội vụ", "state"), ("Sở Tư pháp", "state")]),
]


@pytest.mark.parametrize(("sentence", "expected"), MINISTRY_GROUPS, ids=[s[:50] for s, _ in MINISTRY_GROUPS])
def test_ministries_as_a_group(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(u.canonical, u.kind) for u in extract_units(sentence, [])] == expected


# The three role gaps on the verbatim sentences once "các bộ" is a group (dev-02 VI.1, dev-09 IV.2,
# dev-15 VI.19.c).
MINISTRY_ROLES: list[tuple[str, list[tuple[str, str]]]] = [
    ("- Tổng hợp, tham mưu báo cáo hoặc báo cáo cấp thẩm quyền (UBND thành phố, Bộ Nông nghiệp và Môi trường và các Bộ, cơ quan trung ương chủ trì dự án, tiểu dự án, nội dung thành phần thuộc Chương trình) việc triển khai, thực hiện Chương trình.",
     [("UBND thành phố", "mentioned"), ("Bộ Nông nghiệp và Môi trường", "mentioned"), ("các Bộ, cơ quan trung ương", "mentioned")]),
    ("b) Tham mưu Ủy ban nhân dân tỉnh phối hợp các bộ, ngành Trung ương xây dựng các dự án, các chương trình, nhiệm vụ.",
     [("Ủy ban nhân dân tỉnh", "advise"), ("các bộ, ngành Trung ương", "mentioned")]),
    ("c) Các doanh nghiệp công nghệ số phối hợp với đầu mối các bộ, ngành, các trường đại học, cao đẳng xây dựng chương trình đào tạo.",
     [("Các doanh nghiệp công nghệ số", "lead"), ("các bộ, ngành", "support"), ("các trường đại học, cao đẳng", "support")]),
]


@pytest.mark.parametrize(("sentence", "expected"), MINISTRY_ROLES, ids=[s[:50] for s, _ in MINISTRY_ROLES])
def test_ministry_groups_roles(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _roles(sentence) == expected
