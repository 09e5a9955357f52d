/// Writers killed at every write, fsync, rename and ftruncate, a hand edit, the next writer: checked against a model.

import Foundation
import StoreFixtures
@testable import Recfile
import XCTest
@testable import Store

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// For each scenario, each `CrashPoint` moment (before a call, after it, a write torn half-way)
/// and each N from 1 until a child runs to its end: a writer child with `HOCTAP_CRASH_AT=N` runs
/// the steps on a file holding records 1 and 2, and confirms what each call acknowledged. After
/// it dies a person edits the file (in turn: appends a typed record in place, saves the whole
/// file with one added through a rename, or does nothing), then the next writer appends record
/// 90 (in turn after `RecWriter.recover`, or by itself). The file must then hold every
/// acknowledged record once and whole, every typed record, no record never written, and no
/// problem but what a torn record left in front of a hand edit (the case the recovery rule
/// leaves alone on purpose, see DECISIONS.md).
final class WriterCrashPointTests: XCTestCase {
    private static let initial = [1, 2]
    private static let next = 90

    func testAppendsOfOneRecordKilledAtEveryCall() throws {
        try run(steps: "a10;a11;a12")
    }

    func testAppendsOfBatchesKilledAtEveryCall() throws {
        try run(steps: "a10,11,12;a13,14")
    }

    func testRewriteThenAppendKilledAtEveryCall() throws {
        try run(steps: "d2;a10")
    }

    /// How a person changed the file between the kill and the next writer.
    private enum HandEdit: CaseIterable {
        case appendInPlace, renameSave, none
    }

    private func run(steps: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let root = try makeTemporaryFolder(self)
        let numbers = { (kind: Character) in
            Set(steps.split(separator: ";").filter { $0.first == kind }.flatMap { $0.dropFirst().split(separator: ",").compactMap { Int($0) } })
        }
        let (written, removing) = (numbers("a"), numbers("d"))
        var counts: [String] = []
        var run = 0
        for moment in [CrashPoint.Moment.before, .after, .torn] {
            var n = 1
            while true {
                let folder = root + "/\(moment.rawValue)-\(n)"
                let edit = HandEdit.allCases[run % HandEdit.allCases.count]
                let recoverFirst = run % 2 == 1
                let ended = try crashAndCheck(folder: folder, steps: steps, written: written, removing: removing, moment: moment, at: n,
                                              edit: edit, recoverFirst: recoverFirst, file: file, line: line)
                run += 1
                if ended { break }
                n += 1
                if n > 80 { return XCTFail("no child ran to its end", file: file, line: line) }
            }
            counts.append("\(moment.rawValue) \(n - 1)")
        }
        print("crash points for \(steps): \(counts.joined(separator: ", "))")
    }

    /// One run: true when the child ran to its end (N was past its last call).
    private func crashAndCheck(
        folder: String, steps: String, written: Set<Int>, removing: Set<Int>, moment: CrashPoint.Moment, at n: Int,
        edit: HandEdit, recoverFirst: Bool, file: StaticString, line: UInt
    ) throws -> Bool {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let name = WriterChildTests.fileName
        let path = folder + "/" + name
        try RecWriter.append(Self.initial.map(WriterHarness.record), to: name, in: folder)
        var child = try WriterHarness.spawn([
            "HOCTAP_WRITER_CHILD": "crash point", "HOCTAP_WRITER_DIR": folder, "HOCTAP_WRITER_STEPS": steps,
            "HOCTAP_CRASH_AT": String(n), "HOCTAP_CRASH_MODE": moment.rawValue,
        ], log: folder + ".log")
        var appended = Set<Int>(), deleted = Set<Int>()
        while let reply = child.nextLine() {
            let number = Int(reply.dropFirst(2))
            if reply.hasPrefix("A "), let number { appended.insert(number) }
            if reply.hasPrefix("D "), let number { deleted.insert(number) }
        }
        let status = child.wait()
        let where_ = "\(steps), \(moment.rawValue) call \(n), hand edit \(edit), recover first: \(recoverFirst)"
        let ended = WriterHarness.exitedCleanly(status)
        guard ended || WriterHarness.wasKilled(status) else {
            XCTFail("child failed (status \(status)) at \(where_): \(log(folder))", file: file, line: line)
            return true
        }

        let typed = "H\(n)"
        switch edit {
        case .appendInPlace:
            let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(("\n\n" + Self.handRecord(typed)).utf8))
            try handle.close()
        case .renameSave:
            let old = try Data(contentsOf: URL(fileURLWithPath: path))
            let saved = folder + "/" + name + ".saving"
            try (old + Data(("\n\n" + Self.handRecord(typed)).utf8)).write(to: URL(fileURLWithPath: saved))
            XCTAssertEqual(renameFile(saved, path), 0)
        case .none:
            break
        }
        if recoverFirst { _ = try RecWriter.recover(in: folder) }
        try RecWriter.append([WriterHarness.record(Self.next)], to: name, in: folder)

        let parsed = try RecParser.parse(contentsOf: path, as: name)
        var found: [Int] = [], hands: [(id: String, line: Int)] = [], others: [RecRecord] = []
        for record in parsed.records {
            if let number = WriterHarness.wholeRecordNumber(record) {
                found.append(number)
            } else if record.fields.map(\.name) == ["Id", "Hand"], record.value("Hand") == "typed by the clerk",
                      let id = record.value("Id") {
                hands.append((id, record.line))
            } else {
                others.append(record)
            }
        }
        // A record a rewrite was removing may be there or not until the rewrite is acknowledged.
        let acknowledged = Set(Self.initial).subtracting(removing).union(appended).union([Self.next])
        let possible = Set(Self.initial).union(written).union([Self.next])
        let say = "at \(where_):\n\(String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data(), as: UTF8.self).suffix(1500))"
        XCTAssertEqual(acknowledged.subtracting(found), [], "acknowledged records lost \(say)", file: file, line: line)
        XCTAssertEqual(Set(found).count, found.count, "a record appears twice \(say)", file: file, line: line)
        XCTAssertEqual(Set(found).subtracting(possible), [], "a record never written \(say)", file: file, line: line)
        XCTAssertEqual(Set(found).intersection(deleted), [], "a deleted record came back \(say)", file: file, line: line)
        XCTAssertEqual(hands.map(\.id), edit == .none ? [] : [typed], "the typed record \(say)", file: file, line: line)
        // A torn record may stay only in front of a hand edit, and then only one, above the typed record.
        let tornAllowed = moment == .torn && edit != .none
        if tornAllowed, let typedLine = hands.first?.line {
            XCTAssertLessThanOrEqual(others.count, 1, "more than one torn record \(say)", file: file, line: line)
            XCTAssertTrue(others.allSatisfy { $0.line < typedLine } && parsed.problems.allSatisfy { $0.line < typedLine },
                          "a problem after the typed record \(say)", file: file, line: line)
        } else {
            XCTAssertEqual(others.count, 0, "a torn or strange record \(say)", file: file, line: line)
            XCTAssertEqual(parsed.problems, [], "problems \(say)", file: file, line: line)
        }
        XCTAssertNil(RecWriter.unconfirmedAppend(in: folder), "the note was not cleared \(say)", file: file, line: line)
        if recoverFirst {
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter(RecWriter.isTemporaryName)
            XCTAssertEqual(leftovers, [], "temporary files left \(say)", file: file, line: line)
        }
        return ended
    }

    private static func handRecord(_ id: String) -> String {
        "Id: \(id)\nHand: typed by the clerk\n"
    }

    private func log(_ folder: String) -> String {
        String((try? String(contentsOfFile: folder + ".log", encoding: .utf8))?.suffix(2000) ?? "no log")
    }
}

/// `rename(2)`, under a name that does not clash with XCTest's.
private func renameFile(_ source: String, _ target: String) -> Int32 { rename(source, target) }
