/// The dashboard's award checked against the snapshot it shows gives what the check against the store read again gives: the same refusals, record, file bytes and undo journal.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreDemo
import StoreFixtures

final class SnapshotWriteTests: XCTestCase {
    private let now = "2023-03-01 09:00"

    private func outcome(_ folder: String, _ write: () throws -> StoreWriteReport) -> WriteOutcome {
        WriteOutcome(folder, file: "awards.rec", write)
    }

    private func pair(_ files: [String: String], tag: String? = nil) throws -> (String, String) {
        try WriteOutcome.pair(self, files, tag: tag)
    }

    private func award(_ fields: [(String, String)]) -> StoreWrite {
        .add([NewRecord(set: "Award", fields: fields.map { .init($0.0, $0.1) })])
    }

    /// The form's awards: accepted ones, and each way one is refused.
    private func cases(_ awards: String) throws -> [(write: StoreWrite, viaSnapshot: Bool)] {
        let parsed = RecParser.parse(Array(awards.utf8), file: "awards.rec").records(of: "Award")
        let first = try XCTUnwrap(parsed.first), middle = parsed[parsed.count / 2]
        let branch = try XCTUnwrap(first.value("Branch"))
        let fresh = [("Recipient", "Phạm Thị Ngọc Ánh"), ("Kind", "student"), ("Category", "Học sinh giỏi"),
                     ("Branch", branch), ("Amount", "300000"), ("Date", "2022-10-06")]
        let same = ["Date", "Recipient", "Kind", "Category", "Branch"].map { ($0, middle.value($0) ?? "") }
        return [
            (award(fresh), true),
            (award(fresh + [("Id", "KT99999")]), true),
            (award(fresh + [("Id", try XCTUnwrap(middle.value("Id")))]), false),          // an id used: the usual way words it
            (award(fresh.filter { $0.0 != "Branch" } + [("Branch", "ZZ99")]), true),     // no such branch
            (award(fresh.filter { $0.0 != "Amount" } + [("Amount", "một triệu")]), true),
            (award(fresh + [("SchoolYear", "2018-2019")]), true),
            (award(same), true),                                                          // a double: the form asked
            (award(fresh + [("Colour", "red")]), true),                                   // not an award's field: left out
            (award(fresh.filter { $0.0 != "Recipient" }), true),
            (award(fresh + [("Recipient", "Hai Lần")]), true),
            (award(fresh), true),
        ]
    }

    /// The cases that are refused.
    private static let refused: Set<Int> = [2, 3, 4, 5, 8]

    /// Each case written both ways, one after another, the live store reloaded after each as the
    /// dashboard does (so the cache is carried forward): the same outcome and files every time.
    private func assertSame(_ files: [String: String], _ store: String, tag: String? = nil, only: [Int]? = nil) throws {
        let (a, b) = try pair(files, tag: tag)
        var live = try LiveStore(directory: a)
        var cache = SnapshotWriteCache()
        var refused = 0
        let all = try cases(try XCTUnwrap(files["awards.rec"]))
        for (write, viaSnapshot) in (only ?? Array(all.indices)).map({ all[$0] }) {
            let stamps = try XCTUnwrap(live.stamps, store)
            let fast = outcome(a) { try write.performed(in: a, now: now, snapshot: live.shown, stamps: stamps, cache: &cache) }
            let whole = outcome(b) { try write.performed(in: b, now: now) }
            XCTAssertEqual(cache.lastUsedSnapshot, viaSnapshot, "\(store): \(write)")
            XCTAssertEqual(fast, whole, "\(store): \(write)")
            if whole.refusal != nil { refused += 1 }
            _ = live.reload()
        }
        XCTAssertEqual(refused, (only ?? Array(all.indices)).filter(Self.refused.contains).count,
                       "\(store): the refused cases must be refused")
        // The journal's last entry takes the last award back in both.
        let undone = outcome(a) { try StoreWrite.undo.performed(in: a, now: now) }
        XCTAssertEqual(undone, outcome(b) { try StoreWrite.undo.performed(in: b, now: now) })
    }

    /// The files an award's check reads, and the campaign; the others only slow a debug build down.
    private static func awardFiles(_ texts: [String: String]) -> [String: String] {
        texts.filter { ["awards.rec", "branches.rec", "campaign.rec"].contains($0.key) }
    }

    private static let demo: [String: String] = awardFiles(Dictionary(uniqueKeysWithValues: StoreSchema.files.compactMap { name in
        StoreLoader.demoDirectory().flatMap { try? String(contentsOfFile: $0 + "/" + name, encoding: .utf8) }.map { (name, $0) }
    }))
    private static let generated = awardFiles(StoreGenerator(seed: 7, counts: GeneratorDeterminismTests.small).texts())

    func testTheDemoStoreGivesTheSameOutcomesBothWays() throws {
        XCTAssertEqual(Self.demo.count, 3, "the demo's files are shipped with StoreDemo")
        try assertSame(Self.demo, "demo", only: [0, 3])
    }

    func testAGeneratedStoreGivesTheSameOutcomesBothWays() throws {
        try assertSame(Self.generated, "generated")
    }

    /// A copy's tag goes into the id made from the kept pattern as into the one made from every id.
    func testATaggedCopyGivesTheSameIds() throws {
        try assertSame(Self.generated, "generated, tagged BX", tag: "BX", only: [0, 10])
    }

    /// Another program's award, written after the snapshot was read, sends the write the usual way:
    /// its id is refused though the snapshot does not know it.
    func testAStaleSnapshotIsNotTrusted() throws {
        let (a, _) = try pair(Self.generated)
        let live = try LiveStore(directory: a)
        let stamps = try XCTUnwrap(live.stamps)
        let fields = [("Recipient", "Người Khác Ghi"), ("Kind", "student"), ("Category", "Học sinh giỏi"),
                      ("Branch", "KP01"), ("Amount", "100000"), ("Date", "2022-10-06"), ("Id", "KT77777")]
        _ = try award(fields).performed(in: a, now: now)
        var cache = SnapshotWriteCache()
        XCTAssertThrowsError(try award(fields).performed(in: a, now: now, snapshot: live.shown, stamps: stamps, cache: &cache)) { error in
            XCTAssertTrue((error as? RecordAdditionError)?.text(.vi).contains("KT77777") == true, "\(error)")
        }
        XCTAssertFalse(cache.lastUsedSnapshot)
    }

    /// A live store's stamps are those of the files it read, and move with a write.
    func testTheLiveStoreStampsWhatItRead() throws {
        let (a, _) = try pair(Self.generated)
        var live = try LiveStore(directory: a)
        XCTAssertEqual(live.stamps, StoreFileStamps(directory: a))
        try write(String(decoding: WriteOutcome.read("awards.rec", in: a), as: UTF8.self) + "\nId: KT55555\nDate: 2022-10-06\n"
                  + "Recipient: Lê Văn Tám\nKind: student\nCategory: Học sinh giỏi\nBranch: KP01\n", to: "awards.rec", in: a)
        XCTAssertNotEqual(live.stamps, StoreFileStamps(directory: a))
        _ = live.reload()
        XCTAssertEqual(live.stamps, StoreFileStamps(directory: a))
    }

    /// The kept ids give the next id every id gives, tagged or not.
    func testTheKeptIdsGiveTheSameNextId() throws {
        let lists = [["KT0001", "KT0010", "KT0002"], ["A99", "KT0005", "X", "A100", "B7"], ["X", "Y"],
                     ["KT0009", "KT9", "KT0012", "Z1234567890123456789", "KT"], ["HV01", "KT-BX0003", "KT0007", "KT-BX0001"]]
        let tag = try XCTUnwrap(CopyTag("BX"))
        for ids in lists {
            XCTAssertEqual(IdAssigner.next(after: IdPattern.short(ids), set: "Award"), IdAssigner.next(after: ids, set: "Award"), "\(ids)")
            XCTAssertEqual(IdAssigner.next(after: IdPattern.short(ids), set: "Award", tag: tag),
                           IdAssigner.next(after: ids, set: "Award", tag: tag), "\(ids)")
        }
    }
}
