"""17 — Sở Tài chính tỉnh Gia Lai, Kế hoạch 215/KH-STC ngày 09/02/2026 thực hiện Kế hoạch của UBND tỉnh về thực hành
tiết kiệm, chống lãng phí năm 2026. No table: prose tasks under "1.", "1.1.", "a)" with field lines."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from htmlplan import Plan, esc, b, i, tf, pp, WRITTEN_BY_DATA3 as WRITTEN_BY

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = Plan(HERE, '215-KH-STC_Thuc_hanh_tiet_kiem_chong_lang_phi_2026')

P.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': '215', 'symbol': 'KH-STC', 'issuer': 'SỞ TÀI CHÍNH',
    'parent_issuer': 'UBND TỈNH GIA LAI', 'place': 'Gia Lai', 'date': '2026-02-09',
    'title': ('Thực hiện Kế hoạch số 27/KH-UBND ngày 21/01/2026 của UBND tỉnh về thực hành tiết kiệm, '
              'chống lãng phí năm 2026'),
    'signer': {'authority': None, 'deputy': 'KT. GIÁM ĐỐC', 'position': 'PHÓ GIÁM ĐỐC', 'name': 'Lê Thị Kim Oanh'},
}

P.table([], [[
    {'h': pp(esc('UBND TỈNH GIA LAI')) + pp(b('SỞ TÀI CHÍNH')) + pp(esc('––––––')) + pp(esc('Số: 215/KH-STC'))},
    {'h': pp(b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) + pp('<b><u>%s</u></b>' % esc('Độc lập - Tự do - Hạnh phúc'))
          + pp('') + pp(i('Gia Lai, ngày 09 tháng 02 năm 2026'))}]], [38, 62], border=False, font=13)

P.p(b('KẾ HOẠCH'), 'c', 'margin-top: 18pt')
P.p(b('Thực hiện Kế hoạch số 27/KH-UBND ngày 21/01/2026 của UBND tỉnh'), 'c')
P.p(b('về thực hành tiết kiệm, chống lãng phí năm 2026'), 'c')
P.p(esc('––––––––––'), 'c', 'margin-bottom: 12pt')

for s in ['Căn cứ Luật Thực hành tiết kiệm, chống lãng phí ngày 26 tháng 11 năm 2013;',
          'Căn cứ Nghị định số 84/2014/NĐ-CP ngày 08 tháng 9 năm 2014 của Chính phủ quy định chi tiết một số điều '
          'của Luật Thực hành tiết kiệm, chống lãng phí;',
          'Thực hiện Kế hoạch số 27/KH-UBND ngày 21/01/2026 của UBND tỉnh về thực hành tiết kiệm, chống lãng phí năm '
          '2026, Sở Tài chính xây dựng Kế hoạch triển khai thực hiện như sau:']:
    P.p(esc(s))

P.heading('I. MỤC ĐÍCH, YÊU CẦU')
P.p(esc('1. Cụ thể hóa các nhiệm vụ được UBND tỉnh giao cho Sở Tài chính tại Kế hoạch số 27/KH-UBND; xác định rõ '
        'phòng, đơn vị chủ trì, phối hợp và thời gian hoàn thành từng nhiệm vụ.'))
P.p(esc('2. Thực hành tiết kiệm, chống lãng phí phải gắn với cải cách hành chính, sắp xếp tổ chức bộ máy và '
        'xử lý tài sản công dôi dư sau sắp xếp đơn vị hành chính; bảo đảm công khai, minh bạch.'))

P.heading('II. NHIỆM VỤ CỤ THỂ')

FIELD = 'margin-bottom: 3pt'


def field(label, value):
    P.p(esc('- ' + label + ' ' + value), 'i', FIELD)


def item(label, text, lead=(), support=(), time=None, timeframe=None, output=None, lead_line=None, sup_line=None,
         note=None, fields=True):
    P.p(esc(label + ' ' + text))
    if fields:
        if lead_line is not None:
            field('Đơn vị chủ trì:', lead_line)
        if sup_line is not None:
            field('Đơn vị phối hợp:', sup_line)
        if time is not None:
            field('Thời gian hoàn thành:', time)
        if output is not None:
            field('Sản phẩm:', output + '.')
    P.task('body', text, lead=lead, support=support, timeframe=timeframe, output=output, note=note)


QLNS = 'Phòng Quản lý ngân sách'
TCHCSN = 'Phòng Tài chính hành chính sự nghiệp'
QLCS = 'Phòng Quản lý công sản'
DT = 'Phòng Tài chính đầu tư'
TT = 'Thanh tra Sở'
VP = 'Văn phòng Sở'

P.heading('1. Trong quản lý, sử dụng ngân sách nhà nước')
P.p(b('1.1. Lập, phân bổ và giao dự toán'), 'i')
item('a)', 'Hướng dẫn các sở, ban, ngành, UBND các xã, phường xây dựng dự toán năm 2027 bảo đảm tiết kiệm 10% chi '
     'thường xuyên (không kể tiền lương và các khoản có tính chất lương) để tạo nguồn cải cách tiền lương.',
     lead=[QLNS], support=[TCHCSN], time='Tháng 7/2026.', timeframe=tf('Tháng 7/2026', '2026-07-01', '2026-07-31'),
     lead_line=QLNS + ';', sup_line=TCHCSN + ';', output='Văn bản hướng dẫn xây dựng dự toán năm 2027')
item('b)', 'Thẩm định phương án phân bổ dự toán chi thường xuyên của các đơn vị dự toán cấp I, kiên quyết cắt giảm '
     'các nhiệm vụ chi chưa thật sự cần thiết, hội nghị, hội thảo, đi công tác nước ngoài.',
     lead=[QLNS], support=[TCHCSN, DT], time='Trước ngày 31/3/2026.',
     timeframe=tf('Trước ngày 31/3/2026', None, '2026-03-31'),
     lead_line=QLNS + ';', sup_line=TCHCSN + ', ' + DT + ';')
P.p(b('1.2. Chấp hành và quyết toán ngân sách'), 'i')
item('a)', 'Theo dõi tiến độ giải ngân vốn đầu tư công, tham mưu UBND tỉnh điều chuyển vốn của các dự án chậm giải ngân '
     'sang dự án có khả năng giải ngân tốt.',
     lead=[DT], support=['Kho bạc Nhà nước khu vực XIV', 'các chủ đầu tư'], time='Hằng tháng.',
     timeframe=tf('Hằng tháng'), lead_line=DT + ';', sup_line='Kho bạc Nhà nước khu vực XIV, các chủ đầu tư;',
     note='support: one unit and a lower-case collective, separated by ", "')
item('b)', 'Thẩm định, thông báo kết quả thẩm định quyết toán ngân sách năm 2025 đối với các đơn vị dự toán cấp I thuộc '
     'tỉnh.', lead=[TCHCSN], support=[QLNS], time='Quý III/2026.', timeframe=tf('Quý III/2026', '2026-07-01', '2026-09-30'),
     lead_line=TCHCSN + ';', sup_line=QLNS + ';', output='Thông báo thẩm định quyết toán')

P.heading('2. Trong quản lý, sử dụng tài sản công')
# 2.1 and 2.2: the task is the numbered paragraph itself (no a/b items); one field line holds lead and time
t = ('Tham mưu UBND tỉnh phương án xử lý trụ sở, tài sản dôi dư của các cơ quan, đơn vị sau sắp xếp đơn vị hành chính '
     'cấp xã và kết thúc hoạt động cấp huyện, không để tài sản bị bỏ trống, xuống cấp.')
P.p(esc('2.1. ' + t))
P.p(esc('- Đơn vị chủ trì: ' + QLCS + '; thời gian hoàn thành: Quý II/2026.'), 'i', FIELD)
P.p(esc('- Đơn vị phối hợp: Sở Xây dựng, Sở Nông nghiệp và Môi trường, UBND các xã, phường có tài sản dôi dư.'), 'i', FIELD)
P.task('body', t, lead=[QLCS], support=['Sở Xây dựng', 'Sở Nông nghiệp và Môi trường', 'UBND các xã, phường có tài sản dôi dư'],
       timeframe=tf('Quý II/2026', '2026-04-01', '2026-06-30'),
       note='the numbered item 2.1 is the task itself; lead and time on one field line separated by ";"')
t = ('Cập nhật đầy đủ, kịp thời dữ liệu tài sản công của các cơ quan, đơn vị vào Cơ sở dữ liệu quốc gia về tài sản công.')
P.p(esc('2.2. ' + t))
P.p(esc('- Đơn vị chủ trì: ' + QLCS + ';'), 'i', FIELD)
P.p(esc('- Thời gian hoàn thành: Thường xuyên.'), 'i', FIELD)
P.task('body', t, lead=[QLCS], support=[], timeframe=tf('Thường xuyên'))
P.p(b('2.3. Mua sắm tài sản, trang thiết bị'), 'i')
item('a)', 'Tổ chức mua sắm tập trung máy móc, thiết bị thuộc danh mục mua sắm tập trung cấp tỉnh năm 2026.',
     lead=['Trung tâm Dịch vụ tài chính công'], support=[QLCS], time='Quý II - Quý III/2026.',
     timeframe=tf('Quý II - Quý III/2026', '2026-04-01', '2026-09-30'),
     lead_line='Trung tâm Dịch vụ tài chính công;', sup_line=QLCS + ';', output='Thỏa thuận khung mua sắm tập trung')
item('b)', 'Rà soát tiêu chuẩn, định mức sử dụng xe ô tô phục vụ công tác chung, tham mưu điều chuyển xe dôi dư giữa '
     'các cơ quan, đơn vị.', lead=[QLCS], support=[VP], time='Trước ngày 30/6/2026.',
     timeframe=tf('Trước ngày 30/6/2026', None, '2026-06-30'), lead_line=QLCS + ';', sup_line=VP + ';')

P.heading('3. Trong công tác thanh tra, kiểm tra và công khai')
item('a)', 'Thanh tra chuyên đề việc quản lý, sử dụng kinh phí chi thường xuyên tại 05 đơn vị sự nghiệp công lập theo '
     'Kế hoạch thanh tra năm 2026 được phê duyệt.', lead=[TT], support=[TCHCSN], time='Quý III - Quý IV/2026.',
     timeframe=tf('Quý III - Quý IV/2026', '2026-07-01', '2026-12-31'), lead_line=TT + ';', sup_line=TCHCSN + ';',
     output='Kết luận thanh tra')
item('b)', 'Công khai dự toán, quyết toán ngân sách địa phương và kết quả thực hành tiết kiệm, chống lãng phí trên Cổng '
     'thông tin điện tử của Sở.', lead=[VP], support=[QLNS], time='Theo thời hạn quy định tại Thông tư số 343/2016/TT-BTC.',
     timeframe=tf('Theo thời hạn quy định tại Thông tư số 343/2016/TT-BTC'), lead_line=VP + ';', sup_line=QLNS + ';',
     note='time by reference to a circular: no dates')
item('c)', 'Tổng hợp, báo cáo UBND tỉnh, Bộ Tài chính kết quả thực hành tiết kiệm, chống lãng phí năm 2026 của tỉnh.',
     lead=[TCHCSN], support=['Các phòng, đơn vị thuộc Sở'], time='Trước ngày 15/01/2027.',
     timeframe=tf('Trước ngày 15/01/2027', None, '2027-01-15'), lead_line=TCHCSN + ';',
     sup_line='Các phòng, đơn vị thuộc Sở;', output='Báo cáo năm', note='deadline in the year after the plan year')

P.heading('III. TỔ CHỨC THỰC HIỆN')
t = ('Trưởng các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao, chủ động tổ chức thực hiện; báo cáo kết quả về '
     'Văn phòng Sở trước ngày 05 của tháng cuối quý để tổng hợp.')
P.p(esc('1. ' + t))
P.task('body', t, lead=['Trưởng các phòng, đơn vị thuộc Sở'], timeframe=tf('trước ngày 05 của tháng cuối quý'),
       note='subject of the sentence is the lead; a recurring quarterly deadline, no dates')
t = ('Văn phòng Sở theo dõi, đôn đốc việc thực hiện Kế hoạch; tham mưu Giám đốc Sở sơ kết 6 tháng, tổng kết năm.')
P.p(esc('2. ' + t))
P.task('body', t, lead=['Văn phòng Sở'])
P.p(esc('Trong quá trình thực hiện, nếu có vướng mắc, các phòng, đơn vị báo cáo Giám đốc Sở (qua Văn phòng Sở) để '
        'xem xét, chỉ đạo./.'))

left = (pp('<b><i>Nơi nhận:</i></b>', 'l') + ''.join(pp(esc(x), 'l', 'font-size:11pt') for x in [
    '- UBND tỉnh (b/c);', '- Giám đốc, các PGĐ Sở;', '- Các phòng, đơn vị thuộc Sở;', '- Lưu: VT, TCHCSN.']))
right = pp(b('KT. GIÁM ĐỐC')) + pp(b('PHÓ GIÁM ĐỐC')) + pp('') * 4 + pp(b('Lê Thị Kim Oanh'))
P.table([], [[{'h': left}, {'h': right, 'al': 'c'}]], [50, 50], border=False)

P.save(WRITTEN_BY)
