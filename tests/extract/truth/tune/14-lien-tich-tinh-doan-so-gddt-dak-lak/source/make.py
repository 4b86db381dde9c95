"""14 — Kế hoạch liên tịch Tỉnh đoàn Đắk Lắk - Sở GD&ĐT, 05/KHLT-TĐTN-SGDĐT, 25/8/2026: kỹ năng sống, bạo lực học đường."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from htmlplan import Plan, esc, b, i, tf, pp, WRITTEN_BY

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = Plan(HERE, '05-KHLT-TDTN-SGDDT_Ky_nang_song_2026-2027')

P.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': '05', 'symbol': 'KHLT-TĐTN-SGDĐT',
    'issuer': 'TỈNH ĐOÀN ĐẮK LẮK - SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'parent_issuer': None, 'place': 'Đắk Lắk',
    'date': '2026-08-25',
    'title': 'Phối hợp giáo dục kỹ năng sống, phòng, chống bạo lực học đường và tai nạn thương tích cho học sinh '
             'năm học 2026 - 2027',
    'signer': {'authority': 'TM. BAN THƯỜNG VỤ TỈNH ĐOÀN', 'deputy': None, 'position': 'PHÓ BÍ THƯ',
               'name': 'Nguyễn Thị Thanh Hiền'},
    'note': 'Joint plan of two bodies under ONE number: the header prints both in one bold paragraph with a line '
            'break ("TỈNH ĐOÀN ĐẮK LẮK -" / "SỞ GIÁO DỤC VÀ ĐÀO TẠO"), joined here with a space. Two signers side by '
            'side; this truth records the left one (Tỉnh đoàn, named first in the header). The right one is '
            '"KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" / Trần Văn Lực (Sở Giáo dục và Đào tạo).',
}

P.table([], [[
    {'h': pp(b('TỈNH ĐOÀN ĐẮK LẮK -\nSỞ GIÁO DỤC VÀ ĐÀO TẠO')) + pp(esc('¯¯¯¯¯¯¯¯')) + pp(esc('Số: 05/KHLT-TĐTN-SGDĐT'))},
    {'h': pp(b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) + pp('<b>%s</b>' % esc('Độc lập - Tự do - Hạnh phúc'))
          + pp(esc('¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯')) + pp(i('Đắk Lắk, ngày 25 tháng 8 năm 2026'))}]], [42, 58], border=False, font=13)

P.p(b('KẾ HOẠCH'), 'c', 'margin-top: 18pt')
P.p(b('Phối hợp giáo dục kỹ năng sống, phòng, chống bạo lực học đường và tai nạn thương tích\ncho học sinh năm học '
      '2026 - 2027'), 'c', 'margin-bottom: 12pt')

for s in ['Căn cứ Chương trình phối hợp số 12/CTrPH-TĐTN-SGDĐT ngày 10/3/2025 giữa Ban Thường vụ Tỉnh đoàn và Sở '
          'Giáo dục và Đào tạo giai đoạn 2025 - 2030;',
          'Thực hiện Kế hoạch số 221/KH-SGDĐT ngày 15/8/2026 của Sở Giáo dục và Đào tạo về thực hiện nhiệm vụ năm học '
          '2026 - 2027;',
          'Ban Thường vụ Tỉnh đoàn và Sở Giáo dục và Đào tạo thống nhất ban hành Kế hoạch liên tịch phối hợp giáo dục '
          'kỹ năng sống, phòng, chống bạo lực học đường và tai nạn thương tích cho học sinh năm học 2026 - 2027 như sau:']:
    P.p(esc(s))

# roman headings are ONE automatic list "I." "II." ... (labels not in the text)
P.ol([b('MỤC ĐÍCH, YÊU CẦU')], 'I')
P.p(esc('- Trang bị cho học sinh kỹ năng nhận diện, phòng tránh bạo lực học đường, xâm hại, tai nạn thương tích, '
        'đuối nước và các nguy cơ trên không gian mạng.'))
P.p(esc('- Phát huy vai trò xung kích của tổ chức Đoàn trong trường học; các hoạt động bảo đảm thiết thực, an toàn, '
        'không gây áp lực cho học sinh.'))
P.ol([b('NỘI DUNG HOẠT ĐỘNG')], 'I', start=2)
P.p(esc('Các hoạt động phối hợp, đơn vị thực hiện, đơn vị phối hợp, thời gian và kinh phí dự kiến được nêu tại '
        'Phụ lục kèm theo Kế hoạch này.'))
P.ol([b('KINH PHÍ')], 'I', start=3)
P.p(esc('Kinh phí do mỗi bên bảo đảm theo hoạt động do mình thực hiện, từ dự toán được giao năm 2026, năm 2027 và '
        'các nguồn xã hội hóa hợp pháp.'))
P.ol([b('TRÁCH NHIỆM CỦA CÁC BÊN')], 'I', start=4)
duties = [
    ('Ban Thường vụ Tỉnh đoàn', [
        ('Chỉ đạo các cơ sở Đoàn trong trường học xây dựng kế hoạch tổ chức các hoạt động theo Kế hoạch này; bố trí '
         'kinh phí thực hiện các hoạt động do Tỉnh đoàn thực hiện.', [], None),
        ('Định kỳ hằng quý phối hợp với Sở Giáo dục và Đào tạo đánh giá kết quả thực hiện, đề xuất điều chỉnh hoạt '
         'động cho phù hợp.', ['Sở Giáo dục và Đào tạo'], tf('Định kỳ hằng quý'))]),
    ('Sở Giáo dục và Đào tạo', [
        ('Chỉ đạo các trường THPT tạo điều kiện về thời gian, cơ sở vật chất để Đoàn trường tổ chức hoạt động; đưa '
         'kết quả thực hiện vào tiêu chí đánh giá thi đua năm học.', [], None),
        ('Bố trí kinh phí từ nguồn chi sự nghiệp giáo dục cho các hoạt động do Sở thực hiện.', [], None)]),
    ('Đoàn thanh niên các trường trung học phổ thông', [
        ('Phối hợp với Ban giám hiệu nhà trường xây dựng kế hoạch cụ thể, triển khai trước ngày 30/9/2026; báo cáo '
         'kết quả về Tỉnh đoàn và Sở Giáo dục và Đào tạo khi kết thúc học kỳ I và cuối năm học.',
         ['Ban giám hiệu nhà trường'], tf('trước ngày 30/9/2026', None, '2026-09-30'))]),
]
for k, (unit, items) in enumerate(duties, 1):
    P.p('<b><i>%s</i></b>' % esc('%d. %s' % (k, unit)))
    for text, sup, time in items:
        P.p(esc('- ' + text))
        P.task('body', text, lead=[unit], support=sup, timeframe=time)
P.p(esc('Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các đơn vị phản ánh về Tỉnh đoàn (qua Ban Thanh thiếu '
        'nhi Trường học) và Sở Giáo dục và Đào tạo (qua Phòng Giáo dục phổ thông) để phối hợp giải quyết./.'))

left = pp(b('TM. BAN THƯỜNG VỤ TỈNH ĐOÀN')) + pp(b('PHÓ BÍ THƯ')) + pp('') * 4 + pp(b('Nguyễn Thị Thanh Hiền'))
right = pp(b('KT. GIÁM ĐỐC')) + pp(b('PHÓ GIÁM ĐỐC')) + pp('') * 4 + pp(b('Trần Văn Lực'))
P.p('')
P.table([], [[{'h': left}, {'h': right}]], [50, 50], border=False)
P.p(b('Nơi nhận:') + '', 'l', 'margin-top: 12pt')
for x in ['- Trung ương Đoàn (b/c);', '- Bộ Giáo dục và Đào tạo (b/c);', '- Thường trực Tỉnh ủy, UBND tỉnh (b/c);',
          '- Thường trực Tỉnh đoàn, Ban Giám đốc Sở GDĐT;', '- Các trường THPT, Đoàn trường THPT;',
          '- Lưu: VT Tỉnh đoàn, VT Sở GDĐT.']:
    P.p(esc(x), 'l', 'font-size: 11pt')

# ---------------- Phụ lục ----------------
P.page_break()
P.p(b('PHỤ LỤC'), 'c')
P.p(b('CÁC HOẠT ĐỘNG PHỐI HỢP NĂM HỌC 2026 - 2027'), 'c')
P.p(i('(Kèm theo Kế hoạch liên tịch số 05/KHLT-TĐTN-SGDĐT ngày 25/8/2026 của Tỉnh đoàn và Sở Giáo dục và Đào tạo)'),
    'c', 'margin-bottom: 8pt')
head = [[b('STT'), b('Tên hoạt động'), b('Đơn vị thực hiện'), b('Đơn vị phối hợp'), b('Thời gian'),
         b('Kinh phí (triệu đồng)'), b('Sản phẩm')]]
rows = []
TT = 'Tỉnh đoàn (Ban Thanh thiếu nhi Trường học)'
DT = 'Đoàn trường các trường THPT'
GD = 'Sở Giáo dục và Đào tạo'
PT = 'Phòng Giáo dục phổ thông (Sở GDĐT)'


def row(n, text, impl_cell, sup_cell, time_cell, money, out_cell, impl, support, timeframe, note=None):
    rows.append([{'h': esc(str(n)), 'al': 'c'}, {'h': esc(text)}, {'h': esc(impl_cell)}, {'h': esc(sup_cell)},
                 {'h': esc(time_cell), 'al': 'c'}, {'h': esc(money), 'al': 'c'}, {'h': esc(out_cell)}])
    P.task('appendix', text, lead=[], support=support, implementer=impl, timeframe=timeframe, output=out_cell or None,
           note=note)


NOTE_IMPL = 'the table has no "chủ trì" column: its "Đơn vị thực hiện" units are implementer, lead is empty'
row(1, 'Tập huấn kỹ năng tư vấn tâm lý học đường cho bí thư đoàn trường, giáo viên làm công tác tư vấn học sinh',
    TT, PT, 'Tháng 9/2026', '45', '02 lớp, 200 học viên', [TT], [PT], tf('Tháng 9/2026', '2026-09-01', '2026-09-30'),
    note=NOTE_IMPL)
row(2, 'Tổ chức diễn đàn “Học sinh nói không với bạo lực học đường” tại các trường THPT', DT, TT + '; ' + PT,
    'Tháng 10/2026', '20', '01 diễn đàn/trường', [DT], [TT, PT], tf('Tháng 10/2026', '2026-10-01', '2026-10-31'))
row(3, 'Tổ chức Hội thi “Thanh niên với văn hóa giao thông” cấp tỉnh', 'Tỉnh đoàn (Ban Phong trào)',
    'Ban An toàn giao thông tỉnh; Phòng Cảnh sát giao thông Công an tỉnh', 'Tháng 11/2026', '60',
    '01 hội thi, 30 đội tham gia', ['Tỉnh đoàn (Ban Phong trào)'],
    ['Ban An toàn giao thông tỉnh', 'Phòng Cảnh sát giao thông Công an tỉnh'],
    tf('Tháng 11/2026', '2026-11-01', '2026-11-30'))
row(4, 'Khảo sát thực trạng bạo lực học đường, bắt nạt trên không gian mạng tại 20 trường THPT', GD, 'Tỉnh đoàn',
    'Học kỳ I', '15', 'Báo cáo khảo sát', [GD], ['Tỉnh đoàn'], tf('Học kỳ I'),
    note='"Học kỳ I": a school term, no calendar dates given')
row(5, 'Hướng dẫn kỹ năng phòng, chống đuối nước, tai nạn thương tích cho học sinh trước kỳ nghỉ Tết Nguyên đán', DT,
    'Trung tâm Hoạt động thanh thiếu nhi tỉnh', 'Tháng 01/2027', '', '', [DT],
    ['Trung tâm Hoạt động thanh thiếu nhi tỉnh'], tf('Tháng 01/2027', '2027-01-01', '2027-01-31'),
    note='money and product cells empty')
row(6, 'Xây dựng và duy trì mô hình “Điểm tư vấn tâm lý học đường thân thiện” tại các trường THPT', 'Các trường THPT',
    'Đoàn trường', 'Năm học 2026 - 2027', '', 'Mỗi trường 01 điểm tư vấn', ['Các trường THPT'], ['Đoàn trường'],
    tf('Năm học 2026 - 2027'), note='a school year: no calendar dates given')
row(7, 'Tổ chức Ngày hội “Học sinh với kỹ năng an toàn trên không gian mạng”', TT,
    'Công an tỉnh (Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao)', 'Tháng 3/2027', '30',
    '01 ngày hội', [TT], ['Công an tỉnh (Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao)'],
    tf('Tháng 3/2027', '2027-03-01', '2027-03-31'), note='one support unit: the commas are inside the parentheses')
row(8, 'Tuyên dương học sinh tiêu biểu trong phong trào “Học sinh 3 rèn luyện”', 'Tỉnh đoàn;\n' + GD, '',
    'Tháng 5/2027', '25', 'Quyết định khen thưởng', ['Tỉnh đoàn', GD], [], tf('Tháng 5/2027', '2027-05-01', '2027-05-31'),
    note='two implementers, ";" and a line break between them')
row(9, 'Sơ kết, đánh giá kết quả phối hợp năm học 2026 - 2027', 'Sở Giáo dục và Đào tạo (Văn phòng Sở)',
    'Tỉnh đoàn (Văn phòng Tỉnh đoàn)', 'Tháng 6/2027', '', 'Báo cáo sơ kết', ['Sở Giáo dục và Đào tạo (Văn phòng Sở)'],
    ['Tỉnh đoàn (Văn phòng Tỉnh đoàn)'], tf('Tháng 6/2027', '2027-06-01', '2027-06-30'))
row(10, 'Chỉ đạo các cơ sở Đoàn tham gia chương trình “Tiếp sức mùa thi” năm 2027', 'Tỉnh đoàn', GD,
    'Tháng 6-7/2027', '', '', ['Tỉnh đoàn'], [GD], tf('Tháng 6-7/2027', '2027-06-01', '2027-07-31'))
P.table(head, rows, [6, 30, 17, 19, 10, 8, 14], font=11)

P.save(WRITTEN_BY)
