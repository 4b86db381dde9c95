"""29 — UBND thành phố Bảo Lộc (Lâm Đồng), Kế hoạch 25/KH-UBND ngày 14/02/2025 thực hiện Chương trình Mỗi xã một sản
phẩm (OCOP) năm 2025 (before the district level ended on 01/7/2025).  Tasks in the BODY under "III. NHIỆM VỤ CỤ THỂ"
as a typed numbered list, each item ending with its units and time in brackets ("... (Phòng Kinh tế chủ trì; thời
gian: Quý I/2025)."), and a Phụ lục table repeating five of them (three word for word, two shortened) plus one row
of its own."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from htmlplan import Plan, esc, b, i, tf, pp, WRITTEN_BY_DATA5 as WRITTEN_BY
from h5 import header, title, paras, signature, check_pdf

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = Plan(HERE, '25-KH-UBND_OCOP_Bao_Loc_2025')
TITLE = ['Thực hiện Chương trình Mỗi xã một sản phẩm (OCOP)', 'trên địa bàn thành phố Bảo Lộc năm 2025']
P.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': '25', 'symbol': 'KH-UBND', 'issuer': 'ỦY BAN NHÂN DÂN THÀNH PHỐ BẢO LỘC',
    'parent_issuer': None, 'place': 'Bảo Lộc', 'date': '2025-02-14', 'title': ' '.join(TITLE),
    'signer': {'authority': 'TM. ỦY BAN NHÂN DÂN', 'deputy': 'KT. CHỦ TỊCH', 'position': 'PHÓ CHỦ TỊCH',
               'name': 'Võ Thị Ngọc Hân'},
}
header(P, ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ BẢO LỘC'], 'Số: 25/KH-UBND', '–––––––––––––',
       'Bảo Lộc, ngày 14 tháng 02 năm 2025', left_bold_from=0)
title(P, TITLE)
paras(P, ['Căn cứ Quyết định số 919/QĐ-TTg ngày 01 tháng 8 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình '
          'Mỗi xã một sản phẩm giai đoạn 2021 - 2025;',
          'Căn cứ Kế hoạch số 58/KH-UBND ngày 20/01/2025 của UBND tỉnh Lâm Đồng thực hiện Chương trình OCOP năm 2025;',
          'UBND thành phố Bảo Lộc ban hành Kế hoạch thực hiện Chương trình OCOP năm 2025 như sau:'])
P.heading('I. MỤC ĐÍCH, YÊU CẦU')
paras(P, ['1. Phát triển các sản phẩm OCOP dựa trên thế mạnh về trà, cà phê, tơ lụa và nông sản đặc trưng của thành '
          'phố; nâng cao năng lực của các chủ thể OCOP.',
          '2. Phân công cụ thể cơ quan chủ trì, phối hợp và thời gian thực hiện; gắn trách nhiệm của người đứng đầu '
          'với kết quả thực hiện Chương trình.'])
P.heading('II. CHỈ TIÊU')
paras(P, ['1. Có thêm ít nhất 08 sản phẩm được công nhận đạt từ 3 sao trở lên; 01 sản phẩm đề nghị đánh giá 5 sao.',
          '2. 100% sản phẩm OCOP đã công nhận được đánh giá lại khi hết thời hạn và được hỗ trợ xúc tiến thương mại.'])
P.heading('III. NHIỆM VỤ CỤ THỂ')

KT = 'Phòng Kinh tế'
TCKH = 'Phòng Tài chính - Kế hoạch'
VHTT = 'Phòng Văn hóa và Thông tin'
TTVH = 'Trung tâm Văn hóa - Thể thao và Truyền thông thành phố'
XP = 'UBND các xã, phường'
DVNN = 'Trung tâm Dịch vụ nông nghiệp thành phố'
BODY = {}


def item(n, text, bracket, lead, support=(), timeframe=None, note=None):
    P.p(esc('%d. %s (%s).' % (n, text, bracket)))
    BODY[n] = text
    P.task('body', text, lead=lead, support=support, timeframe=timeframe,
           note=('text without the label and the final bracket with its full stop' + ('; ' + note if note else '')))


item(1, 'Rà soát, đánh giá tiềm năng sản phẩm; lựa chọn sản phẩm có lợi thế để hướng dẫn các chủ thể đăng ký tham gia '
     'Chương trình OCOP năm 2025', 'Phòng Kinh tế chủ trì; thời gian: Quý I/2025', [KT],
     timeframe=tf('Quý I/2025', '2025-01-01', '2025-03-31'))
item(2, 'Hỗ trợ các chủ thể hoàn thiện hồ sơ, bao bì, nhãn mác cho nhóm sản phẩm chủ lực (trà, cà phê, tơ lụa) '
     'trước khi đề nghị đánh giá, phân hạng',
     'Phòng Kinh tế chủ trì, phối hợp Phòng Tài chính - Kế hoạch; thời gian: tháng 3/2025', [KT], [TCKH],
     timeframe=tf('tháng 3/2025', '2025-03-01', '2025-03-31'),
     note='a bracket INSIDE the text "(trà, cà phê, tơ lụa)" before the final one')
item(3, 'Tuyên truyền về Chương trình OCOP, giới thiệu các sản phẩm OCOP của thành phố trên Trang thông tin điện tử '
     'và hệ thống truyền thanh cơ sở',
     'Phòng Văn hóa và Thông tin chủ trì, Trung tâm Văn hóa - Thể thao và Truyền thông thành phố phối hợp; thời '
     'gian: thường xuyên', [VHTT], [TTVH], timeframe=tf('thường xuyên'))
item(4, 'Tổ chức đánh giá, phân hạng sản phẩm OCOP cấp xã; lập hồ sơ đề nghị cấp thành phố đánh giá',
     'UBND các xã, phường chủ trì; thời gian: Quý II/2025', [XP], timeframe=tf('Quý II/2025', '2025-04-01', '2025-06-30'))
item(5, 'Tập huấn kiến thức về quản trị, tiếp thị sản phẩm và thương mại điện tử cho các hợp tác xã, tổ hợp tác, hộ '
     'sản xuất tham gia Chương trình OCOP',
     'Phòng Kinh tế chủ trì; Hội Nông dân thành phố, Hội Liên hiệp Phụ nữ thành phố phối hợp; hoàn thành trước ngày '
     '30/6/2025', [KT], ['Hội Nông dân thành phố', 'Hội Liên hiệp Phụ nữ thành phố'],
     timeframe=tf('trước ngày 30/6/2025', None, '2025-06-30'))
item(6, 'Tham mưu bố trí kinh phí hỗ trợ các chủ thể có sản phẩm được công nhận OCOP theo quy định của tỉnh',
     'Phòng Tài chính - Kế hoạch chủ trì; thời gian: Quý II - Quý III/2025', [TCKH],
     timeframe=tf('Quý II - Quý III/2025', '2025-04-01', '2025-09-30'))
item(7, 'Tổ chức Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp thành phố năm 2025',
     'Phòng Kinh tế chủ trì; thời gian: từ tháng 5 đến tháng 9/2025', [KT],
     timeframe=tf('từ tháng 5 đến tháng 9/2025', '2025-05-01', '2025-09-30'))
item(8, 'Hướng dẫn các chủ thể áp dụng quy trình sản xuất an toàn, truy xuất nguồn gốc đối với sản phẩm nông sản '
     'OCOP', 'Trung tâm Dịch vụ nông nghiệp thành phố chủ trì; thời gian: năm 2025', [DVNN],
     timeframe=tf('năm 2025', '2025-01-01', '2025-12-31'))
item(9, 'Hỗ trợ các chủ thể OCOP tham gia hội chợ, triển lãm, Festival Hoa Đà Lạt và đưa sản phẩm lên các sàn thương '
     'mại điện tử', 'Phòng Kinh tế chủ trì, phối hợp các chủ thể OCOP; thời gian: Quý IV/2025', [KT],
     ['các chủ thể OCOP'], timeframe=tf('Quý IV/2025', '2025-10-01', '2025-12-31'))
item(10, 'Kiểm tra việc duy trì chất lượng, sử dụng nhãn hiệu, biểu trưng OCOP của các sản phẩm đã được công nhận',
     'Phòng Kinh tế chủ trì; thời gian: trước ngày 15/12/2025', [KT],
     timeframe=tf('trước ngày 15/12/2025', None, '2025-12-15'))

P.heading('IV. TỔ CHỨC THỰC HIỆN')
t = ('Phòng Kinh tế là cơ quan thường trực, giúp UBND thành phố theo dõi, đôn đốc các cơ quan, đơn vị, địa phương '
     'thực hiện Kế hoạch; tổng hợp, báo cáo UBND thành phố, Sở Nông nghiệp và Phát triển nông thôn kết quả thực hiện '
     'trước ngày 20/12/2025.')
P.p(esc('1. ' + t))
P.task('body', t, lead=[KT], timeframe=tf('trước ngày 20/12/2025', None, '2025-12-20'))
t = ('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội thành phố phối hợp tuyên '
     'truyền, vận động hội viên, đoàn viên tham gia Chương trình OCOP.')
P.p(esc('2. ' + t))
P.task('body', t, lead=['Ủy ban Mặt trận Tổ quốc Việt Nam thành phố', 'các tổ chức chính trị - xã hội thành phố'],
       note='"Đề nghị X và Y phối hợp ...": X and Y are the bodies asked (lead)')
P.p(esc('Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị, địa phương báo cáo UBND thành phố (qua '
        'Phòng Kinh tế) để xem xét, chỉ đạo./.'))
signature(P, ['- UBND tỉnh Lâm Đồng (b/c);', '- Sở NN&PTNT tỉnh;', '- TT. Thành ủy, TT. HĐND thành phố;',
              '- CT, các PCT UBND thành phố;', '- Các cơ quan, đơn vị liên quan;', '- UBND các xã, phường;',
              '- Lưu: VT, KT.'], ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Võ Thị Ngọc Hân')

P.page_break()
P.p(b('PHỤ LỤC'), 'c')
P.p(b('MỘT SỐ NHIỆM VỤ TRỌNG TÂM THỰC HIỆN CHƯƠNG TRÌNH OCOP NĂM 2025'), 'c')
P.p(i('(Kèm theo Kế hoạch số 25/KH-UBND ngày 14/02/2025 của UBND thành phố Bảo Lộc)'), 'c', 'margin-bottom: 8pt')
head = [[{'h': b(x), 'al': 'c'} for x in ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian']]]
rows = []


def row(n, text, lead, support, time_cell, timeframe, note):
    rows.append([{'h': esc(str(n)), 'al': 'c'}, {'h': esc(text)}, {'h': esc('; '.join(lead))},
                 {'h': esc('; '.join(support))}, {'h': esc(time_cell), 'al': 'c'}])
    P.task('appendix', text, lead=lead, support=support, timeframe=timeframe, note=note)


row(1, BODY[1], [KT], [XP], 'Quý I/2025', tf('Quý I/2025', '2025-01-01', '2025-03-31'),
    'twin of body item 1, same text; the table adds a support the bracket did not name')
row(2, BODY[3], [VHTT], [TTVH], 'Thường xuyên', tf('Thường xuyên'), 'twin of body item 3, same text')
row(3, 'Tập huấn kiến thức quản trị, tiếp thị sản phẩm và thương mại điện tử cho các chủ thể OCOP', [KT],
    ['Hội Nông dân thành phố', 'Hội Liên hiệp Phụ nữ thành phố'], 'Trước 30/6/2025',
    tf('Trước 30/6/2025', None, '2025-06-30'), 'twin of body item 5, shortened text')
row(4, BODY[7], [KT], [TCKH, XP], 'Tháng 5 - tháng 9/2025', tf('Tháng 5 - tháng 9/2025', '2025-05-01', '2025-09-30'),
    'twin of body item 7, same text; support from the table')
row(5, 'Hỗ trợ chủ thể OCOP tham gia hội chợ, triển lãm, xúc tiến thương mại', [KT], ['các chủ thể OCOP'], 'Quý IV/2025',
    tf('Quý IV/2025', '2025-10-01', '2025-12-31'), 'twin of body item 9, shortened text')
row(6, 'Xây dựng điểm giới thiệu và bán sản phẩm OCOP tại Quảng trường trung tâm thành phố', [KT], [TTVH, 'Phường 1'],
    'Quý III/2025', tf('Quý III/2025', '2025-07-01', '2025-09-30'), 'appendix only: no body twin')
P.table(head, rows, [5, 45, 17, 20, 13], font=12)

P.save(WRITTEN_BY)
check_pdf(P)
