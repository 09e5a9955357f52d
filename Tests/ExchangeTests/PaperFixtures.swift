// Sample papers and sheets of the ward's kinds, with the Vietnamese that must come back intact.

@testable import Exchange
import Store
import VietText

enum PaperFixtures {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    /// An award list of 30 recipients: long enough for two text pages, with a signature column,
    /// money, dates, a share, and a totals row over two sums.
    static var awardTable: DataTable {
        let names = ["Nguyễn Thị Thuỷ", "Lê Văn Hùng", "Trần Ngọc Ánh", "Phạm Đức Thắng", "Hoàng Thị Hoà",
                     "Đỗ Minh Quân", "Vũ Thị Ngọc Diệp", "Bùi Quang Vinh", "Đặng Thu Hương", "Ngô Gia Bảo"]
        let rows: [[CellValue]] = (0..<30).map { i in
            [.integer(i + 1), .text(names[i % names.count]), .text(i % 3 == 0 ? "Lớp 5A, Trường Tiểu học Quảng Châu" : "Lớp 9B"),
             .text(i % 2 == 0 ? "Chi hội khu phố Châu Thành" : "Chi hội Trường THCS"),
             .text(i % 4 == 0 ? "Học sinh giỏi cấp tỉnh" : "Học sinh xuất sắc"),
             .date(day(2022, 10, 6 + i % 3)), .integer(1), .money(i % 4 == 0 ? 500_000 : 200_000), .text("")]
        }
        return DataTable(caption: "Danh sách khen thưởng",
                         columns: [TableColumn("STT", .integer), TableColumn("Họ và tên"), TableColumn("Lớp, trường"),
                                   TableColumn("Chi hội"), TableColumn("Thành tích"), TableColumn("Ngày", .date),
                                   TableColumn("Số lượt", .integer), TableColumn("Số tiền (đồng)", .money),
                                   TableColumn("Ký nhận", .signature)],
                         rows: rows, totals: TableTotals(columns: [6, 7]))
    }

    static var classTable: DataTable {
        DataTable(caption: "Lớp theo chủ đề",
                  columns: [TableColumn("Chủ đề"), TableColumn("Số lớp", .integer), TableColumn("Lượt người học", .integer),
                            TableColumn("Tỷ lệ so với chỉ tiêu", .percent)],
                  rows: [[.text("Chuyển đổi số"), .integer(4), .integer(312), .percent(0.76)],
                         [.text("Pháp luật, chính sách"), .integer(2), .integer(180), .percent(0.986)],
                         [.text("Khuyến nông, khuyến ngư"), .integer(3), .integer(205), .percent(1)]],
                  totals: TableTotals(columns: [1, 2]))
    }

    /// The center's week report: letterhead, number, date, body of every kind of block, recipients
    /// and the director's signature.
    static var weekReport: Paper {
        Paper(kind: .administrativeReport,
              letterhead: Letterhead(parent: "UBND PHƯỜNG QUẢNG CHÂU", issuer: "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG"),
              number: "12/BC-TTHTCĐ",
              placeAndDate: Paper.placeAndDate("Phường Quảng Châu", day(2022, 10, 10)),
              title: "BÁO CÁO",
              summary: "Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2022",
              body: [
                  .paragraph("Thực hiện Công văn số 4342/BGDĐT-GDTX ngày 07/9/2022 của Bộ Giáo dục và Đào tạo, Trung tâm học tập cộng đồng phường Quảng Châu báo cáo kết quả như sau:"),
                  .heading("I. KẾT QUẢ THỰC HIỆN"),
                  .heading("1. Lễ khai mạc"),
                  .bullets(["Chủ đề: \"Thúc đẩy chuyển đổi số phục vụ cho học tập suốt đời sau đại dịch Covid-19\";",
                            "Thời gian: 07 giờ 30, ngày 06/10/2022, tại Hội trường UBND phường."]),
                  .heading("2. Các lớp học theo chủ đề"),
                  .table(classTable),
                  .heading("3. Khen thưởng"),
                  .paragraph("Hội Khuyến học phường đã khen thưởng 30 lượt học sinh với tổng số tiền 8.500.000 đồng."),
                  .amountInWords(8_500_000),
              ],
              recipients: ["UBND phường (để b/c);", "Hội Khuyến học phường;", "Lưu: VT."],
              signatures: [SignatureBlock(title: "Giám đốc", name: "Lê Thị Hồng Nhung")])
    }

    /// The association's award list, on its side, signed by three.
    static var awardList: Paper {
        Paper(kind: .associationList, orientation: .landscape,
              letterhead: Letterhead(parent: "HỘI KHUYẾN HỌC THÀNH PHỐ SẦM SƠN", issuer: "HỘI KHUYẾN HỌC PHƯỜNG QUẢNG CHÂU"),
              number: "must not print",
              placeAndDate: Paper.placeAndDate("Phường Quảng Châu", day(2022, 10, 6)),
              title: "DANH SÁCH KHEN THƯỞNG",
              summary: "Học sinh đạt thành tích cao năm học 2021 - 2022",
              body: [.table(awardTable), .amountInWords(Int64(awardTable.total(of: 7)))],
              recipients: ["must not print"],
              signatures: [SignatureBlock(title: "Người lập", name: "Nguyễn Thị Thuỷ"),
                           SignatureBlock(title: "Thủ quỹ", name: "Trần Văn Bình"),
                           SignatureBlock(authority: "TM. BAN CHẤP HÀNH", title: "Chủ tịch", name: "Phạm Văn Đức")])
    }

    static var awardSheet: Sheet {
        Sheet(name: "Khen thưởng: năm học 2022/2023", titles: ["HỘI KHUYẾN HỌC PHƯỜNG QUẢNG CHÂU", "DANH SÁCH KHEN THƯỞNG"],
              table: awardTable)
    }
}
