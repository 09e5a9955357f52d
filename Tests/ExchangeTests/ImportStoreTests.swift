/// Lists imported into a store as the issue's "done when" says: a school's Excel list of pupils to award, an old TCVN3 CSV of a branch's learners, a Windows-1258 CSV of donors; duplicates caught, bad rows named, nothing written when rows are refused, one undo for the whole import; each store checked afterwards by `check` and `recfix --check`.

import Foundation
import Store
import StoreFixtures
import VietText
import XCTest
@testable import Exchange

final class ImportStoreTests: XCTestCase {
    private let now = "2023-10-20 09:00"

    /// The store's files, to compare before and after.
    private func files(_ folder: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in StoreSchema.files {
            out[name] = try? Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name))
        }
        return out
    }

    /// `hoctap check` finds no error, and recfix (where installed) accepts every file.
    private func assertStoreValid(_ folder: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertEqual(snapshot.errors.map(\.description), [], file: file, line: line)
        guard let recutils = Recutils.find() else { return }
        for name in StoreSchema.files {
            try recutils.assertChecks(URL(fileURLWithPath: folder).appendingPathComponent(name).path, file: file, line: line)
        }
    }

    /// The names as stored are exactly the expected NFC text, scalar for scalar.
    private func assertNFC(_ stored: [String], _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(stored.map { Array($0.unicodeScalars) }, expected.map { Array($0.precomposedStringWithCanonicalMapping.unicodeScalars) },
                       file: file, line: line)
    }

    // MARK: a school's Excel list of pupils to be awarded

    func testASchoolsWorkbookOfAwards() throws {
        try ImportFixtures.requireOpenpyxl()
        let store = try StoreFixture.folder(self)
        let folder = try makeTemporaryFolder(self)
        let path = URL(fileURLWithPath: folder).appendingPathComponent("khen-thuong.xlsx").path
        // A title merged over the width, a blank row, a header with a rich-text cell, dates as Excel
        // dates, money as numbers and as text, a pupil already awarded (A1 of the fixture), a bad amount,
        // a total row.
        try ImportFixtures.python("""
            import sys, datetime, openpyxl
            from openpyxl.cell.rich_text import CellRichText, TextBlock
            from openpyxl.cell.text import InlineFont
            wb = openpyxl.Workbook(); ws = wb.active; ws.title = "DS khen"
            ws["A1"] = "DANH SÁCH HỌC SINH ĐƯỢC KHEN THƯỞNG NĂM HỌC 2021-2022"; ws.merge_cells("A1:G1")
            ws.append([])
            ws.append(["STT", CellRichText([TextBlock(InlineFont(b=True), "Họ và "), "tên"]), "Lớp", "Trường", "Danh hiệu", "Mức thưởng", "Ký nhận"])
            rows = [
                (1, "Nguyễn Văn Bình", "5A", "TH Hòa Bình", "Học sinh giỏi", 500000),
                (2, "Lê Thị Thu Hằng", "4B", "TH Hòa Bình", "Học sinh xuất sắc", "300.000"),
                (3, "Trần Quốc Toản", "5C", "TH Hòa Bình", "Học sinh giỏi", "1,5tr"),
                (4, "Phạm Ngọc Ánh", "3A", "TH Hòa Bình", "Học sinh giỏi", "abc"),
                (None, "Tổng cộng", None, None, None, 2300000),
            ]
            for r in rows: ws.append(list(r))
            ws.append([])
            ws["H3"] = "Ngày nhận"
            for i in range(4, 8): ws.cell(row=i, column=8, value=datetime.date(2022, 8, 30)).number_format = "dd/mm/yyyy"
            wb.save(sys.argv[1])
            """, [path])
        let before = try files(store)
        var options = ImportOptions(kind: .awards, branchId: "KP01", year: SchoolYear(startYear: 2021), now: now)
        options.shown = 10
        var list = try ListImport.prepare(path: path, options: options, folder: store)
        XCTAssertEqual(list.map.headerRows.map { list.rowNumbers[$0] }, [3], "the header under the title and the blank row")
        XCTAssertEqual(list.map.column(.name)?.header, "Họ và tên", "the rich-text runs are one text")
        XCTAssertEqual(list.map.unknown.map(\.header), ["Ký nhận"])
        // Bình is awarded already; Ánh's amount is refused with its row and column; nothing written.
        let duplicate = try XCTUnwrap(list.plan.entries.first { $0.row.number == 4 })
        XCTAssertFalse(duplicate.writes)
        XCTAssertTrue(duplicate.note?.contains("A1") == true, duplicate.note ?? "")
        XCTAssertEqual(list.plan.refused.flatMap { list.plan.entries[$0].problems }.map(\.text),
                       ["Dòng 7, cột \"Mức thưởng\": không đọc được số tiền \"abc\": cần số đồng như 200000, 200.000, 200k hoặc 1,5tr"])
        XCTAssertEqual(list.plan.passed.map(\.row), [8])
        let preview = ImportPreview.text(list)
        XCTAssertTrue(preview.contains("Sẽ ghi: 2 khen thưởng mới (awards.rec)"), preview)
        XCTAssertTrue(preview.contains("Dòng 4: Nguyễn Văn Bình — đã có khen thưởng A1"), preview)
        XCTAssertEqual(try files(store), before, "a preview writes nothing")

        let report = try XCTUnwrap(try list.write(in: store, skipBad: true))
        XCTAssertEqual(report.records.count, 2)
        let snapshot = try StoreLoader.load(directory: store)
        let added = snapshot.awards.filter { !["A1", "A2", "A3"].contains($0.id) }
        assertNFC(added.map(\.recipient), ["Lê Thị Thu Hằng", "Trần Quốc Toản"])
        XCTAssertEqual(added.map(\.amount), [300_000, 1_500_000])
        XCTAssertEqual(added.map(\.date), [CalendarDate(year: 2022, month: 8, day: 30)!, CalendarDate(year: 2022, month: 8, day: 30)!])
        XCTAssertEqual(added.map { $0.schoolYear?.description }, ["2021-2022", "2021-2022"])
        try assertStoreValid(store)

        // The same list again: every pupil is there already.
        list = try ListImport.prepare(path: path, options: options, folder: store)
        XCTAssertEqual(list.plan.entries.filter { $0.writes && !$0.isRefused }.count, 0)
        XCTAssertTrue(ImportPreview.text(list).contains("Sẽ ghi: không có bản ghi nào."))

        // One undo takes the whole import back.
        _ = try StoreWrite.undo.performed(in: store, now: now)
        XCTAssertEqual(try files(store)["awards.rec"], before["awards.rec"])
    }

    // MARK: an old TCVN3 CSV of a branch's learners

    func testATCVN3ListOfLearnersEnrolledInAClass() throws {
        let store = try StoreFixture.folder(self)
        let folder = try makeTemporaryFolder(self)
        let names = ["Nguyễn Thị Hòa", "Vũ Đình Khoa", "Đặng Thị Lụa", "Hoàng Văn Thụ", "Đinh Thị Hoa"]
        // The whole file, title and header included, typed in TCVN3 as the font of the day wrote it
        // (VN3 has no capitals with a tone: the title is in small letters).
        let text = "Danh sách hội viên tham gia lớp tin học\r\n"
            + CSVText(byteOrderMark: false).render(header: ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Khu phố", "Số điện thoại"], rows: [
                ["1", names[0], "1990", "Nữ", "Khu phố 1", "0900000001"],
                ["2", names[1], "1975", "Nam", "Khu phố 2", ""],
                ["3", names[2], "1982", "Nữ", "Khu phố 2", "0912 345 678"],
                ["4", names[3], "198x", "Nam", "Khu phố 3", ""],
                ["5", names[4], "1968", "nữ", "Khu phố 1", "12345"],
            ])
        let bytes = try XCTUnwrap(LegacyEncoding.tcvn3.encode(text))
        let path = try ImportFixtures.write(bytes, "hoi-vien.csv", in: folder)
        let before = try files(store)
        let options = ImportOptions(kind: .enrollments, classId: "L1", now: now)
        let list = try ListImport.prepare(path: path, options: options, folder: store)
        XCTAssertEqual(list.encodings[1], .tcvn3, "the names' column is read as TCVN3")
        XCTAssertTrue(ImportPreview.text(list).contains("\"Họ và tên\": TCVN3 (ABC)"), ImportPreview.text(list))
        XCTAssertEqual(list.plan.refused.sorted().flatMap { list.plan.entries[$0].problems }.map { "\($0.row)|\($0.column ?? "")" },
                       ["6|Năm sinh", "7|Số điện thoại"])
        XCTAssertTrue(list.plan.refused.allSatisfy { !list.plan.entries[$0].problems.isEmpty })
        // Nothing is written while rows are refused.
        XCTAssertEqual(try files(store), before)

        // Hòa (1990) is HV1, enrolled in L1 already: reported and skipped, not refused.
        let hoa = try XCTUnwrap(list.plan.entries.first { $0.row.number == 3 })
        XCTAssertEqual(hoa.existingLearner, "HV1")
        XCTAssertFalse(hoa.writes)
        XCTAssertTrue(hoa.note?.contains("đã ghi danh vào lớp L1") == true, hoa.note ?? "")

        _ = try list.write(in: store, skipBad: true)
        let snapshot = try StoreLoader.load(directory: store)
        let newLearners = snapshot.learners.filter { !["HV1", "HV2", "HV3"].contains($0.id) }
        assertNFC(newLearners.map(\.name), [names[1], names[2]])
        XCTAssertEqual(newLearners.map(\.phone), [nil, "0912345678"])
        XCTAssertEqual(newLearners.map(\.gender), [.male, .female])
        XCTAssertEqual(Set(snapshot.enrollments.filter { $0.classId == "L1" }.map(\.learnerId)),
                       Set(["HV1", "HV2"] + newLearners.map(\.id)))
        try assertStoreValid(store)
        // The two files written are taken back by one undo.
        _ = try StoreWrite.undo.performed(in: store, now: now)
        XCTAssertEqual(try files(store), before)
    }

    // MARK: a Windows-1258 CSV of donors

    func testAWindows1258ListOfDonors() throws {
        let store = try StoreFixture.folder(self)
        let folder = try makeTemporaryFolder(self)
        let donors = ["Công ty TNHH Hưng Thịnh", "Ông Nguyễn Văn Tường", "Bà Lê Thị Thủy", "Hội Cựu chiến binh phường"]
        let text = CSVText(separator: ";", byteOrderMark: false).render(
            header: ["TT", "Họ tên người ủng hộ", "Số tiền", "Ngày", "Nội dung"], rows: [
                ["1", donors[0], "5.000.000", "06/10/2022", "Quỹ khuyến học"],
                ["2", donors[1], "1,5tr", "6/10/22", "Phần thưởng học sinh giỏi"],
                ["3", donors[2], "200k", "2022-10-06", ""],
                ["4", donors[3], "", "06/10/2022", "Sách vở"],
            ])
        let utf8 = try ImportFixtures.write(Array(text.utf8), "utf8.csv", in: folder)
        let path = URL(fileURLWithPath: folder).appendingPathComponent("ung-ho.csv").path
        try ImportFixtures.python(ImportFixtures.cp1258Script, [utf8, path])
        let options = ImportOptions(kind: .donations, branchId: "KP01", now: now)
        var list = try ListImport.prepare(path: path, options: options, folder: store)
        XCTAssertEqual(list.encodings[1], .cp1258)
        XCTAssertEqual(list.plan.refused.flatMap { list.plan.entries[$0].problems }.map(\.text),
                       ["Dòng 5, cột \"Số tiền\": để trống: mỗi khoản ủng hộ cần số tiền"])
        _ = try list.write(in: store, skipBad: true)
        let snapshot = try StoreLoader.load(directory: store)
        let added = snapshot.donations.suffix(3)
        assertNFC(added.map(\.donor), Array(donors.prefix(3)))
        XCTAssertEqual(added.map(\.amount), [5_000_000, 1_500_000, 200_000])
        XCTAssertEqual(Set(added.map(\.date)), [CalendarDate(year: 2022, month: 10, day: 6)!])
        XCTAssertEqual(added.map(\.branch), ["KP01", "KP01", "KP01"])
        try assertStoreValid(store)
        // The same gifts again are caught.
        list = try ListImport.prepare(path: path, options: options, folder: store)
        XCTAssertEqual(list.plan.entries.compactMap(\.note).count, 3)
        XCTAssertTrue(list.plan.entries[0].note?.contains("đã có khoản ủng hộ") == true)
    }

    // MARK: the store's own rules

    func testTheStoresRulesRefuseRowsAsAddDoes() throws {
        let store = try StoreFixture.folder(self)
        let folder = try makeTemporaryFolder(self)
        // A birth year in the future, and a class that does not exist in a column.
        let text = CSVText(byteOrderMark: false).render(header: ["Họ tên", "Năm sinh", "Mã lớp"], rows: [
            ["Bùi Văn Xuân", "2099", "L1"],
            ["Mai Thị Đào", "1980", "L9"],
            ["Tô Văn Hải", "1970", "L2"],
        ])
        let path = try ImportFixtures.write(Array(text.utf8), "lop.csv", in: folder)
        let list = try ListImport.prepare(path: path, options: ImportOptions(kind: .enrollments, now: now), folder: store)
        let problems = list.plan.refused.sorted().flatMap { list.plan.entries[$0].problems }
        XCTAssertEqual(problems.map { "\($0.row)|\($0.column ?? "")" }, ["2|Năm sinh", "3|Mã lớp"])
        XCTAssertTrue(problems[0].reason.contains("2099"), problems[0].reason)
        let report = try XCTUnwrap(try list.write(in: store, skipBad: true))
        XCTAssertEqual(report.records.map { $0.fields.first?.name }, ["Id", "Class"])
        try assertStoreValid(store)
    }
}
