"""24 — Bảo hiểm xã hội tỉnh Phú Thọ, Kế hoạch 156/KH-BHXH ngày 10/3/2026: phát triển người tham gia bảo hiểm xã
hội, bảo hiểm y tế năm 2026.  The mess: a task table that runs over pages with merged cells — a two-row header
(rowspan "STT", "Nội dung nhiệm vụ", ...; "Đơn vị thực hiện" over "Chủ trì" | "Phối hợp") and a column-number row
"(1) (2) ... (6)", all three repeated on every page (w:tblHeader); group rows as ONE cell spanning all six columns
(gridSpan 6); lead cells merged vertically over 2-4 rows (vMerge), a time cell merged over two rows; every body row
w:cantSplit except row 7 (long, five units on lines), which has none and breaks across the page in LibreOffice's
layout (checked with tools/pdfpages.py)."""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from htmlplan import Plan, esc, b, i, tf, pp, WRITTEN_BY_DATA4 as WRITTEN_BY

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = Plan(HERE, '156-KH-BHXH_Phat_trien_nguoi_tham_gia_BHXH_BHYT_2026')

P.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': '156', 'symbol': 'KH-BHXH', 'issuer': 'BẢO HIỂM XÃ HỘI TỈNH PHÚ THỌ',
    'parent_issuer': 'BẢO HIỂM XÃ HỘI VIỆT NAM', 'place': 'Phú Thọ', 'date': '2026-03-10',
    'title': 'Phát triển người tham gia bảo hiểm xã hội, bảo hiểm y tế năm 2026',
    'signer': {'authority': None, 'deputy': 'KT. GIÁM ĐỐC', 'position': 'PHÓ GIÁM ĐỐC', 'name': 'Đinh Thị Ngọc Lan'},
}

P.table([], [[
    {'h': pp(esc('BẢO HIỂM XÃ HỘI VIỆT NAM')) + pp(b('BẢO HIỂM XÃ HỘI')) + pp(b('TỈNH PHÚ THỌ')) + pp(esc('–––––––'))
          + pp(esc('Số: 156/KH-BHXH'))},
    {'h': pp(b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) + pp(b('Độc lập - Tự do - Hạnh phúc')) + pp(esc('–––––––––––––'))
          + pp(i('Phú Thọ, ngày 10 tháng 3 năm 2026'))}]], [42, 58], border=False, font=13)

P.p(b('KẾ HOẠCH'), 'c', 'margin-top: 18pt')
P.p(b('Phát triển người tham gia bảo hiểm xã hội, bảo hiểm y tế năm 2026'), 'c')
P.p(esc('–––––––––'), 'c', 'margin-bottom: 12pt')

for s in ['Căn cứ Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024;',
          'Căn cứ Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008 và các Luật sửa đổi, bổ sung;',
          'Căn cứ Quyết định số 88/QĐ-BHXH ngày 15/01/2026 của Bảo hiểm xã hội Việt Nam giao chỉ tiêu phát triển người '
          'tham gia năm 2026;',
          'Bảo hiểm xã hội tỉnh Phú Thọ xây dựng Kế hoạch phát triển người tham gia bảo hiểm xã hội, bảo hiểm y tế năm '
          '2026 như sau:']:
    P.p(esc(s))

P.heading('I. MỤC ĐÍCH, YÊU CẦU')
P.p(esc('1. Phấn đấu đến ngày 31/12/2026 có 38% lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội, tỷ lệ bao '
        'phủ bảo hiểm y tế đạt 95,5% dân số.'))
P.p(esc('2. Phân công rõ trách nhiệm của từng phòng nghiệp vụ, Bảo hiểm xã hội cơ sở; gắn kết quả thực hiện với đánh '
        'giá, xếp loại thi đua năm 2026.'))

P.heading('II. NHIỆM VỤ VÀ GIẢI PHÁP')
P.p(esc('Các nhiệm vụ, đơn vị chủ trì, phối hợp, thời gian hoàn thành và sản phẩm được phân công chi tiết tại Phụ lục '
        'kèm theo Kế hoạch này.'))

P.heading('III. TỔ CHỨC THỰC HIỆN')
t = ('Trưởng các phòng nghiệp vụ, Giám đốc Bảo hiểm xã hội cơ sở tổ chức triển khai thực hiện các nhiệm vụ được giao, '
     'báo cáo kết quả về Bảo hiểm xã hội tỉnh (qua Văn phòng) trước ngày 25 hằng tháng.')
P.p(esc('1. ' + t))
P.task('body', t, lead=['Trưởng các phòng nghiệp vụ', 'Giám đốc Bảo hiểm xã hội cơ sở'],
       timeframe=tf('trước ngày 25 hằng tháng'), note='two subjects joined by ","; recurring deadline')
t = ('Văn phòng chủ trì theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch; tham mưu Giám đốc sơ kết 6 tháng '
     'vào tháng 7/2026.')
P.p(esc('2. ' + t))
P.task('body', t, lead=['Văn phòng'], timeframe=tf('tháng 7/2026', '2026-07-01', '2026-07-31'))

left = (pp('<b><i>Nơi nhận:</i></b>', 'l') + ''.join(pp(esc(x), 'l', 'font-size:11pt') for x in [
    '- BHXH Việt Nam (b/c);', '- UBND tỉnh Phú Thọ (b/c);', '- Giám đốc, các PGĐ;', '- Các phòng nghiệp vụ;',
    '- BHXH cơ sở;', '- Lưu: VT, TT&PTNTG.']))
right = pp(b('KT. GIÁM ĐỐC')) + pp(b('PHÓ GIÁM ĐỐC')) + pp('') * 4 + pp(b('Đinh Thị Ngọc Lan'))
P.table([], [[{'h': left}, {'h': right, 'al': 'c'}]], [50, 50], border=False)

# ---------------- Phụ lục ----------------
P.page_break()
P.p(b('PHỤ LỤC'), 'c')
P.p(b('PHÂN CÔNG NHIỆM VỤ PHÁT TRIỂN NGƯỜI THAM GIA BẢO HIỂM XÃ HỘI, BẢO HIỂM Y TẾ NĂM 2026'), 'c')
P.p(i('(Kèm theo Kế hoạch số 156/KH-BHXH ngày 10/3/2026 của Bảo hiểm xã hội tỉnh Phú Thọ)'), 'c', 'margin-bottom: 8pt')

TTPT = 'Phòng Truyền thông và Phát triển người tham gia'
THU = 'Phòng Quản lý thu - Sổ, thẻ'
GD = 'Phòng Giám định bảo hiểm y tế'
CD = 'Phòng Chế độ bảo hiểm xã hội'
CNTT = 'Phòng Công nghệ thông tin'
TTKT = 'Phòng Thanh tra - Kiểm tra'
VP = 'Văn phòng'
CS = 'Bảo hiểm xã hội cơ sở'
rows = []


def group(title):
    rows.append([{'h': b(title), 'cs': 6}])


def row(n, text, sup_cell, time_cell, out_cell, lead, support, timeframe, output, lead_cell=None, lead_rs=1,
        time_rs=1, note=None):
    """lead_cell/time_cell None: covered by a cell merged from a row above (no <td> in this row)."""
    r = [{'h': esc(str(n)), 'al': 'c'}, {'h': esc(text)}]
    if lead_cell is not None:
        r.append({'h': esc(lead_cell), 'rs': lead_rs})
    r.append({'h': esc(sup_cell)})
    if time_cell is not None:
        r.append({'h': esc(time_cell), 'rs': time_rs, 'al': 'c'})
    r.append({'h': esc(out_cell)})
    rows.append(r)
    P.task('appendix', text, lead=lead, support=support, timeframe=timeframe, output=output, note=note)


group('I. CÔNG TÁC TRUYỀN THÔNG')
row(1, 'Tổ chức hội nghị truyền thông, đối thoại chính sách bảo hiểm xã hội tự nguyện tại các xã có tỷ lệ bao phủ thấp',
    CS + '; Bưu điện tỉnh', 'Quý II/2026', '30 hội nghị', [TTPT], [CS, 'Bưu điện tỉnh'],
    tf('Quý II/2026', '2026-04-01', '2026-06-30'), '30 hội nghị', lead_cell=TTPT, lead_rs=3,
    note='lead cell merged over rows 1-3 (vMerge)')
row(2, 'Phối hợp với Báo và Phát thanh, Truyền hình Phú Thọ duy trì chuyên mục "Bảo hiểm xã hội với người dân"',
    'Báo và Phát thanh, Truyền hình Phú Thọ', 'Hằng tháng', '12 chuyên mục', [TTPT],
    ['Báo và Phát thanh, Truyền hình Phú Thọ'], tf('Hằng tháng'), '12 chuyên mục',
    note='lead from the merged cell above; the support is ONE body (its comma inside)')
row(3, 'Truyền thông trên mạng xã hội, ứng dụng VssID về quyền lợi khi tham gia bảo hiểm xã hội, bảo hiểm y tế',
    CNTT, 'Thường xuyên', 'Tin, bài, video clip', [TTPT], [CNTT], tf('Thường xuyên'), 'Tin, bài, video clip',
    note='lead from the merged cell two rows above')
group('II. PHÁT TRIỂN NGƯỜI THAM GIA BẢO HIỂM XÃ HỘI')
row(4, 'Rà soát, đối chiếu dữ liệu người lao động của các doanh nghiệp với dữ liệu quyết toán thuế thu nhập cá nhân để '
       'xác định số lao động chưa tham gia', 'Thuế tỉnh Phú Thọ', 'Quý I - Quý II/2026', 'Danh sách lao động chưa tham gia',
    [THU], ['Thuế tỉnh Phú Thọ'], tf('Quý I - Quý II/2026', '2026-01-01', '2026-06-30'),
    'Danh sách lao động chưa tham gia', lead_cell=THU, lead_rs=4, time_rs=2,
    note='lead merged over rows 4-7, time merged over rows 4-5')
row(5, 'Đôn đốc, thu hồi số tiền chậm đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp của các đơn vị sử dụng '
       'lao động', TTKT, None, 'Giảm tỷ lệ nợ xuống dưới 1,5%', [THU], [TTKT],
    tf('Quý I - Quý II/2026', '2026-01-01', '2026-06-30'), 'Giảm tỷ lệ nợ xuống dưới 1,5%',
    note='lead and time from merged cells above')
row(6, 'Giao chỉ tiêu phát triển người tham gia bảo hiểm xã hội tự nguyện cho Bảo hiểm xã hội cơ sở',
    VP, 'Tháng 3/2026', 'Quyết định giao chỉ tiêu', [THU], [VP], tf('Tháng 3/2026', '2026-03-01', '2026-03-31'),
    'Quyết định giao chỉ tiêu')
row(7, 'Phối hợp kiểm tra liên ngành việc chấp hành pháp luật về bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp '
       'tại các doanh nghiệp chậm đóng từ 03 tháng trở lên, doanh nghiệp trong các khu công nghiệp có đông lao động; '
       'lập hồ sơ đề nghị xử lý vi phạm hành chính, chuyển cơ quan công an các trường hợp có dấu hiệu trốn đóng theo '
       'quy định của Bộ luật Hình sự',
    'Sở Nội vụ;\nLiên đoàn Lao động tỉnh;\nBan Quản lý các khu công nghiệp tỉnh;\nThuế tỉnh Phú Thọ;\n' + CS + '\n',
    'Quý II - Quý IV/2026', 'Biên bản kiểm tra; hồ sơ chuyển cơ quan công an', [THU],
    ['Sở Nội vụ', 'Liên đoàn Lao động tỉnh', 'Ban Quản lý các khu công nghiệp tỉnh', 'Thuế tỉnh Phú Thọ', CS],
    tf('Quý II - Quý IV/2026', '2026-04-01', '2026-12-31'), 'Biên bản kiểm tra; hồ sơ chuyển cơ quan công an',
    note='the row that breaks across the page; lead from the cell merged over rows 4-7')
group('III. BẢO HIỂM Y TẾ VÀ CHI TRẢ CÁC CHẾ ĐỘ')
row(8, 'Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi, người thuộc hộ nghèo, hộ cận nghèo, đối tượng bảo trợ xã hội '
       'theo danh sách do UBND các xã, phường lập', CS, 'Trong vòng 05 ngày làm việc kể từ khi nhận danh sách',
    'Thẻ bảo hiểm y tế', [THU], [CS], tf('Trong vòng 05 ngày làm việc kể từ khi nhận danh sách'), 'Thẻ bảo hiểm y tế',
    lead_cell=THU)
row(9, 'Giám định chặt chẽ chi phí khám bệnh, chữa bệnh bảo hiểm y tế trên hệ thống thông tin giám định, phát hiện các '
       'chi phí bất thường', 'Các cơ sở khám bệnh, chữa bệnh bảo hiểm y tế', 'Hằng tháng', 'Báo cáo giám định',
    [GD], ['Các cơ sở khám bệnh, chữa bệnh bảo hiểm y tế'], tf('Hằng tháng'), 'Báo cáo giám định', lead_cell=GD,
    lead_rs=2, time_rs=2, note='lead and time merged over rows 9-10')
row(10, 'Kiểm tra việc sử dụng quỹ khám bệnh, chữa bệnh bảo hiểm y tế tại Trung tâm Y tế khu vực Lâm Thao và Bệnh viện '
        'Đa khoa khu vực Phú Thọ', TTKT + '; Sở Y tế', None, 'Kết luận kiểm tra', [GD], [TTKT, 'Sở Y tế'],
     tf('Hằng tháng'), 'Kết luận kiểm tra')
row(11, 'Chi trả lương hưu, trợ cấp bảo hiểm xã hội hằng tháng qua tài khoản cá nhân, phấn đấu đạt 75% người hưởng ở '
        'đô thị', 'Bưu điện tỉnh', 'Hằng tháng', 'Tỷ lệ chi trả qua tài khoản', [CD], ['Bưu điện tỉnh'], tf('Hằng tháng'),
     'Tỷ lệ chi trả qua tài khoản', lead_cell=CD)
group('IV. CÔNG NGHỆ THÔNG TIN VÀ TỔNG KẾT')
row(12, 'Cung cấp dịch vụ công trực tuyến toàn trình về thu, cấp sổ, thẻ trên Cổng Dịch vụ công quốc gia; hướng dẫn '
        'đơn vị, người dân giao dịch điện tử', VP, 'Quý III/2026', 'Tỷ lệ hồ sơ giao dịch điện tử đạt 98%', [CNTT], [VP],
     tf('Quý III/2026', '2026-07-01', '2026-09-30'), 'Tỷ lệ hồ sơ giao dịch điện tử đạt 98%', lead_cell=CNTT)
row(13, 'Tổng kết công tác phát triển người tham gia năm 2026, đề xuất khen thưởng tập thể, cá nhân có thành tích',
     'Các phòng nghiệp vụ; ' + CS, 'Tháng 12/2026', 'Báo cáo tổng kết', [VP], ['Các phòng nghiệp vụ', CS],
     tf('Tháng 12/2026', '2026-12-01', '2026-12-31'), 'Báo cáo tổng kết', lead_cell=VP)

head = [[{'h': b('STT'), 'rs': 2, 'al': 'c'}, {'h': b('Nội dung nhiệm vụ'), 'rs': 2, 'al': 'c'},
         {'h': b('Đơn vị thực hiện'), 'cs': 2, 'al': 'c'}, {'h': b('Thời gian hoàn thành'), 'rs': 2, 'al': 'c'},
         {'h': b('Kết quả, sản phẩm'), 'rs': 2, 'al': 'c'}],
        [{'h': b('Chủ trì'), 'al': 'c'}, {'h': b('Phối hợp'), 'al': 'c'}],
        [{'h': i('(%d)' % k), 'al': 'c'} for k in range(1, 7)]]
P.table(head, rows, [6, 36, 16, 17, 12, 13], font=12)


SPLIT_ROW = 'Phối hợp kiểm tra liên ngành'


def post(parts):
    """Every body row of the Phụ lục table gets w:cantSplit ("allow row to break across pages" off) except row 7,
    the one that breaks across the page; header rows are left as LibreOffice wrote them."""
    doc = parts['word/document.xml'].decode('utf-8')
    assert 'cantSplit' not in doc
    k = doc.rfind('<w:tbl>', 0, doc.find('>(1)<'))
    end = doc.find('</w:tbl>', k)
    tbl = doc[k:end]
    out = []
    for piece in re.split(r'(?=<w:tr[ >])', tbl):
        if piece.startswith('<w:tr') and 'tblHeader' not in piece and SPLIT_ROW not in piece:
            if piece.startswith('<w:tr><w:trPr>'):
                piece = piece.replace('<w:tr><w:trPr>', '<w:tr><w:trPr><w:cantSplit/>', 1)
            else:
                piece = re.sub(r'^<w:tr([^>]*)>', r'<w:tr\1><w:trPr><w:cantSplit/></w:trPr>', piece, count=1)
        out.append(piece)
    doc = doc[:k] + ''.join(out) + doc[end:]
    assert doc.count('<w:cantSplit/>') == len(rows) - 1, doc.count('<w:cantSplit/>')
    parts['word/document.xml'] = doc.encode('utf-8')
    assert doc.count('<w:vMerge w:val="restart"/>') >= 6, doc.count('<w:vMerge w:val="restart"/>')
    assert doc.count('<w:tblHeader') >= 3


P.save(WRITTEN_BY, post=post)
