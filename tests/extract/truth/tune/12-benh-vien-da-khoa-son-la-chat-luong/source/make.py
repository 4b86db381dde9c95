"""12 — Bệnh viện Đa khoa tỉnh Sơn La, 356/KH-BVĐK, 05/3/2026: cải tiến chất lượng, hài lòng người bệnh."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from htmlplan import Plan, esc, b, i, tf, pp, WRITTEN_BY

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = Plan(HERE, '356-KH-BVDK_Cai_tien_chat_luong_2026')

P.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': '356', 'symbol': 'KH-BVĐK', 'issuer': 'BỆNH VIỆN ĐA KHOA TỈNH',
    'parent_issuer': 'SỞ Y TẾ SƠN LA', 'place': 'Sơn La', 'date': '2026-03-05',
    'title': 'Cải tiến chất lượng và nâng cao sự hài lòng của người bệnh năm 2026',
    'signer': {'authority': None, 'deputy': None, 'position': 'GIÁM ĐỐC', 'name': 'Cầm Văn Thắng'},
    'note': 'the name line is printed with the degree: "BSCKII. Cầm Văn Thắng"; name here is without it',
}

P.table([], [[
    {'h': pp(esc('SỞ Y TẾ SƠN LA')) + pp(b('BỆNH VIỆN ĐA KHOA TỈNH')) + pp('') + pp(esc('Số: 356/KH-BVĐK'))},
    {'h': pp(b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) + pp('<b><u>%s</u></b>' % esc('Độc lập – Tự do – Hạnh phúc'))
          + pp('') + pp(i('Sơn La, ngày 05 tháng 3 năm 2026'))}]], [40, 60], border=False, font=13)

P.p(b('KẾ HOẠCH'), 'c', 'margin-top: 18pt')
P.p(b('Cải tiến chất lượng và nâng cao sự hài lòng của người bệnh năm 2026'), 'c', 'margin-bottom: 12pt')

for s in ['Căn cứ Thông tư số 19/2013/TT-BYT ngày 12/7/2013 của Bộ Y tế hướng dẫn thực hiện quản lý chất lượng '
          'dịch vụ khám bệnh, chữa bệnh tại bệnh viện;',
          'Căn cứ Quyết định số 6858/QĐ-BYT ngày 18/11/2016 của Bộ trưởng Bộ Y tế ban hành Bộ tiêu chí chất lượng '
          'bệnh viện Việt Nam;',
          'Căn cứ kết quả tự đánh giá chất lượng bệnh viện năm 2025 (đạt 3,52/5 điểm, tăng 0,08 điểm so với năm 2024);',
          'Bệnh viện Đa khoa tỉnh xây dựng Kế hoạch cải tiến chất lượng và nâng cao sự hài lòng của người bệnh năm '
          '2026, cụ thể như sau:']:
    P.p(esc(s))

P.heading('I. MỤC TIÊU')
P.heading('1. Mục tiêu chung')
P.p(esc('Nâng cao chất lượng khám bệnh, chữa bệnh, bảo đảm an toàn người bệnh; xây dựng hình ảnh người thầy '
        'thuốc tận tụy, thân thiện; tăng sự hài lòng của người bệnh và nhân viên y tế.'))
P.heading('2. Mục tiêu cụ thể')
for s in ['- Điểm trung bình chất lượng bệnh viện đạt từ 3,65 điểm trở lên;',
          '- Tỷ lệ hài lòng của người bệnh nội trú đạt trên 95%, ngoại trú đạt trên 90%;',
          '- Thời gian chờ khám trung bình dưới 60 phút; không có sự cố y khoa nghiêm trọng.']:
    P.p(esc(s))

P.heading('II. NHIỆM VỤ VÀ GIẢI PHÁP')


def fields(lead, sup, time, out=None, style='lines'):
    """The responsibility lines under a task, as the hospital's clerk writes them."""
    if style == 'lines':
        P.p(esc('- Khoa, phòng chủ trì: %s;' % lead))
        P.p(esc('- Khoa, phòng phối hợp: %s;' % sup))
        P.p(esc('- Thời gian thực hiện: %s%s' % (time, ';' if out else '.')))
        if out:
            P.p(esc('- Sản phẩm: %s.' % out))
    else:   # one line: "Chủ trì: ... Phối hợp: ... Thời gian: ..."
        P.p('<i>%s</i>' % esc('Chủ trì: %s. Phối hợp: %s. Thời gian: %s.' % (lead, sup, time)))


# --- 1: automatic numbering a., b., c. (LibreOffice list; the labels are not in the text), one list
#     continued across the field lines between its items (start=) ---
P.heading('1. Kiện toàn hệ thống quản lý chất lượng')
items1 = [
    ('Kiện toàn Hội đồng Quản lý chất lượng bệnh viện và mạng lưới quản lý chất lượng tại các khoa, phòng; phân '
     'công thành viên phụ trách từng nhóm tiêu chí.',
     'Phòng Quản lý chất lượng', 'Phòng Tổ chức cán bộ', 'Quý I/2026', 'Quyết định kiện toàn Hội đồng và mạng lưới',
     ['Phòng Quản lý chất lượng'], ['Phòng Tổ chức cán bộ'], tf('Quý I/2026', '2026-01-01', '2026-03-31')),
    ('Xây dựng, cập nhật bộ chỉ số chất lượng chuyên môn của bệnh viện và của từng khoa lâm sàng.',
     'Phòng Quản lý chất lượng', 'Phòng Kế hoạch tổng hợp, các khoa lâm sàng', 'Trước 31/3', 'Bộ chỉ số được ban hành',
     ['Phòng Quản lý chất lượng'], ['Phòng Kế hoạch tổng hợp', 'các khoa lâm sàng'], tf('Trước 31/3', None, '2026-03-31')),
    ('Tổ chức tự đánh giá chất lượng bệnh viện theo Bộ tiêu chí chất lượng bệnh viện Việt Nam, gửi kết quả về Sở Y tế.',
     'Hội đồng Quản lý chất lượng', 'Các khoa, phòng', 'Định kỳ 6 tháng', 'Báo cáo tự đánh giá',
     ['Hội đồng Quản lý chất lượng'], ['Các khoa, phòng'], tf('Định kỳ 6 tháng')),
]
for k, (text, l, s, t, o, lead, sup, time) in enumerate(items1, 1):
    P.ol([esc(text)], 'a', start=k if k > 1 else None)
    fields(l, s, t, o)
    P.task('body', text, lead=lead, support=sup, timeframe=time, output=o)

# --- 2: typed labels "a.", "b.", "c." (in the text) ---
P.heading('2. Cải tiến quy trình khám bệnh, giảm thời gian chờ')
items2 = [
    ('a.', 'Sắp xếp lại khu vực đón tiếp, bố trí thêm 04 bàn khám vào giờ cao điểm tại Khoa Khám bệnh; niêm yết sơ '
           'đồ, quy trình khám bệnh bằng tiếng Việt, tiếng Thái và tiếng Mông.',
     'Khoa Khám bệnh', 'Phòng Điều dưỡng, Phòng Hành chính quản trị', 'Quý II/2026', None,
     ['Khoa Khám bệnh'], ['Phòng Điều dưỡng', 'Phòng Hành chính quản trị'], tf('Quý II/2026', '2026-04-01', '2026-06-30')),
    ('b.', 'Triển khai đặt lịch khám trực tuyến qua ứng dụng và cổng thông tin điện tử của bệnh viện; mở rộng thanh '
           'toán viện phí không dùng tiền mặt.',
     'Phòng Công nghệ thông tin', 'Phòng Tài chính - Kế toán, Khoa Khám bệnh', 'Trước 30/6/2026',
     'Ứng dụng đặt lịch khám hoạt động',
     ['Phòng Công nghệ thông tin'], ['Phòng Tài chính - Kế toán', 'Khoa Khám bệnh'], tf('Trước 30/6/2026', None, '2026-06-30')),
    ('c.', 'Kết nối, liên thông dữ liệu khám bệnh, chữa bệnh với Sổ sức khỏe điện tử trên ứng dụng VNeID.',
     'Phòng Công nghệ thông tin', 'Phòng Kế hoạch tổng hợp', 'Trong năm 2026', None,
     ['Phòng Công nghệ thông tin'], ['Phòng Kế hoạch tổng hợp'], tf('Trong năm 2026', '2026-01-01', '2026-12-31')),
]
for lab, text, l, s, t, o, lead, sup, time in items2:
    P.p(esc(lab + ' ' + text))
    fields(l, s, t, o)
    P.task('body', text, lead=lead, support=sup, timeframe=time, output=o,
           note='typed label "%s" is not part of the text' % lab)

# --- 3: automatic numbering again, responsibility on one italic line ---
P.heading('3. Nâng cao chất lượng chuyên môn, bảo đảm an toàn người bệnh')
items3 = [
    ('Thực hiện đầy đủ 6 mục tiêu an toàn người bệnh; giám sát tuân thủ vệ sinh tay của nhân viên y tế, bảo đảm tỷ '
     'lệ tuân thủ đạt trên 85%.', 'Khoa Kiểm soát nhiễm khuẩn', 'Phòng Điều dưỡng', 'Hằng tháng',
     ['Khoa Kiểm soát nhiễm khuẩn'], ['Phòng Điều dưỡng'], tf('Hằng tháng')),
    ('Bình bệnh án, bình đơn thuốc định kỳ; giám sát sử dụng kháng sinh tại các khoa lâm sàng.', 'Khoa Dược',
     'Hội đồng Thuốc và điều trị, Phòng Kế hoạch tổng hợp', 'Thường xuyên',
     ['Khoa Dược'], ['Hội đồng Thuốc và điều trị', 'Phòng Kế hoạch tổng hợp'], tf('Thường xuyên')),
    ('Phát triển kỹ thuật lọc máu liên tục và can thiệp mạch vành qua da.', 'Phòng Kế hoạch tổng hợp',
     'Khoa Hồi sức tích cực - Chống độc, Khoa Tim mạch', 'Tháng 7-12/2026',
     ['Phòng Kế hoạch tổng hợp'], ['Khoa Hồi sức tích cực - Chống độc', 'Khoa Tim mạch'],
     tf('Tháng 7-12/2026', '2026-07-01', '2026-12-31')),
]
for k, (text, l, s, t, lead, sup, time) in enumerate(items3, 1):
    P.ol([esc(text)], 'a', start=k if k > 1 else None)
    fields(l, s, t, style='one')
    P.task('body', text, lead=lead, support=sup, timeframe=time)

# --- 4: typed labels again ---
P.heading('4. Nâng cao sự hài lòng của người bệnh và nhân viên y tế')
items4 = [
    ('a.', 'Khảo sát sự hài lòng của người bệnh ngoại trú, nội trú và của nhân viên y tế trên phần mềm của Bộ Y tế; '
           'phân tích nguyên nhân, đề xuất giải pháp cải tiến.',
     'Phòng Quản lý chất lượng', 'Phòng Công tác xã hội', 'Hằng quý', 'Báo cáo kết quả khảo sát',
     ['Phòng Quản lý chất lượng'], ['Phòng Công tác xã hội'], tf('Hằng quý')),
    ('b.', 'Tập huấn kỹ năng giao tiếp, ứng xử cho 100% điều dưỡng, hộ sinh và nhân viên đón tiếp.',
     'Phòng Điều dưỡng', 'Phòng Công tác xã hội', 'Quý II/2026', None,
     ['Phòng Điều dưỡng'], ['Phòng Công tác xã hội'], tf('Quý II/2026', '2026-04-01', '2026-06-30')),
    ('c.', 'Duy trì đường dây nóng, hòm thư góp ý; tiếp nhận, giải quyết phản ánh của người bệnh trong vòng 48 giờ.',
     'Phòng Công tác xã hội', 'Phòng Hành chính quản trị', 'Thường xuyên', None,
     ['Phòng Công tác xã hội'], ['Phòng Hành chính quản trị'], tf('Thường xuyên')),
]
for lab, text, l, s, t, o, lead, sup, time in items4:
    P.p(esc(lab + ' ' + text))
    fields(l, s, t, o)
    P.task('body', text, lead=lead, support=sup, timeframe=time, output=o,
           note='typed label "%s" is not part of the text' % lab)

P.heading('III. KINH PHÍ')
P.p(esc('Từ nguồn thu sự nghiệp của bệnh viện và các nguồn hợp pháp khác theo quy định.'))

P.heading('IV. TỔ CHỨC THỰC HIỆN')
P.p(b('1. Phòng Quản lý chất lượng: ') + esc(
    'Là đầu mối theo dõi, đôn đốc các khoa, phòng thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Ban Giám đốc và Sở '
    'Y tế trước ngày 10/12/2026.'))
P.task('body', 'Là đầu mối theo dõi, đôn đốc các khoa, phòng thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Ban '
       'Giám đốc và Sở Y tế trước ngày 10/12/2026.', lead=['Phòng Quản lý chất lượng'],
       timeframe=tf('trước ngày 10/12/2026', None, '2026-12-10'),
       note='run-in bold unit name "1. Phòng Quản lý chất lượng:" then the duty on the same line')
P.p(b('2. Trưởng các khoa, phòng: ') + esc(
    'Xây dựng đề án cải tiến chất lượng của khoa, phòng mình, gửi Phòng Quản lý chất lượng trước ngày 20/3/2026; '
    'phổ biến Kế hoạch đến toàn thể viên chức, người lao động.'))
P.task('body', 'Xây dựng đề án cải tiến chất lượng của khoa, phòng mình, gửi Phòng Quản lý chất lượng trước ngày '
       '20/3/2026; phổ biến Kế hoạch đến toàn thể viên chức, người lao động.', lead=['Trưởng các khoa, phòng'],
       timeframe=tf('trước ngày 20/3/2026', None, '2026-03-20'))
P.p(esc('Trên đây là Kế hoạch cải tiến chất lượng và nâng cao sự hài lòng của người bệnh năm 2026 của Bệnh viện Đa '
        'khoa tỉnh, đề nghị các khoa, phòng nghiêm túc triển khai thực hiện./.'))

left = pp('<b><i>Nơi nhận:</i></b>', 'l') + ''.join(pp(esc(x), 'l', 'font-size:11pt') for x in [
    '- Sở Y tế (b/c);', '- Ban Giám đốc;', '- Các khoa, phòng;', '- Lưu: VT, QLCL.'])
right = pp(b('GIÁM ĐỐC')) + pp('') * 4 + pp(b('BSCKII. Cầm Văn Thắng'))
P.table([], [[{'h': left}, {'h': right}]], [50, 50], border=False)
P.save(WRITTEN_BY)
