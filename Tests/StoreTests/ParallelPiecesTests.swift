// Large files read in pieces side by side: the records and problems are those of one reading in file order.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class ParallelPiecesTests: XCTestCase {
    /// Awards, good and bad, with the trouble spread over the whole file: keys used again far from
    /// their first use and close by, dangling branches, bad values, unknown and repeated fields,
    /// stray lines, bytes that are not UTF-8, joined lines, sets declared again or foreign, CRLF, and
    /// no line break at the very end.
    private func awardsText(count: Int, seed: UInt64) -> [UInt8] {
        var rng = SeededIndex(state: seed)
        let names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Hòa", "Phạm A\u{0300}nh", "Đặng Minh Sơn", "Hồ Thuý"]
        let categories = ["Học sinh giỏi", "Học sinh vượt khó", "Học bổng", "Gia đình hiếu học"]
        var out: [UInt8] = []
        func add(_ s: String) { out += Array(s.utf8) }
        add("# generated\n\n" + StoreSchema.descriptorText(for: StoreSchema.award))
        var ids: [String] = []
        for i in 0..<count {
            add("\n")
            var id = "KT\(100_000 + i)"
            var date = "2023-0\(1 + rng.next(9))-1\(rng.next(10))"
            var recipient = names[rng.next(names.count)]
            var kind = "student"
            var branch = rng.next(2) == 0 ? "KP01" : "TR01"
            var amount = "\(100_000 * (1 + rng.next(9)))"
            var extra = ""
            var before = ""
            var crlf = false
            switch rng.next(40) {
            case 0 where !ids.isEmpty: id = ids[rng.next(ids.count)]
            case 1 where !ids.isEmpty: id = ids[max(0, ids.count - 1 - rng.next(3))]
            case 2: branch = "ZZ\(rng.next(3))"
            case 3: date = "2023-02-30"
            case 4: kind = "pupil"
            case 5: amount = "1,5 triệu"
            case 6: extra = "Note: seen \(i)\n"
            case 7: extra = "Extra\(rng.next(3)): x\n"
            case 8: extra = "Kind: family\n"
            case 9: before = "this line is not a field\n"
            case 10: recipient = "Bad\u{FFFD}"
            case 11: extra = "+ a second line\n"
            case 12: recipient = "Lê \\\nVăn \\\nTám"
            case 13: before = "# a comment\n"
            case 14: extra = "%key: Id\n"
            case 15: crlf = true
            case 16: before = " \t\n"
            case 17 where rng.next(8) == 0: before = "%rec: Award\n\n"
            case 18 where rng.next(8) == 0: before = "%rec: Stray\n\nId: S\(i)\n\n%rec: Award\n\n"
            case 19 where rng.next(8) == 0: before = "%rec: Donation\n\nId: D\(i)\n\n%rec: Award\n\n"
            case 20: extra = "Sponsor: Công ty \(rng.next(4))\n"
            default: break
            }
            ids.append(id)
            var record = before + "Id: \(id)\nDate: \(date)\nRecipient: \(recipient)\nKind: \(kind)\n"
            if rng.next(30) != 0 { record += "Category: \(categories[rng.next(categories.count)])\n" }
            record += "Branch: \(branch)\nAmount: \(amount)\n" + extra
            if crlf { record = record.replacingOccurrences(of: "\n", with: "\r\n") }
            add(record)
            // A byte that is not UTF-8, now and then.
            if rng.next(60) == 0, let at = out.lastIndex(of: UInt8(ascii: "B")) { out.insert(0xC3, at: at + 1) }
        }
        if out.last == 0x0A { out.removeLast() }
        return out
    }

    private func fundsText(count: Int) -> [UInt8] {
        var text = "# generated\n\n" + StoreSchema.descriptorText(for: StoreSchema.donation)
        for i in 0..<count {
            let id = i % 97 == 96 ? "QG\(i / 2)" : "QG\(i)"
            let amount = i % 89 == 0 ? "nhiều" : "\(1000 * (i + 1))"
            text += "\nId: \(id)\nDate: 2023-04-01\nDonor: Nhà hảo tâm \(i % 7)\nAmount: \(amount)\nBranch: \(i % 53 == 0 ? "ZZ" : "KP01")\n"
        }
        return Array(text.utf8)
    }

    private func files(awards: Int, seed: UInt64) -> [String: [UInt8]] {
        var files = StoreFixture.files()
        files["awards.rec"] = awardsText(count: awards, seed: seed)
        files["funds.rec"] = fundsText(count: awards / 3)
        var attendance = String(decoding: files["attendance.rec"] ?? [], as: UTF8.self)
        for i in 0..<awards / 4 {
            attendance += "\nClass: \(["L1", "L2", "ZZ"][i % 3])\nLearner: HV\(1 + i % 4)\nDate: 2023-03-0\(1 + i % 9)\n"
        }
        files["attendance.rec"] = Array(attendance.utf8)
        return files
    }


    /// One piece, one lane: the reading in file order that the others must give.
    private let whole = PieceOptions(size: Int.max / 4, lanes: 1)

    func testPiecesReadSideBySideGiveTheSequentialSnapshot() {
        for seed: UInt64 in [1, 2, 3] {
            let files = files(awards: 3000, seed: seed)
            let expected = StoreLoader.decode(files: files, pieces: whole)
            XCTAssertGreaterThan(expected.awards.count, 2000)
            XCTAssertGreaterThan(expected.problems.count, 300)
            XCTAssertTrue(expected.problems.contains { $0.kind == .duplicateKey })
            XCTAssertTrue(expected.problems.contains { $0.kind == .invalidUTF8 })
            for options in [PieceOptions(size: 4096, lanes: 1), PieceOptions(size: 4096, lanes: 2),
                            PieceOptions(size: 1500, lanes: 3), PieceOptions(size: 20_000, lanes: 2),
                            PieceOptions(size: 200, lanes: 2)] {
                assertSameSnapshot(StoreLoader.decode(files: files, pieces: options), expected,
                           "seed \(seed), pieces of \(options.size) bytes, \(options.lanes) lanes")
            }
        }
    }

    func testAStoreFolderReadInSmallWindowsGivesTheSequentialSnapshot() throws {
        let files = files(awards: 2500, seed: 7)
        let folder = try makeTemporaryFolder(self)
        for (name, bytes) in files { try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name)) }
        let expected = try StoreLoader.load(directory: folder, pieces: whole)
        XCTAssertEqual(expected.awards, StoreLoader.decode(files: files, pieces: whole).awards)
        for options in [PieceOptions(size: 3000, lanes: 2), PieceOptions(size: 8192, lanes: 2), PieceOptions(size: 5000, lanes: 4)] {
            assertSameSnapshot(try StoreLoader.load(directory: folder, pieces: options), expected,
                       "pieces of \(options.size) bytes, \(options.lanes) lanes")
        }
    }

    /// The shadows do read most pieces, and the pieces that only a reading in order gets right are read again.
    func testMostPiecesAreJoinedAndTheRestReadAgain() throws {
        let bytes = files(awards: 3000, seed: 1)["awards.rec"] ?? []
        let branches = StoreLoader.decode(files: StoreFixture.files())
        var builder = SnapshotBuilder(directory: "")
        StoreFixture.files()["branches.rec"].map { b in b.withUnsafeBufferPointer { builder.decode("branches.rec", bytes: $0) } }
        XCTAssertEqual(builder.snapshot.branches, branches.branches)
        let file = try XCTUnwrap(StoreFileDecoder.make("awards.rec"))
        let reader = PieceReader(file: file, options: PieceOptions(size: 4096, lanes: 2))
        var snapshot = StoreSnapshot(directory: "")
        bytes.withUnsafeBufferPointer { reader.read($0, base: 0, isFinal: true, into: &snapshot, keys: builder.keyLookup) }
        XCTAssertGreaterThan(reader.joined, 5)
        XCTAssertGreaterThan(reader.reread, 0)
        XCTAssertEqual(PieceReader.lineBreaks(bytes.withUnsafeBufferPointer { $0 }), bytes.filter { $0 == 0x0A }.count)
    }

    /// Line breaks are counted right in a buffer of nothing else (every lane of every block counts
    /// one, up to the point where a byte would overflow), at every length around a block's end, and
    /// in a buffer that does not start on a multiple of sixteen.
    func testLineBreaksAreCountedAtEveryLengthAndDensity() {
        let dense = [UInt8](repeating: 0x0A, count: 32 * 600 + 31)
        XCTAssertEqual(dense.withUnsafeBufferPointer { PieceReader.lineBreaks($0) }, dense.count)
        var generator = SystemRandomNumberGenerator()
        let mixed = (0..<20_000).map { _ in [UInt8(0x0A), 0x41, 0xC3, 0x0A, 0x0D][Int.random(in: 0..<5, using: &generator)] }
        for length in [0, 1, 15, 16, 17, 31, 32, 33, 63, 64, 65, 4063, 4064, 4065, 4079, 4080, 8159, 8160, 8161, 19_997] {
            let range = 3..<(3 + length)
            let counted = mixed.withUnsafeBufferPointer { PieceReader.lineBreaks(UnsafeBufferPointer(rebasing: $0[range])) }
            XCTAssertEqual(counted, mixed[range].filter { $0 == 0x0A }.count, "length \(length)")
        }
    }
}
