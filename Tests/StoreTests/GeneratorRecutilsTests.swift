/// The recutils oracle on a generated store of a few thousand records: `recfix --check` and `recsel -c`.

import Foundation
import XCTest
@testable import Store
@testable import StoreDemo
@testable import Recfile
import StoreFixtures

final class GeneratorRecutilsTests: XCTestCase {
    func testAGeneratedStoreOfSomeThousandRecordsPassesRecfixAndRecselCounts() throws {
        let recutils = try Recutils.require()
        var counts = StoreCounts.withAwards(2_400)
        counts.learners = 300
        counts.enrollments = 700
        let folder = try makeTemporaryFolder(self)
        let written = try StoreGenerator(seed: 77, counts: counts).write(to: folder)
        XCTAssertEqual(written["Award"], 2_400)
        XCTAssertGreaterThan(written.values.reduce(0, +), 4_000)
        try recutils.assertStore(folder, counts: written)
    }

    func testTheEmptyStorePassesRecfixWithNoRecordsButThePublishedCriteria() throws {
        let recutils = try Recutils.require()
        let folder = try makeTemporaryFolder(self)
        try StoreInitializer.create(in: folder, contents: .empty)
        var none = Dictionary(uniqueKeysWithValues: StoreSchema.setNames.map { ($0, 0) })
        none["CriteriaSet"] = 5
        none["Criterion"] = 21
        try recutils.assertStore(folder, counts: none)
    }

    /// The oracle itself can fail: a record missing a mandatory field is reported.
    func testRecfixCatchesAMissingMandatoryField() throws {
        let recutils = try Recutils.require()
        let folder = try makeTemporaryFolder(self)
        let text = StoreSchema.fileHeader(for: "awards.rec")
            + "\nId: KT1\nDate: 2022-10-06\nRecipient: Nguyễn Văn An\nKind: student\nCategory: Học bổng\n"
        try write(text, to: "awards.rec", in: folder)
        let result = try recutils.run(recutils.recfix, ["--check", folder + "/awards.rec"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.output.contains("Branch"), result.output)
    }
}
