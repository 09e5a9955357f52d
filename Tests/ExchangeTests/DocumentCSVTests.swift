@testable import Exchange
import XCTest

final class DocumentCSVTests: XCTestCase {
    private let table = DataTable(
        caption: "Sổ quỹ",
        columns: [TableColumn("Ngày", .date), TableColumn("Diễn giải"), TableColumn("Thu (đồng)", .money),
                  TableColumn("Số lượt", .integer), TableColumn("Tỷ lệ", .percent), TableColumn("Ký nhận", .signature)],
        rows: [[.date(PaperFixtures.day(2022, 10, 6)), .text("Ủng hộ quỹ, đợt 1"), .money(1_200_000), .integer(3), .percent(0.76), .empty],
               [.date(PaperFixtures.day(2022, 2, 1)), .text("Bà \"Hoà\""), .money(0), .integer(1_900), .percent(1), .text("")]],
        totals: TableTotals(columns: [2]))

    func testTableBytes() {
        let expected = "\u{FEFF}Ngày,Diễn giải,Thu (đồng),Số lượt,Tỷ lệ,Ký nhận\r\n"
            + "06/10/2022,\"Ủng hộ quỹ, đợt 1\",1200000,3,\"76,0%\",\r\n"
            + "01/02/2022,\"Bà \"\"Hoà\"\"\",0,1900,\"100,0%\",\r\n"
        XCTAssertEqual(Array(table.csv().utf8), Array(expected.utf8))
    }

    func testSeveralTablesInOneFile() {
        var paper = PaperFixtures.weekReport
        paper.body = [.table(table), .paragraph("giữa"), .table(PaperFixtures.classTable)]
        let csv = paper.csv()
        let expected = "\u{FEFF}Sổ quỹ\r\n" + String(table.csv().dropFirst())
            + "\r\nLớp theo chủ đề\r\n" + String(PaperFixtures.classTable.csv().dropFirst())
        XCTAssertEqual(Array(csv.utf8), Array(expected.utf8))
        XCTAssertEqual(csv.filter { $0 == "\u{FEFF}" }.count, 1, "one byte-order mark, at the start")
    }

    func testOneTableIsTheTableAlone() {
        var paper = PaperFixtures.weekReport
        paper.body = [.paragraph("Ghi chú"), .table(table)]
        XCTAssertEqual(paper.csv(), table.csv())
    }

    func testRenderedFormats() throws {
        let paper = PaperFixtures.weekReport
        XCTAssertEqual(try paper.rendered(as: .text), Data(paper.plainText.utf8))
        XCTAssertEqual(try paper.rendered(as: .md), Data(paper.markdown.utf8))
        XCTAssertEqual(try paper.rendered(as: .csv), Data(paper.csv().utf8))
        XCTAssertEqual(try paper.rendered(as: .docx).prefix(2), Data("PK".utf8))
        XCTAssertEqual(try paper.rendered(as: .xlsx).prefix(2), Data("PK".utf8))
        XCTAssertEqual(DocumentFormat.allCases.filter(\.isBinary), [.xlsx, .docx, .pdf])
        XCTAssertEqual(DocumentFormat.text.fileExtension, "txt")
    }
}
