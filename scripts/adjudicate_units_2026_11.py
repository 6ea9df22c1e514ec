"""The 2026-11 gold adjudication of units and named_references (corpus/ADJUDICATION.md): each change a
reading decision, with the evidence as printed; `--apply` was run once. Without it, the script checks
that every evidence string occurs in its document (folded, normalised text) and replays the changes
in memory — on the adjudicated gold it stops at the first change already applied."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from extractor.normalise import fold, normalise

ROOT = Path(__file__).resolve().parents[1] / 'corpus'
# (stem, op, item, new, evidence-as-printed, reason)
#   op: add_unit (item=canonical, new=kind) | remove_unit | rename_unit (new=canonical) | kind (new=kind) | add_nr
C = [
 ("001_b0578383ca6be923","remove_unit","Văn phòng Đảng ủy Khối",None,"Văn phòng Đảng ủy Khối đã sao gửi văn bản","only in footnote ⁽¹⁾ reporting a past dispatch; given no role in the plan"),
 ("001_b0578383ca6be923","add_unit","Các cấp ủy, tổ chức đảng, đoàn thể","group","2. Các cấp ủy, tổ chức đảng, đoàn thể xây dựng kế hoạch","subject of an instruction (xây dựng kế hoạch … phải căn cứ); a distinct enumeration from 'Các cấp ủy, tổ chức đảng, cơ quan, đoàn thể'"),
 ("002_4cf0f3d8e3c6498b","rename_unit","Các phòng","Các phòng, đảng viên","2. Các phòng, đảng viên xây dựng kế hoạch","C2: one enumeration is one group; 'các phòng' occurs alone nowhere else"),
 ("003_d511494d6758a3a9","add_unit","Công chức, viên chức, người lao động","group","tập trung chỉ đạo công chức, viên chức, người lao động thuộc quyền quản lý tăng cường","directed (chỉ đạo … tăng cường việc làm theo)"),
 ("003_d511494d6758a3a9","add_unit","Cấp ủy chi bộ","group","gửi cam kết cho cấp ủy chi bộ","C1: receives the commitments (gửi cam kết cho)"),
 ("003_d511494d6758a3a9","add_unit","Lãnh đạo cơ quan","group","cấp ủy chi bộ, lãnh đạo cơ quan","C1: receives the commitments (gửi cam kết cho)"),
 ("dev-01","add_unit","Phòng, ban chuyên môn","group","Chỉ đạo phòng, ban chuyên môn, phối hợp","directed by UBND cấp xã (chỉ đạo … thực hiện công tác tuyên truyền)"),
 ("dev-01","add_unit","Tổ chức chính trị - xã hội tại địa phương","group","phối hợp tổ chức chính trị - xã hội tại địa phương","partner (phối hợp) = support role"),
 ("dev-01","add_unit","Các đơn vị liên quan","group","d) Phối hợp với các đơn vị liên quan","partner (phối hợp với) = support role"),
 ("dev-02","add_unit","Các cơ quan liên quan","group","Phối hợp các cơ quan liên quan thực hiện","partner (phối hợp) = support role"),
 ("dev-02","add_unit","Các đơn vị liên quan","group","Chỉ đạo các đơn vị liên quan giám sát","directed by Ủy ban MTTQ (chỉ đạo … giám sát)"),
 ("dev-03","add_unit","Các cơ quan thông tấn báo chí","group","các cơ quan thông tấn báo chí và hệ thống thông tin cơ sở đẩy mạnh","directed (định hướng, chỉ đạo … đẩy mạnh truyền thông)"),
 ("dev-03","add_unit","Hệ thống thông tin cơ sở","other","hệ thống thông tin cơ sở đẩy mạnh","directed in the same sentence; kind as 'Hệ thống truyền thanh cơ sở' (dev-04)"),
 ("dev-04","add_unit","Các đơn vị, địa phương và tổ chức","group","Hướng dẫn các đơn vị, địa phương và tổ chức ra quân","directed (hướng dẫn … ra quân dọn dẹp)"),
 ("dev-04","add_unit","Các địa phương","group","phối hợp các địa phương giám sát dịch bệnh","partner (phối hợp) = support role"),
 ("dev-04","add_unit","Các cơ quan liên quan","group","Sở Công Thương và các cơ quan liên quan tổ chức tiếp nhận","partner (chủ trì phối hợp …) = support role"),
 ("dev-06","rename_unit","Các đơn vị trực thuộc Sở Nông nghiệp và Môi trường","Các đơn vị trực thuộc","chỉ đạo các đơn vị trực thuộc triển khai","canonical is the name as written; the long form is written nowhere"),
 ("dev-06","add_unit","Các cơ quan, đơn vị liên quan","group","Phối hợp với các cơ quan, đơn vị liên quan thực hiện","partner (phối hợp với) = support role"),
 ("dev-06","add_unit","Các cơ quan liên quan","group","Phối hợp với các cơ quan liên quan hướng dẫn","partner (phối hợp với) = support role; another enumeration than the line above"),
 ("dev-08","add_unit","Các cơ quan, đơn vị, địa phương","group","phối hợp với các cơ quan, đơn vị, địa phương tham mưu","partner (phối hợp với) = support role"),
 ("dev-08","add_unit","Các đơn vị liên quan","group","Các sở, ban, ngành tỉnh; các đơn vị liên quan; UBND các xã, phường","task-table support column"),
 ("dev-09","add_unit","Các cơ quan, đơn vị, tổ chức khoa học trong và ngoài nước","group","phối hợp với các cơ quan, đơn vị, tổ chức khoa học trong và ngoài nước","partner (phối hợp với) = support role"),
 ("dev-09","add_unit","Các cơ quan có liên quan","group","Phối hợp với các cơ quan có liên quan tham gia","partner (phối hợp với) = support role"),
 ("dev-09","add_unit","Các đơn vị liên quan","group","Phối hợp với các đơn vị liên quan tổ chức tuyên truyền","partner (phối hợp với) = support role"),
 ("dev-09","add_unit","Các cơ quan chuyên môn thuộc các bộ, ngành Trung ương","group","phối hợp cùng các cơ quan chuyên môn thuộc các bộ, ngành Trung ương","partner (phối hợp cùng) = support role"),
 ("dev-09","add_unit","Các bộ, ngành Trung ương","group","phối hợp các bộ, ngành Trung ương xây dựng","partner (tham mưu UBND tỉnh phối hợp …), three times; found by scanning every 'phối hợp các …'"),
 ("dev-09","add_unit","Mỗi đoàn viên, hội viên","group","Mỗi đoàn viên, hội viên phải đi đầu","addressed by an instruction (phải đi đầu)"),
 ("dev-09","add_nr","Luật Ngân sách nhà nước",None,"theo quy định của Luật Ngân sách nhà nước","a law named without number, standalone (as dev-01 gold)"),
 ("dev-10","rename_unit","Các tổ chức thành viên của Ủy ban Mặt trận Tổ quốc tỉnh","Các tổ chức thành viên","Ủy ban Mặt trận Tổ quốc tỉnh và các tổ chức thành viên phát huy","canonical is the name as written; the long form is written nowhere"),
 ("dev-10","merge_unit","Các cơ quan, đơn vị liên quan","Các cơ quan, đơn vị","phối hợp với các cơ quan, đơn vị liên quan","variant of 'Các cơ quan, đơn vị' (listed): merged by the existing convention ('… liên quan/trực thuộc' → the bare group)"),
 ("dev-11","add_unit","Các doanh nghiệp công nghệ số","group","các doanh nghiệp viễn thông, các doanh nghiệp công nghệ số trong quá trình","partner (phối hợp … với) = support role"),
 ("dev-11","add_unit","Các sở, ban, ngành, cơ quan, đơn vị liên quan","group","yêu cầu các sở, ban, ngành, cơ quan, đơn vị liên quan triển khai","addressed (yêu cầu … triển khai); found by scanning every 'yêu cầu các …'"),
 ("dev-12","kind","Ủy ban nhân dân các xã, phường","group",None,"plural level = group, as in dev-04/05/06/08/09 gold"),
 ("dev-12","kind","Ngân hàng nhà nước khu vực XII","state",None,"a branch of the State Bank is a state body, as dev-01 gold 'Ngân hàng Nhà nước chi nhánh khu vực 14'"),
 ("dev-12","rename_unit","Doanh nghiệp công nghệ số","Các doanh nghiệp công nghệ số","18. Các doanh nghiệp công nghệ số","canonical as written in the heading"),
 ("dev-12","rename_unit","Các đơn vị liên quan","Các đơn vị","Phối hợp với các đơn vị trong việc","both 'các đơn vị' and 'các đơn vị liên quan' are partners: one group by the existing merge convention, under the bare form"),
 ("dev-12","rename_unit","Các trường đại học, cao đẳng","Các sở, ngành, trường đại học, cao đẳng","c) Phối hợp các sở, ngành, trường đại học, cao đẳng","C2: one enumeration (one 'các') is one group; the only mention"),
 ("dev-12","add_unit","Các ngành, lĩnh vực khác","group","Các ngành, lĩnh vực khác, căn cứ các nội dung","given a role (xây dựng và tổ chức triển khai Kế hoạch hành động)"),
 ("dev-12","add_unit","Các cơ quan, đơn vị, địa phương","group","hướng dẫn các cơ quan, đơn vị, địa phương thực hiện kết nối","directed (hướng dẫn … thực hiện)"),
 ("dev-12","add_unit","Chủ tịch Ủy ban nhân dân tỉnh","person","Chủ trì tham mưu Chủ tịch UBND tỉnh","C1: advised (tham mưu X)"),
 ("dev-12","add_unit","Bộ Khoa học và Công nghệ","state","báo cáo Bộ Khoa học và Công nghệ và Chính phủ","C1: report recipient"),
 ("dev-12","add_unit","Chính phủ","state","báo cáo Bộ Khoa học và Công nghệ và Chính phủ","C1: report recipient"),
 ("dev-12","add_unit","Văn phòng Ủy ban nhân dân tỉnh","state","Văn phòng UBND tỉnh","the 'Chủ trì' column of the target appendix gives it the lead for target 8"),
 ("dev-13","remove_unit","Ban Vì sự tiến bộ phụ nữ và Bình đẳng giới Thành phố",None,"(Cơ quan thường trực Ban Vì sự tiến bộ","only described (Sở Nội vụ is its standing agency) or the object being set up (kiện toàn Ban …); given no role"),
 ("dev-13","add_unit","Các cơ quan, đơn vị có liên quan","group","chủ động phối hợp với các cơ quan, đơn vị có liên quan","partner (phối hợp với) = support role"),
 ("dev-15","kind","Ủy ban nhân dân các phường, xã","group",None,"plural level = group"),
 ("dev-15","kind","Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực II","state",None,"a branch of the State Bank is a state body"),
 ("dev-15","rename_unit","Các cơ quan, đơn vị có liên quan","Các cơ quan, đơn vị","hướng dẫn, đôn đốc, các cơ quan, đơn vị tổ chức triển khai","the bare group is directed too: merged by the existing convention, under the bare form"),
 ("dev-15","add_unit","Bộ Khoa học và Công nghệ","state","báo cáo UBND tỉnh, Bộ Khoa học và Công nghệ","C1: report recipient"),
 ("dev-15","add_unit","Các sở, ban, ngành, đoàn thể tỉnh","group","Yêu cầu các sở, ban, ngành, đoàn thể tỉnh","addressed (yêu cầu … triển khai)"),
 ("dev-15","add_unit","Các đơn vị liên quan","group","UBND các phường, xã; các đơn vị liên quan căn cứ","addressed (yêu cầu … triển khai)"),
 ("dev-15","add_unit","Các doanh nghiệp chậm chuyển đổi số","group","đôn đốc các doanh nghiệp chậm chuyển đổi số","directed (nhắc nhở, đôn đốc)"),
 ("dev-16","rename_unit","Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã","Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh","Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh","canonical is the full name as written in full in the document (as dev-17 gold)"),
 ("dev-17","add_unit","Các cơ quan chức năng","group","Ủy ban Bầu cử xã, UBND xã và các cơ quan chức năng giải quyết","directed (theo dõi, đôn đốc … giải quyết đơn thư)"),
 ("dev-18","rename_unit","Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã","Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh","Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh (Chủ trì hội nghị)","canonical is the full name as written in full"),
 ("dev-18","rename_unit","Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh","Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh","Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh","canonical is the full name as written in full (as dev-17 gold)"),
 ("dev-18","add_unit","Các cơ quan liên quan","group","phối hợp với các cơ quan liên quan chuẩn bị","partner (chủ trì, phối hợp với) = support role"),
 ("dev-18","add_unit","Các đơn vị","group","phối hợp với các chuyên viên cơ quan và các đơn vị triển khai","partner (phối hợp với); found by scanning every 'phối hợp với các …'"),
 ("dev-21","add_nr","Bộ luật Lao động",None,"theo các quy định của Bộ luật Lao động hiện hành","a law named without number, standalone"),
 ("dev-22","add_unit","Chánh Văn phòng Ủy ban nhân dân Thành phố","person","Điều 3. Chánh Văn phòng Ủy ban nhân dân Thành phố","Điều 3 addressee (chịu trách nhiệm thi hành), as 'Các đơn vị có liên quan' of the same sentence already is"),
 ("dev-22","add_unit","Giám đốc các Sở","group","Giám đốc các Sở, Thủ trưởng","Điều 3 addressee"),
 ("dev-22","add_unit","Thủ trưởng các cơ quan, đơn vị trực thuộc Ủy ban nhân dân Thành phố","group","Thủ trưởng các cơ quan, đơn vị trực thuộc Ủy ban nhân dân Thành phố","Điều 3 addressee"),
 ("dev-22","add_unit","Chủ tịch Ủy ban nhân dân phường, xã, đặc khu","group","Chủ tịch Ủy ban nhân dân phường, xã, đặc khu và các đơn vị","Điều 3 addressee; kind group as dev-24 'Chủ tịch Ủy ban nhân dân các xã, phường'"),
 ("dev-22","add_unit","Các sở, ngành, đơn vị có liên quan","group","Phối hợp với các sở, ngành, đơn vị có liên quan thu thập","partner (phối hợp với) = support role"),
 ("dev-22","add_nr","Luật Quy hoạch",None,"Luật Quy hoạch, Quyết định của cấp có thẩm quyền","second standalone mention (task table, legal basis column); one item per mention"),
 ("dev-23","add_unit","Hệ thống thông tin các cấp","other","và hệ thống thông tin các cấp xây dựng kế hoạch","addressed (yêu cầu … xây dựng kế hoạch) with the press bodies; kind as 'Hệ thống truyền thanh cơ sở'"),
 ("dev-23","add_nr","Luật ngân sách nhà nước",None,"theo quy định của Luật ngân sách nhà nước","a law named without number, standalone"),
 ("dev-24","add_unit","Các cơ quan, đơn vị","group","chỉ đạo các cơ quan, đơn vị thuộc thẩm quyền quản lý thực hiện","directed (chỉ đạo … thực hiện nghiêm túc); 'thuộc thẩm quyền quản lý' dropped as '… trực thuộc' is"),
]

def main(apply: bool) -> None:
    by = {}
    for c in C:
        by.setdefault(c[0], []).append(c)
    bad = 0
    for stem, changes in by.items():
        gp = ROOT / 'gold' / f'{stem}.json'
        g = json.loads(gp.read_text(encoding='utf-8'))
        text = fold(normalise((ROOT / 'documents' / f'{stem}.txt').read_text(encoding='utf-8')).text)
        units = g.setdefault('units', []) if 'units' in g or any(c[1] != 'add_nr' for c in changes) else []
        canon = [u['canonical'] for u in units]
        for _, op, item, new, ev, _why in changes:
            if ev and fold(ev) not in text:
                print('EVIDENCE NOT IN TEXT', stem, ev); bad += 1
            if op == 'add_unit':
                assert fold(item) not in {fold(c) for c in canon}, (stem, item)
                units.append({"canonical": item, "kind": new})
            elif op in ('remove_unit', 'rename_unit', 'kind', 'merge_unit'):
                i = canon.index(item)
                if op in ('remove_unit', 'merge_unit'):
                    units.pop(i); canon.pop(i)
                    if op == 'merge_unit':
                        assert new in canon, (stem, new)
                elif op == 'kind':
                    units[i]['kind'] = new
                else:
                    units[i]['canonical'] = new
                for t in g.get('tasks', []):
                    for role in ('lead', 'support'):
                        names = t.get(role) or []
                        if item in names:
                            if op == 'remove_unit':
                                print('TASK USES REMOVED', stem, item); bad += 1
                            elif op in ('rename_unit', 'merge_unit'):
                                t[role] = [new if n == item else n for n in names]
                                print('  task', role, 'renamed', stem, t['section'])
            elif op == 'add_nr':
                g['named_references'].append({"name": item})
            canon = [u['canonical'] for u in units]
        if apply:
            gp.write_text(json.dumps(g, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
    print('changes', len(C), 'problems', bad)

if __name__ == '__main__':
    main('--apply' in sys.argv)
