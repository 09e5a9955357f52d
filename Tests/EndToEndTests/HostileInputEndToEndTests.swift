/// A table of hostile store contents, each run through check, report, roster, render and add.

import Foundation
import XCTest

final class HostileInputEndToEndTests: XCTestCase {
    /// One way a store file can be odd or hostile, and what `check` must answer.
    private struct Case {
        let name: String
        let file: String
        let change: (Data) -> Data
        let checkStatus: Int32
    }

    private static func insertingInFirstName(_ text: String) -> (Data) -> Data {
        { data in
            var s = String(decoding: data, as: UTF8.self)
            if let r = s.range(of: "\nName: ") { s.insert(contentsOf: text, at: r.upperBound) }
            return Data(s.utf8)
        }
    }

    private let cases: [Case] = [
        Case(name: "CRLF line ends", file: "awards.rec", change: { data in
            Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
        }, checkStatus: 0),
        Case(name: "a byte-order mark", file: "learners.rec", change: { Data([0xEF, 0xBB, 0xBF]) + $0 }, checkStatus: 0),
        Case(name: "a NUL in a name", file: "learners.rec", change: insertingInFirstName("\u{0}"), checkStatus: 1),
        Case(name: "an escape sequence in a name", file: "learners.rec", change: insertingInFirstName("\u{1B}[2J"), checkStatus: 1),
        Case(name: "a right-to-left override in a name", file: "learners.rec", change: insertingInFirstName("\u{202E}"), checkStatus: 0),
        Case(name: "a zero-width space in a name", file: "learners.rec", change: insertingInFirstName("\u{200B}"), checkStatus: 0),
        Case(name: "a line of 5 MB", file: "awards.rec", change: { data in
            data + Data("\nId: KT9999\nDate: 2022-10-06\nRecipient: Dài\nKind: student\nCategory: C\nBranch: KP01\nSponsor: \(String(repeating: "x", count: 5_000_000))\n".utf8)
        }, checkStatus: 0),
    ]

    /// Runs `hoctap ARGS…`, failing if it takes more than 20 s; its status and what it printed.
    private static func hoctap(_ arguments: [String]) throws -> (Int32, String) {
        let run = try ProgramRun.hoctap(arguments, timeout: 20)
        return (run.status, run.output)
    }

    private static func unsafeScalars(_ text: String) -> Int {
        // A paper's own structure is not the store's: the form feed between text pages and the
        // CR of a CSV's CRLF line ends.
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.filter { i in
            let s = scalars[i]
            if s == "\u{0C}" || (s == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n") { return false }
            return (s.value < 0x20 && s != "\n") || (0x7F...0x9F).contains(s.value)
                || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
        }.map { scalars[$0] }.count
    }

    /// What went wrong, case by case, collected from the threads that run the cases.
    private final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var found: [String] = []
        func add(_ more: [String]) { lock.withLock { found += more } }
        var all: [String] { lock.withLock { found } }
    }

    func testEveryCommandAnswersEveryHostileStoreSafely() throws {
        // Each case is a store of its own and some ten runs of the program: the cases run side by side.
        var runs: [(name: String, checkStatus: Int32, store: String)] = []
        for c in cases {
            let store = try demoStoreCopy(prefix: "hoctap-hostile-input")
            let path = store.appendingPathComponent(c.file)
            try c.change(try Data(contentsOf: path)).write(to: path)
            runs.append((c.name, c.checkStatus, store.path))
        }
        let failures = Failures()
        let all = runs
        DispatchQueue.concurrentPerform(iterations: runs.count) { i in
            do {
                failures.add(try Self.problems(name: all[i].name, checkStatus: all[i].checkStatus, store: all[i].store))
            } catch {
                failures.add(["\(all[i].name): \(error)"])
            }
        }
        XCTAssertEqual(failures.all, [])
    }

    /// Every command on one hostile store: what it did wrong, in words; empty when all is well.
    private static func problems(name: String, checkStatus: Int32, store s: String) throws -> [String] {
        var out: [String] = []
        func expect(_ ok: Bool, _ message: @autoclosure () -> String) { if !ok { out.append("\(name): " + message()) } }
        let (checked, report) = try hoctap(["check", "--store", s])
        expect(checked == checkStatus, "check said \(checked)\n\(report.suffix(400))")
        for arguments in [["report", "--store", s], ["report", "--store", s, "--format", "json"],
                          ["roster", "--store", s, "--class", "LH01"],
                          ["render", "--store", s, "--pane", "overview", "--size", "80x24"],
                          ["render", "--store", s, "--pane", "classes", "--size", "120x40"],
                          ["render", "--store", s, "--pane", "awards", "--size", "200x60"]] {
            let (status, output) = try hoctap(arguments)
            expect(status == 0, "\(arguments[0]) failed:\n\(output.prefix(400))")
            expect(unsafeScalars(output) == 0, "\(arguments[0]) printed controls")
        }
        // A refused addition writes nothing; an accepted one is read back by check.
        let awards = URL(fileURLWithPath: s).appendingPathComponent("awards.rec")
        let before = try Data(contentsOf: awards)
        let (refused, refusal) = try hoctap(["add", "award", "--store", s, "--Recipient", "X\u{1B}]0;t\u{07}", "--Kind", "nobody",
                                             "--Category", "C", "--Branch", "KP01", "--Date", "2022-10-06"])
        expect(refused == 1, refusal)
        expect(unsafeScalars(refusal) == 0, "the refusal printed controls")
        expect(try Data(contentsOf: awards) == before, "a refused addition wrote")
        let (added, confirmation) = try hoctap(["add", "award", "--store", s, "--Recipient", "Nguyễn Văn Thêm", "--Kind", "student",
                                                "--Category", "Học sinh giỏi", "--Branch", "KP01", "--Date", "2022-10-06"])
        expect(added == 0, confirmation)
        let (after, afterReport) = try hoctap(["check", "--store", s])
        expect(after == checkStatus, "check after the addition said \(after):\n\(afterReport.suffix(400))")
        return out
    }
}
