// The award set's reader of plain records gives the snapshot the general reader gives, problems and lines included.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class PlainAwardReaderTests: XCTestCase {
    /// Awards mostly plain, with every kind of record the plain reader must leave to the general
    /// one spread among them: continuation lines, comments, NFD text, missing and empty fields,
    /// bad values of each typed field, keys used again, unknown and repeated fields, control
    /// characters, CRLF, tabs and spaces around values, extra blank lines, sets declared again.
    private func awardsText(count: Int, seed: UInt64, finalNewline: Bool) -> [UInt8] {
        var rng = SeededIndex(state: seed)
        let names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Hòa", "Phạm Ánh", "Đặng Minh Sơn", "Hồ Thuý"]
        let categories = ["Học sinh giỏi", "Học sinh vượt khó", "Học bổng", "Gia đình hiếu học"]
        var out = "# generated\n\n" + StoreSchema.descriptorText(for: StoreSchema.award)
        var ids: [String] = []
        for i in 0..<count {
            out += "\n"
            var id = "KT\(100_000 + i)"
            var date = "2023-0\(1 + rng.next(9))-1\(rng.next(10))"
            var recipient = names[rng.next(names.count)]
            var kind = "student"
            var category = categories[rng.next(categories.count)]
            var branch = rng.next(2) == 0 ? "KP01" : "TR01"
            var amount: String? = "\(100_000 * (1 + rng.next(9)))"
            var extra = ""
            var before = ""
            var crlf = false
            if rng.next(3) == 0 { extra += "Sponsor: Công ty \(rng.next(4))\n" }
            if rng.next(3) == 0 { extra += "Class: Lớp \(5 + rng.next(4))A\nSchool: Trường THCS Quảng Châu\n" }
            if rng.next(2) == 0 { extra += "Voucher: PC\(rng.next(20))\n" }
            switch rng.next(48) {
            case 0 where !ids.isEmpty: id = ids[rng.next(ids.count)]
            case 1: branch = "ZZ\(rng.next(3))"
            case 2: date = "2023-02-30"
            case 3: date = "2099-01-01"
            case 4: kind = "pupil"
            case 5: amount = "1,5 triệu"
            case 6: amount = ""
            case 7: amount = "-5"
            case 8: extra += "Note: seen \(i)\n"
            case 9: extra += "Kind: family\n"
            case 10: before = "this line is not a field\n"
            case 11: recipient = "Lê\u{7}Hòa \(i)"
            case 12: extra += "+ a second line\n"
            case 13: recipient = "Lê \\\nVăn \\\nTám"
            case 14: before = "# a comment\n"
            case 15: extra = "# a comment inside\n" + extra
            case 16: crlf = true
            case 17: before = " \t\n"
            case 18: before = "\n\n"
            case 19 where rng.next(8) == 0: before = "%rec: Award\n\n"
            case 20 where rng.next(8) == 0: before = "%rec: Stray\n\nId: S\(i)\n\n%rec: Award\n\n"
            case 21: recipient = "Pha\u{323}m A\u{301}nh \(rng.next(3))" // NFD: decomposed marks
            case 22: category = "Ho\u{323}c bô\u{309}ng"
            case 23: extra += "SchoolYear: 2022-2023\n"
            case 24: extra += "SchoolYear: 2019-2020\n"
            case 25: extra += "SchoolYear: năm nay\n"
            case 26: extra += "SchoolYear: \n"
            case 27: category = "  "
            case 28: id = "KT\(100_000 + i)\t"
            case 29: recipient = "  \(recipient)  "
            case 30: extra += "Sponsor: Công ty\u{1}\(rng.next(2))\n"
            case 31: extra += "%key: Id\n"
            case 32: branch = "Khu phố \(rng.next(2))"
            case 33: id = "KTđ\(i)"
            case 34: kind = "Student"
            case 35: amount = nil
            case 36: extra += "Id: X\(i)\n"
            case 37: before = "Id: orphan \(i)\n"
            default: break
            }
            ids.append(id)
            var record = before + "Id: \(id)\nDate: \(date)\n"
            if rng.next(40) != 0 { record += "Recipient: \(recipient)\n" }
            record += "Kind: \(kind)\nCategory: \(category)\nBranch: \(branch)\n"
            if let amount { record += rng.next(20) == 0 ? "Amount:\t\(amount)\n" : "Amount: \(amount)\n" }
            record += extra
            if crlf { record = record.replacingOccurrences(of: "\n", with: "\r\n") }
            out += record
        }
        if !finalNewline { out.removeLast() }
        return Array(out.utf8)
    }

    private func files(awards: Int, seed: UInt64, finalNewline: Bool = true) -> [String: [UInt8]] {
        var files = StoreFixture.files()
        files["awards.rec"] = awardsText(count: awards, seed: seed, finalNewline: finalNewline)
        return files
    }

    private let general = PieceOptions(size: Int.max / 4, lanes: 1, plainRecords: false)
    private let plain = PieceOptions(size: Int.max / 4, lanes: 1)

    func testThePlainReaderGivesTheGeneralReadersSnapshot() {
        for seed: UInt64 in [1, 2] {
            let files = files(awards: 1500, seed: seed, finalNewline: seed == 1)
            let expected = StoreLoader.decode(files: files, pieces: general)
            XCTAssertGreaterThan(expected.awards.count, 800)
            let kinds = Set(expected.problems.map(\.kind))
            for kind: ProblemKind in [.duplicateKey, .badValue, .danglingReference, .missingField, .unknownField,
                                      .repeatedField, .mergedRecords, .outsideDates, .syntax] {
                XCTAssertTrue(kinds.contains(kind), "seed \(seed): the generated awards raise no \(kind)")
            }
            for options in [plain, PieceOptions(size: 4096, lanes: 2), PieceOptions(size: 700, lanes: 3)] {
                assertSameSnapshot(StoreLoader.decode(files: files, pieces: options), expected,
                                   "seed \(seed), pieces of \(options.size) bytes, \(options.lanes) lanes")
            }
        }
    }

    /// Ill-formed UTF-8 in a value (a byte that is never UTF-8, a sequence cut short, an overlong
    /// one) is not checked over the whole piece first: the plain reader checks each value it has not
    /// seen before, declines the record, and the general reader reports it, so the snapshot and the
    /// problems are still the general reader's alone, however the file is cut.
    func testIllFormedUTF8InAValueGivesTheGeneralReadersSnapshot() {
        var files = files(awards: 1200, seed: 4)
        var bytes = files["awards.rec"] ?? []
        var broken = 0
        for (field, bad, every) in [("Recipient: ", [UInt8(0xFF)], 7), ("Sponsor: ", [0xE1, 0x80], 5),
                                    ("Category: ", [0xC0, 0x80], 13), ("School: ", [0xED, 0xA0, 0x80], 3)] {
            let name = Array(field.utf8)
            var seen = 0, i = 0
            while i + name.count < bytes.count {
                if (i == 0 || bytes[i - 1] == 0x0A), Array(bytes[i..<(i + name.count)]) == name {
                    seen += 1
                    if seen % every == 0 {
                        bytes.insert(contentsOf: bad, at: i + name.count + 1)
                        broken += 1
                    }
                }
                i += 1
            }
        }
        files["awards.rec"] = bytes
        let expected = StoreLoader.decode(files: files, pieces: general)
        XCTAssertGreaterThan(broken, 200)
        XCTAssertGreaterThan(expected.problems.filter { $0.kind == .invalidUTF8 }.count, 200)
        XCTAssertGreaterThan(expected.awards.count, 400)
        for options in [plain, PieceOptions(size: 4096, lanes: 2), PieceOptions(size: 900, lanes: 3)] {
            assertSameSnapshot(StoreLoader.decode(files: files, pieces: options), expected,
                               "pieces of \(options.size) bytes, \(options.lanes) lanes")
        }
    }

    /// The same on the demo store, and without branches.rec (references unchecked), where every
    /// award goes to the general reader.
    func testTheDemoAndAStoreWithoutBranches() throws {
        let folder = try XCTUnwrap(StoreLoader.demoDirectory(), "the demo resource is not next to the tests")
        let demo = try StoreLoader.load(directory: folder, pieces: plain)
        XCTAssertGreaterThan(demo.awards.count, 50)
        assertSameSnapshot(demo, try StoreLoader.load(directory: folder, pieces: general), "demo store")
        var noBranches = self.files(awards: 300, seed: 3)
        noBranches["branches.rec"] = nil
        let expected = StoreLoader.decode(files: noBranches, pieces: general)
        XCTAssertGreaterThan(expected.awards.count, 150)
        assertSameSnapshot(StoreLoader.decode(files: noBranches, pieces: plain), expected, "no branches.rec")
    }

    /// The plain reader does read the plain records (else the test above proves nothing about it),
    /// and leaves the others: a record with a comment, a continuation or a bad value.
    func testPlainRecordsAreReadByThePlainReaderAndOthersAreNot() throws {
        var builder = SnapshotBuilder(directory: "")
        StoreFixture.files()["branches.rec"].map { b in b.withUnsafeBufferPointer { builder.decode("branches.rec", bytes: $0) } }
        var decoder = AwardDecoder(file: "awards.rec")
        let branches = try XCTUnwrap(builder.keyTable("Branch"))
        let text = "Id: KT1\nDate: 2023-05-02\nRecipient: Lê Hòa\nKind: student\nCategory: Học bổng\nBranch: KP01\n"
            + "Amount: 200000\nSponsor: Công ty 1\nVoucher: PC1\n\nId: KT2\n"
        let bytes = Array(text.utf8)
        var awards: [Award] = []
        let taken = bytes.withUnsafeBufferPointer {
            decoder.plain($0, at: 0, line: 5, isFinal: true, branches: branches, into: &awards)
        }
        let read = try XCTUnwrap(taken)
        XCTAssertEqual(read.lines, 10)
        XCTAssertEqual(read.end, text.utf8.count - "Id: KT2\n".utf8.count)
        let day = try XCTUnwrap(CalendarDate(year: 2023, month: 5, day: 2))
        XCTAssertEqual(awards, [Award(id: "KT1", date: day, recipient: "Lê Hòa",
                                      kind: .student, category: "Học bổng", branch: "KP01", amount: 200_000,
                                      sponsor: "Công ty 1", paper: AwardPaperFields(voucher: "PC1"),
                                      source: SourcePlace(file: "awards.rec", line: 5))])
        // The same key again is the general reader's to report.
        XCTAssertNil(bytes.withUnsafeBufferPointer {
            decoder.plain($0, at: 0, line: 5, isFinal: true, branches: branches, into: &awards)
        })
        XCTAssertEqual(awards.count, 1)
        for odd in ["# note\n", "+ more\n", "Amount: nhiều\n", "Kind: pupil\n", "Date: 2023-02-30\n", "Branch: ZZ\n",
                    "Note: x\n", "Recipient: Lê\r\n", "Category: Học \\\n"] {
            let name = odd.prefix { $0 != ":" }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(9).map(String.init)
            lines = lines.map { $0.hasPrefix(name + ":") ? "" : $0 }.filter { !$0.isEmpty }
            let record = lines.joined(separator: "\n").replacingOccurrences(of: "KT1", with: "KT9") + "\n" + odd + "\n"
            var fresh = AwardDecoder(file: "awards.rec")
            var none: [Award] = []
            let read = Array(record.utf8).withUnsafeBufferPointer {
                fresh.plain($0, at: 0, line: 1, isFinal: true, branches: branches, into: &none)
            }
            XCTAssertNil(read, "\(odd.debugDescription) is the general reader's")
            XCTAssertTrue(none.isEmpty)
        }
    }

    /// The plain reader's dates are those `CalendarDate(iso:)` reads, byte for byte: every digit
    /// checked, the dashes in place, a day that exists.
    func testDatesAreReadAsTheCalendarReadsThem() {
        var generator = SeededGenerator(seed: 2023)
        var texts = ["2024-02-29", "2023-02-29", "2023-12-31", "0000-01-01", "9999-12-31", "2023-13-01", "2023-00-10",
                     "2023-1-01", "2023/01/01", "2023-01-1a", "２０２３-01-01", "202３-01-01", "2023-01-01 ", ""]
        let pieces = ["0", "1", "2", "9", "-", "/", ":", "a", " ", "\u{0}", "\u{FF}"]
        for _ in 0..<20_000 {
            var text = String(format: "%04d-%02d-%02d", Int.random(in: 0...2100, using: &generator),
                              Int.random(in: 0...13, using: &generator), Int.random(in: 0...32, using: &generator))
            if Int.random(in: 0..<4, using: &generator) == 0 {
                var chars = Array(text)
                chars[Int.random(in: 0..<chars.count, using: &generator)] = Character(pieces.randomElement(using: &generator)!)
                text = String(chars)
            }
            texts.append(text)
        }
        for text in texts {
            let bytes = Array(text.utf8)
            let read = bytes.withUnsafeBufferPointer { RawRecordDecoder.isoDate($0) }
            XCTAssertEqual(read, CalendarDate(iso: text), text.debugDescription)
        }
        XCTAssertEqual(Array("2024-02-29".utf8).withUnsafeBufferPointer { RawRecordDecoder.isoDate($0) },
                       CalendarDate(year: 2024, month: 2, day: 29))
    }
}
