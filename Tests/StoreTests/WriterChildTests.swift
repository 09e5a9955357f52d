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
final class WriterChildTests: XCTestCase {
    static let fileName = "crash.rec"

    func testWriterChild() throws {
        let env = ProcessInfo.processInfo.environment
        guard env["HOCTAP_WRITER_CHILD"] != nil else { return }
        let folder = try XCTUnwrap(env["HOCTAP_WRITER_DIR"])
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

    /// One write to the confirmation pipe (short enough to be atomic there).
    private func confirm(_ text: String) {
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(3, $0.baseAddress, $0.count) }
        precondition(written == bytes.count, "the confirmation pipe is gone")
    }
}
