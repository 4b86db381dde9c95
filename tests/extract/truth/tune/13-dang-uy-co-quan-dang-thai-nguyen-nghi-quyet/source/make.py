"""13 — Đảng ủy các cơ quan Đảng tỉnh Thái Nguyên, Số 31-KH/ĐU, 20/10/2025: học tập, quán triệt Nghị quyết."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from htmlplan import Plan, esc, b, i, tf, pp, WRITTEN_BY

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = Plan(HERE, '31-KH-DU_Hoc_tap_Nghi_quyet_Dai_hoi_XXI')
NQ = 'Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI'

P.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': '31', 'symbol': 'KH/ĐU', 'issuer': 'ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH',
    'parent_issuer': 'ĐẢNG BỘ TỈNH THÁI NGUYÊN', 'place': 'Thái Nguyên', 'date': '2025-10-20',
    'title': 'học tập, quán triệt, tuyên truyền và triển khai thực hiện ' + NQ + ', nhiệm kỳ 2025 - 2030',
    'signer': {'authority': 'T/M BAN THƯỜNG VỤ', 'deputy': None, 'position': 'PHÓ BÍ THƯ THƯỜNG TRỰC',
               'name': 'Ma Thị Nguyệt'},
}

P.table([], [[
    {'h': pp(esc('ĐẢNG BỘ TỈNH THÁI NGUYÊN')) + pp(b('ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH')) + pp(esc('*'))
          + pp(esc('Số 31-KH/ĐU'))},
    {'h': pp('<b><u>%s</u></b>' % esc('ĐẢNG CỘNG SẢN VIỆT NAM')) + pp('')
          + pp(i('Thái Nguyên, ngày 20 tháng 10 năm 2025'), 'r')}]], [45, 55], border=False, font=13)

P.p(b('KẾ HOẠCH'), 'c', 'margin-top: 18pt')
P.p(b('học tập, quán triệt, tuyên truyền và triển khai thực hiện'), 'c')
P.p(b(NQ + ', nhiệm kỳ 2025 - 2030'), 'c')
P.p(esc('-----'), 'c', 'margin-bottom: 12pt')

P.p(esc('Thực hiện Hướng dẫn số 12-HD/BTGDVTU, ngày 15/10/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về học tập, '
        'quán triệt, tuyên truyền ' + NQ + ', Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh xây dựng Kế hoạch '
        'thực hiện như sau:'))

P.heading('I. MỤC ĐÍCH, YÊU CẦU')
P.p(esc('1. Giúp cán bộ, đảng viên nắm vững, hiểu sâu những nội dung cơ bản của Nghị quyết; tạo sự thống nhất '
        'cao về nhận thức và hành động trong toàn Đảng bộ.'))
P.p(esc('2. Việc học tập, quán triệt phải được tiến hành nghiêm túc, thiết thực, gắn với xây dựng chương trình '
        'hành động của từng chi bộ, đảng bộ cơ sở; phấn đấu 100% cán bộ, đảng viên được học tập.'))

P.heading('II. NỘI DUNG, HÌNH THỨC, THỜI GIAN')
P.p(esc('1. Nội dung: Báo cáo chính trị, Báo cáo kiểm điểm của Ban Chấp hành Đảng bộ tỉnh khóa XX và ' + NQ + '; '
        'các chương trình đột phá của nhiệm kỳ 2025 - 2030.'))
P.p(esc('2. Hình thức, thời gian: hội nghị trực tiếp kết hợp trực tuyến đến các điểm cầu; lịch tổ chức, cơ quan '
        'tham mưu, chủ trì, phối hợp theo Phụ lục kèm theo.'))

P.heading('III. TỔ CHỨC THỰC HIỆN')
duties = [
    ('Ban Tuyên giáo và Dân vận Đảng ủy', [
        ('Chủ trì, phối hợp với Văn phòng Đảng ủy chuẩn bị tài liệu, báo cáo viên và các điều kiện tổ chức hội nghị '
         'học tập, quán triệt Nghị quyết.', ['Văn phòng Đảng ủy'], None),
        ('Theo dõi, nắm bắt tình hình tư tưởng của cán bộ, đảng viên trong quá trình triển khai; định kỳ 6 tháng báo '
         'cáo Ban Thường vụ Đảng ủy.', [], tf('định kỳ 6 tháng'))]),
    ('Văn phòng Đảng ủy', [
        ('Bảo đảm kinh phí, cơ sở vật chất, đường truyền cho hội nghị trực tuyến; tổng hợp kết quả học tập, quán '
         'triệt, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 15/01/2026.', [], tf('trước ngày 15/01/2026', None, '2026-01-15'))]),
    ('Ủy ban Kiểm tra Đảng ủy', [
        ('Kiểm tra, giám sát việc học tập, quán triệt và xây dựng chương trình hành động của các chi bộ, đảng bộ cơ '
         'sở trực thuộc.', [], None)]),
    ('Các chi bộ, đảng bộ cơ sở trực thuộc', [
        ('Căn cứ Kế hoạch này, xây dựng kế hoạch tổ chức học tập, quán triệt phù hợp với tình hình thực tế của đơn '
         'vị; báo cáo kết quả về Đảng ủy các cơ quan Đảng tỉnh (qua Ban Tuyên giáo và Dân vận) trước ngày 05/01/2026.',
         [], tf('trước ngày 05/01/2026', None, '2026-01-05'))]),
]
# the unit sub-headings 1.-4. are ONE automatically numbered list, continued across the dash items
for k, (unit, items) in enumerate(duties, 1):
    P.ol([b(unit)], '1', start=k if k > 1 else None)
    for text, sup, time in items:
        P.p(esc('- ' + text))
        P.task('body', text, lead=[unit], support=sup, timeframe=time)
P.p(esc('Kế hoạch này được phổ biến đến chi bộ, đảng bộ cơ sở và cán bộ, đảng viên trong Đảng bộ.'))

left = pp(esc('Nơi nhận:'), 'l', 'text-decoration: underline') + ''.join(pp(esc(x), 'l', 'font-size:11pt') for x in [
    '- Ban Thường vụ Tỉnh ủy (b/c),', '- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c),',
    '- Các đồng chí Ủy viên BCH Đảng bộ,', '- Các chi bộ, đảng bộ cơ sở trực thuộc,', '- Lưu Văn phòng Đảng ủy.'])
right = pp(b('T/M BAN THƯỜNG VỤ')) + pp(b('PHÓ BÍ THƯ THƯỜNG TRỰC')) + pp('') * 4 + pp(b('Ma Thị Nguyệt'))
P.table([], [[{'h': left}, {'h': right}]], [50, 50], border=False)

# ---------------- Phụ lục ----------------
P.page_break()
P.p(b('PHỤ LỤC'), 'c')
P.p(b('LỊCH TỔ CHỨC HỌC TẬP, QUÁN TRIỆT VÀ TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT'), 'c')
P.p(i('(Kèm theo Kế hoạch số 31-KH/ĐU, ngày 20/10/2025 của Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh)'), 'c',
    'margin-bottom: 8pt')
head = [[b('TT'), b('Nội dung công việc'), b('Đối tượng tham gia'), b('Thời gian'), b('Cơ quan tham mưu, chủ trì'),
         b('Cơ quan phối hợp'), b('Ghi chú')]]
rows = []
TG = 'Ban Tuyên giáo và Dân vận Đảng ủy'
CB = 'Các chi bộ, đảng bộ cơ sở trực thuộc'
VP = 'Văn phòng Đảng ủy'


def group(n, title):
    rows.append([{'h': b(n), 'al': 'c'}, {'h': b(title), 'cs': 6}])


def row(n, text, who, time_cell, lead_cell, sup_cell, note_cell, lead, support, timeframe, lead_rs=1, note=None):
    r = [{'h': esc(str(n)), 'al': 'c'}, {'h': esc(text)}, {'h': esc(who)}, {'h': esc(time_cell), 'al': 'c'}]
    if lead_cell is not None:
        r.append({'h': esc(lead_cell), 'rs': lead_rs})
    r += [{'h': esc(sup_cell)}, {'h': esc(note_cell)}]
    rows.append(r)
    P.task('appendix', text, lead=lead, support=support, timeframe=timeframe, output=None, note=note)


group('A', 'HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT')
row(1, 'Hội nghị học tập, quán triệt ' + NQ + ' cho cán bộ chủ chốt',
    'Ủy viên Ban Chấp hành Đảng bộ; bí thư, phó bí thư các chi bộ, đảng bộ cơ sở', 'Tháng 11/2025', TG,
    'Văn phòng Đảng ủy; Trường Chính trị tỉnh', 'Trực tiếp kết hợp trực tuyến', [TG],
    ['Văn phòng Đảng ủy', 'Trường Chính trị tỉnh'], tf('Tháng 11/2025', '2025-11-01', '2025-11-30'))
row(2, 'Tổ chức học tập, quán triệt Nghị quyết cho đảng viên tại các chi bộ, đảng bộ cơ sở', 'Toàn thể cán bộ, đảng viên',
    'Trước ngày 30/12/2025', CB, TG, '', [CB], [TG], tf('Trước ngày 30/12/2025', None, '2025-12-30'), lead_rs=2,
    note='lead cell merged vertically over rows 2-3')
row(3, 'Tổ chức viết thu hoạch cá nhân sau học tập Nghị quyết', 'Cán bộ, đảng viên', 'Tháng 11 - 12/2025', None, '',
    'Lưu tại chi bộ', [CB], [], tf('Tháng 11 - 12/2025', '2025-11-01', '2025-12-31'))
group('B', 'XÂY DỰNG VÀ TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG')
row(4, 'Xây dựng Chương trình hành động thực hiện ' + NQ + ' của Đảng ủy các cơ quan Đảng tỉnh',
    'Ban Thường vụ Đảng ủy', 'Hoàn thành trong tháng 12/2025', VP,
    'Ban Tổ chức Đảng ủy, Ban Tuyên giáo và Dân vận Đảng ủy', '', [VP], ['Ban Tổ chức Đảng ủy', TG],
    tf('Hoàn thành trong tháng 12/2025', '2025-12-01', '2025-12-31'),
    note='"hoàn thành trong tháng 12/2025" read as the month (start 12-01); an end-only reading would also be defensible')
row(5, 'Cụ thể hóa Nghị quyết thành chương trình, kế hoạch công tác năm 2026 của từng chi bộ, đảng bộ cơ sở',
    'Cấp ủy cơ sở', 'Quý I/2026', CB, VP, '', [CB], [VP], tf('Quý I/2026', '2026-01-01', '2026-03-31'), lead_rs=2,
    note='lead cell merged vertically over rows 5-6')
row(6, 'Đăng ký và thực hiện nội dung “làm theo” gắn với Nghị quyết đến từng cán bộ, đảng viên', 'Cán bộ, đảng viên',
    'Năm 2026', None, 'Ban Tổ chức Đảng ủy', '', [CB], ['Ban Tổ chức Đảng ủy'], tf('Năm 2026', '2026-01-01', '2026-12-31'))
group('C', 'TUYÊN TRUYỀN, KIỂM TRA, GIÁM SÁT')
row(7, 'Mở chuyên mục tuyên truyền kết quả thực hiện Nghị quyết trên Trang thông tin điện tử Đảng ủy',
    'Cán bộ, đảng viên và Nhân dân', 'Thường xuyên', TG, 'Báo và Phát thanh, Truyền hình Thái Nguyên', '', [TG],
    ['Báo và Phát thanh, Truyền hình Thái Nguyên'], tf('Thường xuyên'),
    note='"Báo và Phát thanh, Truyền hình Thái Nguyên" is ONE body (the merged provincial newspaper and broadcaster)')
row(8, 'Đưa nội dung học tập, quán triệt Nghị quyết vào chương trình kiểm tra, giám sát năm 2026',
    'Các chi bộ, đảng bộ cơ sở', 'Năm 2026', 'Ủy ban Kiểm tra Đảng ủy', 'Ban Tổ chức Đảng ủy', '',
    ['Ủy ban Kiểm tra Đảng ủy'], ['Ban Tổ chức Đảng ủy'], tf('Năm 2026', '2026-01-01', '2026-12-31'))
row(9, 'Hướng dẫn đoàn viên thanh niên thi tìm hiểu Nghị quyết trên mạng xã hội', 'Đoàn viên thanh niên', 'Quý II/2026',
    'Đoàn Thanh niên Khối', TG + '; Công đoàn Viên chức tỉnh', '', ['Đoàn Thanh niên Khối'],
    [TG, 'Công đoàn Viên chức tỉnh'], tf('Quý II/2026', '2026-04-01', '2026-06-30'))
row(10, 'Sơ kết 01 năm thực hiện Nghị quyết, báo cáo Ban Thường vụ Tỉnh ủy', '', 'Tháng 12/2026', VP, 'Các ban Đảng ủy',
    '', [VP], ['Các ban Đảng ủy'], tf('Tháng 12/2026', '2026-12-01', '2026-12-31'))
P.table(head, rows, [5, 30, 17, 11, 14, 15, 8], font=11)

P.save(WRITTEN_BY)
