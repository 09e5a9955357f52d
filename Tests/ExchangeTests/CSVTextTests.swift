import XCTest
@testable import Exchange

final class CSVTextTests: XCTestCase {
    func testBomCrlfAndQuoting() {
        let csv = CSVText().render(header: ["STT", "Họ và tên", "Ghi chú"],
                                   rows: [["1", "Nguyễn Văn An", "lớp 5A, \"giỏi\""], ["2", "Lê Thị Bình", "dòng 1\ndòng 2"]])
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}STT,Họ và tên,Ghi chú\r\n"))
        XCTAssertTrue(csv.contains("1,Nguyễn Văn An,\"lớp 5A, \"\"giỏi\"\"\"\r\n"))
        XCTAssertTrue(csv.contains("\"dòng 1\ndòng 2\"\r\n"))
        XCTAssertTrue(csv.hasSuffix("\r\n"))
    }

    func testFormulaLookingTextStaysText() {
        let csv = CSVText(byteOrderMark: false)
        XCTAssertEqual(csv.cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"")
        XCTAssertEqual(csv.cell("-5"), "-5")
        XCTAssertEqual(csv.cell("@ban"), "'@ban")
    }

    func testSemicolonSeparator() {
        let csv = CSVText(separator: ";", byteOrderMark: false)
        XCTAssertEqual(csv.line(["1,5", "a;b"]), "1,5;\"a;b\"\r\n")
    }
}
