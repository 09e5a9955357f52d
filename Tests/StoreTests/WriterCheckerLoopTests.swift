/// Eight writer processes appending while a checker reads the file in a loop: no torn record in the middle, none lost.

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

final class WriterCheckerLoopTests: XCTestCase {
    /// Eight children append 40 records each (one to three per call, some of 20–200 KB) while this
    /// process reads the file over and over. Each read, all of it but the last record (which may
    /// be an append under way) must parse with no problem into whole records, none twice, and
    /// every record confirmed before the read began must be in it. Bounded to 30 s.
    func testCheckerLoopSeesNoTornRecordAndLosesNoneConfirmed() throws {
        let folder = try makeTemporaryFolder(self)
        let path = folder + "/" + WriterChildTests.fileName
        let log = folder + "/children.log"
        let writers = 8, perChild = 40
        let children = try (0..<writers).map { k in
            try WriterHarness.spawn([
                "HOCTAP_WRITER_CHILD": "checked", "HOCTAP_WRITER_DIR": folder,
                "HOCTAP_WRITER_FIRST": String(k * 1_000), "HOCTAP_WRITER_COUNT": String(perChild),
            ], log: log)
        }
        for child in children { _ = fcntl(child.channel, F_SETFL, fcntl(child.channel, F_GETFL) | O_NONBLOCK) }
        var pending = Array(repeating: [UInt8](), count: writers)
        var open = Array(repeating: true, count: writers)
        var confirmed = Set<Int>()
        var reads = 0, partialTails = 0
        let started = Date()
        while open.contains(true), Date().timeIntervalSince(started) < 30 {
            for k in 0..<writers where open[k] {
                open[k] = drain(children[k].channel, into: &pending[k], confirmed: &confirmed)
            }
            let before = confirmed
            guard let bytes = FileManager.default.contents(atPath: path).map(Array.init) else { continue }
            reads += 1
            // Records end in a line break and are parted by a blank line; no value holds a blank
            // line, so everything up to the last blank line is records already written whole.
            let cut = lastBlankLine(in: bytes)
            let settled = RecParser.parse(bytes[..<cut], file: "crash.rec")
            XCTAssertEqual(settled.problems, [], "a problem before the last record (read \(reads))")
            let numbers = settled.records.map(WriterHarness.wholeRecordNumber)
            XCTAssertFalse(numbers.contains(nil), "a torn record before the last one (read \(reads))")
            let last = RecParser.parse(bytes[cut...], file: "crash.rec").records
            let lastWhole = last.count == 1 ? WriterHarness.wholeRecordNumber(last[0]) : nil
            let all = numbers.compactMap { $0 } + (lastWhole.map { [$0] } ?? [])
            XCTAssertEqual(Set(all).count, all.count, "a record twice (read \(reads))")
            XCTAssertEqual(before.subtracting(all), [], "confirmed records missing (read \(reads))")
            if cut < bytes.count, lastWhole == nil || bytes.last != 0x0A { partialTails += 1 }
        }
        for k in 0..<writers {
            let status = children[k].wait()
            XCTAssertTrue(WriterHarness.exitedCleanly(status), "child \(k) status \(status)")
        }
        let final = try RecParser.parse(contentsOf: path, as: "crash.rec")
        XCTAssertEqual(final.problems, [])
        XCTAssertEqual(final.records.compactMap(WriterHarness.wholeRecordNumber).count, writers * perChild)
        XCTAssertEqual(confirmed.count, writers * perChild)
        print("checker loop: \(reads) reads, \(partialTails) caught an append under way, "
              + "\(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    }

    /// Reads what the child confirmed so far; false once its pipe is closed.
    private func drain(_ fd: Int32, into pending: inout [UInt8], confirmed: inout Set<Int>) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                pending += chunk[..<n]
                while let newline = pending.firstIndex(of: 0x0A) {
                    let line = String(decoding: pending[..<newline], as: UTF8.self)
                    pending.removeSubrange(...newline)
                    if line.hasPrefix("A "), let number = Int(line.dropFirst(2)) { confirmed.insert(number) }
                }
            } else if n < 0, errno == EINTR {
                continue
            } else {
                return n < 0
            }
        }
    }

    /// The index just past the last `\n\n`, or 0.
    private func lastBlankLine(in bytes: [UInt8]) -> Int {
        var i = bytes.count - 1
        while i > 0 {
            if bytes[i] == 0x0A, bytes[i - 1] == 0x0A { return i + 1 }
            i -= 1
        }
        return 0
    }
}
