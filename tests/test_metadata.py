"""Document metadata: one header printed every way it arrives must give one record; tables of
real signature and recipient lines; the corpus documents against their gold (written by reading)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from extractor.metadata import extract_metadata
from extractor.metadata_recipients import split_recipient
from extractor.metadata_signer import split_signature
from extractor.models import DocumentMeta
from extractor.normalise import fold, normalise
from extractor.segment import segment

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def meta_of(raw: str) -> DocumentMeta:
    text = normalise(raw).text
    return extract_metadata(text, segment(text))


def record(m: DocumentMeta) -> dict[str, Any]:
    """The fields a reader compares (spans differ between layouts)."""
    d = m.model_dump(exclude={"spans"})
    d["recipients"] = [(r["name"], r["note"]) for r in d["recipients"]]
    d["addressees"] = [(r["name"], r["note"]) for r in d["addressees"]]
    if d["signer"]:
        d["signer"] = {k: d["signer"][k] for k in ("name", "position", "capacity")}
    return d


# --- one state header, every layout ------------------------------------------------------------
# dev-12 (UBND tỉnh Bắc Ninh, 144/KH-UBND): the issuer printed on two lines.
STATE_BODY = """Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ.
I. QUAN ĐIỂM
1. Phát triển kinh tế số và xã hội số là định hướng chiến lược, là cơ hội để Bắc Ninh bứt phá.
2. Kinh tế số và xã hội số bước sang giai đoạn phát triển theo chiều sâu.
II. MỤC TIÊU
1. Phát triển kinh tế số đến năm 2030 với các mục tiêu cụ thể.
2. Phát triển xã hội số đến năm 2030 với các mục tiêu cụ thể.
III. TỔ CHỨC THỰC HIỆN
Các sở, ban, ngành triển khai thực hiện Kế hoạch này.
Nơi nhận:
- VPCP, Bộ KH&CN (b/c);
- TT.TU, TT.HĐND tỉnh (b/c);
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT.
"""
STATE_SIGNATURE = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nMai Sơn\n"
STATE_TITLE = "KẾ HOẠCH\nPHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026 - 2030\n"
STATE_EXPECTED = {
    "addressees": [],
    "system": "state", "doc_type": "KH", "doc_type_name": "Kế hoạch", "number": "144/KH-UBND",
    "place": "Bắc Ninh", "issued_date": "2025-11-24", "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
    "parent_body": None, "title": "PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026 - 2030",
    "signer": {"name": "Mai Sơn", "position": "PHÓ CHỦ TỊCH", "capacity": "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"},
    "recipients": [("VPCP, Bộ KH&CN", "(b/c)"), ("TT.TU, TT.HĐND tỉnh", "(b/c)"),
                   ("Chủ tịch, các PCT UBND tỉnh", None), ("Lưu: VT", None)],
}
STATE_HEADERS = {
    "columns": "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
               "Số: 144/KH-UBND\nBắc Ninh, ngày 24 tháng 11 năm 2025\n",
    "left_then_right": "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 144/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Độc lập - Tự do - Hạnh phúc\nBắc Ninh, ngày 24 tháng 11 năm 2025\n",
    "interleaved": "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH BẮC NINH\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Số: 144/KH-UBND\nBắc Ninh, ngày 24 tháng 11 năm 2025\n",
    "rows_flattened": "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH BẮC NINH Độc lập - Tự do - Hạnh phúc\n"
                      "Số: 144/KH-UBND Bắc Ninh, ngày 24 tháng 11 năm 2025\n",
    "pipe_table": "| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
                  "| TỈNH BẮC NINH | Độc lập - Tự do - Hạnh phúc |\n| Số: 144/KH-UBND | Bắc Ninh, ngày 24 tháng 11 năm 2025 |\n",
    "markdown": "**ỦY BAN NHÂN DÂN**\n**TỈNH BẮC NINH**\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
                "*Độc lập - Tự do - Hạnh phúc*\nSố: 144/KH\\-UBND\n*Bắc Ninh, ngày 24 tháng 11 năm 2025*\n",
    "number_on_its_own_line": "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                              "Độc lập - Tự do - Hạnh phúc\nSố:\n144/KH-UBND\nBắc Ninh, ngày 24 tháng 11 năm 2025\n",  # dev-22:4
}


def _state_doc(header: str, title: str = STATE_TITLE, signature: str = STATE_SIGNATURE, body: str = STATE_BODY) -> str:
    return header + title + body + signature


@pytest.mark.parametrize("layout", list(STATE_HEADERS))
def test_state_header_layouts_give_one_record(layout: str) -> None:
    assert record(meta_of(_state_doc(STATE_HEADERS[layout]))) == STATE_EXPECTED


def test_state_header_markdown_title() -> None:
    title = "# KẾ HOẠCH\n**PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026 - 2030**\n"
    assert record(meta_of(_state_doc(STATE_HEADERS["markdown"], title=title))) == STATE_EXPECTED


def test_state_header_hard_wrapped_title() -> None:
    title = "KẾ HOẠCH\nPHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ\nTỈNH BẮC NINH GIAI ĐOẠN 2026 - 2030\n"
    assert record(meta_of(_state_doc(STATE_HEADERS["columns"], title=title))) == STATE_EXPECTED


def test_state_blank_line_between_every_line() -> None:
    raw = _state_doc(STATE_HEADERS["columns"]).replace("\n", "\n\n")
    assert record(meta_of(raw)) == STATE_EXPECTED


def test_state_nfd_and_crlf() -> None:
    raw = unicodedata.normalize("NFD", _state_doc(STATE_HEADERS["interleaved"])).replace("\n", "\r\n")
    assert record(meta_of(raw)) == STATE_EXPECTED


def test_state_header_flattened_onto_two_lines() -> None:
    # dev-17:1-2: the header table, the type word, the title and the first căn cứ on two lines
    header = ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH Số: 144/KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Độc lập - Tự do - Hạnh phúc Bắc Ninh, ngày 24 tháng 11 năm 2025 KẾ HOẠCH "
              "PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026 - 2030 ")
    assert record(meta_of(_state_doc(header, title=""))) == STATE_EXPECTED


@pytest.mark.parametrize(
    "signature",
    [
        "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Mai Sơn\n",  # dev-12:369 flattened
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nMai Sơn\n",
        "TM. ỦY BAN NHÂN DÂN\n\nKT. CHỦ TỊCH\n\nPHÓ CHỦ TỊCH\n\n\n\nMai Sơn\n",
        "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH Mai Sơn\n",  # dev-13:140-141 layout
    ],
)
def test_signature_layouts(signature: str) -> None:
    assert record(meta_of(_state_doc(STATE_HEADERS["columns"], signature=signature))) == STATE_EXPECTED


def test_signature_before_recipients() -> None:
    # state documents print the signer beside Nơi nhận; flattened, it may come first
    body, recipients = STATE_BODY.split("Nơi nhận:\n")
    raw = STATE_HEADERS["columns"] + STATE_TITLE + body + STATE_SIGNATURE + "Nơi nhận:\n" + recipients
    assert record(meta_of(raw)) == STATE_EXPECTED


# --- one Party header, every layout ----------------------------------------------------------
# 001 (34-KH/ĐUK) with the header table its export lost, as the spec describes it.
PARTY_BODY = """Thực hiện Kế hoạch số 35-KH/TU, ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy.
I- MỤC ĐÍCH, YÊU CẦU
1. Xác định rõ nội dung công việc của các cấp ủy, tổ chức đảng.
2. Các cấp ủy, tổ chức đảng, đoàn thể xây dựng kế hoạch thực hiện.
II- TỔ CHỨC THỰC HIỆN
1. Các đồng chí Ủy viên Ban Thường vụ Đảng ủy Khối chỉ đạo thực hiện.
Nơi nhận:
- Thường trực Tỉnh ủy,
- Đ/c Nguyễn Văn Triết, UVBTV Tỉnh ủy,
Chủ tịch UBMTTQVN tỉnh,
- Lưu Văn phòng, Ban Tuyên giáo ĐUK.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Nguyễn Văn Tám
"""
PARTY_TITLE = "KẾ HOẠCH\nthực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị\n"
PARTY_EXPECTED = {
    "addressees": [],
    "system": "party", "doc_type": "KH", "doc_type_name": "Kế hoạch", "number": "34-KH/ĐUK",
    "place": "Trà Vinh", "issued_date": "2021-10-20", "issuer": "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP",
    "parent_body": "ĐẢNG BỘ TỈNH TRÀ VINH", "title": "thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị",
    "signer": {"name": "Nguyễn Văn Tám", "position": "PHÓ BÍ THƯ", "capacity": "T/M BAN THƯỜNG VỤ"},
    "recipients": [("Thường trực Tỉnh ủy", None),
                   ("Đ/c Nguyễn Văn Triết, UVBTV Tỉnh ủy, Chủ tịch UBMTTQVN tỉnh", None),  # 001:85-86 wrapped
                   ("Lưu Văn phòng, Ban Tuyên giáo ĐUK", None)],
}
PARTY_HEADERS = {
    "columns": "ĐẢNG BỘ TỈNH TRÀ VINH\nĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP\n*\nSố 34-KH/ĐUK\n"
               "ĐẢNG CỘNG SẢN VIỆT NAM\nTrà Vinh, ngày 20 tháng 10 năm 2021\n",
    "interleaved": "ĐẢNG BỘ TỈNH TRÀ VINH\nĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP\n"
                   "Trà Vinh, ngày 20 tháng 10 năm 2021\n*\nSố 34-KH/ĐUK\n",
    "rows_flattened": "ĐẢNG BỘ TỈNH TRÀ VINH ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP\n"
                      "* Trà Vinh, ngày 20 tháng 10 năm 2021\nSố 34-KH/ĐUK\n",
    "pipe_table": "| ĐẢNG BỘ TỈNH TRÀ VINH | ĐẢNG CỘNG SẢN VIỆT NAM |\n| ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP | |\n"
                  "| * | Trà Vinh, ngày 20 tháng 10 năm 2021 |\n| Số 34-KH/ĐUK | |\n",
    "markdown": "**ĐẢNG BỘ TỈNH TRÀ VINH**\n**ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP**\n\\*\nSố 34-KH/ĐUK\n"
                "**ĐẢNG CỘNG SẢN VIỆT NAM**\n*Trà Vinh, ngày 20 tháng 10 năm 2021*\n",
    "issuer_hard_wrapped": "ĐẢNG BỘ TỈNH TRÀ VINH\nĐẢNG ỦY KHỐI CÁC CƠ QUAN\nVÀ DOANH NGHIỆP\n*\nSố 34-KH/ĐUK\n"
                           "ĐẢNG CỘNG SẢN VIỆT NAM\nTrà Vinh, ngày 20 tháng 10 năm 2021\n",
    "one_line": "ĐẢNG BỘ TỈNH TRÀ VINH ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP * Số 34-KH/ĐUK ĐẢNG CỘNG SẢN VIỆT NAM "
                "Trà Vinh, ngày 20 tháng 10 năm 2021\n",
}


@pytest.mark.parametrize("layout", list(PARTY_HEADERS))
def test_party_header_layouts_give_one_record(layout: str) -> None:
    assert record(meta_of(PARTY_HEADERS[layout] + PARTY_TITLE + PARTY_BODY)) == PARTY_EXPECTED


def test_party_blank_lines_and_nfd() -> None:
    raw = unicodedata.normalize("NFD", PARTY_HEADERS["columns"] + PARTY_TITLE + PARTY_BODY).replace("\n", "\n\n")
    assert record(meta_of(raw)) == PARTY_EXPECTED


# --- real headers in every layout an export gives (evaluation/perturb.py HEADER_LAYOUTS) -------
# (header as printed, the fields it must give). Each header is a corpus document's, rewritten.
_HCM = {"system": "state", "number": "2853/QĐ-UBND", "place": "Thành phố Hồ Chí Minh", "issued_date": "2025-11-21",
        "issuer": "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "parent_body": None}  # dev-23
_BTGDV = {"system": "party", "number": "1147-QĐ/BTGDVTW", "place": "Hà Nội", "issued_date": "2025-12-01",
          "issuer": "BAN TUYÊN GIÁO VÀ DÂN VẬN", "parent_body": "BAN CHẤP HÀNH TRUNG ƯƠNG"}  # dev-21
_BCH = {"system": "party", "number": "383-QĐ/TW", "place": "Hà Nội", "issued_date": "2025-11-19",
        "issuer": "BAN CHẤP HÀNH TRUNG ƯƠNG", "parent_body": None}  # dev-19
REAL_HEADER_LAYOUTS = {
    "dev-23 cells": (("|\n**ỦY BAN NHÂN DÂN**\nTHÀNH PHỐ HỒ CHÍ MINH\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
                     "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 2853/QĐ-UBND\n|\n*Thành phố Hồ Chí\n"
                     "Minh, ngày 21 tháng 11 năm 2025*\n|\n\n** **\n"), _HCM),
    "dev-23 pipe rows": (("**ỦY BAN NHÂN DÂN** THÀNH PHỐ HỒ CHÍ MINH ------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** "
                         "Độc lập - Tự do - Hạnh phúc ---------------\n"
                         "Số: 2853/QĐ-UBND | *Thành phố Hồ Chí Minh, ngày 21 tháng 11 năm 2025*\n** **\n"), _HCM),
    "dev-23 left then right": (("**ỦY BAN NHÂN DÂN**\nTHÀNH PHỐ HỒ CHÍ MINH\n-------\nSố: 2853/QĐ-UBND\n**CỘNG HÒA XÃ HỘI\n"
                               "CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n*Thành phố Hồ Chí\n"
                               "Minh, ngày 21 tháng 11 năm 2025*\n** **\n"), _HCM),
    "dev-23 interleaved": (("**ỦY BAN NHÂN DÂN**\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nTHÀNH PHỐ HỒ CHÍ MINH\n-------\n"
                           "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 2853/QĐ-UBND\n*Thành phố Hồ Chí\n"
                           "Minh, ngày 21 tháng 11 năm 2025*\n** **\n"), _HCM),
    "dev-23 blank lines": (("**ỦY BAN NHÂN DÂN**\n\nTHÀNH PHỐ HỒ CHÍ MINH\n\n-------\n\n**CỘNG HÒA XÃ HỘI\n\n"
                           "CHỦ NGHĨA VIỆT NAM**\n\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 2853/QĐ-UBND\n\n"
                           "*Thành phố Hồ Chí\n\nMinh, ngày 21 tháng 11 năm 2025*\n\n"), _HCM),
    "dev-21 pipe rows": (("BAN CHẤP HÀNH TRUNG ƯƠNG **BAN TUYÊN GIÁO VÀ DÂN VẬN** * | **ĐẢNG CỘNG SẢN VIỆT NAM** ---------------\n"
                         "Số: 1147-QĐ/BTGDVTW | *Hà Nội, ngày 01 tháng 12 năm 2025*\n"), _BTGDV),
    "dev-21 left then right": (("BAN CHẤP HÀNH\nTRUNG ƯƠNG\n**BAN TUYÊN GIÁO VÀ DÂN VẬN**\n*\nSố: 1147-QĐ/BTGDVTW\n"
                               "**ĐẢNG CỘNG SẢN\nVIỆT NAM**\n---------------\n*Hà Nội, ngày 01\ntháng 12 năm 2025*\n"), _BTGDV),
    "dev-21 interleaved": (("BAN CHẤP HÀNH\n**ĐẢNG CỘNG SẢN\nVIỆT NAM**\n---------------\nTRUNG ƯƠNG\n"
                           "**BAN TUYÊN GIÁO VÀ DÂN VẬN**\n*\nSố: 1147-QĐ/BTGDVTW\n*Hà Nội, ngày 01\ntháng 12 năm 2025*\n"),
                           _BTGDV),
    "dev-21 blank lines": (("BAN CHẤP HÀNH\n\nTRUNG ƯƠNG\n\n**BAN TUYÊN GIÁO VÀ DÂN VẬN**\n\n*\n\n**ĐẢNG CỘNG SẢN\n\n"
                           "VIỆT NAM**\n\nSố: 1147-QĐ/BTGDVTW\n\n*Hà Nội, ngày 01\n\ntháng 12 năm 2025*\n\n"), _BTGDV),
    "dev-21 interleaved lines": (("BAN CHẤP HÀNH\n**ĐẢNG CỘNG SẢN\nTRUNG ƯƠNG\nVIỆT NAM**\n**BAN TUYÊN GIÁO VÀ DÂN VẬN**\n"
                                 "---------------\n*\nSố: 1147-QĐ/BTGDVTW\n*Hà Nội, ngày 01\ntháng 12 năm 2025*\n"), _BTGDV),
    "dev-24 interleaved lines": (("**ỦY BAN NHÂN\n**CỘNG HÒA XÃ\nDÂN **\nHỘI CHỦ NGHĨA VIỆT NAM**\nTỈNH ĐẮK LẮK\n"
                                 "Độc lập - Tự do - Hạnh phúc\n--------\n---------------\nSố: 012/CT-UBND\n*Đắk Lắk, ngày\n"
                                 "26 tháng 11 năm 2025*\n"),
                                 {"system": "state", "number": "012/CT-UBND", "place": "Đắk Lắk", "issued_date": "2025-11-26",
                                  "issuer": "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", "parent_body": None}),
    # the number's cell and the place's read across
    "dev-22 interleaved lines": (("**ỦY BAN NHÂN\n**CỘNG HÒA XÃ\nDÂN **\nHỘI CHỦ NGHĨA VIỆT NAM**\nTHÀNH PHỐ HỒ CHÍ MINH\n"
                                  "Độc lập - Tự do - Hạnh phúc\n--------\n---------------\nSố:\n*Thành phố Hồ\n2820/QĐ-UBND\n"
                                  "Chí Minh, ngày 19 tháng 11 năm 2025*\n"),
                                 {**_HCM, "number": "2820/QĐ-UBND", "issued_date": "2025-11-19"}),
    "dev-19 pipe rows": (("**BAN CHẤP HÀNH TRUNG ƯƠNG** * | **ĐẢNG CỘNG SẢN VIỆT NAM** ---------------\n"
                         "Số 383-QĐ/TW | *Hà Nội, ngày 19 tháng 11 năm 2025 *\n"), _BCH),
    "dev-19 interleaved": (("**BAN CHẤP HÀNH\nTRUNG ƯƠNG**\n*\n**ĐẢNG CỘNG SẢN\nVIỆT NAM**\n---------------\nSố 383-QĐ/TW\n"
                           "*Hà Nội, ngày 19\ntháng 11 năm 2025 *\n"), _BCH),
    "dev-19 blank lines": (("**BAN CHẤP HÀNH\n\nTRUNG ƯƠNG**\n\n*\n\n**ĐẢNG CỘNG SẢN\n\nVIỆT NAM**\n\n---------------\n\n"
                           "Số 383-QĐ/TW\n\n*Hà Nội, ngày 19\n\ntháng 11 năm 2025 *\n\n"), _BCH),
}


@pytest.mark.parametrize("case", list(REAL_HEADER_LAYOUTS))
def test_real_header_layouts_give_one_record(case: str) -> None:
    header, expected = REAL_HEADER_LAYOUTS[case]
    text = normalise(header + "**QUYẾT ĐỊNH**\nBAN HÀNH QUY CHẾ\nI. QUY ĐỊNH CHUNG\n1. Phạm vi.\n").text
    m = extract_metadata(text, segment(text))
    assert {k: getattr(m, k) for k in expected} == expected
    for field in ("issuer", "parent_body", "place"):  # the spans cover what was read
        if expected[field]:
            read = text[m.spans[field].start : m.spans[field].end]
            assert read.split()[0] == expected[field].split()[0] and read.split()[-1] == expected[field].split()[-1]


@pytest.mark.parametrize(
    ("header", "number", "place"),
    [
        ("Số:\nHà Nội, ngày 5 tháng 3 năm 2025\n", None, "Hà Nội"),  # no symbol anywhere: none
        ("Số: /KH-MTTQ-BTT\nLương Minh, ngày 5 tháng 3 năm 2025\n", None, "Lương Minh"),  # dev-16: left blank
        ("Số:\nHà Nội 34-KH/ĐUK, ngày 5 tháng 3 năm 2025\n", "34-KH/ĐUK", "Hà Nội"),
        ("Số: Hà Nội, ngày 5 tháng 3 năm 2025\n34-KH/ĐUK\n", "34-KH/ĐUK", "Hà Nội"),
    ],
)
def test_number_printed_apart_from_so(header: str, number: str | None, place: str) -> None:
    m = meta_of("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH\nĐẢNG CỘNG SẢN VIỆT NAM\n" + header + "KẾ HOẠCH\nthực hiện Kết luận số 01-KL/TW\nI. MỤC ĐÍCH\n")
    assert (m.number, m.place, m.issued_date) == (number, place, "2025-03-05")


def test_number_apart_before_a_date_line_without_place() -> None:
    # the symbol right before a date line that opens with "ngày": the number, no place (and no
    # ValueError looking for the place's comma, which such a line does not have)
    from extractor.metadata_header import _number_apart
    from extractor.metadata_header_pieces import HeaderPiece

    text = "Số:\n12/KH-UBND\nngày 5 tháng 3 năm 2025\nKẾ HOẠCH\n"
    d = text.index("ngày")
    m = DocumentMeta()
    _number_apart(text, 3, text.index("KẾ"), HeaderPiece("date", d, d + 23, text[d : d + 23]), m)
    assert (m.number, m.place) == ("12/KH-UBND", None)


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        # a motto's words taken apart only over capital words, in order, a few at most
        ("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH"),
        ("ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ\nXÃ HÒA BÌNH\nHỘI CHỦ NGHĨA VIỆT NAM\n", "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH"),
        ("ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI\nTỈNH BÀ RỊA - VŨNG TÀU\nCHỦ NGHĨA VIỆT NAM\n", "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU"),
    ],
)
def test_motto_split_by_the_other_column(header: str, issuer: str) -> None:
    m = meta_of(header + "Độc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\nKẾ HOẠCH\nHỖ TRỢ\nI. MỤC TIÊU\n")
    assert (m.system, m.issuer) == ("state", issuer)


@pytest.mark.parametrize(
    ("lines", "parent", "issuer"),
    [
        (["BAN CHẤP HÀNH", "TRUNG ƯƠNG"], None, "BAN CHẤP HÀNH TRUNG ƯƠNG"),  # dev-19, a blank line between
        (["BAN CHẤP HÀNH", "TRUNG ƯƠNG", "BAN TUYÊN GIÁO VÀ DÂN VẬN"], "BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TUYÊN GIÁO VÀ DÂN VẬN"),
        (["BAN CHẤP HÀNH", "TRUNG ƯƠNG BAN TUYÊN GIÁO VÀ DÂN VẬN"], "BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TUYÊN GIÁO VÀ DÂN VẬN"),
        (["ĐẢNG BỘ TỈNH TRÀ VINH", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN", "VÀ DOANH NGHIỆP"], "ĐẢNG BỘ TỈNH TRÀ VINH",
         "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP"),
        (["ĐẢNG BỘ TỈNH", "TRÀ VINH", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP"], "ĐẢNG BỘ TỈNH TRÀ VINH",
         "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP"),
        (["TỈNH ỦY QUẢNG NAM", "VĂN PHÒNG"], "TỈNH ỦY QUẢNG NAM", "VĂN PHÒNG"),
    ],
)
def test_party_issuer_lines_grouped_by_body(lines: list[str], parent: str | None, issuer: str) -> None:
    raw = "\n\n".join(lines) + "\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nKẾ HOẠCH\nthực hiện Kết luận\nI. MỤC ĐÍCH\n"
    m = meta_of(raw)
    assert (m.parent_body, m.issuer) == (parent, issuer)


# --- header details, from the real strings that motivated them --------------------------------
@pytest.mark.parametrize(
    ("header", "field", "value"),
    [
        ("Số: /KH-MTTQ-BTT\nLương Minh, ngày 25 tháng 11 năm 2025\n", "number", None),  # dev-16:4 blank number
        ("Số: 491 /KH-VP\nQuảng Ngãi, ngày 20 tháng 3 năm 2024\n", "number", "491/KH-VP"),  # 003:1 stray space
        ("Số: 0129/KH-UBND Đắk Lắk, ngày 21 tháng 11 năm 2025\n", "place", "Đắk Lắk"),  # dev-04:4 same line
        ("Số: 0129/KH-UBND Đắk Lắk, ngày 21 tháng 11 năm 2025\n", "number", "0129/KH-UBND"),
        ("Số: 174/KH-UBND\nThành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2025\n", "place", "Thành phố Hồ Chí Minh"),
        ("Số: /KH-MTTQ-BTT\nLương Minh, ngày tháng 01 năm 2026\n", "issued_date", None),  # dev-18:2 blank day
        ("Số: /KH-MTTQ-BTT\nLương Minh, ngày tháng 01 năm 2026\n", "place", "Lương Minh"),
        ("....., ngày tháng năm 2026\n", "place", None),  # 002:43 template date
        ("....., ngày tháng năm 2026\n", "issued_date", None),
        ("Số 383-QĐ/TW\nHà Nội, ngày 19 tháng 11 năm 2025\n", "issued_date", "2025-11-19"),  # dev-19:3-4
    ],
)
def test_number_place_date(header: str, field: str, value: str | None) -> None:
    raw = "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK\n" + header + "KẾ HOẠCH\nHỖ TRỢ NHU YẾU PHẨM KHẨN CẤP\nI. MỤC TIÊU\n"
    assert getattr(meta_of(raw), field) == value


@pytest.mark.parametrize(
    ("word", "system", "code", "name"),
    [
        ("KẾ HOẠCH", "state", "KH", "Kế hoạch"),
        ("QUYẾT ĐỊNH", "state", "QĐ", "Quyết định"),
        ("QUY ĐỊNH", "party", "QĐi", "Quy định"),  # dev-19: the type word, not the symbol's "QĐ"
        ("QUY ĐỊNH", "state", "QĐ", "Quy định"),
        ("CHỈ THỊ", "state", "CT", "Chỉ thị"),  # dev-24
        ("HƯỚNG DẪN", "party", "HD", "Hướng dẫn"),
        ("CHƯƠNG TRÌNH", "state", "CTr", "Chương trình"),
        ("CÔNG VĂN", "state", "CV", "Công văn"),
    ],
)
def test_doc_type_from_the_spelled_out_word(word: str, system: str, code: str, name: str) -> None:
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" if system == "state" else "ĐẢNG CỘNG SẢN VIỆT NAM"
    m = meta_of(f"BAN CHỈ ĐẠO\n{motto}\n{word}\nVỀ PHÔNG LƯU TRỮ\nI. QUY ĐỊNH CHUNG\n")
    assert (m.system, m.doc_type, m.doc_type_name, m.title) == (system, code, name, "VỀ PHÔNG LƯU TRỮ")


def test_quyet_dinh_title_stops_at_the_deciding_authority() -> None:
    # dev-23:6-9: the Quyết định's own metadata; "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH" is not title
    doc = (CORPUS / "documents" / "dev-23.txt").read_text(encoding="utf-8")
    m = meta_of(doc)
    assert (m.doc_type, m.number, m.issued_date, m.system) == ("QĐ", "2853/QĐ-UBND", "2025-11-21", "state")
    assert m.title is not None and m.title.startswith("BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN ĐỀ ÁN")
    assert "ỦY BAN NHÂN DÂN" not in m.title
    assert m.signer is not None and m.signer.name == "Bùi Minh Thạnh"


def test_party_header_on_one_line_splits_parent_body() -> None:
    # dev-21:1 "BAN CHẤP HÀNH TRUNG ƯƠNG BAN TUYÊN GIÁO VÀ DÂN VẬN" (two cells joined)
    doc = (CORPUS / "documents" / "dev-21.txt").read_text(encoding="utf-8")
    m = meta_of(doc)
    assert (m.parent_body, m.issuer) == ("BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TUYÊN GIÁO VÀ DÂN VẬN")
    assert (m.doc_type, m.number, m.system) == ("QĐ", "1147-QĐ/BTGDVTW", "party")


# --- signature and recipients: real lines ----------------------------------------------------
@pytest.mark.parametrize(
    ("lines", "capacity", "position", "name"),
    [
        (["T/M ĐẢNG ỦY", "BÍ THƯ", "Phạm Hồng Trường"], "T/M ĐẢNG ỦY", "BÍ THƯ", "Phạm Hồng Trường"),  # 000:44
        (["T/M BAN THƯỜNG VỤ", "Nguyễn Văn Tám"], "T/M BAN THƯỜNG VỤ", None, "Nguyễn Văn Tám"),  # 001:91
        (["T/M CHI BỘ", "BÍ THƯ", "Thái Phúc Sơn ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH"], "T/M CHI BỘ", "BÍ THƯ",
         "Thái Phúc Sơn"),  # 002:38-40, the template's header glued to the name
        (["Nguyễn Quốc Việt"], None, None, "Nguyễn Quốc Việt"),  # 003:84
        (["TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Chí Hùng"], "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH",
         "PHÓ CHỦ TỊCH", "Trần Chí Hùng"),  # dev-02:133
        (["KT. CHỦ TỊCH **", "PHÓ CHỦ TỊCH Trần Thị Diệu Thúy"], "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
         "Trần Thị Diệu Thúy"),  # dev-13:140
        (["TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Võ Tấn Đức"], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Tấn Đức"),  # dev-15
        (["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Lan Thị Vân"], "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Lan Thị Vân"),
        (["T/M BAN BÍ THƯ Trần Cẩm Tú"], "T/M BAN BÍ THƯ", None, "Trần Cẩm Tú"),  # dev-19:199 not "BAN"+"BÍ THƯ"
        (["K/T TRƯỞNG BAN PHÓ TRƯỞNG BAN Ngô Đông Hải"], "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Ngô Đông Hải"),
        (["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "(Đã ký)", "Lê Văn Bình"], "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG",
         "Lê Văn Bình"),
    ],
)
def test_split_signature(lines: list[str], capacity: str | None, position: str | None, name: str) -> None:
    assert split_signature(lines)[:3] == (capacity, position, name)


@pytest.mark.parametrize(
    ("item", "name", "note"),
    [
        ("Thủ tướng Chính phủ (b/c);", "Thủ tướng Chính phủ", "(b/c)"),  # dev-04:118
        ("Bộ Nội vụ (Báo cáo);", "Bộ Nội vụ", "(Báo cáo)"),  # dev-10:72
        ("Văn phòng Thành ủy (để ph/h);", "Văn phòng Thành ủy", "(để ph/h)"),  # dev-22:46
        ("Ban Bí thư (để báo cáo),", "Ban Bí thư", "(để báo cáo)"),  # dev-21:16
        ("CT, PCT UBND TP (1A, 1G);", "CT, PCT UBND TP (1A, 1G)", None),  # dev-02:125 copies, kept
        ("Lưu: VT, HCQT(b).", "Lưu: VT, HCQT(b)", None),  # 003:83 as printed
        ("Lưu: VT, ĐTQH (Tùng).", "Lưu: VT, ĐTQH (Tùng)", None),  # dev-07:144 drafter, kept
        ("Lưu ĐU.", "Lưu ĐU", None),  # 000:43
    ],
)
def test_split_recipient(item: str, name: str, note: str | None) -> None:
    assert split_recipient(item) == (name, note)


def test_recipient_with_sub_items() -> None:
    # dev-12:366-368 "- VP UBND tỉnh:" / "+ LĐVP, KGVXLinh;" / "+ Lưu: VT."
    body = STATE_BODY.replace("- Lưu: VT.\n", "- VP UBND tỉnh:\n+ LĐVP, KGVXLinh;\n+ Lưu: VT.\n")
    got = record(meta_of(_state_doc(STATE_HEADERS["columns"], body=body)))["recipients"]
    assert got[-2:] == [("VP UBND tỉnh: LĐVP, KGVXLinh", None), ("Lưu: VT", None)]


def test_recipients_flattened_on_one_line() -> None:
    raw = _state_doc(STATE_HEADERS["columns"], body=STATE_BODY.replace(
        "Nơi nhận:\n- VPCP, Bộ KH&CN (b/c);\n- TT.TU, TT.HĐND tỉnh (b/c);\n- Chủ tịch, các PCT UBND tỉnh;\n- Lưu: VT.\n",
        "Nơi nhận: - VPCP, Bộ KH&CN (b/c); - TT.TU, TT.HĐND tỉnh (b/c); - Chủ tịch, các PCT UBND tỉnh; - Lưu: VT.\n"))
    assert record(meta_of(raw))["recipients"] == STATE_EXPECTED["recipients"]


_STATE_RECIPIENTS = "Nơi nhận:\n- VPCP, Bộ KH&CN (b/c);\n- TT.TU, TT.HĐND tỉnh (b/c);\n- Chủ tịch, các PCT UBND tỉnh;\n- Lưu: VT.\n"


@pytest.mark.parametrize(
    "recipients",
    [
        # bullets as a Word list or a markdown export prints them
        _STATE_RECIPIENTS.replace("\n- ", "\n* "),
        _STATE_RECIPIENTS.replace("\n- ", "\n• "),
        # the bullet typed without its space, one item a line or all on one line
        _STATE_RECIPIENTS.replace("\n- ", "\n-"),
        "Nơi nhận: -VPCP, Bộ KH&CN (b/c); -TT.TU, TT.HĐND tỉnh (b/c); -Chủ tịch, các PCT UBND tỉnh; -Lưu: VT.\n",
    ],
    ids=["star", "dot", "no-space", "no-space-one-line"],
)
def test_recipients_in_every_bullet_style(recipients: str) -> None:
    raw = _state_doc(STATE_HEADERS["columns"], body=STATE_BODY.replace(_STATE_RECIPIENTS, recipients))
    assert record(meta_of(raw))["recipients"] == STATE_EXPECTED["recipients"]


def test_a_dash_inside_a_recipient_splits_nothing() -> None:
    raw = _state_doc(STATE_HEADERS["columns"], body=STATE_BODY.replace(
        _STATE_RECIPIENTS, "Nơi nhận:\n- Sở Văn hóa, Thể thao và Du lịch;\n- Phòng Hành chính -Quản trị, -2025;\n- Lưu: VT.\n"))
    names = [n for n, _ in record(meta_of(raw))["recipients"]]
    assert names == ["Sở Văn hóa, Thể thao và Du lịch", "Phòng Hành chính -Quản trị, -2025", "Lưu: VT"]


# --- the corpus against gold and spans ---------------------------------------------------------
GOLD = sorted((CORPUS / "gold").glob("*.json"))


def _folded(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _folded(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_folded(x) for x in v]
    return fold(v) if isinstance(v, str) else v


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.stem)
def test_document_matches_gold(gold: Path) -> None:
    want = json.loads(gold.read_text(encoding="utf-8"))["document"]
    got = meta_of((CORPUS / "documents" / f"{gold.stem}.txt").read_text(encoding="utf-8")).model_dump()
    got["recipients"] = [r["name"] for r in got["recipients"]]
    if got["signer"]:
        got["signer"] = {k: got["signer"][k] for k in ("name", "position", "capacity")}
    wrong = {k: (v, got.get(k)) for k, v in want.items() if _folded(v) != _folded(got.get(k))}
    assert not wrong


@pytest.mark.parametrize("doc", sorted((CORPUS / "documents").glob("*.txt")), ids=lambda p: p.stem)
def test_spans_slice_what_was_read(doc: Path) -> None:
    text = normalise(doc.read_text(encoding="utf-8")).text
    m = extract_metadata(text, segment(text))
    for field, span in m.spans.items():
        assert 0 <= span.start < span.end <= len(text), field
    if m.number:
        assert m.number.replace(" ", "") in text[m.spans["number"].start : m.spans["number"].end].replace(" ", "")
    for field in ("place", "issuer", "parent_body", "title"):
        value = getattr(m, field)
        if value:  # the span holds the value's words (a header may interleave other cells)
            read = fold(text[m.spans[field].start : m.spans[field].end])
            assert read.startswith(fold(value).split()[0]) and set(fold(value).split()) <= set(read.split()), field
    for r in m.recipients:
        assert fold(text[r.start : r.end].replace("\n+", " ")).startswith(fold(r.name)[:15])
    if m.signer and m.signer.name:
        assert text[m.signer.start : m.signer.end].endswith(m.signer.name)  # type: ignore[index]


@pytest.mark.parametrize(
    ("header", "system"),
    [
        ("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK\n", "state"),  # dev-04:1 with the motto lost
        ("SỞ Y TẾ\n", "state"),
        ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH\n", "party"),
        ("", "party"),  # no header (seed 000): the signature's T/M says Party
    ],
)
def test_system_without_motto_or_number(header: str, system: str) -> None:
    raw = header + "KẾ HOẠCH\nHỖ TRỢ NHU YẾU PHẨM\nI. MỤC TIÊU\n1. Hỗ trợ khẩn cấp.\nNơi nhận:\n- Lưu ĐU.\nT/M ĐẢNG ỦY\nBÍ THƯ\nPhạm Hồng Trường\n"
    assert meta_of(raw).system == system


@pytest.mark.parametrize("raw", ["", "\n", "KẾ HOẠCH", "Số:", "Nơi nhận:", "T/M", "- ", "1.", "I.",
                                 "Hà Nội, ngày 5 tháng 13 năm 2025\nKẾ HOẠCH\n", "Nơi nhận:\n- A;\nT/M X\nKẾ HOẠCH\n"])
def test_degenerate_inputs_do_not_break(raw: str) -> None:
    text = normalise(raw).text
    m = extract_metadata(text, segment(text))
    assert m.issued_date is None  # "tháng 13" is no date


# --- a Công văn: no type word; the subject line (V/v) and the addressees (Kính gửi) ------------
CONG_VAN_HEADER = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 1234/UBND-KGVX
V/v triển khai thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 05 tháng 3 năm 2026
"""
CONG_VAN_BODY = """Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị, Chủ tịch UBND tỉnh có ý kiến như sau:
1. Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tham mưu UBND tỉnh trước ngày 30/4/2026.
2. Các sở, ban, ngành báo cáo kết quả về Sở Nội vụ trước ngày 15/12 hằng năm.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
"""


@pytest.mark.parametrize(
    ("addressed", "addressees"),
    [
        ("Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- UBND các xã, phường.\n",
         [("Các sở, ban, ngành tỉnh", None), ("UBND các xã, phường", None)]),
        ("Kính gửi: Sở Nội vụ tỉnh Quảng Ngãi.\n", [("Sở Nội vụ tỉnh Quảng Ngãi", None)]),
        ("Kính gửi: - Các sở, ban, ngành tỉnh; - UBND các xã, phường.\n",
         [("Các sở, ban, ngành tỉnh", None), ("UBND các xã, phường", None)]),
        ("KÍNH GỬI:\n- Các sở, ban, ngành tỉnh;\n- UBND các xã, phường (để thực hiện).\n",
         [("Các sở, ban, ngành tỉnh", None), ("UBND các xã, phường", "(để thực hiện)")]),
    ],
    ids=["list", "one", "one-line", "capitals"],
)
def test_cong_van_subject_and_addressees(addressed: str, addressees: list[tuple[str, str | None]]) -> None:
    raw = CONG_VAN_HEADER + addressed + CONG_VAN_BODY
    m = meta_of(raw)
    got = record(m)
    assert (got["doc_type"], got["doc_type_name"]) == ("CV", "Công văn")
    assert got["title"] == "triển khai thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị"
    assert (got["number"], got["place"], got["issued_date"]) == ("1234/UBND-KGVX", "Quảng Ngãi", "2026-03-05")
    assert got["addressees"] == addressees
    assert got["recipients"] == [("Như trên", None), ("Lưu: VT", None)]  # Nơi nhận stays Nơi nhận
    text = normalise(raw).text
    for a in m.addressees:
        assert text[a.start:a.end].rstrip(" .;").startswith(a.name)
    title = m.spans["title"]
    assert text[title.start:title.end] == got["title"]


def test_a_wrapped_subject_line_is_one_title() -> None:
    header = CONG_VAN_HEADER.replace("Kết luận số 01-KL/TW ngày", "Kết luận số 01-KL/TW\nngày")
    assert meta_of(header + CONG_VAN_BODY).title == (
        "triển khai thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị")


def test_a_plan_is_no_cong_van() -> None:
    """A type word names the type, whatever else the header holds; 'V/v' in the body is text."""
    raw = _state_doc(STATE_HEADERS["columns"], body=STATE_BODY + "V/v này đã báo cáo.\n")
    got = record(meta_of(raw))
    assert got["doc_type"] == STATE_EXPECTED["doc_type"] and got["title"] == STATE_EXPECTED["title"]
    assert got["addressees"] == []
