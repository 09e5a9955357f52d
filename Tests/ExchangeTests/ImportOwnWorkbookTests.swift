/// Lists written by the project's own xlsx writer (`Workbook.xlsx()`: a merged title over the table, inline strings,
/// dates and money as numbers with their formats, a totals row as a SUM formula) and imported back: names in NFC
/// whatever form they were given in, dates and amounts as they were, the totals row passed over, the store valid.

import Foundation
import Store
import StoreFixtures
import VietText
import XCTest
@testable import Exchange

final class ImportOwnWorkbookTests: XCTestCase {
    private let now = "2023-10-20 09:00"

    private func saved(_ workbook: Workbook, _ name: String) throws -> String {
        let folder = try makeTemporaryFolder(self)
        let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
        try workbook.xlsx().write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Decomposed on purpose: what the writer is given need not be NFC; what the store gets must be.
    private func nfd(_ text: String) -> String { text.decomposedStringWithCanonicalMapping }

    private func assertNFC(_ stored: [String], _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(stored.map { Array($0.unicodeScalars) }, expected.map { Array($0.precomposedStringWithCanonicalMapping.unicodeScalars) },
                       file: file, line: line)
    }

    func testAwardsWrittenByTheProjectsWriterComeBack() throws {
        let names = ["Nguyễn Thị Thuỷ Tiên", "Đặng Quốc Hưng", "Lê Ánh Dương"]
        let day = CalendarDate(year: 2022, month: 10, day: 6)!
        let table = DataTable(columns: [TableColumn("STT", .integer), TableColumn("Họ và tên"), TableColumn("Danh hiệu"),
                                        TableColumn("Số tiền (đồng)", .money), TableColumn("Ngày nhận", .date)],
                              rows: [
                                  [.integer(1), .text(nfd(names[0])), .text(nfd("Học sinh giỏi")), .money(500_000), .date(day)],
                                  [.integer(2), .text(nfd(names[1])), .text(nfd("Học sinh vượt khó")), .money(1_200_000), .date(day)],
                                  [.integer(3), .text(nfd(names[2])), .text(nfd("Học sinh giỏi")), .money(300_000),
                                   .date(CalendarDate(year: 2022, month: 12, day: 31)!)],
                              ],
                              totals: TableTotals(columns: [3]))
        let path = try saved(Workbook([Sheet(name: "Khen thưởng", titles: ["DANH SÁCH KHEN THƯỞNG NĂM HỌC 2022-2023"], table: table)]),
                             "khen-thuong.xlsx")
        let store = try StoreFixture.folder(self)
        let options = ImportOptions(kind: .awards, branchId: "KP01", year: SchoolYear(startYear: 2022), now: now)
        let list = try ListImport.prepare(path: path, options: options, folder: store)
        XCTAssertEqual(list.plan.refused, [], ImportPreview.text(list))
        XCTAssertEqual(list.plan.entries.count, 3, "the totals row is not a pupil: " + ImportPreview.text(list))
        XCTAssertEqual(list.plan.passed.count, 1, "the totals row is passed over and said so")
        let report = try XCTUnwrap(try list.write(in: store, skipBad: false))
        XCTAssertEqual(report.records.count, 3)
        let snapshot = try StoreLoader.load(directory: store)
        let added = snapshot.awards.filter { !["A1", "A2", "A3"].contains($0.id) }
        assertNFC(added.map(\.recipient), names)
        assertNFC(added.map(\.category), ["Học sinh giỏi", "Học sinh vượt khó", "Học sinh giỏi"])
        XCTAssertEqual(added.map(\.amount), [500_000, 1_200_000, 300_000])
        XCTAssertEqual(added.map(\.date), [day, day, CalendarDate(year: 2022, month: 12, day: 31)!])
        XCTAssertEqual(snapshot.errors.map(\.description), [])
    }

    func testLearnersWithBirthDatesWrittenByTheProjectsWriterComeBack() throws {
        let names = ["Huỳnh Thị Hoà", "Phạm Văn Khoẻ"]
        let table = DataTable(columns: [TableColumn("STT", .integer), TableColumn("Họ và tên"), TableColumn("Ngày sinh", .date),
                                        TableColumn("Giới tính"), TableColumn("Khu phố")],
                              rows: [
                                  [.integer(1), .text(nfd(names[0])), .date(CalendarDate(year: 1987, month: 3, day: 9)!), .text("Nữ"), .text("Khu phố 1")],
                                  [.integer(2), .text(nfd(names[1])), .date(CalendarDate(year: 1962, month: 11, day: 30)!), .text("Nam"), .text("Khu phố 2")],
                              ])
        let path = try saved(Workbook([Sheet(name: "Học viên", titles: ["DANH SÁCH HỌC VIÊN"], table: table)]), "hoc-vien.xlsx")
        let store = try StoreFixture.folder(self)
        let list = try ListImport.prepare(path: path, options: ImportOptions(kind: .learners, now: now), folder: store)
        XCTAssertEqual(list.plan.refused, [], ImportPreview.text(list))
        _ = try XCTUnwrap(try list.write(in: store, skipBad: false))
        let snapshot = try StoreLoader.load(directory: store)
        let added = snapshot.learners.filter { names.map { $0.precomposedStringWithCanonicalMapping }.contains($0.name) }
        assertNFC(added.map(\.name), names)
        XCTAssertEqual(added.map(\.birthDate), [CalendarDate(year: 1987, month: 3, day: 9)!, CalendarDate(year: 1962, month: 11, day: 30)!])
        XCTAssertEqual(added.map(\.gender?.rawValue), ["F", "M"])
        XCTAssertEqual(snapshot.errors.map(\.description), [])
    }
}
