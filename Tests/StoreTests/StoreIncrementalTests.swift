// The incremental reloader: after random appends, good and bad, its snapshot is the one a full reload gives.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class StoreIncrementalTests: XCTestCase {

    /// Records to append, good and bad: a duplicate key, a dangling branch, a bad date, an unknown
    /// field, a stray line, bytes that are not UTF-8, a continuation line, a record with no fields.
    private func randomChunk(_ rng: inout SystemRandomNumberGenerator, serial: Int) -> (file: String, text: [UInt8]) {
        let id = "KT9\(String(format: "%04d", serial))"
        let awards = [
            "Id: \(id)\nDate: 2023-05-0\(Int.random(in: 1...9, using: &rng))\nRecipient: Nguyễn Thị Ánh\nKind: student\nCategory: Học sinh giỏi\nBranch: KP01\nAmount: 200000\n",
            "Id: KT9000\(Int.random(in: 0...3, using: &rng))\nDate: 2023-05-02\nRecipient: Trần Văn Bình\nKind: family\nCategory: Gia đình hiếu học\nBranch: KP01\n",
            "Id: \(id)\nDate: 2023-05-02\nRecipient: Lê Hòa\nKind: student\nCategory: Khác\nBranch: ZZ99\n",
            "Id: \(id)\nDate: 2023-02-30\nRecipient: Lê Hòa\nKind: pupil\nCategory: Khác\nBranch: KP01\nNote: extra\n",
            "Id: \(id)\nDate: 2023-05-02\nRecipient: Phạm \u{0041}\u{0300}nh\n+ (second line)\nKind: clan\nCategory: Dòng họ\nBranch: KP01\nAmount: 1,5 triệu\n",
            "this line is not a field\nId: \(id)\nDate: 2023-05-02\nRecipient: X\nKind: unit\nCategory: C\nBranch: KP01\n",
            "Id: \(id)\nDate: 2023-05-02\nRecipient: Bad\u{FFFD}\nKind: unit\nCategory: C\nBranch: KP01\n",
            "# a comment\n",
        ]
        let funds = [
            "Id: QG9\(serial)\nDate: 2023-04-01\nDonor: Công ty An Phát\nAmount: 5000000\nBranch: KP01\n",
            "Id: QG9\(serial)\nDate: 2023-04-01\nDonor: Ông Ba\nAmount: nhiều\n",
        ]
        let attendance = [
            "Class: \(["L1", "L2", "ZZ"].randomElement(using: &rng)!)\nLearner: HV1\nDate: 2023-03-0\(Int.random(in: 1...9, using: &rng))\n",
        ]
        let ceremony = ["Seq: \(Int.random(in: 1...4, using: &rng))\nAt: 2022-10-06 07:3\(Int.random(in: 0...9, using: &rng))\n"]
        switch Int.random(in: 0..<10, using: &rng) {
        case 0..<6:
            var text = Array(awards.randomElement(using: &rng)!.utf8)
            if Int.random(in: 0..<8, using: &rng) == 0, let at = text.firstIndex(of: UInt8(ascii: "B")) { text.insert(0xC3, at: at) }
            return ("awards.rec", text)
        case 6, 7: return ("funds.rec", Array(funds.randomElement(using: &rng)!.utf8))
        case 8: return ("attendance.rec", Array(attendance.randomElement(using: &rng)!.utf8))
        default: return ("ceremony.rec", Array(ceremony.randomElement(using: &rng)!.utf8))
        }
    }

    private func appendBytes(_ bytes: [UInt8], to name: String, in folder: String) throws {
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: folder + "/" + name))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(bytes))
    }

    func testRandomAppendsGiveTheSnapshotOfAFullReload() throws {
        let folder = try StoreFixture.folder(self)
        let reloader = StoreReloader()
        assertSameSnapshot(try reloader.reload(directory: folder), try StoreLoader.reload(directory: folder), "first read")
        var rng = SystemRandomNumberGenerator()
        var incremental = 0
        for step in 0..<120 {
            let (file, text) = randomChunk(&rng, serial: step)
            // As RecWriter does: a blank line, then the record; sometimes two at once.
            var chunk: [UInt8] = [0x0A] + text
            if Int.random(in: 0..<4, using: &rng) == 0 { chunk += [0x0A] + randomChunk(&rng, serial: step + 1000).text }
            try appendBytes(chunk, to: file, in: folder)
            let ours = try reloader.reload(directory: folder)
            if reloader.lastWasIncremental { incremental += 1 }
            assertSameSnapshot(ours, try StoreLoader.reload(directory: folder), "step \(step): \(file) + \(String(decoding: chunk, as: UTF8.self))")
        }
        XCTAssertGreaterThan(incremental, 100, "most appends should be read incrementally")
    }

    func testAHalfWrittenLineAnEditAndANewLearnerFallBackToAFullReload() throws {
        let folder = try StoreFixture.folder(self)
        let reloader = StoreReloader()
        _ = try reloader.reload(directory: folder)
        try appendBytes(Array("\nId: KT9001\nDate: 2023-0".utf8), to: "awards.rec", in: folder)
        assertSameSnapshot(try reloader.reload(directory: folder), try StoreLoader.reload(directory: folder), "pending line")
        XCTAssertFalse(reloader.lastWasIncremental)
        try appendBytes(Array("5-02\nRecipient: A\nKind: unit\nCategory: C\nBranch: KP01\n".utf8), to: "awards.rec", in: folder)
        assertSameSnapshot(try reloader.reload(directory: folder), try StoreLoader.reload(directory: folder), "line finished")
        try appendBytes(Array("\nId: KT9002\nDate: 2023-05-02\nRecipient: B\nKind: unit\nCategory: C\nBranch: KP01\n".utf8),
                        to: "awards.rec", in: folder)
        assertSameSnapshot(try reloader.reload(directory: folder), try StoreLoader.reload(directory: folder), "append")
        XCTAssertTrue(reloader.lastWasIncremental)
        try appendBytes(Array("\nId: HV99\nName: Lê Văn Tám\n".utf8), to: "learners.rec", in: folder)
        assertSameSnapshot(try reloader.reload(directory: folder), try StoreLoader.reload(directory: folder), "new learner")
        XCTAssertFalse(reloader.lastWasIncremental)
        let path = folder + "/awards.rec"
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "KP01", with: "KP02")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        assertSameSnapshot(try reloader.reload(directory: folder), try StoreLoader.reload(directory: folder), "rewritten in place")
        XCTAssertFalse(reloader.lastWasIncremental)
    }

    func testAnAppendWithMoreErrorsKeepsTheSnapshotBeforeIt() throws {
        let folder = try StoreFixture.folder(self)
        let reloader = StoreReloader()
        let before = try reloader.reload(directory: folder)
        try appendBytes(Array("\nId: KT9003\nDate: 2023-05-02\nRecipient: B\nKind: unit\nCategory: C\nBranch: ZZ\n".utf8),
                        to: "awards.rec", in: folder)
        let after = try reloader.reload(directory: folder)
        XCTAssertTrue(reloader.lastWasIncremental)
        XCTAssertEqual(after.errors.count, before.errors.count + 1)
        let replaced = try XCTUnwrap(reloader.replaced)
        assertSameSnapshot(replaced, before, "the snapshot before the bad append")
    }
}
