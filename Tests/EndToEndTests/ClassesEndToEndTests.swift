// The classes pane in a real terminal: enroll a new learner through the form, find the records, recfix agrees.

import Foundation
import XCTest

final class ClassesEndToEndTests: XCTestCase {

    func testEnrollANewLearnerThroughTheForm() throws {
        let binary = TmuxSession.hoctapBinary
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: binary), "no binary at \(binary)")
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("hoctap-classes-e2e-\(getpid())").path
        try? FileManager.default.removeItem(atPath: store)
        defer { try? FileManager.default.removeItem(atPath: store) }
        let command = "cd /tmp && '\(binary)' init '\(store)' --demo >/dev/null && env -u HOCTAP_STORE TERM=tmux-256color '\(binary)' --store '\(store)'; "
            + "echo \"hoctap-exit=$?\"; sleep 600"
        let tmux = try TmuxSession(command: command, width: 120, height: 30)

        var r = try tmux.waitFor(timeout: 20) { self.screenText($0).contains("Tổng quan") }
        XCTAssertTrue(r.ok, "the dashboard never appeared:\n\(screenText(r.screen))")
        try tmux.send("2")
        r = try tmux.waitFor { self.screenText($0).contains("Sĩ số") }
        XCTAssertTrue(r.ok, "no classes pane:\n\(screenText(r.screen))")

        try tmux.send("a")
        r = try tmux.waitFor { self.screenText($0).contains("Ghi danh học viên vào lớp") }
        XCTAssertTrue(r.ok, "a did not open the form:\n\(screenText(r.screen))")
        // A name with a q in it: typing must not quit.
        try tmux.run(["send-keys", "-t", tmux.name, "-l", "Quách Thị Mai Hương"])
        try tmux.send("Tab", "Right", "Tab", "1", "9", "9", "0", "Tab")
        try tmux.run(["send-keys", "-t", tmux.name, "-l", "Khu phố 3"])
        try tmux.send("Tab", "Tab")
        try tmux.run(["send-keys", "-t", tmux.name, "-l", "12345"])
        try tmux.send("Enter")
        r = try tmux.waitFor { self.screenText($0).contains("Số di động 10 số") }
        XCTAssertTrue(r.ok, "a bad phone number was not refused inline:\n\(screenText(r.screen))")
        try tmux.send("BSpace", "BSpace", "BSpace", "BSpace", "BSpace")
        try tmux.run(["send-keys", "-t", tmux.name, "-l", "0912345678"])
        try tmux.send("Enter")
        r = try tmux.waitFor(timeout: 20) { s in
            !self.screenText(s).contains("Ghi danh học viên vào lớp") && self.screenText(s).contains("Quách Thị Mai")
        }
        XCTAssertTrue(r.ok, "the new learner is not on the roster:\n\(screenText(r.screen))")

        let learners = try String(contentsOfFile: store + "/learners.rec", encoding: .utf8)
        let attendance = try String(contentsOfFile: store + "/attendance.rec", encoding: .utf8)
        let record = try XCTUnwrap(learners.components(separatedBy: "\n\n").first { $0.contains("Quách Thị Mai Hương") }, learners.suffix(400).description)
        XCTAssertTrue(record.contains("BirthYear: 1990") && record.contains("Phone: 0912345678") && record.contains("Gender: F"), record)
        let id = try XCTUnwrap(record.split(separator: "\n").first { $0.hasPrefix("Id: ") }).dropFirst(4)
        XCTAssertTrue(attendance.contains("Class: LH01\nLearner: \(id)\n"), "no enrollment of \(id) in LH01")

        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/recfix") else { throw XCTSkip("recfix is not installed") }
        for file in ["learners.rec", "attendance.rec"] {
            let recfix = Process()
            recfix.executableURL = URL(fileURLWithPath: "/usr/bin/recfix")
            recfix.arguments = ["--check", store + "/" + file]
            try recfix.run()
            recfix.waitUntilExit()
            XCTAssertEqual(recfix.terminationStatus, 0, "recfix --check \(file) failed")
        }

        try tmux.send("q")
        r = try tmux.waitFor { self.screenText($0).contains("hoctap-exit=") }
        XCTAssertTrue(screenText(r.screen).contains("hoctap-exit=0"), screenText(r.screen))
    }
}
