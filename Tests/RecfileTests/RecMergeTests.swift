/// The three-way merge of a recfile, case by case: additions, changes, removals, clashes, append-only sets, descriptors and comments.

import Recfile
import XCTest

final class RecMergeTests: XCTestCase {
    private let header = "# awards.rec: test file\n\n%rec: Award\n%key: Id\n%mandatory: Id\n\n"
    private let logHeader = "%rec: Attendance\n%mandatory: Class Learner\n\n"

    private func award(_ id: String, _ amount: Int, _ who: String = "An") -> String {
        "Id: \(id)\nAmount: \(amount)\nRecipient: \(who)\n"
    }

    /// A file of the header, the awards and the log records, one blank line between records.
    private func file(_ awards: [String], log: [String] = []) -> String {
        var text = header + awards.joined(separator: "\n")
        if !log.isEmpty { text += "\n" + logHeader + log.joined(separator: "\n") }
        return text
    }

    private func attend(_ learner: String, _ date: String) -> String {
        "Class: LH01\nLearner: \(learner)\nDate: \(date)\n"
    }

    private func merge(_ base: String, _ ours: String, _ theirs: String) -> RecMergeResult {
        RecMerge.merge(base: base, ours: ours, theirs: theirs, file: "awards.rec")
    }

    private let base = ["KT1", "KT2", "KT3"]

    private func awards(_ amounts: [(String, Int)]) -> [String] { amounts.map { award($0.0, $0.1) } }

    func testNothingChangedGivesOursByteForByte() {
        let text = file(awards([("KT1", 1), ("KT2", 2)]), log: [attend("HV1", "2022-10-01")])
        let result = merge(text, text, text)
        XCTAssertEqual(result.text, text)
        XCTAssertTrue(result.isClean)
    }

    func testAdditionsOnBothSidesOursFirstThenTheirsEachInItsOrder() {
        let b = file(awards([("KT1", 1), ("KT2", 2)]))
        let o = file(awards([("KT1", 1), ("KT2", 2), ("A1", 10), ("A2", 11)]))
        let t = file(awards([("KT1", 1), ("KT2", 2), ("B1", 20), ("B2", 21)]))
        let result = merge(b, o, t)
        XCTAssertTrue(result.isClean)
        XCTAssertEqual(result.text, file(awards([("KT1", 1), ("KT2", 2), ("A1", 10), ("A2", 11), ("B1", 20), ("B2", 21)])))
    }

    func testTheSameRecordAddedOnBothSidesIsKeptOnce() {
        let b = file(awards([("KT1", 1)]))
        let o = file(awards([("KT1", 1), ("KT9", 9)]))
        let result = merge(b, o, o)
        XCTAssertTrue(result.isClean)
        XCTAssertEqual(result.text, o)
    }

    func testAChangeOrARemovalOnOneSideIsTaken() {
        let b = file(awards([("KT1", 1), ("KT2", 2), ("KT3", 3), ("KT4", 4)]))
        let o = file(awards([("KT1", 100), ("KT2", 2), ("KT4", 4)]))       // KT1 changed, KT3 removed
        let t = file(awards([("KT1", 1), ("KT2", 200), ("KT3", 3)]))        // KT2 changed, KT4 removed
        let result = merge(b, o, t)
        XCTAssertTrue(result.isClean, "\(result.clashes)")
        XCTAssertEqual(result.text, file(awards([("KT1", 100), ("KT2", 200)])))
    }

    func testTheSameChangeOnBothSidesIsNoClash() {
        let b = file(awards([("KT1", 1)]))
        let o = file(awards([("KT1", 5)]))
        XCTAssertEqual(merge(b, o, o), RecMergeResult(text: o, clashes: []))
    }

    func testTheSameFieldChangedDifferentlyIsAClashHoldingBothVersions() throws {
        let b = file(awards([("KT1", 1), ("KT2", 2)]))
        let o = file(awards([("KT1", 111), ("KT2", 2)]))
        let t = file(awards([("KT1", 222), ("KT2", 2)]))
        let result = merge(b, o, t)
        XCTAssertEqual(result.clashes, [RecMergeClash(kind: .bothChanged, file: "awards.rec", set: "Award", key: "KT1",
                                                      field: "Amount", base: "1", ours: "111", theirs: "222")])
        let expected = header + RecMergeMarks.ours + "\n\n" + award("KT1", 111) + "\n" + RecMergeMarks.middle + "\n\n"
            + award("KT1", 222) + "\n" + RecMergeMarks.theirs + "\n\n" + award("KT2", 2)
        XCTAssertEqual(result.text, expected)
        XCTAssertEqual(RecMergeMarks.lines(in: result.text), [7, 13, 19])
    }

    func testDifferentFieldsChangedOnBothSidesIsAClashNamingEachField() {
        let b = file([award("KT1", 1, "An")])
        let o = file([award("KT1", 5, "An")])
        let t = file([award("KT1", 1, "Bình")])
        let result = merge(b, o, t)
        XCTAssertEqual(result.clashes.map(\.field), ["Amount", "Recipient"])
        XCTAssertEqual(result.clashes.map(\.ours), ["5", "An"])
        XCTAssertEqual(result.clashes.map(\.theirs), ["1", "Bình"])
        XCTAssertTrue(result.text.contains(award("KT1", 5, "An")) && result.text.contains(award("KT1", 1, "Bình")))
    }

    func testRemovedOnOneSideAndChangedOnTheOtherIsAClashKeepingTheChange() {
        let b = file(awards([("KT1", 1), ("KT2", 2)]))
        let removed = file(awards([("KT2", 2)]))
        let changed = file(awards([("KT1", 7), ("KT2", 2)]))

        let theirsRemoved = merge(b, changed, removed)
        XCTAssertEqual(theirsRemoved.clashes, [RecMergeClash(kind: .removedTheirs, file: "awards.rec", set: "Award", key: "KT1",
                                                             field: "Amount", base: "1", ours: "7", theirs: nil)])
        XCTAssertTrue(theirsRemoved.text.contains(RecMergeMarks.ours + "\n\n" + award("KT1", 7) + "\n" + RecMergeMarks.middle
                                                  + "\n\n" + RecMergeMarks.removed + "\n\n" + RecMergeMarks.theirs))

        let oursRemoved = merge(b, removed, changed)
        XCTAssertEqual(oursRemoved.clashes, [RecMergeClash(kind: .removedOurs, file: "awards.rec", set: "Award", key: "KT1",
                                                           field: "Amount", base: "1", ours: nil, theirs: "7")])
        XCTAssertTrue(oursRemoved.text.contains(RecMergeMarks.ours + "\n\n" + RecMergeMarks.removed + "\n\n" + RecMergeMarks.middle
                                                + "\n\n" + award("KT1", 7) + "\n" + RecMergeMarks.theirs))
        XCTAssertTrue(oursRemoved.text.contains(award("KT2", 2)))
    }

    func testAKeyAddedDifferentlyOnBothSidesIsAClash() {
        let b = file(awards([("KT1", 1)]))
        let result = merge(b, file(awards([("KT1", 1), ("KT2", 20)])), file(awards([("KT1", 1), ("KT2", 30)])))
        XCTAssertEqual(result.clashes.map(\.kind), [.bothAdded])
        XCTAssertEqual(result.clashes.first?.base, nil)
        XCTAssertTrue(result.text.contains(award("KT2", 20)) && result.text.contains(award("KT2", 30)))
    }

    /// A set without a key (attendance, the ceremony log) is merged as a multiset of whole
    /// records: whatever each side appended or removed, in any order, never a clash.
    func testAppendOnlyRecordsMergeWithoutClashInAnyOrder() {
        let a = attend("HV1", "2022-10-01"), b2 = attend("HV2", "2022-10-01"), c = attend("HV3", "2022-10-02"),
            d = attend("HV4", "2022-10-02"), e = attend("HV5", "2022-10-03")
        let awardsPart = awards([("KT1", 1)])
        let b = file(awardsPart, log: [a, b2])
        let o = file(awardsPart, log: [b2, a, c, e])      // reordered, appended c and e
        let t = file(awardsPart, log: [a, d, e])          // removed b2, appended d and e
        let result = merge(b, o, t)
        XCTAssertTrue(result.isClean)
        XCTAssertEqual(result.text, file(awardsPart, log: [a, c, e, d]))
        let swapped = merge(b, t, o)
        XCTAssertTrue(swapped.isClean)
        XCTAssertEqual(swapped.text, file(awardsPart, log: [a, d, e, c]))
    }

    func testADescriptorChangedOnOneSideIsTakenAndOnBothIsAClash() {
        let b = file(awards([("KT1", 1)]))
        let o = b.replacingOccurrences(of: "%mandatory: Id\n", with: "%mandatory: Id Amount\n")
        let t = b.replacingOccurrences(of: "%mandatory: Id\n", with: "%mandatory: Id Recipient\n")
        XCTAssertEqual(merge(b, b, o), RecMergeResult(text: o, clashes: []))
        let both = merge(b, o, t)
        XCTAssertEqual(both.clashes.map(\.kind), [.bothChanged])
        XCTAssertEqual(both.clashes.first?.key, "Award")
        XCTAssertNil(both.clashes.first?.field)
        XCTAssertTrue(both.text.contains("%mandatory: Id Amount") && both.text.contains("%mandatory: Id Recipient"))
    }

    func testCommentsAndTheHeaderAreKept() {
        let b = file(awards([("KT1", 1), ("KT2", 2)]))
        let o = b.replacingOccurrences(of: "# awards.rec: test file", with: "# awards.rec: the ward's awards")
        let t = file(awards([("KT1", 1)]) + ["# a note about KT2\n" + award("KT2", 2)])
        let result = merge(b, o, t)
        XCTAssertTrue(result.isClean)
        XCTAssertTrue(result.text.hasPrefix("# awards.rec: the ward's awards\n"), result.text)
        XCTAssertTrue(result.text.contains("# a note about KT2\nId: KT2"), result.text)
    }

    /// Their record goes to its own set, after ours' additions there, even when ours added a set after it.
    func testTheirAdditionStaysInItsSet() {
        let b = file(awards([("KT1", 1)]), log: [attend("HV1", "2022-10-01")])
        let o = file(awards([("KT1", 1), ("A1", 5)]), log: [attend("HV1", "2022-10-01")]) + "\n%rec: Note\n\nText: new set\n"
        let t = file(awards([("KT1", 1), ("B1", 6)]), log: [attend("HV1", "2022-10-01"), attend("HV9", "2022-10-05")])
        let result = merge(b, o, t)
        XCTAssertTrue(result.isClean)
        XCTAssertEqual(result.text, file(awards([("KT1", 1), ("A1", 5), ("B1", 6)]),
                                         log: [attend("HV1", "2022-10-01"), attend("HV9", "2022-10-05")]) + "\n%rec: Note\n\nText: new set\n")
    }

    func testASetAddedByThemGoesAtTheEndWithItsRecords() {
        let b = file(awards([("KT1", 1)]))
        let t = b + "\n" + logHeader + attend("HV1", "2022-10-01")
        let o = file(awards([("KT1", 1), ("A1", 5)]))
        let result = merge(b, o, t)
        XCTAssertEqual(result.text, o + "\n" + logHeader + attend("HV1", "2022-10-01"))
    }

    func testContinuationLinesAndCRLFAreReadAsFieldValues() {
        let paragraph = RecParagraphs("%rec: A\n%key: Id\n\nId: X1\r\nNote: one\n+ two\nLong: a\\\nb\n").paragraphs[1]
        XCTAssertEqual(paragraph.fields.map(\.name), ["Id", "Note", "Long"])
        XCTAssertEqual(paragraph.fields.map(\.value), ["X1", "one\ntwo", "ab"])
        XCTAssertEqual(paragraph.kind, .record)
        XCTAssertEqual(paragraph.line, 4)
        XCTAssertEqual(["Id", "Note", "Long", "Missing"].map { paragraph.value(of: $0) }, ["X1", "one\ntwo", "ab", nil])
    }

    /// A record whose text changed only in how a letter is composed (NFD for NFC) was changed:
    /// the merge keeps the side's bytes rather than calling them equal.
    func testAChangeOfCompositionIsAChange() {
        let b = file([award("KT1", 1, "Ho\u{00E0}")])
        let t = file([award("KT1", 1, "Hoa\u{0300}")])
        XCTAssertEqual(merge(b, b, t).text.utf8.count, t.utf8.count)
        XCTAssertTrue(merge(b, b, t).text.utf8.elementsEqual(t.utf8))
    }
}
