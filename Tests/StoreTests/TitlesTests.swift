// The Title set: decoding and its checks.

import Foundation
import XCTest
@testable import Store
@testable import StoreDemo
@testable import Recfile
import StoreFixtures

final class TitlesTests: XCTestCase {
    private let header = StoreSchema.fileHeader(for: "titles.rec")

    private func snapshot(_ records: String) -> StoreSnapshot { StoreFixture.snapshot(titles: records) }
    private let two = StoreFixture.twoYearsOfTitles

    /// The two-year titles with the first `old` replaced by `new`.
    private func first(_ old: String, _ new: String) -> String {
        guard let range = two.range(of: old) else { return two }
        return two.replacingCharacters(in: range, with: new)
    }

    func testTitlesAreReadWithTheirYearKindBranchAndCounts() {
        let s = snapshot(two)
        XCTAssertEqual(s.errors, [])
        XCTAssertEqual(s.titles.map(\.id), ["DT1", "DT2", "DT3"])
        XCTAssertEqual(s.titles[1], LearningTitle(id: "DT2", schoolYear: SchoolYear(startYear: 2022), kind: .family, branch: "KP01",
                                                   recognized: 70, total: 100, source: s.titles[1].source))
        XCTAssertNil(s.titles[2].branch)
        XCTAssertEqual(s.titles[0].source.file, "titles.rec")
    }

    func testBadTitlesAreNamedWithTheirPlace() {
        let cases: [(String, String, String)] = [
            ("SchoolYear: 2021-2022", "SchoolYear: 2021", "SchoolYear"),
            ("Kind: family", "Kind: household", "Kind"),
            ("Recognized: 60", "Recognized: 160", "Recognized"),
            ("Total: 100", "Total: many", "Total"),
            ("Branch: KP01", "Branch: KP99", "Branch"),
            ("Recognized: 60", "Recognized: -1", "Recognized"),
        ]
        for (old, new, field) in cases {
            let s = snapshot(first(old, new))
            XCTAssertEqual(s.errors.map(\.field), [field], "\(new): \(s.errors)")
            XCTAssertEqual(s.errors.first?.file, "titles.rec")
            XCTAssertEqual(s.titles.count, 2, "the bad record is left out")
        }
        let over = snapshot(first("Recognized: 60", "Recognized: 160"))
        XCTAssertTrue(over.errors[0].message.contains("more recognised (160) than there are in all"), over.errors[0].message)
    }

    func testAStoreWithoutTitlesRecIsWarnedAboutNotBroken() {
        var files = StoreFixture.files()
        files["titles.rec"] = nil
        let s = StoreLoader.decode(files: files)
        XCTAssertEqual(s.errors, [])
        XCTAssertEqual(s.warnings.map(\.file), ["titles.rec"])
    }

    func testRecfixAcceptsTheTitlesAndRejectsAMissingCount() throws {
        let recutils = try Recutils.require()
        let folder = try makeTemporaryFolder(self)
        try write(header + two, to: "titles.rec", in: folder)
        try recutils.assertChecks(folder + "/titles.rec")
        XCTAssertEqual(try recutils.count("Title", in: folder + "/titles.rec"), 3)
        try write(header + two.replacingOccurrences(of: "Total: 10\n", with: ""), to: "titles.rec", in: folder)
        XCTAssertNotEqual(try recutils.run(recutils.recfix, ["--check", folder + "/titles.rec"]).status, 0)
    }
}
