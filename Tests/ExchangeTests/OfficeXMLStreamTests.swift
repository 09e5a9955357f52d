// The Office parts written by the streaming encoder are XMLCoder's bytes, part by part, for every paper the program makes and for text that needs escaping.

@testable import Exchange
import Foundation
import Reports
import Store
import StoreFixtures
import XCTest

final class OfficeXMLStreamTests: XCTestCase {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    private func assertSame<T: Encodable & Sendable>(_ value: T, _ root: String, _ namespaces: KeyValuePairs<String, String>,
                                                    _ what: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let streamed = try OfficeXML.encode(value, root: root, namespaces: namespaces)
        let coded = try OfficeXML.encodeWithXMLCoder(value, root: root, namespaces: namespaces)
        guard streamed != coded else { return }
        let a = [UInt8](streamed), b = [UInt8](coded)
        let at = zip(a, b).prefix { $0 == $1 }.count
        let context = { (bytes: [UInt8]) in String(decoding: bytes[max(0, at - 120)..<min(bytes.count, at + 120)], as: UTF8.self) }
        XCTFail("\(what): differs at byte \(at) of \(a.count)/\(b.count)\nstream: \(context(a))\ncoder:  \(context(b))", file: file, line: line)
    }

    /// Every part of the paper's docx and of its workbook.
    private func assertSameParts(_ paper: Paper, _ name: String) throws {
        let writer = DocxWriter(paper: paper)
        try assertSame(writer.document, "w:document", WordNamespaces.all, name + " document.xml")
        try assertSame(writer.numberedHeader, "w:hdr", WordNamespaces.all, name + " header1.xml")
        try assertSame(WordHeader(paragraphs: [WordParagraph()]), "w:hdr", WordNamespaces.all, name + " header2.xml")
        try assertSame(WordStyles(font: DocxType.font, points: DocxType.body, spacingAfter: DocxType.paragraphGap), "w:styles",
                       WordNamespaces.all, name + " styles.xml")
        let book = paper.workbook
        try assertSame(book.workbookPart, "workbook", SpreadsheetNamespaces.all, name + " workbook.xml")
        for (i, sheet) in book.sheets.enumerated() {
            try assertSame(XlsxSheet(sheet: sheet).worksheet, "worksheet", SpreadsheetNamespaces.all, name + " sheet\(i + 1).xml")
        }
        try assertSame(CoreProperties(title: paper.title), "cp:coreProperties",
                       ["xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
                        "xmlns:dc": "http://purl.org/dc/elements/1.1/"], name + " core.xml")
    }

    func testEveryPaperOfTheDemoGivesXMLCodersBytes() throws {
        let s = try StoreLoader.load(directory: XCTUnwrap(StoreLoader.demoDirectory()))
        let year = SchoolYear(startYear: 2022)
        try assertSameParts(WeekReport(s, scope: PaperScope(.schoolYear(year)), issued: day(2022, 10, 10)).paper, "week report")
        // A month of one branch's awards (XMLCoder takes seconds over the whole year's in a debug build).
        try assertSameParts(AwardList(s, scope: PaperScope(.dates(day(2022, 10, 1), day(2022, 10, 31)), branch: "KP01"),
                                      issued: day(2022, 10, 31)).paper, "award list")
        try assertSameParts(FundBook(s, period: .schoolYear(year), issued: day(2023, 5, 31)).paper, "fund book")
        try assertSameParts(try ClassList(s, classId: "LH06", issued: day(2022, 11, 1)).paper, "class list")
        try assertSameParts(try SigninSheet(s, classId: "LH06", session: day(2022, 11, 1)).paper, "sign-in sheet")
        let assessed = StoreLoader.decode(files: StoreFixture.assessedFiles())
        try assertSameParts(TitleResults(assessed, year: 2022, issued: day(2022, 12, 10)).paper, "title results")
        try assertSame(SheetStyle.styles, "styleSheet", ["xmlns": SpreadsheetNamespaces.main], "xlsx styles.xml")
        try assertSame(DocxParts.contentTypes, "Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"],
                       "[Content_Types].xml")
        try assertSame(DocxParts.packageRelationships, "Relationships",
                       ["xmlns": "http://schemas.openxmlformats.org/package/2006/relationships"], ".rels")
    }

    func testTextThatNeedsEscapingGivesXMLCodersBytes() throws {
        let odd = "Công ty \"A & B\" <TNHH> 'Minh Phát'  hai  dấu cách , tab\tvà dòng\nmới, ½ ≥ 😀, NFD: Hoà"
        let table = DataTable(caption: odd, columns: [TableColumn(odd), TableColumn("Số tiền", .money), TableColumn("Ngày", .date),
                                                     TableColumn("Tỷ lệ", .percent), TableColumn("Ký nhận", .signature)],
                              rows: [[.text(odd), .money(1_200_000), .date(day(2022, 10, 6)), .percent(0.986), .text("")],
                                     [.text(""), .money(0), .date(day(2023, 2, 28)), .percent(1), .text("& < > ' \"")]],
                              totals: TableTotals(columns: [1]))
        let paper = Paper(kind: .administrativeReport, letterhead: Letterhead(parent: odd, issuer: "HỘI KHUYẾN HỌC <PHƯỜNG>"),
                          number: "12/BC-\"KH\"", placeAndDate: Paper.placeAndDate("Phường Quảng Châu & Sầm Sơn", day(2022, 10, 10)),
                          title: odd, summary: odd, body: [.paragraph(odd), .heading(odd), .bullets([odd, "'"]), .table(table),
                                                          .amountInWords(1_200_000)],
                          recipients: [odd], signatures: [SignatureBlock(authority: odd, title: odd, name: odd)])
        try assertSameParts(paper, "escaped")
        try assertSameParts(PaperFixtures.weekReport, "fixture week report")
        try assertSameParts(PaperFixtures.awardList, "fixture award list")
    }
}
