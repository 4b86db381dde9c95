# Plan 03: district People's Committee (2024) plan on the 2024 Land Law; task table in the BODY (no
# Phụ lục) with a merged two-row header "Đơn vị" over "Chủ trì | Phối hợp", numbered group rows,
# vertically merged lead cells, "Quí II/2024", "Trước 10/5"; prose "Giao ... chủ trì" assignments.
import sys, os
sys.path.insert(0, '/work/data19/tools')
from common import *

Y = 2024
d = Doc()
d.header([[('ỦY BAN NHÂN DÂN', 'b')], [('HUYỆN THỌ XUÂN', 'b')], ['Số: 87/KH-UBND']],
         nat('Thọ Xuân, ngày 12 tháng 3 năm 2024'))
d.title('KẾ HOẠCH', ['Triển khai thi hành Luật Đất đai năm 2024', 'trên địa bàn huyện Thọ Xuân'])
d.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': '87', 'symbol': 'KH-UBND', 'issuer': 'ỦY BAN NHÂN DÂN HUYỆN THỌ XUÂN',
    'parent_issuer': None, 'place': 'Thọ Xuân', 'date': '2024-03-12',
    'title': 'Triển khai thi hành Luật Đất đai năm 2024 trên địa bàn huyện Thọ Xuân',
    'signer': {'authority': 'TM. ỦY BAN NHÂN DÂN', 'deputy': 'KT. CHỦ TỊCH', 'position': 'PHÓ CHỦ TỊCH', 'name': 'Lê Đình Quang'},
}
for t in [
    'Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18/01/2024;',
    'Căn cứ Quyết định số 222/QĐ-TTg ngày 05/3/2024 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Luật Đất đai;',
    'Căn cứ văn bản số 540/ĐĐQG-VP ngày 23/02/2024 của Văn phòng Ban Chỉ đạo đất đai quốc gia về việc chuẩn bị các điều kiện thi hành Luật Đất đai năm 2024;',
    'Căn cứ Kế hoạch số 61/KH-UBND ngày 07/3/2024 của UBND tỉnh Thanh Hóa về triển khai thi hành Luật Đất đai trên địa bàn tỉnh;',
    'UBND huyện Thọ Xuân xây dựng Kế hoạch triển khai thi hành Luật Đất đai năm 2024 trên địa bàn huyện, như sau:',
]:
    d.p(t)
heading(d, 'I. MỤC ĐÍCH, YÊU CẦU')
d.p('1. Xác định cụ thể nội dung công việc, thời hạn, tiến độ hoàn thành và trách nhiệm của các cơ quan, đơn vị trong việc triển khai thi hành Luật Đất đai năm 2024, bảo đảm kịp thời, đồng bộ, thống nhất và hiệu quả.')
d.p('2. Xác định cơ chế phối hợp giữa các phòng, ban, đơn vị cấp huyện với UBND các xã, thị trấn trong triển khai thi hành Luật; gắn trách nhiệm của người đứng đầu với kết quả thực hiện.')
heading(d, 'II. NỘI DUNG, NHIỆM VỤ CỤ THỂ')
TNMT = 'Phòng Tài nguyên và Môi trường'
rows = [
    ['TT', 'Nội dung công việc', 'Đơn vị', '<', 'Thời gian thực hiện', 'Sản phẩm'],
    [None, None, 'Chủ trì', 'Phối hợp', None, None],
]
groups = []
def grp(label, text):
    rows.append([label, text, '<', '<', '<', '<']); groups.append(len(rows) - 1)
def row(stt, text, lead_cell, sup_cell, tm, out, lead, sup, note=None, tf=None):
    rows.append([stt, text, lead_cell, sup_cell, tm, out])
    d.task('appendix', text, lead, sup, tm, out or None, Y, note=note, tf=tf)

grp('1', 'Tuyên truyền, phổ biến, tập huấn Luật Đất đai')
row('1.1', 'Tổ chức hội nghị quán triệt, phổ biến Luật Đất đai cho cán bộ chủ chốt cấp huyện, cấp xã', TNMT, 'Phòng Tư pháp; Văn phòng HĐND và UBND huyện', 'Trước 10/5', 'Hội nghị được tổ chức', [TNMT], ['Phòng Tư pháp', 'Văn phòng HĐND và UBND huyện'])
row('1.2', 'Biên soạn tài liệu hỏi - đáp, tờ gấp về các điểm mới của Luật Đất đai', None, 'Phòng Tư pháp', 'Quí II/2024', '3.000 tờ gấp phát đến các thôn, khu phố', [TNMT], ['Phòng Tư pháp'])
row('1.3', 'Tuyên truyền Luật Đất đai trên Cổng thông tin điện tử huyện, hệ thống truyền thanh các xã, thị trấn', 'Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch huyện', 'Phòng Văn hóa và Thông tin; UBND các xã, thị trấn', 'Thường xuyên', 'Chuyên mục, tin bài', ['Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch huyện'], ['Phòng Văn hóa và Thông tin', 'UBND các xã, thị trấn'])
row('1.4', 'Tập huấn chuyên sâu cho công chức địa chính - xây dựng các xã, thị trấn', TNMT, 'Chi nhánh Văn phòng Đăng ký đất đai huyện', 'Tháng 7/2024', 'Lớp tập huấn', [TNMT], ['Chi nhánh Văn phòng Đăng ký đất đai huyện'])
grp('2', 'Rà soát văn bản, thủ tục hành chính')
row('2.1', 'Rà soát các văn bản do UBND huyện ban hành có nội dung liên quan đến đất đai để đề xuất sửa đổi, bổ sung, thay thế hoặc bãi bỏ', 'Phòng Tư pháp', 'Phòng Tài nguyên và Môi trường; các cơ quan liên quan', 'Trước ngày 30/6/2024', 'Báo cáo kết quả rà soát', ['Phòng Tư pháp'], [TNMT, 'các cơ quan liên quan'])
row('2.2', 'Rà soát, niêm yết công khai bộ thủ tục hành chính lĩnh vực đất đai sau khi tỉnh công bố', 'Văn phòng HĐND và UBND huyện', 'Phòng Tài nguyên và Môi trường; Chi nhánh Văn phòng Đăng ký đất đai huyện', 'Tháng 8/2024', 'Bộ TTHC được niêm yết tại Bộ phận Một cửa', ['Văn phòng HĐND và UBND huyện'], [TNMT, 'Chi nhánh Văn phòng Đăng ký đất đai huyện'])
grp('3', 'Các nhiệm vụ chuyên môn')
row('3.1', 'Lập Kế hoạch sử dụng đất năm 2025 huyện Thọ Xuân', TNMT, 'Các phòng, ban, đơn vị; UBND các xã, thị trấn', 'Trước ngày 15/10/2024', 'Hồ sơ kế hoạch sử dụng đất trình UBND tỉnh', [TNMT], ['Các phòng, ban, đơn vị', 'UBND các xã, thị trấn'])
row('3.2', 'Rà soát các trường hợp sử dụng đất chưa được cấp Giấy chứng nhận lần đầu để xử lý theo quy định mới', None, 'Chi nhánh Văn phòng Đăng ký đất đai huyện; UBND các xã, thị trấn', 'Từ ngày 01/8/2024 đến 31/12/2024', 'Danh sách, phương án xử lý', [TNMT], ['Chi nhánh Văn phòng Đăng ký đất đai huyện', 'UBND các xã, thị trấn'])
row('3.3', 'Xây dựng bảng giá đất điều chỉnh áp dụng từ ngày 01/01/2025 trên địa bàn huyện', None, 'Phòng Tài chính - Kế hoạch; Chi cục Thuế khu vực Thọ Xuân - Thường Xuân', 'Quí III/2024', 'Hồ sơ đề xuất gửi Sở Tài nguyên và Môi trường', [TNMT], ['Phòng Tài chính - Kế hoạch', 'Chi cục Thuế khu vực Thọ Xuân - Thường Xuân'],
    note='lead cell "Phòng Tài nguyên và Môi trường" merged vertically over rows 3.1-3.3')
row('3.4', 'Kiện toàn Hội đồng bồi thường, hỗ trợ, tái định cư; rà soát các dự án đang thu hồi đất chuyển tiếp', 'Trung tâm Phát triển quỹ đất huyện', 'Phòng Tài nguyên và Môi trường; UBND các xã có dự án', 'Quí III/2024', 'Quyết định kiện toàn; danh mục dự án chuyển tiếp', ['Trung tâm Phát triển quỹ đất huyện'], [TNMT, 'UBND các xã có dự án'])
row('3.5', 'Kiểm tra, xử lý vi phạm pháp luật đất đai tại các xã, thị trấn', 'Thanh tra huyện', 'Phòng Tài nguyên và Môi trường; Công an huyện', '6 tháng cuối năm', 'Kết luận kiểm tra', ['Thanh tra huyện'], [TNMT, 'Công an huyện'])
row('3.6', 'Báo cáo sơ kết 06 tháng thi hành Luật Đất đai trên địa bàn huyện', TNMT, 'Các cơ quan, đơn vị liên quan', 'Trước ngày 20/12/2024', 'Báo cáo sơ kết', [TNMT], ['Các cơ quan, đơn vị liên quan'])
d.table([1.1, 6.0, 2.8, 3.2, 2.4, 3.0], rows, header_rows=2, size=12, center_rows=[], bold_rows=groups,
        cell_align=['center', 'left', 'left', 'left', 'center', 'left'])
heading(d, 'III. TỔ CHỨC THỰC HIỆN', before=10)
for txt, lead, sup, tf, note in [
    ('Giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với Văn phòng HĐND và UBND huyện theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Chủ tịch UBND huyện kết quả thực hiện trước ngày 25/12/2024.',
     [TNMT], ['Văn phòng HĐND và UBND huyện'], {'text': 'trước ngày 25/12/2024', 'start': None, 'end': '2024-12-25'}, None),
    ('Giao Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách huyện năm 2024 theo phân cấp.',
     ['Phòng Tài chính - Kế hoạch'], [], None, 'no deadline; "năm 2024" names the budget year, not the deadline'),
    ('UBND các xã, thị trấn căn cứ Kế hoạch này xây dựng kế hoạch triển khai tại địa phương, hoàn thành trước ngày 15/4/2024; bố trí công chức địa chính tham gia đầy đủ các lớp tập huấn.',
     ['UBND các xã, thị trấn'], [], {'text': 'hoàn thành trước ngày 15/4/2024', 'start': None, 'end': '2024-04-15'}, None),
]:
    d.p('- ' + txt)
    d.task('body', txt, lead, sup, tf=tf, note=note)
d.p('Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về UBND huyện (qua Phòng Tài nguyên và Môi trường) để xem xét, giải quyết./.')
d.signature(['- UBND tỉnh (b/c);', '- Sở Tài nguyên và Môi trường (b/c);', '- TT Huyện ủy, TT HĐND huyện (b/c);',
             '- Chủ tịch, các PCT UBND huyện;', '- Các phòng, ban, đơn vị;', '- UBND các xã, thị trấn;', '- Lưu: VT, TNMT.'],
            ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Lê Đình Quang')
d.save(os.path.dirname(os.path.abspath(__file__)), '87-KH-UBND_Luat_Dat_dai_Tho_Xuan')
