@testable import Exchange
import XCTest

final class PaperTextTests: XCTestCase {
    // MARK: - Golden renderings

    func testWeekReportText() {
        assertGolden(PaperFixtures.weekReport.plainText, named: "week-report.txt")
    }

    func testAwardListText() {
        assertGolden(PaperFixtures.awardList.plainText, named: "award-list.txt")
    }

    func testAwardSheetText() {
        assertGolden(PaperFixtures.awardSheet.plainText, named: "award-sheet.txt")
    }

    func testWeekReportMarkdown() {
        assertGolden(PaperFixtures.weekReport.markdown, named: "week-report.md")
    }

    // MARK: - Pages

    func testEveryLineFitsItsPage() {
        for (paper, width) in [(PaperFixtures.weekReport, 80), (PaperFixtures.awardList, 100)] {
            for line in paper.plainText.split(separator: "\n") {
                XCTAssertLessThanOrEqual(TextWidth.of(String(line).replacingOccurrences(of: "\u{0C}", with: "")), width, String(line))
            }
        }
    }

    func testPagesAreCutByFormFeedsWithTheHeaderRepeated() {
        let paper = PaperFixtures.awardList
        let pages = paper.plainText.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        XCTAssertGreaterThan(pages.count, 1)
        let table = TextTable(PaperFixtures.awardTable, width: 100)
        for (i, page) in pages.enumerated() {
            let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            XCTAssertLessThanOrEqual(lines.count - 1, TextPage(.landscape).lines, "page \(i + 1)")
            if i > 0 {
                // The page number on top, the table's header under it.
                XCTAssertEqual(lines[0].trimmingCharacters(in: .whitespaces), "\(i + 1)")
                XCTAssertEqual(Array(lines[2..<(2 + table.head.count)]), table.head, "page \(i + 1)")
            }
            if i < pages.count - 1 {
                XCTAssertEqual(lines.last { !$0.isEmpty }, table.cut, "page \(i + 1) closes its table")
            }
        }
        // Page 1 has no number; every row is printed once.
        XCTAssertTrue(pages[0].hasPrefix("    HỘI KHUYẾN HỌC"))
        for n in 1...30 {
            XCTAssertEqual(paper.plainText.components(separatedBy: "│ \(String(repeating: " ", count: 3 - String(n).count))\(n) │").count, 2, "row \(n)")
        }
    }

    func testTotalsAndWordsAgreeWithTheRows() {
        let text = PaperFixtures.awardList.plainText
        let total = PaperFixtures.awardTable.rows.reduce(0) { sum, row in
            if case .money(let n) = row[7] { return sum + n }
            return sum
        }
        XCTAssertEqual(total, 8_400_000)
        XCTAssertTrue(text.contains("Tổng cộng"))
        XCTAssertTrue(text.contains("8.400.000"))
        XCTAssertTrue(text.contains("Bằng chữ: Tám triệu bốn trăm nghìn đồng."))
    }

    func testKindDecidesTheFrame() {
        let award = PaperFixtures.awardList.plainText
        XCTAssertFalse(award.contains("must not print"), "an association list has no number and no Nơi nhận")
        XCTAssertFalse(award.contains("Nơi nhận"))
        var sheet = PaperFixtures.weekReport
        sheet.kind = .classSheet
        let text = sheet.plainText
        XCTAssertFalse(text.contains(Letterhead.nation))
        XCTAssertFalse(text.contains("Số: 12/BC-TTHTCĐ"))
        XCTAssertTrue(PaperFixtures.weekReport.plainText.contains("Số: 12/BC-TTHTCĐ"))
    }

    // MARK: - Pieces

    func testWrapMeasuresDisplayColumnsInAnyForm() {
        let nfd = "Nguyễn Thị Thuỷ".decomposedStringWithCanonicalMapping
        XCTAssertEqual(TextWidth.of(nfd), 15)
        XCTAssertEqual(TextWidth.of("Hội Khuyến học"), 14)
        XCTAssertEqual(TextWidth.of("学"), 2)
        XCTAssertEqual(TextWidth.wrap("Hội Khuyến học phường", width: 10), ["Hội Khuyến", "học phường"])
        XCTAssertEqual(TextWidth.wrap("Khuyếnhọcphường", width: 6), ["Khuyến", "họcphư", "ờng"])
        XCTAssertEqual(TextWidth.wrap("một hai ba", width: 9, first: "- ", rest: "  "), ["- một hai", "  ba"])
        XCTAssertEqual(TextWidth.wrap("", width: 5), [""])
    }

    func testPlaceAndDateWritesLeadingZerosAsTheDecreeDoes() {
        XCTAssertEqual(Paper.placeAndDate("Phường Quảng Châu", PaperFixtures.day(2022, 2, 5)),
                       "Phường Quảng Châu, ngày 05 tháng 02 năm 2022")
        XCTAssertEqual(Paper.placeAndDate("Phường Quảng Châu", PaperFixtures.day(2022, 10, 10)),
                       "Phường Quảng Châu, ngày 10 tháng 10 năm 2022")
    }

    func testMarkdownEscapesWhatItMarks() {
        XCTAssertEqual(Markdown.escape("a|b *c* _d_ <e>"), "a\\|b \\*c\\* \\_d\\_ \\<e\\>")
        let lines = Markdown.table(PaperFixtures.classTable)
        XCTAssertEqual(lines[1], "| :--- | ---: | ---: | ---: |")
        XCTAssertEqual(lines.last, "| **Tổng cộng** | **9** | **697** |  |")
    }
}
