"""15 — Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh: Quyết định 112/QĐ-BQL ngày 14/4/2026 ban hành Kế hoạch
cải cách hành chính, chuyển đổi số năm 2026 — the decision and the plan it issues, in one document."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from htmlplan import Plan, esc, b, i, tf, pp, WRITTEN_BY

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = Plan(HERE, '112-QD-BQL_ban_hanh_KH_CCHC_CDS_2026')
BQL = 'Ban Quản lý các khu công nghiệp tỉnh'
KH = 'Kế hoạch cải cách hành chính, chuyển đổi số năm 2026'

P.meta = {
    'doc_type': 'QUYẾT ĐỊNH', 'number': '112', 'symbol': 'QĐ-BQL', 'issuer': 'BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP',
    'parent_issuer': 'UBND TỈNH BẮC NINH', 'place': 'Bắc Ninh', 'date': '2026-04-14',
    'title': 'Ban hành ' + KH + ' của ' + BQL,
    'signer': {'authority': None, 'deputy': 'KT. TRƯỞNG BAN', 'position': 'PHÓ TRƯỞNG BAN', 'name': 'Ngô Thị Minh Châu'},
    'note': 'The document is the decision (its header, number, title and signature come first) followed, after a '
            'page break, by the plan it issues: "KẾ HOẠCH" / "Cải cách hành chính, chuyển đổi số năm 2026" / '
            '"(Ban hành kèm theo Quyết định số 112/QĐ-BQL ngày 14/4/2026 ...)", which has no number, date or '
            'signature of its own. This truth records the decision as printed; the plan\'s own title is '
            '"Cải cách hành chính, chuyển đổi số năm 2026".',
}


def header(number_line, date_line):
    left = pp(esc('UBND TỈNH BẮC NINH')) + pp(b('BAN QUẢN LÝ CÁC')) + pp(b('KHU CÔNG NGHIỆP'))
    right = pp(b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) + pp('<b><u>%s</u></b>' % esc('Độc lập - Tự do - Hạnh phúc'))
    if number_line:
        left += pp('') + pp(esc(number_line))
        right += pp('') + pp(i(date_line))
    P.table([], [[{'h': left}, {'h': right}]], [40, 60], border=False, font=13)


# ---------------- the decision ----------------
header('Số: 112/QĐ-BQL', 'Bắc Ninh, ngày 14 tháng 4 năm 2026')
P.p(b('QUYẾT ĐỊNH'), 'c', 'margin-top: 18pt')
P.p(b('Ban hành ' + KH + '\ncủa ' + BQL), 'c')
P.p(esc('______________'), 'c', 'margin-bottom: 6pt')
P.p(b('TRƯỞNG BAN BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH BẮC NINH'), 'c', 'margin-bottom: 12pt')
for s in ['Căn cứ Nghị định số 35/2022/NĐ-CP ngày 28 tháng 5 năm 2022 của Chính phủ quy định về quản lý khu công '
          'nghiệp và khu kinh tế;',
          'Căn cứ Quyết định số 1508/QĐ-UBND ngày 30 tháng 12 năm 2025 của UBND tỉnh ban hành Kế hoạch cải cách hành '
          'chính tỉnh Bắc Ninh năm 2026;',
          'Theo đề nghị của Chánh Văn phòng Ban.']:
    P.p(i(s))
P.p(b('QUYẾT ĐỊNH:'), 'c', 'margin-top: 6pt; margin-bottom: 6pt')
P.p(b('Điều 1. ') + esc('Ban hành kèm theo Quyết định này ' + KH + ' của ' + BQL + '.'))
P.p(b('Điều 2. ') + esc('Quyết định có hiệu lực kể từ ngày ký.'))
P.p(b('Điều 3. ') + esc('Chánh Văn phòng, Trưởng các phòng chuyên môn và các cơ quan, đơn vị có liên quan chịu trách '
                        'nhiệm thi hành Quyết định này./.'))
left = pp('<b><i>Nơi nhận:</i></b>', 'l') + ''.join(pp(esc(x), 'l', 'font-size:11pt') for x in [
    '- Như Điều 3;', '- UBND tỉnh (b/c);', '- Sở Nội vụ;', '- Lãnh đạo Ban;', '- Lưu: VT, VP.'])
right = pp(b('KT. TRƯỞNG BAN')) + pp(b('PHÓ TRƯỞNG BAN')) + pp('') * 4 + pp(b('Ngô Thị Minh Châu'))
P.table([], [[{'h': left}, {'h': right}]], [50, 50], border=False)

# ---------------- the plan ----------------
P.page_break()
header(None, None)
P.p(b('KẾ HOẠCH'), 'c', 'margin-top: 18pt')
P.p(b('Cải cách hành chính, chuyển đổi số năm 2026'), 'c')
P.p(i('(Ban hành kèm theo Quyết định số 112/QĐ-BQL ngày 14/4/2026 của Trưởng ban ' + BQL + ')'), 'c')
P.p(esc('______________'), 'c', 'margin-bottom: 12pt')

P.p(b('I. MỤC TIÊU'))
P.p(esc('Nâng cao chất lượng phục vụ nhà đầu tư, doanh nghiệp trong các khu công nghiệp; phấn đấu Chỉ số cải cách '
        'hành chính của Ban đạt từ 90 điểm trở lên, Chỉ số hài lòng của tổ chức, cá nhân đạt trên 95%; 100% hồ sơ '
        'thủ tục hành chính được giải quyết trực tuyến toàn trình.'))
P.p(b('II. NHIỆM VỤ, GIẢI PHÁP CỤ THỂ'))
P.p(esc('Các nhiệm vụ, giải pháp cụ thể được phân công như sau:'))

head = [[b('TT'), b('Nhiệm vụ, giải pháp'), b('Phòng chủ trì'), b('Phòng, đơn vị phối hợp'), b('Thời gian'),
         b('Sản phẩm dự kiến'), b('Ghi chú')]]
rows = []
VP = 'Văn phòng'
CM = 'Các phòng CM'
DT = 'Phòng Quản lý đầu tư'
QH = 'Phòng Quản lý quy hoạch, xây dựng và môi trường'
HT = 'Các công ty phát triển hạ tầng khu công nghiệp'
n = [0]


def group(title):
    rows.append([{'h': b(title), 'cs': 7}])


def row(text, lead_cell, sup_cell, time_cell, out_cell, lead, support, timeframe, note_cell='', lead_rs=1, note=None):
    n[0] += 1
    r = [{'h': esc(str(n[0])), 'al': 'c'}, {'h': esc(text)}]
    if lead_cell is not None:
        r.append({'h': esc(lead_cell), 'rs': lead_rs})
    r += [{'h': esc(sup_cell)}, {'h': esc(time_cell), 'al': 'c'}, {'h': esc(out_cell)}, {'h': esc(note_cell)}]
    rows.append(r)
    P.task('appendix', text, lead=lead, support=support, timeframe=timeframe, output=out_cell or None, note=note)


group('I. CẢI CÁCH THỂ CHẾ VÀ THỦ TỤC HÀNH CHÍNH')
row('Rà soát, đề xuất sửa đổi Quy chế phối hợp quản lý nhà nước đối với các khu công nghiệp trên địa bàn tỉnh', VP,
    'Sở Tư pháp; ' + CM, 'Quý II/2026', 'Dự thảo Quyết định sửa đổi Quy chế', [VP], ['Sở Tư pháp', CM],
    tf('Quý II/2026', '2026-04-01', '2026-06-30'), note_cell='Nhiệm vụ trọng tâm',
    note='task table in the body (part II), no Phụ lục; "Các phòng CM" = các phòng chuyên môn, kept as written')
row('Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đầu tư tại khu công nghiệp, đề xuất cắt giảm thời gian giải quyết',
    DT, VP, 'Trước 30/6', 'Báo cáo rà soát, phương án đơn giản hóa', [DT], [VP], tf('Trước 30/6', None, '2026-06-30'))
row('Cập nhật, công khai thủ tục hành chính trên Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết thủ tục '
    'hành chính của tỉnh', VP, 'Trung tâm Phục vụ hành chính công tỉnh', 'Thường xuyên',
    '100% TTHC được công khai đúng hạn', [VP], ['Trung tâm Phục vụ hành chính công tỉnh'], tf('Thường xuyên'))
row('Giải quyết hồ sơ thủ tục hành chính đúng và trước hạn; xin lỗi tổ chức, cá nhân khi để xảy ra trễ hạn', CM, VP,
    'Hằng tháng', 'Tỷ lệ hồ sơ đúng hạn đạt 100%', [CM], [VP], tf('Hằng tháng'))
group('II. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ')
row('Ban hành văn bản phân công nhiệm vụ triển khai Kế hoạch đến từng phòng, công chức', VP, CM,
    'Chậm nhất sau 15 ngày kể từ ngày ban hành Kế hoạch', 'Văn bản phân công', [VP], [CM],
    tf('Chậm nhất sau 15 ngày kể từ ngày ban hành Kế hoạch', None, '2026-04-29'), lead_rs=3,
    note='relative deadline: the plan is issued with the decision of 14/4/2026, 15 days later is 29/4/2026 '
         '(UNSURE whether a reader would compute it); lead cell merged vertically over rows 5-7')
row('Xây dựng Đề án vị trí việc làm của Ban sau khi tiếp nhận nhiệm vụ quản lý lao động trong khu công nghiệp', None,
    'Sở Nội vụ', 'Quý III/2026', 'Đề án được phê duyệt', [VP], ['Sở Nội vụ'], tf('Quý III/2026', '2026-07-01', '2026-09-30'))
row('Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ của công chức, viên chức', None, CM,
    'Tháng 9-12/2026', 'Thông báo kết quả kiểm tra', [VP], [CM], tf('Tháng 9-12/2026', '2026-09-01', '2026-12-31'))
group('III. CHUYỂN ĐỔI SỐ, XÂY DỰNG CHÍNH QUYỀN SỐ')
row('Vận hành cơ sở dữ liệu doanh nghiệp, dự án đầu tư trong khu công nghiệp, kết nối với Hệ thống thông tin quốc gia '
    'về đầu tư', DT, 'Sở Khoa học và Công nghệ; Sở Tài chính', 'Trong năm 2026', 'Cơ sở dữ liệu được cập nhật đầy đủ',
    [DT], ['Sở Khoa học và Công nghệ', 'Sở Tài chính'], tf('Trong năm 2026', '2026-01-01', '2026-12-31'))
row('Tiếp nhận báo cáo tình hình sử dụng lao động của doanh nghiệp qua môi trường điện tử', 'Phòng Quản lý lao động',
    'Bảo hiểm xã hội tỉnh', 'Quý II/2026', '90% doanh nghiệp báo cáo trực tuyến', ['Phòng Quản lý lao động'],
    ['Bảo hiểm xã hội tỉnh'], tf('Quý II/2026', '2026-04-01', '2026-06-30'))
row('Số hóa hồ sơ quy hoạch chi tiết xây dựng các khu công nghiệp, tích hợp lên bản đồ số của tỉnh', QH, HT,
    'Trước 15/11/2026', 'Bản đồ số quy hoạch các khu công nghiệp', [QH], [HT], tf('Trước 15/11/2026', None, '2026-11-15'),
    lead_rs=2, note='lead cell merged vertically over rows 10-11; the lead unit holds a comma')
row('Giám sát việc truyền dữ liệu quan trắc nước thải tự động của các nhà máy xử lý nước thải tập trung về Sở Nông '
    'nghiệp và Môi trường', None, 'Sở Nông nghiệp và Môi trường, các công ty phát triển hạ tầng khu công nghiệp',
    'Tháng 5/2026', 'Dữ liệu quan trắc được truyền liên tục', [QH],
    ['Sở Nông nghiệp và Môi trường', 'các công ty phát triển hạ tầng khu công nghiệp'],
    tf('Tháng 5/2026', '2026-05-01', '2026-05-31'))
group('IV. THÔNG TIN, TUYÊN TRUYỀN VÀ CHẾ ĐỘ BÁO CÁO')
row('Tuyên truyền kết quả cải cách hành chính, môi trường đầu tư tại các khu công nghiệp trên Trang thông tin điện tử '
    'của Ban', VP, 'Phòng Quản lý doanh nghiệp', 'Thường xuyên', 'Tin, bài được đăng tải', [VP],
    ['Phòng Quản lý doanh nghiệp'], tf('Thường xuyên'))
row('Tổ chức Hội nghị đối thoại với doanh nghiệp về thủ tục hành chính và khó khăn, vướng mắc trong sản xuất, kinh doanh',
    'Phòng Quản lý doanh nghiệp', VP + ';\nHiệp hội Doanh nghiệp tỉnh', 'Quý III/2026', '01 hội nghị',
    ['Phòng Quản lý doanh nghiệp'], [VP, 'Hiệp hội Doanh nghiệp tỉnh'], tf('Quý III/2026', '2026-07-01', '2026-09-30'),
    note_cell='Lồng ghép Hội nghị gặp mặt doanh nghiệp')
row('Báo cáo công tác cải cách hành chính quý, 6 tháng, năm gửi UBND tỉnh (qua Sở Nội vụ)', VP, CM,
    'Định kỳ hằng quý, trước ngày 12 của tháng cuối quý', 'Báo cáo định kỳ', [VP], [CM],
    tf('Định kỳ hằng quý, trước ngày 12 của tháng cuối quý'), note='periodic: no single dates')
P.table(head, rows, [5, 33, 14, 16, 11, 14, 9], font=11)

P.p(b('III. TỔ CHỨC THỰC HIỆN'), 'i', 'margin-top: 12pt')
t1 = ('Văn phòng là đơn vị thường trực, giúp Trưởng ban theo dõi, đôn đốc các phòng triển khai Kế hoạch; tổng hợp, '
      'báo cáo kết quả thực hiện trước ngày 05/12/2026.')
P.p(esc('1. ' + t1))
P.task('body', t1, lead=['Văn phòng'], timeframe=tf('trước ngày 05/12/2026', None, '2026-12-05'),
       note='the unit is the subject of the sentence (no sub-heading)')
t2 = ('Trưởng các phòng, đơn vị trực thuộc Ban căn cứ nhiệm vụ được giao, chủ động xây dựng kế hoạch chi tiết, triển '
      'khai thực hiện bảo đảm chất lượng, tiến độ.')
P.p(esc('2. ' + t2))
P.task('body', t2, lead=['Trưởng các phòng, đơn vị trực thuộc Ban'])
P.p(esc('Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng kịp thời báo cáo Trưởng ban (qua Văn phòng) '
        'để xem xét, chỉ đạo./.'))

P.save(WRITTEN_BY)
