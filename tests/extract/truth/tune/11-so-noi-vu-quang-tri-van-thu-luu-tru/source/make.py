"""11 — Sở Nội vụ tỉnh Quảng Trị, Kế hoạch (số để trống) công tác văn thư, lưu trữ và số hóa 2026."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from htmlplan import Plan, esc, b, i, tf, pp, WRITTEN_BY

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = Plan(HERE, 'KH_SNV_Quang_Tri_van_thu_luu_tru_2026')
BL = ' \u00a0 \u00a0 \u00a0'     # the blank the clerk fills in (spaces and no-break spaces)

P.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': None, 'symbol': 'KH-SNV', 'issuer': 'SỞ NỘI VỤ',
    'parent_issuer': 'UBND TỈNH QUẢNG TRỊ', 'place': 'Quảng Trị', 'date': '2026-06',
    'title': 'Thực hiện công tác văn thư, lưu trữ và số hóa tài liệu lưu trữ trên địa bàn tỉnh năm 2026',
    'signer': {'authority': None, 'deputy': 'KT. GIÁM ĐỐC', 'position': 'PHÓ GIÁM ĐỐC', 'name': 'Hoàng Thị Thu Trang'},
}

P.table([], [[
    {'h': pp(esc('UBND TỈNH QUẢNG TRỊ')) + pp(b('SỞ NỘI VỤ')) + pp(esc('———')) + pp(esc('Số:' + BL + '/KH-SNV'))},
    {'h': pp(b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) + pp('<b><u>%s</u></b>' % esc('Độc lập - Tự do - Hạnh phúc'))
          + pp('') + pp(i('Quảng Trị, ngày' + BL + ' tháng 6 năm 2026'))}]], [38, 62], border=False, font=13)

P.p(b('KẾ HOẠCH'), 'c', 'margin-top: 18pt')
P.p(b('Thực hiện công tác văn thư, lưu trữ và số hóa tài liệu'), 'c')
P.p(b('lưu trữ trên địa bàn tỉnh năm 2026'), 'c')
P.p(esc('—————'), 'c', 'margin-bottom: 12pt')

for s in ['Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;',
          'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;',
          'Thực hiện Kế hoạch số 118/KH-UBND ngày 20/5/2026 của UBND tỉnh về chuyển đổi số tỉnh Quảng Trị năm 2026;',
          'Sở Nội vụ xây dựng Kế hoạch thực hiện công tác văn thư, lưu trữ và số hóa tài liệu lưu trữ trên địa bàn '
          'tỉnh năm 2026 như sau:']:
    P.p(i(s) if s.startswith('Căn cứ') else esc(s))

P.heading('I. MỤC ĐÍCH, YÊU CẦU')
P.heading('1. Mục đích')
P.p(esc('- Bảo đảm tài liệu của các cơ quan, tổ chức sau sắp xếp tổ chức bộ máy và đơn vị hành chính được '
        'quản lý tập trung, an toàn, không để thất lạc, hư hỏng.'))
P.p(esc('- Đẩy mạnh số hóa tài liệu lưu trữ, góp phần xây dựng dữ liệu số của tỉnh phục vụ chính quyền số.'))
P.heading('2. Yêu cầu')
P.p(esc('- Xác định rõ nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp, thời hạn và sản phẩm; bảo đảm tính khả thi.'))
P.p(esc('- Các cơ quan, đơn vị chủ động bố trí nhân lực, kinh phí; kịp thời báo cáo khó khăn, vướng mắc.'))

P.heading('II. NHIỆM VỤ, GIẢI PHÁP')
P.p(esc('Tập trung hoàn thiện thể chế về văn thư, lưu trữ sau sắp xếp; nâng cao tỷ lệ văn bản điện tử, hồ sơ '
        'điện tử; thu thập, chỉnh lý, số hóa tài liệu có giá trị bảo quản vĩnh viễn. Nhiệm vụ cụ thể, cơ quan '
        'chủ trì tham mưu, cơ quan phối hợp, thời hạn và kết quả đầu ra tại Phụ lục I; danh mục phông lưu trữ '
        'ưu tiên số hóa tại Phụ lục II kèm theo Kế hoạch này.'))

P.heading('III. KINH PHÍ THỰC HIỆN')
P.p(esc('Kinh phí thực hiện Kế hoạch được bố trí từ dự toán ngân sách nhà nước năm 2026 giao cho Sở Nội vụ và '
        'các cơ quan, đơn vị theo phân cấp ngân sách hiện hành.'))

P.heading('IV. TỔ CHỨC THỰC HIỆN')
P.heading('1. Văn phòng Sở')
t = ('Là đầu mối giúp Giám đốc Sở theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả '
     'thực hiện trước ngày 15/12/2026.')
P.p(esc('- ' + t))
P.task('body', t, lead=['Văn phòng Sở'], timeframe=tf('trước ngày 15/12/2026', None, '2026-12-15'),
       note='deadline inside the sentence')
P.heading('2. Trung tâm Lưu trữ lịch sử')
t = ('Tiếp nhận tài liệu của các cơ quan cấp huyện đã kết thúc hoạt động; bố trí kho tạm, trang thiết bị bảo '
     'quản, bảo đảm an toàn tài liệu trong thời gian chờ chỉnh lý.')
P.p(esc('- ' + t))
P.task('body', t, lead=['Trung tâm Lưu trữ lịch sử'])
P.heading('3. Đề nghị các sở, ban, ngành; UBND các xã, phường, đặc khu')
t = ('Bố trí công chức, viên chức làm công tác văn thư, lưu trữ; lập hồ sơ điện tử và giao nộp vào Lưu trữ cơ '
     'quan theo quy định; gửi báo cáo kết quả về Sở Nội vụ (qua Phòng Quản lý văn thư, lưu trữ) trước ngày 30/11/2026.')
P.p(esc('- ' + t))
P.task('body', t, lead=['các sở, ban, ngành', 'UBND các xã, phường, đặc khu'],
       timeframe=tf('trước ngày 30/11/2026', None, '2026-11-30'),
       note='lead from the sub-heading "Đề nghị các sở, ban, ngành; UBND các xã, phường, đặc khu" (two collectives)')
P.p(esc('Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để '
        'tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.'))

left = (pp('<b><i>Nơi nhận:</i></b>', 'l') + ''.join(pp(esc(x), 'l', 'font-size:11pt') for x in [
    '- Bộ Nội vụ (Cục VTLTNN) (b/c);', '- UBND tỉnh (b/c);', '- Giám đốc, các PGĐ Sở;', '- Các sở, ban, ngành;',
    '- UBND các xã, phường, đặc khu;', '- Trung tâm Lưu trữ lịch sử;', '- Lưu: VT, QLVTLT.']))
right = pp(b('KT. GIÁM ĐỐC')) + pp(b('PHÓ GIÁM ĐỐC')) + pp('') * 4 + pp(b('Hoàng Thị Thu Trang'))
P.table([], [[{'h': left}, {'h': right, 'al': 'c'}]], [50, 50], border=False)

# ---------------- Phụ lục I ----------------
P.page_break()
P.p(b('Phụ lục I'), 'c')
P.p(b('NHIỆM VỤ CÔNG TÁC VĂN THƯ, LƯU TRỮ VÀ SỐ HÓA TÀI LIỆU LƯU TRỮ NĂM 2026'), 'c')
P.p(i('(Kèm theo Kế hoạch số' + BL + '/KH-SNV ngày' + BL + '/6/2026 của Sở Nội vụ)'), 'c', 'margin-bottom: 8pt')

head = [[{'h': b('TT'), 'rs': 2, 'al': 'c'}, {'h': b('Nội dung nhiệm vụ'), 'rs': 2, 'al': 'c'},
         {'h': b('Phân công thực hiện'), 'cs': 2, 'al': 'c'},
         {'h': b('Thời hạn hoàn thành/Tiến độ'), 'rs': 2, 'al': 'c'},
         {'h': b('Kết quả/sản phẩm đầu ra'), 'rs': 2, 'al': 'c'}],
        [{'h': b('Cơ quan chủ trì tham mưu'), 'al': 'c'}, {'h': b('Cơ quan, đơn vị phối hợp thực hiện'), 'al': 'c'}],
        [{'h': i('(%d)' % k), 'al': 'c'} for k in range(1, 7)]]
rows = []
QL = 'Phòng Quản lý văn thư, lưu trữ'
LT = 'Trung tâm Lưu trữ lịch sử'
XA = 'UBND các xã, phường, đặc khu'
SBN = 'Các sở, ban, ngành'


def group(n, title):
    rows.append([{'h': b(n), 'al': 'c'}, {'h': b(title), 'cs': 5}])


def row(n, text, lead_cell, sup_cell, time_cell, out_cell, lead, support, timeframe, lead_rs=1, note=None):
    r = [{'h': esc(str(n)), 'al': 'c'}, {'h': esc(text)}]
    if lead_cell is not None:
        r.append({'h': esc(lead_cell), 'rs': lead_rs, 'al': 'c'})
    r += [{'h': esc(sup_cell)}, {'h': esc(time_cell), 'al': 'c'}, {'h': esc(out_cell)}]
    rows.append(r)
    P.task('appendix', text, lead=lead, support=support, timeframe=timeframe, output=out_cell or None, note=note)


group('I', 'CÔNG TÁC CHỈ ĐẠO, HƯỚNG DẪN')
row(1, 'Tham mưu UBND tỉnh ban hành Quy chế công tác văn thư, lưu trữ của các cơ quan nhà nước tỉnh Quảng Trị sau sắp xếp',
    QL, 'Sở Tư pháp; Văn phòng UBND tỉnh', 'Quý III/2026', 'Quyết định của UBND tỉnh',
    [QL], ['Sở Tư pháp', 'Văn phòng UBND tỉnh'], tf('Quý III/2026', '2026-07-01', '2026-09-30'), lead_rs=3,
    note='lead cell merged vertically over rows 1-3')
row(2, 'Hướng dẫn xác định giá trị tài liệu, lập Danh mục hồ sơ của các cơ quan, tổ chức thuộc nguồn nộp lưu tài liệu vào Lưu trữ lịch sử tỉnh',
    None, LT, 'Trước 30/6', 'Văn bản hướng dẫn', [QL], [LT], tf('Trước 30/6', None, '2026-06-30'),
    note='no year: the plan year 2026')
row(3, 'Hướng dẫn UBND các xã, phường, đặc khu quản lý tài liệu của cấp huyện, cấp xã cũ sau sắp xếp đơn vị hành chính',
    None, XA, 'Quý II/2026', 'Văn bản hướng dẫn', [QL], [XA], tf('Quý II/2026', '2026-04-01', '2026-06-30'))
group('II', 'VĂN THƯ VÀ QUẢN LÝ VĂN BẢN ĐIỆN TỬ')
row(4, 'Triển khai sử dụng chữ ký số chuyên dùng cho 100% lãnh đạo và văn thư các cơ quan, đơn vị',
    'Văn phòng Sở', 'Sở Khoa học và Công nghệ\nCông an tỉnh', 'Trong năm 2026', 'Tỷ lệ văn bản ký số đạt trên 98%',
    ['Văn phòng Sở'], ['Sở Khoa học và Công nghệ', 'Công an tỉnh'], tf('Trong năm 2026', '2026-01-01', '2026-12-31'),
    note='support cell: two names on two lines (line break)')
row(5, 'Theo dõi, thống kê tỷ lệ văn bản điện tử gửi, nhận trên Hệ thống quản lý văn bản và điều hành của tỉnh',
    QL, 'Văn phòng UBND tỉnh', 'Hằng tháng', 'Báo cáo thống kê', [QL], ['Văn phòng UBND tỉnh'],
    tf('Hằng tháng'))
row(6, 'Kiểm tra việc lập hồ sơ và giao nộp hồ sơ, tài liệu điện tử vào Lưu trữ cơ quan tại 15 sở, ban, ngành và 20 xã, phường, đặc khu',
    QL, SBN + '; ' + XA, 'Tháng 9-12/2026', 'Thông báo kết quả kiểm tra', [QL], [SBN, XA],
    tf('Tháng 9-12/2026', '2026-09-01', '2026-12-31'))
group('III', 'THU THẬP, CHỈNH LÝ VÀ SỐ HÓA TÀI LIỆU LƯU TRỮ')
row(7, 'Thu thập tài liệu của các cơ quan cấp huyện đã kết thúc hoạt động vào Lưu trữ lịch sử tỉnh',
    LT, XA, 'Quý III - Quý IV/2026', 'Khoảng 350 mét giá tài liệu được thu về', [LT], [XA],
    tf('Quý III - Quý IV/2026', '2026-07-01', '2026-12-31'), lead_rs=3, note='lead cell merged vertically over rows 7-9')
row(8, 'Chỉnh lý khoa học tài liệu tồn đọng của Phông lưu trữ Ủy ban nhân dân tỉnh Quảng Bình (giai đoạn 1989 - 2025)',
    None, 'Văn phòng UBND tỉnh', 'Trước ngày 15/11/2026', '120 mét giá tài liệu được chỉnh lý', [LT],
    ['Văn phòng UBND tỉnh'], tf('Trước ngày 15/11/2026', None, '2026-11-15'))
row(9, 'Số hóa tài liệu lưu trữ có giá trị sử dụng thường xuyên, tạo lập cơ sở dữ liệu tài liệu lưu trữ số của tỉnh',
    None, 'Sở Khoa học và Công nghệ, Viễn thông Quảng Trị', '6 tháng cuối năm 2026', '500.000 trang tài liệu được số hóa',
    [LT], ['Sở Khoa học và Công nghệ', 'Viễn thông Quảng Trị'], tf('6 tháng cuối năm 2026', '2026-07-01', '2026-12-31'))
row(10, 'Thẩm định danh mục tài liệu hết giá trị, trình cấp có thẩm quyền phê duyệt và tổ chức hủy theo quy định',
    QL, LT + '; các cơ quan có tài liệu hết giá trị', 'Thường xuyên', '', [QL],
    [LT, 'các cơ quan có tài liệu hết giá trị'], tf('Thường xuyên'), note='output cell empty')
row(11, 'Tổ chức trưng bày tài liệu lưu trữ chuyên đề về đất và người Quảng Trị tại Trung tâm Phục vụ hành chính công tỉnh',
    LT, 'Sở Văn hóa, Thể thao và Du lịch; Trung tâm Phục vụ hành chính công tỉnh', 'Tháng 10/2026', '01 cuộc trưng bày',
    [LT], ['Sở Văn hóa, Thể thao và Du lịch', 'Trung tâm Phục vụ hành chính công tỉnh'],
    tf('Tháng 10/2026', '2026-10-01', '2026-10-31'))
group('IV', 'BỒI DƯỠNG, BẢO ĐẢM ĐIỀU KIỆN VÀ BÁO CÁO')
row(12, 'Bồi dưỡng nghiệp vụ văn thư, lưu trữ và lập hồ sơ điện tử cho công chức, viên chức làm công tác văn thư, lưu trữ cấp xã',
    'Phòng Công chức, viên chức', QL, 'Quý III/2026', '02 lớp, khoảng 250 học viên', ['Phòng Công chức, viên chức'], [QL],
    tf('Quý III/2026', '2026-07-01', '2026-09-30'))
row(13, 'Bố trí kinh phí số hóa tài liệu lưu trữ và mua sắm trang thiết bị bảo quản tài liệu',
    'Văn phòng Sở', 'Sở Tài chính', 'Năm 2026', 'Dự toán được phê duyệt', ['Văn phòng Sở'], ['Sở Tài chính'],
    tf('Năm 2026', '2026-01-01', '2026-12-31'))
row(14, 'Tổng hợp, báo cáo công tác văn thư, lưu trữ năm 2026 gửi Bộ Nội vụ và UBND tỉnh',
    QL, SBN + ', ' + XA, 'Trước 15/12', 'Báo cáo năm', [QL], [SBN, XA], tf('Trước 15/12', None, '2026-12-15'),
    note='support: two collectives separated by a comma, each holding commas')
row(15, 'Cập nhật số liệu thống kê cơ sở về công tác văn thư, lưu trữ và tài liệu lưu trữ năm 2026',
    QL, '', 'Trước ngày 10/01/2027', 'Biểu số liệu thống kê', [QL], [], tf('Trước ngày 10/01/2027', None, '2027-01-10'),
    note='support cell empty')
P.table(head, rows, [5, 37, 17, 19, 10, 12])

# ---------------- Phụ lục II (not a task table) ----------------
P.page_break()
P.p(b('Phụ lục II'), 'c')
P.p(b('DANH MỤC PHÔNG LƯU TRỮ ƯU TIÊN SỐ HÓA NĂM 2026'), 'c')
P.p(i('(Kèm theo Kế hoạch số' + BL + '/KH-SNV ngày' + BL + '/6/2026 của Sở Nội vụ)'), 'c', 'margin-bottom: 8pt')
P.table([[b('STT'), b('Tên phông lưu trữ'), b('Thời gian của tài liệu'), b('Số lượng (mét giá)'), b('Ghi chú')]],
        [[esc('1'), esc('Phông lưu trữ Ủy ban nhân dân tỉnh Quảng Bình'), esc('1989 - 2025'), esc('210'), esc('')],
         [esc('2'), esc('Phông lưu trữ Ủy ban nhân dân tỉnh Quảng Trị'), esc('1989 - 2025'), esc('185'), esc('')],
         [esc('3'), esc('Phông lưu trữ Sở Lao động - Thương binh và Xã hội'), esc('1990 - 2025'), esc('64'),
          esc('Đơn vị đã hợp nhất')],
         [esc('4'), esc('Phông lưu trữ Ủy ban nhân dân huyện Vĩnh Linh'), esc('1976 - 2025'), esc('41'),
          esc('Cấp huyện đã kết thúc hoạt động')]],
        [6, 46, 16, 14, 18])

P.save(WRITTEN_BY)
