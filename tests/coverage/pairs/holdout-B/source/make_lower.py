#!/usr/bin/env python3
"""Lower plan of pair holdout-B: UBND phường Lâm Viên - Đà Lạt answers the provincial plan that
launches the 2026 emulation movement for administrative reform (thi đua đẩy mạnh CCHC). Each task
carries the upper keys it answers and its kind, decided while writing it (see ../NOTES.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "tools"))   # plangen, build_common: shared by the pairs
from plangen import Plan
from build_common import build

P = Plan()
P.header([("ỦY BAN NHÂN DÂN", True), ("PHƯỜNG LÂM VIÊN - ĐÀ LẠT", True), ("", False), ("Số: 57/KH-UBND", False)],
         [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True), ("", False),
          ("Lâm Viên - Đà Lạt, ngày 06 tháng 3 năm 2026", False)])
P.p("KẾ HOẠCH", bold=True, center=True)
P.p("Phát động Phong trào thi đua “Đẩy mạnh cải cách hành chính” năm 2026 trên địa bàn phường", bold=True, center=True)
P.p("Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;")
P.p("Căn cứ Kế hoạch số 1024/KH-UBND ngày 13/02/2026 của UBND tỉnh Lâm Đồng phát động Phong trào thi đua “Đẩy mạnh cải cách hành chính nhà nước trên địa bàn tỉnh Lâm Đồng” năm 2026;")
P.p("Căn cứ Kế hoạch số 21/KH-UBND ngày 15/01/2026 của UBND phường về CCHC năm 2026;")
P.p("UBND phường Lâm Viên - Đà Lạt ban hành Kế hoạch phát động phong trào thi đua như sau:")

P.h("I. MỤC ĐÍCH, YÊU CẦU")
P.p("Khơi dậy tinh thần trách nhiệm, chủ động của CBCC, người lao động và các khu phố trong thực hiện nhiệm vụ CCHC; lấy sự hài lòng của người dân, doanh nghiệp đến giao dịch tại phường làm thước đo. Bình xét công khai, đúng người, đúng thành tích, không chạy theo số lượng.")
P.h("II. ĐỐI TƯỢNG")
P.p("Tập thể: các phòng chuyên môn, Trung tâm Phục vụ hành chính công phường (Trung tâm PVHCC), các khu phố. Cá nhân: CBCC, người hoạt động không chuyên trách, người lao động thuộc UBND phường.")

P.h("III. NỘI DUNG THI ĐUA")
P.task("1.", "Hoàn thành đúng tiến độ các nhiệm vụ tại Kế hoạch CCHC năm 2026 của phường; 100% hồ sơ công việc được xử lý trên môi trường mạng, trừ hồ sơ mật.", ["U1"], "narrowed")
P.task("2.", "Cải thiện điểm các chỉ số CCHC, SIPAS, PAPI của phường; khắc phục dứt điểm các tiêu chí bị trừ điểm năm 2025.", ["U2"], "paraphrase")
P.task("3.", "Mỗi phòng chuyên môn, khu phố có ít nhất 01 sáng kiến, cách làm mới giúp rút ngắn thời gian chờ của người dân tại Trung tâm PVHCC phường.", ["U3", "U8"], "several")
P.task("4.", "Tích cực đưa tin về CCHC trên Fanpage, loa truyền thanh khu phố; giới thiệu gương CBCC tận tụy, tận tình với người dân.", ["U4"], "paraphrase")
P.task("5.", "Thi đua thực hiện nếp sống văn minh đô thị, giữ gìn vệ sinh môi trường “Đà Lạt xanh - sạch - đẹp” tại các khu phố.", [], "distractor")

P.h("IV. CHỈ TIÊU NĂM 2026")
P.task("1.", "Chỉ số CCHC năm 2026 của phường đạt trên 85%, phấn đấu vào nhóm 10 địa phương cấp xã dẫn đầu tỉnh.", ["U7"], "narrowed")
P.task("2.", "Người dân, doanh nghiệp hài lòng khi giải quyết TTHC tại phường từ 90% trở lên; riêng đất đai, xây dựng từ 85% trở lên.", ["U6"], "narrowed")
P.task("3.", "Không có hồ sơ TTHC trễ hạn do lỗi chủ quan của công chức tiếp nhận, thẩm định.", [], "own")

P.h("V. TIẾN ĐỘ, KHEN THƯỞNG VÀ KINH PHÍ")
P.task("1.", "Các phòng, khu phố đăng ký danh hiệu thi đua, gửi Văn phòng HĐND và UBND phường trước ngày 31/3/2026.", [], "own")
P.task("2.", "Tháng 01/2027 các tập thể, cá nhân tự chấm điểm; Hội đồng TĐKT phường bình xét, khen thưởng gắn với kết quả xếp loại Chỉ số CCHC của phường.", ["U10"], "narrowed")
P.task("3.", "Ban hành tiêu chí tặng Giấy khen của Chủ tịch UBND phường cho tập thể, cá nhân có thành tích trong phong trào.", ["U11"], "paraphrase")
P.task("4.", "Chọn 01 tập thể, 01 cá nhân tiêu biểu; hoàn thiện tờ trình, biên bản họp xét, báo cáo thành tích đề nghị Chủ tịch UBND tỉnh tặng Bằng khen, gửi Sở Nội vụ trước 15/02/2027.", ["U12"], "paraphrase")
P.task("5.", "Kinh phí khen thưởng trích từ Quỹ thi đua, khen thưởng của phường; thanh, quyết toán theo đúng quy định.", ["U13"], "paraphrase")

P.h("VI. TỔ CHỨC THỰC HIỆN")
P.task("1.", "Tổng hợp kết quả phong trào, lồng ghép trong báo cáo CCHC quý, 6 tháng, năm của phường.", [], "distractor", lead="Văn phòng HĐND và UBND phường:")
P.task("2.", "Tuyên truyền phong trào trên hệ thống thông tin cơ sở và Fanpage của phường; phát hiện, nêu gương tập thể, cá nhân điển hình, người tốt, việc tốt.", ["U4", "U17"], "several", lead="Phòng Văn hóa - Xã hội:")
P.task("3.", "Bố trí ghế chờ, nước uống, wifi miễn phí và khu vực viết hồ sơ cho người dân tại Trung tâm PVHCC phường.", [], "own", lead="Trung tâm PVHCC phường:")
P.task("4.", "Đề nghị Ủy ban MTTQ phường và các đoàn thể vận động đoàn viên, hội viên, Nhân dân hưởng ứng phong trào; giám sát CBCC trong thi hành công vụ.", ["U19"], "narrowed", lead="Ủy ban MTTQ và các đoàn thể:")
P.task("5.", "Trưởng khu phố phổ biến nội dung phong trào tại các cuộc họp khu phố, vận động bà con cùng tham gia.", ["U4"], "narrowed", lead="Các khu phố:")

P.p("Trên đây là Kế hoạch phát động Phong trào thi đua “Đẩy mạnh cải cách hành chính” năm 2026 của phường Lâm Viên - Đà Lạt; đề nghị các phòng, khu phố nghiêm túc triển khai./.")
P.signature(["- Sở Nội vụ (b/c);", "- TT Đảng ủy, HĐND phường;", "- CT, các PCT UBND phường;", "- UBMTTQVN phường;",
             "- Các phòng chuyên môn, Trung tâm PVHCC;", "- Các khu phố;", "- Lưu: VT, VP."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Phạm Thị Thu Trang"])
P.pagebreak()
P.p("PHỤ LỤC", bold=True, center=True)
P.p("LỊCH TRIỂN KHAI PHONG TRÀO THI ĐUA NĂM 2026", bold=True, center=True)
P.p("(Kèm theo Kế hoạch số 57/KH-UBND ngày 06/3/2026 của UBND phường Lâm Viên - Đà Lạt)", italic=True, center=True)
P.appendix(["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Phối hợp", "Thời gian", "Sản phẩm"], [
    ("1", "Ban hành Kế hoạch phát động Phong trào thi đua “Đẩy mạnh CCHC” năm 2026 của phường", "Văn phòng HĐND và UBND phường", "Các phòng chuyên môn", "Trước 15/3/2026", "Kế hoạch", ["U14", "U9"], "several"),
    ("2", "Lễ phát động, ký giao ước thi đua giữa các phòng chuyên môn và các khu phố", "Văn phòng HĐND và UBND phường", "Phòng Văn hóa - Xã hội", "Tháng 3/2026", "Biên bản giao ước", [], "own"),
    ("3", "Đăng ký và xét công nhận sáng kiến, giải pháp CCHC cấp phường", "Hội đồng sáng kiến phường", "Các phòng, khu phố", "Quý II - IV/2026", "Quyết định công nhận", ["U3", "U8"], "several"),
    ("4", "Khảo sát mức độ hài lòng của người dân tại Trung tâm PVHCC phường bằng phiếu và mã QR", "Trung tâm PVHCC phường", "Văn phòng HĐND và UBND", "Hằng quý", "Báo cáo khảo sát", [], "distractor"),
    ("5", "Tổng kết phong trào, bình xét và quyết định khen thưởng năm 2026", "Hội đồng TĐKT phường", "Các phòng, khu phố", "Tháng 01/2027", "Quyết định khen thưởng", ["U10"], "paraphrase"),
    ("6", "Hồ sơ đề nghị Bằng khen của Chủ tịch UBND tỉnh gửi Sở Nội vụ", "Văn phòng HĐND và UBND phường", "Hội đồng TĐKT phường", "Trước 15/02/2027", "Hồ sơ đề nghị", ["U12"], "paraphrase"),
])

build(P, here, "Kế hoạch phát động thi đua CCHC phường Lâm Viên - Đà Lạt 2026")
