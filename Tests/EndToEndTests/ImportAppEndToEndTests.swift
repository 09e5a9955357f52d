// The import in the app, in a real terminal on a copy of the demo: i on the classes pane, a path typed with ~, the
// preview naming the refused row, b to skip it, the learners written and enrolled in the selected class, the status
// line saying so, check clean, and u taking the whole import back.

import Foundation
import XCTest

final class ImportAppEndToEndTests: XCTestCase {
    func testALearnersListIsImportedIntoTheSelectedClassThroughTheApp() throws {
        let store = try demoStoreCopy(prefix: "hoctap-importapp-e2e")
        let home = try makeTemporaryFolder(prefix: "hoctap-importapp-home")
        let text = "DANH SÁCH HỌC VIÊN\r\n\r\nSTT;Họ và tên;Năm sinh;Giới tính;Khu phố\r\n"
            + "1;Quách Thị Ngọc Diễm;1987;Nữ;Khu phố 1\r\n2;Âu Dương Phong;19x7;Nam;Khu phố 1\r\n3;La Văn Cầu;1962;Nam;Khu phố 1\r\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: home).appendingPathComponent("hoc-vien.csv"))
        let learnersFile = store.appendingPathComponent("learners.rec")
        let enrollmentsFile = store.appendingPathComponent("attendance.rec")
        let learners = try Data(contentsOf: learnersFile), enrollments = try Data(contentsOf: enrollmentsFile)

        let binary = TmuxSession.hoctapBinary
        let tmux = try TmuxSession(command: "env -u HOCTAP_STORE HOME='\(home)' TERM=tmux-256color '\(binary)' --store '\(store.path)'; sleep 600",
                                   width: 120, height: 40)
        try expect(tmux, "the overview did not open", timeout: 20) { $0.contains("Lễ phát động") }
        try tmux.send("2")
        try expect(tmux, "the classes pane did not open") { $0.contains("LH01") }
        try tmux.send("i")
        try expect(tmux, "i did not open the import form") { $0.contains("Nhập danh sách từ tệp") && $0.contains("LH01") }
        try fill(tmux, "~/hoc-vien.csv", "[Enter]")
        try expect(tmux, "the preview did not show") {
            $0.contains("Xem trước: ~/hoc-vien.csv") && $0.contains("Sẽ ghi: 2 học viên mới (learners.rec), 2 ghi danh mới (attendance.rec)")
                && $0.contains("Dòng 5, cột \"Năm sinh\"") && $0.contains("b: bỏ qua các dòng lỗi")
        }
        // Enter alone writes nothing while a row is refused.
        try tmux.send("Enter")
        try expect(tmux, "Enter did not say what b does") { $0.contains("nhấn b để bỏ qua các dòng lỗi") }
        XCTAssertEqual(try Data(contentsOf: learnersFile), learners)
        try tmux.send("b")
        try expect(tmux, "the import was not written") { $0.contains("Đã nhập hoc-vien.csv: 2 học viên, 2 ghi danh") && !$0.contains("Xem trước") }

        let written = try String(contentsOf: learnersFile, encoding: .utf8)
        XCTAssertTrue(written.contains("Name: Quách Thị Ngọc Diễm\nGender: F\nBirthYear: 1987"), written)
        XCTAssertTrue(written.contains("Name: La Văn Cầu"), written)
        XCTAssertFalse(written.contains("Âu Dương Phong"), written)
        let enrolled = try String(contentsOf: enrollmentsFile, encoding: .utf8)
        XCTAssertEqual(enrolled.components(separatedBy: "Class: LH01").count - String(decoding: enrollments, as: UTF8.self)
            .components(separatedBy: "Class: LH01").count, 2, "two new enrollments in LH01")
        let check = try ProgramRun.hoctap(["check", "--store", store.path])
        XCTAssertEqual(check.status, 0, check.output)

        // One u takes the whole import back.
        try tmux.send("u")
        try expect(tmux, "u did not undo the import") { $0.contains("Đã hoàn tác") }
        XCTAssertEqual(try Data(contentsOf: learnersFile), learners)
        XCTAssertEqual(try Data(contentsOf: enrollmentsFile), enrollments)
    }
}
