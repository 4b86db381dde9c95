# Plan 02: Party committee (Tỉnh ủy) plan, "Số 12-KH/TU", ĐẢNG CỘNG SẢN VIỆT NAM, body tasks only
# (numbered items with bold run-in heads; TỔ CHỨC THỰC HIỆN by named body), signer T/M BAN THƯỜNG VỤ.
import sys, os
sys.path.insert(0, '/work/data19/tools')
from common import *

Y = 2026
d = Doc()
d.header([[('TỈNH ỦY ĐIỆN BIÊN', 'b')], ['*'], ['Số 12-KH/TU']],
         [[('ĐẢNG CỘNG SẢN VIỆT NAM', 'bu')], [''], [('Điện Biên, ngày 18 tháng 3 năm 2026', 'i')]])
TITLE = ('thực hiện Kết luận số 132-KL/TW, ngày 18/3/2025 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 36-CT/TW '
         'của Bộ Chính trị khóa XII về tăng cường, nâng cao hiệu quả công tác phòng, chống và kiểm soát ma túy')
d.p(('KẾ HOẠCH', 'b'), align='center', first=0, before=12, after=0, size=15)
d.p((TITLE, 'b'), align='center', first=0, after=0)
d.p('-----', align='center', first=0, after=10)
d.meta = {
    'doc_type': 'KẾ HOẠCH', 'number': '12', 'symbol': 'KH/TU', 'issuer': 'TỈNH ỦY ĐIỆN BIÊN', 'parent_issuer': None,
    'place': 'Điện Biên', 'date': '2026-03-18', 'title': TITLE,
    'signer': {'authority': 'T/M BAN THƯỜNG VỤ', 'deputy': None, 'position': 'PHÓ BÍ THƯ', 'name': 'Lường Văn Thành'},
}
d.p('Thực hiện Kết luận số 132-KL/TW, ngày 18/3/2025 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 36-CT/TW của Bộ Chính trị khóa XII về tăng cường, nâng cao hiệu quả công tác phòng, chống và kiểm soát ma túy (sau đây gọi tắt là Kết luận 132), Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện như sau:')
heading(d, 'I. MỤC ĐÍCH, YÊU CẦU')
d.p('1. Quán triệt sâu sắc, đầy đủ nội dung Kết luận 132 đến cán bộ, đảng viên và Nhân dân; xác định công tác phòng, chống và kiểm soát ma túy là nhiệm vụ trọng tâm, thường xuyên, lâu dài của cả hệ thống chính trị, gắn với nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh trên địa bàn tỉnh.')
d.p('2. Việc triển khai thực hiện phải nghiêm túc, thiết thực, hiệu quả; phát huy vai trò của các cấp ủy, tổ chức đảng, người đứng đầu; phấn đấu kéo giảm số người nghiện, số xã, phường trọng điểm về ma túy, không để hình thành “điểm nóng” về ma túy.')
heading(d, 'II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU')
items = [
    ('Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy, tổ chức đảng:',
     ' Các đảng ủy xã, phường và đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt Kết luận 132 và Kế hoạch này đến toàn thể cán bộ, đảng viên, hoàn thành trong quý II/2026; đưa chỉ tiêu phòng, chống ma túy vào nghị quyết lãnh đạo hằng năm của cấp ủy.',
     ['Các đảng ủy xã, phường và đảng ủy trực thuộc Tỉnh ủy'], [], {'text': 'hoàn thành trong quý II/2026', 'start': '2026-04-01', 'end': '2026-06-30'}, None),
    ('Đổi mới công tác tuyên truyền, giáo dục:',
     ' Đa dạng hóa hình thức tuyên truyền bằng tiếng dân tộc Thái, Mông, Khơ Mú trên sóng phát thanh, truyền hình và mạng xã hội; chú trọng tuyên truyền trong học sinh, sinh viên, thanh niên và đồng bào vùng biên giới.',
     [], [], None, 'no unit is named in the item; the duty is assigned in part III (Ban Tuyên giáo và Dân vận Tỉnh ủy)'),
    ('Nâng cao hiệu quả công tác đấu tranh, trấn áp tội phạm ma túy:',
     ' Lực lượng Công an, Bộ đội Biên phòng, Hải quan chủ động nắm chắc tình hình, đấu tranh triệt phá các đường dây mua bán, vận chuyển trái phép chất ma túy qua biên giới Việt - Lào, Việt - Trung; kiên quyết không để hình thành tụ điểm phức tạp về ma túy.',
     ['Lực lượng Công an', 'Bộ đội Biên phòng', 'Hải quan'], [], None, 'the three forces are named jointly as the subject; no chủ trì/phối hợp split'),
    ('Làm tốt công tác cai nghiện và quản lý sau cai nghiện:',
     ' Đầu tư nâng cấp Cơ sở cai nghiện ma túy tỉnh; mở rộng mô hình cai nghiện tự nguyện tại gia đình, cộng đồng; phấn đấu đến hết năm 2026 tỷ lệ người nghiện được cai nghiện đạt trên 30%.',
     [], [], {'text': 'đến hết năm 2026', 'start': None, 'end': '2026-12-31'}, 'no unit named'),
    ('Phát huy vai trò của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội:',
     ' Đẩy mạnh phong trào “Toàn dân bảo vệ an ninh Tổ quốc”, xây dựng xã, phường, bản, tổ dân phố không có tệ nạn ma túy; vận động người có uy tín trong đồng bào dân tộc thiểu số tham gia tuyên truyền, cảm hóa, giáo dục người nghiện.',
     ['Mặt trận Tổ quốc', 'các tổ chức chính trị - xã hội'], [], None, 'the bodies are named in the run-in heading'),
]
for i, (head, rest, lead, sup, tf, note) in enumerate(items, 1):
    d.p(['%d. ' % i, (head, 'b'), rest])
    d.task('body', head + rest, lead, sup, tf=tf, note=note)
heading(d, 'III. TỔ CHỨC THỰC HIỆN')
org = [
    ('Các đảng ủy xã, phường và đảng ủy trực thuộc Tỉnh ủy',
     ['Căn cứ Kế hoạch này, xây dựng kế hoạch thực hiện sát với tình hình thực tế của địa phương, đơn vị, hoàn thành trước ngày 30/4/2026; định kỳ 6 tháng, hằng năm báo cáo kết quả về Ban Thường vụ Tỉnh ủy (qua Ban Nội chính Tỉnh ủy).'],
     [], [{'text': 'hoàn thành trước ngày 30/4/2026', 'start': None, 'end': '2026-04-30'}],
     ['two duties in one paragraph: plan by 30/4/2026 and six-monthly reports; timeframe taken from the first']),
    ('Ban Tuyên giáo và Dân vận Tỉnh ủy',
     ['Chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Điện Biên, Sở Văn hóa, Thể thao và Du lịch hướng dẫn nội dung tuyên truyền Kết luận 132; định hướng thông tin về công tác phòng, chống ma túy trên các phương tiện thông tin đại chúng.'],
     ['Báo và Phát thanh, Truyền hình Điện Biên', 'Sở Văn hóa, Thể thao và Du lịch'], [None], [None]),
    ('Ban Nội chính Tỉnh ủy',
     ['Tham mưu Ban Thường vụ Tỉnh ủy theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; chủ trì tham mưu sơ kết 02 năm thực hiện Kết luận 132 vào tháng 12/2026.'],
     [], [{'text': 'tháng 12/2026', 'start': '2026-12-01', 'end': '2026-12-31'}], ['deadline applies to the sơ kết clause']),
    ('Đảng ủy Ủy ban nhân dân tỉnh',
     ['Lãnh đạo Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện; bố trí nguồn lực cho công tác phòng, chống ma túy, đầu tư cơ sở vật chất cho Cơ sở cai nghiện ma túy tỉnh.',
      'Chỉ đạo rà soát, phân loại xã, phường trọng điểm về ma túy năm 2026; xây dựng lộ trình đưa xã ra khỏi diện trọng điểm.'],
     [], [None, None], [None, None]),
    ('Đảng ủy Công an tỉnh',
     ['Lãnh đạo Công an tỉnh làm nòng cốt trong đấu tranh phòng, chống tội phạm ma túy; chủ trì, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Cục Hải quan khu vực triển khai các chuyên án, kế hoạch cao điểm tấn công trấn áp tội phạm ma túy trên tuyến biên giới.'],
     ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'Cục Hải quan khu vực'], [None], [None]),
    ('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
     ['Chủ trì, phối hợp với các tổ chức chính trị - xã hội tỉnh giám sát việc thực hiện Kế hoạch; nhân rộng các mô hình tự quản về an ninh, trật tự ở khu dân cư.'],
     ['các tổ chức chính trị - xã hội tỉnh'], [None], [None]),
]
for i, (body, duties, sup, tfs, notes) in enumerate(org, 1):
    d.p(('%d. %s' % (i, body), 'b'), before=2, after=4)
    for txt, tf, note in zip(duties, tfs, notes):
        d.p(txt if len(duties) == 1 else '- ' + txt)
        d.task('body', txt, [body], sup, tf=tf, note=note)
d.p('Kế hoạch này được phổ biến đến chi bộ./.', before=4)
d.signature(['- Ban Bí thư Trung ương Đảng (để b/c),', '- Ban Nội chính Trung ương,', '- Các đồng chí Tỉnh ủy viên,',
             '- Các đảng ủy trực thuộc Tỉnh ủy,', '- Các ban, đơn vị của Tỉnh ủy,', '- Lưu Văn phòng Tỉnh ủy.'],
            ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ'], 'Lường Văn Thành')
d.save(os.path.dirname(os.path.abspath(__file__)), '12-KH-TU_PCMT_Dien_Bien')
