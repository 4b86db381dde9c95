# Plan 05: state coal company's defence/local-military plan for 2025. Parent body on two lines,
# issuer on two lines; body tasks in LibreOffice automatic numbering (labels not in the text);
# Phụ lục table with long header wording "Đơn vị chủ trì thực hiện", "Cơ quan, đơn vị phối hợp
# thực hiện", "Thời hạn hoàn thành/Tiến độ", "Kết quả/sản phẩm đầu ra"; header repeated.
import sys, os
sys.path.insert(0, '/work/data19/tools')
from common import *

Y = 2025
d = Doc()
d.header([['TẬP ĐOÀN CÔNG NGHIỆP', 'THAN - KHOÁNG SẢN VIỆT NAM'], [('CÔNG TY THAN', 'b')], [('VÀNG DANH BẮC - VINACOMIN', 'b')],
          ['Số: 35/KH-VDB']],
         nat('Quảng Ninh, ngày 14 tháng 01 năm 2025'), widths=(7.5, 9.0))
TITLE = 'Công tác quốc phòng, quân sự địa phương năm 2025'
d.title('KẾ HOẠCH', [TITLE])
d.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': '35', 'symbol': 'KH-VDB', 'issuer': 'CÔNG TY THAN VÀNG DANH BẮC - VINACOMIN',
    'parent_issuer': 'TẬP ĐOÀN CÔNG NGHIỆP THAN - KHOÁNG SẢN VIỆT NAM', 'place': 'Quảng Ninh', 'date': '2025-01-14',
    'title': TITLE,
    'signer': {'authority': None, 'deputy': 'KT. GIÁM ĐỐC', 'position': 'PHÓ GIÁM ĐỐC', 'name': 'Đỗ Mạnh Cường'},
}
for t in [
    'Căn cứ Luật Dân quân tự vệ ngày 22/11/2019; Nghị định số 72/2020/NĐ-CP ngày 30/6/2020 của Chính phủ quy định chi tiết một số điều của Luật Dân quân tự vệ về tổ chức xây dựng lực lượng và chế độ, chính sách đối với Dân quân tự vệ;',
    'Căn cứ Chỉ thị số 05/CT-TKV ngày 06/01/2025 của Tổng Giám đốc Tập đoàn về công tác quốc phòng, quân sự năm 2025;',
    'Căn cứ Kế hoạch số 12/KH-BCH ngày 08/01/2025 của Ban Chỉ huy Quân sự thành phố Uông Bí về công tác quốc phòng, quân sự địa phương năm 2025;',
    'Công ty Than Vàng Danh Bắc - Vinacomin xây dựng Kế hoạch công tác quốc phòng, quân sự địa phương năm 2025 như sau:',
]:
    d.p(t)
heading(d, 'I. MỤC ĐÍCH, YÊU CẦU')
for t in ['- Quán triệt, triển khai thực hiện nghiêm túc các chỉ thị, nghị quyết của Đảng, pháp luật của Nhà nước về nhiệm vụ quốc phòng, quân sự địa phương; xây dựng lực lượng tự vệ Công ty vững mạnh, rộng khắp.',
          '- Gắn nhiệm vụ quốc phòng với nhiệm vụ sản xuất, kinh doanh; sẵn sàng tham gia phòng, chống thiên tai, tìm kiếm cứu nạn, bảo vệ an toàn mỏ, không để bị động, bất ngờ trong mọi tình huống.']:
    d.p(t)
heading(d, 'II. NHIỆM VỤ TRỌNG TÂM')
BCH = 'Ban Chỉ huy quân sự Công ty'
body = [
    ('Kiện toàn tổ chức, biên chế lực lượng tự vệ Công ty năm 2025 bảo đảm tỷ lệ 2,5% so với tổng số cán bộ, công nhân viên; hoàn thành trước ngày 28/02/2025.', [BCH], ['Phòng Tổ chức lao động'],
     {'text': 'hoàn thành trước ngày 28/02/2025', 'start': None, 'end': '2025-02-28'},
     'the body text names no unit; lead/support taken from the matching appendix row 1 is NOT done: left to the named units in part III? no - see NOTES', ),
]
# body tasks, auto-numbered; units named in each item
items = [
    ('Ban Chỉ huy quân sự Công ty chủ trì, phối hợp với Phòng Tổ chức lao động kiện toàn tổ chức, biên chế lực lượng tự vệ Công ty năm 2025 bảo đảm tỷ lệ 2,5% so với tổng số cán bộ, công nhân viên; hoàn thành trước ngày 28/02/2025.',
     [BCH], ['Phòng Tổ chức lao động'], {'text': 'hoàn thành trước ngày 28/02/2025', 'start': None, 'end': '2025-02-28'}),
    ('Tổ chức huấn luyện, diễn tập cho lực lượng tự vệ theo chương trình của Ban Chỉ huy Quân sự thành phố Uông Bí; phấn đấu 100% cán bộ, chiến sĩ tự vệ tham gia huấn luyện, kết quả đạt khá trở lên.',
     [], [], None),
    ('Phòng Tổ chức lao động thực hiện tốt công tác đăng ký, quản lý quân nhân dự bị và nam công dân trong độ tuổi sẵn sàng nhập ngũ; tạo điều kiện để người lao động trúng tuyển thực hiện nghĩa vụ quân sự.',
     ['Phòng Tổ chức lao động'], [], None),
    ('Phòng Kế toán - Thống kê bố trí kinh phí bảo đảm cho công tác quốc phòng, quân sự năm 2025 theo dự toán được Giám đốc phê duyệt.',
     ['Phòng Kế toán - Thống kê'], [], None),
]
d.autolist([x[0] for x in items], fmt='1', suffix='.')
notes = [None, 'no unit named in the item (the duty falls to the militia command, but the text does not say so)', None, None]
for (txt, lead, sup, tf), note in zip(items, notes):
    d.task('body', txt, lead, sup, tf=tf, note=note)
d.p('Nội dung, phân công cụ thể tại Phụ lục kèm theo Kế hoạch này.')
heading(d, 'III. TỔ CHỨC THỰC HIỆN')
d.p('Các phòng, phân xưởng căn cứ chức năng, nhiệm vụ được giao tổ chức triển khai thực hiện Kế hoạch; định kỳ 6 tháng, năm báo cáo kết quả về Công ty (qua Ban Chỉ huy quân sự Công ty) để tổng hợp, báo cáo Tập đoàn và Ban Chỉ huy Quân sự thành phố Uông Bí./.')
d.task('body', 'Các phòng, phân xưởng căn cứ chức năng, nhiệm vụ được giao tổ chức triển khai thực hiện Kế hoạch; định kỳ 6 tháng, năm báo cáo kết quả về Công ty (qua Ban Chỉ huy quân sự Công ty) để tổng hợp, báo cáo Tập đoàn và Ban Chỉ huy Quân sự thành phố Uông Bí./.',
       ['Các phòng, phân xưởng'], [], tf={'text': 'định kỳ 6 tháng, năm', 'start': None, 'end': None},
       note='closing paragraph, copied with its final "./." mark')
d.signature(['- Tập đoàn TKV (b/c);', '- Ban CHQS TP Uông Bí (b/c);', '- Giám đốc, các PGĐ;', '- Các phòng, phân xưởng;', '- Lưu: VT, BVQS.'],
            ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Đỗ Mạnh Cường')

d.p(('PHỤ LỤC', 'b'), align='center', first=0, land=True, after=0)
d.p(('NỘI DUNG, PHÂN CÔNG THỰC HIỆN CÔNG TÁC QUỐC PHÒNG, QUÂN SỰ ĐỊA PHƯƠNG NĂM 2025', 'b'), align='center', first=0, after=0)
d.p(('(Kèm theo Kế hoạch số 35/KH-VDB ngày 14/01/2025 của Công ty Than Vàng Danh Bắc - Vinacomin)', 'i'), align='center', first=0, after=8)
rows = [['TT', 'Nội dung công việc', 'Đơn vị chủ trì thực hiện', 'Cơ quan, đơn vị phối hợp thực hiện', 'Thời hạn hoàn thành/Tiến độ', 'Kết quả/sản phẩm đầu ra']]
def row(stt, text, lead_cell, sup_cell, tm, out, lead, sup, note=None, tf=None):
    rows.append([stt, text, lead_cell, sup_cell, tm, out])
    d.task('appendix', text, lead, sup, tm, out or None, Y, note=note, tf=tf)
TCLD = 'Phòng Tổ chức lao động'
row('1', 'Kiện toàn Ban Chỉ huy quân sự Công ty, biên chế các trung đội tự vệ', BCH, TCLD, 'Trước ngày 28/02/2025', 'Quyết định kiện toàn, danh sách biên chế', [BCH], [TCLD])
row('2', 'Xây dựng, điều chỉnh Kế hoạch phòng thủ dân sự, kế hoạch bảo vệ mỏ', None, 'Phòng Kỹ thuật - An toàn; Phòng Điều khiển sản xuất', 'Quý I/2025', 'Kế hoạch được phê duyệt', [BCH], ['Phòng Kỹ thuật - An toàn', 'Phòng Điều khiển sản xuất'])
row('3', 'Huấn luyện tự vệ năm thứ nhất và năm thứ hai', None, 'Ban CHQS thành phố Uông Bí', 'Quí II/2025', '100% quân số được huấn luyện', [BCH], ['Ban CHQS thành phố Uông Bí'])
row('4', 'Diễn tập phòng chống cháy nổ, cứu hộ mỏ kết hợp phòng thủ dân sự', None, 'Trạm cấp cứu mỏ; Các phân xưởng', 'Tháng 8-9/2025', 'Báo cáo kết quả diễn tập', [BCH], ['Trạm cấp cứu mỏ', 'Các phân xưởng'],
    note='lead cell merged vertically over rows 1-4')
row('5', 'Đăng ký, quản lý quân nhân dự bị, nam công dân trong độ tuổi sẵn sàng nhập ngũ', TCLD, 'Các phân xưởng', 'Tháng 4/2025', 'Sổ đăng ký được cập nhật', [TCLD], ['Các phân xưởng'])
row('6', 'Tạo điều kiện cho người lao động trúng tuyển nghĩa vụ quân sự, công an nhân dân', None, 'Công đoàn Công ty', 'Theo lịch giao quân', '', [TCLD], ['Công đoàn Công ty'])
row('7', 'Bồi dưỡng kiến thức quốc phòng và an ninh cho cán bộ đối tượng 4', None, 'Văn phòng - Thi đua', 'Năm 2025', 'Cử đủ cán bộ đi bồi dưỡng', [TCLD], ['Văn phòng - Thi đua'])
row('8', 'Bảo đảm kinh phí, trang phục, công cụ hỗ trợ cho lực lượng tự vệ', 'Phòng Kế toán - Thống kê', 'Phòng Vật tư; Ban Chỉ huy quân sự Công ty', 'Quý I/2025', 'Kinh phí được cấp theo dự toán', ['Phòng Kế toán - Thống kê'], ['Phòng Vật tư', BCH])
row('9', 'Tổ chức các hoạt động kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam 22/12 và Ngày hội Quốc phòng toàn dân', 'Văn phòng - Thi đua', 'Công đoàn Công ty; Đoàn Thanh niên Công ty', 'Tháng 12/2025', 'Các hoạt động được tổ chức', ['Văn phòng - Thi đua'], ['Công đoàn Công ty', 'Đoàn Thanh niên Công ty'])
row('10', 'Thực hiện chính sách hậu phương quân đội, thăm hỏi gia đình quân nhân đang tại ngũ', 'Công đoàn Công ty', TCLD, 'Thường xuyên', '', ['Công đoàn Công ty'], [TCLD])
row('11', 'Sơ kết 6 tháng, tổng kết năm công tác quốc phòng, quân sự', BCH, 'Các phòng, phân xưởng', 'Tháng 6/2025 và trước ngày 15/11/2025', 'Báo cáo sơ kết, tổng kết', [BCH], ['Các phòng, phân xưởng'],
    tf={'text': 'Tháng 6/2025 và trước ngày 15/11/2025', 'start': '2025-06-01', 'end': '2025-11-15'}, note='two milestones; span from the first to the last')
d.table([1.0, 8.0, 3.8, 4.6, 3.4, 4.8], rows, header_rows=1, size=12,
        cell_align=['center', 'left', 'left', 'left', 'center', 'left'])
d.save(os.path.dirname(os.path.abspath(__file__)), '35-KH-VDB_Quoc_phong_2025')
