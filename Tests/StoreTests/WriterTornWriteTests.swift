/// One large write cut by SIGKILL: Linux leaves part of it in the file, and the next append removes it.

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

final class WriterTornWriteTests: XCTestCase {
    /// A single `write` is not all-or-nothing: the kernel copies a large buffer a page (or a large
    /// folio) at a time and stops once SIGKILL is pending, so the file keeps a prefix of the chunk.
    /// A child appends 8 MB in one call and is killed as soon as the file starts to grow. The next
    /// append must find the torn part through the lock file's note and remove it. A kill that
    /// lands after the write is tried again (the whole append is rewritten away first, which
    /// keeps the file small and exercises the rewrite).
    func testTheNextAppendRemovesAWriteCutByAKill() throws {
        let folder = try makeTemporaryFolder(self)
        let name = WriterChildTests.fileName
        let path = folder + "/" + name
        try RecWriter.append([WriterHarness.record(1)], to: name, in: folder)
        var outcomes: [String] = []
        for attempt in 1...10 where !outcomes.contains(where: { $0.hasPrefix("torn") }) {
            let start = try fileSize(path)
            var child = try WriterHarness.spawn([
                "HOCTAP_WRITER_CHILD": "huge", "HOCTAP_WRITER_DIR": folder, "HOCTAP_WRITER_FIRST": String(100 + attempt),
                "HOCTAP_WRITER_COUNT": "1", "HOCTAP_WRITER_HUGE": String(8 << 20),
            ], log: folder + "/children.log")
            XCTAssertEqual(child.nextLine(), "R")
            let deadline = Date().addingTimeInterval(20)
            while try fileSize(path) == start, Date() < deadline { usleep(20) }
            child.kill()
            _ = child.wait()
            let size = try fileSize(path)
            let intent = FileManager.default.contents(atPath: folder + "/" + StoreLock.fileName)
                .flatMap { StoreLock.note(in: Array($0)) }.flatMap(AppendIntent.init(line:))
            if let intent, size > intent.offset, size < intent.offset + intent.length {
                outcomes.append("torn at \(size - intent.offset) of \(intent.length) bytes")
            } else {
                outcomes.append(size == start ? "nothing written" : "whole")
                try RecWriter.rewrite(name, in: folder) { Array($0.prefix(start)) }
            }
            try RecWriter.append([WriterHarness.record(10 + attempt)], to: name, in: folder)
            let file = try RecParser.parse(contentsOf: path, as: name)
            XCTAssertEqual(file.problems, [], "after attempt \(attempt): \(outcomes)")
            XCTAssertEqual(file.records.compactMap(WriterHarness.wholeRecordNumber), [1] + (1...attempt).map { 10 + $0 })
            XCTAssertEqual(file.records.count, attempt + 1)
        }
        print("torn write test: \(outcomes.joined(separator: "; "))")
        guard outcomes.contains(where: { $0.hasPrefix("torn") }) else {
            throw XCTSkip("no kill landed inside the write on this system: \(outcomes)")
        }
    }

    private func fileSize(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
    }
}
