"""26 — Sở Văn hóa, Thể thao và Du lịch tỉnh Hưng Yên, Kế hoạch 38/KH-SVHTTDL ngày 23/01/2026 thực hiện Kế hoạch
15/KH-UBND của UBND tỉnh về phát triển du lịch năm 2026.  A department's answering plan with TWO appendices on
landscape pages: Phụ lục I the task table (Roman group rows), Phụ lục II a table of targets (Chỉ tiêu | Năm 2025 |
Năm 2026 | Đơn vị chủ trì) whose rows are NOT tasks."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from htmlplan import Plan, esc, b, i, tf, pp, WRITTEN_BY_DATA5 as WRITTEN_BY
from h5 import header, title, paras, signature, check_pdf

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = Plan(HERE, '38-KH-SVHTTDL_Phat_trien_du_lich_2026')
TITLE = ['Thực hiện Kế hoạch số 15/KH-UBND ngày 12/01/2026 của UBND tỉnh',
         'về phát triển du lịch tỉnh Hưng Yên năm 2026']
P.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': '38', 'symbol': 'KH-SVHTTDL', 'issuer': 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
    'parent_issuer': 'UBND TỈNH HƯNG YÊN', 'place': 'Hưng Yên', 'date': '2026-01-23', 'title': ' '.join(TITLE),
    'signer': {'authority': None, 'deputy': None, 'position': 'GIÁM ĐỐC', 'name': 'Đỗ Thị Thanh Huyền'},
}
header(P, ['UBND TỈNH HƯNG YÊN', 'SỞ VĂN HÓA, THỂ THAO', 'VÀ DU LỊCH'], 'Số: 38/KH-SVHTTDL', '–––––––––––––',
       'Hưng Yên, ngày 23 tháng 01 năm 2026')
title(P, TITLE)
paras(P, ['Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;',
          'Căn cứ Kế hoạch số 15/KH-UBND ngày 12/01/2026 của UBND tỉnh về phát triển du lịch tỉnh Hưng Yên năm 2026;',
          'Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch thực hiện như sau:'])

P.heading('I. MỤC ĐÍCH, YÊU CẦU')
paras(P, ['1. Cụ thể hóa các nhiệm vụ UBND tỉnh giao cho Sở tại Kế hoạch số 15/KH-UBND; phân công rõ phòng, đơn vị '
          'chủ trì, phối hợp, thời gian hoàn thành và sản phẩm của từng nhiệm vụ.',
          '2. Phấn đấu hoàn thành các chỉ tiêu phát triển du lịch năm 2026 được UBND tỉnh giao; gắn phát triển du lịch '
          'với bảo tồn, phát huy giá trị di sản văn hóa của tỉnh.'])
P.heading('II. NHIỆM VỤ VÀ CHỈ TIÊU')
paras(P, ['1. Các nhiệm vụ cụ thể, đơn vị chủ trì, phối hợp và thời gian thực hiện tại Phụ lục I kèm theo Kế hoạch này.',
          '2. Các chỉ tiêu phát triển du lịch năm 2026 và đơn vị chủ trì theo dõi tại Phụ lục II kèm theo Kế hoạch này.'])

P.heading('III. TỔ CHỨC THỰC HIỆN')
VPS = 'Văn phòng Sở'
QLDL = 'Phòng Quản lý du lịch'
t = ('Trưởng các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao tại Phụ lục I, xây dựng kế hoạch chi tiết và tổ '
     'chức thực hiện; báo cáo kết quả về Phòng Quản lý du lịch trước ngày 15 tháng 6 và ngày 15 tháng 11 năm 2026.')
P.p(esc('1. ' + t))
P.task('body', t, lead=['Trưởng các phòng, đơn vị thuộc Sở'],
       timeframe=tf('trước ngày 15 tháng 6 và ngày 15 tháng 11 năm 2026', None, '2026-11-15'),
       note='two reporting deadlines; end = the later one')
t = ('Phòng Quản lý du lịch theo dõi các chỉ tiêu tại Phụ lục II, tổng hợp kết quả thực hiện Kế hoạch, tham mưu Giám '
     'đốc Sở báo cáo UBND tỉnh theo quy định.')
P.p(esc('2. ' + t))
P.task('body', t, lead=[QLDL])
t = ('Văn phòng Sở bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2026 được giao, phối hợp với Phòng '
     'Quản lý du lịch hướng dẫn thanh quyết toán theo quy định.')
P.p(esc('3. ' + t))
P.task('body', t, lead=[VPS], support=[QLDL])
P.p(esc('Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị kịp thời báo cáo Giám đốc Sở (qua '
        'Phòng Quản lý du lịch) để xem xét, giải quyết./.'))
signature(P, ['- UBND tỉnh (b/c);', '- Giám đốc, các PGĐ Sở;', '- Các phòng, đơn vị thuộc Sở;', '- Lưu: VT, QLDL.'],
          ['GIÁM ĐỐC'], 'Đỗ Thị Thanh Huyền')

# ---------------- Phụ lục I (landscape) ----------------
P.landscape()
P.p(b('PHỤ LỤC I'), 'c')
P.p(b('NHIỆM VỤ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN DU LỊCH NĂM 2026'), 'c')
P.p(i('(Kèm theo Kế hoạch số 38/KH-SVHTTDL ngày 23/01/2026 của Sở Văn hóa, Thể thao và Du lịch)'), 'c',
    'margin-bottom: 8pt')
head = [[{'h': b(x), 'al': 'c'} for x in ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành',
                                        'Sản phẩm']]]
rows = []
TT = 'Trung tâm Thông tin và Xúc tiến du lịch'
DS = 'Phòng Quản lý di sản văn hóa'
NV = 'Phòng Nghiệp vụ văn hóa và gia đình'
BT = 'Bảo tàng tỉnh'


def group(n, t):
    rows.append([{'h': b(n), 'al': 'c'}, {'h': b(t), 'cs': 5}])


def row(n, text, lead_cell, sup_cell, time_cell, out_cell, lead, support, timeframe, note=None):
    rows.append([{'h': esc(n), 'al': 'c'}, {'h': esc(text)}, {'h': esc(lead_cell)}, {'h': esc(sup_cell)},
                 {'h': esc(time_cell), 'al': 'c'}, {'h': esc(out_cell)}])
    P.task('appendix', text, lead=lead, support=support, timeframe=timeframe, output=out_cell or None, note=note)


group('I', 'PHÁT TRIỂN SẢN PHẨM DU LỊCH')
row('1', 'Xây dựng và đưa vào khai thác tuyến du lịch “Về miền di sản Phố Hiến” kết nối các di tích quốc gia đặc biệt',
    QLDL, DS + '; UBND các xã, phường có di tích', 'Quý II/2026', 'Tuyến du lịch được công bố',
    [QLDL], [DS, 'UBND các xã, phường có di tích'], tf('Quý II/2026', '2026-04-01', '2026-06-30'),
    note='a quoted name in typographic quotes inside the text')
row('2', 'Hướng dẫn các hợp tác xã, hộ kinh doanh phát triển sản phẩm du lịch nông nghiệp, làng nghề gắn với chương '
    'trình OCOP', QLDL, 'Sở Nông nghiệp và Môi trường', 'Năm 2026', 'Ít nhất 05 điểm du lịch nông nghiệp, làng nghề',
    [QLDL], ['Sở Nông nghiệp và Môi trường'], tf('Năm 2026', '2026-01-01', '2026-12-31'))
row('3', 'Trưng bày chuyên đề “Gốm sứ và đồ đồng Phố Hiến thế kỷ XVII - XVIII” phục vụ khách tham quan',
    BT, DS, 'Tháng 9/2026', 'Trưng bày chuyên đề', [BT], [DS], tf('Tháng 9/2026', '2026-09-01', '2026-09-30'))
group('II', 'XÚC TIẾN, QUẢNG BÁ DU LỊCH')
row('4', 'Tổ chức đoàn famtrip cho các doanh nghiệp lữ hành, cơ quan báo chí khảo sát sản phẩm du lịch của tỉnh',
    TT, QLDL + '; Hiệp hội Du lịch tỉnh', 'Quý III/2026', 'Báo cáo kết quả khảo sát',
    [TT], [QLDL, 'Hiệp hội Du lịch tỉnh'], tf('Quý III/2026', '2026-07-01', '2026-09-30'))
row('5', 'Tham gia Hội chợ Du lịch quốc tế VITM Hà Nội năm 2026 và Hội chợ Du lịch quốc tế Thành phố Hồ Chí Minh',
    TT, QLDL, 'Tháng 4/2026 và tháng 9/2026', 'Gian hàng du lịch Hưng Yên',
    [TT], [QLDL], tf('Tháng 4/2026 và tháng 9/2026', '2026-04-01', '2026-09-30'),
    note='two months; span from the first to the end of the second')
row('6', 'Cập nhật dữ liệu điểm đến, cơ sở lưu trú, dịch vụ du lịch lên ứng dụng du lịch thông minh Hưng Yên Tourism',
    TT, 'Các cơ sở kinh doanh dịch vụ du lịch', 'Thường xuyên', 'Dữ liệu được cập nhật',
    [TT], ['Các cơ sở kinh doanh dịch vụ du lịch'], tf('Thường xuyên'))
group('III', 'QUẢN LÝ NHÀ NƯỚC VỀ DU LỊCH')
row('7', 'Kiểm tra việc chấp hành pháp luật về du lịch tại các cơ sở lưu trú, khu, điểm du lịch',
    QLDL, 'Thanh tra tỉnh\nCông an tỉnh', 'Quý II - Quý III/2026', 'Kết luận kiểm tra',
    [QLDL], ['Thanh tra tỉnh', 'Công an tỉnh'], tf('Quý II - Quý III/2026', '2026-04-01', '2026-09-30'),
    note='support cell: two units on two lines')
row('8', 'Thẩm định hồ sơ công nhận điểm du lịch, hạng cơ sở lưu trú du lịch theo thẩm quyền',
    QLDL, '', 'Theo đề nghị của tổ chức, cá nhân', 'Quyết định công nhận',
    [QLDL], [], tf('Theo đề nghị của tổ chức, cá nhân'), note='empty support cell; time on request, no dates')
row('9', 'Tổ chức lớp bồi dưỡng nghiệp vụ cho hướng dẫn viên tại điểm và người làm du lịch cộng đồng',
    QLDL, 'Trường Cao đẳng Văn hóa, Thể thao và Du lịch tỉnh', 'Trước ngày 31/7/2026', '02 lớp bồi dưỡng',
    [QLDL], ['Trường Cao đẳng Văn hóa, Thể thao và Du lịch tỉnh'], tf('Trước ngày 31/7/2026', None, '2026-07-31'),
    note='one support unit with commas in its name')
row('10', 'Điều tra, thống kê khách du lịch và doanh thu du lịch theo quý; báo cáo các chỉ tiêu tại Phụ lục II',
    QLDL, VPS + '; ' + TT, 'Hằng quý', 'Báo cáo thống kê du lịch',
    [QLDL], [VPS, TT], tf('Hằng quý'))
P.table(head, rows, [4, 40, 14, 16, 12, 14], px=960)

# ---------------- Phụ lục II: targets, not tasks ----------------
P.page_break()
P.p(b('PHỤ LỤC II'), 'c')
P.p(b('CÁC CHỈ TIÊU PHÁT TRIỂN DU LỊCH NĂM 2026'), 'c')
P.p(i('(Kèm theo Kế hoạch số 38/KH-SVHTTDL ngày 23/01/2026 của Sở Văn hóa, Thể thao và Du lịch)'), 'c',
    'margin-bottom: 8pt')
head2 = [[{'h': b(x), 'al': 'c'} for x in ['TT', 'Chỉ tiêu', 'Năm 2025 (ước thực hiện)', 'Năm 2026 (kế hoạch)',
                                         'Đơn vị chủ trì']]]
rows2 = []
for n, (c, a, k, u) in enumerate([
        ('Tổng lượt khách du lịch', '3,85 triệu lượt', '4,2 triệu lượt', QLDL),
        ('Trong đó: khách quốc tế', '52.000 lượt', '60.000 lượt', QLDL),
        ('Tổng thu từ khách du lịch', '2.950 tỷ đồng', '3.300 tỷ đồng', QLDL),
        ('Số cơ sở lưu trú du lịch được xếp hạng', '41 cơ sở', '46 cơ sở', QLDL),
        ('Số lượt khách tham quan Bảo tàng tỉnh và các di tích', '410.000 lượt', '450.000 lượt', BT + '; ' + DS),
        ('Số tin, bài quảng bá du lịch trên các nền tảng số', '1.200 tin, bài', '1.500 tin, bài', TT)], 1):
    rows2.append([{'h': esc(str(n)), 'al': 'c'}, {'h': esc(c)}, {'h': esc(a), 'al': 'c'}, {'h': esc(k), 'al': 'c'},
                  {'h': esc(u)}])
P.table(head2, rows2, [5, 45, 16, 16, 18], px=960)

P.save(WRITTEN_BY)
check_pdf(P)
