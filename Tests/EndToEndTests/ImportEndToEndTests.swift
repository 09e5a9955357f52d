/// `hoctap import` as the clerk runs it: the preview, exit status 1 and nothing written while a row is refused, `--skip-bad` writing the rest, `check` clean after, and `hoctap undo` taking the whole import back.

import Foundation
import XCTest

final class ImportEndToEndTests: XCTestCase {
    func testARefusedRowStopsTheWriteUntilSkipped() throws {
        let store = try demoStoreCopy(prefix: "hoctap-import")
        let folder = try makeTemporaryFolder(prefix: "hoctap-import-list")
        let csv = URL(fileURLWithPath: folder).appendingPathComponent("hoc-vien.csv")
        let text = "DANH SÁCH HỌC VIÊN KHU PHỐ 1\r\n\r\nSTT;Họ và tên;Năm sinh;Giới tính;Khu phố\r\n"
            + "1;Quách Thị Ngọc Diễm;1987;Nữ;Khu phố 1\r\n2;Âu Dương Phong;19x7;Nam;Khu phố 1\r\n3;La Văn Cầu;1962;Nam;Khu phố 1\r\n"
        try Data(text.utf8).write(to: csv)
        let learners = store.appendingPathComponent("learners.rec")
        let before = try Data(contentsOf: learners)

        var run = try ProgramRun.hoctap(["import", "learners", csv.path, "--store", store.path])
        XCTAssertEqual(run.status, 1, run.output)
        XCTAssertTrue(run.output.contains("Dòng 5, cột \"Năm sinh\": không đọc được ngày/năm sinh \"19x7\""), run.output)
        XCTAssertTrue(run.output.contains("Sẽ ghi: 2 học viên mới (learners.rec)"), run.output)
        XCTAssertTrue(run.output.contains("Không ghi gì: 1 dòng bị từ chối"), run.output)
        XCTAssertEqual(try Data(contentsOf: learners), before)

        run = try ProgramRun.hoctap(["import", "learners", csv.path, "--store", store.path, "--skip-bad", "--dry-run"])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.contains("không ghi gì"), run.output)
        XCTAssertEqual(try Data(contentsOf: learners), before)

        run = try ProgramRun.hoctap(["import", "learners", csv.path, "--store", store.path, "--skip-bad"])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.contains("Đã ghi 2 học viên vào learners.rec, bỏ qua 1 dòng bị từ chối"), run.output)
        let after = try String(contentsOf: learners, encoding: .utf8)
        XCTAssertTrue(after.contains("Name: Quách Thị Ngọc Diễm\nGender: F\nBirthYear: 1987"), after)
        XCTAssertTrue(after.contains("Name: La Văn Cầu"), after)
        XCTAssertFalse(after.contains("Âu Dương Phong"), after)
        run = try ProgramRun.hoctap(["check", "--store", store.path])
        XCTAssertEqual(run.status, 0, run.output)

        // The same list again: both are there, and nothing new is written.
        run = try ProgramRun.hoctap(["import", "learners", csv.path, "--store", store.path, "--skip-bad"])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.contains("— dùng lại") || run.output.contains("— không ghi lại"), run.output)
        XCTAssertTrue(run.output.contains("Không có gì mới để ghi."), run.output)

        run = try ProgramRun.hoctap(["undo", "--store", store.path])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertEqual(try Data(contentsOf: learners), before, "one undo takes the whole import back")
    }

    func testAFileThatIsNoListIsNamed() throws {
        let store = try demoStoreCopy(prefix: "hoctap-import")
        let folder = try makeTemporaryFolder(prefix: "hoctap-import-list")
        let bad = URL(fileURLWithPath: folder).appendingPathComponent("cu.xlsx")
        try Data("not a zip".utf8).write(to: bad)
        let run = try ProgramRun.hoctap(["import", "awards", bad.path, "--store", store.path])
        XCTAssertEqual(run.status, 1, run.output)
        XCTAssertTrue(run.output.contains("\(bad.path): không phải tệp Excel .xlsx"), run.output)
    }
}
