# Plan 01: commune (post-2025) digital-transformation plan, blank number and day, auto-numbered
# sections, appendix table with column-number row, group rows, vertical merges.
import sys, os
sys.path.insert(0, '/work/data19/tools')
from common import *

Y = 2026
d = Doc()
d.header([[('ỦY BAN NHÂN DÂN\nXÃ ĐÔNG HƯNG', 'b')], ['Số:      /KH-UBND']],
         nat('Đông Hưng, ngày     tháng 6 năm 2026'))
d.title('KẾ HOẠCH', ['Chuyển đổi số, phát triển chính quyền số và bảo đảm', 'an toàn thông tin mạng xã Đông Hưng năm 2026'])
d.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': None, 'symbol': 'KH-UBND',
    'issuer': 'ỦY BAN NHÂN DÂN XÃ ĐÔNG HƯNG', 'parent_issuer': None, 'place': 'Đông Hưng', 'date': '2026-06',
    'title': 'Chuyển đổi số, phát triển chính quyền số và bảo đảm an toàn thông tin mạng xã Đông Hưng năm 2026',
    'signer': {'authority': 'TM. ỦY BAN NHÂN DÂN', 'deputy': 'KT. CHỦ TỊCH', 'position': 'PHÓ CHỦ TỊCH', 'name': 'Phạm Thị Thu Hằng'},
}
for t in [
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
    'Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;',
    'Căn cứ Kế hoạch số 118/KH-UBND ngày 06/5/2026 của Ủy ban nhân dân tỉnh Hưng Yên về chuyển đổi số, phát triển chính quyền số tỉnh Hưng Yên năm 2026;',
    'Căn cứ Nghị quyết số 09-NQ/ĐU ngày 15/01/2026 của Ban Chấp hành Đảng bộ xã về nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2026;',
    'Ủy ban nhân dân xã Đông Hưng ban hành Kế hoạch chuyển đổi số, phát triển chính quyền số và bảo đảm an toàn thông tin mạng năm 2026, cụ thể như sau:',
]:
    d.p(t)
heading(d, 'I. MỤC ĐÍCH, YÊU CẦU')
heading(d, '1. Mục đích', before=0)
d.autolist([
    'Triển khai đồng bộ, hiệu quả các nhiệm vụ chuyển đổi số trên địa bàn xã sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp; lấy người dân, doanh nghiệp làm trung tâm.',
    'Nâng cao nhận thức, kỹ năng số cho cán bộ, công chức xã, đội ngũ Tổ công nghệ số cộng đồng và Nhân dân; từng bước hình thành công dân số, xã hội số.',
    'Bảo đảm an toàn, an ninh thông tin mạng trong hoạt động của các cơ quan, đơn vị trên địa bàn xã.',
], fmt='a', suffix=')')
heading(d, '2. Yêu cầu', before=0)
d.autolist([
    'Các nhiệm vụ phải cụ thể, có địa chỉ, thời gian hoàn thành và sản phẩm đầu ra rõ ràng; gắn trách nhiệm người đứng đầu từng cơ quan, đơn vị.',
    'Sử dụng hiệu quả hạ tầng, nền tảng dùng chung của tỉnh; không đầu tư trùng lặp, lãng phí.',
], fmt='a', suffix=')')
heading(d, 'II. CHỈ TIÊU CHỦ YẾU')
for t in [
    '- 100% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh;',
    '- Tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 80% trở lên trên tổng số hồ sơ thủ tục hành chính có đủ điều kiện;',
    '- 100% văn bản đi, đến (trừ văn bản mật) được xử lý trên môi trường mạng, ký số theo quy định;',
    '- Trên 85% người dân trong độ tuổi trưởng thành có tài khoản định danh điện tử mức độ 2 được kích hoạt;',
    '- 100% thôn có Tổ công nghệ số cộng đồng hoạt động hiệu quả.',
]:
    d.p(t)
heading(d, 'III. NHIỆM VỤ, GIẢI PHÁP')
d.p('Tập trung thực hiện các nhóm nhiệm vụ: chuyển đổi nhận thức; hoàn thiện hạ tầng số; phát triển chính quyền số; phát triển kinh tế số, xã hội số; bảo đảm an toàn thông tin mạng. Danh mục nhiệm vụ cụ thể, đơn vị chủ trì, phối hợp, thời gian hoàn thành và sản phẩm đầu ra chi tiết tại Phụ lục kèm theo Kế hoạch này.')
heading(d, 'IV. KINH PHÍ THỰC HIỆN')
d.p('Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách xã năm 2026 và các nguồn huy động hợp pháp khác theo quy định.')
heading(d, 'V. TỔ CHỨC THỰC HIỆN')
LV = d.autolist([[('Văn phòng HĐND và UBND xã', 'b')]], fmt='1', suffix='.')
for txt, sup, tm in [
    ('Là cơ quan thường trực, tham mưu UBND xã theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp, báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ định kỳ hằng quý hoặc đột xuất khi có yêu cầu.', [], 'Định kỳ hằng quý'),
    ('Quản lý, vận hành hệ thống quản lý văn bản và điều hành, cổng thông tin điện tử xã; bảo đảm an toàn thông tin cho các máy trạm kết nối mạng của xã.', [], None),
]:
    d.p('- ' + txt)
    d.task('body', txt, ['Văn phòng HĐND và UBND xã'], sup, tm, None, Y)
d.autolist([[('Phòng Văn hóa - Xã hội', 'b')]], cont=LV)
txt = 'Chủ trì, phối hợp với Ủy ban MTTQ Việt Nam xã và các đoàn thể tuyên truyền về chuyển đổi số trên hệ thống truyền thanh xã, trang thông tin điện tử và các nhóm Zalo của thôn; hướng dẫn Tổ công nghệ số cộng đồng hỗ trợ người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.'
d.p('- ' + txt)
d.task('body', txt, ['Phòng Văn hóa - Xã hội'], ['Ủy ban MTTQ Việt Nam xã', 'các đoàn thể'], None, None, Y)
d.autolist([[('Phòng Kinh tế', 'b')]], cont=LV)
txt = 'Hướng dẫn hộ sản xuất, hợp tác xã đưa sản phẩm OCOP, nông sản chủ lực của xã lên các sàn thương mại điện tử; tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách xã năm 2026.'
d.p('- ' + txt)
d.task('body', txt, ['Phòng Kinh tế'], [], None, None, Y)
d.autolist([[('Công an xã', 'b')]], cont=LV)
txt = 'Đẩy mạnh cấp, kích hoạt tài khoản định danh điện tử; làm sạch dữ liệu dân cư, bảo đảm dữ liệu “đúng, đủ, sạch, sống”; phát hiện, xử lý các hành vi lừa đảo qua mạng trên địa bàn.'
d.p('- ' + txt)
d.task('body', txt, ['Công an xã'], [], None, None, Y)
d.autolist([[('Trưởng các thôn', 'b')]], cont=LV)
txt = 'Kiện toàn Tổ công nghệ số cộng đồng của thôn, hoàn thành trước ngày 30/6/2026; phân công thành viên hỗ trợ từng hộ gia đình cài đặt, sử dụng ứng dụng VNeID và các dịch vụ số thiết yếu.'
d.p('- ' + txt)
d.task('body', txt, ['Trưởng các thôn'], [], None, None, Y,
       tf={'text': 'hoàn thành trước ngày 30/6/2026', 'start': None, 'end': '2026-06-30'},
       note='deadline is inside the sentence; applies to the first clause (kiện toàn Tổ công nghệ số)')
d.p('Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo UBND xã (qua Văn phòng HĐND và UBND xã) để xem xét, giải quyết./.')

d.signature(['- Sở Khoa học và Công nghệ tỉnh;', '- TT Đảng ủy, HĐND xã;', '- Chủ tịch, các PCT UBND xã;',
             '- Ủy ban MTTQ Việt Nam xã;', '- Các phòng, đơn vị thuộc xã;', '- Trưởng các thôn;', '- Lưu: VT, VP.'],
            ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Phạm Thị Thu Hằng')

# ---------------- Phụ lục ----------------
d.p(('PHỤ LỤC', 'b'), align='center', first=0, land=True, after=0)
d.p(('DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ XÃ ĐÔNG HƯNG NĂM 2026', 'b'), align='center', first=0, after=0)
d.p(('(Kèm theo Kế hoạch số      /KH-UBND ngày     /6/2026 của UBND xã Đông Hưng)', 'i'), align='center', first=0, after=8)
rows = [
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Kết quả/sản phẩm đầu ra'],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
]
groups = []
def grp(label, text):
    rows.append([label, text, '<', '<', '<', '<']); groups.append(len(rows) - 1)
def row(stt, text, lead_cell, sup_cell, tm, out, lead, sup, note=None):
    rows.append([stt, text, lead_cell, sup_cell, tm, out])
    d.task('appendix', text, lead, sup, tm, out, Y, note=note)

VP = 'Văn phòng HĐND và UBND xã'
grp('I', 'CHUYỂN ĐỔI NHẬN THỨC')
row('1', 'Xây dựng chuyên mục “Chuyển đổi số” trên Trang thông tin điện tử xã và hệ thống truyền thanh cơ sở', 'Phòng Văn hóa - Xã hội', VP, 'Quý III/2026', 'Chuyên mục được duy trì, cập nhật hằng tháng', ['Phòng Văn hóa - Xã hội'], [VP])
row('2', 'Tổ chức tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng các thôn', None, 'Đoàn Thanh niên xã; Trưởng các thôn', 'Tháng 8/2026', '01 lớp tập huấn, 120 lượt người tham gia', ['Phòng Văn hóa - Xã hội'], ['Đoàn Thanh niên xã', 'Trưởng các thôn'])
row('3', 'Phát động phong trào “Bình dân học vụ số” trong cán bộ, hội viên các đoàn thể', 'Ủy ban MTTQ Việt Nam xã', 'Các tổ chức chính trị - xã hội xã', 'Quý III/2026', 'Phong trào được phát động, có báo cáo kết quả', ['Ủy ban MTTQ Việt Nam xã'], ['Các tổ chức chính trị - xã hội xã'])
grp('II', 'HẠ TẦNG SỐ VÀ CHÍNH QUYỀN SỐ')
row('4', 'Rà soát, nâng cấp đường truyền mạng số liệu chuyên dùng, thiết bị máy tính tại Trung tâm Phục vụ hành chính công xã', 'Trung tâm Phục vụ hành chính công xã', 'Văn phòng HĐND và UBND xã; VNPT Đông Hưng', 'Trước 30/7', 'Hạ tầng bảo đảm kết nối thông suốt', ['Trung tâm Phục vụ hành chính công xã'], [VP, 'VNPT Đông Hưng'])
row('5', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực giai đoạn 2020 - 2025', None, 'Các phòng chuyên môn', 'Quý IV/2026', 'Tối thiểu 90% hồ sơ được số hóa, lưu trữ điện tử', ['Trung tâm Phục vụ hành chính công xã'], ['Các phòng chuyên môn'])
row('6', 'Triển khai ký số trên thiết bị di động cho lãnh đạo và công chức xã', VP, 'Viettel Hưng Yên', 'Tháng 7/2026', '100% lãnh đạo, công chức có chứng thư số', [VP], ['Viettel Hưng Yên'])
row('7', 'Xây dựng, cập nhật cơ sở dữ liệu đất đai, hộ tịch của xã lên hệ thống dùng chung của tỉnh', 'Phòng Kinh tế', 'Công an xã; Văn phòng HĐND và UBND xã', 'Trước ngày 15/12/2026', 'Cơ sở dữ liệu được cập nhật, đồng bộ', ['Phòng Kinh tế'], ['Công an xã', VP])
row('8', 'Vận hành hệ thống camera giám sát an ninh trật tự tại các trục đường chính và trụ sở UBND xã', 'Công an xã', 'Phòng Kinh tế', 'Thường xuyên', '', ['Công an xã'], ['Phòng Kinh tế'])
grp('III', 'KINH TẾ SỐ, XÃ HỘI SỐ')
row('9', 'Hỗ trợ hộ kinh doanh, hợp tác xã mở gian hàng trên sàn thương mại điện tử', 'Phòng Kinh tế', 'Hội Nông dân xã; Hội Liên hiệp Phụ nữ xã', 'Năm 2026', 'Tối thiểu 30 gian hàng được mở mới', ['Phòng Kinh tế'], ['Hội Nông dân xã', 'Hội Liên hiệp Phụ nữ xã'])
row('10', 'Vận động tiểu thương chợ Đông Hưng và các cơ sở kinh doanh sử dụng thanh toán không dùng tiền mặt', None, 'Ban Quản lý chợ; các ngân hàng trên địa bàn', '6 tháng đầu năm', 'Trên 70% tiểu thương có mã QR thanh toán', ['Phòng Kinh tế'], ['Ban Quản lý chợ', 'các ngân hàng trên địa bàn'],
    note='lead cell merged vertically with rows 9-10')
row('11', 'Triển khai sổ sức khỏe điện tử, khám chữa bệnh bảo hiểm y tế bằng căn cước tại Trạm Y tế xã', 'Trạm Y tế xã', 'Phòng Văn hóa - Xã hội', 'Quý II/2026', 'Trên 90% người dân có sổ sức khỏe điện tử', ['Trạm Y tế xã'], ['Phòng Văn hóa - Xã hội'])
row('12', 'Chi trả an sinh xã hội, trợ cấp ưu đãi người có công qua tài khoản ngân hàng', 'Phòng Văn hóa - Xã hội', 'Bưu điện xã; các ngân hàng', 'Thường xuyên', 'Trên 95% đối tượng nhận qua tài khoản', ['Phòng Văn hóa - Xã hội'], ['Bưu điện xã', 'các ngân hàng'])
grp('IV', 'BẢO ĐẢM AN TOÀN THÔNG TIN MẠNG')
row('13', 'Cài đặt phần mềm phòng, chống mã độc cho 100% máy tính của cơ quan, đơn vị xã', VP, 'Công an xã', 'Quý III/2026', 'Máy tính được cài đặt phần mềm có bản quyền', [VP], ['Công an xã'])
row('14', 'Tuyên truyền, cảnh báo các thủ đoạn lừa đảo trực tuyến đến người dân', 'Công an xã', 'Phòng Văn hóa - Xã hội; Trưởng các thôn', 'Định kỳ hằng quý', 'Bản tin, tin bài cảnh báo', ['Công an xã'], ['Phòng Văn hóa - Xã hội', 'Trưởng các thôn'])
row('15', 'Tổng hợp, báo cáo kết quả thực hiện Kế hoạch', VP, 'Các cơ quan, đơn vị', 'Trước ngày 10/12/2026', 'Báo cáo năm', [VP], ['Các cơ quan, đơn vị'])
# empty output cell (row 8) -> truth null
for t in d.tasks:
    if t['output'] == '':
        t['output'] = None
d.table([1.2, 8.5, 3.6, 4.2, 3.0, 5.2], rows, header_rows=2, size=12, center_rows=groups, bold_rows=groups,
        cell_align=['center', 'left', 'left', 'left', 'center', 'left'])
d.save(os.path.dirname(os.path.abspath(__file__)), 'KH_CDS_xa_Dong_Hung_2026')
