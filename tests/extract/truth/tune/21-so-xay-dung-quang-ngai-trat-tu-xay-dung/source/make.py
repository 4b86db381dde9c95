"""21 — Sở Xây dựng tỉnh Quảng Ngãi, Kế hoạch 12/KH-SXD ngày 15/01/2026: quản lý trật tự xây dựng và phát triển nhà ở
năm 2026.  The mess: runs split mid-word and mid-label as Word leaves them after edits.  LibreOffice saves a plain
.docx; post() then cuts the runs of every task text, of "Số: 12/KH-SXD", of the field labels and of some unit cells
into 3-6 runs with different rPr (w:lang, w:noProof, an rFonts hint, w:rsidR attributes), and puts w:proofErr and
w:bookmarkStart/End elements between the pieces, inside words."""
import html, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from htmlplan import Plan, esc, b, i, tf, pp, WRITTEN_BY_DATA4 as WRITTEN_BY

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = Plan(HERE, '12-KH-SXD_Quan_ly_trat_tu_xay_dung_2026')

P.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': '12', 'symbol': 'KH-SXD', 'issuer': 'SỞ XÂY DỰNG',
    'parent_issuer': 'UBND TỈNH QUẢNG NGÃI', 'place': 'Quảng Ngãi', 'date': '2026-01-15',
    'title': 'Quản lý trật tự xây dựng và phát triển nhà ở trên địa bàn tỉnh năm 2026',
    'signer': {'authority': None, 'deputy': 'KT. GIÁM ĐỐC', 'position': 'PHÓ GIÁM ĐỐC', 'name': 'Trần Minh Khôi'},
}
SPLIT = []          # strings whose runs post() cuts (each must be the whole text of one run or inside it)

P.table([], [[
    {'h': pp(esc('UBND TỈNH QUẢNG NGÃI')) + pp(b('SỞ XÂY DỰNG')) + pp(esc('–––––––')) + pp(esc('Số: 12/KH-SXD'))},
    {'h': pp(b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) + pp(b('Độc lập - Tự do - Hạnh phúc')) + pp(esc('–––––––––––––'))
          + pp(i('Quảng Ngãi, ngày 15 tháng 01 năm 2026'))}]], [40, 60], border=False, font=13)
SPLIT += ['Số: 12/KH-SXD', 'Quảng Ngãi, ngày 15 tháng 01 năm 2026']

P.p(b('KẾ HOẠCH'), 'c', 'margin-top: 18pt')
P.p(b('Quản lý trật tự xây dựng và phát triển nhà ở trên địa bàn tỉnh năm 2026'), 'c')
P.p(esc('–––––––––'), 'c', 'margin-bottom: 12pt')
SPLIT += ['Quản lý trật tự xây dựng và phát triển nhà ở trên địa bàn tỉnh năm 2026']

for s in ['Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014; Luật sửa đổi, bổ sung một số điều của Luật Xây dựng ngày 17 '
          'tháng 6 năm 2020;',
          'Căn cứ Luật Nhà ở ngày 27 tháng 11 năm 2023;',
          'Căn cứ Quyết định số 41/QĐ-UBND ngày 06/01/2026 của UBND tỉnh ban hành Chương trình công tác năm 2026;',
          'Sở Xây dựng ban hành Kế hoạch quản lý trật tự xây dựng và phát triển nhà ở trên địa bàn tỉnh năm 2026 như sau:']:
    P.p(esc(s))

P.heading('I. MỤC ĐÍCH, YÊU CẦU')
P.p(esc('1. Tăng cường hiệu lực, hiệu quả quản lý nhà nước về trật tự xây dựng; phát hiện, ngăn chặn và xử lý kịp '
        'thời, dứt điểm các hành vi vi phạm ngay từ khi mới phát sinh.'))
P.p(esc('2. Phân công rõ phòng, đơn vị chủ trì, phối hợp, thời gian hoàn thành và sản phẩm của từng nhiệm vụ; gắn '
        'trách nhiệm người đứng đầu với kết quả thực hiện.'))

P.heading('II. NHIỆM VỤ CỤ THỂ')
P.p(esc('Các nhiệm vụ cụ thể được phân công tại Phụ lục kèm theo Kế hoạch này.'))
P.p(esc('Ngoài các nhiệm vụ tại Phụ lục, giao các đơn vị thực hiện các nhiệm vụ sau:'))

FIELD = 'margin-bottom: 3pt'


def bitem(label, text, lead_line, lead, support, time, timeframe, sup_line=None, output=None, note=None):
    P.p(esc(label + ' ' + text))
    P.p(esc('- Đơn vị chủ trì: ' + lead_line), 'i', FIELD)
    if sup_line:
        P.p(esc('- Đơn vị phối hợp: ' + sup_line), 'i', FIELD)
    P.p(esc('- Thời gian hoàn thành: ' + time), 'i', FIELD)
    SPLIT.extend([label + ' ' + text, '- Đơn vị chủ trì: ' + lead_line, '- Thời gian hoàn thành: ' + time])
    if sup_line:
        SPLIT.append('- Đơn vị phối hợp: ' + sup_line)
    P.task('body', text, lead=lead, support=support, timeframe=timeframe, output=output, note=note)


bitem('1.', 'Xây dựng và vận hành phần mềm theo dõi cấp giấy phép xây dựng, kết nối dữ liệu với UBND các xã, phường '
      'để kiểm tra công trình sau cấp phép.', 'Văn phòng Sở;', ['Văn phòng Sở'],
      ['Phòng Quản lý hoạt động xây dựng', 'UBND các xã, phường'], 'Quý III/2026.',
      tf('Quý III/2026', '2026-07-01', '2026-09-30'), sup_line='Phòng Quản lý hoạt động xây dựng, UBND các xã, phường;')
bitem('2.', 'Tổ chức tập huấn nghiệp vụ quản lý trật tự xây dựng cho công chức địa chính - xây dựng cấp xã.',
      'Thanh tra Sở;', ['Thanh tra Sở'], [], 'Tháng 4/2026.', tf('Tháng 4/2026', '2026-04-01', '2026-04-30'))

P.heading('III. TỔ CHỨC THỰC HIỆN')
t = ('Trưởng các phòng, đơn vị thuộc Sở tổ chức triển khai các nhiệm vụ được giao, báo cáo kết quả thực hiện về Thanh '
     'tra Sở trước ngày 20 tháng cuối mỗi quý.')
P.p(esc('1. ' + t))
SPLIT.append('1. ' + t)
P.task('body', t, lead=['Trưởng các phòng, đơn vị thuộc Sở'], timeframe=tf('trước ngày 20 tháng cuối mỗi quý'),
       note='the subject is the lead; a recurring deadline, no dates')
t = ('Thanh tra Sở là đầu mối theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, tham mưu Giám đốc Sở báo cáo '
     'UBND tỉnh trước ngày 15/12/2026.')
P.p(esc('2. ' + t))
SPLIT.append('2. ' + t)
P.task('body', t, lead=['Thanh tra Sở'], timeframe=tf('trước ngày 15/12/2026', None, '2026-12-15'))
P.p(esc('Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Xây dựng (qua Thanh tra Sở) '
        'để xem xét, giải quyết./.'))

left = (pp('<b><i>Nơi nhận:</i></b>', 'l') + ''.join(pp(esc(x), 'l', 'font-size:11pt') for x in [
    '- UBND tỉnh (b/c);', '- Giám đốc, các PGĐ Sở;', '- UBND các xã, phường;', '- Các phòng, đơn vị thuộc Sở;',
    '- Lưu: VT, TTr.']))
right = pp(b('KT. GIÁM ĐỐC')) + pp(b('PHÓ GIÁM ĐỐC')) + pp('') * 4 + pp(b('Trần Minh Khôi'))
P.table([], [[{'h': left}, {'h': right, 'al': 'c'}]], [50, 50], border=False)
SPLIT += ['Trần Minh Khôi']

# ---------------- Phụ lục ----------------
P.landscape()
P.p(b('PHỤ LỤC'), 'c')
P.p(b('NHIỆM VỤ QUẢN LÝ TRẬT TỰ XÂY DỰNG VÀ PHÁT TRIỂN NHÀ Ở NĂM 2026'), 'c')
P.p(i('(Kèm theo Kế hoạch số 12/KH-SXD ngày 15/01/2026 của Sở Xây dựng tỉnh Quảng Ngãi)'), 'c', 'margin-bottom: 8pt')

HD = 'Phòng Quản lý hoạt động xây dựng'
QH = 'Phòng Quy hoạch - Kiến trúc'
NHA = 'Phòng Quản lý nhà và thị trường bất động sản'
DT = 'Phòng Phát triển đô thị'
TT = 'Thanh tra Sở'
VP = 'Văn phòng Sở'
XA = 'UBND các xã, phường'
rows = []


def group(n, title):
    rows.append([{'h': b(n), 'al': 'c'}, {'h': b(title), 'cs': 5}])


def row(n, text, lead_cell, sup_cell, time_cell, out_cell, lead, support, timeframe, output, note=None, split_units=()):
    rows.append([{'h': esc(str(n)), 'al': 'c'}, {'h': esc(text)}, {'h': esc(lead_cell)}, {'h': esc(sup_cell)},
                 {'h': esc(time_cell), 'al': 'c'}, {'h': esc(out_cell)}])
    SPLIT.append(text)
    SPLIT.extend(split_units)
    P.task('appendix', text, lead=lead, support=support, timeframe=timeframe, output=output, note=note)


group('I', 'CÔNG TÁC QUY HOẠCH, CẤP PHÉP')
row(1, 'Rà soát, điều chỉnh quy hoạch chung các đô thị loại V được sáp nhập sau sắp xếp đơn vị hành chính cấp xã',
    QH, XA, 'Quý II/2026', 'Hồ sơ đề xuất điều chỉnh quy hoạch', [QH], [XA], tf('Quý II/2026', '2026-04-01', '2026-06-30'),
    'Hồ sơ đề xuất điều chỉnh quy hoạch', split_units=[QH])
row(2, 'Công bố công khai thủ tục, thời gian giải quyết hồ sơ cấp giấy phép xây dựng trên Cổng dịch vụ công của tỉnh',
    HD, VP, 'Tháng 02/2026', 'Danh mục thủ tục được công bố', [HD], [VP], tf('Tháng 02/2026', '2026-02-01', '2026-02-28'),
    'Danh mục thủ tục được công bố', split_units=[HD])
row(3, 'Hướng dẫn UBND các xã, phường cấp giấy phép xây dựng nhà ở riêng lẻ theo phân cấp mới',
    HD, 'Phòng Quy hoạch - Kiến trúc;\nUBND các xã, phường', 'Quý I/2026', 'Văn bản hướng dẫn',
    [HD], [QH, XA], tf('Quý I/2026', '2026-01-01', '2026-03-31'), 'Văn bản hướng dẫn')
group('II', 'KIỂM TRA, XỬ LÝ VI PHẠM TRẬT TỰ XÂY DỰNG')
row(4, 'Kiểm tra công tác quản lý trật tự xây dựng tại 12 xã, phường có tốc độ đô thị hóa nhanh',
    TT, HD + '; ' + XA, 'Quý II - Quý III/2026', 'Kết luận kiểm tra', [TT], [HD, XA],
    tf('Quý II - Quý III/2026', '2026-04-01', '2026-09-30'), 'Kết luận kiểm tra', split_units=[TT])
row(5, 'Theo dõi, đôn đốc việc thực hiện các quyết định xử phạt vi phạm hành chính và cưỡng chế phá dỡ công trình vi phạm',
    TT, XA, 'Thường xuyên', 'Báo cáo hằng quý', [TT], [XA], tf('Thường xuyên'), 'Báo cáo hằng quý')
row(6, 'Kiểm tra điều kiện năng lực của tổ chức, cá nhân hoạt động xây dựng trên địa bàn tỉnh',
    HD, TT, 'Quý III/2026', 'Thông báo kết quả kiểm tra', [HD], [TT], tf('Quý III/2026', '2026-07-01', '2026-09-30'),
    'Thông báo kết quả kiểm tra')
group('III', 'PHÁT TRIỂN NHÀ Ở')
row(7, 'Tham mưu UBND tỉnh ban hành Kế hoạch phát triển nhà ở năm 2027',
    NHA, 'Sở Tài chính; Sở Nông nghiệp và Môi trường', 'Trước ngày 30/11/2026', 'Kế hoạch được UBND tỉnh ban hành',
    [NHA], ['Sở Tài chính', 'Sở Nông nghiệp và Môi trường'], tf('Trước ngày 30/11/2026', None, '2026-11-30'),
    'Kế hoạch được UBND tỉnh ban hành', split_units=[NHA], note='support: two bodies outside the Sở')
row(8, 'Theo dõi, đôn đốc tiến độ các dự án nhà ở xã hội tại phường Trương Quang Trọng và khu kinh tế Dung Quất',
    NHA, DT + '; Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi', 'Hằng tháng', 'Báo cáo tiến độ',
    [NHA], [DT, 'Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi'], tf('Hằng tháng'), 'Báo cáo tiến độ',
    note='"... và các Khu công nghiệp Quảng Ngãi" is one body')
row(9, 'Cập nhật cơ sở dữ liệu về nhà ở và thị trường bất động sản, công bố thông tin theo quy định',
    NHA, VP, '6 tháng, năm', 'Thông tin được công bố', [NHA], [VP], tf('6 tháng, năm'), 'Thông tin được công bố',
    note='"6 tháng, năm" = half-yearly and yearly: no dates')
row(10, 'Tổng kết công tác quản lý trật tự xây dựng và phát triển nhà ở năm 2026',
    TT, 'Các phòng, đơn vị thuộc Sở', 'Tháng 12/2026', 'Báo cáo tổng kết', [TT], ['Các phòng, đơn vị thuộc Sở'],
    tf('Tháng 12/2026', '2026-12-01', '2026-12-31'), 'Báo cáo tổng kết')

SPLIT += ['Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện']
P.table([[b('STT'), b('Nội dung nhiệm vụ'), b('Đơn vị chủ trì'), b('Đơn vị phối hợp'), b('Thời gian thực hiện'),
          b('Sản phẩm')]], rows, [5, 37, 15, 18, 11, 14], font=12, px=900)

# ---------------- the mess ----------------
RPR = ['<w:lang w:val="vi-VN"/>', '<w:noProof/>', '<w:rFonts w:hint="default"/>', '<w:lang w:val="en-US"/>',
       '<w:spacing w:val="-2"/>']
LETTER = re.compile(r'\w', re.U)


def cuts(s, k):
    """k cut points, each between two letters (mid-word), spread over s; deterministic."""
    pos = [j for j in range(1, len(s)) if LETTER.match(s[j - 1]) and LETTER.match(s[j])]
    if not pos:
        return []
    k = min(k, len(pos))
    return sorted(set(pos[(n * len(pos)) // (k + 1) + len(pos) // (2 * (k + 1))] for n in range(1, k + 1)))


def add_rpr(rpr, extra):
    """rPr with one more child (w:lang/w:noProof go last in CT_RPr order; w:rFonts first; w:spacing in between)."""
    if not rpr:
        return '<w:rPr>%s</w:rPr>' % extra
    if extra.startswith('<w:rFonts'):
        if '<w:rFonts' in rpr:
            return rpr
        return rpr.replace('<w:rPr>', '<w:rPr>' + extra, 1)
    if extra.startswith('<w:lang') and '<w:lang' in rpr:
        return rpr
    if extra.startswith('<w:spacing'):
        # after b/i/color/sz would need order care: put it just before w:sz if any, else before </w:rPr>
        m = re.search(r'<w:(w|kern|position|sz|szCs|highlight|u|effect|bdr|shd|fitText|vertAlign|rtl|cs|em|lang|eastAsianLayout|specVanish|oMath)[ />]', rpr)
        return rpr[:m.start()] + extra + rpr[m.start():] if m else rpr.replace('</w:rPr>', extra + '</w:rPr>')
    if extra.startswith('<w:noProof'):
        m = re.search(r'<w:(snapToGrid|vanish|webHidden|color|spacing|w|kern|position|sz|szCs|highlight|u|effect|bdr|shd|fitText|vertAlign|rtl|cs|em|lang|eastAsianLayout|specVanish|oMath)[ />]', rpr)
        return rpr[:m.start()] + extra + rpr[m.start():] if m else rpr.replace('</w:rPr>', extra + '</w:rPr>')
    return rpr.replace('</w:rPr>', extra + '</w:rPr>')


def post(parts):
    doc = parts['word/document.xml'].decode('utf-8')
    targets = sorted(set(SPLIT), key=len, reverse=True)
    state = {'n': 0, 'bm': 900}
    run_re = re.compile(r'<w:r>(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t(?: xml:space="preserve")?>([^<]*)</w:t></w:r>', re.S)

    def split_run(m):
        rpr, raw = m.group(1) or '', m.group(2)
        text = html.unescape(raw)
        if not any(t in text or (len(text) > 6 and text in t) for t in targets):
            return m.group(0)
        state['n'] += 1
        n = state['n']
        cs = cuts(text, 2 + n % 4)
        if not cs:
            return m.group(0)
        pieces = [text[a:b_] for a, b_ in zip([0] + cs, cs + [len(text)])]
        out = []
        for k, piece in enumerate(pieces):
            if k:
                kind = (n + k) % 4
                if kind == 0:
                    out.append('<w:proofErr w:type="spellStart"/>')
                elif kind == 1:
                    state['bm'] += 1
                    out.append('<w:bookmarkStart w:id="%d" w:name="_Hlk%d"/>' % (state['bm'], 213400000 + state['bm']))
                    out.append('<w:bookmarkEnd w:id="%d"/>' % state['bm'])
                elif kind == 2:
                    out.append('<w:proofErr w:type="gramStart"/>')
            r = add_rpr(rpr, RPR[(n + k) % len(RPR)]) if k % 2 == 1 else rpr
            out.append('<w:r w:rsidR="00%06X" w:rsidRPr="00%06X">%s<w:t xml:space="preserve">%s</w:t></w:r>'
                       % ((0xA31000 + n * 7 + k) & 0xFFFFFF, (0x5B2000 + n * 3 + k) & 0xFFFFFF, r,
                          html.escape(piece, quote=False)))
            if k and (n + k) % 4 == 0:
                out.append('<w:proofErr w:type="spellEnd"/>')
            if k and (n + k) % 4 == 2:
                out.append('<w:proofErr w:type="gramEnd"/>')
        return ''.join(out)
    doc = run_re.sub(split_run, doc)
    assert state['n'] >= len(P.tasks), state
    parts['word/document.xml'] = doc.encode('utf-8')


P.save(WRITTEN_BY, post=post)
