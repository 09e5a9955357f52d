/// A copy's tag in new ids: tagged and untagged assignment, copies that never collide, the tag file, and the write path reading it.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class CopyTagTests: XCTestCase {
    private func tag(_ text: String) throws -> CopyTag { try XCTUnwrap(CopyTag(text)) }

    // MARK: The tag

    func testATagIsTwoToFourLettersAToZ() {
        XCTAssertEqual(CopyTag("bx")?.text, "BX")
        XCTAssertEqual(CopyTag("ABCD")?.text, "ABCD")
        for bad in ["B", "ABCDE", "B1", "Đ1", "BÁ", "", "B-X", "1B"] { XCTAssertNil(CopyTag(bad), bad) }
    }

    func testTheTagsIdsCarryAreFoundAndARandomTagAvoidsThem() throws {
        XCTAssertEqual(CopyTag.used(in: ["KT0001", "KT-BX0001", "HV-CY0002", "DHHT-2022", "UBND-SS", "TDP-ABCD12", "A-B1"]),
                       ["BX", "CY", "ABCD"])
        var generator = SystemRandomNumberGenerator()
        let letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".map(String.init)
        var used = Set(letters.flatMap { a in letters.map { a + $0 } })
        used.remove("QZ")
        XCTAssertEqual(CopyTag.random(avoiding: used, using: &generator)?.text, "QZ")
        used.insert("QZ")
        XCTAssertNil(CopyTag.random(avoiding: used, using: &generator))
        let drawn = (0..<50).compactMap { _ in CopyTag.random(avoiding: [], using: &generator)?.text }
        XCTAssertGreaterThan(Set(drawn).count, 30, "fifty draws of 676 tags should rarely repeat: \(drawn)")
    }

    func testTheFileHoldsOneTagAndABadOneIsNamed() throws {
        let folder = try makeTemporaryFolder(self)
        XCTAssertNil(try CopyTag.read(in: folder))
        let path = (folder as NSString).appendingPathComponent(CopyTag.fileName)
        try Data(try tag("BX").fileText.utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(try CopyTag.read(in: folder), try tag("BX"))
        try Data("B7\n".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try CopyTag.read(in: folder)) { error in
            XCTAssertTrue("\(error)".contains(CopyTag.fileName) && "\(error)".contains("«B7»"), "\(error)")
        }
    }

    func testAFolderCopiedWholeIsStoppedUntilItTakesATagOfItsOwn() throws {
        let original = try makeTemporaryFolder(self), copied = try makeTemporaryFolder(self)
        try StoreInitializer.create(in: copied, contents: .empty)
        let text = try tag("BX").fileText(folder: original)
        XCTAssertTrue(text.contains("# thư mục: "), text)
        try Data(text.utf8).write(to: URL(fileURLWithPath: (original as NSString).appendingPathComponent(CopyTag.fileName)))
        XCTAssertEqual(try CopyTag.read(in: original), try tag("BX"))
        // The same file in another folder: the tag is the other folder's.
        try Data(text.utf8).write(to: URL(fileURLWithPath: (copied as NSString).appendingPathComponent(CopyTag.fileName)))
        XCTAssertThrowsError(try CopyTag.read(in: copied)) { error in
            XCTAssertEqual(error as? CopyTagError, .copiedFolder(folder: copied, tag: "BX"))
            XCTAssertTrue("\(error)".contains("hoctap sync --setup --store \(copied)") && "\(error)".contains("chưa ghi gì"), "\(error)")
        }
        let before = try AdditionRefusalTests.contents(of: copied)
        XCTAssertThrowsError(try RecordAddition.add(set: StoreSchema.learner, given: [("Name", "Lê Văn Một")], in: copied, now: "2022-10-06 08:00"))
        XCTAssertEqual(try AdditionRefusalTests.contents(of: copied), before, "nothing written")
        // A file without the folder (an earlier version's) is read anywhere.
        try Data(try tag("BX").fileText.utf8).write(to: URL(fileURLWithPath: (copied as NSString).appendingPathComponent(CopyTag.fileName)))
        XCTAssertEqual(try CopyTag.read(in: copied), try tag("BX"))
    }

    func testTheCopysTagFileIsKeptOutOfGit() {
        XCTAssertTrue(SyncSetup.localFiles.contains(CopyTag.fileName))
    }

    // MARK: Ids

    func testWithoutATagIdsAreAsBefore() {
        XCTAssertEqual(IdAssigner.next(after: ["KT0009"], set: "Award", tag: nil), "KT0010")
        var ids = IdSequence(set: "Award", existing: ["KT0009"])
        XCTAssertEqual([ids.next(), ids.next()], ["KT0010", "KT0011"])
    }

    func testATaggedIdIsThePrefixTheTagAndANumberCountedPerPrefixAndTag() throws {
        let bx = try tag("BX")
        XCTAssertEqual(IdAssigner.next(after: [], set: "Award", tag: bx), "KT-BX0001")
        XCTAssertEqual(IdAssigner.next(after: [], set: "Donation", tag: bx), "UH-BX001")
        XCTAssertEqual(IdAssigner.next(after: ["KT0042"], set: "Award", tag: bx), "KT-BX0001")
        // Another copy's ids neither change the prefix nor count for this one.
        XCTAssertEqual(IdAssigner.next(after: ["KT0042", "KT-BX0003", "KT-CY0009"], set: "Award", tag: bx), "KT-BX0004")
        XCTAssertEqual(IdAssigner.next(after: ["TLHTSD-2022"], set: "CriteriaSet", tag: bx), "TLHTSD-BX0001")
        XCTAssertEqual(IdAssigner.next(after: ["KT-BX9999"], set: "Award", tag: bx), "KT-BX10000")
        var ids = IdSequence(set: "Learner", existing: ["HV0806", "HV-CY0001"], tag: try tag("CY"))
        XCTAssertEqual([ids.next(), ids.next()], ["HV-CY0002", "HV-CY0003"])
        ids.note("HV-CY0010")
        XCTAssertEqual(ids.next(), "HV-CY0011")
    }

    /// Three copies add records in a random order, now and then taking in another copy's records
    /// (a sync): no two copies ever hand out the same id, and each copy's ids stay unique.
    func testCopiesWithDifferentTagsNeverCollideWhateverTheInterleaving() throws {
        var generator = SystemRandomNumberGenerator()
        let tags = try ["BX", "CY", "DZA"].map(tag)
        for _ in 0..<100 {
            var copies: [[String]] = Array(repeating: ["KT0001", "KT0002"], count: tags.count)
            var handedOut: [String: Int] = [:]
            for _ in 0..<40 {
                let copy = Int.random(in: 0..<tags.count, using: &generator)
                if Bool.random(using: &generator) {
                    let id = IdAssigner.next(after: copies[copy], set: "Award", tag: tags[copy])
                    XCTAssertNil(handedOut[id], "\(id) given by copy \(copy) and copy \(handedOut[id] ?? -1)")
                    handedOut[id] = copy
                    copies[copy].append(id)
                } else {
                    let other = Int.random(in: 0..<tags.count, using: &generator)
                    copies[copy] += copies[other].filter { !copies[copy].contains($0) }
                }
            }
            for ids in copies { XCTAssertEqual(Set(ids).count, ids.count) }
        }
    }

    // MARK: The write path

    func testEveryWriteReadsTheTagBesideTheStore() throws {
        let folder = try makeTemporaryFolder(self)
        try StoreInitializer.create(in: folder, contents: .empty)
        let now = "2022-10-06 08:00"
        let plain = try RecordAddition.add(set: XCTUnwrap(StoreSchema.set(named: "Branch")),
                                           given: [("Name", "Chi hội khu phố 1"), ("Kind", "neighborhood")], in: folder, now: now)
        XCTAssertEqual(plain.record.fields.first { $0.name == "Id" }?.value, "CH01")
        try Data(try tag("BX").fileText.utf8).write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(CopyTag.fileName)))
        let tagged = try RecordAddition.add(set: XCTUnwrap(StoreSchema.set(named: "Branch")),
                                            given: [("Name", "Chi hội khu phố 2"), ("Kind", "neighborhood")], in: folder, now: now)
        XCTAssertEqual(tagged.record.fields.first { $0.name == "Id" }?.value, "CH-BX01")
        let learners = [NewRecord(set: "Learner", fields: [.init("Name", "Lê Văn Một")]),
                        NewRecord(set: "Learner", fields: [.init("Name", "Trần Thị Hai")])]
        let preview = try RecordBatch.preview(learners, in: folder, now: now)
        XCTAssertEqual(preview.made.compactMap { $0?.record.fields.first { $0.name == "Id" }?.value }, ["HV-BX0001", "HV-BX0002"])
        let written = try StoreWrite.add(learners).perform(in: folder, now: now)
        XCTAssertEqual(written.compactMap { $0.fields.first { $0.name == "Id" }?.value }, ["HV-BX0001", "HV-BX0002"])
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertEqual(snapshot.problems.filter { $0.severity == .error }.count, 0, "\(snapshot.problems)")
        XCTAssertEqual(snapshot.branches.map(\.id), ["CH01", "CH-BX01"])
    }
}
