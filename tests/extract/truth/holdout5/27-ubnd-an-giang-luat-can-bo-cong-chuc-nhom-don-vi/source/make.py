"""27 — UBND tỉnh An Giang, Kế hoạch 210/KH-UBND ngày 05/3/2026 triển khai thi hành Luật Cán bộ, công chức.  The task
table sits IN THE BODY under part II; the responsible units are GROUP rows ("1. Sở Nội vụ", one cell spanning the
row), their tasks below numbered 1.1, 1.2 ... with no lead column; columns Đơn vị phối hợp | Thời gian | Sản phẩm."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from htmlplan import Plan, esc, b, i, tf, pp, WRITTEN_BY_DATA5 as WRITTEN_BY
from h5 import header, title, paras, signature, check_pdf

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = Plan(HERE, '210-KH-UBND_Trien_khai_Luat_Can_bo_cong_chuc')
TITLE = ['Triển khai thi hành Luật Cán bộ, công chức trên địa bàn tỉnh An Giang']
P.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': '210', 'symbol': 'KH-UBND', 'issuer': 'ỦY BAN NHÂN DÂN TỈNH AN GIANG',
    'parent_issuer': None, 'place': 'An Giang', 'date': '2026-03-05', 'title': TITLE[0],
    'signer': {'authority': 'TM. ỦY BAN NHÂN DÂN', 'deputy': 'KT. CHỦ TỊCH', 'position': 'PHÓ CHỦ TỊCH',
               'name': 'Lâm Quốc Trung'},
}
header(P, ['ỦY BAN NHÂN DÂN', 'TỈNH AN GIANG'], 'Số: 210/KH-UBND', '–––––––––––––', 'An Giang, ngày 05 tháng 3 năm 2026',
       left_bold_from=0)
title(P, TITLE)
paras(P, ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
          'Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025;',
          'Căn cứ Quyết định số 311/QĐ-TTg ngày 14 tháng 02 năm 2026 của Thủ tướng Chính phủ ban hành Kế hoạch triển '
          'khai thi hành Luật Cán bộ, công chức;',
          'Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thi hành Luật Cán bộ, công chức trên địa bàn tỉnh như sau:'])
P.heading('I. MỤC ĐÍCH, YÊU CẦU')
paras(P, ['1. Xác định cụ thể nội dung công việc, thời hạn hoàn thành và trách nhiệm của các cơ quan, đơn vị trong '
          'việc triển khai thi hành Luật, bảo đảm kịp thời, đồng bộ, thống nhất và hiệu quả.',
          '2. Tổ chức quán triệt, phổ biến Luật đến đội ngũ cán bộ, công chức, viên chức trên địa bàn tỉnh; kịp thời '
          'tháo gỡ khó khăn, vướng mắc phát sinh trong quá trình thi hành.'])
P.heading('II. NỘI DUNG, PHÂN CÔNG NHIỆM VỤ')
P.p(esc('Nội dung công việc, cơ quan chủ trì, cơ quan phối hợp, thời gian và sản phẩm được phân công như sau:'))

head = [[{'h': b(x), 'al': 'c'} for x in ['STT', 'Nội dung nhiệm vụ', 'Đơn vị phối hợp', 'Thời gian', 'Sản phẩm']]]
rows = []
CUR = []


def group(label, unit, units):
    rows.append([{'h': b(label + ' ' + unit), 'cs': 5}])
    CUR[:] = units


def row(n, text, sup_cell, time_cell, out_cell, support, timeframe, note=None):
    rows.append([{'h': esc(n), 'al': 'c'}, {'h': esc(text)}, {'h': esc(sup_cell)}, {'h': esc(time_cell), 'al': 'c'},
                 {'h': esc(out_cell)}])
    P.task('appendix', text, lead=list(CUR), support=support, timeframe=timeframe, output=out_cell or None,
           note=note)


SNV, STP, STC = 'Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính'
SBN = 'Các sở, ban, ngành tỉnh'
XP = 'UBND các xã, phường, đặc khu'
group('1.', SNV, [SNV])
row('1.1', 'Tham mưu UBND tỉnh tổ chức hội nghị quán triệt, phổ biến Luật Cán bộ, công chức cho lãnh đạo các sở, '
    'ban, ngành tỉnh và UBND các xã, phường, đặc khu', 'Văn phòng UBND tỉnh', 'Tháng 3/2026', 'Hội nghị quán triệt',
    ['Văn phòng UBND tỉnh'], tf('Tháng 3/2026', '2026-03-01', '2026-03-31'),
    note='lead comes from the group row "1. Sở Nội vụ" above; no lead column')
row('1.2', 'Rà soát, tham mưu sửa đổi, bổ sung các quy định của tỉnh về phân cấp quản lý cán bộ, công chức cho phù '
    'hợp với Luật', STP + '; ' + SBN, 'Quý II/2026', 'Quyết định của UBND tỉnh', [STP, SBN],
    tf('Quý II/2026', '2026-04-01', '2026-06-30'))
row('1.3', 'Hướng dẫn xây dựng, phê duyệt danh mục vị trí việc làm công chức trong cơ quan hành chính cấp tỉnh, '
    'cấp xã', SBN + '\n' + XP, 'Trước ngày 30/6/2026', 'Văn bản hướng dẫn', [SBN, XP],
    tf('Trước ngày 30/6/2026', None, '2026-06-30'), note='support: two collectives on two lines')
row('1.4', 'Theo dõi, tổng hợp tình hình thi hành Luật; tham mưu UBND tỉnh báo cáo Bộ Nội vụ', SBN + '; ' + XP,
    'Hằng năm', 'Báo cáo của UBND tỉnh', [SBN, XP], tf('Hằng năm'))
group('2.', STP, [STP])
row('2.1', 'Đưa nội dung Luật Cán bộ, công chức vào chương trình phổ biến, giáo dục pháp luật năm 2026 của tỉnh',
    SNV, 'Quý II/2026', 'Chương trình phổ biến, giáo dục pháp luật', [SNV], tf('Quý II/2026', '2026-04-01', '2026-06-30'))
row('2.2', 'Thẩm định dự thảo văn bản quy phạm pháp luật của tỉnh quy định chi tiết thi hành Luật', '',
    'Theo tiến độ trình', 'Báo cáo thẩm định', [], tf('Theo tiến độ trình'), note='empty support cell')
group('3.', STC, [STC])
row('3.1', 'Tham mưu bố trí kinh phí triển khai thi hành Luật trong dự toán chi thường xuyên của các cơ quan, đơn vị',
    SNV, 'Năm 2026', 'Quyết định giao dự toán', [SNV], tf('Năm 2026', '2026-01-01', '2026-12-31'))
group('4.', 'Văn phòng UBND tỉnh', ['Văn phòng UBND tỉnh'])
row('4.1', 'Cập nhật văn bản hướng dẫn thi hành Luật lên Cổng Thông tin điện tử tỉnh và Hệ thống thông tin giải quyết '
    'thủ tục hành chính', SNV, 'Thường xuyên', 'Chuyên mục văn bản', [SNV], tf('Thường xuyên'))
group('5.', SBN, [SBN])
row('5.1', 'Tổ chức quán triệt Luật đến toàn thể công chức, viên chức, người lao động của cơ quan, đơn vị', '',
    'Quý II/2026', 'Hội nghị, văn bản triển khai', [], tf('Quý II/2026', '2026-04-01', '2026-06-30'),
    note='lead is the collective of the group row')
row('5.2', 'Rà soát, đề xuất sửa đổi quy chế làm việc, quy chế đánh giá công chức của cơ quan, đơn vị theo quy định '
    'của Luật', SNV, 'Từ tháng 4 đến tháng 6/2026', 'Quy chế được sửa đổi', [SNV],
    tf('Từ tháng 4 đến tháng 6/2026', '2026-04-01', '2026-06-30'))
group('6.', XP, [XP])
row('6.1', 'Phổ biến Luật đến cán bộ, công chức cấp xã; rà soát, sắp xếp công chức theo vị trí việc làm được phê duyệt',
    SNV, 'Quý III/2026', 'Báo cáo kết quả rà soát', [SNV], tf('Quý III/2026', '2026-07-01', '2026-09-30'))
row('6.2', 'Thực hiện đánh giá, xếp loại chất lượng công chức năm 2026 theo quy định mới', SNV,
    'Tháng 12/2026', 'Kết quả đánh giá, xếp loại', [SNV], tf('Tháng 12/2026', '2026-12-01', '2026-12-31'))
group('7.', 'Báo và Phát thanh, Truyền hình An Giang', ['Báo và Phát thanh, Truyền hình An Giang'])
row('7.1', 'Mở chuyên mục tuyên truyền về Luật Cán bộ, công chức và kết quả thi hành Luật trên địa bàn tỉnh',
    SNV + ', ' + STP, 'Năm 2026', 'Chuyên mục, tin, bài', [SNV, STP], tf('Năm 2026', '2026-01-01', '2026-12-31'),
    note='lead: one unit whose name has a comma; support split at ", " between two Sở')
P.table(head, rows, [7, 43, 18, 13, 19], font=12)

P.heading('III. TỔ CHỨC THỰC HIỆN')
t = ('Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường, đặc khu chịu trách nhiệm tổ chức thực hiện '
     'các nhiệm vụ được phân công tại Kế hoạch này; báo cáo kết quả về Sở Nội vụ trước ngày 15 tháng 11 năm 2026.')
P.p(esc('1. ' + t))
P.task('body', t, lead=['Thủ trưởng các sở, ban, ngành tỉnh', 'Chủ tịch UBND các xã, phường, đặc khu'],
       timeframe=tf('trước ngày 15 tháng 11 năm 2026', None, '2026-11-15'))
t = ('Giao Sở Nội vụ theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực '
     'hiện.')
P.p(esc('2. ' + t))
P.task('body', t, lead=['Sở Nội vụ'], note='"Giao X ..." : X is the lead')
P.p(esc('Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở '
        'Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.'))
signature(P, ['- Bộ Nội vụ (b/c);', '- TT. Tỉnh ủy, TT. HĐND tỉnh (b/c);', '- CT, các PCT UBND tỉnh;',
              '- Các sở, ban, ngành tỉnh;', '- UBND các xã, phường, đặc khu;', '- Lưu: VT, NC.'],
          ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Lâm Quốc Trung')
P.save(WRITTEN_BY)
check_pdf(P)
