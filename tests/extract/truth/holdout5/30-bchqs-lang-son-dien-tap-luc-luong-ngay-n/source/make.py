"""30 — Bộ Chỉ huy Quân sự tỉnh Lạng Sơn (Quân khu 1), Kế hoạch 123/KH-BCH ngày 10/3/2026 tổ chức diễn tập ứng phó sự
cố, thiên tai và tìm kiếm cứu nạn năm 2026.  Military layout: "Số: 123/KH-BCH", the rank before the signer's name
("Đại tá Nông Văn Thắng" on one line), a landscape appendix with columns Cơ quan chủ trì | Cơ quan phối hợp | Lực
lượng thực hiện | Thời gian, group rows by phase, time cells "Ngày N-30", "Ngày N", "Giai đoạn 1 (tháng 4/2026)"."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from htmlplan import Plan, esc, b, i, tf, pp, WRITTEN_BY_DATA5 as WRITTEN_BY
from h5 import header, title, paras, signature, check_pdf

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = Plan(HERE, '123-KH-BCH_Dien_tap_UPSC_TKCN_2026')
TITLE = ['Tổ chức diễn tập ứng phó sự cố, thiên tai và tìm kiếm cứu nạn năm 2026']
P.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': '123', 'symbol': 'KH-BCH', 'issuer': 'BỘ CHỈ HUY QUÂN SỰ TỈNH LẠNG SƠN',
    'parent_issuer': 'QUÂN KHU 1', 'place': 'Lạng Sơn', 'date': '2026-03-10', 'title': TITLE[0],
    'signer': {'authority': None, 'deputy': None, 'position': 'CHỈ HUY TRƯỞNG', 'name': 'Nông Văn Thắng',
               'rank': 'Đại tá'},
    'note': 'the name line is printed "Đại tá Nông Văn Thắng"; name without the rank',
}
header(P, ['QUÂN KHU 1', 'BỘ CHỈ HUY QUÂN SỰ', 'TỈNH LẠNG SƠN'], 'Số: 123/KH-BCH', '–––––––––––––',
       'Lạng Sơn, ngày 10 tháng 3 năm 2026')
title(P, TITLE)
paras(P, ['Căn cứ Luật Phòng thủ dân sự ngày 20 tháng 6 năm 2023;',
          'Căn cứ Kế hoạch số 85/KH-BTL ngày 12 tháng 01 năm 2026 của Bộ Tư lệnh Quân khu 1 về công tác phòng thủ dân '
          'sự, phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026;',
          'Căn cứ Mệnh lệnh huấn luyện năm 2026 của Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh;',
          'Bộ Chỉ huy Quân sự tỉnh xây dựng Kế hoạch tổ chức diễn tập như sau:'])
P.heading('I. MỤC ĐÍCH, YÊU CẦU')
paras(P, ['1. Nâng cao năng lực chỉ huy, điều hành của cơ quan quân sự các cấp và khả năng hiệp đồng giữa các lực '
          'lượng trong ứng phó sự cố, thiên tai và tìm kiếm cứu nạn.',
          '2. Diễn tập đúng ý định, sát thực tế địa bàn; tuyệt đối an toàn về người, vũ khí, trang bị và phương tiện.'])
P.heading('II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM')
paras(P, ['1. Nội dung: Diễn tập xử trí tình huống lũ quét, sạt lở đất gây ách tắc giao thông và thiệt hại về người '
          'tại khu vực xã Hoàng Đồng.',
          '2. Thời gian: Giai đoạn 1 (chuẩn bị) từ tháng 4 đến tháng 5/2026; Giai đoạn 2 (thực hành) vào Ngày N, dự '
          'kiến trong tháng 6/2026, ngày cụ thể do Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh quyết định; Giai đoạn 3 '
          '(kết thúc) sau Ngày N.',
          '3. Thành phần, lực lượng và phân công nhiệm vụ cụ thể tại Phụ lục kèm theo.'])
P.heading('III. TỔ CHỨC THỰC HIỆN')
TM, CT, HCKT = 'Phòng Tham mưu', 'Phòng Chính trị', 'Phòng Hậu cần - Kỹ thuật'
KV1 = 'Ban Chỉ huy Phòng thủ khu vực 1 - Cao Lộc'


def runin(n, unit, duty, lead, support=(), timeframe=None, note=None):
    P.p('%s %s' % (b('%d. %s:' % (n, unit)), esc(duty)))
    P.task('body', duty, lead=lead, support=support, timeframe=timeframe, note=note)


runin(1, TM, 'Chủ trì, phối hợp với Phòng Chính trị, Phòng Hậu cần - Kỹ thuật tham mưu cho Chỉ huy trưởng tổ chức, '
      'điều hành diễn tập; xây dựng văn kiện, ý định và kế hoạch hiệp đồng các lực lượng.', [TM], [CT, HCKT],
      note='run-in bold unit before the colon is the lead; text = the duty after it')
runin(2, CT, 'Xây dựng kế hoạch công tác đảng, công tác chính trị trong diễn tập; phối hợp với Báo và Phát thanh, '
      'Truyền hình Lạng Sơn tuyên truyền kết quả diễn tập.', [CT], ['Báo và Phát thanh, Truyền hình Lạng Sơn'])
runin(3, KV1, 'Phối hợp với UBND xã Hoàng Đồng chuẩn bị địa bàn, bảo đảm an ninh, trật tự khu vực diễn tập; huy '
      'động lực lượng dân quân, dự bị động viên tham gia theo kế hoạch.', [KV1], ['UBND xã Hoàng Đồng'])
P.p(esc('Quá trình thực hiện có vướng mắc, các cơ quan, đơn vị báo cáo về Bộ Chỉ huy (qua Phòng Tham mưu) để giải '
        'quyết./.'))
signature(P, ['- Bộ Tư lệnh Quân khu 1 (b/c);', '- Thường trực Tỉnh ủy, UBND tỉnh (b/c);', '- Thủ trưởng Bộ CHQS tỉnh;',
              '- Các cơ quan, đơn vị thuộc Bộ CHQS tỉnh;', '- Lưu: VT, TM. Tg15b.'],
          ['CHỈ HUY TRƯỞNG'], 'Đại tá Nông Văn Thắng')

P.landscape()
P.p(b('PHỤ LỤC'), 'c')
P.p(b('PHÂN CÔNG NHIỆM VỤ DIỄN TẬP ỨNG PHÓ SỰ CỐ, THIÊN TAI VÀ TÌM KIẾM CỨU NẠN NĂM 2026'), 'c')
P.p(i('(Kèm theo Kế hoạch số 123/KH-BCH ngày 10/3/2026 của Bộ Chỉ huy Quân sự tỉnh Lạng Sơn)'), 'c',
    'margin-bottom: 8pt')
head = [[{'h': b(x), 'al': 'c'} for x in ['TT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp',
                                        'Lực lượng thực hiện', 'Thời gian']]]
rows = []
TD = 'Tiểu đoàn bộ binh 2'
DQ = 'Dân quân tự vệ các xã thuộc khu vực 1'


def group(n, t):
    rows.append([{'h': b(n), 'al': 'c'}, {'h': b(t), 'cs': 5}])


def row(n, text, lead, support, impl_cell, implementer, time_cell, timeframe, note=None):
    rows.append([{'h': esc(str(n)), 'al': 'c'}, {'h': esc(text)}, {'h': esc('; '.join(lead))},
                 {'h': esc('; '.join(support))}, {'h': esc(impl_cell)}, {'h': esc(time_cell), 'al': 'c'}])
    P.task('appendix', text, lead=lead, support=support, implementer=implementer, timeframe=timeframe, note=note)


group('I', 'GIAI ĐOẠN 1: CHUẨN BỊ')
row(1, 'Khảo sát địa hình, lựa chọn khu vực diễn tập và các điểm thực binh', [TM], [KV1],
    'Tổ khảo sát của Bộ CHQS tỉnh', ['Tổ khảo sát của Bộ CHQS tỉnh'], 'Giai đoạn 1 (tháng 4/2026)',
    tf('Giai đoạn 1 (tháng 4/2026)', '2026-04-01', '2026-04-30'), note='the phase cell carries its month')
row(2, 'Xây dựng văn kiện diễn tập, ý định tình huống và kế hoạch hiệp đồng', [TM], [CT, HCKT], '', [],
    'Giai đoạn 1', tf('Giai đoạn 1'), note='bare phase: no dates in the cell (the body gives April-May 2026)')
row(3, 'Bảo đảm xăng dầu, xe máy, xuồng cứu hộ, thuốc và trang thiết bị y tế cho diễn tập', [HCKT], ['Sở Y tế'],
    'Ban Hậu cần, Ban Kỹ thuật; Bệnh xá Bộ CHQS tỉnh', ['Ban Hậu cần', 'Ban Kỹ thuật', 'Bệnh xá Bộ CHQS tỉnh'],
    'Ngày N-30 đến Ngày N-5', tf('Ngày N-30 đến Ngày N-5'), note='relative to Ngày N, which the plan does not fix')
row(4, 'Huấn luyện, luyện tập các tình huống cứu hộ, cứu nạn cho lực lượng tham gia diễn tập', [TM], [KV1],
    TD + '\n' + DQ, [TD, DQ], 'Ngày N-20 đến Ngày N-3', tf('Ngày N-20 đến Ngày N-3'),
    note='implementer cell: two forces on two lines')
row(5, 'Tổng duyệt diễn tập', [TM], [CT, HCKT, KV1], 'Toàn bộ lực lượng tham gia diễn tập',
    ['Toàn bộ lực lượng tham gia diễn tập'], 'Ngày N-2', tf('Ngày N-2'))
group('II', 'GIAI ĐOẠN 2: THỰC HÀNH DIỄN TẬP')
row(6, 'Tiếp nhận thông tin, báo cáo tình huống lũ quét, sạt lở đất; triển khai Sở chỉ huy tiền phương',
    [TM], ['Sở Nông nghiệp và Môi trường'], 'Cơ quan Bộ CHQS tỉnh; Đại đội thông tin',
    ['Cơ quan Bộ CHQS tỉnh', 'Đại đội thông tin'], 'Ngày N (từ 07 giờ 00)', tf('Ngày N (từ 07 giờ 00)'))
row(7, 'Tìm kiếm, cứu nạn người bị vùi lấp; sơ cứu, vận chuyển người bị thương đến cơ sở y tế', [KV1],
    ['Công an tỉnh', 'Sở Y tế'], TD + '; Đại đội công binh; ' + DQ, [TD, 'Đại đội công binh', DQ], 'Ngày N',
    tf('Ngày N'))
row(8, 'Sơ tán nhân dân, tài sản ra khỏi khu vực nguy hiểm; bảo đảm hậu cần tại nơi sơ tán', ['UBND xã Hoàng Đồng'],
    [KV1, 'Hội Chữ thập đỏ tỉnh'], 'Dân quân, dự bị động viên xã Hoàng Đồng; Đoàn viên thanh niên',
    ['Dân quân, dự bị động viên xã Hoàng Đồng', 'Đoàn viên thanh niên'], 'Ngày N', tf('Ngày N'),
    note='implementer "Dân quân, dự bị động viên xã Hoàng Đồng" is ONE force (its comma joins two kinds of one commune)')
row(9, 'Thông tin, tuyên truyền trực tiếp diễn biến diễn tập', [CT], ['Báo và Phát thanh, Truyền hình Lạng Sơn'],
    'Tổ tuyên truyền Phòng Chính trị', ['Tổ tuyên truyền Phòng Chính trị'], 'Ngày N', tf('Ngày N'))
group('III', 'GIAI ĐOẠN 3: KẾT THÚC')
row(10, 'Rút kinh nghiệm, thu hồi lực lượng, vũ khí, trang bị, phương tiện về vị trí tập kết', [TM], [HCKT],
    'Các lực lượng tham gia diễn tập', ['Các lực lượng tham gia diễn tập'], 'Ngày N+1', tf('Ngày N+1'))
row(11, 'Báo cáo kết quả diễn tập về Bộ Tư lệnh Quân khu 1 và UBND tỉnh', [TM], [CT], '', [],
    'Giai đoạn 3 (trước ngày 15/7/2026)', tf('Giai đoạn 3 (trước ngày 15/7/2026)', None, '2026-07-15'),
    note='empty implementer cell')
P.table(head, rows, [4, 36, 14, 16, 18, 12], px=960)

P.save(WRITTEN_BY)
check_pdf(P)
