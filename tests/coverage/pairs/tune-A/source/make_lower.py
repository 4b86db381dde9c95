#!/usr/bin/env python3
"""Lower plan of pair tune-A: UBND xã Đơn Dương answers the Lâm Đồng provincial plan on the
national target programme for drug prevention (PCMT) to 2030. Each task carries the upper keys
it answers and its kind, decided while writing it (see ../NOTES.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "tools"))   # plangen, build_common: shared by the pairs
from plangen import Plan
from build_common import build

P = Plan()
P.header([("ỦY BAN NHÂN DÂN", True), ("XÃ ĐƠN DƯƠNG", True), ("", False), ("Số: 214/KH-UBND", False)],
         [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True), ("", False),
          ("Đơn Dương, ngày 18 tháng 11 năm 2025", False)])
P.p("KẾ HOẠCH", bold=True, center=True)
P.p("Thực hiện Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 trên địa bàn xã Đơn Dương", bold=True, center=True)
P.p("Căn cứ Luật Phòng, chống ma túy ngày 30 tháng 3 năm 2021;")
P.p("Căn cứ Kế hoạch số 1287/KH-UBND ngày 28/10/2025 của Ủy ban nhân dân tỉnh Lâm Đồng triển khai thực hiện Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030;")
P.p("Căn cứ Nghị quyết số 420/2025/NQ-HĐND của Hội đồng nhân dân tỉnh Lâm Đồng về mức hỗ trợ cho người được phân công trực tiếp giúp đỡ người sử dụng trái phép chất ma túy đang trong thời hạn quản lý;")
P.p("Căn cứ tình hình thực tế tại địa phương, UBND xã Đơn Dương ban hành Kế hoạch thực hiện Chương trình trên địa bàn xã, cụ thể như sau:")

P.h("I. MỤC ĐÍCH, YÊU CẦU")
P.p("1. Cụ thể hóa các chỉ tiêu, nhiệm vụ của UBND tỉnh phù hợp với đặc điểm một xã nông nghiệp, có đông đồng bào dân tộc thiểu số và nhiều lao động thời vụ từ nơi khác đến; huy động cả hệ thống chính trị xã, các thôn, tổ dân phố và Nhân dân cùng tham gia công tác PCMT.")
P.p("2. Phân công rõ cơ quan chủ trì, phối hợp, thời gian và sản phẩm; gắn trách nhiệm của người đứng đầu với kết quả thực hiện; định kỳ sơ kết, rút kinh nghiệm.")

P.h("II. CHỈ TIÊU ĐẾN NĂM 2030")
P.task("-", "Giữ vững, không để phát sinh thôn có người nghiện mới; đến hết năm 2026 xã Đơn Dương đạt tiêu chí xã không ma túy và duy trì bền vững kết quả đến năm 2030.", ["U1", "U17"], "several")
P.task("-", "Không để hình thành tụ điểm, điểm tổ chức sử dụng trái phép chất ma túy; 100% diện tích cây có chứa chất ma túy trồng xen trong vườn, rẫy trên địa bàn xã được phát hiện và nhổ bỏ ngay.", ["U2"], "narrowed")
P.task("-", "Bố trí 01 điểm tiếp nhận, tư vấn cai nghiện đủ điều kiện tại Trạm Y tế xã; tổ chức cai nghiện tự nguyện tại gia đình, cộng đồng cho 100% người nghiện có đăng ký.", ["U6"], "narrowed")
P.task("-", "100% trường mầm non, tiểu học, THCS trên địa bàn và trên 70% công nhân của các HTX, doanh nghiệp chế biến nông sản được tuyên truyền kiến thức, kỹ năng PCMT.", ["U7"], "narrowed")

P.h("III. NHIỆM VỤ, GIẢI PHÁP")
P.h("1. Công tác lãnh đạo, chỉ đạo")
P.task("a)", "Quán triệt đến từng chi bộ, thôn, tổ dân phố quan điểm PCMT là việc của cả hệ thống chính trị và mỗi gia đình, không phó mặc cho Công an; phòng ngừa là chính, lấy thôn, tổ dân phố làm địa bàn trọng tâm, tập trung giảm cầu.", ["U10"], "paraphrase")
P.task("b)", "Trưởng các ban, ngành, đoàn thể xã, trưởng thôn, tổ trưởng tổ dân phố chịu trách nhiệm trước Chủ tịch UBND xã khi để tình hình ma túy phức tạp tại nơi mình phụ trách; kết quả PCMT là căn cứ bình xét thi đua cuối năm.", ["U11"], "paraphrase")
P.task("c)", "Kiện toàn Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc của xã; phân công thành viên phụ trách từng thôn.", [], "distractor")
P.task("d)", "Xây dựng lộ trình chuyển hóa 03 thôn trọng điểm (Ka Đơn, Tu Tra, Lạc Xuân), giữ vững các thôn đã không có ma túy, tiến tới đề nghị công nhận xã không ma túy.", ["U17", "U83"], "several")
P.task("đ)", "Hằng quý, Ban Chỉ đạo xã kiểm tra, giám sát việc thực hiện Kế hoạch ở các thôn, tổ dân phố; xử lý nghiêm cán bộ, đảng viên thiếu trách nhiệm hoặc vi phạm.", ["U15"], "narrowed")

P.h("2. Tuyên truyền, giáo dục, phòng ngừa")
P.task("a)", "Tổ chức hội nghị quán triệt Chương trình và Kế hoạch này cho cán bộ chủ chốt, bí thư chi bộ, trưởng thôn, tổ trưởng TDP, người có uy tín trong đồng bào DTTS.", ["U21", "U83"], "several")
P.task("b)", "Phát trên loa truyền thanh xã, thôn ít nhất 02 lần/tuần; tuyên truyền bằng tiếng K’Ho, Chu Ru qua già làng, người có uy tín; lập nhóm Zalo “Thôn không ma túy” để cung cấp thông tin, cảnh báo thủ đoạn mới.", ["U22"], "paraphrase")
P.task("c)", "Phát động phong trào Toàn dân bảo vệ ANTQ gắn với cuộc vận động Toàn dân đoàn kết xây dựng NTM, ĐTVM; kịp thời biểu dương, khen thưởng tập thể, cá nhân tích cực tố giác tội phạm ma túy.", ["U23", "U83"], "several")
P.task("d)", "Vận động 100% hộ gia đình ký cam kết không sử dụng, không chứa chấp, không để con em dính líu đến ma túy; lên án, cô lập hành vi liên quan đến ma túy trong cộng đồng.", ["U12"], "paraphrase")
P.task("đ)", "Tuyên truyền, phổ biến pháp luật về phòng, chống tác hại của thuốc lá, rượu, bia cho đoàn viên thanh niên và học sinh THCS.", [], "distractor")

P.h("3. Quản lý người nghiện, người SDTPCMT và hỗ trợ sau cai")
P.task("a)", "Công an xã chủ trì, phối hợp Trạm Y tế xã rà soát, lập danh sách người nghiện, người SDTPCMT, người sau cai; lập hồ sơ đề nghị áp dụng biện pháp quản lý, cai nghiện phù hợp với từng trường hợp.", ["U33"], "narrowed")
P.task("b)", "Phối hợp Cơ sở cai nghiện ma túy tỉnh và Phòng giao dịch NHCSXH giới thiệu học nghề, việc làm, vốn vay cho người sau cai để ổn định cuộc sống, không tái nghiện.", ["U38", "U44"], "several")
P.task("c)", "Phân công cán bộ, đoàn thể, người có uy tín trực tiếp giúp đỡ người SDTPCMT đang trong thời hạn quản lý; chi hỗ trợ theo Nghị quyết số 420/2025/NQ-HĐND.", ["U46"], "narrowed")
P.task("d)", "Cập nhật đầy đủ thông tin người nghiện, người sau cai trên phần mềm CSDL cai nghiện, đối chiếu với CSDLQG về dân cư; chuyển dần hồ sơ quản lý giấy sang điện tử.", ["U39", "U14"], "several")

P.h("4. Đấu tranh, kiểm soát ma túy trên địa bàn")
P.task("a)", "Công an xã nắm chắc địa bàn, phát hiện sớm đối tượng mua bán lẻ; mở đợt cao điểm tấn công, trấn áp dịp Tết Nguyên đán và mùa thu hoạch cà phê, rau, hoa.", ["U47"], "narrowed")
P.task("b)", "Kiểm tra các cơ sở karaoke, nhà nghỉ, homestay và quản lý cư trú, lưu trú của lao động thời vụ, không để tụ tập sử dụng trái phép chất ma túy.", ["U50"], "paraphrase")
P.task("c)", "Kiểm tra việc chấp hành quy định phòng cháy, chữa cháy và cứu nạn, cứu hộ tại các cơ sở karaoke, nhà nghỉ trên địa bàn xã.", [], "distractor")
P.task("d)", "Rà soát, phân loại các thôn, tổ dân phố theo mức độ (trọng điểm, phức tạp, không có ma túy) làm cơ sở giao chỉ tiêu chuyển hóa.", ["U52"], "narrowed")

P.h("5. Bảo đảm nguồn lực")
P.task("a)", "Trình HĐND xã bố trí kinh phí PCMT trong dự toán ngân sách xã hằng năm; vận động doanh nghiệp, nhà hảo tâm, con em xa quê ủng hộ công tác PCMT ở thôn.", ["U82", "U72"], "several")
P.task("b)", "Quản lý, sử dụng kinh phí được giao đúng mục đích, thanh quyết toán kịp thời theo quy định của Luật NSNN.", ["U82"], "paraphrase")

P.h("IV. TỔ CHỨC THỰC HIỆN")
P.task("1.", "Là cơ quan thường trực của Kế hoạch; theo dõi, đôn đốc, tổng hợp kết quả, tham mưu UBND xã báo cáo UBND tỉnh (qua Công an tỉnh) định kỳ 6 tháng, hằng năm.", ["U89"], "paraphrase", lead="Công an xã:")
P.task("2.", "Lồng ghép nội dung PCMT vào các hoạt động văn hóa, văn nghệ, thể thao, lễ hội cồng chiêng của xã.", ["U28"], "narrowed", lead="Phòng Văn hóa - Xã hội:")
P.task("3.", "Hoàn thiện hồ sơ đề nghị công bố đủ điều kiện xác định tình trạng nghiện ma túy; cử viên chức dự tập huấn về điều trị nghiện.", ["U41", "U5"], "several", lead="Trạm Y tế xã:")
P.task("4.", "Duy trì hoạt động của Tổ tự quản an ninh trật tự ở 18 thôn, tổ dân phố; phối hợp dân quân tuần tra ban đêm.", [], "own", lead="Ban Chỉ huy Quân sự xã:")
P.task("5.", "Đề nghị Ủy ban MTTQ xã và các tổ chức chính trị - xã hội tuyên truyền tới đoàn viên, hội viên; duy trì mô hình “Khu dân cư không ma túy”.", ["U85"], "narrowed", lead="Ủy ban MTTQ và các đoàn thể xã:")
P.task("6.", "Các ban, ngành, thôn, tổ dân phố báo cáo kết quả thực hiện về UBND xã (qua Công an xã) trước ngày 10/6 và 10/12 hằng năm.", [], "distractor", lead="Chế độ báo cáo:")

P.p("Trên đây là Kế hoạch thực hiện Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 trên địa bàn xã Đơn Dương; quá trình thực hiện có khó khăn, vướng mắc, các đơn vị báo cáo UBND xã (qua Công an xã) để xem xét, giải quyết./.")
P.signature(["- UBND tỉnh (b/c);", "- Công an tỉnh (b/c);", "- TT Đảng ủy, HĐND xã;", "- CT, các PCT UBND xã;",
             "- UBMTTQVN xã;", "- Các ban, ngành, đoàn thể xã;", "- Trưởng thôn, tổ trưởng TDP;", "- Lưu: VT, CAX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Ka Hồng Nhung"])
P.pagebreak()
P.p("Phụ lục", bold=True, center=True)
P.p("NHIỆM VỤ CỤ THỂ THỰC HIỆN CHƯƠNG TRÌNH PCMT NĂM 2026", bold=True, center=True)
P.p("(Kèm theo Kế hoạch số 214/KH-UBND ngày 18/11/2025 của UBND xã Đơn Dương)", italic=True, center=True)
P.appendix(["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Phối hợp", "Thời gian", "Sản phẩm"], [
    ("1", "Ban hành Kế hoạch này và giao chỉ tiêu PCMT cho từng thôn, tổ dân phố", "Công an xã", "Văn phòng HĐND và UBND xã", "Tháng 11/2025", "Kế hoạch; quyết định giao chỉ tiêu", ["U81", "U89"], "several"),
    ("2", "Lập hồ sơ đề nghị UBND tỉnh xem xét, công nhận xã không ma túy", "Công an xã", "Các ban, ngành, đoàn thể", "Quý IV/2026", "Hồ sơ trình UBND tỉnh", ["U1", "U17"], "several"),
    ("3", "Khảo sát nhà xưởng, trang trại bỏ hoang, khu vực vắng vẻ ven rừng có nguy cơ bị lợi dụng điều chế ma túy", "Công an xã", "Phòng Kinh tế, các thôn", "6 tháng/lần", "Báo cáo khảo sát", ["U49"], "paraphrase"),
    ("4", "Xây dựng dự toán kinh phí PCMT năm 2026 trình HĐND xã", "Phòng Kinh tế", "Công an xã", "Tháng 12/2025", "Dự toán được phê duyệt", ["U82"], "paraphrase"),
    ("5", "Rà soát, sửa đổi Quy chế phối hợp giữa Công an xã và Ban Chỉ huy Quân sự xã trong giữ gìn ANTT", "Công an xã", "Ban Chỉ huy Quân sự xã", "Quý I/2026", "Quy chế phối hợp", [], "own"),
])

build(P, here, "Kế hoạch PCMT xã Đơn Dương")
