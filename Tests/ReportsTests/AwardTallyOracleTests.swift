// The award tallies the report prints, checked against recsel on a generated store of some thousand awards.

import Foundation
import XCTest
@testable import Reports
@testable import Store
@testable import StoreDemo
@testable import Recfile
import StoreFixtures

final class AwardTallyOracleTests: XCTestCase {
    func testAwardsPerBranchCategoryAndKindAgreeWithRecsel() throws {
        let recutils = try Recutils.require()
        let folder = try makeTemporaryFolder(self)
        try StoreGenerator(seed: 31, counts: .withAwards(2_500)).write(to: folder)
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertEqual(snapshot.errors, [])
        let awards = folder + "/awards.rec"
        // The generated store is one school year: the year's tallies are the whole file's.
        let t = Tallies(snapshot, schoolYear: SchoolYear(startYear: 2022))
        XCTAssertEqual(t.awards.count, try recutils.count("Award", in: awards))
        func count(_ expression: String) throws -> Int? {
            let r = try recutils.run(recutils.recsel, ["-t", "Award", "-e", expression, "-c", awards])
            return Int(r.output.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        for (branch, n) in t.awards.byBranch {
            XCTAssertEqual(n, try count("Branch = '\(branch)'"), branch)
        }
        for (category, n) in t.awards.byCategory {
            XCTAssertEqual(n, try count("Category = '\(category)'"), category)
        }
        for (kind, n) in t.awards.byKind {
            XCTAssertEqual(n, try count("Kind = '\(kind)'"), kind)
        }
        // The amount: recsel prints every Amount, summed here.
        let amounts = try recutils.run(recutils.recsel, ["-t", "Award", "-P", "Amount", awards]).output
        let sum = amounts.split(separator: "\n").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.reduce(0, +)
        XCTAssertEqual(t.awards.amount, sum)
        let titles = folder + "/titles.rec"
        XCTAssertEqual(try recutils.count("Title", in: titles), snapshot.titles.count)
        let families = try recutils.run(recutils.recsel, ["-t", "Title", "-e", "SchoolYear = '2022-2023' && Kind = 'family'",
                                                          "-P", "Recognized", titles]).output
        XCTAssertEqual(families.split(separator: "\n").compactMap { Int($0) }.reduce(0, +), t.titles["family"]?.recognized)
    }
}
