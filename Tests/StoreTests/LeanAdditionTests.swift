/// The lean check of a new award gives what the check against the whole store gives: the same record, bytes, journal change, or the same refusal in the same words.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreDemo
import StoreFixtures

final class LeanAdditionTests: XCTestCase {
    private let now = "2023-03-01 09:00"

    /// What an addition came to, for comparing two ways of making it.
    private enum Outcome: Equatable {
        case written(record: [UInt8], contents: [UInt8], isAppend: Bool, change: UndoChange)
        case refused(RecordAdditionError)
    }

    private func outcome(_ make: () throws -> RecordAddition?) throws -> Outcome? {
        do {
            guard let a = try make() else { return nil }
            let change = a.isAppend
                ? UndoChange(file: a.set.file, set: a.set.name, appending: a.inserted, to: a.original, put: [a.record.bytes])
                : UndoChange(file: a.set.file, set: a.set.name, before: a.original, after: a.contents, put: [a.record.bytes], took: [])
            return .written(record: a.record.bytes, contents: a.contents, isAppend: a.isAppend, change: change)
        } catch let error as RecordAdditionError {
            return .refused(error)
        }
    }

    /// The first award of `files` whose text starts with `Id: id`, as fields.
    private func award(_ id: String, in files: [String: [UInt8]]) throws -> [String: String] {
        let parsed = RecParser.parse(try XCTUnwrap(files["awards.rec"]), file: "awards.rec")
        let record = try XCTUnwrap(parsed.records(of: "Award").first { $0.value("Id") == id })
        var out: [String: String] = [:]
        for field in record.fields where out[field.name] == nil { out[field.name] = field.value }
        return out
    }

    /// Awards to add, each with whether it is forced: accepted ones, and each way an award is refused.
    private func cases(_ files: [String: [UInt8]]) throws -> [(given: [(name: String, value: String)], force: Bool)] {
        let ids = RecParser.parse(try XCTUnwrap(files["awards.rec"]), file: "awards.rec").records(of: "Award").compactMap { $0.value("Id") }
        let first = try award(ids[0], in: files), middle = try award(ids[ids.count / 2], in: files)
        let last = try award(ids[ids.count - 1], in: files)
        func branch(_ a: [String: String]) -> String { (a["Branch"] ?? "").trimmingCharacters(in: .whitespaces) }
        func repeating(_ a: [String: String], _ extra: [(String, String)] = []) -> [(name: String, value: String)] {
            [("Date", a["Date"] ?? ""), ("Recipient", a["Recipient"] ?? ""), ("Kind", a["Kind"] ?? ""),
             ("Category", a["Category"] ?? ""), ("Branch", branch(a))] + extra.map { (name: $0.0, value: $0.1) }
        }
        let fresh: [(name: String, value: String)] = [("Recipient", "Phạm Thị Ngọc Ánh"), ("Kind", "student"),
                                                       ("Category", "Học sinh giỏi"), ("Branch", branch(first)),
                                                       ("Amount", "300000"), ("Date", "2022-10-06")]
        return [
            (fresh, false),
            (fresh + [("Id", "KT99999")], false),
            (fresh + [("Id", ids[ids.count / 2])], false),                        // an id already used
            (fresh.filter { $0.name != "Branch" } + [("Branch", "ZZ99")], false),  // no such branch
            (fresh.filter { $0.name != "Amount" } + [("Amount", "một triệu")], false),
            (fresh + [("SchoolYear", "2018-2019")], false),                         // given years after the year rewarded
            (repeating(first), false), (repeating(first), true),                    // a double, refused unless forced
            (repeating(middle), false), (repeating(last), false),
            (repeating(middle).map { $0.name == "Recipient" ? ($0.name, $0.value.uppercased()) : $0 }, false),
            (repeating(last, [("Id", ids[0])]), true),
            (fresh + [("Phone", "abc")], false),
            (fresh + [("Colour", "red")], false),
        ]
    }

    /// Every case (or those at `only`) gives the same outcome both ways, and the lean way is taken for each.
    private func assertSame(_ files: [String: [UInt8]], _ store: String, only: [Int]? = nil) throws {
        var refusals = 0
        let all = try cases(files)
        for (given, force) in (only ?? Array(all.indices)).map({ all[$0] }) {
            let lean = try outcome { try RecordAddition.lean(set: StoreSchema.award, given: given, files: files, now: now, force: force) }
            let whole = try outcome { try RecordAddition(set: StoreSchema.award, given: given, files: files, now: now, force: force) }
            XCTAssertNotNil(lean, "\(store): the lean check did not apply to \(given)")
            if let lean { XCTAssertEqual(lean, whole, "\(store): \(given), forced: \(force)") }
            if case .refused? = whole { refusals += 1 }
        }
        XCTAssertEqual(refusals, only.map { $0.filter { Self.refused.contains($0) }.count } ?? Self.refused.count,
                       "\(store): the refused cases must be refused")
    }

    /// The cases that are refused.
    private static let refused: Set<Int> = [2, 3, 4, 5, 6, 8, 9, 10, 11]

    /// The demo's awards and what they read (branches, and the campaign that starts the file
    /// list); the other files only add problems of their own lines, and decoding them in a debug
    /// build would cost this test seconds.
    func testTheDemoStoreGivesTheSameRecordsAndRefusals() throws {
        XCTAssertEqual(Self.demo.count, 3, "the demo's files are shipped with StoreDemo")
        try assertSame(Self.demo.mapValues { Array($0.utf8) }, "demo", only: [2, 8])
    }

    func testAGeneratedStoreGivesTheSameRecordsAndRefusals() throws {
        try assertSame(Self.generated.mapValues { Array($0.utf8) }, "generated")
    }

    /// One award from a dashboard form (`StoreWrite.add`, forced: the form asks about doubles) is
    /// checked the lean way; it gives what the batch gives.
    func testAFormsAwardIsWhatTheBatchMakes() throws {
        let files = Self.generated.mapValues { Array($0.utf8) }
        let all = try cases(files)
        for (given, _) in [0, 2, 3, 6, 9].map({ all[$0] }) {
            let batch = RecordBatch([NewRecord(set: "Award", fields: given.map { .init($0.name, $0.value) })], files: files, now: now)
            let lean = try outcome { try RecordAddition.lean(set: StoreSchema.award, given: given, files: files, now: now, force: true) }
            switch lean {
            case .written(let record, let contents, _, _)?:
                XCTAssertNil(batch.firstRefusal, "\(given)")
                XCTAssertEqual(batch.made.first??.record.bytes, record, "\(given)")
                XCTAssertEqual(batch.contents["awards.rec"], contents, "\(given)")
            case .refused(let error)?:
                XCTAssertEqual(batch.firstRefusal, error, "\(given)")
            case nil:
                XCTFail("the lean check did not apply to \(given)")
            }
        }
    }

    /// The files an award's check reads: its own, the branches, and the campaign that heads the
    /// list. The others only add problems on their own lines, and decoding them in a debug build
    /// would cost these tests seconds.
    private static func awardFiles(_ texts: [String: String]) -> [String: String] {
        texts.filter { ["awards.rec", "branches.rec", "campaign.rec"].contains($0.key) }
    }

    /// The demo's files as shipped (generating them in a debug build takes seconds).
    private static let demo: [String: String] = awardFiles(Dictionary(uniqueKeysWithValues: StoreSchema.files.compactMap { name in
        StoreLoader.demoDirectory().flatMap { try? String(contentsOfFile: $0 + "/" + name, encoding: .utf8) }.map { (name, $0) }
    }))
    private static let generated = awardFiles(StoreGenerator(seed: 7, counts: GeneratorDeterminismTests.small).texts())

    /// The demo's awards with a few of their records written otherwise.
    private func demo(_ change: (String) -> String) -> [UInt8] {
        Array(change(Self.demo["awards.rec"] ?? "").utf8)
    }

    func testAFileThatIsNotPlainIsCheckedWhole() throws {
        let odd = [
            "carriage returns": demo { $0.replacingOccurrences(of: "Id: KT0002\n", with: "Id: KT0002\r\n") },
            "a continued line": demo { $0.replacingOccurrences(of: "Id: KT0002\n", with: "Id: KT0002\n+ more\n") },
            "a comment in a record": demo { $0.replacingOccurrences(of: "Id: KT0002\n", with: "Id: KT0002\n# note\n") },
            "an id used twice": demo { $0.replacingOccurrences(of: "Id: KT0003\n", with: "Id: KT0002\n") },
            "an id with a space": demo { $0.replacingOccurrences(of: "Id: KT0002\n", with: "Id:  KT0002\n") },
            "a second descriptor": demo { $0 + "\n%rec: Award\n\nId: KT88888\nDate: 2022-10-06\n" },
            "a backslash": demo { $0.replacingOccurrences(of: "Id: KT0002\n", with: "Id: KT0002\nSponsor: a\\\n") },
        ]
        XCTAssertNotNil(LeanAwardScan(demo { $0 }))
        for (what, awards) in odd { XCTAssertNil(LeanAwardScan(awards), what) }
        var files = Self.demo.mapValues { Array($0.utf8) }
        files["awards.rec"] = odd["an id used twice"]
        XCTAssertNil(try RecordAddition.lean(set: StoreSchema.award, given: AdditionIdTests.award, files: files, now: now, force: false))
    }

    /// A branch written otherwise than plainly keeps its record for the check, which stays lean.
    func testARecordWithABranchWrittenOtherwiseIsKept() throws {
        var spaced = Self.generated
        spaced["awards.rec"] = spaced["awards.rec"]?.replacingOccurrences(of: "Branch: KP01\n", with: "Branch: KP01 \n")
        XCTAssertNotEqual(spaced, Self.generated)
        try assertSame(spaced.mapValues { Array($0.utf8) }, "generated, with spaced branches", only: [0, 8, 9])
    }

    /// The few ids the scan keeps give the next id all of them give, whatever their prefixes.
    func testTheKeptIdsGiveTheSameNextId() throws {
        var lists = [["KT0001", "KT0010", "KT0002"], ["A99", "KT0005", "X", "A100", "B7"], ["X", "Y"],
                     ["KT0009", "KT9", "KT0012", "Z1234567890123456789", "KT"], ["HV01", "KT0003", "HV7"],
                     ["KT0001", "HV05", "KT0003", "HV02", "KT0002", "HV5"]]
        // Runs of one prefix and prefixes coming back, numbers written with and without zeros.
        var generator = SeededGenerator(seed: 164)
        for _ in 0..<300 {
            var ids: [String] = [], used: Set<String> = []
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                let prefix = ["KT", "HV", "KT-", "", "A"].randomElement(using: &generator)!
                let number = Int.random(in: 0...30, using: &generator)
                let id = prefix + (Bool.random(using: &generator) ? String(format: "%04d", number) : String(number))
                if !id.isEmpty, used.insert(id).inserted { ids.append(id) }
            }
            if !ids.isEmpty { lists.append(ids) }
        }
        for ids in lists {
            let text = "%rec: Award\n\n" + ids.map { "Id: \($0)\nBranch: KP01\n" }.joined(separator: "\n")
            let scan = try XCTUnwrap(LeanAwardScan(Array(text.utf8)), "\(ids)")
            XCTAssertEqual(IdAssigner.next(after: scan.ids, set: "Award"), IdAssigner.next(after: ids, set: "Award"), "\(ids)")
        }
    }

    /// The journal's change for an append, made from the appended bytes, is the one made from the whole file.
    func testAnAppendsJournalChangeIsTheWholeFilesOne() {
        let before = Array("%rec: Award\n\nId: KT0001\nBranch: KP01\n".utf8), added = Array("\nId: KT0002\nBranch: KP01\n".utf8)
        XCTAssertEqual(UndoChange(file: "awards.rec", set: "Award", appending: added, to: before, put: [Array(added.dropFirst())]),
                       UndoChange(file: "awards.rec", set: "Award", before: before, after: before + added,
                                  put: [Array(added.dropFirst())], took: []))
    }
}
