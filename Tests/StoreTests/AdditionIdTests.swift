/// New ids follow the set's pattern: prefix and zero padding kept, next after the highest, a default for an empty set.

import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class AdditionIdTests: XCTestCase {
    func testNextKeepsPrefixAndPadding() {
        XCTAssertEqual(IdAssigner.next(after: ["AW01873", "AW01874"], set: "Award"), "AW01875")
        XCTAssertEqual(IdAssigner.next(after: ["KT0009"], set: "Award"), "KT0010")
        XCTAssertEqual(IdAssigner.next(after: ["UH062"], set: "Donation"), "UH063")
    }

    func testNextIsAfterTheHighestNotIntoGaps() {
        XCTAssertEqual(IdAssigner.next(after: ["KT0001", "KT0007", "KT0003"], set: "Award"), "KT0008")
    }

    func testNumberOutgrowsItsPadding() {
        XCTAssertEqual(IdAssigner.next(after: ["A98", "A99"], set: "Award"), "A100")
        XCTAssertEqual(IdAssigner.next(after: ["A1", "A2", "A3"], set: "Award"), "A4")
    }

    func testPatternOfTheLastIdWithDigits() {
        // The last numbered id sets the pattern; ids in another pattern or without digits are skipped.
        XCTAssertEqual(IdAssigner.next(after: ["OLD7", "KT0002", "special"], set: "Award"), "KT0003")
        XCTAssertEqual(IdAssigner.next(after: ["KT0002", "X1"], set: "Award"), "X2")
    }

    func testNeverReturnsATakenId() {
        XCTAssertEqual(IdAssigner.next(after: ["KT0002", "KT2", "KT3"], set: "Award"), "KT4")
    }

    func testEmptySetGetsTheDefaultPattern() {
        XCTAssertEqual(IdAssigner.next(after: [], set: "Award"), "KT0001")
        XCTAssertEqual(IdAssigner.next(after: [], set: "Learner"), "HV0001")
        XCTAssertEqual(IdAssigner.next(after: [], set: "Donation"), "UH001")
        XCTAssertEqual(IdAssigner.next(after: ["special"], set: "Donation"), "UH001")
    }

    /// Through the whole addition: an award without Id gets the next one of the fixture's A1…A3,
    /// and an empty store's first award gets the default.
    func testAdditionAssignsTheNextId() throws {
        let award = try RecordAddition(set: StoreSchema.award, given: Self.award, files: StoreFixture.files(),
                                       now: "2023-03-01 09:00")
        XCTAssertEqual(award.record.fields.first, RecordText.Field(name: "Id", value: "A4"))
        var empty: [String: [UInt8]] = [:]
        for file in StoreSchema.files { empty[file] = Array(StoreSchema.fileHeader(for: file).utf8) }
        empty["branches.rec"] = StoreFixture.files()["branches.rec"]
        let first = try RecordAddition(set: StoreSchema.award, given: Self.award, files: empty, now: "2023-03-01 09:00")
        XCTAssertEqual(first.record.fields.first?.value, "KT0001")
        XCTAssertEqual(first.record.fields.first { $0.name == "Date" }?.value, "2023-03-01")
    }

    static let award: [(name: String, value: String)] = [
        ("Recipient", "Nguyễn Văn An"), ("Kind", "student"), ("Category", "Học sinh giỏi"), ("Branch", "KP01"),
    ]
}
