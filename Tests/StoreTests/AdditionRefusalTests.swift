/// Every refused record leaves the store byte for byte as it was, and says why without naming a file place.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class AdditionRefusalTests: XCTestCase {
    private let now = "2023-03-01 09:00"

    /// Runs a refused addition on a fixture folder and checks that no store file changed.
    private func assertRefused(_ set: SetSchema, _ given: [(name: String, value: String)], mentions: [String],
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let folder = try StoreFixture.folder(self)
        let before = try Self.contents(of: folder)
        XCTAssertThrowsError(try RecordAddition.add(set: set, given: given, in: folder, now: now), file: file, line: line) { error in
            guard case .invalid(let name, let refusal)? = error as? RecordAdditionError else {
                return XCTFail("unexpected \(error)", file: file, line: line)
            }
            let problems = refusal.map(\.en)
            XCTAssertEqual(name, set.name, file: file, line: line)
            let text = problems.joined(separator: "\n")
            for word in mentions { XCTAssertTrue(text.contains(word), "\"\(word)\" not in: \(text)", file: file, line: line) }
            XCTAssertFalse(text.contains(".rec:"), "a refusal names no file place: \(text)", file: file, line: line)
        }
        XCTAssertEqual(try Self.contents(of: folder), before, "a refused record changed the store", file: file, line: line)
    }

    /// Every store file's bytes.
    static func contents(of folder: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in StoreSchema.files {
            out[name] = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name))
        }
        return out
    }

    private let award: [(name: String, value: String)] = AdditionIdTests.award

    func testMissingMandatory() throws {
        try assertRefused(StoreSchema.award, [("Recipient", "X"), ("Kind", "student")],
                          mentions: ["Category: missing", "Branch: missing"])
    }

    func testBadEnum() throws {
        try assertRefused(StoreSchema.award, award.map { $0.name == "Kind" ? ("Kind", "pupil") : $0 },
                          mentions: ["Kind:", "one of student", "\"pupil\""])
    }

    func testBadInt() throws {
        try assertRefused(StoreSchema.award, award + [("Amount", "một triệu")], mentions: ["Amount:", "\"một triệu\""])
    }

    func testBadDate() throws {
        try assertRefused(StoreSchema.award, award + [("Date", "2023-02-30")], mentions: ["Date:", "YYYY-MM-DD", "\"2023-02-30\""])
        try assertRefused(StoreSchema.agendaLog, [("Seq", "1"), ("At", "2022-10-06 25:00")], mentions: ["At:"])
    }

    func testDanglingReferences() throws {
        try assertRefused(StoreSchema.award, award.map { $0.name == "Branch" ? ("Branch", "CH99") : $0 },
                          mentions: ["Branch:", "\"CH99\""])
        try assertRefused(StoreSchema.enrollment, [("Class", "L1"), ("Learner", "HV404")], mentions: ["Learner:", "\"HV404\""])
        try assertRefused(StoreSchema.attendance, [("Class", "L9"), ("Learner", "HV1"), ("Date", "2023-01-05")],
                          mentions: ["Class:", "\"L9\""])
        try assertRefused(StoreSchema.agendaLog, [("Seq", "42")], mentions: ["Seq:", "\"42\""])
    }

    func testDuplicateKey() throws {
        try assertRefused(StoreSchema.award, award + [("Id", "A2")], mentions: ["Id:", "\"A2\""])
    }

    func testUnwritableValue() throws {
        let folder = try StoreFixture.folder(self)
        let before = try Self.contents(of: folder)
        XCTAssertThrowsError(try RecordAddition.add(set: StoreSchema.learner, given: [("Name", "a\r\nb")], in: folder, now: now))
        XCTAssertEqual(try Self.contents(of: folder), before)
    }
}
