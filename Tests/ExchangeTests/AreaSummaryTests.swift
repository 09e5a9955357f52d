/// A ward's published summary carries figures and nothing private; a province's area reads its wards' summaries alone.

import Exchange
import Foundation
import Reports
import Store
import StoreFixtures
import XCTest

final class AreaSummaryTests: XCTestCase {
    /// The fixture with a learner's birth date and a mistyped phone, which the check quotes.
    private let privateChanges: [String: [(String, String)]] = [
        "learners.rec": [("Phone: 0900000001", "Phone: 0900000001\nBirthDate: 1990-05-17"),
                         ("Name: Trần Văn An", "Name: Trần Văn An\nBirthDate: 17/05/1991")],
    ]

    func testNoNamePhoneOrBirthDateTravelsInTheSummary() throws {
        let snapshot = StoreFixture.snapshot(privateChanges)
        let report = StoreReport(snapshot, detail: .figures)
        let full = ReportJSON.text(report.tallies(nil), titles: report.titles, problems: snapshot.problems)
        XCTAssertTrue(full.contains("17/05/1991"), "the report's problems quote the value as found: \(full)")
        let summary = WardSummary.text(snapshot, report: report, schoolYear: nil)
        let secrets = snapshot.learners.flatMap { [$0.name] } + ["0900000001", "17/05/1991", "1990-05-17", "Phone", "BirthDate",
                                                                  "Nguyễn Văn Bình", "Trần Thị Cúc"]
        for secret in secrets { XCTAssertFalse(summary.contains(secret), "\"\(secret)\" travelled in the summary") }
        // The figures themselves are all there.
        let figures = WardFigures(json: try WardSummaryFile.parse(Data(summary.utf8)))
        var own = WardFigures(json: ReportJSON.value(report.tallies(nil), titles: report.titles, problems: snapshot.problems))
        own.branchNames = figures.branchNames
        XCTAssertEqual(figures, own)
        XCTAssertEqual(figures.branchNames["KP01"], "Chi hội khu phố 1")
        XCTAssertGreaterThan(figures.errors + figures.warnings, 0, "problems are counted")
    }

    func testAProvinceReadsItsWardsSummariesAndNamesABrokenOne() throws {
        let folder = try makeTemporaryFolder(self)
        let a = StoreFixture.snapshot()
        let b = StoreFixture.snapshot(["campaign.rec": [("Ward: Phường Hòa Bình", "Ward: Phường Sầm Sơn")]])
        for (name, s) in [("hoa-binh.json", a), ("sam-son.json", b)] {
            try write(WardSummary.text(s, report: StoreReport(s, detail: .figures), schoolYear: nil), to: name, in: folder)
        }
        try write("{ không phải json", to: "hong.json", in: folder)
        try write("""
            %rec: Area

            Name: Tỉnh Thanh Hóa
            Level: province

            %rec: Member

            Name: Phường Hòa Bình
            Summary: hoa-binh.json

            Name: Phường Sầm Sơn
            Summary: sam-son.json

            Name: Xã Hỏng
            Summary: hong.json

            """, to: "area.rec", in: folder)
        let area = try AreaFile.read(folder + "/area.rec")
        let report = AreaReport.load(area, schoolYear: nil, readSummary: WardSummaryFile.read)
        XCTAssertEqual(report.readMembers.map(\.name), ["Phường Hòa Bình", "Phường Sầm Sơn"])
        var expected = AreaReport.figures(a, schoolYear: nil)
        expected.add(AreaReport.figures(b, schoolYear: nil))
        XCTAssertEqual(report.total.awards.count, expected.awards.count)
        XCTAssertEqual(report.total.fund, expected.fund)
        XCTAssertEqual(report.total.learnerTurns, expected.learnerTurns)
        XCTAssertEqual(report.total.titles, expected.titles)
        let failure = try XCTUnwrap(report.members[2].failure)
        XCTAssertEqual(failure, "Xã Hỏng: không đọc được số liệu công bố \(folder)/hong.json (không phải JSON hợp lệ)")
    }
}
