/// The report's JSON shape (parsed back) and its text for people.

import Foundation
import XCTest
@testable import Reports
@testable import Store
@testable import Recfile
import StoreFixtures

final class ReportOutputTests: XCTestCase {
    private func json(_ snapshot: StoreSnapshot, year: SchoolYear? = nil) throws -> (text: String, object: [String: Any]) {
        let text = ReportJSON.text(Tallies(snapshot, schoolYear: year), problems: snapshot.problems)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        return (text, try XCTUnwrap(object))
    }

    func testJSONHasTheStableShape() throws {
        let (text, o) = try json(StoreFixture.snapshot(["awards.rec": [("Amount: 300000", "Amount: nhiều")]]))
        let top = ["counts", "learnerTurns", "attendance", "awards", "fund", "clans", "titles", "party", "targets", "indicators", "problems"]
        XCTAssertEqual(Set(o.keys), Set(top))
        let positions = top.map { text.range(of: "\"\($0)\":")?.lowerBound }
        XCTAssertEqual(positions.compactMap { $0 }, positions.compactMap { $0 }.sorted(), "keys in the fixed order")
        let counts = try XCTUnwrap(o["counts"] as? [String: Int])
        XCTAssertEqual(Set(counts.keys), Set(StoreSchema.setNames), "every set, even at 0")
        XCTAssertEqual(counts["Award"], 2)
        let awards = try XCTUnwrap(o["awards"] as? [String: Any])
        XCTAssertEqual(Set(awards.keys), ["count", "amount", "byBranch", "byKind", "byCategory"])
        XCTAssertEqual(awards["byBranch"] as? [String: Int], ["KP01": 2, "TR01": 0])
        XCTAssertEqual((awards["byKind"] as? [String: Int])?.count, 5)
        XCTAssertEqual(awards["byCategory"] as? [String: Int], ["Học sinh giỏi": 1, "Gia đình hiếu học": 1])
        XCTAssertEqual(o["fund"] as? [String: Int], ["donations": 1_200_000, "awarded": 500_000, "balance": 700_000,
                                                     "opening": 0, "expenses": 0, "out": 500_000, "closing": 700_000])
        XCTAssertEqual(o["clans"] as? [String: Int], ["studious": 2, "total": 3])
        let targets = try XCTUnwrap(o["targets"] as? [[String: Any]])
        XCTAssertEqual(Set(targets[0].keys), ["id", "metric", "kinds", "schoolYear", "goal", "actual"])
        XCTAssertEqual(targets[0]["schoolYear"] as? String, "2022-2023", "measured over the campaign's year")
        XCTAssertEqual(targets[0]["metric"] as? String, "learner_turns")
        let problems = try XCTUnwrap(o["problems"] as? [[String: Any]])
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(problems[0]["file"] as? String, "awards.rec")
        XCTAssertEqual(problems[0]["severity"] as? String, "error")
        XCTAssertTrue((problems[0]["message"] as? String)?.hasPrefix("Amount: expected") ?? false)
        XCTAssertEqual(problems[0]["line"] as? Int, StoreFixture.line(of: "Amount: 300000", in: "awards.rec"))
    }

    func testJSONOfOneYearAndOfNothing() throws {
        let (_, o) = try json(StoreFixture.snapshot(), year: SchoolYear(startYear: 2022))
        XCTAssertEqual(o["learnerTurns"] as? Int, 2)
        let (_, empty) = try json(StoreSnapshot(directory: ""))
        XCTAssertEqual((empty["counts"] as? [String: Int])?.count, StoreSchema.setNames.count)
        XCTAssertEqual((empty["targets"] as? [Any])?.count, 0)
    }

    func testJSONStringsAreEscaped() throws {
        var out = ""
        JSONValue.quote("a\"b\\c\nd\u{1}é", into: &out)
        XCTAssertEqual(out, "\"a\\\"b\\\\c\\nd\\u0001é\"")
    }

    func testTextReportInVietnamese() {
        let text = ReportText.text(Tallies(StoreFixture.snapshot()), snapshot: StoreFixture.snapshot())
        XCTAssertTrue(text.contains("Phường Hòa Bình"), text)
        XCTAssertTrue(text.contains("Toàn bộ dữ liệu"), text)
        XCTAssertTrue(text.contains("Khen thưởng: 3 lượt, tổng 800.000 đ"), text)
        XCTAssertTrue(text.contains("1.200.000 đ"), text)
        XCTAssertTrue(text.contains("KP01 Chi hội khu phố 1"), text)
        XCTAssertTrue(text.contains("Chỉ tiêu (năm học 2022-2023)"), "the targets say the year they measure: \(text)")
        XCTAssertTrue(text.contains("2 / 4 lượt (50,0%)"), text)
        XCTAssertTrue(text.hasSuffix("Dữ liệu không có lỗi.\n"), text)
        let year = ReportText.text(Tallies(StoreFixture.snapshot(), schoolYear: SchoolYear(startYear: 2022)),
                                   snapshot: StoreFixture.snapshot())
        XCTAssertTrue(year.contains("Năm học 2022-2023 (01/09/2022 – 31/08/2023)"), year)
    }
}
