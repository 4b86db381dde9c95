# Plan 04: upper-secondary school plan (school year 2025-2026), table in the body with three unit
# columns "Chủ trì | Thực hiện | Phối hợp" (persons named as units), school-term timeframes,
# signer HIỆU TRƯỞNG without an authority line.
import sys, os
sys.path.insert(0, '/work/data19/tools')
from common import *

Y = 2025
d = Doc()
d.header([['SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH'], [('TRƯỜNG THPT CẨM BÌNH', 'b')], ['Số: 58/KH-THPTCB']],
         nat('Cẩm Bình, ngày 22 tháng 9 năm 2025'))
d.title('KẾ HOẠCH', ['Ứng dụng công nghệ thông tin, chuyển đổi số và trí tuệ nhân tạo', 'trong dạy học, quản lý năm học 2025 - 2026'])
d.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': '58', 'symbol': 'KH-THPTCB', 'issuer': 'TRƯỜNG THPT CẨM BÌNH',
    'parent_issuer': 'SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH', 'place': 'Cẩm Bình', 'date': '2025-09-22',
    'title': 'Ứng dụng công nghệ thông tin, chuyển đổi số và trí tuệ nhân tạo trong dạy học, quản lý năm học 2025 - 2026',
    'signer': {'authority': None, 'deputy': None, 'position': 'HIỆU TRƯỞNG', 'name': 'Trần Thị Minh Nguyệt'},
}
for t in [
    'Căn cứ Quyết định số 131/QĐ-TTg ngày 25/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án “Tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục và đào tạo giai đoạn 2022 - 2025, định hướng đến năm 2030”;',
    'Căn cứ Công văn số 2014/SGDĐT-VP ngày 10/9/2025 của Sở Giáo dục và Đào tạo Hà Tĩnh về hướng dẫn thực hiện nhiệm vụ ứng dụng CNTT, chuyển đổi số năm học 2025 - 2026;',
    'Căn cứ tình hình thực tế của nhà trường, Trường THPT Cẩm Bình xây dựng Kế hoạch ứng dụng công nghệ thông tin (CNTT), chuyển đổi số và trí tuệ nhân tạo (AI) trong dạy học, quản lý năm học 2025 - 2026 như sau:',
]:
    d.p(t)
heading(d, 'I. ĐẶC ĐIỂM TÌNH HÌNH')
d.p('Năm học 2025 - 2026, nhà trường có 36 lớp với 1.512 học sinh; 86 cán bộ, giáo viên, nhân viên. Nhà trường có 02 phòng tin học với 90 máy tính, 100% phòng học được trang bị ti vi hoặc máy chiếu kết nối Internet; đường truyền cáp quang tốc độ 300 Mbps. Tuy nhiên, một bộ phận giáo viên lớn tuổi còn hạn chế về kỹ năng số; thiết bị tại phòng tin học số 1 đã xuống cấp.')
heading(d, 'II. MỤC TIÊU')
for t in ['- 100% cán bộ quản lý, giáo viên sử dụng thành thạo phần mềm quản lý nhà trường, sổ điểm điện tử và học bạ số;',
          '- Mỗi tổ chuyên môn xây dựng tối thiểu 10 bài giảng điện tử, bài giảng E-learning đạt chuẩn đưa lên kho học liệu số của ngành;',
          '- 100% học sinh khối 10 được học chuyên đề về kỹ năng số và sử dụng AI an toàn, có trách nhiệm.']:
    d.p(t)
heading(d, 'III. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN')
rows = [['TT', 'Nội dung công việc', 'Chủ trì', 'Thực hiện', 'Phối hợp', 'Thời gian']]
groups = []
def grp(label, text):
    rows.append([label, text, '<', '<', '<', '<']); groups.append(len(rows) - 1)
def row(stt, text, lead_cell, impl_cell, sup_cell, tm, lead, impl, sup, note=None, tf=None):
    rows.append([stt, text, lead_cell, impl_cell, sup_cell, tm])
    d.task('appendix', text, lead, sup, tm, None, Y, implementer=impl, note=note, tf=tf)
HT = 'Hiệu trưởng'
CM = 'Đ/c Hòa - PHT'
CS = 'Đ/c Lâm - PHT'
grp('I', 'Hạ tầng, thiết bị')
row('1', 'Rà soát, sửa chữa máy tính phòng tin học số 1; bổ sung bộ phát wifi tại dãy nhà B', CS, 'Nhân viên thiết bị; Tổ Tin học', 'Kế toán', 'Tháng 10/2025', [CS], ['Nhân viên thiết bị', 'Tổ Tin học'], ['Kế toán'])
row('2', 'Duy trì hoạt động Trang thông tin điện tử của nhà trường; cập nhật tin bài hoạt động', None, 'Tổ Tin học', 'Văn phòng', 'Thường xuyên', [CS], ['Tổ Tin học'], ['Văn phòng'])
grp('II', 'Ứng dụng CNTT trong quản lý')
row('3', 'Cập nhật dữ liệu học sinh, giáo viên trên cơ sở dữ liệu ngành; khai báo đầu năm học', CM, 'Văn thư; Giáo viên chủ nhiệm', 'Tổ Tin học', 'Trước 15/10', [CM], ['Văn thư', 'Giáo viên chủ nhiệm'], ['Tổ Tin học'])
row('4', 'Sử dụng sổ điểm điện tử, học bạ số; ký số học bạ cuối học kỳ', None, 'Giáo viên bộ môn; Giáo viên chủ nhiệm', 'Văn thư', 'Học kỳ I, học kỳ II', [CM], ['Giáo viên bộ môn', 'Giáo viên chủ nhiệm'], ['Văn thư'],
    tf={'text': 'Học kỳ I, học kỳ II', 'start': None, 'end': None}, note='school terms, no calendar dates printed; left null')
row('5', 'Thu học phí, các khoản thu hợp pháp qua hình thức không dùng tiền mặt', HT, 'Kế toán', 'Giáo viên chủ nhiệm; Ban đại diện cha mẹ học sinh', 'Định kỳ hằng tháng', [HT], ['Kế toán'], ['Giáo viên chủ nhiệm', 'Ban đại diện cha mẹ học sinh'])
row('6', 'Xử lý văn bản đi, đến trên hệ thống quản lý văn bản điều hành của Sở', None, 'Văn thư', 'Các tổ trưởng', 'Thường xuyên', [HT], ['Văn thư'], ['Các tổ trưởng'])
grp('III', 'Ứng dụng CNTT, AI trong dạy học')
row('7', 'Bồi dưỡng giáo viên kỹ năng thiết kế bài giảng điện tử, sử dụng công cụ AI hỗ trợ soạn giảng', CM, 'Tổ Tin học', 'Các tổ chuyên môn', 'Tháng 10-11/2025', [CM], ['Tổ Tin học'], ['Các tổ chuyên môn'])
row('8', 'Xây dựng bài giảng E-learning, ngân hàng câu hỏi trắc nghiệm trực tuyến các môn thi tốt nghiệp', None, 'Các tổ chuyên môn', 'Tổ Tin học', 'Trước ngày 31/3/2026', [CM], ['Các tổ chuyên môn'], ['Tổ Tin học'])
row('9', 'Dạy chuyên đề “Kỹ năng số và sử dụng AI an toàn” cho học sinh khối 10', None, 'Giáo viên Tin học', 'Đoàn trường; Giáo viên chủ nhiệm', 'Học kỳ II', [CM], ['Giáo viên Tin học'], ['Đoàn trường', 'Giáo viên chủ nhiệm'],
    tf={'text': 'Học kỳ II', 'start': None, 'end': None}, note='school term, no calendar dates printed; left null')
row('10', 'Tổ chức kiểm tra định kỳ trên máy tính đối với môn Tin học, Tiếng Anh', None, 'Tổ Tin học; Tổ Ngoại ngữ', 'Nhân viên thiết bị', 'Theo kế hoạch kiểm tra', [CM], ['Tổ Tin học', 'Tổ Ngoại ngữ'], ['Nhân viên thiết bị'],
    note='lead "Đ/c Hòa - PHT" cell merged vertically over rows 7-10')
row('11', 'Tổ chức Hội thi “Giáo viên sáng tạo bài giảng số” cấp trường', HT, 'Công đoàn; Tổ Tin học', 'Các tổ chuyên môn', 'Tháng 3/2026', [HT], ['Công đoàn', 'Tổ Tin học'], ['Các tổ chuyên môn'])
grp('IV', 'Kiểm tra, đánh giá')
row('12', 'Kiểm tra việc ứng dụng CNTT của giáo viên qua dự giờ, kiểm tra hồ sơ chuyên môn', CM, 'Tổ trưởng chuyên môn', '', 'Định kỳ hằng quý', [CM], ['Tổ trưởng chuyên môn'], [])
row('13', 'Sơ kết học kỳ I, tổng kết năm học về ứng dụng CNTT, chuyển đổi số', HT, 'Đ/c Hòa - PHT; Tổ Tin học', 'Các tổ chuyên môn, đoàn thể', 'Tháng 01/2026; tháng 5/2026', [HT], [CM, 'Tổ Tin học'], ['Các tổ chuyên môn, đoàn thể'],
    tf={'text': 'Tháng 01/2026; tháng 5/2026', 'start': '2026-01-01', 'end': '2026-05-31'}, note='two milestones (sơ kết in January, tổng kết in May); span from first to last')
d.table([1.0, 5.6, 2.3, 2.8, 2.6, 2.2], rows, header_rows=1, size=12, center_rows=[], bold_rows=groups,
        cell_align=['center', 'left', 'left', 'left', 'left', 'center'])
heading(d, 'IV. TỔ CHỨC THỰC HIỆN', before=10)
for head, lead, items in [
    ('1. Các tổ chuyên môn', ['Các tổ chuyên môn'], [
        ('Xây dựng kế hoạch ứng dụng CNTT của tổ, nộp về Phó Hiệu trưởng phụ trách chuyên môn trước ngày 05/10/2025.', {'text': 'trước ngày 05/10/2025', 'start': None, 'end': '2025-10-05'}, None),
        ('Phân công giáo viên xây dựng bài giảng điện tử, kiểm tra chéo chất lượng học liệu trước khi đưa lên kho học liệu số.', None, None)]),
    ('2. Tổ Văn phòng', ['Tổ Văn phòng'], [
        ('Bảo đảm kinh phí sửa chữa, bảo trì thiết bị CNTT; thực hiện công khai tài chính trên Trang thông tin điện tử của nhà trường.', None, None)]),
    ('3. Đoàn trường', ['Đoàn trường'], [
        ('Tuyên truyền, hướng dẫn học sinh sử dụng mạng xã hội, công cụ AI an toàn, văn minh; phòng, chống lừa đảo trực tuyến.', None, None)]),
]:
    d.p((head, 'b'), after=3)
    for txt, tf, note in items:
        d.p('- ' + txt)
        d.task('body', txt, lead, [], tf=tf, note=note)
d.p('Trên đây là Kế hoạch ứng dụng CNTT, chuyển đổi số và AI năm học 2025 - 2026 của Trường THPT Cẩm Bình. Yêu cầu các tổ, bộ phận và cá nhân nghiêm túc thực hiện./.')
d.signature(['- Sở GDĐT (để b/c);', '- Ban Giám hiệu;', '- Các tổ chuyên môn, tổ VP;', '- Website trường;', '- Lưu: VT.'],
            ['HIỆU TRƯỞNG'], 'Trần Thị Minh Nguyệt')
d.save(os.path.dirname(os.path.abspath(__file__)), '58-KH-THPTCB_CNTT_CDS_2025-2026')
