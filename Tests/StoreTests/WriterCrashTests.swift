/// Writers killed with SIGKILL at random moments: the store loads cleanly and keeps every confirmed record.

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

final class WriterCrashTests: XCTestCase {
    /// 200 writer children, each killed 1–30 ms (seeded) after it is ready. Each child confirms a
    /// record only after `append` returned. After the last kill one recovery runs (as the next
    /// append would), then the file must parse with no problem at all, every record must be whole
    /// (its last field repeats its number) and appear once, and every confirmed number be there.
    func testKilledWritersLoseNoConfirmedRecord() throws {
        let folder = try makeTemporaryFolder(self)
        let path = folder + "/" + WriterChildTests.fileName
        let log = folder + "/children.log"
        var random = SeededRandom(seed: 0x686f_6374_6170)
        var confirmed = Set<Int>()
        var announced = [String: Int]()
        let kills = 200
        let started = Date()
        for i in 0..<kills {
            var child = try WriterHarness.spawn([
                "HOCTAP_WRITER_CHILD": "crash", "HOCTAP_WRITER_DIR": folder,
                "HOCTAP_WRITER_FIRST": String(i * 1_000_000), "HOCTAP_WRITER_COUNT": "999999",
            ], log: log)
            let ready = child.nextLine()
            usleep(useconds_t(1_000 + random.next(below: 29_000)))
            child.kill()
            while let line = child.nextLine() {
                if line.hasPrefix("A "), let n = Int(line.dropFirst(2)) { confirmed.insert(n) }
            }
            let status = child.wait()
            XCTAssertEqual(ready, "R", "child \(i) did not start: \(tail(log))")
            XCTAssertTrue(WriterHarness.wasKilled(status), "child \(i) ended by itself (status \(status)): \(tail(log))")
            announced[state(folder), default: 0] += 1
        }
        let recovery = try RecWriter.recover(in: folder)
        let elapsed = Date().timeIntervalSince(started)

        let file = try RecParser.parse(contentsOf: path, as: "crash.rec")
        XCTAssertEqual(file.problems, [], "the file must read cleanly after the kills")
        let numbers = file.records.map { WriterHarness.wholeRecordNumber($0) }
        XCTAssertFalse(numbers.contains(nil), "a record was cut short")
        let found = numbers.compactMap { $0 }
        XCTAssertEqual(Set(found).count, found.count, "a record appears twice")
        XCTAssertEqual(confirmed.subtracting(found), [], "confirmed records are missing")
        XCTAssertEqual(RecWriter.unconfirmedAppend(in: folder)?.file, nil)
        print("""
            crash test: \(kills) kills, \(confirmed.count) records confirmed, \(found.count) found, \
            \(found.count - confirmed.count) written but unconfirmed; lock file after each kill: \
            \(announced.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")); \
            last recovery: \(recovery.append); \(String(format: "%.1f", elapsed)) s
            """)
    }

    /// What the lock file says right after a kill: no append under way, or one that had not
    /// started, was torn, or was written whole (but not confirmed).
    private func state(_ folder: String) -> String {
        guard let bytes = FileManager.default.contents(atPath: folder + "/" + StoreLock.fileName),
              let note = StoreLock.note(in: Array(bytes)), let intent = AppendIntent(line: note) else { return "idle" }
        let size = (try? FileManager.default.attributesOfItem(atPath: folder + "/" + intent.file)[.size] as? NSNumber)?.intValue ?? 0
        if size <= intent.offset { return "not started" }
        return size < intent.offset + intent.length ? "torn" : "written"
    }

    private func tail(_ log: String) -> String {
        String((try? String(contentsOfFile: log, encoding: .utf8))?.suffix(2000) ?? "no log")
    }
}

/// SplitMix64: the same delays on every run.
private struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
