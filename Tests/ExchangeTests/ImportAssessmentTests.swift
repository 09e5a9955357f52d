/// An assessment sheet imported: a subject a row by name or id, a column an item by its code or words, scores checked against the set, duplicates skipped, the result computed by the set's rule.

import Foundation
import Store
import StoreFixtures
import VietText
import XCTest
@testable import Exchange

final class ImportAssessmentTests: XCTestCase {
    private let now = "2023-12-05 09:00"

    private func store() throws -> String {
        let folder = try makeTemporaryFolder(self)
        for (name, bytes) in StoreFixture.assessedFiles() {
            try Data(bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
        }
        return folder
    }

    private func options(year: Int) -> ImportOptions {
        var options = ImportOptions(kind: .assessments, now: now)
        options.setId = "CDHT-324"
        options.calendarYear = year
        return options
    }

    func testAWorkbookOfScoresByNameAndByCode() throws {
        try ImportFixtures.requireOpenpyxl()
        let store = try store()
        let path = URL(fileURLWithPath: try makeTemporaryFolder(self)).appendingPathComponent("cham-diem.xlsx").path
        // A title, codes spelled three ways and one item by its words, a name typed in small
        // letters, an unknown person, a score above the maximum, an item left blank, HV1 twice.
        try ImportFixtures.python("""
            import sys, openpyxl
            wb = openpyxl.Workbook(); ws = wb.active
            ws.append(["BẢNG CHẤM ĐIỂM CÔNG DÂN HỌC TẬP NĂM 2023"])
            ws.append(["STT", "Mã", "Họ và tên", "Chỉ tiêu 1", "CT 2", "3", "4", "5", "6", "7", "8", "9", "10", "Người đánh giá"])
            ws.append([1, None, "nguyễn thị hòa", 9, 9, 9, 9, 8, 8, 8, 8, 8, 8, "Chi hội khu phố 1"])
            ws.append([2, "HV2", None, 10, 10, 10, 10, 10, 10, 10, 10, 4, 8, None])
            ws.append([3, None, "Lê Minh Đức", 10, 10, 10, 10, 10, None, 10, 10, 10, 10, None])
            ws.append([4, None, "Người Lạ", 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, None])
            ws.append([5, "HV1", None, 10, 11, 10, 10, 10, 10, 10, 10, 10, 10, None])
            ws.append([6, "HV1", None, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, None])
            wb.save(sys.argv[1])
            """, [path])
        let list = try ListImport.prepare(path: path, options: options(year: 2023), folder: store)
        XCTAssertEqual(list.map.items.map(\.header), ["Chỉ tiêu 1", "CT 2", "3", "4", "5", "6", "7", "8", "9", "10"])
        XCTAssertEqual(list.map.items.map(\.item), Array(0..<10))
        XCTAssertEqual(list.plan.refused.sorted().flatMap { list.plan.entries[$0].problems }.map(\.text), [
            "Dòng 6, cột \"Họ và tên\": không có học viên tên \"Người Lạ\" trong kho",
            "Dòng 7, cột \"CT 2\": 11 điểm: chỉ tiêu 2 tối đa 10 điểm",
        ])
        let written = list.plan.entries.filter { $0.writes && !$0.isRefused }
        XCTAssertEqual(written.map { $0.row.value("Subject") }, ["HV1", "HV2", "HV3"])
        XCTAssertEqual(written.map(\.row.summary), ["84/100 điểm — Công nhận", "92/100 điểm — Không đạt",
                                                     "90/100 điểm — Chưa chấm đủ các chỉ tiêu"])
        XCTAssertEqual(list.plan.entries.last?.note, "trùng HV1 ở dòng 3 — bỏ qua")
        let preview = ImportPreview.text(list)
        XCTAssertTrue(preview.contains("Bộ tiêu chí CDHT-324"), preview)
        XCTAssertTrue(preview.contains("Dòng 3: Nguyễn Thị Hòa (HV1) — 84/100 điểm — Công nhận — Chi hội khu phố 1"), preview)

        let report = try XCTUnwrap(try list.write(in: store, skipBad: true))
        XCTAssertEqual(report.records.count, 3)
        let snapshot = try StoreLoader.load(directory: store)
        XCTAssertEqual(snapshot.errors.map(\.description), [])
        let added = snapshot.assessments.filter { $0.year == 2023 }
        XCTAssertEqual(added.map(\.subject), ["HV1", "HV2", "HV3"])
        XCTAssertEqual(added[2].scores, [10, 10, 10, 10, 10, nil, 10, 10, 10, 10])
        let set = try XCTUnwrap(snapshot.criteriaSets.first { $0.id == "CDHT-324" })
        XCTAssertEqual(added.map { set.result(of: $0) }, [.recognized, .notRecognized, .incomplete])
        if let recutils = Recutils.find() {
            try recutils.assertChecks(URL(fileURLWithPath: store).appendingPathComponent("assessments.rec").path)
        }
        // The same sheet again: every subject is assessed for 2023 already.
        let again = try ListImport.prepare(path: path, options: options(year: 2023), folder: store)
        XCTAssertEqual(again.plan.entries.filter { $0.writes && !$0.isRefused }.count, 0)
        XCTAssertTrue(again.plan.entries[0].note?.contains("đã có kết quả đánh giá theo bộ CDHT-324 năm 2023") == true)
    }

    func testAnOldFontCSVBySubjectIdForFamilies() throws {
        let store = try store()
        var options = ImportOptions(kind: .assessments, now: now)
        options.setId = "GD-T"
        // TCVN3 bytes of the header and names; the items by their own words.
        let text = "Mã hộ,Chủ hộ,Trẻ em đi học,Người lớn học tập\nGD3,Lê Thị Thu,8,7\nGD9,,10,10\n"
        let bytes = try XCTUnwrap(LegacyEncoding.tcvn3.encode(text))
        let path = try ImportFixtures.write(bytes, "gia-dinh.csv", in: try makeTemporaryFolder(self))
        let list = try ListImport.prepare(path: path, options: options, folder: store)
        XCTAssertEqual(list.map.items.map(\.item), [0, 1])
        XCTAssertEqual(list.plan.entries.first?.row.value("Scores"), "8,7")
        XCTAssertEqual(list.plan.entries.first?.row.value("Year"), "2023", "the year of the import's day with no --year")
        XCTAssertEqual(list.plan.refused.flatMap { list.plan.entries[$0].problems }.map(\.text),
                       ["Dòng 3, cột \"Mã hộ\": không có hộ gia đình mã \"GD9\" trong kho"])
    }

    func testASheetWithoutItemColumnsOrSetIsRefusedWithWhatItNeeds() throws {
        let store = try store()
        let path = try ImportFixtures.write(Array("Họ và tên,Điểm\nNguyễn Thị Hòa,80\n".utf8), "x.csv", in: try makeTemporaryFolder(self))
        XCTAssertThrowsError(try ListImport.prepare(path: path, options: options(year: 2023), folder: store)) { error in
            XCTAssertTrue("\(error)".contains("một cột điểm cho mỗi chỉ tiêu"), "\(error)")
        }
        var noSet = options(year: 2023)
        noSet.setId = nil
        XCTAssertThrowsError(try ListImport.prepare(path: path, options: noSet, folder: store)) { error in
            XCTAssertTrue("\(error)".contains("cần --set"), "\(error)")
        }
    }

    func testItemColumnsAreKnownByCodeWithDotsKept() {
        let items = ["1", "1.1", "11", "2.1"].map { Criterion(set: "S", code: $0, text: "Nội dung \($0)", maximum: 10, group: nil,
                                                               isRequired: false, status: .given) }
        XCTAssertEqual(ItemColumn.match("1.1", items: items), 1)
        XCTAssertEqual(ItemColumn.match("11", items: items), 2)
        XCTAssertEqual(ItemColumn.match("Tiêu chí 2.1:", items: items), 3)
        XCTAssertEqual(ItemColumn.match("CT1", items: items), 0)
        XCTAssertNil(ItemColumn.match("Ghi chú", items: items))
    }
}

/// The preview's hints name what the clerk can use where they are: the command's options, or the
/// dialog's fields in the dashboard (where there is no --branch to type).
final class ImportAudienceTests: XCTestCase {
    func testHintsNameTheDialogsFieldsInTheApp() throws {
        let store = try StoreFixture.folder(self)
        let path = try ImportFixtures.write(Array("Họ và tên,Thành tích,Ghi chú\nLê Văn A,Học sinh giỏi,x\n".utf8), "k.csv",
                                            in: try makeTemporaryFolder(self))
        var options = ImportOptions(kind: .awards, year: SchoolYear(startYear: 2022), now: "2023-10-20 09:00")
        let command = try ListImport.prepare(path: path, options: options, folder: store)
        let commandText = ImportPreview.text(command)
        XCTAssertTrue(commandText.contains("--branch MÃ-CHI-HỘI"), commandText)
        XCTAssertTrue(commandText.contains("dùng --map"), commandText)
        options.audience = .dialog
        let dialog = try ListImport.prepare(path: path, options: options, folder: store)
        let dialogText = ImportPreview.text(dialog)
        XCTAssertTrue(dialogText.contains("ô \"Chi hội (mã)\" của hộp nhập"), dialogText)
        XCTAssertFalse(dialogText.contains("--"), dialogText)
    }
}
