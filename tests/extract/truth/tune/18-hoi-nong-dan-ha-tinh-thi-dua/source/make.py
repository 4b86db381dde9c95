"""18 — Ban Chấp hành Hội Nông dân tỉnh Hà Tĩnh, Kế hoạch số 86-KH/HNDT ngày 12/3/2026: phong trào nông dân thi đua
sản xuất, kinh doanh giỏi và chuyển đổi số trong nông nghiệp năm 2026. Mass organisation header (no national name),
task table in the body with a "Thời gian thực hiện" column."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from htmlplan import Plan, esc, b, i, tf, pp, WRITTEN_BY_DATA3 as WRITTEN_BY

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = Plan(HERE, '86-KH-HNDT_Phong_trao_SXKD_gioi_CDS_2026')

P.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': '86', 'symbol': 'KH/HNDT', 'issuer': 'BCH HỘI NÔNG DÂN TỈNH HÀ TĨNH',
    'parent_issuer': None, 'place': 'Hà Tĩnh', 'date': '2026-03-12',
    'title': ('Thực hiện phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và '
              'giảm nghèo bền vững gắn với chuyển đổi số trong nông nghiệp năm 2026'),
    'signer': {'authority': 'TM. BAN THƯỜNG VỤ', 'deputy': None, 'position': 'CHỦ TỊCH', 'name': 'Phan Đình Thuận'},
}

P.table([], [[
    {'h': pp(b('BCH HỘI NÔNG DÂN TỈNH HÀ TĨNH')) + pp(esc('*')) + pp(esc('Số 86-KH/HNDT'))},
    {'h': pp('<b><u>%s</u></b>' % esc('HỘI NÔNG DÂN VIỆT NAM')) + pp('')
          + pp(i('Hà Tĩnh, ngày 12 tháng 3 năm 2026'), 'r')}]], [42, 58], border=False, font=13)

P.p(b('KẾ HOẠCH'), 'c', 'margin-top: 18pt')
P.p(b('Thực hiện phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau\n'
      'làm giàu và giảm nghèo bền vững gắn với chuyển đổi số trong nông nghiệp năm 2026'), 'c')
P.p(esc('-----'), 'c', 'margin-bottom: 12pt')

for s in ['Thực hiện Chương trình công tác năm 2026 của Trung ương Hội Nông dân Việt Nam; Nghị quyết Hội nghị Ban '
          'Chấp hành Hội Nông dân tỉnh lần thứ 9 (khóa XII) về nhiệm vụ công tác Hội và phong trào nông dân năm 2026,',
          'Ban Thường vụ Hội Nông dân tỉnh xây dựng Kế hoạch thực hiện phong trào nông dân thi đua sản xuất, kinh '
          'doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững gắn với chuyển đổi số trong nông nghiệp '
          'năm 2026 như sau:']:
    P.p(esc(s))

P.heading('I. MỤC ĐÍCH, YÊU CẦU')
P.p(esc('- Phát huy vai trò chủ thể của nông dân trong phát triển kinh tế nông nghiệp, xây dựng nông thôn mới; phấn '
        'đấu năm 2026 có trên 62.000 hộ đăng ký và 38.500 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp.'))
P.p(esc('- Các cấp Hội chủ động phối hợp với các sở, ngành, ngân hàng trong tổ chức thực hiện; việc bình xét, công '
        'nhận hộ sản xuất, kinh doanh giỏi bảo đảm dân chủ, công khai, đúng tiêu chí.'))

P.heading('II. NỘI DUNG, NHIỆM VỤ')
P.p(esc('Các nội dung, nhiệm vụ trọng tâm, đơn vị chủ trì, phối hợp và thời gian thực hiện như sau:'))

BKT = 'Ban Kinh tế - Xã hội'
BTG = 'Ban Tuyên giáo'
BTC = 'Ban Tổ chức - Kiểm tra'
VP = 'Văn phòng Tỉnh Hội'
TT = 'Trung tâm Hỗ trợ nông dân tỉnh'
CS = 'Hội Nông dân các xã, phường'
rows = []


def row(n, text, lead_cell, sup_cell, time_cell, res_cell, lead, support, timeframe, note=None):
    rows.append([{'h': esc(str(n)), 'al': 'c'}, {'h': esc(text)}, {'h': esc(lead_cell)}, {'h': esc(sup_cell)},
                 {'h': esc(time_cell), 'al': 'c'}, {'h': esc(res_cell)}])
    P.task('appendix', text, lead=lead, support=support, timeframe=timeframe, output=res_cell or None, note=note)


row(1, 'Tuyên truyền, phổ biến Kế hoạch, tiêu chí bình xét hộ sản xuất, kinh doanh giỏi các cấp giai đoạn 2023 - 2027 trên Bản tin Nông dân Hà Tĩnh, trang thông tin điện tử và các nhóm Zalo của Hội',
    BTG, CS, 'Thường xuyên', 'Tin, bài, phóng sự', [BTG], [CS], tf('Thường xuyên'))
row(2, 'Hướng dẫn cơ sở Hội tổ chức cho hội viên đăng ký danh hiệu hộ sản xuất, kinh doanh giỏi năm 2026',
    BKT, 'Các ban, đơn vị Tỉnh Hội', 'Tháng 3 - 4/2026', 'Văn bản hướng dẫn; danh sách hộ đăng ký',
    [BKT], ['Các ban, đơn vị Tỉnh Hội'], tf('Tháng 3 - 4/2026', '2026-03-01', '2026-04-30'))
row(3, 'Xây dựng, nhân rộng mô hình tổ hội nghề nghiệp, chi hội nghề nghiệp gắn với chuỗi giá trị sản phẩm OCOP',
    BKT + '; ' + TT, 'Sở Nông nghiệp và Môi trường\nLiên minh Hợp tác xã tỉnh', 'Quý II, III/2026',
    '10 tổ hội nghề nghiệp được thành lập mới', [BKT, TT], ['Sở Nông nghiệp và Môi trường', 'Liên minh Hợp tác xã tỉnh'],
    tf('Quý II, III/2026', '2026-04-01', '2026-09-30'), note='two leads separated by ";"; support on two lines')
row(4, 'Phối hợp Ngân hàng Chính sách xã hội tỉnh, Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Hà Tĩnh tạo điều kiện cho hội viên vay vốn phát triển sản xuất',
    BKT, 'Ngân hàng Chính sách xã hội tỉnh; Agribank chi nhánh Hà Tĩnh; ' + CS, 'Thường xuyên',
    'Dư nợ ủy thác tăng 5% so với năm 2025', [BKT],
    ['Ngân hàng Chính sách xã hội tỉnh', 'Agribank chi nhánh Hà Tĩnh', CS], tf('Thường xuyên'),
    note='the bank is named in full in the task text and abbreviated ("Agribank") in the support cell; kept as the cell has it')
row(5, 'Triển khai Quỹ Hỗ trợ nông dân, giải ngân các dự án vay vốn mới cho tổ, nhóm hội viên',
    TT, CS, 'Quý II/2026 và Quý IV/2026', '25 dự án được giải ngân', [TT], [CS],
    tf('Quý II/2026 và Quý IV/2026', '2026-04-01', '2026-12-31'),
    note='UNSURE: two separate quarters; recorded as the span from the first to the last')
row(6, 'Tập huấn kỹ năng bán hàng trên sàn thương mại điện tử, sử dụng mã QR truy xuất nguồn gốc cho nông dân',
    TT, 'Sở Công Thương; Viễn thông Hà Tĩnh', 'Từ tháng 5 đến tháng 8/2026', '20 lớp, khoảng 1.200 hội viên',
    [TT], ['Sở Công Thương', 'Viễn thông Hà Tĩnh'], tf('Từ tháng 5 đến tháng 8/2026', '2026-05-01', '2026-08-31'))
row(7, 'Tổ chức Hội chợ nông sản, giới thiệu sản phẩm OCOP và sản phẩm của hộ sản xuất, kinh doanh giỏi tiêu biểu',
    BKT, VP + ', ' + TT, 'Dịp kỷ niệm 96 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - 14/10/2026)',
    '01 Hội chợ', [BKT], [VP, TT],
    tf('Dịp kỷ niệm 96 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - 14/10/2026)'),
    note='UNSURE: an occasion, not a date range; no dates recorded (the anniversary is 14/10/2026)')
row(8, 'Bình xét, công nhận hộ sản xuất, kinh doanh giỏi cấp cơ sở năm 2026',
    CS, '', 'Trước ngày 15/10', 'Quyết định công nhận', [CS], [], tf('Trước ngày 15/10', None, '2026-10-15'),
    note='no year: the plan year 2026; support cell empty')
row(9, 'Thẩm định hồ sơ, đề nghị công nhận hộ sản xuất, kinh doanh giỏi cấp tỉnh, cấp Trung ương',
    BKT, BTC + '; Văn phòng', 'Tháng 11/2026', 'Tờ trình, danh sách đề nghị', [BKT], [BTC, 'Văn phòng'],
    tf('Tháng 11/2026', '2026-11-01', '2026-11-30'), note='"Văn phòng" is the Văn phòng Tỉnh Hội, written short')
row(10, 'Kiểm tra, giám sát việc bình xét hộ sản xuất, kinh doanh giỏi và sử dụng nguồn vốn tại 10 xã, phường',
    BTC, BKT, 'Quý IV/2026', 'Thông báo kết quả kiểm tra', [BTC], [BKT], tf('Quý IV/2026', '2026-10-01', '2026-12-31'))
row(11, 'Sơ kết, khen thưởng tập thể, cá nhân tiêu biểu trong phong trào năm 2026',
    VP, 'Các ban, đơn vị Tỉnh Hội', 'Tháng 12/2026', 'Quyết định khen thưởng', [VP], ['Các ban, đơn vị Tỉnh Hội'],
    tf('Tháng 12/2026', '2026-12-01', '2026-12-31'))

P.table([[b('STT'), b('Nội dung'), b('Đơn vị chủ trì'), b('Đơn vị phối hợp'), b('Thời gian thực hiện'),
          b('Kết quả dự kiến')]], rows, [5, 37, 15, 17, 12, 14])

P.heading('III. TỔ CHỨC THỰC HIỆN')
P.p('<b><i>%s</i></b>' % esc('1. Các ban, đơn vị Tỉnh Hội'))
t = ('Căn cứ nhiệm vụ được phân công, chủ động xây dựng kế hoạch chi tiết, phân công cán bộ theo dõi, hướng dẫn, '
     'giúp đỡ cơ sở thực hiện.')
P.p(esc('- ' + t))
P.task('body', t, lead=['Các ban, đơn vị Tỉnh Hội'])
t = ('Ban Kinh tế - Xã hội là đầu mối tham mưu Ban Thường vụ theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo '
     'Trung ương Hội trước ngày 20/11/2026.')
P.p(esc('- ' + t))
P.task('body', t, lead=['Ban Kinh tế - Xã hội'], timeframe=tf('trước ngày 20/11/2026', None, '2026-11-20'),
       note='the dash item names its own lead (a member of the sub-heading collective)')
P.p('<b><i>%s</i></b>' % esc('2. Hội Nông dân các xã, phường'))
t = ('Xây dựng kế hoạch thực hiện phù hợp với điều kiện địa phương; báo cáo kết quả đăng ký, bình xét hộ sản xuất, '
     'kinh doanh giỏi về Ban Thường vụ Hội Nông dân tỉnh (qua Ban Kinh tế - Xã hội) trước ngày 30/10/2026.')
P.p(esc('- ' + t))
P.task('body', t, lead=['Hội Nông dân các xã, phường'], timeframe=tf('trước ngày 30/10/2026', None, '2026-10-30'))

left = (pp(esc('Nơi nhận:'), 'l', 'text-decoration: underline') + ''.join(pp(esc(x), 'l', 'font-size:11pt') for x in [
    '- TW Hội NDVN (Ban KT-XH) (để b/c),', '- Thường trực Tỉnh ủy (để b/c),', '- Ban Dân vận Tỉnh ủy,',
    '- Các ban, đơn vị Tỉnh Hội,', '- Hội Nông dân các xã, phường,', '- Lưu VP, KT-XH.']))
right = pp(b('TM. BAN THƯỜNG VỤ')) + pp(b('CHỦ TỊCH')) + pp('') * 4 + pp(b('Phan Đình Thuận'))
P.table([], [[{'h': left}, {'h': right, 'al': 'c'}]], [50, 50], border=False)

P.save(WRITTEN_BY)
