// Criteria, subjects and assessments as read and checked: a subject of the right kind, the right number of scores, none above its item's maximum.

import Foundation
import XCTest
@testable import Store
import StoreFixtures

final class AssessmentRecordsTests: XCTestCase {
    private let now = "2022-12-05 09:00"

    /// The errors of the fixture's assessed store with `assessment` (a record's text) as its only assessment.
    private func errors(_ assessment: String) -> [StoreProblem] {
        StoreLoader.decode(files: StoreFixture.assessedFiles(assessments: "\n" + assessment)).errors
    }

    // MARK: reading

    func testTheFixtureYearReadsWhole() {
        let s = StoreLoader.decode(files: StoreFixture.assessedFiles())
        XCTAssertEqual(s.errors, [])
        XCTAssertEqual(s.criteriaSets.map(\.id), ["CDHT-324", "GDHT-448", "DHHT-448", "TDPHT", "DVHT", "GD-T", "DV-T"])
        XCTAssertEqual(s.criteriaSets.last?.items.map(\.isRequired), [true, false])
        XCTAssertEqual(s.communities.map(\.id), ["TDP1", "TDP2"])
        XCTAssertEqual(s.units.map(\.kind), [.school, .agency])
        XCTAssertEqual(s.partyCells.first?.members, ["HV1", "HV2"])
        XCTAssertEqual(s.families.map(\.headIsLearner), [true, false, false], "GD1's head is a learner's id, the others a name")
        XCTAssertEqual(s.families.map(\.isPartyFamily), [true, false, false])
        XCTAssertEqual(s.registrations.count, 3)
        XCTAssertEqual(s.assessments.count, 8)
        XCTAssertEqual(s.assessments[2].scores.last, .some(nil), "- is an item not scored")
    }

    // MARK: what check refuses

    func testAScoreAboveItsItemsMaximumIsRefused() {
        let found = errors("Subject: HV1\nSet: CDHT-324\nYear: 2022\nScores: 8,8,8,8,8,8,8,8,8,11\n")
        XCTAssertEqual(found.map(\.field), ["Scores"])
        XCTAssertEqual(found.first?.kind, .inconsistent)
        XCTAssertTrue(found.first?.message.contains("item 10 of the set CDHT-324 gives at most 10 points, got 11") ?? false)
        XCTAssertEqual(ProblemWording.message(found[0], .vi), "chỉ tiêu 10 của bộ CDHT-324 tối đa 10 điểm, nhưng ghi 11 điểm")
    }

    func testTheWrongNumberOfScoresIsRefused() {
        let short = errors("Subject: HV1\nSet: CDHT-324\nYear: 2022\nScores: 8,8,8\n")
        XCTAssertEqual(short.map(\.field), ["Scores"])
        XCTAssertTrue(ProblemWording.message(short[0], .vi).hasPrefix("có 3 điểm, nhưng bộ tiêu chí CDHT-324 có 10 chỉ tiêu"))
        let long = errors("Subject: GD1\nSet: GD-T\nYear: 2022\nScores: 8,8,8\n")
        XCTAssertEqual(long.map(\.field), ["Scores"])
        let words = errors("Subject: GD1\nSet: GD-T\nYear: 2022\nScores: tám, chín\n")
        XCTAssertEqual(words.map(\.kind), [.badValue])
        XCTAssertTrue(ProblemWording.isWorded(words[0]), ProblemWording.message(words[0], .vi))
    }

    func testASubjectOfTheWrongKindIsRefused() {
        let learnerAsFamily = errors("Subject: HV1\nSet: GD-T\nYear: 2022\nScores: 8,8\n")
        XCTAssertEqual(learnerAsFamily.map(\.field), ["Subject"])
        XCTAssertEqual(ProblemWording.message(learnerAsFamily[0], .vi),
                       "HV1 là bản ghi Learner, nhưng danh hiệu Gia đình học tập chỉ xét cho bản ghi Family")
        let nobody = errors("Subject: GD9\nSet: GD-T\nYear: 2022\nScores: 8,8\n")
        XCTAssertEqual(nobody.map(\.kind), [.danglingReference])
        XCTAssertEqual(errors("Subject: CB1\nSet: DV-T\nYear: 2022\nScores: 1,1\n"), [], "a party cell is assessed as a unit")
        XCTAssertEqual(errors("Subject: DH2\nSet: DHHT-448\nYear: 2022\nScores: -\n"), [], "a clan by the clans' set")
        let registration = StoreLoader.decode(files: StoreFixture.assessedFiles().merging(
            ["assessments.rec": Array((StoreSchema.fileHeader(for: "assessments.rec").replacingOccurrences(
                of: "\n%rec: Assessment", with: "\nSubject: DV1\nTitle: family\nYear: 2022\n\n%rec: Assessment")).utf8)]) { $1 })
        XCTAssertEqual(registration.errors.map(\.field), ["Subject"], "a registration names a subject of its title too")
    }

    func testAScoreOnAnEmptyPlaceIsRefused() {
        let found = errors("Subject: GD1\nSet: GDHT-448\nYear: 2022\nScores: 10,10,10,10,5,-,-,-\n")
        XCTAssertEqual(found.map(\.field), ["Scores"])
        XCTAssertTrue(ProblemWording.message(found[0], .vi).contains("chỉ tiêu 2.2 của bộ GDHT-448 là chỗ trống"))
    }

    func testOneAssessmentPerSubjectSetAndYear() {
        let twice = errors("Subject: HV1\nSet: CDHT-324\nYear: 2022\nScores: 8,8,8,8,8,8,8,8,8,8\n\n"
                           + "Subject: HV1\nSet: CDHT-324\nYear: 2022\nScores: 9,8,8,8,8,8,8,8,8,8\n")
        XCTAssertEqual(twice.map(\.kind), [.duplicateRecord])
        XCTAssertTrue(ProblemWording.message(twice[0], .vi).hasPrefix("HV1 đã được đánh giá theo bộ tiêu chí CDHT-324 năm 2022"),
                      ProblemWording.message(twice[0], .vi))
        XCTAssertEqual(errors("Subject: HV1\nSet: CDHT-324\nYear: 2022\nScores: 8,8,8,8,8,8,8,8,8,8\n\n"
                              + "Subject: HV1\nSet: CDHT-324\nYear: 2023\nScores: 9,8,8,8,8,8,8,8,8,8\n"), [])
    }

    func testALearnerIsAPartyMemberOfOneCell() throws {
        var files = StoreFixture.assessedFiles()
        var text = String(decoding: files["subjects.rec"] ?? [], as: UTF8.self)
        let cell = try XCTUnwrap(text.range(of: "Member: HV2\n\n"), "CB1's last member")
        text.replaceSubrange(cell, with: "Member: HV2\n\nId: CB2\nName: Chi bộ trường\nMember: HV1\n\n")
        files["subjects.rec"] = Array(text.utf8)
        let found = StoreLoader.decode(files: files).errors
        XCTAssertEqual(found.map(\.field), ["Member"])
        XCTAssertTrue(ProblemWording.message(found[0], .vi).hasPrefix("học viên HV1 đã là đảng viên của chi bộ CB1"))
    }

    func testAnItemWithoutMaxMustBeAnEmptyPlace() {
        var files = StoreFixture.assessedFiles()
        let text = String(decoding: files["criteria.rec"] ?? [], as: UTF8.self) + "\nSet: GD-T\nCode: 3\nText: Điều kiện học tập\n"
        files["criteria.rec"] = Array(text.utf8)
        let found = StoreLoader.decode(files: files).errors
        XCTAssertEqual(found.map(\.field), ["Max"])
        XCTAssertTrue(ProblemWording.isWorded(found[0]))
    }

    // MARK: writing

    func testAddAssessmentWritesUnderTheLockAndUndoTakesItBack() throws {
        let folder = try makeTemporaryFolder(self)
        for (name, bytes) in StoreFixture.assessedFiles() {
            try Data(bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
        }
        let set = try RecordAddition.set(forKind: "assessment")
        let given = try RecordAddition.fields(from: ["--Subject", "GD3", "--Set", "GD-T", "--Year", "2022", "--Scores", "9,6"],
                                              for: set)
        let added = try RecordAddition.add(set: set, given: given, in: folder, now: now)
        XCTAssertEqual(added.record.text, "Subject: GD3\nSet: GD-T\nYear: 2022\nScores: 9,6\n")
        let after = try StoreLoader.load(directory: folder)
        XCTAssertEqual(after.errors, [])
        let written = try XCTUnwrap(after.assessments.last)
        XCTAssertEqual(after.criteriaSets.first { $0.id == "GD-T" }?.result(of: written), .recognized)
        let again = try RecordAddition.fields(from: ["--Subject", "GD3", "--Set", "GD-T", "--Year", "2022", "--Scores", "9,11"],
                                              for: set)
        XCTAssertThrowsError(try RecordAddition.add(set: set, given: again, in: folder, now: now)) { error in
            XCTAssertTrue("\(error)".contains("Scores"), "\(error)")
        }
        _ = try StoreUndo.undo(in: folder, now: now)
        XCTAssertEqual(try StoreLoader.load(directory: folder).assessments.count, 8)
    }

    // MARK: the scores' words

    /// The scores are read as bytes; they must be read as the characters were before: each part
    /// between commas trimmed of spaces, empty or `-` for no score, else a whole number not below 0.
    func testScoresReadAsBytesAnswerAsCharactersDid() {
        func asCharacters(_ text: String) -> [Int?]? {
            var out: [Int?] = []
            for part in text.split(separator: ",", omittingEmptySubsequences: false) {
                let word = part.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed().map(String.init).joined()
                if word.isEmpty || word == "-" {
                    out.append(nil)
                } else if let n = Int(word), n >= 0, word.allSatisfy(\.isASCII) {
                    out.append(n)
                } else {
                    return nil
                }
            }
            return out
        }
        let pieces = ["8", "10", " ", "-", ",", "+3", "-0", "-2", "07", "\u{3000}", "x", "9\u{301}", "tám", "\t", "",
                      "99999999999999999999", "1 2", " \u{301}5", "٣", ",\u{301}"]
        var generator = SeededGenerator(seed: 324)
        var texts = ["", "8,8,8", " 8 , - ,9 ", ",", "-,-", "8,,9", "+3", "-0", "-1", "9223372036854775807", "9,tám"]
        for _ in 0..<3_000 {
            texts.append((0..<Int.random(in: 1...7, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            let bytes = AssessmentDecoder.scores(text)
            let characters = asCharacters(text)
            XCTAssertEqual(bytes.map { $0.map { $0 ?? -1 } }, characters.map { $0.map { $0 ?? -1 } }, "\(text.debugDescription)")
        }
        XCTAssertEqual(AssessmentDecoder.scores(" 8 , - ,9 ")?.map { $0 ?? -1 }, [8, -1, 9])
        XCTAssertNil(AssessmentDecoder.scores("8,tám"))
    }
}

// MARK: - Reloading

final class AssessmentReloadTests: XCTestCase {
    private func append(_ text: String, to name: String, in folder: String) throws {
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: folder + "/" + name))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    /// An assessment appended (as `hoctap add` or the dashboard writes one) is read alone, checked
    /// against its set as a whole reading checks it; a new criterion or household reads the store whole.
    func testAnAppendedAssessmentIsReadAloneAndCheckedTheSame() throws {
        let folder = try makeTemporaryFolder(self)
        for (name, bytes) in StoreFixture.assessedFiles() {
            try Data(bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
        }
        let reloader = StoreReloader()
        _ = try reloader.reload(directory: folder)
        try append("\nSubject: GD3\nSet: GD-T\nYear: 2022\nScores: 9,9\n", to: "assessments.rec", in: folder)
        let good = try reloader.reload(directory: folder)
        XCTAssertTrue(reloader.lastWasIncremental)
        assertSameSnapshot(good, try StoreLoader.reload(directory: folder), "a good assessment")
        XCTAssertEqual(good.assessments.count, 9)
        try append("\nSubject: HV1\nSet: GD-T\nYear: 2023\nScores: 9,12\n", to: "assessments.rec", in: folder)
        let bad = try reloader.reload(directory: folder)
        XCTAssertTrue(reloader.lastWasIncremental)
        XCTAssertEqual(bad.errors.map(\.field), ["Subject", "Scores"], "the wrong kind of subject and a score above its maximum")
        assertSameSnapshot(try XCTUnwrap(reloader.replaced), good, "the snapshot before the bad append is kept")
        try append("\nSet: GD-T\nCode: 3\nText: Điều kiện học tập\nMax: 10\n", to: "criteria.rec", in: folder)
        let whole = try reloader.reload(directory: folder)
        XCTAssertFalse(reloader.lastWasIncremental, "assessments refer to the sets")
        assertSameSnapshot(whole, try StoreLoader.reload(directory: folder), "a new item")
        XCTAssertEqual(whole.criteriaSets.first { $0.id == "GD-T" }?.items.count, 3)
        XCTAssertEqual(whole.errors.filter { $0.field == "Scores" }.count, 4,
                       "two scores no longer fit a set of three items: GD1, GD2, GD3 and the bad HV1")
    }
}
