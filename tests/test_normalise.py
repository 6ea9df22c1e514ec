"""Normalisation: real strings that motivated each step, and the offset-map invariant."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.normalise import fold, normalise, strip_accents


@pytest.mark.parametrize(
    "raw, expected",
    [
        # tone-mark convention: old style -> new style, only at the end of a syllable
        ("Hoà Bình", "Hòa Bình"),
        ("thuỷ lợi", "thủy lợi"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
        ("HOÀ BÌNH", "HÒA BÌNH"),
        ("khoẻ mạnh", "khỏe mạnh"),
        ("hoàn thành", "hoàn thành"),  # closed syllable: the mark stays on a
        ("quý IV", "quý IV"),  # after q the mark stays on y
        ("tuỳ theo", "tùy theo"),
        # dashes, quotes and spaces
        ("Hành chính – Quản trị", "Hành chính - Quản trị"),
        ("2025 — 2030", "2025 - 2030"),
        ("27/NQ\u2011TW", "27/NQ-TW"),
        ("“Về đẩy mạnh”", '"Về đẩy mạnh"'),
        ("Số\u00a034-KH/ĐUK", "Số 34-KH/ĐUK"),
        ("học  tập   và", "học tập và"),
        ("Ban\u200b Tuyên giáo", "Ban Tuyên giáo"),
        # markdown and HTML leftovers
        ("- **Nhiệm vụ trọng tâm, đột phá:** Các chi bộ", "- Nhiệm vụ trọng tâm, đột phá: Các chi bộ"),
        ("phải xác định ***ít nhất một nhiệm vụ***", "phải xác định ít nhất một nhiệm vụ"),
        ("(*theo Mẫu 01 kèm theo*)", "(theo Mẫu 01 kèm theo)"),
        ("** **\n\n**KẾ HOẠCH**", "KẾ HOẠCH"),
        ("Điều 1\\. Phạm vi", "Điều 1. Phạm vi"),
        ("Hội&nbsp;nghị<br>Nơi nhận", "Hội nghị\nNơi nhận"),
        # any HTML entity, named or numeric, as its character would be read
        ("giai đoạn 2025 &ndash; 2030", "giai đoạn 2025 - 2030"),
        ("&ldquo;Về đẩy mạnh&rdquo;", '"Về đẩy mạnh"'),
        ("27/NQ&#8209;TW ngày 09&#x2F;11&#47;2022", "27/NQ-TW ngày 09/11/2022"),
        ("các đơn vị&hellip; và", "các đơn vị... và"),
        ("Hòa&shy;Bình &amp; Lạng Sơn", "HòaBình & Lạng Sơn"),
        # not entities: stay as printed
        ("Công ty R&D; Viettel &#0; A&B", "Công ty R&D; Viettel &#0; A&B"),
        ("AT&T;", "AT&T;"),
        # a <br> and the line break after it are one break; two <br> make a blank line (one paragraph end)
        ("Kết luận số 01-KL/TW,<br>\nngày 18/5/2021", "Kết luận số 01-KL/TW, ngày 18/5/2021"),
        ("Nơi nhận:<br/>\r\n- Như trên;<BR>\n- Lưu VT.", "Nơi nhận:\n- Như trên;\n- Lưu VT."),
        ("I. MỤC ĐÍCH<br><br>\n1. Nội dung", "I. MỤC ĐÍCH\n1. Nội dung"),
        ("## II. NỘI DUNG", "II. NỘI DUNG"),
        ("* Nội dung 1", "* Nội dung 1"),  # a star bullet is kept
        # lines: page breaks and hard wraps inside a sentence are joined
        ("học tập và làm\n\ntheo tư tưởng", "học tập và làm theo tư tưởng"),
        ("nhiệm kỳ 2025 -\n\n2030. Trong quá trình", "nhiệm kỳ 2025 - 2030. Trong quá trình"),
        ("T/M ĐẢNG ỦY\nBÍ THƯ", "T/M ĐẢNG ỦY\nBÍ THƯ"),  # signature lines stay apart
        ("KẾ HOẠCH\nthực hiện Kết luận", "KẾ HOẠCH\nthực hiện Kết luận"),  # type word stays alone
        ("- Lưu ĐU.\n\nT/M ĐẢNG ỦY", "- Lưu ĐU.\nT/M ĐẢNG ỦY"),
        ("|\n**ỦY BAN NHÂN DÂN**\nTHÀNH PHỐ CẦN THƠ\n-------\n|\nSố: 157/KH-UBND\n|",
         "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 157/KH-UBND"),
        ("Dòng một;\r\nDòng hai\r\n", "Dòng một;\nDòng hai"),
        # items numbered with a slash or typed with no space after their marker start their own line
        ("thực hiện các nội dung sau\na/ Các chi bộ trực thuộc", "thực hiện các nội dung sau\na/ Các chi bộ trực thuộc"),
        ("gồm các nhiệm vụ,\nb)Tổ chức học tập", "gồm các nhiệm vụ,\nb)Tổ chức học tập"),
        ("gồm các nhiệm vụ,\n2.1.Xây dựng kế hoạch", "gồm các nhiệm vụ,\n2.1.Xây dựng kế hoạch"),
        # a bullet typed without its space gets one (every stage then reads the bullet); "-2025" stays
        ("Nhiệm vụ:\n-Phối hợp với các cơ quan liên quan;\n+Lưu VT.", "Nhiệm vụ:\n- Phối hợp với các cơ quan liên quan;\n+ Lưu VT."),
        ("-Phối hợp với Sở Y tế", "- Phối hợp với Sở Y tế"),
        ("giai đoạn 2021\n-2025\";", "giai đoạn 2021\n-2025\";"),
        # but a wrapped line that only starts with a letter and a slash is joined
        ("đã cấp cho\na/b hộ gia đình", "đã cấp cho a/b hộ gia đình"),
    ],
)
def test_normalise_real_strings(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


HARD_WRAPPED = """Thực hiện Chỉ thị số 21/CT-TTg
ngày 25 tháng 11 năm 2022 của Thủ tướng Chính phủ về thúc đẩy chuyển đổi số
trong chi trả an sinh xã hội không dùng tiền mặt;

Thực hiện Thông báo số
552/TB-VPCP ngày 13 tháng 10 năm 2025 của Văn phòng Chính phủ Kết luận Phiên
họp lần thứ tư của Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ,
đổi mới sáng tạo, chuyển đổi số và Đề án 06.

Thời gian qua hệ thống chính
sách an sinh xã hội nói chung, chính sách trợ giúp xã hội đối với đối tượng bảo
trợ xã hội đã được bảo đảm toàn diện.

1. Mục đích
- Nâng cao nhận thức
của cán bộ.
"""


def test_hard_wrapped_export_becomes_one_paragraph_per_line() -> None:
    lines = normalise(HARD_WRAPPED).text.split("\n")
    assert lines[0].startswith("Thực hiện Chỉ thị số 21/CT-TTg ngày 25 tháng 11 năm 2022")
    assert lines[0].endswith("không dùng tiền mặt;")
    assert lines[1].startswith("Thực hiện Thông báo số 552/TB-VPCP")
    assert lines[1].endswith("và Đề án 06.")
    assert lines[2].startswith("Thời gian qua hệ thống chính sách")
    assert lines[3] == "1. Mục đích"  # a numbered heading is never joined to the line above
    assert lines[4] == "- Nâng cao nhận thức của cán bộ."


def test_nfd_and_nfc_give_the_same_text() -> None:
    nfc = "Kết luận số 01-KL/TW của Bộ Chính trị về học tập và làm theo"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    assert normalise(nfd).text == normalise(nfc).text == nfc


@settings(max_examples=300, deadline=None)
@given(st.text(st.one_of(st.characters(), st.sampled_from("aAeoOuUyđ \u0300\u0301\u0303\u0309\u0323\u0302\u0306"))))
def test_nfc_step_leaves_nfc_text_unchanged(raw: str) -> None:
    """normalise() runs the NFC step without asking `is_normalized` when a tone mark is there."""
    import importlib

    n = importlib.import_module("extractor.normalise")
    text = unicodedata.normalize("NFC", raw)
    assert n._COMBINING_RE.sub(lambda m: unicodedata.normalize("NFC", m.group()), text) == text


def test_blank_line_between_every_line_html_export() -> None:
    html_like = "KẾ HOẠCH\n\nThực hiện Kế hoạch số 35-KH/TU;\n\nI. MỤC ĐÍCH\n\n1. Xác định rõ"
    assert normalise(html_like).text == "KẾ HOẠCH\nThực hiện Kế hoạch số 35-KH/TU;\nI. MỤC ĐÍCH\n1. Xác định rõ"


@pytest.mark.parametrize(
    "raw, needle",
    [
        ("** Kết luận  số 01-KL/TW **", "Kết luận số 01-KL/TW"),
        (unicodedata.normalize("NFD", "Ủy ban nhân dân tỉnh Hoà Bình"), "Ủy ban nhân dân tỉnh Hòa Bình"),
        ("a\r\n\r\n\u00a0\u00a0Chỉ thị số 05\u2011CT/TW", "Chỉ thị số 05-CT/TW"),
        ("Hội&nbsp;nghị <b>Ban Tuyên giáo</b> Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"),
    ],
)
def test_offsets_map_back_to_the_source(raw: str, needle: str) -> None:
    n = normalise(raw)
    start = n.text.index(needle)
    s, e = n.to_source(start, start + len(needle))
    # the source stretch normalises to the same words
    assert fold(normalise(raw[s:e]).text) == fold(needle)


_WRAPPED = (
    "Thực hiện Kế hoạch số 283/KH-UBND ngày 24/9/2025 của Ủy ban nhân dân\n"
    "Tỉnh về thực hiện Nghị quyết số 71/NQ-CP ngày 01/5/2025 của Chính phủ\n"
    "và Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của Ban Thường\n"
    "vụ Tỉnh ủy về thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ\n"
    "Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo\n"
    "và chuyển đổi số quốc gia; Ủy ban nhân dân Tỉnh ban hành Kế hoạch.\n"
)


def test_a_blank_line_after_every_printed_line_is_undone() -> None:
    """dev-08's hard-wrapped opening, each printed line its own paragraph (an HTML export of a
    PDF), reads as the wrapped text does; a text with blank lines between whole paragraphs (the
    seeds) is no such export and keeps them."""
    text = "\n".join([_WRAPPED] * 5)  # five paragraphs, a blank line between them
    doubled = "\n\n".join(text.split("\n"))
    assert normalise(doubled).text == normalise(text).text
    assert normalise(doubled).text.count("\n") == 4  # five paragraphs, each on one line
    paragraphs = "\n\n".join(["I. MỤC ĐÍCH", "Tổ chức học tập.", "1. Yêu cầu", "Bảo đảm thiết thực."] * 6)
    assert normalise(paragraphs).text == paragraphs.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "raw, expected",
    [
        # pdftotext: a form feed at each page end, the next page's number on a line of its own
        ("học tập và làm\n\f\n- 2 -\n\ntheo tư tưởng", "học tập và làm theo tư tưởng"),
        ("học tập và làm\n\n3\n\f\ntheo tư tưởng", "học tập và làm theo tư tưởng"),
        ("hoàn thành.\n\fTrang 2/5\nII. TỔ CHỨC THỰC HIỆN", "hoàn thành.\nII. TỔ CHỨC THỰC HIỆN"),
        ("các chi bộ\f\f\n\n4\nthực hiện", "các chi bộ thực hiện"),
        # near misses: a number line away from any page break is text (a table's STT cell); a form
        # feed alone is a line break
        ("hoàn thành.\n3\nII. TỔ CHỨC\f", "hoàn thành.\n3\nII. TỔ CHỨC"),
        ("Năm thực hiện:\n2026\n\fHoàn thành", "Năm thực hiện:\n2026\nHoàn thành"),  # a year cell, not page 2026
        ("hoàn thành.\f2. Tổ chức hội nghị", "hoàn thành.\n2. Tổ chức hội nghị"),
    ],
)
def test_page_breaks_and_their_numbers(raw: str, expected: str) -> None:
    n = normalise(raw)
    assert n.text == expected
    last = expected.split()[-1]  # the text after the break maps back onto itself (white space dropped
    s, e = n.to_source(len(n.text) - len(last), len(n.text))  # at a span's end maps inside it)
    assert raw[s:e].rstrip(" \n\f") == last


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aàảoòuỷy ĐđKHQ-–—*_#\\\n\r\t\f\u00a0\u200b|“”.:;,0123456789")) , max_size=120))
def test_normalise_never_fails_and_maps_inside_the_source(raw: str) -> None:
    n = normalise(raw)
    assert "\n\n" not in n.text
    assert n.text == n.text.strip(" \n")
    for pos in range(0, len(n.text) + 1, 7):
        assert 0 <= n.offsets.to_source(pos) <= len(raw)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aàảoòóuúyỷ ĐđKH-.,\n")), max_size=80))
def test_normalise_is_idempotent(raw: str) -> None:
    once = normalise(raw).text
    assert normalise(once).text == once


def test_fold_is_the_comparison_key() -> None:
    assert fold("Hoà Bình") == fold("Hòa Bình") == fold("HÒA  BÌNH")
    assert fold("Hành chính – Quản trị") == fold("Hành chính - Quản trị")
    assert fold("Ban Tuyên giáo") != fold("Ban Tổ chức")
    assert strip_accents("Kết luận") == "ket luan"


def test_named_part_words_inside_a_wrapped_title_do_not_stop_the_join() -> None:
    raw = ("Số: 159/KH-UBND\n\n" "TRUYỀN THÔNG VỀ GIẢM NGHÈO ĐA CHIỀU THUỘC CHƯƠNG TRÌNH\n"
           "MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG\n\n" + "Căn cứ Thông tư số 06/2022/TT-BTTTT ngày 30\ntháng 6 năm 2022 của\nBộ trưởng;\n\n" * 5)
    lines = normalise(raw).text.split("\n")
    assert lines[1] == "TRUYỀN THÔNG VỀ GIẢM NGHÈO ĐA CHIỀU THUỘC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG"
    # but a real named part starts its own line
    assert normalise("nội dung sau\nMục 1. Phạm vi").text == "nội dung sau\nMục 1. Phạm vi"


def test_signature_and_type_word_lines_are_never_joined_in_hard_wrapped_text() -> None:
    body = "Căn cứ Thông tư số 06/2022/TT-BTTTT ngày 30\ntháng 6 năm 2022 của\nBộ trưởng Bộ Thông tin;\n\n" * 5
    raw = body + "- Lưu: VT, HCQT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\nKẾ HOẠCH\nThực hiện"
    lines = normalise(raw).text.split("\n")
    assert lines[0].startswith("Căn cứ Thông tư số 06/2022/TT-BTTTT ngày 30 tháng 6 năm 2022 của Bộ trưởng")
    assert lines[-7:] == ["- Lưu: VT, HCQT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                          "Nguyễn Văn A", "KẾ HOẠCH", "Thực hiện"]


# --- the fast passes give what the one-pass reference steps give (text and offset map) -------
_PIECES = [
    "*", "**", "\\", "\\*", "#", "## ", "\n", "\n\n", " ", "  ", "a", "B", "đ", "Ủ", "_", ";", ",", "-", "(",
    "1.", "- ", "|", "---", "2025", "KT. ", "TM. CHỦ TỊCH", "ĐÀ NẴNG", "thực hiện", "Điều 1", "hoà", "quý",
    "uỷ", "\r\n", "\u2026", "&nbsp;", "<br>", "\u00a0", "\u2013", "&ndash;", "&#8230;", "&shy;", "&R;",
    "&#x2F;", "<br/>\n",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.booleans())
def test_fast_passes_match_reference_steps(pieces: list[str], wrapped: bool) -> None:
    import importlib
    import re

    from extractor.offsets import substitute

    n = importlib.import_module("extractor.normalise")
    lj = importlib.import_module("extractor.line_joins")
    text = ("dòng chữ viết\n" * 10 if wrapped else "") + "".join(pieces)
    assert n._strip_markdown(text)[0] == n._MD_STEP_RE.sub(n._md_repl, text)
    assert n._squeeze_spaces(text) == n._SPACES_RE.sub(n._spaces_repl, text)
    assert n._empty_decoration_lines(text)[0] == n._DECORATION_RE.sub("", text)
    assert n._new_tone_marks(text) == n._TONE_RE.sub(n._tone_repl, text)
    chars, _ = substitute(text, n._CHARACTERS_RE, n._characters_repl)
    resized, _ = substitute(text, n._RESIZE_STEP_RE, n._resize_repl)
    assert chars == n._SAME_LENGTH_RE.sub(n._same_length_repl, resized)
    assert n._replace_characters(text)[0] == chars
    # line breaks: every run of breaks through _line_break_repl, the step as first written
    hard = lj._is_hard_wrapped(text)
    pattern = re.compile(r"\n+") if hard else re.compile(r"\n\n+|\n(?=[a-zà-ỹđ0-9(\"'])|^\n|\n$")
    ref, ref_map = substitute(text, pattern, lambda m: lj._line_break_repl(m, hard))
    out, lazy = lj.join_lines(text)
    assert out == ref
    if lazy is not None:
        assert [lazy.to_source(p) for p in range(len(out) + 1)] == [ref_map.to_source(p) for p in range(len(out) + 1)]


@pytest.mark.parametrize("rule", ["**", "*", "= =", "_ _", "***", "---", "|"])
def test_a_decoration_line_goes_whatever_else_the_text_holds(rule: str) -> None:
    # a lone "**" line used to stay unless some other decoration ("---", "|") was in the document
    text = f"I. MỤC ĐÍCH\n{rule}\nII. YÊU CẦU"
    assert normalise(text).text == "I. MỤC ĐÍCH\nII. YÊU CẦU"


def test_a_symbol_wrapped_onto_its_own_line_runs_on() -> None:
    # dev-08 wrapped at 70 columns: "57-NQ/TW" alone on a line is capitals, but no header cell
    wrapped = (
        "Thực hiện Kế hoạch số 283/KH-UBND ngày 24/9/2025 của Ủy ban nhân dân\n"
        "Tỉnh về thực hiện Nghị quyết số 71/NQ-CP ngày 01/5/2025 của Chính phủ\n"
        "và Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của Ban Thường\n"
        "vụ Tỉnh ủy về thực hiện Nghị quyết số\n"
        "57-NQ/TW\n"
        "ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công\n"
        "nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.\n"
    )
    text = normalise(wrapped).text
    assert "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" in text


def test_a_capitals_header_cell_still_stays_apart() -> None:
    wrapped = "KẾ HOẠCH\nthực hiện công tác cải cách hành chính năm 2026 của Ủy ban nhân dân\ntỉnh và các sở.\n"
    assert normalise(wrapped).text.startswith("KẾ HOẠCH\n")


@pytest.mark.parametrize(
    ("line", "is_page_number"),
    [("2", True), ("- 2 -", True), ("– 12 –", True), ("Trang 2/5", True), ("TRANG 3", True), ("Page 4", True),
     # near misses: a year, a number with words, a section number
     ("2025", False), ("2 đơn vị", False), ("2.", False), ("II", False)],
)
def test_page_number_line(line: str, is_page_number: bool) -> None:
    """One definition for both readers of printed pages (the PDF reader, the form-feed step)."""
    from extractor.page_numbers import PAGE_NUMBER_LINE_RE

    assert bool(PAGE_NUMBER_LINE_RE.fullmatch(line)) is is_page_number


@pytest.mark.parametrize("stem", ["dev-06", "dev-16", "dev-17", "dev-18", "000_f69539ef0af628ea"])
def test_an_html_export_breaking_every_line_with_br_reads_as_the_plain_text(stem: str) -> None:
    """An HTML export ends each source line with `<br>` and a line break: one break, not a blank line
    between every line (which the un-doubling of blank lines then has to guess back: it split these)."""
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "corpus" / "documents" / f"{stem}.txt").read_text(encoding="utf-8")
    assert normalise(text.replace("\n", "<br>\n")).text == normalise(text).text


def test_fold_reads_an_ellipsis_as_the_dots_normalising_spells() -> None:
    """A heading or a name copied from the source (a gold file, a search) keeps "…"; the normalised
    text spells it "...": the comparison key is the same."""
    assert fold("lĩnh vực như giáo dục, y tế,… Chuyển đổi") == fold(normalise("lĩnh vực như giáo dục, y tế,… Chuyển đổi").text)
    assert fold("(2)……………. BẰNG HÌNH THỨC") == fold("(2)............... BẰNG HÌNH THỨC")
