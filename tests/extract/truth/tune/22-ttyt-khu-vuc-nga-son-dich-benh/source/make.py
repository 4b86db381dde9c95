"""22 — Trung tâm Y tế khu vực Nga Sơn (Sở Y tế Thanh Hoá), Kế hoạch 35/KH-TTYT ngày 20/02/2026: phòng, chống dịch
bệnh truyền nhiễm năm 2026.  The mess: decomposed Unicode.  After LibreOffice saved the .docx, post() rewrites every
task text and unit name of parts II and III in decomposed form — half fully NFD (base letter + U+0302/U+0306/U+031B
+ tone), half the "Unicode tổ hợp" of Vietnamese input methods (precomposed â/ê/ô/ơ/ư/ă + a combining tone mark);
and the spelling mixes the old tone placement ("Thanh Hoá", "thuỷ đậu", "hoá chất", "Quí I/2026", "khoẻ") with the
new ("Thanh Hóa", "Quý II/2026", "khỏe").  The truth is NFC, spelled as printed."""
import html, os, re, sys, unicodedata
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from htmlplan import Plan, esc, b, i, tf, pp, WRITTEN_BY_DATA4 as WRITTEN_BY

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = Plan(HERE, '35-KH-TTYT_Phong_chong_dich_benh_truyen_nhiem_2026')

P.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': '35', 'symbol': 'KH-TTYT', 'issuer': 'TRUNG TÂM Y TẾ KHU VỰC NGA SƠN',
    'parent_issuer': 'SỞ Y TẾ THANH HOÁ', 'place': 'Nga Sơn', 'date': '2026-02-20',
    'title': 'Phòng, chống dịch bệnh truyền nhiễm năm 2026',
    'signer': {'authority': None, 'deputy': None, 'position': 'GIÁM ĐỐC', 'name': 'Mai Thị Thuỳ Dương'},
}
DECOMPOSE = []      # strings post() writes decomposed

P.table([], [[
    {'h': pp(esc('SỞ Y TẾ THANH HOÁ')) + pp(b('TRUNG TÂM Y TẾ')) + pp(b('KHU VỰC NGA SƠN')) + pp(esc('–––––––'))
          + pp(esc('Số: 35/KH-TTYT'))},
    {'h': pp(b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) + pp(b('Độc lập - Tự do - Hạnh phúc')) + pp(esc('–––––––––––––'))
          + pp(i('Nga Sơn, ngày 20 tháng 02 năm 2026'))}]], [42, 58], border=False, font=13)

P.p(b('KẾ HOẠCH'), 'c', 'margin-top: 18pt')
P.p(b('Phòng, chống dịch bệnh truyền nhiễm năm 2026'), 'c')
P.p(esc('–––––––––'), 'c', 'margin-bottom: 12pt')

for s in ['Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007;',
          'Căn cứ Thông tư số 54/2015/TT-BYT ngày 28 tháng 12 năm 2015 của Bộ Y tế hướng dẫn chế độ thông tin báo cáo '
          'và khai báo bệnh, dịch bệnh truyền nhiễm;',
          'Thực hiện Kế hoạch số 19/KH-SYT ngày 30/01/2026 của Sở Y tế Thanh Hóa về phòng, chống dịch bệnh truyền nhiễm '
          'năm 2026;',
          'Trung tâm Y tế khu vực Nga Sơn xây dựng Kế hoạch phòng, chống dịch bệnh truyền nhiễm năm 2026 như sau:']:
    P.p(esc(s))

P.heading('I. MỤC ĐÍCH, YÊU CẦU')
P.p(esc('1. Giảm tỷ lệ mắc và tử vong do các bệnh truyền nhiễm; phát hiện sớm, khoanh vùng, xử lý kịp thời các ổ dịch, '
        'không để dịch bùng phát, lây lan trên địa bàn; bảo vệ sức khoẻ Nhân dân.'))
P.p(esc('2. Phân công cụ thể trách nhiệm của các khoa, phòng, Trạm Y tế các xã; bảo đảm thuốc, hoá chất, vật tư, '
        'trang thiết bị sẵn sàng đáp ứng khi có dịch.'))

P.heading('II. NHIỆM VỤ, GIẢI PHÁP')
FIELD = 'margin-bottom: 3pt'
KS = 'Khoa Kiểm soát bệnh tật và HIV/AIDS'
TN = 'Khoa Truyền nhiễm'
TYT = 'Trạm Y tế các xã'
KHNV = 'Phòng Kế hoạch - Nghiệp vụ'
DUOC = 'Khoa Dược - Trang thiết bị - Vật tư y tế'
YTCC = 'Khoa Y tế công cộng và Dinh dưỡng'
TCKT = 'Phòng Tài chính - Kế toán'


def item(label, text, lead, support, time, timeframe, note=None):
    P.p(esc(label + ' ' + text))
    P.p(esc('- Chủ trì: ' + ', '.join(lead) + ';'), 'i', FIELD)
    if support:
        P.p(esc('- Phối hợp: ' + ', '.join(support) + ';'), 'i', FIELD)
    P.p(esc('- Thời gian: ' + time + '.'), 'i', FIELD)
    DECOMPOSE.append(text)
    DECOMPOSE.extend(lead)
    DECOMPOSE.extend(support)
    P.task('body', text, lead=lead, support=support, timeframe=timeframe, note=note)


P.heading('1. Công tác giám sát, phát hiện sớm')
item('a)', 'Giám sát chặt chẽ các bệnh truyền nhiễm lưu hành: sốt xuất huyết Dengue, tay chân miệng, sởi, thuỷ đậu, '
     'cúm A; phát hiện sớm ca bệnh, xử lý triệt để ổ dịch, không để dịch lan rộng.', [KS], [TYT, TN], 'Thường xuyên',
     tf('Thường xuyên'), note='old tone "thuỷ đậu" kept')
item('b)', 'Thực hiện thông tin, báo cáo bệnh truyền nhiễm theo Thông tư số 54/2015/TT-BYT trên hệ thống phần mềm '
     'quản lý giám sát bệnh truyền nhiễm.', [KS], [TYT], 'Hằng tuần, trước 16 giờ ngày thứ Sáu',
     tf('Hằng tuần, trước 16 giờ ngày thứ Sáu'))
P.heading('2. Công tác thu dung, điều trị')
item('a)', 'Chuẩn bị sẵn sàng khu vực cách ly, giường bệnh, thuốc, hoá chất, vật tư tiêu hao để thu dung, điều trị '
     'người bệnh khi dịch xảy ra.', [TN], [DUOC], 'Quí I/2026', tf('Quí I/2026', '2026-01-01', '2026-03-31'),
     note='old spelling "Quí", "hoá chất"')
item('b)', 'Tập huấn cập nhật hướng dẫn chẩn đoán, điều trị sốt xuất huyết Dengue, tay chân miệng cho bác sỹ, điều '
     'dưỡng của các khoa lâm sàng và Trạm Y tế các xã.', [KHNV], [TN, 'Khoa Nhi'], 'Tháng 4/2026',
     tf('Tháng 4/2026', '2026-04-01', '2026-04-30'))
P.heading('3. Công tác tiêm chủng')
item('a)', 'Tổ chức tiêm chủng mở rộng hằng tháng tại Trạm Y tế các xã, bảo đảm tỷ lệ trẻ dưới 1 tuổi được tiêm chủng '
     'đầy đủ đạt trên 95%.', [KS], [TYT], 'Hằng tháng', tf('Hằng tháng'))
item('b)', 'Tổ chức tiêm bổ sung vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi chưa tiêm đủ mũi tại các xã có nguy cơ '
     'cao.', [KS], [TYT, 'Khoa Xét nghiệm - Chẩn đoán hình ảnh'], 'Quý II/2026',
     tf('Quý II/2026', '2026-04-01', '2026-06-30'), note='new spelling "Quý" in the same document as "Quí"')
P.heading('4. Công tác truyền thông')
item('a)', 'Truyền thông phòng, chống sốt xuất huyết, diệt bọ gậy, vệ sinh môi trường trên hệ thống truyền thanh các '
     'xã và trang thông tin điện tử của Trung tâm; giữ gìn sức khỏe cộng đồng.', [YTCC], [TYT, 'UBND các xã'],
     'Tháng 5 - tháng 10/2026', tf('Tháng 5 - tháng 10/2026', '2026-05-01', '2026-10-31'),
     note='new spelling "sức khỏe" here, old "sức khoẻ" in part I')
item('b)', 'Phối hợp với các trường học trên địa bàn tuyên truyền phòng bệnh tay chân miệng, thuỷ đậu cho học sinh, '
     'giáo viên và phụ huynh.', [YTCC], ['Các trường mầm non, tiểu học trên địa bàn'], 'Quí III/2026',
     tf('Quí III/2026', '2026-07-01', '2026-09-30'))
P.heading('5. Kinh phí, hậu cần')
item('a)', 'Lập dự toán kinh phí, mua sắm bổ sung hoá chất diệt muỗi, máy phun, trang phục phòng hộ cho đội đáp ứng '
     'nhanh.', [TCKT], [DUOC], 'Trước ngày 15/3/2026', tf('Trước ngày 15/3/2026', None, '2026-03-15'))

P.heading('III. TỔ CHỨC THỰC HIỆN')


def duty(text, unit, timeframe=None, note=None):
    P.p(esc('- ' + text))
    DECOMPOSE.append(text)
    P.task('body', text, lead=[unit], timeframe=timeframe, note=note or 'lead = the unit heading above the dash item')


P.heading('1. ' + KHNV)
DECOMPOSE.append(KHNV)
duty('Là đầu mối tham mưu Giám đốc triển khai Kế hoạch; tổng hợp, báo cáo kết quả thực hiện 6 tháng, năm về Sở Y tế.',
     KHNV, tf('6 tháng, năm'))
P.heading('2. ' + KS)
DECOMPOSE.append(KS)
duty('Hướng dẫn, giám sát chuyên môn cho Trạm Y tế các xã trong công tác phòng, chống dịch bệnh.', KS)
duty('Duy trì đội đáp ứng nhanh, sẵn sàng xử lý ổ dịch trong vòng 48 giờ kể từ khi nhận được thông báo.', KS,
     tf('trong vòng 48 giờ kể từ khi nhận được thông báo'), note='lead = unit heading; a relative deadline, no dates')
P.heading('3. ' + TYT)
DECOMPOSE.append(TYT)
duty('Tham mưu UBND xã kiện toàn Ban Chỉ đạo chăm sóc sức khoẻ Nhân dân, tổ chức chiến dịch vệ sinh môi trường, diệt '
     'bọ gậy tại các thôn, tổ dân phố.', TYT)
P.p(esc('Trên đây là Kế hoạch phòng, chống dịch bệnh truyền nhiễm năm 2026 của Trung tâm Y tế khu vực Nga Sơn; yêu cầu '
        'các khoa, phòng, Trạm Y tế các xã nghiêm túc triển khai thực hiện./.'))

left = (pp('<b><i>Nơi nhận:</i></b>', 'l') + ''.join(pp(esc(x), 'l', 'font-size:11pt') for x in [
    '- Sở Y tế Thanh Hoá (b/c);', '- UBND các xã khu vực Nga Sơn;', '- Ban Giám đốc;', '- Các khoa, phòng, TYT;',
    '- Lưu: VT, KHNV.']))
right = pp(b('GIÁM ĐỐC')) + pp('') * 4 + pp(b('Mai Thị Thuỳ Dương'))
P.table([], [[{'h': left}, {'h': right, 'al': 'c'}]], [50, 50], border=False)

TONES = {'\u0300', '\u0301', '\u0303', '\u0309', '\u0323'}


def tohop(s):
    """'Unicode tổ hợp': letter with its vowel mark precomposed, the tone mark as a combining character."""
    out = []
    for ch in s:
        d = unicodedata.normalize('NFD', ch)
        tone = ''.join(c for c in d if c in TONES)
        base = unicodedata.normalize('NFC', ''.join(c for c in d if c not in TONES))
        out.append(base + tone)
    return ''.join(out)


def post(parts):
    doc = parts['word/document.xml'].decode('utf-8')
    count = {'nfd': 0, 'tohop': 0}
    targets = sorted(set(DECOMPOSE), key=len, reverse=True)

    def fix(m):
        text = html.unescape(m.group(2))
        hit = False
        for n, t in enumerate(targets):
            if t in text:
                mode = 'nfd' if (len(t) + n) % 2 else 'tohop'
                text = text.replace(t, unicodedata.normalize('NFD', t) if mode == 'nfd' else tohop(t))
                count[mode] += 1
                hit = True
        if not hit:
            return m.group(0)
        return '%s<w:t xml:space="preserve">%s</w:t>' % (m.group(1), html.escape(text, quote=False))
    doc = re.sub(r'(<w:r>(?:<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?)<w:t(?: xml:space="preserve")?>([^<]*)</w:t>', fix, doc,
                 flags=re.S)
    assert count['nfd'] > 5 and count['tohop'] > 5, count
    print('decomposed', count)
    parts['word/document.xml'] = doc.encode('utf-8')


P.save(WRITTEN_BY, post=post)
