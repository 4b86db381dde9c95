#!/usr/bin/env python3
"""Lower plan of pair holdout-A: the industry-promotion and trade-promotion centre under Sở Công
Thương Lào Cai answers the department's plan for Đề án 08 (green, modern industry 2026-2030).
Each task carries the upper keys it answers and its kind, decided while writing it (../NOTES.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "tools"))   # plangen, build_common: shared by the pairs
from plangen import Plan
from build_common import build

P = Plan()
P.header([("SỞ CÔNG THƯƠNG TỈNH LÀO CAI", False), ("TRUNG TÂM KHUYẾN CÔNG", True), ("VÀ XÚC TIẾN THƯƠNG MẠI", True),
          ("", False), ("Số: 19/KH-TTKC", False)],
         [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True), ("", False),
          ("Lào Cai, ngày 15 tháng 5 năm 2026", False)])
P.p("KẾ HOẠCH", bold=True, center=True)
P.p("Triển khai các nhiệm vụ khuyến công, xúc tiến thương mại góp phần phát triển công nghiệp xanh, hiện đại giai đoạn 2026 - 2030", bold=True, center=True)
P.p("Căn cứ Nghị quyết số 35-NQ/TU ngày 29/12/2025 của Tỉnh ủy Lào Cai và Đề án số 08 ban hành kèm theo;")
P.p("Căn cứ Kế hoạch số 113/KH-UBND ngày 18/3/2026 của UBND tỉnh Lào Cai;")
P.p("Căn cứ Kế hoạch số 1865/KH-SCT ngày 22/4/2026 của Sở Công Thương thực hiện Đề án số 08 về phát triển công nghiệp tỉnh Lào Cai theo hướng xanh, hiện đại giai đoạn 2026-2030;")
P.p("Trung tâm Khuyến công và Xúc tiến thương mại (sau đây gọi là Trung tâm) xây dựng Kế hoạch như sau:")

P.h("I. MỤC ĐÍCH, YÊU CẦU")
P.p("Đưa các nhiệm vụ của Sở giao cho khối sự nghiệp thành việc làm cụ thể của từng phòng thuộc Trung tâm; lấy doanh nghiệp nhỏ và vừa, cơ sở CNNT làm đối tượng phục vụ; bố trí kinh phí KCĐP, KCQG và XTTM theo thứ tự ưu tiên, tránh dàn trải.")

P.h("II. CHỈ TIÊU GIAI ĐOẠN 2026 - 2030")
P.task("1.", "Hỗ trợ ít nhất 60 cơ sở CNNT đầu tư máy móc, dây chuyền tiên tiến thay cho thiết bị cũ, tiêu hao nhiều điện năng, nguyên liệu.", ["U44", "U29"], "several")
P.task("2.", "Mỗi năm tổ chức hoặc đưa doanh nghiệp của tỉnh tham gia ít nhất 03 hội chợ, triển lãm trong nước và quốc tế.", ["U40"], "paraphrase")
P.task("3.", "Bình chọn sản phẩm CNNT tiêu biểu cấp tỉnh 02 năm/lần; đến năm 2030 có ít nhất 30 sản phẩm được công nhận.", [], "own")

P.h("III. NHIỆM VỤ CỤ THỂ")
P.h("1. Khuyến công, đổi mới công nghệ")
P.task("a)", "Xây dựng mô hình trình diễn kỹ thuật chế biến sâu quế, chè Shan tuyết, dược liệu; chuyển giao thiết bị sấy, chiết xuất cho HTX và doanh nghiệp nhỏ.", ["U44"], "narrowed")
P.task("b)", "Phối hợp Phòng QLCN khảo sát năng lực công nghệ của cơ sở CNNT, tư vấn cho từng cơ sở lộ trình thay đổi công nghệ, thành lập tổ R&D.", ["U32"], "narrowed")
P.task("c)", "Tư vấn cơ sở chế biến nông, lâm sản áp dụng sản xuất sạch hơn, tận dụng vỏ quế, bã chè, mùn cưa làm phân bón, viên nén nhiên liệu.", ["U14"], "narrowed")
P.task("d)", "Tư vấn, hỗ trợ các cơ sở tiêu thụ nhiều điện năng thực hiện kiểm toán năng lượng và áp dụng ISO 50001.", ["U27"], "paraphrase")
P.task("đ)", "Rà soát danh mục đề án khuyến công đăng ký năm 2027, loại bỏ đề án không đủ điều kiện, trùng lặp nội dung.", [], "distractor")

P.h("2. Hỗ trợ chuyển đổi số")
P.task("a)", "Tổ chức 02 hội thảo/năm giới thiệu phần mềm quản lý sản xuất, kho, truy xuất nguồn gốc và ứng dụng AI, IoT cho doanh nghiệp nhỏ và vừa.", ["U45", "U30"], "several")
P.task("b)", "Cập nhật dữ liệu cơ sở CNNT, sản phẩm tiêu biểu, đề án đã hỗ trợ vào CSDL khuyến công của Trung tâm.", [], "distractor")

P.h("3. Xúc tiến thương mại, đầu tư")
P.task("a)", "Phối hợp tổ chức Hội chợ Thương mại quốc tế Việt - Trung (Lào Cai) hằng năm; hỗ trợ gian hàng cho doanh nghiệp chế biến tại hội chợ chuyên ngành.", ["U40"], "paraphrase")
P.task("b)", "Phối hợp Phòng QLTM kết nối doanh nghiệp của tỉnh với các tỉnh Tây Bắc và Vân Nam (Trung Quốc) để tham gia chuỗi cung ứng, mở rộng xuất khẩu.", ["U47", "U54"], "several")
P.task("c)", "Biên soạn ấn phẩm song ngữ Việt - Anh, video giới thiệu tiềm năng và danh mục dự án kêu gọi đầu tư vào các CCN theo phương châm của tỉnh.", ["U38", "U19"], "several")

P.h("4. Nhân lực")
P.task("a)", "Phối hợp Trường Cao đẳng Lào Cai đào tạo kỹ năng vận hành thiết bị tự động, tiết kiệm năng lượng cho lao động của doanh nghiệp công nghiệp.", ["U35", "U46"], "several")
P.task("b)", "Cử viên chức dự các lớp tập huấn về kinh tế tuần hoàn, chuyển đổi số do Sở tổ chức.", ["U34"], "narrowed")

P.h("5. Cải cách hành chính, quản lý")
P.task("a)", "Công khai quy trình, hồ sơ xét chọn đề án khuyến công trên Trang TTĐT của Sở; rút ngắn thời gian thẩm định hồ sơ đề nghị hỗ trợ còn 15 ngày làm việc.", ["U36"], "narrowed")
P.task("b)", "Đưa kết quả thực hiện nhiệm vụ khuyến công xanh, tiết kiệm năng lượng vào tiêu chí đánh giá, xếp loại viên chức cuối năm.", ["U51"], "paraphrase")

P.h("IV. TỔ CHỨC THỰC HIỆN")
P.task("1.", "Tổng hợp tình hình, gửi báo cáo tháng về Phòng KH-TH của Sở trước ngày 18 theo Biểu 01, Biểu 02 kèm Kế hoạch của Sở.", ["U58"], "paraphrase", lead="Phòng Hành chính - Tổng hợp:")
P.task("2.", "Báo cáo kết quả thực hiện các đề án khuyến công quốc gia gửi Cục Công Thương địa phương theo quy định.", [], "distractor", lead="Phòng Khuyến công:")
P.task("3.", "Sơ kết 6 tháng, tổng kết năm việc thực hiện Kế hoạch, báo cáo Sở Công Thương để tổng hợp.", ["U59"], "narrowed", lead="Giám đốc Trung tâm:")

P.p("Trên đây là Kế hoạch của Trung tâm Khuyến công và Xúc tiến thương mại; các phòng căn cứ triển khai, kịp thời báo cáo Giám đốc những khó khăn, vướng mắc./.")
P.signature(["- Sở Công Thương (b/c);", "- Ban Giám đốc Trung tâm;", "- Các phòng thuộc Trung tâm;", "- Lưu: VT, KC."],
            ["GIÁM ĐỐC", "", "", "", "Lương Văn Thắng"])
P.pagebreak()
P.p("Phụ lục", bold=True, center=True)
P.p("DANH MỤC NHIỆM VỤ NĂM 2026", bold=True, center=True)
P.p("(Kèm theo Kế hoạch số 19/KH-TTKC ngày 15/5/2026 của Trung tâm Khuyến công và Xúc tiến thương mại)", italic=True, center=True)
P.appendix(["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Phối hợp", "Thời gian", "Sản phẩm"], [
    ("1", "Đề án KCĐP hỗ trợ máy móc tiên tiến cho 12 cơ sở CNNT chế biến chè, quế, gỗ rừng trồng", "Phòng Khuyến công", "UBND các xã", "Quý II - IV/2026", "12 cơ sở được hỗ trợ", ["U44", "U29"], "several"),
    ("2", "Hội chợ Thương mại quốc tế Việt - Trung năm 2026 và 02 hội chợ chuyên ngành ngoài tỉnh", "Phòng Xúc tiến thương mại", "Phòng QLTM", "Tháng 10 - 12/2026", "Hội chợ; gian hàng", ["U40"], "paraphrase"),
    ("3", "Hội thảo “Chuyển đổi số trong doanh nghiệp công nghiệp chế biến” năm 2026", "Phòng Tư vấn", "Phòng QLCN", "Quý III/2026", "02 hội thảo", ["U45", "U30"], "several"),
    ("4", "Tư vấn kiểm toán năng lượng cho 05 cơ sở sử dụng năng lượng trọng điểm", "Phòng Tư vấn", "Phòng QLNL", "Năm 2026", "05 báo cáo kiểm toán", ["U27"], "paraphrase"),
    ("5", "Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2026", "Phòng Khuyến công", "Hội đồng bình chọn", "Quý III/2026", "Quyết định công nhận", [], "own"),
    ("6", "Xây dựng, trình duyệt Chương trình khuyến công địa phương giai đoạn 2026 - 2030", "Phòng Khuyến công", "Phòng Hành chính - Tổng hợp", "Quý II/2026", "Chương trình được phê duyệt", [], "own"),
    ("7", "Bồi dưỡng viên chức Trung tâm về nghiệp vụ quản lý tài chính, đấu thầu mua sắm", "Phòng Hành chính - Tổng hợp", "", "Quý III/2026", "01 lớp", [], "distractor"),
])

build(P, here, "Kế hoạch Trung tâm Khuyến công và XTTM Lào Cai")
