"""28 — Sở Khoa học và Công nghệ tỉnh Khánh Hòa, Kế hoạch 27/KH-SKHCN ngày 16/01/2026 thực hiện nhiệm vụ phát triển khoa
học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2026.  The appendix table puts lead and support in ONE column
"Đơn vị thực hiện", written "Chủ trì: X; Phối hợp: Y" inside the cell (on one line, on two lines, with dashes, with
only "Chủ trì:", or "X chủ trì; Y phối hợp"), and a "Sản phẩm/kết quả" column whose cells have line breaks."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from htmlplan import Plan, esc, b, i, tf, pp, WRITTEN_BY_DATA5 as WRITTEN_BY
from h5 import header, title, paras, signature, check_pdf

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = Plan(HERE, '27-KH-SKHCN_KHCN_DMST_CDS_2026')
TITLE = ['Thực hiện nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo',
         'và chuyển đổi số năm 2026']
P.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': '27', 'symbol': 'KH-SKHCN', 'issuer': 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    'parent_issuer': 'UBND TỈNH KHÁNH HÒA', 'place': 'Khánh Hòa', 'date': '2026-01-16', 'title': ' '.join(TITLE),
    'signer': {'authority': None, 'deputy': 'KT. GIÁM ĐỐC', 'position': 'PHÓ GIÁM ĐỐC', 'name': 'Phan Ngọc Bảo Trâm'},
}
header(P, ['UBND TỈNH KHÁNH HÒA', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'], 'Số: 27/KH-SKHCN', '–––––––––––––',
       'Khánh Hòa, ngày 16 tháng 01 năm 2026')
title(P, TITLE)
paras(P, ['Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, '
          'công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;',
          'Căn cứ Kế hoạch số 09/KH-UBND ngày 08/01/2026 của UBND tỉnh thực hiện Chương trình hành động của Tỉnh ủy về '
          'phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2026;',
          'Sở Khoa học và Công nghệ ban hành Kế hoạch thực hiện như sau:'])
P.heading('I. MỤC ĐÍCH, YÊU CẦU')
paras(P, ['1. Triển khai kịp thời, đầy đủ các nhiệm vụ UBND tỉnh giao cho Sở; mỗi nhiệm vụ có đơn vị chủ trì, sản '
          'phẩm và thời hạn hoàn thành cụ thể.',
          '2. Bảo đảm sự phối hợp chặt chẽ giữa các phòng, đơn vị thuộc Sở với các sở, ngành, địa phương.'])
P.heading('II. NHIỆM VỤ CỤ THỂ')
P.p(esc('(Chi tiết tại Phụ lục kèm theo)'), 'c')
P.heading('III. TỔ CHỨC THỰC HIỆN')
VP = 'Văn phòng Sở'
KHTC = 'Phòng Kế hoạch - Tài chính'
t = ('Phòng Kế hoạch - Tài chính là đầu mối theo dõi, đôn đốc các phòng, đơn vị thực hiện Kế hoạch; tổng hợp báo cáo '
     'kết quả thực hiện 6 tháng trước ngày 10/6/2026 và cả năm trước ngày 10/12/2026.')
P.p(esc('1. ' + t))
P.task('body', t, lead=[KHTC], timeframe=tf('trước ngày 10/6/2026 và cả năm trước ngày 10/12/2026', None, '2026-12-10'),
       note='two reporting deadlines; end = the later')
t = ('Các phòng, đơn vị thuộc Sở được giao chủ trì chủ động xây dựng kế hoạch chi tiết, phối hợp chặt chẽ với đơn vị '
     'phối hợp để hoàn thành nhiệm vụ đúng tiến độ, chất lượng.')
P.p(esc('2. ' + t))
P.task('body', t, lead=['Các phòng, đơn vị thuộc Sở được giao chủ trì'],
       note='lead kept with its qualifier "được giao chủ trì"')
P.p(esc('Trong quá trình thực hiện, nếu có vướng mắc, các phòng, đơn vị kịp thời báo cáo Giám đốc Sở để chỉ đạo./.'))
signature(P, ['- UBND tỉnh (b/c);', '- Giám đốc, các PGĐ Sở;', '- Các phòng, đơn vị thuộc Sở;', '- Lưu: VT, KHTC.'],
          ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Phan Ngọc Bảo Trâm')

P.landscape()
P.p(b('PHỤ LỤC'), 'c')
P.p(b('DANH MỤC NHIỆM VỤ NĂM 2026 CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ'), 'c')
P.p(i('(Kèm theo Kế hoạch số 27/KH-SKHCN ngày 16/01/2026 của Sở Khoa học và Công nghệ tỉnh Khánh Hòa)'), 'c',
    'margin-bottom: 8pt')
head = [[{'h': b(x), 'al': 'c'} for x in ['TT', 'Nội dung công việc', 'Đơn vị thực hiện', 'Thời gian hoàn thành',
                                        'Sản phẩm/kết quả']]]
rows = []
QLKH = 'Phòng Quản lý khoa học'
CN = 'Phòng Quản lý công nghệ và Đổi mới sáng tạo'
CDS = 'Phòng Chuyển đổi số'
BCVT = 'Phòng Bưu chính, Viễn thông'
TTCDS = 'Trung tâm Chuyển đổi số'
TDC = 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng'


def group(n, t):
    rows.append([{'h': b(n), 'al': 'c'}, {'h': b(t), 'cs': 4}])


def row(n, text, unit_cell, time_cell, out_cell, lead, support, timeframe, output, note=None):
    rows.append([{'h': esc(n), 'al': 'c'}, {'h': esc(text)}, {'h': esc(unit_cell)}, {'h': esc(time_cell), 'al': 'c'},
                 {'h': esc(out_cell)}])
    P.task('appendix', text, lead=lead, support=support, timeframe=timeframe, output=output, note=note)


group('I', 'KHOA HỌC VÀ CÔNG NGHỆ')
row('1', 'Tổ chức xác định, tuyển chọn nhiệm vụ khoa học và công nghệ cấp tỉnh thực hiện từ năm 2027',
    'Chủ trì: ' + QLKH + '; Phối hợp: ' + KHTC, 'Quý III/2026',
    '- Danh mục nhiệm vụ được phê duyệt;\n- Quyết định giao thực hiện', [QLKH], [KHTC],
    tf('Quý III/2026', '2026-07-01', '2026-09-30'), '- Danh mục nhiệm vụ được phê duyệt;\n- Quyết định giao thực hiện',
    note='one line "Chủ trì: X; Phối hợp: Y"; output two dashed lines, kept as printed with the line break')
row('2', 'Đánh giá, nghiệm thu và công bố kết quả các nhiệm vụ khoa học và công nghệ cấp tỉnh kết thúc năm 2025',
    'Chủ trì: ' + QLKH + '\nPhối hợp: các Hội đồng khoa học chuyên ngành', 'Trước ngày 30/6/2026',
    'Biên bản nghiệm thu\nKết quả được công bố trên Cổng thông tin của Sở', [QLKH],
    ['các Hội đồng khoa học chuyên ngành'], tf('Trước ngày 30/6/2026', None, '2026-06-30'),
    'Biên bản nghiệm thu\nKết quả được công bố trên Cổng thông tin của Sở',
    note='"Chủ trì:" and "Phối hợp:" on two lines of the cell')
row('3', 'Hỗ trợ doanh nghiệp xây dựng, áp dụng hệ thống quản lý chất lượng, công cụ cải tiến năng suất',
    '- Chủ trì: ' + TDC + ';\n- Phối hợp: ' + CN + ', Hiệp hội Doanh nghiệp tỉnh.', 'Năm 2026',
    '- 15 doanh nghiệp được hỗ trợ;\n- Báo cáo kết quả', [TDC], [CN, 'Hiệp hội Doanh nghiệp tỉnh'],
    tf('Năm 2026', '2026-01-01', '2026-12-31'), '- 15 doanh nghiệp được hỗ trợ;\n- Báo cáo kết quả',
    note='dashed labelled lines ending ";" and "."; support split at ", "')
group('II', 'ĐỔI MỚI SÁNG TẠO')
row('4', 'Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh Khánh Hòa năm 2026 (Techfest Khánh Hòa 2026)',
    'Chủ trì: ' + CN + '; Phối hợp: Tỉnh đoàn, Sở Công Thương, các trường đại học trên địa bàn', 'Tháng 10/2026',
    'Ngày hội được tổ chức', [CN], ['Tỉnh đoàn', 'Sở Công Thương', 'các trường đại học trên địa bàn'],
    tf('Tháng 10/2026', '2026-10-01', '2026-10-31'), 'Ngày hội được tổ chức')
row('5', 'Xây dựng cơ sở dữ liệu chuyên gia, nhà khoa học và tổ chức khoa học và công nghệ của tỉnh',
    'Chủ trì: ' + CN + ', ' + TTCDS + '\nPhối hợp: ' + QLKH, 'Quý IV/2026', 'Cơ sở dữ liệu được vận hành',
    [CN, TTCDS], [QLKH], tf('Quý IV/2026', '2026-10-01', '2026-12-31'), 'Cơ sở dữ liệu được vận hành',
    note='TWO leads after "Chủ trì:", separated by ", "')
row('6', 'Thẩm định công nghệ các dự án đầu tư sử dụng công nghệ hạn chế chuyển giao theo đề nghị của cơ quan có '
    'thẩm quyền', 'Chủ trì: ' + CN, 'Theo đề nghị', 'Văn bản thẩm định công nghệ', [CN], [],
    tf('Theo đề nghị'), 'Văn bản thẩm định công nghệ', note='only "Chủ trì:"; no support')
group('III', 'CHUYỂN ĐỔI SỐ')
row('7', 'Tham mưu UBND tỉnh ban hành Kế hoạch chuyển đổi số tỉnh Khánh Hòa năm 2027',
    CDS + ' chủ trì; ' + TTCDS + ' phối hợp', 'Tháng 11/2026', 'Dự thảo Kế hoạch trình UBND tỉnh', [CDS], [TTCDS],
    tf('Tháng 11/2026', '2026-11-01', '2026-11-30'), 'Dự thảo Kế hoạch trình UBND tỉnh',
    note='same column, other wording: "X chủ trì; Y phối hợp"')
row('8', 'Vận hành, bảo đảm an toàn thông tin cho Trung tâm dữ liệu tỉnh và các hệ thống thông tin dùng chung',
    'Chủ trì: ' + TTCDS + '; Phối hợp: ' + CDS + ', Công an tỉnh (Phòng An ninh mạng và phòng, chống tội phạm sử '
    'dụng công nghệ cao)', 'Thường xuyên', '- Hệ thống vận hành ổn định;\n- Không để xảy ra sự cố mất an toàn thông tin',
    [TTCDS], [CDS, 'Công an tỉnh (Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao)'],
    tf('Thường xuyên'), '- Hệ thống vận hành ổn định;\n- Không để xảy ra sự cố mất an toàn thông tin',
    note='a support unit with a bracketed sub-unit containing a comma: kept as one unit')
row('9', 'Phối hợp Trung tâm Phục vụ hành chính công tỉnh nâng cao tỷ lệ hồ sơ thủ tục hành chính được xử lý trực '
    'tuyến toàn trình', 'Chủ trì: Trung tâm Phục vụ hành chính công tỉnh; Phối hợp: ' + CDS + ', ' + TTCDS,
    'Năm 2026', 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 60%', ['Trung tâm Phục vụ hành chính công tỉnh'],
    [CDS, TTCDS], tf('Năm 2026', '2026-01-01', '2026-12-31'), 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 60%',
    note='the text begins "Phối hợp ..." but the cell names the centre as lead')
row('10', 'Rà soát, quy hoạch hạ tầng trạm thu phát sóng di động 5G tại các khu công nghiệp, khu du lịch',
    'Chủ trì: ' + BCVT + '.\nPhối hợp: các doanh nghiệp viễn thông; UBND các xã, phường.', 'Quý II/2026',
    'Báo cáo rà soát\nDanh mục vị trí trạm đề xuất', [BCVT], ['các doanh nghiệp viễn thông', 'UBND các xã, phường'],
    tf('Quý II/2026', '2026-04-01', '2026-06-30'), 'Báo cáo rà soát\nDanh mục vị trí trạm đề xuất',
    note='labels end with "."; support split at ";" (the comma inside "các xã, phường" is not a separator)')
group('IV', 'CÔNG TÁC CHUNG')
row('11', 'Bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch trong dự toán năm 2026 được giao',
    'Chủ trì: ' + KHTC + '; Phối hợp: ' + VP, 'Quý I/2026', 'Quyết định phân bổ dự toán', [KHTC], [VP],
    tf('Quý I/2026', '2026-01-01', '2026-03-31'), 'Quyết định phân bổ dự toán')
row('12', 'Tuyên truyền kết quả thực hiện Nghị quyết số 57-NQ/TW trên Cổng thông tin điện tử của Sở',
    'Chủ trì: ' + VP + '\nPhối hợp: Các phòng, đơn vị thuộc Sở', 'Hằng tháng', '- Tin, bài;\n- Chuyên mục “Khoa học '
    'và đời sống”', [VP], ['Các phòng, đơn vị thuộc Sở'], tf('Hằng tháng'),
    '- Tin, bài;\n- Chuyên mục “Khoa học và đời sống”')
P.table(head, rows, [4, 38, 28, 12, 18], px=960)

P.save(WRITTEN_BY)
check_pdf(P)
