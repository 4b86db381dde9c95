"""23 — Thanh tra tỉnh Cao Bằng, Kế hoạch 08/KH-TTr ngày 25/12/2025: công tác thanh tra, tiếp công dân, giải quyết
khiếu nại, tố cáo và phòng, chống tham nhũng năm 2026.  The mess: a legacy font.  The Phụ lục (its title lines and
the whole task table) was pasted from an old TCVN3 (ABC) template: after LibreOffice saved the .docx, post() turns
every run from the "PHỤ LỤC" line on into TCVN3 bytes (stored as the Latin-1 characters Word keeps them as) with
font ".VnTime", the all-capitals lines and the header row in ".VnTimeH" (lowercase bytes, the font draws capitals),
and, inside .VnTime text, each toned capital letter (Ủ, Ở, ...) as its own one-letter ".VnTimeH" run, the way
TCVN3 typists had to write them.  The rest of the document is Unicode.  The truth is the decoded Unicode text."""
import html, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from htmlplan import Plan, esc, b, i, tf, pp, WRITTEN_BY_DATA4 as WRITTEN_BY

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = Plan(HERE, '08-KH-TTr_Cong_tac_thanh_tra_2026')

P.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': '08', 'symbol': 'KH-TTr', 'issuer': 'THANH TRA TỈNH',
    'parent_issuer': 'UBND TỈNH CAO BẰNG', 'place': 'Cao Bằng', 'date': '2025-12-25',
    'title': ('Công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng, tiêu cực '
              'năm 2026'),
    'signer': {'authority': None, 'deputy': 'KT. CHÁNH THANH TRA', 'position': 'PHÓ CHÁNH THANH TRA',
               'name': 'Nông Thị Thu Hà'},
}

P.table([], [[
    {'h': pp(esc('UBND TỈNH CAO BẰNG')) + pp(b('THANH TRA TỈNH')) + pp(esc('–––––––')) + pp(esc('Số: 08/KH-TTr'))},
    {'h': pp(b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) + pp(b('Độc lập - Tự do - Hạnh phúc')) + pp(esc('–––––––––––––'))
          + pp(i('Cao Bằng, ngày 25 tháng 12 năm 2025'))}]], [40, 60], border=False, font=13)

P.p(b('KẾ HOẠCH'), 'c', 'margin-top: 18pt')
P.p(b('Công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo'), 'c')
P.p(b('và phòng, chống tham nhũng, tiêu cực năm 2026'), 'c')
P.p(esc('–––––––––'), 'c', 'margin-bottom: 12pt')

for s in ['Căn cứ Luật Thanh tra ngày 14 tháng 11 năm 2022;',
          'Căn cứ Luật Phòng, chống tham nhũng ngày 20 tháng 11 năm 2018;',
          'Căn cứ Quyết định số 1502/QĐ-UBND ngày 12/12/2025 của UBND tỉnh phê duyệt định hướng chương trình thanh tra '
          'năm 2026;',
          'Thanh tra tỉnh xây dựng Kế hoạch công tác năm 2026 như sau:']:
    P.p(esc(s))

P.heading('I. MỤC ĐÍCH, YÊU CẦU')
P.p(esc('1. Phát hiện, chấn chỉnh kịp thời những sơ hở, yếu kém trong quản lý kinh tế - xã hội; kiến nghị xử lý '
        'nghiêm các hành vi vi phạm pháp luật, thu hồi tối đa tiền, tài sản cho Nhà nước.'))
P.p(esc('2. Không chồng chéo, trùng lặp về phạm vi, đối tượng, nội dung, thời kỳ thanh tra với Kiểm toán Nhà nước và '
        'các cơ quan thanh tra khác; không làm cản trở hoạt động bình thường của đối tượng thanh tra.'))

P.heading('II. NHIỆM VỤ TRỌNG TÂM')
P.p(esc('Tiến hành 07 cuộc thanh tra hành chính, 02 cuộc thanh tra chuyên đề; thực hiện công tác tiếp công dân, giải '
        'quyết khiếu nại, tố cáo và phòng, chống tham nhũng, tiêu cực theo Phụ lục kèm theo Kế hoạch này.'))

P.heading('III. TỔ CHỨC THỰC HIỆN')
t = ('Trưởng các phòng nghiệp vụ căn cứ Kế hoạch, chủ động xây dựng đề cương, bố trí công chức tiến hành các cuộc '
     'thanh tra bảo đảm đúng tiến độ, chất lượng.')
P.p(esc('1. ' + t))
P.task('body', t, lead=['Trưởng các phòng nghiệp vụ'], note='subject is the lead')
t = ('Văn phòng Thanh tra tỉnh bảo đảm kinh phí, phương tiện; theo dõi, tổng hợp kết quả thực hiện, báo cáo Chánh '
     'Thanh tra tỉnh định kỳ hằng quý.')
P.p(esc('2. ' + t))
P.task('body', t, lead=['Văn phòng Thanh tra tỉnh'], timeframe=tf('định kỳ hằng quý'),
       note='timeframe from inside the sentence, recurring')
t = ('Trong quá trình thực hiện, trường hợp cần điều chỉnh Kế hoạch, Phòng Nghiệp vụ 1 tổng hợp, tham mưu Chánh '
     'Thanh tra tỉnh trình Chủ tịch UBND tỉnh xem xét, quyết định.')
P.p(esc('3. ' + t))
P.task('body', t, lead=['Phòng Nghiệp vụ 1'], note='the unit is not the first words of the sentence')

left = (pp('<b><i>Nơi nhận:</i></b>', 'l') + ''.join(pp(esc(x), 'l', 'font-size:11pt') for x in [
    '- Thanh tra Chính phủ (b/c);', '- TT Tỉnh ủy, UBND tỉnh (b/c);', '- Các sở, ban, ngành tỉnh;',
    '- UBND các xã, phường;', '- Lãnh đạo Thanh tra tỉnh;', '- Lưu: VT, NV1.']))
right = pp(b('KT. CHÁNH THANH TRA')) + pp(b('PHÓ CHÁNH THANH TRA')) + pp('') * 4 + pp(b('Nông Thị Thu Hà'))
P.table([], [[{'h': left}, {'h': right, 'al': 'c'}]], [50, 50], border=False)

# ---------------- Phụ lục (written in TCVN3 by post()) ----------------
P.landscape()
P.p(b('PHỤ LỤC'), 'c')
P.p(b('DANH MỤC NHIỆM VỤ CÔNG TÁC THANH TRA NĂM 2026'), 'c')
P.p(i('(Kèm theo Kế hoạch số 08/KH-TTr ngày 25/12/2025 của Thanh tra tỉnh Cao Bằng)'), 'c', 'margin-bottom: 8pt')

NV1, NV2, NV3 = 'Phòng Nghiệp vụ 1', 'Phòng Nghiệp vụ 2', 'Phòng Nghiệp vụ 3'
VP = 'Văn phòng Thanh tra tỉnh'
BTCD = 'Ban Tiếp công dân tỉnh'
rows = []


def group(n, title):
    rows.append([{'h': b(n), 'al': 'c'}, {'h': b(title), 'cs': 5}])


def row(n, text, lead_cell, sup_cell, time_cell, note_cell, lead, support, timeframe, note=None):
    rows.append([{'h': esc(str(n)), 'al': 'c'}, {'h': esc(text)}, {'h': esc(lead_cell)}, {'h': esc(sup_cell)},
                 {'h': esc(time_cell), 'al': 'c'}, {'h': esc(note_cell)}])
    P.task('appendix', text, lead=lead, support=support, timeframe=timeframe, output=None, note=note)


group('I', 'THANH TRA HÀNH CHÍNH')
row(1, 'Thanh tra việc quản lý, sử dụng nguồn vốn đầu tư xây dựng cơ bản tại Ban Quản lý dự án đầu tư xây dựng '
       'công trình giao thông tỉnh, thời kỳ 2023 - 2025', NV2, 'Sở Tài chính', 'Quý I - Quý II/2026', '',
    [NV2], ['Sở Tài chính'], tf('Quý I - Quý II/2026', '2026-01-01', '2026-06-30'))
row(2, 'Thanh tra trách nhiệm thực hiện pháp luật về thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo và '
       'phòng, chống tham nhũng của Giám đốc Sở Nông nghiệp và Môi trường', NV1, '', 'Quý II/2026', '',
    [NV1], [], tf('Quý II/2026', '2026-04-01', '2026-06-30'), note='support cell empty')
row(3, 'Thanh tra việc quản lý, sử dụng đất đai, tài nguyên khoáng sản tại UBND xã Trùng Khánh và UBND xã Hạ Lang',
    NV2, 'Sở Nông nghiệp và Môi trường', 'Quý II - Quý III/2026', '',
    [NV2], ['Sở Nông nghiệp và Môi trường'], tf('Quý II - Quý III/2026', '2026-04-01', '2026-09-30'))
row(4, 'Ủy quyền cho Thanh tra Sở Y tế phối hợp thanh tra việc mua sắm trang thiết bị, vật tư y tế tại Bệnh viện Đa '
       'khoa tỉnh năm 2024 - 2025', NV3, 'Sở Y tế', 'Quý III/2026', 'Phối hợp',
    [NV3], ['Sở Y tế'], tf('Quý III/2026', '2026-07-01', '2026-09-30'),
    note='text begins with a toned capital (Ủ): its own .VnTimeH run inside the .VnTime cell')
row(5, 'Thanh tra việc thực hiện chính sách hỗ trợ phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền '
       'núi tại UBND xã Bảo Lạc', NV3, 'Sở Dân tộc và Tôn giáo', 'Quý III - Quý IV/2026', '',
    [NV3], ['Sở Dân tộc và Tôn giáo'], tf('Quý III - Quý IV/2026', '2026-07-01', '2026-12-31'))
row(6, 'Thanh tra việc quản lý thu, chi ngân sách, quản lý tài sản công tại Trường Cao đẳng Cao Bằng', NV2,
    'Sở Tài chính; Sở Giáo dục và Đào tạo', 'Quý IV/2026', '', [NV2], ['Sở Tài chính', 'Sở Giáo dục và Đào tạo'],
    tf('Quý IV/2026', '2026-10-01', '2026-12-31'))
group('II', 'TIẾP CÔNG DÂN, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO')
row(7, 'Tham gia tiếp công dân định kỳ cùng Chủ tịch UBND tỉnh tại Trụ sở Tiếp công dân tỉnh', NV1, BTCD,
    'Ngày 15 hằng tháng', '', [NV1], [BTCD], tf('Ngày 15 hằng tháng'))
row(8, 'Xác minh, tham mưu giải quyết các vụ việc khiếu nại, tố cáo do Chủ tịch UBND tỉnh giao', NV1,
    'Các sở, ngành liên quan', 'Theo thời hạn giải quyết', '', [NV1], ['Các sở, ngành liên quan'],
    tf('Theo thời hạn giải quyết'))
row(9, 'Rà soát, kiểm tra, đôn đốc giải quyết các vụ việc khiếu nại, tố cáo đông người, phức tạp, kéo dài', NV1,
    BTCD + '; UBND các xã, phường', 'Thường xuyên', '', [NV1], [BTCD, 'UBND các xã, phường'], tf('Thường xuyên'))
group('III', 'PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC')
row(10, 'Xác minh tài sản, thu nhập của người có nghĩa vụ kê khai theo kế hoạch xác minh năm 2026 được phê duyệt',
    NV3, VP, 'Quý II - Quý IV/2026', '', [NV3], [VP], tf('Quý II - Quý IV/2026', '2026-04-01', '2026-12-31'))
row(11, 'Tổng hợp, đánh giá công tác phòng, chống tham nhũng, tiêu cực cấp tỉnh năm 2026; báo cáo Thanh tra Chính phủ',
    NV3, 'Các sở, ban, ngành; UBND các xã, phường', 'Trước ngày 10/12/2026', '', [NV3],
    ['Các sở, ban, ngành', 'UBND các xã, phường'], tf('Trước ngày 10/12/2026', None, '2026-12-10'))
row(12, 'Tổng kết công tác thanh tra năm 2026, xây dựng định hướng chương trình thanh tra năm 2027', VP,
    'Các phòng nghiệp vụ', 'Tháng 11/2026', '', [VP], ['Các phòng nghiệp vụ'], tf('Tháng 11/2026', '2026-11-01', '2026-11-30'))

P.table([[b('STT'), b('Nội dung công việc'), b('Đơn vị chủ trì'), b('Đơn vị phối hợp'), b('Thời gian thực hiện'),
          b('Ghi chú')]], rows, [5, 43, 14, 18, 13, 7], font=12, px=900)

# ---------------- TCVN3 ----------------
TSV = '/work/shared/data/encodings/tcvn3_abc_to_unicode.tsv'
ROWS = [l.split('\t')[:2] for l in open(TSV, encoding='utf-8') if l.strip() and not l.startswith('#')]
SHARED = {b_ for b_, _ in ROWS if sum(x == b_ for x, _ in ROWS) > 1}
# Unicode letter -> TCVN3 byte (as a Latin-1 char); a byte with two rows (toned capital and small letter) encodes
# the small letter only: in .VnTime it IS the small letter, the capital needs .VnTimeH
ENC = {chr(int(cp[2:], 16)): chr(int(b_, 16)) for b_, cp in ROWS
       if b_ not in SHARED or chr(int(cp[2:], 16)).islower()}


def tcvn3_runs(text, caps):
    """[(font, stored text)]: caps lines in .VnTimeH (lowercase bytes); otherwise .VnTime, a toned capital that has
    no .VnTime byte as its own .VnTimeH run."""
    if caps:
        return [('.VnTimeH', ''.join(ENC.get(c, c) for c in text.lower()))]
    out = []
    for c in text:
        if c in ENC:
            font, s = '.VnTime', ENC[c]
        elif c.lower() in ENC and c != c.lower() and ord(c) > 0x7f:
            font, s = '.VnTimeH', ENC[c.lower()]
        else:
            assert ord(c) < 0x80, 'no TCVN3 byte for %r' % c
            font, s = '.VnTime', c
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + s)
        else:
            out.append((font, s))
    return out


def post(parts):
    doc = parts['word/document.xml'].decode('utf-8')
    k = doc.find('>PHỤ LỤC<')
    k = doc.rfind('<w:p>', 0, k) if doc.rfind('<w:p>', 0, k) > doc.rfind('<w:p ', 0, k) else doc.rfind('<w:p ', 0, k)
    head, tail = doc[:k], doc[k:]
    n = {'runs': 0}

    def conv(m):
        rpr, text = m.group(1) or '<w:rPr></w:rPr>', html.unescape(m.group(2))
        rpr = re.sub(r'<w:rFonts[^>]*/>', '', rpr)
        caps = text == text.upper() and any(c.isalpha() for c in text)
        out = []
        for font, s in tcvn3_runs(text, caps):
            r = rpr.replace('<w:rPr>', '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/>' % (font, font, font), 1)
            out.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (r, html.escape(s, quote=False)))
        n['runs'] += 1
        return ''.join(out)
    tail = re.sub(r'<w:r>(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t(?: xml:space="preserve")?>([^<]*)</w:t></w:r>', conv,
                  tail, flags=re.S)
    assert n['runs'] > 60, n
    parts['word/document.xml'] = (head + tail).encode('utf-8')


P.save(WRITTEN_BY, post=post)
