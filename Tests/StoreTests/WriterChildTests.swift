/// The writer child: does nothing in a normal run; spawned by the crash and concurrency tests, it appends.

import Foundation
@testable import Recfile
import XCTest
@testable import Store

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// When `HOCTAP_WRITER_CHILD` is set, appends `HOCTAP_WRITER_COUNT` records numbered from
/// `HOCTAP_WRITER_FIRST` to `crash.rec` in `HOCTAP_WRITER_DIR`, one to three per append, and
/// right after each append returns writes `A <number>` lines to descriptor 3: the confirmation.
/// It first writes `R` there, once it is ready to write. With `HOCTAP_WRITER_HUGE` set it
/// instead appends, in one call, copies of a 64 KB record adding up to about that many bytes.
/// With `HOCTAP_WRITER_STEPS` set it instead runs those steps (see `runSteps`).
final class WriterChildTests: XCTestCase {
    static let fileName = "crash.rec"

    func testWriterChild() throws {
        let env = ProcessInfo.processInfo.environment
        guard env["HOCTAP_WRITER_CHILD"] != nil else { return }
        let folder = try XCTUnwrap(env["HOCTAP_WRITER_DIR"])
        if let steps = env["HOCTAP_WRITER_STEPS"] {
            confirm("R\n")
            try runSteps(steps, in: folder)
            return
        }
        let first = try XCTUnwrap(env["HOCTAP_WRITER_FIRST"].flatMap { Int($0) })
        let count = try XCTUnwrap(env["HOCTAP_WRITER_COUNT"].flatMap { Int($0) })
        if let huge = env["HOCTAP_WRITER_HUGE"].flatMap({ Int($0) }) {
            confirm("R\n")
            let record = WriterHarness.hugeRecord(first, bytes: 64 << 10)
            let copies = Array(repeating: record, count: max(1, huge / record.bytes.count))
            try RecWriter.append(copies, to: Self.fileName, in: folder)
            confirm("A \(first)\n")
            return
        }
        confirm("R\n")
        var seq = first
        while seq < first + count {
            let n = min(1 + seq % 3, first + count - seq)
            let numbers = Array(seq..<(seq + n))
            try RecWriter.append(numbers.map(WriterHarness.record), to: Self.fileName, in: folder, lockTimeout: .seconds(20))
            confirm(numbers.map { "A \($0)\n" }.joined())
            seq += n
        }
    }

    /// Runs steps separated by `;`: `a1,2,3` appends records 1, 2 and 3 in one call and confirms
    /// `A 1` `A 2` `A 3`; `d2` rewrites the file without record 2 (as un-marking attendance
    /// does) and confirms `D 2`. Every record in the file must be one of `WriterHarness.record`.
    private func runSteps(_ steps: String, in folder: String) throws {
        for step in steps.split(separator: ";") {
            let numbers = step.dropFirst().split(separator: ",").compactMap { Int($0) }
            if step.hasPrefix("d") {
                try RecWriter.rewrite(Self.fileName, in: folder) { bytes in
                    let kept = RecParser.parse(bytes, file: Self.fileName).records.map { record in
                        guard let n = WriterHarness.wholeRecordNumber(record) else { preconditionFailure("not a writer record") }
                        return n
                    }.filter { !numbers.contains($0) }
                    return RecordText.chunk(kept.map(WriterHarness.record), afterTail: [])
                }
                confirm(numbers.map { "D \($0)\n" }.joined())
            } else {
                try RecWriter.append(numbers.map(WriterHarness.record), to: Self.fileName, in: folder)
                confirm(numbers.map { "A \($0)\n" }.joined())
            }
        }
    }

    /// One write to the confirmation pipe (short enough to be atomic there).
    private func confirm(_ text: String) {
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(3, $0.baseAddress, $0.count) }
        precondition(written == bytes.count, "the confirmation pipe is gone")
    }
}
