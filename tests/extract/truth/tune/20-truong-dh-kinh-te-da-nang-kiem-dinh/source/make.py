"""20 — Đại học Đà Nẵng / Trường Đại học Kinh tế, Kế hoạch 1825/KH-ĐHKT ngày 20/8/2026: tự đánh giá và đánh giá
ngoài chương trình đào tạo năm học 2026 - 2027. Signer "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG", degree before the
name ("PGS.TS."); body tasks in an automatic numbered list with bracketed field lines; a Phụ lục timeline table
with phase group rows."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from htmlplan import Plan, esc, b, i, tf, pp, WRITTEN_BY_DATA3 as WRITTEN_BY

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = Plan(HERE, '1825-KH-DHKT_Kiem_dinh_CTDT_2026-2027')

P.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': '1825', 'symbol': 'KH-ĐHKT', 'issuer': 'TRƯỜNG ĐẠI HỌC KINH TẾ',
    'parent_issuer': 'ĐẠI HỌC ĐÀ NẴNG', 'place': 'Đà Nẵng', 'date': '2026-08-20',
    'title': 'Tự đánh giá và đánh giá ngoài chương trình đào tạo trình độ đại học năm học 2026 - 2027',
    'signer': {'authority': None, 'deputy': 'KT. HIỆU TRƯỞNG', 'position': 'PHÓ HIỆU TRƯỞNG', 'name': 'Trần Minh Khôi',
               'rank': 'PGS.TS.'},
    'note': 'the name line is printed with the academic title and degree: "PGS.TS. Trần Minh Khôi"; name here is '
            'without it, the title in rank (UNSURE: tune 12 dropped a degree without a rank field)',
}

P.table([], [[
    {'h': pp(esc('ĐẠI HỌC ĐÀ NẴNG')) + pp(b('TRƯỜNG ĐẠI HỌC KINH TẾ')) + pp(esc('___________')) + pp(esc('Số: 1825/KH-ĐHKT'))},
    {'h': pp(b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) + pp(b('Độc lập - Tự do - Hạnh phúc')) + pp(esc('_____________________'))
          + pp(i('Đà Nẵng, ngày 20 tháng 8 năm 2026'))}]], [40, 60], border=False, font=13)

P.p(b('KẾ HOẠCH'), 'c', 'margin-top: 18pt')
P.p(b('Tự đánh giá và đánh giá ngoài chương trình đào tạo trình độ đại học\nnăm học 2026 - 2027'), 'c')

for s in ['Căn cứ Thông tư số 04/2016/TT-BGDĐT ngày 14 tháng 3 năm 2016 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành '
          'Quy định về tiêu chuẩn đánh giá chất lượng chương trình đào tạo các trình độ của giáo dục đại học;',
          'Căn cứ Kế hoạch số 2210/KH-ĐHĐN ngày 05 tháng 8 năm 2026 của Đại học Đà Nẵng về công tác bảo đảm chất '
          'lượng giáo dục năm học 2026 - 2027;',
          'Căn cứ Quyết định số 1460/QĐ-ĐHKT ngày 30 tháng 6 năm 2026 của Hiệu trưởng Trường Đại học Kinh tế về việc '
          'thành lập Hội đồng tự đánh giá chương trình đào tạo,',
          'Trường Đại học Kinh tế xây dựng Kế hoạch tự đánh giá và đánh giá ngoài 04 chương trình đào tạo trình độ đại '
          'học (Kinh tế phát triển, Thống kê kinh tế, Quản trị nhân lực, Thương mại điện tử) như sau:']:
    P.p(esc(s))

P.heading('I. MỤC ĐÍCH, YÊU CẦU')
P.p(esc('- Đánh giá thực trạng chất lượng 04 chương trình đào tạo theo 11 tiêu chuẩn, 50 tiêu chí của Bộ Giáo dục '
        'và Đào tạo; xác định điểm mạnh, tồn tại và kế hoạch cải tiến chất lượng.'))
P.p(esc('- 100% chương trình đào tạo được đánh giá ngoài đạt tiêu chuẩn chất lượng trong năm học 2026 - 2027; báo '
        'cáo tự đánh giá bảo đảm trung thực, có minh chứng đầy đủ.'))

P.heading('II. NỘI DUNG THỰC HIỆN')
P.p(esc('Nhà trường giao nhiệm vụ cho các đơn vị như sau (lộ trình chi tiết tại Phụ lục kèm theo):'))

BODY = [
    ('Thành lập các nhóm công tác chuyên trách cho từng chương trình đào tạo; phân công thành viên phụ trách từng '
     'tiêu chuẩn, tiêu chí.', 'Chủ trì: Phòng Khảo thí và Đảm bảo chất lượng; phối hợp: Phòng Tổ chức - Hành chính; '
     'thời gian: tháng 9/2026.', ['Phòng Khảo thí và Đảm bảo chất lượng'], ['Phòng Tổ chức - Hành chính'],
     tf('tháng 9/2026', '2026-09-01', '2026-09-30'), None),
    ('Thu thập, mã hóa minh chứng; khảo sát ý kiến người học, cựu người học, nhà tuyển dụng về chương trình đào tạo.',
     'Chủ trì: Khoa Kinh tế, Khoa Thống kê - Tin học, Khoa Quản trị kinh doanh, Khoa Thương mại điện tử; phối hợp: '
     'Phòng Công tác sinh viên, Trung tâm Hỗ trợ sinh viên và Quan hệ doanh nghiệp; thời gian: tháng 10 - 12/2026.',
     ['Khoa Kinh tế', 'Khoa Thống kê - Tin học', 'Khoa Quản trị kinh doanh', 'Khoa Thương mại điện tử'],
     ['Phòng Công tác sinh viên', 'Trung tâm Hỗ trợ sinh viên và Quan hệ doanh nghiệp'],
     tf('tháng 10 - 12/2026', '2026-10-01', '2026-12-31'), 'four leading faculties, separated by ", "'),
    ('Viết báo cáo tự đánh giá, tổ chức hội thảo góp ý và hoàn thiện báo cáo theo hướng dẫn của Cục Quản lý chất lượng.',
     'Chủ trì: Hội đồng tự đánh giá; phối hợp: các khoa có chương trình đào tạo được đánh giá; thời gian: hoàn thành '
     'trước ngày 28/02/2027.', ['Hội đồng tự đánh giá'], ['các khoa có chương trình đào tạo được đánh giá'],
     tf('hoàn thành trước ngày 28/02/2027', None, '2027-02-28'), None),
    ('Bảo đảm kinh phí, cơ sở vật chất, phòng làm việc cho đoàn đánh giá ngoài; ký hợp đồng với tổ chức kiểm định chất '
     'lượng giáo dục.', 'Chủ trì: Phòng Kế hoạch - Tài chính; phối hợp: Phòng Cơ sở vật chất; thời gian: theo tiến độ '
     'của tổ chức kiểm định.', ['Phòng Kế hoạch - Tài chính'], ['Phòng Cơ sở vật chất'],
     tf('theo tiến độ của tổ chức kiểm định'), None),
    ('Xây dựng và theo dõi kế hoạch cải tiến chất lượng sau đánh giá ngoài, báo cáo Đại học Đà Nẵng kết quả khắc phục.',
     'Chủ trì: Phòng Khảo thí và Đảm bảo chất lượng; phối hợp: các khoa, phòng liên quan; thời gian: định kỳ 6 tháng.',
     ['Phòng Khảo thí và Đảm bảo chất lượng'], ['các khoa, phòng liên quan'], tf('định kỳ 6 tháng'), None),
]
for n, (text, line, lead, sup, tfm, note) in enumerate(BODY, 1):
    P.ol([esc(text)], start=n)          # automatic numbering "1." "2." ...: the label is not in the text
    P.p(i('(' + line + ')'), 'i')
    P.task('body', text, lead=lead, support=sup, timeframe=tfm, note=note)

P.heading('III. TỔ CHỨC THỰC HIỆN')
t = 'Phó Hiệu trưởng phụ trách công tác bảo đảm chất lượng trực tiếp chỉ đạo việc triển khai Kế hoạch.'
P.p(esc('1. ' + t))
P.task('body', t, lead=['Phó Hiệu trưởng phụ trách công tác bảo đảm chất lượng'],
       note='the lead is a post (a person), not a unit; the subject of the sentence')
t = ('Trưởng các đơn vị có liên quan chịu trách nhiệm trước Hiệu trưởng về tiến độ và chất lượng các công việc được '
     'giao; gửi báo cáo tiến độ về Phòng Khảo thí và Đảm bảo chất lượng vào thứ Sáu tuần cuối mỗi tháng.')
P.p(esc('2. ' + t))
P.task('body', t, lead=['Trưởng các đơn vị có liên quan'], timeframe=tf('vào thứ Sáu tuần cuối mỗi tháng'),
       note='recurring monthly reporting day: no dates')
P.p(esc('Trong quá trình triển khai, nếu có vướng mắc, các đơn vị phản ánh về Phòng Khảo thí và Đảm bảo chất lượng để '
        'tổng hợp, báo cáo Hiệu trưởng xem xét, quyết định./.'))

left = (pp('<b><i>Nơi nhận:</i></b>', 'l') + ''.join(pp(esc(x), 'l', 'font-size:11pt') for x in [
    '- ĐHĐN (để b/c);', '- Hiệu trưởng (để b/c);', '- Các Phó Hiệu trưởng;', '- Hội đồng tự đánh giá;',
    '- Các đơn vị trong Trường;', '- Lưu: VT, KT&ĐBCL.']))
right = pp(b('KT. HIỆU TRƯỞNG')) + pp(b('PHÓ HIỆU TRƯỞNG')) + pp('') * 4 + pp(b('PGS.TS. Trần Minh Khôi'))
P.table([], [[{'h': left}, {'h': right, 'al': 'c'}]], [50, 50], border=False)

# ---------------- Phụ lục ----------------
P.page_break()
P.p(b('PHỤ LỤC'), 'c')
P.p(b('LỘ TRÌNH TỰ ĐÁNH GIÁ VÀ ĐÁNH GIÁ NGOÀI CHƯƠNG TRÌNH ĐÀO TẠO NĂM HỌC 2026 - 2027'), 'c')
P.p(i('(Kèm theo Kế hoạch số 1825/KH-ĐHKT ngày 20/8/2026 của Trường Đại học Kinh tế)'), 'c', 'margin-bottom: 8pt')

KT = 'Phòng Khảo thí và Đảm bảo chất lượng'
HD = 'Hội đồng tự đánh giá'
CK = 'Các khoa quản lý chương trình đào tạo'
rows = []


def group(title):
    rows.append([{'h': b(title), 'cs': 6}])


def row(n, text, lead_cell, sup_cell, time_cell, out_cell, lead, support, timeframe, note=None):
    rows.append([{'h': esc(str(n)), 'al': 'c'}, {'h': esc(text)}, {'h': esc(lead_cell)}, {'h': esc(sup_cell)},
                 {'h': esc(time_cell), 'al': 'c'}, {'h': esc(out_cell)}])
    P.task('appendix', text, lead=lead, support=support, timeframe=timeframe, output=out_cell or None, note=note)


group('Giai đoạn 1: Chuẩn bị (tháng 9/2026)')
row(1, 'Tổ chức hội nghị triển khai Kế hoạch, tập huấn nghiệp vụ tự đánh giá cho thành viên Hội đồng và các nhóm công tác',
    KT, 'Phòng Tổ chức - Hành chính', '08/9/2026 - 12/9/2026', 'Hội nghị; 02 buổi tập huấn', [KT],
    ['Phòng Tổ chức - Hành chính'], tf('08/9/2026 - 12/9/2026', '2026-09-08', '2026-09-12'))
row(2, 'Xây dựng đề cương báo cáo tự đánh giá và kế hoạch thu thập minh chứng cho từng chương trình đào tạo',
    'Nhóm công tác chuyên trách', KT, 'Trước 30/9/2026', 'Đề cương báo cáo', ['Nhóm công tác chuyên trách'], [KT],
    tf('Trước 30/9/2026', None, '2026-09-30'))
group('Giai đoạn 2: Tự đánh giá (tháng 10/2026 - tháng 02/2027)')
row(3, 'Khảo sát ý kiến người học, giảng viên, cựu người học và nhà tuyển dụng bằng phiếu trực tuyến',
    'Trung tâm Hỗ trợ sinh viên và Quan hệ doanh nghiệp', KT + '; ' + CK, 'Tháng 10 - 11/2026',
    'Báo cáo kết quả khảo sát', ['Trung tâm Hỗ trợ sinh viên và Quan hệ doanh nghiệp'], [KT, CK],
    tf('Tháng 10 - 11/2026', '2026-10-01', '2026-11-30'))
row(4, 'Thu thập, phân tích, mã hóa minh chứng theo 11 tiêu chuẩn; số hóa hồ sơ minh chứng trên phần mềm quản lý kiểm định',
    CK, KT + ', Phòng Đào tạo, Thư viện', 'Tháng 10 - 12/2026', 'Kho minh chứng điện tử', [CK], [KT, 'Phòng Đào tạo', 'Thư viện'],
    tf('Tháng 10 - 12/2026', '2026-10-01', '2026-12-31'))
row(5, 'Viết, hoàn thiện báo cáo tự đánh giá 04 chương trình đào tạo; tổ chức hội thảo lấy ý kiến góp ý',
    HD, CK, 'Tháng 01 - 02/2027', '04 báo cáo tự đánh giá', [HD], [CK], tf('Tháng 01 - 02/2027', '2027-01-01', '2027-02-28'))
row(6, 'Công bố báo cáo tự đánh giá trong nội bộ Trường và trên trang thông tin điện tử',
    KT, 'Phòng Truyền thông', 'Trước 15/3/2027', 'Thông báo công khai', [KT], ['Phòng Truyền thông'],
    tf('Trước 15/3/2027', None, '2027-03-15'))
group('Giai đoạn 3: Đánh giá ngoài và cải tiến (tháng 3 - tháng 8/2027)')
row(7, 'Đăng ký đánh giá ngoài, ký hợp đồng với tổ chức kiểm định chất lượng giáo dục',
    'Phòng Kế hoạch - Tài chính', KT, 'Tháng 3/2027', 'Hợp đồng đánh giá ngoài', ['Phòng Kế hoạch - Tài chính'], [KT],
    tf('Tháng 3/2027', '2027-03-01', '2027-03-31'))
row(8, 'Phối hợp với đoàn đánh giá ngoài khảo sát chính thức tại Trường; giải trình, bổ sung minh chứng theo yêu cầu',
    'Ban Giám hiệu\nHội đồng tự đánh giá', 'Các đơn vị trong Trường', 'Theo lịch của tổ chức kiểm định',
    'Biên bản làm việc', ['Ban Giám hiệu', 'Hội đồng tự đánh giá'], ['Các đơn vị trong Trường'],
    tf('Theo lịch của tổ chức kiểm định'), note='lead cell: two bodies on two lines')
row(9, 'Xây dựng kế hoạch khắc phục các khuyến nghị của đoàn đánh giá ngoài, gửi Đại học Đà Nẵng',
    KT, CK, 'Sau 30 ngày kể từ khi nhận báo cáo đánh giá ngoài', 'Kế hoạch cải tiến chất lượng', [KT], [CK],
    tf('Sau 30 ngày kể từ khi nhận báo cáo đánh giá ngoài'), note='relative to an event of unknown date: no dates')

P.table([[b('TT'), b('Nội dung công việc'), b('Đơn vị chủ trì'), b('Đơn vị phối hợp'), b('Thời gian'), b('Sản phẩm')]],
        rows, [5, 38, 16, 17, 12, 12], font=12)

P.save(WRITTEN_BY)
