/// Escape sequences in store values or arguments never reach the terminal from any command's output.

import Foundation
import XCTest

final class HostileOutputEndToEndTests: XCTestCase {
    /// Clear screen, a window title (OSC 0), a clipboard write (OSC 52), a bell, a C1 CSI, a
    /// right-to-left override, a tab and a carriage return.
    private let hostile = "\u{1B}[2J\u{1B}]0;owned\u{07}\u{1B}]52;c;aGk=\u{07}\u{9B}31m\u{202E}nA\tx\ry"

    /// Runs `hoctap ARGS…`; its status and everything it wrote on standard output and error.
    private func hoctap(_ arguments: [String], in folder: URL) throws -> (Int32, String) {
        let run = try ProgramRun.hoctap(arguments)
        return (run.status, run.output)
    }

    /// The C0 controls but the line break, DEL, the C1 controls and the bidi controls.
    private func unsafeScalars(_ text: String) -> [String] {
        // A paper's own structure is not the store's: the form feed between text pages and the
        // CR of a CSV's CRLF line ends.
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.filter { i in
            let s = scalars[i]
            if s == "\u{0C}" || (s == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n") { return false }
            return (s.value < 0x20 && s != "\n") || (0x7F...0x9F).contains(s.value)
                || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
        }.map { scalars[$0] }.map { String(format: "U+%04X", $0.value) }
    }

    func testNoCommandPrintsAControlCharacterFromTheStoreOrItsArguments() throws {
        let store = try demoStoreCopy(prefix: "hoctap-hostile")
        // The first enrolled learner of the store gets the hostile name.
        let attendance = try String(contentsOf: store.appendingPathComponent("attendance.rec"), encoding: .utf8)
        let firstClass = try XCTUnwrap(attendance.range(of: "\nClass: "))
        let classId = String(attendance[firstClass.upperBound...].prefix { $0 != "\n" })
        let firstLearner = try XCTUnwrap(attendance.range(of: "\nLearner: "))
        let learner = String(attendance[firstLearner.upperBound...].prefix { $0 != "\n" })
        let learners = store.appendingPathComponent("learners.rec")
        var text = try String(contentsOf: learners, encoding: .utf8)
        let nameLine = try XCTUnwrap(text.range(of: "Id: \(learner)\nName: ")).upperBound
        text.insert(contentsOf: hostile, at: nameLine)
        try text.write(to: learners, atomically: true, encoding: .utf8)

        let runs: [[String]] = [
            ["check", "--store", store.path],
            ["report", "--store", store.path],
            ["report", "--store", store.path, "--format", "json"],
            ["roster", "--store", store.path, "--class", classId],
            ["roster", "--store", store.path, "--class", classId, "--format", "csv"],
            ["roster", "--store", store.path, "--class", classId, "--format", "md"],
            ["roster", "--store", store.path, "--class", hostile],
            ["add", "award", "--store", store.path, "--Recipient", hostile, "--Kind", "student",
             "--Category", hostile, "--Branch", "KP01", "--Date", "2022-10-06"],
            ["add", "award", "--store", store.path, "--Recipient", "X", "--Kind", hostile, "--Category", "C",
             "--Branch", "KP01", "--Date", "2022-10-06"],
            ["add", hostile, "--store", store.path],
        ]
        var sawTheName = false
        for arguments in runs {
            let (status, output) = try hoctap(arguments, in: store)
            XCTAssertEqual(unsafeScalars(output), [], "\(arguments.prefix(4)) printed controls (status \(status))")
            if output.contains("owned") { sawTheName = true }
        }
        XCTAssertTrue(sawTheName, "the hostile name was printed somewhere, made harmless")
    }
}
