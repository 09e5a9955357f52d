// Runs of empty lines are passed over in one step; the records, lines and problems are those of a reading that takes them one at a time.

import XCTest
@testable import Recfile

final class EmptyLineRunTests: XCTestCase {
    /// What a reading gave: each record as Strings, and the problems.
    private struct Reading: Equatable {
        var records: [RecRecord] = []
        var problems: [StoreProblem] = []
    }

    private struct Collect: RawRecordSink {
        var records: [RecRecord] = []

        mutating func take(_ record: RawRecord) {
            records.append(RecRecord(set: record.set, line: record.line, fields: record.fields.map(RecAssembler.recField),
                                     hasSyntaxErrors: record.hasSyntaxErrors))
        }
    }

    /// `bytes` read in the pieces that end at `cuts` (offsets, ascending), as a large file is.
    private func read(_ bytes: [UInt8], cuts: [Int]) -> Reading {
        bytes.withUnsafeBufferPointer { all in
            var scanner = RecScanner(file: "t.rec")
            var sink = Collect()
            var from = 0
            for end in cuts + [all.count] where end >= from {
                scanner.scan(UnsafeBufferPointer(rebasing: all[from..<end]), base: from, isFinal: end == all.count, into: &sink)
                from = end
            }
            return Reading(records: sink.records, problems: StoreProblem.sorted(scanner.out.problems))
        }
    }

    /// Texts of records, comments, descriptors, continuation lines, a backslash before empty
    /// lines, lines of spaces, carriage returns and runs of empty lines, read whole and read in
    /// pieces cut after every empty line that ends a record (so no run of them is read in one go).
    func testRunsOfEmptyLinesReadAsOneAtATime() {
        let parts = ["%rec: Award\n", "Id: 1\n", "Name: Lê Hòa\n", "Note: a \\\n", "+ more\n", "# note\n", "\n", "\n\n",
                     "\n\n\n\n", " \n", "\t\n", "\r\n", "Bad line\n", "Id: 2\r\n", "%rec: Other\n", "X: y\\\n", "\n"]
        var generator = SystemRandomNumberGenerator()
        var texts = ["", "\n", "\n\n\n", "Id: 1\n\n\n\nId: 2\n", "Id: 1\\\n\n\nId: 2\n", "Id: 1\n\n\n", "\n\nId: 1"]
        for _ in 0..<2_000 {
            texts.append((0..<Int.random(in: 1...30, using: &generator)).map { _ in parts.randomElement(using: &generator)! }.joined())
        }
        var passedOver = 0
        for text in texts {
            let bytes = Array(text.utf8)
            var cuts: [Int] = []
            for i in bytes.indices where bytes[i] == 0x0A && i > 0 && bytes[i - 1] == 0x0A
                && (i < 2 || bytes[i - 2] != UInt8(ascii: "\\")) {
                cuts.append(i + 1)
            }
            if cuts.count > 1 { passedOver += 1 }
            XCTAssertEqual(read(bytes, cuts: []), read(bytes, cuts: cuts), text.debugDescription)
        }
        XCTAssertGreaterThan(passedOver, 1_000, "the texts hold runs of empty lines")
    }
}
