"""16 — UBND thị xã Ba Đồn (Quảng Bình), Kế hoạch 08/KH-UBND ngày 10/01/2025: cải cách hành chính năm 2025,
Phụ lục on landscape pages, two-row merged header with a "Ghi chú" column, Roman group rows."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from htmlplan import Plan, esc, b, i, tf, pp, WRITTEN_BY_DATA3 as WRITTEN_BY

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = Plan(HERE, '08-KH-UBND_CCHC_thi_xa_Ba_Don_2025')

P.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': '08', 'symbol': 'KH-UBND', 'issuer': 'ỦY BAN NHÂN DÂN THỊ XÃ BA ĐỒN',
    'parent_issuer': None, 'place': 'Ba Đồn', 'date': '2025-01-10',
    'title': 'Cải cách hành chính thị xã Ba Đồn năm 2025',
    'signer': {'authority': 'TM. ỦY BAN NHÂN DÂN', 'deputy': 'KT. CHỦ TỊCH', 'position': 'PHÓ CHỦ TỊCH',
               'name': 'Đinh Xuân Phượng'},
}

P.table([], [[
    {'h': pp(b('ỦY BAN NHÂN DÂN')) + pp(b('THỊ XÃ BA ĐỒN')) + pp(esc('________')) + pp(esc('Số: 08/KH-UBND'))},
    {'h': pp(b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) + pp(b('Độc lập – Tự do – Hạnh phúc'))
          + pp(esc('______________________')) + pp(i('Ba Đồn, ngày 10 tháng 01 năm 2025'))}]], [38, 62], border=False, font=13)

P.p(b('KẾ HOẠCH'), 'c', 'margin-top: 18pt')
P.p(b('Cải cách hành chính thị xã Ba Đồn năm 2025'), 'c')
P.p(esc('__________'), 'c', 'margin-bottom: 12pt')

for s in ['Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;',
          'Căn cứ Kế hoạch số 2741/KH-UBND ngày 18/12/2024 của UBND tỉnh Quảng Bình về cải cách hành chính nhà nước năm 2025;',
          'Căn cứ kết quả xác định Chỉ số cải cách hành chính năm 2023 của thị xã (đạt 84,37 điểm, xếp thứ 3/8 huyện, thị xã, thành phố);',
          'Ủy ban nhân dân thị xã ban hành Kế hoạch cải cách hành chính năm 2025 với các nội dung sau:']:
    P.p(esc(s))

P.heading('I. MỤC ĐÍCH, YÊU CẦU')
P.heading('1. Mục đích')
P.p(esc('- Tiếp tục đẩy mạnh cải cách hành chính, trọng tâm là cải cách thủ tục hành chính, xây dựng chính quyền số; '
        'nâng cao chất lượng phục vụ người dân, doanh nghiệp.'))
P.p(esc('- Phấn đấu Chỉ số cải cách hành chính năm 2025 của thị xã đạt từ 86 điểm trở lên; Chỉ số hài lòng của người '
        'dân, tổ chức đối với sự phục vụ của cơ quan hành chính (SIPAS) đạt trên 90%.'))
P.heading('2. Yêu cầu')
P.p(esc('- Xác định cụ thể nhiệm vụ, thời gian hoàn thành và trách nhiệm của cơ quan, đơn vị chủ trì, phối hợp; '
        'gắn kết quả thực hiện với đánh giá, xếp loại thi đua cuối năm.'))
P.p(esc('- Người đứng đầu các cơ quan chuyên môn, UBND các xã, phường chịu trách nhiệm trước Chủ tịch UBND thị xã về '
        'kết quả cải cách hành chính của cơ quan, địa phương mình.'))

P.heading('II. NHIỆM VỤ TRỌNG TÂM')
P.p(esc('Năm 2025, thị xã tập trung thực hiện 06 nhóm nhiệm vụ: công tác chỉ đạo, điều hành; cải cách thể chế; cải cách '
        'thủ tục hành chính; cải cách tổ chức bộ máy và chế độ công vụ; cải cách tài chính công; xây dựng chính quyền '
        'điện tử, chính quyền số. Nhiệm vụ cụ thể, đơn vị chủ trì, phối hợp, thời gian và sản phẩm tại Phụ lục kèm theo.'))

P.heading('III. KINH PHÍ')
P.p(esc('Kinh phí thực hiện được bố trí trong dự toán chi thường xuyên năm 2025 của các cơ quan, đơn vị, địa phương theo '
        'phân cấp ngân sách hiện hành.'))

P.heading('IV. TỔ CHỨC THỰC HIỆN')
t = ('Là cơ quan thường trực, tham mưu UBND thị xã theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp '
     'báo cáo cải cách hành chính định kỳ quý, 6 tháng, năm gửi Sở Nội vụ theo quy định.')
P.p(b('1. Phòng Nội vụ: ') + esc(t))
P.task('body', t, lead=['Phòng Nội vụ'], timeframe=tf('định kỳ quý, 6 tháng, năm'),
       note='run-in unit; the period "định kỳ quý, 6 tháng, năm" has no dates')
t = ('Phối hợp với Phòng Nội vụ tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các đơn vị sự nghiệp công lập '
     'thực hiện cơ chế tự chủ tài chính.')
P.p(b('2. Phòng Tài chính - Kế hoạch: ') + esc(t))
P.task('body', t, lead=['Phòng Tài chính - Kế hoạch'], support=['Phòng Nội vụ'])
t = ('Căn cứ Kế hoạch này, xây dựng kế hoạch cải cách hành chính năm 2025 của cơ quan, địa phương mình, gửi về UBND '
     'thị xã (qua Phòng Nội vụ) trước ngày 25/01/2025.')
P.p(b('3. Các cơ quan chuyên môn thuộc UBND thị xã, UBND các xã, phường: ') + esc(t))
P.task('body', t, lead=['Các cơ quan chuyên môn thuộc UBND thị xã', 'UBND các xã, phường'],
       timeframe=tf('trước ngày 25/01/2025', None, '2025-01-25'))
P.p(esc('Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về UBND thị '
        'xã (qua Phòng Nội vụ) để xem xét, giải quyết./.'))

left = (pp('<b><i>Nơi nhận:</i></b>', 'l') + ''.join(pp(esc(x), 'l', 'font-size:11pt') for x in [
    '- Sở Nội vụ (b/c);', '- TT Thị ủy, TT HĐND thị xã (b/c);', '- Chủ tịch, các PCT UBND thị xã;',
    '- Các cơ quan chuyên môn thuộc UBND thị xã;', '- UBND các xã, phường;', '- Lưu: VT, NV.']))
right = (pp(b('TM. ỦY BAN NHÂN DÂN')) + pp(b('KT. CHỦ TỊCH')) + pp(b('PHÓ CHỦ TỊCH')) + pp('') * 4
         + pp(b('Đinh Xuân Phượng')))
P.table([], [[{'h': left}, {'h': right, 'al': 'c'}]], [50, 50], border=False)

# ---------------- Phụ lục (landscape) ----------------
P.landscape()
P.p(b('PHỤ LỤC'), 'c')
P.p(b('NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH THỊ XÃ BA ĐỒN NĂM 2025'), 'c')
P.p(i('(Kèm theo Kế hoạch số 08/KH-UBND ngày 10/01/2025 của UBND thị xã Ba Đồn)'), 'c', 'margin-bottom: 8pt')

head = [[{'h': b('TT'), 'rs': 2, 'al': 'c'}, {'h': b('Nội dung nhiệm vụ'), 'rs': 2, 'al': 'c'},
         {'h': b('Đơn vị thực hiện'), 'cs': 2, 'al': 'c'},
         {'h': b('Thời gian hoàn thành'), 'rs': 2, 'al': 'c'},
         {'h': b('Sản phẩm'), 'rs': 2, 'al': 'c'}, {'h': b('Ghi chú'), 'rs': 2, 'al': 'c'}],
        [{'h': b('Chủ trì'), 'al': 'c'}, {'h': b('Phối hợp'), 'al': 'c'}]]
rows = []
NV = 'Phòng Nội vụ'
TP = 'Phòng Tư pháp'
VP = 'Văn phòng HĐND và UBND thị xã'
CQ = 'Các cơ quan chuyên môn thuộc UBND thị xã'
XP = 'UBND các xã, phường'
VH = 'Phòng Văn hóa và Thông tin'


def group(n, title):
    rows.append([{'h': b(n), 'al': 'c'}, {'h': b(title), 'cs': 6}])


def row(n, text, lead_cell, sup_cell, time_cell, out_cell, note_cell, lead, support, timeframe, lead_rs=1, note=None):
    r = [{'h': esc(str(n)), 'al': 'c'}, {'h': esc(text)}]
    if lead_cell is not None:
        r.append({'h': esc(lead_cell), 'rs': lead_rs, 'al': 'c'})
    r += [{'h': esc(sup_cell)}, {'h': esc(time_cell), 'al': 'c'}, {'h': esc(out_cell)}, {'h': i(note_cell) if note_cell else ''}]
    rows.append(r)
    P.task('appendix', text, lead=lead, support=support, timeframe=timeframe, output=out_cell or None, note=note)


group('I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH')
row(1, 'Tổ chức kiểm tra công tác cải cách hành chính tại các cơ quan chuyên môn và UBND các xã, phường',
    NV, CQ + '; ' + XP, 'Quý II - Quý III/2025', 'Thông báo kết luận kiểm tra', 'Kiểm tra ít nhất 30% số cơ quan, đơn vị',
    [NV], [CQ, XP], tf('Quý II - Quý III/2025', '2025-04-01', '2025-09-30'), lead_rs=2,
    note='"Ghi chú" cell is not a truth field; lead cell merged over rows 1-2')
row(2, 'Điều tra xã hội học đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính thị xã',
    None, 'Trung tâm Văn hóa, Thông tin và Thể thao thị xã', 'Tháng 10/2025', 'Báo cáo kết quả SIPAS', '',
    [NV], ['Trung tâm Văn hóa, Thông tin và Thể thao thị xã'], tf('Tháng 10/2025', '2025-10-01', '2025-10-31'),
    note='one support unit with commas inside its name')
row(3, 'Tuyên truyền về cải cách hành chính trên Cổng thông tin điện tử thị xã và hệ thống truyền thanh cơ sở',
    VH, NV + '\n' + XP, 'Thường xuyên', 'Tin, bài, chuyên mục', '',
    [VH], [NV, XP], tf('Thường xuyên'), note='support cell: two units on two lines')
group('II', 'CẢI CÁCH THỂ CHẾ')
row(4, 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND thị xã ban hành',
    TP, CQ, 'Trước 31/3/2025', 'Danh mục văn bản hết hiệu lực, cần sửa đổi', '',
    [TP], [CQ], tf('Trước 31/3/2025', None, '2025-03-31'))
row(5, 'Theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai, xây dựng trên địa bàn thị xã',
    TP, 'Phòng Tài nguyên và Môi trường; Phòng Quản lý đô thị', 'Năm 2025', 'Báo cáo theo dõi thi hành pháp luật',
    'Lĩnh vực trọng tâm do UBND tỉnh xác định',
    [TP], ['Phòng Tài nguyên và Môi trường', 'Phòng Quản lý đô thị'], tf('Năm 2025', '2025-01-01', '2025-12-31'))
group('III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH')
row(6, 'Niêm yết, công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa thị xã và các xã, phường',
    VP, XP, 'Thường xuyên', 'Thủ tục hành chính được công khai đúng quy định', '',
    [VP], [XP], tf('Thường xuyên'))
row(7, 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực thuộc thẩm quyền cấp huyện, cấp xã',
    VP, CQ + ', ' + XP, 'Trước ngày 30/9/2025', 'Tỷ lệ số hóa đạt 100%', 'Theo Nghị định số 45/2020/NĐ-CP',
    [VP], [CQ, XP], tf('Trước ngày 30/9/2025', None, '2025-09-30'),
    note='support: two collectives separated by ", "')
row(8, 'Giải quyết hồ sơ thủ tục hành chính đúng và trước hạn, không để tồn đọng hồ sơ quá hạn',
    CQ + '; ' + XP, '', 'Thường xuyên', 'Tỷ lệ hồ sơ đúng hạn đạt trên 98%', '',
    [CQ, XP], [], tf('Thường xuyên'), note='lead: two collectives; support cell empty')
group('IV', 'CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ')
row(9, 'Sắp xếp, tinh gọn tổ chức bộ máy các cơ quan chuyên môn, đơn vị sự nghiệp công lập thuộc UBND thị xã',
    NV, CQ, 'Quý I - Quý II/2025', 'Đề án sắp xếp trình UBND tỉnh', 'Theo chỉ đạo của Trung ương, tỉnh',
    [NV], [CQ], tf('Quý I - Quý II/2025', '2025-01-01', '2025-06-30'), lead_rs=3,
    note='lead cell merged over rows 9-11')
row(10, 'Rà soát, cập nhật vị trí việc làm và cơ cấu ngạch công chức của các cơ quan hành chính thị xã',
    None, CQ, 'Tháng 5/2025', 'Danh mục vị trí việc làm được phê duyệt', '',
    [NV], [CQ], tf('Tháng 5/2025', '2025-05-01', '2025-05-31'))
row(11, 'Tổ chức bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức Bộ phận Một cửa các cấp',
    None, VP + '; ' + XP, '6 tháng cuối năm', '01 lớp bồi dưỡng', '',
    [NV], [VP, XP], tf('6 tháng cuối năm', '2025-07-01', '2025-12-31'), note='no year: the plan year 2025')
group('V', 'CẢI CÁCH TÀI CHÍNH CÔNG')
row(12, 'Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập thuộc thị xã giai đoạn 2025 - 2027',
    'Phòng Tài chính - Kế hoạch', NV + '; các đơn vị sự nghiệp công lập', 'Quý I/2025', 'Quyết định giao tự chủ', '',
    ['Phòng Tài chính - Kế hoạch'], [NV, 'các đơn vị sự nghiệp công lập'], tf('Quý I/2025', '2025-01-01', '2025-03-31'))
group('VI', 'XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ')
row(13, 'Triển khai gửi, nhận văn bản điện tử có ký số giữa các cơ quan, đơn vị trên Hệ thống quản lý văn bản và điều hành',
    VP, CQ + '; ' + XP, 'Thường xuyên', 'Trên 95% văn bản được ký số, gửi điện tử', '',
    [VP], [CQ, XP], tf('Thường xuyên'))
row(14, 'Nâng cấp hạ tầng mạng nội bộ, trang bị thiết bị cho Bộ phận Một cửa thị xã',
    VH, VP + '; Viễn thông Quảng Bình', 'Quý III/2025', 'Hạ tầng được nâng cấp', 'Trong phạm vi dự toán được giao',
    [VH], [VP, 'Viễn thông Quảng Bình'], tf('Quý III/2025', '2025-07-01', '2025-09-30'))
P.table(head, rows, [4, 34, 14, 17, 10, 13, 8], px=960)

P.save(WRITTEN_BY)
