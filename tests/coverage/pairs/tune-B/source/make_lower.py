#!/usr/bin/env python3
"""Lower plan of pair tune-B: Sở Y tế Lâm Đồng answers the provincial plan for administrative
reform propaganda (tuyên truyền CCHC) in 2026. Each task carries the upper keys it answers and its
kind, decided while writing it (see ../NOTES.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "tools"))   # plangen, build_common: shared by the pairs
from plangen import Plan
from build_common import build

P = Plan()
P.header([("UBND TỈNH LÂM ĐỒNG", False), ("SỞ Y TẾ", True), ("", False), ("Số: 85/KH-SYT", False)],
         [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True), ("", False),
          ("Lâm Đồng, ngày 26 tháng 01 năm 2026", False)])
P.p("KẾ HOẠCH", bold=True, center=True)
P.p("Thông tin, tuyên truyền cải cách hành chính ngành Y tế năm 2026", bold=True, center=True)
P.p("Căn cứ Kế hoạch số 318/KH-UBND ngày 14/01/2026 của UBND tỉnh Lâm Đồng về tuyên truyền cải cách hành chính năm 2026;")
P.p("Căn cứ Kế hoạch số 41/KH-SYT ngày 09/01/2026 của Sở Y tế về cải cách hành chính năm 2026;")
P.p("Sở Y tế xây dựng Kế hoạch thông tin, tuyên truyền CCHC năm 2026 như sau:")

P.h("I. MỤC ĐÍCH, YÊU CẦU")
P.p("1. Giúp công chức, viên chức và người lao động trong toàn ngành (sau đây gọi chung là CCVC) hiểu và làm đúng các nhiệm vụ CCHC gắn với chuyên môn y tế; giúp người bệnh, người dân, doanh nghiệp biết, sử dụng và giám sát việc giải quyết TTHC của ngành.")
P.p("2. Tuyên truyền thường xuyên, đúng đối tượng, bằng ngôn ngữ dễ hiểu; tận dụng lợi thế mạng lưới cơ sở y tế từ tỉnh đến xã; không hình thức, không phô trương.")

P.h("II. NỘI DUNG VÀ HÌNH THỨC")
P.h("1. Nội dung")
P.task("a)", "Làm cho CCVC thấy rõ vì sao phải CCHC, người đứng đầu chịu trách nhiệm gì và KLKCHC tác động thế nào đến chất lượng khám, chữa bệnh, sự hài lòng của người bệnh.", ["U1"], "paraphrase")
P.task("b)", "Thông tin kết quả thực hiện Chương trình tổng thể CCHC giai đoạn 2021 - 2030 theo NQ 76/NQ-CP và kết quả Chỉ số CCHC năm 2025 của Sở, những tiêu chí bị trừ điểm.", ["U2"], "narrowed")
P.task("c)", "Quán triệt Quy tắc ứng xử của CCVC, người lao động làm việc tại các cơ sở y tế; thái độ giao tiếp với người bệnh, thân nhân người bệnh khi giải quyết công việc.", ["U3"], "narrowed")
P.task("d)", "Hướng dẫn tổ chức, cá nhân nộp hồ sơ trực tuyến TTHC lĩnh vực dược, mỹ phẩm, khám bệnh, chữa bệnh trên Cổng DVC; thanh toán phí, lệ phí không dùng tiền mặt.", ["U4", "U28"], "several")
P.task("đ)", "Giới thiệu lợi ích của y tế số: bệnh án điện tử, đặt lịch khám qua ứng dụng, khám bằng CCCD gắn chip, VNeID, trợ lý ảo trả lời câu hỏi về BHYT.", ["U5"], "narrowed")
P.task("e)", "Biểu dương đơn vị, cá nhân có sáng kiến rút ngắn thời gian chờ khám, cải tiến quy trình; nêu rõ hạn chế, chậm trễ trong giải quyết hồ sơ của các phòng.", ["U6"], "paraphrase")
P.task("g)", "Công khai số đường dây nóng của Sở và của từng bệnh viện; rà soát, trả lời đúng hạn PAKN của người dân chuyển đến qua Cổng DVCQG.", ["U7"], "paraphrase")
P.h("2. Hình thức")
P.task("a)", "Lồng ghép nội dung CCHC vào giao ban ngành hằng tháng, hội nghị tập huấn chuyên môn và hội nghị phổ biến pháp luật của Sở.", ["U8", "U10"], "several")
P.task("b)", "Khuyến khích CCVC viết tin, bài về CCHC đăng trên Trang TTĐT của Sở; mỗi phòng, đơn vị ít nhất 02 tin, bài mỗi quý, tin nổi bật gửi Sở Nội vụ.", ["U10"], "narrowed")
P.task("c)", "Niêm yết đầy đủ TTHC thuộc thẩm quyền của Sở tại Trung tâm PVHCC tỉnh, tại bộ phận một cửa và trên Trang TTĐT của Sở.", ["U11"], "narrowed")
P.task("d)", "Treo băng rôn, pano, chạy chữ trên màn hình LED tại khu đón tiếp của các bệnh viện, TTYT khu vực về các TTHC, DVCTT của ngành.", ["U12"], "narrowed")
P.task("đ)", "Niêm yết hòm thư góp ý, số điện thoại, mã QR tiếp nhận phản ánh, kiến nghị tại khoa khám bệnh của tất cả cơ sở khám, chữa bệnh công lập.", ["U13"], "narrowed")

P.h("III. HOẠT ĐỘNG TRỌNG TÂM")
P.task("1.", "Chuẩn bị nội dung, cử Lãnh đạo Sở tham gia chương trình truyền hình trực tiếp “Đối thoại về CCHC” ngày 08/5/2026; tổng hợp trước câu hỏi của người dân về cấp chứng chỉ hành nghề, BHYT.", ["U14", "U42"], "several")
P.task("2.", "Hưởng ứng Cuộc thi tìm hiểu về CCHC năm 2026 của tỉnh: vận động 100% CCVC khối cơ quan Sở và tối thiểu 50% viên chức các đơn vị tham gia thi trực tuyến.", ["U16"], "narrowed")
P.task("3.", "Tổ chức Hội thi “Điều dưỡng trưởng giỏi” và Hội thi tay nghề cấp cứu ngoại viện toàn ngành năm 2026.", [], "distractor")
P.task("4.", "Cử công chức phụ trách CCHC, công chức một cửa dự các lớp tập huấn nghiệp vụ CCHC của tỉnh; sau tập huấn hướng dẫn lại cho viên chức các đơn vị.", ["U19"], "narrowed")
P.task("5.", "Giới thiệu mô hình “Bệnh viện không giấy tờ”, “Một cửa thân thiện” của các đơn vị để báo, đài tỉnh tuyên truyền.", ["U17"], "paraphrase")

P.h("IV. TỔ CHỨC THỰC HIỆN")
P.h("1. Văn phòng Sở")
P.task("a)", "Đầu mối theo dõi Kế hoạch; cập nhật tin, bài về kết quả CCHC của Sở lên chuyên mục CCHC trên Trang TTĐT của Sở, trang Fanpage và nhóm Zalo của ngành.", ["U43"], "paraphrase")
P.task("b)", "Tổng hợp kết quả thông tin, tuyên truyền CCHC, đưa vào báo cáo CCHC quý, 6 tháng, năm của Sở gửi Sở Nội vụ.", ["U46"], "paraphrase")
P.task("c)", "Xây dựng báo cáo tự đánh giá, chấm điểm Chỉ số CCHC năm 2026 của Sở kèm tài liệu kiểm chứng.", [], "distractor")
P.task("d)", "Kiện toàn Tổ công tác CCHC của Sở Y tế; phân công thành viên theo dõi từng lĩnh vực.", [], "own")
P.h("2. Phòng Nghiệp vụ Y, Phòng Nghiệp vụ Dược")
P.task("-", "Rà soát TTHC mới ban hành, sửa đổi, bổ sung, bãi bỏ lĩnh vực khám, chữa bệnh, dược; dự thảo quyết định công bố, gửi cập nhật lên Cổng TTĐT tỉnh và Trang TTĐT của Sở.", ["U11", "U30"], "several")
P.h("3. Phòng Tổ chức cán bộ")
P.task("-", "Phối hợp Công đoàn ngành lồng ghép tuyên truyền CCHC với phổ biến, giáo dục pháp luật và phong trào thi đua của ngành.", ["U44"], "paraphrase")
P.h("4. Phòng Kế hoạch - Tài chính")
P.task("-", "Bố trí kinh phí tuyên truyền CCHC năm 2026 từ nguồn chi thường xuyên được giao của Văn phòng Sở.", [], "distractor")
P.h("5. Các đơn vị trực thuộc")
P.task("-", "Thủ trưởng bệnh viện, TTYT khu vực, CDC chỉ đạo tuyên truyền CCHC tại đơn vị; tự kiểm tra việc công khai TTHC, giá dịch vụ khám, chữa bệnh.", ["U45"], "paraphrase")

P.p("Trên đây là Kế hoạch thông tin, tuyên truyền CCHC năm 2026 của Sở Y tế. Các phòng, đơn vị triển khai thực hiện; vướng mắc báo cáo về Văn phòng Sở để tổng hợp, trình Giám đốc Sở xem xét./.")
P.signature(["- Sở Nội vụ (b/c);", "- Giám đốc, các PGĐ Sở;", "- Các phòng chức năng Sở;", "- Các đơn vị trực thuộc;",
             "- Công đoàn ngành Y tế;", "- Lưu: VT, VP."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trần Thị Minh Hạnh"])
P.pagebreak()
P.p("PHỤ LỤC", bold=True, center=True)
P.p("CÁC NHIỆM VỤ TUYÊN TRUYỀN CCHC NĂM 2026", bold=True, center=True)
P.p("(Kèm theo Kế hoạch số 85/KH-SYT ngày 26/01/2026 của Sở Y tế)", italic=True, center=True)
P.appendix(["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Phối hợp", "Thời gian", "Sản phẩm"], [
    ("1", "Ban hành Kế hoạch thông tin, tuyên truyền CCHC năm 2026 của Sở Y tế", "Văn phòng Sở", "Các phòng", "Trước 30/01/2026", "Kế hoạch", ["U41"], "paraphrase"),
    ("2", "Tham gia chuyên mục “Đối thoại về CCHC” trên sóng Báo và Phát thanh, Truyền hình Lâm Đồng", "Văn phòng Sở", "Phòng NVY, NVD", "Tháng 5/2026", "Chuyên mục phát sóng", ["U14", "U42"], "several"),
    ("3", "Gửi tin, bài về CCHC của ngành đăng Trang thông tin CCHC tỉnh (cchc.lamdong.gov.vn), ít nhất 01 tin/quý", "Văn phòng Sở", "Các đơn vị trực thuộc", "Hằng quý", "Tin, bài được đăng", ["U18", "U43"], "several"),
    ("4", "Tập huấn kỹ năng hướng dẫn người dân nộp hồ sơ trực tuyến cho công chức một cửa và nhân viên tiếp đón", "Văn phòng Sở", "Trung tâm PVHCC tỉnh", "Quý II/2026", "01 lớp tập huấn", ["U19"], "narrowed"),
    ("5", "Hưởng ứng Ngày Chuyển đổi số quốc gia 10/10: tuần lễ khám bệnh bằng CCCD, thanh toán không tiền mặt tại các bệnh viện", "Phòng NVY", "Các bệnh viện", "Tháng 10/2026", "Báo cáo kết quả", ["U32"], "narrowed"),
    ("6", "Khảo sát sự hài lòng của người bệnh nội trú, ngoại trú trên phần mềm của Bộ Y tế", "Phòng NVY", "Các cơ sở khám, chữa bệnh", "Hằng quý", "Báo cáo khảo sát", [], "own"),
    ("7", "Kiểm tra việc thực hiện quy chế chuyên môn, quy tắc ứng xử tại các bệnh viện, TTYT khu vực", "Phòng NVY", "Phòng TCCB", "Quý III/2026", "Kết luận kiểm tra", [], "distractor"),
])

build(P, here, "Kế hoạch tuyên truyền CCHC Sở Y tế 2026")
