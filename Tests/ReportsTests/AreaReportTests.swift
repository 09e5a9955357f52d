/// The area's report: the total is the sum of each member's own `report --format json`, branches kept apart per member, an unreadable member named.

import Foundation
import Reports
import Store
import StoreFixtures
import XCTest

final class AreaReportTests: XCTestCase {
    /// Two stores of the fixture, the second a former ward with one more award and a gift, and a
    /// folder that does not exist.
    private func threeMembers() throws -> (Area, [String]) {
        let a = try StoreFixture.folder(self)
        let b = try StoreFixture.folder(self, [
            "campaign.rec": [("Ward: Phường Hòa Bình", "Ward: Phường Quảng Châu (cũ)")],
            "awards.rec": [("Id: A1\nDate: 2022-08-31", "Id: A9\nDate: 2022-10-06\nRecipient: Lê Thị Hoa\nKind: student\n"
                + "Category: Học sinh xuất sắc\nBranch: KP01\nAmount: 700000\n\nId: A1\nDate: 2022-08-31")],
        ])
        let missing = a + "-khong-co"
        return (Area.ofStores([a, b, missing]), [a, b])
    }

    private func parsed(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func ints(_ any: Any?) -> [String: Int] { (any as? [String: Any])?.compactMapValues { $0 as? Int } ?? [:] }

    func testTheTotalIsTheSumOfEachMembersOwnReportJSON() throws {
        let (area, folders) = try threeMembers()
        let year = SchoolYear(text: "2022-2023")
        let combined = try parsed(AreaJSON.text(AreaReport.load(area, schoolYear: year, readSummary: { _ in .null })))
        let own = try folders.map { folder -> [String: Any] in
            let snapshot = try StoreLoader.load(directory: folder)
            let report = StoreReport(snapshot, detail: .figures)
            return try parsed(ReportJSON.text(report.tallies(year), titles: report.titles, problems: snapshot.problems))
        }
        let total = try XCTUnwrap(combined["total"] as? [String: Any])
        func sum(_ path: [String]) -> Int {
            own.reduce(0) { acc, r in
                var v: Any? = r
                for k in path { v = (v as? [String: Any])?[k] }
                return acc + ((v as? Int) ?? 0)
            }
        }
        func value(_ path: [String]) -> Int? {
            var v: Any? = total
            for k in path { v = (v as? [String: Any])?[k] }
            return v as? Int
        }
        var paths: [[String]] = [["learnerTurns"], ["attendance"], ["awards", "count"], ["awards", "amount"],
                                 ["clans", "studious"], ["clans", "total"]]
        paths += ["donations", "awarded", "balance", "opening", "expenses", "out", "closing"].map { ["fund", $0] }
        paths += StoreSchema.setNames.map { ["counts", $0] }
        paths += RecipientKind.allCases.map { ["awards", "byKind", $0.rawValue] }
        for title in AssessedTitle.allCases { paths += ["recognized", "assessed", "total"].map { ["titles", title.rawValue, $0] } }
        for p in ["citizens", "families", "cells"] { paths += [["party", p, "recognized"], ["party", p, "total"]] }
        for path in paths { XCTAssertEqual(value(path), sum(path), path.joined(separator: ".")) }
        XCTAssertEqual(sum(["awards", "count"]), 5, "the fixture's two awards of the year in each, plus the second's new one")

        let categories = own.map { ints(($0["awards"] as? [String: Any])?["byCategory"]) }.reduce(into: [:]) { $0.merge($1, uniquingKeysWith: +) }
        XCTAssertEqual(ints((total["awards"] as? [String: Any])?["byCategory"]), categories)

        // Awards by ward, then branch: each member's own byBranch, KP01 twice and apart.
        let byWard = try XCTUnwrap((total["awards"] as? [String: Any])?["byWard"] as? [String: Any])
        XCTAssertEqual(Set(byWard.keys), ["Phường Hòa Bình", "Phường Quảng Châu (cũ)"])
        XCTAssertEqual(ints(byWard["Phường Hòa Bình"]), ints((own[0]["awards"] as? [String: Any])?["byBranch"]))
        XCTAssertEqual(ints(byWard["Phường Quảng Châu (cũ)"]), ints((own[1]["awards"] as? [String: Any])?["byBranch"]))
        XCTAssertEqual(ints(byWard["Phường Quảng Châu (cũ)"])["KP01"], 2)
        XCTAssertEqual(ints(byWard["Phường Hòa Bình"])["KP01"], 1)
    }

    func testAnUnreadableMemberIsNamedAndTheOthersStillCount() throws {
        let (area, _) = try threeMembers()
        let report = AreaReport.load(area, schoolYear: nil, readSummary: { _ in .null })
        XCTAssertEqual(report.readMembers.count, 2)
        let failed = try XCTUnwrap(report.members.last?.failure)
        XCTAssertTrue(failed.contains(area.members[2].source.path) && failed.contains("không có thư mục này"), failed)
        let classes = AreaFigureTables(report)[.classes]
        XCTAssertEqual(classes.rows.map(\.failure), [nil, nil, failed], "the unreadable member keeps its row, saying why")
        XCTAssertEqual(classes.readRows.map(\.name), ["Phường Hòa Bình", "Phường Quảng Châu (cũ)"])
        XCTAssertEqual(classes.total.cells.first, .count(report.total.learnerTurns))
    }

    func testTwoStoresOfOneWardAreToldApartByTheirFolders() throws {
        let a = try StoreFixture.folder(self), b = try StoreFixture.folder(self)
        let report = AreaReport.load(.ofStores([a, b]), schoolYear: nil, readSummary: { _ in .null })
        XCTAssertEqual(report.members.map(\.name), ["Phường Hòa Bình (\(a))", "Phường Hòa Bình (\(b))"])
        XCTAssertEqual(report.total.awards.count, 2 * report.members[0].figures!.awards.count)
    }
}
