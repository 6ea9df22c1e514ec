"""The 2026-11 adjudication of tasks' `support` (corpus/ADJUDICATION.md, third section): a task that is
an item collects as `support` every partner its text names ("phối hợp (với/cùng) X" in its lead-in,
bullets or sub-lines), under the units gold's canonical names. Each change is a reading decision with
the evidence as printed; the script refuses one whose evidence is not in the document (folded,
normalised text), whose `before` is not the gold's current value, or whose new names are not units
of that document. `--apply` writes the gold; without it the changes are only checked."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from extractor.normalise import fold, normalise

ROOT = Path(__file__).resolve().parents[1] / 'corpus'
# (stem, section, title starts with, before, after, evidence-as-printed, reason)
C = [
 ("dev-01", "V.5.b", "Tổ chức tuyên truyền, vận động", [], ["Tổ chức chính trị - xã hội tại địa phương"], "phối hợp tổ chức chính trị - xã hội tại địa phương thực hiện công tác tuyên truyền", "partner named in the item's text"),
 ("dev-01", "V.5.c", "Tổng hợp nhu cầu mở tài khoản", [], ["Các tổ chức cung cấp dịch vụ chi trả"], "Chủ động phối hợp với các tổ chức cung cấp dịch vụ chi trả thực hiện mở tài khoản", "partner named in the item's sub-line"),
 ("dev-01", "V.5.d", "Phối hợp với các đơn vị liên quan", [], ["Các đơn vị liên quan"], "d) Phối hợp với các đơn vị liên quan thực hiện đạt", "partner named in the item itself (unit added by the units adjudication)"),
 ("dev-02", "VI.1", "Sở Nông nghiệp và Môi trường", ["Các cơ quan, đơn vị liên quan"], ["Các cơ quan liên quan"], "Phối hợp các cơ quan liên quan thực hiện việc giám sát, đánh giá đối với cấp xã", "the item names 'các cơ quan liên quan' (a unit since the units adjudication), not 'các cơ quan, đơn vị liên quan'"),
 ("dev-04", "IV.3", "Sở Y tế", ["Ủy ban nhân dân các xã, phường"], ["Ủy ban nhân dân các xã, phường", "Các địa phương"], "phối hợp các địa phương giám sát dịch bệnh", "second partner in the item's bullets"),
 ("dev-04", "IV.11", "Đề nghị Ủy ban Mặt trận", [], ["Ủy ban nhân dân tỉnh Đắk Lắk", "Sở Công Thương", "Các cơ quan liên quan"], "Chủ trì phối hợp UBND tỉnh, Sở Công Thương và các cơ quan liên quan tổ chức tiếp nhận", "partners named in the item's bullets"),
 ("dev-06", "IV.1", "Sở Nông nghiệp và Môi trường", [], ["Các cơ quan, đơn vị liên quan", "Các cơ quan liên quan"], "Phối hợp với các cơ quan, đơn vị liên quan thực hiện hiệu quả", "partners named in the item's bullets (two enumerations, two units)"),
 ("dev-06", "IV.1", "Sở Nông nghiệp và Môi trường", None, None, "Phối hợp với các cơ quan liên quan hướng dẫn người dân", "(evidence of the second partner)"),
 ("dev-08", "IV.1.a", "Là cơ quan đầu mối", ["Các cơ quan, đơn vị liên quan"], ["Các cơ quan, đơn vị, địa phương"], "chủ trì, phối hợp với các cơ quan, đơn vị, địa phương tham mưu", "the item names 'các cơ quan, đơn vị, địa phương' (its own unit since the units adjudication)"),
 ("dev-08", "Phụ lục.II", "Xây dựng Kế hoạch hỗ trợ doanh nghiệp", ["Các sở, ban, ngành tỉnh", "Các cơ quan, đơn vị liên quan", "Ủy ban nhân dân các xã, phường"], ["Các sở, ban, ngành tỉnh", "Các đơn vị liên quan", "Ủy ban nhân dân các xã, phường"], "Các sở, ban, ngành tỉnh; các đơn vị liên quan; UBND các xã, phường", "the row's 'Cơ quan phối hợp' column reads 'các đơn vị liên quan'"),
 ("dev-08", "Phụ lục.II", "Hỗ trợ doanh nghiệp nhỏ và vừa", ["Các sở, ban, ngành tỉnh", "Các cơ quan, đơn vị liên quan", "Ủy ban nhân dân các xã, phường"], ["Các sở, ban, ngành tỉnh", "Các đơn vị liên quan", "Ủy ban nhân dân các xã, phường"], "Các sở, ban, ngành tỉnh; các đơn vị liên quan; UBND các xã, phường", "the row's 'Cơ quan phối hợp' column reads 'các đơn vị liên quan' (second row, same printing)"),
 ("dev-09", "III.7", "Điều tra cơ bản tài nguyên biển", [], ["Các bộ, ngành Trung ương"], "Phối hợp với các bộ, ngành Trung ương tiếp tục triển khai", "partner named in the item's text"),
 ("dev-09", "III.8", "Khoa học, công nghệ và hợp tác quốc tế", [], ["Các cơ quan, đơn vị, tổ chức khoa học trong và ngoài nước"], "phối hợp với các cơ quan, đơn vị, tổ chức khoa học trong và ngoài nước", "partner named in the item's text"),
 ("dev-09", "IV.9", "Bộ Chỉ huy Quân sự tỉnh", [], ["Các cơ quan có liên quan"], "Phối hợp với các cơ quan có liên quan tham gia", "partner named in the item's bullet"),
 ("dev-09", "IV.12", "Ủy ban nhân dân các xã", [], ["Các đơn vị liên quan"], "Phối hợp với các đơn vị liên quan tổ chức tuyên truyền", "partner named in the item's bullet"),
 ("dev-09", "VI.2", "Các sở, ban, ngành tỉnh có liên quan", [], ["Các cơ quan chuyên môn thuộc các bộ, ngành Trung ương"], "phối hợp cùng các cơ quan chuyên môn thuộc các bộ, ngành Trung ương", "partner named in the item's text"),
 ("dev-11", "IV.3", "Các Sở, ban, ngành cấp tỉnh", ["Sở Khoa học và Công nghệ", "Các đơn vị liên quan"], ["Sở Khoa học và Công nghệ", "Các đơn vị liên quan", "Các đơn vị điện lực trên địa bàn tỉnh"], "Chủ trì, phối hợp các đơn vị điện lực trên địa bàn tỉnh", "third partner in the item's bullets"),
 ("dev-11", "IV.5", "Các chủ đầu tư xây dựng", ["Ban Quản lý Khu kinh tế Đông Nam", "Sở Khoa học và Công nghệ", "Các doanh nghiệp viễn thông"], ["Ban Quản lý Khu kinh tế Đông Nam", "Sở Khoa học và Công nghệ", "Các doanh nghiệp viễn thông", "Các doanh nghiệp công nghệ số"], "các doanh nghiệp viễn thông, các doanh nghiệp công nghệ số trong quá trình", "the same 'phối hợp … với' list goes on (C2: a second 'các' is a second group, added to units by the units adjudication)"),
 ("dev-11", "IV.6", "Các doanh nghiệp thứ cấp", [], ["Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp"], "phối hợp với chủ đầu tư hạ tầng KCN", "partner named in the item's bullet: the investors of item 5 (the document's only other name for them)"),
 ("dev-12", "VI.10.b", "Triển khai nhiệm vụ được giao chủ trì", [], ["Các đơn vị"], "Phối hợp với các đơn vị trong việc nghiên cứu", "partner named in the item's text"),
 ("dev-12", "VI.18.c", "Phối hợp các sở, ngành, trường", ["Các sở, ngành", "Các sở, ngành, trường đại học, cao đẳng"], ["Các sở, ngành, trường đại học, cao đẳng"], "c) Phối hợp các sở, ngành, trường đại học, cao đẳng", "C2: one 'các', one group; 'Các sở, ngành' was left over when the units adjudication renamed the second name"),
 ("dev-13", "V.2", "Thủ trưởng các sở, ban, ngành", [], ["Các cơ quan, đơn vị có liên quan"], "chủ động phối hợp với các cơ quan, đơn vị có liên quan", "partner named in the item's text"),
 ("dev-14", "II.3", "Về đảm bảo an toàn thông tin", ["Các Sở, ban, ngành", "Ủy ban nhân dân xã, phường"], ["Bộ Công an", "Các Sở, ban, ngành", "Ủy ban nhân dân xã, phường"], "Phối hợp với Bộ Công an trong việc bảo đảm an toàn thông tin", "the task's own text names a partner of its lead besides the 'Đơn vị phối hợp' line"),
 ("dev-14", "II.4.2", "Nguồn nhân lực", ["Các Sở, ban, ngành"], ["Bộ Công an", "Bộ Khoa học và Công nghệ", "Doanh nghiệp đồng hành", "Các Sở, ban, ngành"], "đồng thời phối hợp Bộ Công an, Bộ Khoa học và Công nghệ, doanh nghiệp đồng hành", "the task's own text names partners of its lead besides the 'Đơn vị phối hợp' line"),
 ("dev-17", "II.2", "Tiếp nhận và xử lý đơn thư", [], ["Các tổ chức thành viên"], "hoặc phối hợp với các tổ chức thành viên xác minh", "partner named in the item's sub-line"),
 ("dev-18", "V.1", "Ban Thường trực Ủy ban Mặt trận", [], ["Các cơ quan liên quan"], "Chủ trì, phối hợp với các cơ quan liên quan chuẩn bị nội dung", "partner named in a bullet of the item that is not a task of its own"),
 ("dev-18", "V.2", "Chuyên viên phụ trách tổng hợp", [], ["Các đơn vị"], "phối hợp với các chuyên viên cơ quan và các đơn vị triển khai", "partner named in the bullet task's text"),
 ("dev-22", "Kế hoạch.IV.1", "Sở Tài chính", ["Sở Khoa học và Công nghệ", "Sở Xây dựng", "Sở Quy hoạch - Kiến trúc", "Sở Nông nghiệp và Môi trường"], ["Các đơn vị có liên quan", "Sở Khoa học và Công nghệ", "Sở Xây dựng", "Sở Quy hoạch - Kiến trúc", "Sở Nông nghiệp và Môi trường"], "Sở Tài chính phối hợp với các đơn vị liên quan thẩm định", "first partner in the item's bullets; 'các đơn vị liên quan' is the document's 'Các đơn vị có liên quan' (merge convention)"),
 ("dev-22", "Kế hoạch.IV.5", "Các sở ngành liên quan", [], ["Các sở, ngành, đơn vị có liên quan"], "Phối hợp với các sở, ngành, đơn vị có liên quan thu thập", "partner named in the item's bullet"),
 ("dev-22", "Kế hoạch.IV.6", "Ủy ban nhân dân phường, xã, đặc khu", [], ["Các đơn vị có liên quan"], "Phối hợp với các đơn vị có liên quan tổ chức thu thập", "partner named in the item's bullet"),
 ("dev-23", "Kế hoạch.V.1", "Giao Sở Nông nghiệp và Môi trường", [], ["Các cơ quan, đơn vị liên quan", "Các cơ quan thông tấn, báo chí trên địa bàn Thành phố", "Sở Tài chính", "Các sở, ban, ngành, đơn vị liên quan"], "Chủ trì, phối hợp với Sở Tài chính và các sở, ngành, đơn vị có liên quan rà soát", "partners named in the item's bullets; 'các sở, ngành, đơn vị có liên quan' is the document's 'Các sở, ban, ngành, đơn vị liên quan' (as V.3)"),
 ("dev-23", "Kế hoạch.V.1", "Giao Sở Nông nghiệp và Môi trường", None, None, "Chủ trì, phối hợp với cơ quan thông tấn, báo chí trên địa bàn Thành phố", "(evidence of the press partner)"),
 ("dev-23", "Kế hoạch.V.1", "Giao Sở Nông nghiệp và Môi trường", None, None, "Chủ trì, phối hợp với các cơ quan, đơn vị liên quan rà soát", "(evidence of the first partner)"),
]


def main(apply: bool) -> None:
    bad = 0
    by: dict[str, list[tuple]] = {}
    for c in C:
        by.setdefault(c[0], []).append(c)
    for stem, changes in by.items():
        gp = ROOT / 'gold' / f'{stem}.json'
        g = json.loads(gp.read_text(encoding='utf-8'))
        text = fold(normalise((ROOT / 'documents' / f'{stem}.txt').read_text(encoding='utf-8')).text)
        units = {u['canonical'] for u in g.get('units', [])}
        for _, sec, title, before, after, ev, _why in changes:
            if fold(ev) not in text:
                print('EVIDENCE NOT IN TEXT', stem, sec, ev); bad += 1
            if before is None:
                continue
            ts = [t for t in g['tasks'] if t['section'] == sec and t['title'].startswith(title)]
            if len(ts) != 1:
                print('TASK NOT FOUND ONCE', stem, sec, title, len(ts)); bad += 1; continue
            t = ts[0]
            if t.get('support') != before:
                print('BEFORE DIFFERS', stem, sec, t.get('support'), before); bad += 1; continue
            for n in after:
                if n not in units:
                    print('NOT A UNIT', stem, n); bad += 1
            t['support'] = after
        if apply and not bad:
            gp.write_text(json.dumps(g, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
    print('changes', sum(1 for c in C if c[3] is not None), 'problems', bad)


if __name__ == '__main__':
    main('--apply' in sys.argv)
