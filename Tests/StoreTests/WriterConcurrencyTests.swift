/// Two writer processes appending to one file at once: every record lands whole, once, in order.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class WriterConcurrencyTests: XCTestCase {
    /// What makes this pass is the lock plus the single write. Without them it fails: a probe run
    /// of this test whose children wrote each chunk in two `write` calls (O_APPEND, fsync after,
    /// no lock) broke 1 to 3 of 600 records (300 per child) into pieces mixed with the other writer's, with
    /// 3 to 7 parse errors, in each of three runs.
    func testTwoProcessesAppendWithoutInterleaving() throws {
        let folder = try makeTemporaryFolder(self)
        let log = folder + "/children.log"
        let perChild = 150
        var children = try [0, 1].map { k in
            try WriterHarness.spawn([
                "HOCTAP_WRITER_CHILD": "steady", "HOCTAP_WRITER_DIR": folder,
                "HOCTAP_WRITER_FIRST": String(k * 1_000_000), "HOCTAP_WRITER_COUNT": String(perChild),
            ], log: log)
        }
        var confirmed: [[Int]] = [[], []]
        for k in 0..<2 {
            while let line = children[k].nextLine() {
                if line.hasPrefix("A "), let n = Int(line.dropFirst(2)) { confirmed[k].append(n) }
            }
            let status = children[k].wait()
            XCTAssertTrue(WriterHarness.exitedCleanly(status),
                          "child \(k) status \(status): \((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")")
        }
        let file = try RecParser.parse(contentsOf: folder + "/" + WriterChildTests.fileName, as: "crash.rec")
        XCTAssertEqual(file.problems, [])
        let numbers = file.records.map { WriterHarness.wholeRecordNumber($0) }
        XCTAssertFalse(numbers.contains(nil), "a record was cut or mixed with another")
        let found = numbers.compactMap { $0 }
        XCTAssertEqual(found.count, 2 * perChild)
        for k in 0..<2 {
            XCTAssertEqual(confirmed[k], Array((k * 1_000_000)..<(k * 1_000_000 + perChild)))
            XCTAssertEqual(found.filter { $0 / 1_000_000 == k }, confirmed[k], "each writer's records in its order")
        }
        let switches = zip(found, found.dropFirst()).filter { $0 / 1_000_000 != $1 / 1_000_000 }.count
        print("concurrency test: \(found.count) records from 2 processes, writers alternated \(switches) times")
    }
}
