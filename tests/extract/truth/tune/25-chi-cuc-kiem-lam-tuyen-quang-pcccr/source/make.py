"""25 — Chi cục Kiểm lâm (Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang), Kế hoạch 27/KH-CCKL ngày 05/01/2026: bảo
vệ rừng và phòng cháy, chữa cháy rừng năm 2026.  The mess: Word automatic numbering everywhere, no typed label.
make.py writes a marker before each numbered paragraph's text; post() removes it, gives the paragraph a w:numPr
and writes word/numbering.xml: list 1 (abstract 10) "I." / "1." / "1.1." / "a)" / "-" bullets; list 2 (abstract
20, "1.") for part I's aims; list 3 = abstract 20 again with startOverride 1 (Word's "Restart numbering") for part
III; lead, support and time stand in "-" bullet field lines."""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from htmlplan import Plan, esc, b, i, tf, pp, WRITTEN_BY_DATA4 as WRITTEN_BY

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = Plan(HERE, '27-KH-CCKL_Bao_ve_rung_PCCCR_2026')

P.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': '27', 'symbol': 'KH-CCKL', 'issuer': 'CHI CỤC KIỂM LÂM',
    'parent_issuer': 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH TUYÊN QUANG', 'place': 'Tuyên Quang', 'date': '2026-01-05',
    'title': 'Bảo vệ rừng và phòng cháy, chữa cháy rừng năm 2026',
    'signer': {'authority': None, 'deputy': None, 'position': 'CHI CỤC TRƯỞNG', 'name': 'Hoàng Văn Lịch'},
}

P.table([], [[
    {'h': pp(esc('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG')) + pp(esc('TỈNH TUYÊN QUANG')) + pp(b('CHI CỤC KIỂM LÂM'))
          + pp(esc('–––––––')) + pp(esc('Số: 27/KH-CCKL'))},
    {'h': pp(b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) + pp(b('Độc lập - Tự do - Hạnh phúc')) + pp(esc('–––––––––––––'))
          + pp(i('Tuyên Quang, ngày 05 tháng 01 năm 2026'))}]], [44, 56], border=False, font=13)

P.p(b('KẾ HOẠCH'), 'c', 'margin-top: 18pt')
P.p(b('Bảo vệ rừng và phòng cháy, chữa cháy rừng năm 2026'), 'c')
P.p(esc('–––––––––'), 'c', 'margin-bottom: 12pt')

for s in ['Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;',
          'Căn cứ Nghị định số 156/2018/NĐ-CP ngày 16 tháng 11 năm 2018 của Chính phủ quy định chi tiết thi hành một '
          'số điều của Luật Lâm nghiệp;',
          'Thực hiện Quyết định số 03/QĐ-SNNMT ngày 02/01/2026 của Sở Nông nghiệp và Môi trường giao nhiệm vụ năm 2026;',
          'Chi cục Kiểm lâm xây dựng Kế hoạch bảo vệ rừng và phòng cháy, chữa cháy rừng năm 2026 như sau:']:
    P.p(esc(s))

# numbered paragraph: marker "§numId.ilvl§" before the text (removed by post())
def num(num_id, lvl, h, bold=False, cls='i'):
    P.p(('<b>%s</b>' % ('§%d.%d§' % (num_id, lvl) + h)) if bold else ('§%d.%d§' % (num_id, lvl) + h), cls)


num(1, 0, esc('MỤC ĐÍCH, YÊU CẦU'), bold=True)
num(2, 0, esc('Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền, chủ rừng và người dân trong công tác bảo vệ '
              'rừng, phòng cháy, chữa cháy rừng; hạn chế thấp nhất số vụ và diện tích rừng bị thiệt hại.'))
num(2, 0, esc('Chủ động lực lượng, phương tiện theo phương châm "bốn tại chỗ"; phát hiện sớm, dập tắt kịp thời các '
              'điểm cháy, không để cháy lớn xảy ra.'))
num(1, 0, esc('NHIỆM VỤ, GIẢI PHÁP'), bold=True)

QLBVR = 'Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên'
TTPC = 'Phòng Thanh tra, pháp chế'
DCD = 'Đội Kiểm lâm cơ động và Phòng cháy, chữa cháy rừng'
HAT = 'Hạt Kiểm lâm các khu vực'
VP = 'Văn phòng Chi cục'
XA = 'UBND các xã, phường'


def task(lvl, text, lead, support, time, timeframe, note=None, output=None):
    num(1, lvl, esc(text))
    line = 'Chủ trì: ' + ', '.join(lead)
    if support:
        line += '; phối hợp: ' + ', '.join(support)
    num(1, 4, esc(line + '.'))
    num(1, 4, esc('Thời gian hoàn thành: ' + time + '.'))
    P.task('body', text, lead=lead, support=support, timeframe=timeframe, output=output, note=note)


num(1, 1, esc('Công tác tuyên truyền, vận động'), bold=True)
task(2, 'Tuyên truyền các quy định về bảo vệ rừng, phòng cháy, chữa cháy rừng trên Báo và Phát thanh, Truyền hình '
        'Tuyên Quang, hệ thống truyền thanh các xã và các nhóm Zalo thôn, bản.', [QLBVR], [HAT],
     'Tháng 01 - tháng 4/2026', tf('Tháng 01 - tháng 4/2026', '2026-01-01', '2026-04-30'))
task(2, 'Tổ chức ký cam kết bảo vệ rừng, không sử dụng lửa trong rừng và ven rừng với các hộ gia đình sống gần rừng.',
     [HAT], [XA], 'Trước ngày 28/02/2026', tf('Trước ngày 28/02/2026', None, '2026-02-28'))
num(1, 1, esc('Công tác phòng cháy rừng'), bold=True)
num(1, 2, esc('Xây dựng phương án, chuẩn bị lực lượng, phương tiện'), bold=True)
task(3, 'Xây dựng Phương án phòng cháy, chữa cháy rừng cấp tỉnh năm 2026 trình Sở Nông nghiệp và Môi trường phê duyệt.',
     [DCD], [QLBVR], 'Tháng 01/2026', tf('Tháng 01/2026', '2026-01-01', '2026-01-31'))
task(3, 'Cập nhật bản đồ vùng trọng điểm cháy rừng, cảnh báo cấp dự báo cháy rừng trên phần mềm cảnh báo cháy rừng '
        'của tỉnh.', [QLBVR], [DCD, 'Trung tâm Điều hành thông minh tỉnh'], 'Quý I/2026',
     tf('Quý I/2026', '2026-01-01', '2026-03-31'))
task(3, 'Kiểm tra, bảo dưỡng máy thổi gió, máy bơm chữa cháy, máy cưa xăng và các dụng cụ chữa cháy rừng thô sơ.',
     [DCD], [], 'Trước ngày 15/01/2026', tf('Trước ngày 15/01/2026', None, '2026-01-15'), note='no support')
task(3, 'Tu sửa chòi canh lửa, phát dọn đường băng cản lửa tại các khu rừng trồng thông, keo liền vùng.',
     [HAT], ['Ban Quản lý rừng phòng hộ Na Hang - Lâm Bình', 'Công ty Lâm nghiệp Tân Phong'], 'Quý I/2026',
     tf('Quý I/2026', '2026-01-01', '2026-03-31'))
task(3, 'Tổ chức trực phòng cháy, chữa cháy rừng 24/24 giờ trong các tháng mùa khô hanh.', [HAT, DCD], [],
     'Từ tháng 10/2026 đến hết tháng 4/2027', tf('Từ tháng 10/2026 đến hết tháng 4/2027', '2026-10-01', '2027-04-30'),
     note='fifth automatic letter: Word renders "e)" where a typist writes "đ)"; two leads')
task(2, 'Phối hợp với cơ quan Công an điều tra, xử lý các vụ vi phạm pháp luật về lâm nghiệp, các vụ cháy rừng có dấu '
        'hiệu tội phạm.', [TTPC], ['Công an tỉnh'], 'Thường xuyên', tf('Thường xuyên'),
     note='"Phòng Thanh tra, pháp chế" is ONE unit')
num(1, 1, esc('Công tác chữa cháy rừng'), bold=True)
task(2, 'Tổ chức diễn tập chữa cháy rừng cấp tỉnh năm 2026 tại xã Lâm Bình.', [DCD],
     ['Bộ Chỉ huy Quân sự tỉnh', 'Công an tỉnh', 'UBND xã Lâm Bình'], 'Quý I/2026',
     tf('Quý I/2026', '2026-01-01', '2026-03-31'))
num(1, 0, esc('TỔ CHỨC THỰC HIỆN'), bold=True)
t = ('Hạt Kiểm lâm các khu vực chủ động tham mưu UBND các xã, phường kiện toàn Ban Chỉ huy về phát triển lâm nghiệp bền '
     'vững cấp xã; phân công công chức kiểm lâm phụ trách từng địa bàn.')
num(3, 0, esc(t))
P.task('body', t, lead=[HAT], note='part III list restarts at 1 (startOverride) after part I used the same list style')
t = ('Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên là đầu mối theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo '
     'Sở Nông nghiệp và Môi trường trước ngày 20/12/2026.')
num(3, 0, esc(t))
P.task('body', t, lead=[QLBVR], timeframe=tf('trước ngày 20/12/2026', None, '2026-12-20'))
t = 'Văn phòng Chi cục bảo đảm kinh phí, phương tiện, trang thiết bị phục vụ công tác bảo vệ rừng, phòng cháy, chữa cháy rừng.'
num(3, 0, esc(t))
P.task('body', t, lead=[VP])
P.p(esc('Yêu cầu các phòng, đơn vị thuộc Chi cục nghiêm túc triển khai thực hiện Kế hoạch này./.'))

left = (pp('<b><i>Nơi nhận:</i></b>', 'l') + ''.join(pp(esc(x), 'l', 'font-size:11pt') for x in [
    '- Sở Nông nghiệp và Môi trường (b/c);', '- UBND các xã, phường có rừng;', '- Lãnh đạo Chi cục;',
    '- Các phòng, đơn vị thuộc Chi cục;', '- Lưu: VT, QLBVR.']))
right = pp(b('CHI CỤC TRƯỞNG')) + pp('') * 4 + pp(b('Hoàng Văn Lịch'))
P.table([], [[{'h': left}, {'h': right, 'al': 'c'}]], [50, 50], border=False)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def lvl(ilvl, fmt, text, left, hanging=0, first=0, bold=False, font=None, start=1):
    ind = '<w:ind w:left="%d" w:hanging="%d"/>' % (left, hanging) if hanging else '<w:ind w:left="%d" w:firstLine="%d"/>' % (left, first)
    rpr = ''
    if font or bold:
        rpr = '<w:rPr>%s%s</w:rPr>' % ('<w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/>' % (font, font) if font else '',
                                       '<w:b/>' if bold else '')
    return ('<w:lvl w:ilvl="%d"><w:start w:val="%d"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
            '<w:lvlJc w:val="left"/><w:suff w:val="space"/><w:pPr>%s</w:pPr>%s</w:lvl>' % (ilvl, start, fmt, text, ind, rpr))


NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering XMLNS>'
             '<w:abstractNum w:abstractNumId="10"><w:multiLevelType w:val="multilevel"/>'
             + lvl(0, 'upperRoman', '%1.', 0, first=567, bold=True)
             + lvl(1, 'decimal', '%2.', 0, first=567)
             + lvl(2, 'decimal', '%2.%3.', 0, first=567)
             + lvl(3, 'lowerLetter', '%4)', 0, first=567)
             + lvl(4, 'bullet', '-', 0, first=567, font='Times New Roman')
             + ''.join(lvl(k, 'decimal', '%%%d.' % (k + 1), 0, first=567) for k in range(5, 9))
             + '</w:abstractNum>'
             '<w:abstractNum w:abstractNumId="20"><w:multiLevelType w:val="singleLevel"/>'
             + lvl(0, 'decimal', '%1.', 0, first=567)
             + '</w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>'
             '<w:num w:numId="3"><w:abstractNumId w:val="20"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
             '</w:lvlOverride></w:num>'
             '</w:numbering>').replace('XMLNS', W)
MARK = re.compile(r'§(\d+)\.(\d+)§')


def post(parts):
    doc = parts['word/document.xml'].decode('utf-8')
    out, n = [], 0
    for para in re.split(r'(?=<w:p[ >])', doc):
        m = MARK.search(para)
        if m and para.startswith('<w:p'):
            para = para[:m.start()] + para[m.end():]
            numpr = '<w:numPr><w:ilvl w:val="%s"/><w:numId w:val="%s"/></w:numPr>' % (m.group(2), m.group(1))
            ps = re.search(r'<w:pPr>(<w:pStyle [^>]*/>)?', para)
            para = para[:ps.end()] + numpr + para[ps.end():]
            para = re.sub(r'<w:ind [^>]*/>', '', para, count=1)     # the level's indentation applies
            n += 1
        out.append(para)
    doc = ''.join(out)
    assert '§' not in doc
    assert n == 39, n
    parts['word/document.xml'] = doc.encode('utf-8')
    parts['word/numbering.xml'] = NUMBERING.encode('utf-8')
    ct = parts['[Content_Types].xml'].decode('utf-8')
    if 'numbering.xml' not in ct:
        ct = ct.replace('</Types>', '<Override PartName="/word/numbering.xml" ContentType="application/'
                        'vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>')
        parts['[Content_Types].xml'] = ct.encode('utf-8')
    rels = parts['word/_rels/document.xml.rels'].decode('utf-8')
    if 'numbering.xml' not in rels:
        rels = rels.replace('</Relationships>', '<Relationship Id="rIdNum1" Type="http://schemas.openxmlformats.org/'
                            'officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>')
        parts['word/_rels/document.xml.rels'] = rels.encode('utf-8')


P.save(WRITTEN_BY, post=post)
