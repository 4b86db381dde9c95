"""19 — UBND phường Thuỷ Nguyên (thành phố Hải Phòng), Kế hoạch 47/KH-UBND ngày 28/4/2026: phòng, chống thiên tai,
tìm kiếm cứu nạn và bảo đảm an toàn công trình thuỷ lợi năm 2026. Old tone spelling throughout (Uỷ, hoà, thuỷ,
hoá, khoẻ, quí); a Phụ lục table crossing pages with its header repeated; unit cells with ";" and line breaks."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from htmlplan import Plan, esc, b, i, tf, pp, WRITTEN_BY_DATA3 as WRITTEN_BY

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = Plan(HERE, '47-KH-UBND_Phong_chong_thien_tai_phuong_Thuy_Nguyen_2026')

P.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': '47', 'symbol': 'KH-UBND', 'issuer': 'UỶ BAN NHÂN DÂN PHƯỜNG THUỶ NGUYÊN',
    'parent_issuer': 'THÀNH PHỐ HẢI PHÒNG', 'place': 'Thuỷ Nguyên', 'date': '2026-04-28',
    'title': ('Phòng, chống thiên tai, tìm kiếm cứu nạn và bảo đảm an toàn công trình thuỷ lợi trên địa bàn '
              'phường năm 2026'),
    'signer': {'authority': 'TM. UỶ BAN NHÂN DÂN', 'deputy': None, 'position': 'CHỦ TỊCH', 'name': 'Vũ Đức Hoà'},
}

P.table([], [[
    {'h': pp(esc('THÀNH PHỐ HẢI PHÒNG')) + pp(b('UỶ BAN NHÂN DÂN')) + pp(b('PHƯỜNG THUỶ NGUYÊN')) + pp(esc('¯¯¯¯¯¯¯'))
          + pp(esc('Số: 47/KH-UBND'))},
    {'h': pp(b('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM')) + pp(b('Độc lập - Tự do - Hạnh phúc')) + pp(esc('¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯'))
          + pp(i('Thuỷ Nguyên, ngày 28 tháng 4 năm 2026'))}]], [40, 60], border=False, font=13)

P.p(b('KẾ HOẠCH'), 'c', 'margin-top: 18pt')
P.p(b('Phòng, chống thiên tai, tìm kiếm cứu nạn và bảo đảm an toàn'), 'c')
P.p(b('công trình thuỷ lợi trên địa bàn phường năm 2026'), 'c')
P.p(esc('¯¯¯¯¯¯¯¯¯¯'), 'c', 'margin-bottom: 12pt')

for s in ['Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013; Luật sửa đổi, bổ sung một số điều của Luật '
          'Phòng, chống thiên tai và Luật Đê điều ngày 17 tháng 6 năm 2020;',
          'Căn cứ Luật Phòng thủ dân sự ngày 20 tháng 6 năm 2023;',
          'Thực hiện Kế hoạch số 118/KH-UBND ngày 02/4/2026 của Uỷ ban nhân dân thành phố về phòng, chống thiên tai và '
          'tìm kiếm cứu nạn năm 2026;',
          'Uỷ ban nhân dân phường Thuỷ Nguyên xây dựng Kế hoạch phòng, chống thiên tai, tìm kiếm cứu nạn và bảo đảm an '
          'toàn công trình thuỷ lợi năm 2026 như sau:']:
    P.p(esc(s))

P.heading('I. MỤC ĐÍCH, YÊU CẦU')
P.p(esc('1. Chủ động phòng ngừa, ứng phó kịp thời, khắc phục khẩn trương, có hiệu quả hậu quả thiên tai; bảo vệ tính '
        'mạng, sức khoẻ, tài sản của Nhân dân, Nhà nước; giảm thiểu thiệt hại về người và tài sản.'))
P.p(esc('2. Quán triệt, thực hiện có hiệu quả phương châm "bốn tại chỗ" (chỉ huy tại chỗ; lực lượng tại chỗ; vật tư, '
        'phương tiện và kinh phí tại chỗ; hậu cần tại chỗ); phân công nhiệm vụ cụ thể cho từng cơ quan, đơn vị, tổ '
        'dân phố, tuỳ theo cấp độ rủi ro thiên tai.'))

P.heading('II. NHIỆM VỤ, GIẢI PHÁP')
P.p(esc('Các nhiệm vụ cụ thể trước, trong và sau thiên tai, đơn vị chủ trì, phối hợp và thời gian hoàn thành tại Phụ '
        'lục kèm theo Kế hoạch này.'))

P.heading('III. KINH PHÍ')
P.p(esc('Kinh phí thực hiện từ nguồn dự phòng ngân sách phường, Quỹ phòng, chống thiên tai và các nguồn huy động hợp '
        'pháp khác; việc quản lý, sử dụng, thanh quyết toán theo quy định hiện hành.'))

P.heading('IV. TỔ CHỨC THỰC HIỆN')
t = ('Ban Chỉ huy Phòng thủ dân sự phường chịu trách nhiệm chỉ đạo, điều hành thống nhất công tác phòng, chống thiên '
     'tai; phân công thành viên phụ trách các tổ dân phố xung yếu.')
P.p(esc('1. ' + t))
P.task('body', t, lead=['Ban Chỉ huy Phòng thủ dân sự phường'])
t = ('Phòng Kinh tế, Hạ tầng và Đô thị là cơ quan thường trực, theo dõi, tổng hợp tình hình thực hiện Kế hoạch, báo '
     'cáo Uỷ ban nhân dân phường và Uỷ ban nhân dân thành phố trước ngày 10/12/2026.')
P.p(esc('2. ' + t))
P.task('body', t, lead=['Phòng Kinh tế, Hạ tầng và Đô thị'], timeframe=tf('trước ngày 10/12/2026', None, '2026-12-10'))
t = ('Đề nghị Uỷ ban Mặt trận Tổ quốc Việt Nam phường vận động các tổ chức, cá nhân ủng hộ Quỹ phòng, chống thiên tai, '
     'tham gia hỗ trợ người dân bị ảnh hưởng bởi thiên tai.')
P.p(esc('3. ' + t))
P.task('body', t, lead=['Uỷ ban Mặt trận Tổ quốc Việt Nam phường'], note='"Đề nghị" (a request to a body the UBND does not command)')
P.p(esc('Yêu cầu các cơ quan, đơn vị, tổ dân phố nghiêm túc triển khai thực hiện; trong quá trình thực hiện nếu có '
        'khó khăn, vướng mắc, báo cáo về Uỷ ban nhân dân phường (qua Phòng Kinh tế, Hạ tầng và Đô thị) để xem xét, '
        'giải quyết./.'))

left = (pp('<b><i>Nơi nhận:</i></b>', 'l') + ''.join(pp(esc(x), 'l', 'font-size:11pt') for x in [
    '- UBND thành phố (b/c);', '- Bộ Chỉ huy Quân sự thành phố (b/c);', '- TT Đảng uỷ, TT HĐND phường;',
    '- Chủ tịch, các PCT UBND phường;', '- Thành viên BCH PTDS phường;', '- Các tổ dân phố;', '- Lưu: VT, KTHTĐT.']))
right = pp(b('TM. UỶ BAN NHÂN DÂN')) + pp(b('CHỦ TỊCH')) + pp('') * 4 + pp(b('Vũ Đức Hoà'))
P.table([], [[{'h': left}, {'h': right, 'al': 'c'}]], [50, 50], border=False)

# ---------------- Phụ lục ----------------
P.page_break()
P.p(b('PHỤ LỤC'), 'c')
P.p(b('PHÂN CÔNG NHIỆM VỤ PHÒNG, CHỐNG THIÊN TAI, TÌM KIẾM CỨU NẠN NĂM 2026'), 'c')
P.p(i('(Kèm theo Kế hoạch số 47/KH-UBND ngày 28/4/2026 của Uỷ ban nhân dân phường Thuỷ Nguyên)'), 'c',
    'margin-bottom: 8pt')

KT = 'Phòng Kinh tế, Hạ tầng và Đô thị'
VH = 'Phòng Văn hoá - Xã hội'
VP = 'Văn phòng HĐND và UBND phường'
CA = 'Công an phường'
QS = 'Ban Chỉ huy Quân sự phường'
YT = 'Trạm Y tế phường'
TDP = 'Các tổ dân phố'
rows = []


def group(n, title):
    rows.append([{'h': b(n), 'al': 'c'}, {'h': b(title), 'cs': 4}])


def row(n, text, lead_cell, sup_cell, time_cell, lead, support, timeframe, note=None):
    rows.append([{'h': esc(str(n)), 'al': 'c'}, {'h': esc(text)}, {'h': esc(lead_cell)}, {'h': esc(sup_cell)},
                 {'h': esc(time_cell), 'al': 'c'}])
    P.task('appendix', text, lead=lead, support=support, timeframe=timeframe, output=None, note=note)


group('A', 'TRƯỚC MÙA MƯA BÃO')
row(1, 'Kiện toàn Ban Chỉ huy Phòng thủ dân sự phường; phân công nhiệm vụ cụ thể cho từng thành viên phụ trách địa bàn, lĩnh vực; ban hành quy chế hoạt động của Ban Chỉ huy',
    KT, VP, 'Trước ngày 15/5/2026', [KT], [VP], tf('Trước ngày 15/5/2026', None, '2026-05-15'))
row(2, 'Rà soát, cập nhật phương án ứng phó thiên tai theo các cấp độ rủi ro, trong đó có phương án sơ tán dân ở các khu vực trũng thấp, ven sông Bạch Đằng, sông Giá và các hộ ở nhà không bảo đảm an toàn',
    KT, CA + ';\n' + QS + ';\n' + TDP, 'Quí II/2026', [KT], [CA, QS, TDP], tf('Quí II/2026', '2026-04-01', '2026-06-30'),
    note='support: three units, each ending ";" and on its own line; "Quí" old spelling of "Quý"')
row(3, 'Kiểm tra hiện trạng đê điều, cống dưới đê, hồ chứa nước và các công trình thuỷ lợi trên địa bàn; lập danh sách các vị trí xung yếu, xây dựng phương án hộ đê, bảo vệ trọng điểm',
    KT, 'Công ty TNHH MTV Khai thác công trình thuỷ lợi Thuỷ Nguyên;\nHạt Quản lý đê Thuỷ Nguyên', 'Trước mùa mưa bão (trước 31/5/2026)',
    [KT], ['Công ty TNHH MTV Khai thác công trình thuỷ lợi Thuỷ Nguyên', 'Hạt Quản lý đê Thuỷ Nguyên'],
    tf('Trước mùa mưa bão (trước 31/5/2026)', None, '2026-05-31'))
row(4, 'Chuẩn bị vật tư, phương tiện, trang thiết bị phòng, chống thiên tai theo phương châm "bốn tại chỗ"; kiểm tra, bổ sung áo phao, phao tròn, nhà bạt, máy phát điện',
    QS, KT + '; Văn phòng HĐND và UBND phường', 'Tháng 5/2026', [QS], [KT, VP], tf('Tháng 5/2026', '2026-05-01', '2026-05-31'))
row(5, 'Tuyên truyền, phổ biến kiến thức phòng, chống thiên tai, kỹ năng ứng phó với bão, lũ, ngập lụt, sét, lốc xoáy trên hệ thống truyền thanh phường, trang thông tin điện tử và nhóm Zalo các tổ dân phố',
    VH, 'Uỷ ban Mặt trận Tổ quốc Việt Nam phường;\n' + TDP, 'Thường xuyên', [VH],
    ['Uỷ ban Mặt trận Tổ quốc Việt Nam phường', TDP], tf('Thường xuyên'))
row(6, 'Tổ chức diễn tập phương án ứng phó thiên tai và tìm kiếm cứu nạn cấp phường năm 2026 tại tổ dân phố Thuỷ Tú',
    QS, CA + '; ' + YT + ';\n' + KT, 'Quí II - Quí III/2026', [QS], [CA, YT, KT],
    tf('Quí II - Quí III/2026', '2026-04-01', '2026-09-30'), note='support: ";" inside a line and ";" + line break')
row(7, 'Thu Quỹ phòng, chống thiên tai năm 2026 theo quy định; công khai kết quả thu, sử dụng Quỹ',
    'Phòng Văn hoá - Xã hội; ' + TDP, '', 'Trước ngày 30/9/2026', [VH, TDP], [],
    tf('Trước ngày 30/9/2026', None, '2026-09-30'), note='two leads; support cell empty')
group('B', 'TRONG KHI XẢY RA THIÊN TAI')
row(8, 'Tổ chức trực ban 24/24 giờ; theo dõi chặt chẽ diễn biến của bão, áp thấp nhiệt đới, mưa lớn; kịp thời thông báo, hướng dẫn người dân chủ động phòng tránh',
    VP, 'Thành viên Ban Chỉ huy Phòng thủ dân sự phường', 'Khi có thiên tai', [VP],
    ['Thành viên Ban Chỉ huy Phòng thủ dân sự phường'], tf('Khi có thiên tai'))
row(9, 'Tổ chức sơ tán, di dời người dân ra khỏi khu vực nguy hiểm đến nơi an toàn; bảo đảm an ninh, trật tự, bảo vệ tài sản của Nhân dân tại khu vực sơ tán',
    CA + '\n' + QS, TDP + '\n' + YT, 'Khi có lệnh sơ tán', [CA, QS], [TDP, YT], tf('Khi có lệnh sơ tán'),
    note='lead and support each: two units on two lines, no separator')
row(10, 'Huy động lực lượng, phương tiện tham gia tìm kiếm cứu nạn, cứu hộ; cấp cứu, điều trị người bị thương',
    QS, CA + ';\n' + YT + ';\nĐoàn Thanh niên phường', 'Ngay khi có tình huống', [QS], [CA, YT, 'Đoàn Thanh niên phường'],
    tf('Ngay khi có tình huống'))
row(11, 'Vận hành các trạm bơm tiêu úng, điều tiết nước hợp lý để chống ngập cho lúa, hoa màu và các khu dân cư',
    'Công ty TNHH MTV Khai thác công trình thuỷ lợi Thuỷ Nguyên', KT, 'Trong mùa mưa bão',
    ['Công ty TNHH MTV Khai thác công trình thuỷ lợi Thuỷ Nguyên'], [KT], tf('Trong mùa mưa bão'))
group('C', 'SAU THIÊN TAI')
row(12, 'Thống kê, đánh giá thiệt hại; đề xuất hỗ trợ kịp thời cho các hộ gia đình bị thiệt hại về người, nhà ở, cây trồng, vật nuôi theo quy định',
    KT, VH + ';\n' + TDP, 'Chậm nhất 05 ngày sau thiên tai', [KT], [VH, TDP], tf('Chậm nhất 05 ngày sau thiên tai'))
row(13, 'Vệ sinh môi trường, phun hoá chất khử khuẩn, phòng, chống dịch bệnh sau thiên tai; bảo đảm nước sạch, sức khoẻ cho Nhân dân',
    YT, 'Phòng Văn hoá - Xã hội; Hội Liên hiệp Phụ nữ phường; ' + TDP, 'Sau thiên tai', [YT],
    [VH, 'Hội Liên hiệp Phụ nữ phường', TDP], tf('Sau thiên tai'))
row(14, 'Khắc phục sự cố công trình thuỷ lợi, đê điều, khơi thông dòng chảy; sửa chữa trường học, trạm y tế bị hư hỏng, bảo đảm hoạt động bình thường',
    KT, 'Công ty TNHH MTV Khai thác công trình thuỷ lợi Thuỷ Nguyên;\nTrường học trên địa bàn', 'Ngay sau thiên tai',
    [KT], ['Công ty TNHH MTV Khai thác công trình thuỷ lợi Thuỷ Nguyên', 'Trường học trên địa bàn'], tf('Ngay sau thiên tai'))
row(15, 'Tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026; khen thưởng các tập thể, cá nhân có thành tích xuất sắc',
    VP, KT + '; ' + VH, 'Quí IV/2026', [VP], [KT, VH], tf('Quí IV/2026', '2026-10-01', '2026-12-31'))

P.table([[b('TT'), b('Nội dung công việc'), b('Đơn vị chủ trì'), b('Đơn vị phối hợp'), b('Thời gian hoàn thành')]],
        rows, [5, 43, 16, 22, 14], font=13)

P.save(WRITTEN_BY)
