/// hoctap add assessment, report --format json, undo and titles on a copy of the demo: the result said in Vietnamese, the refusals, the figures.

import Foundation
import XCTest

final class AssessmentEndToEndTests: XCTestCase {
    private func citizens(_ store: URL, year: String) throws -> [String: Int] {
        let run = try ProgramRun.hoctap(["report", "--store", store.path, "--format", "json", "--year", year])
        XCTAssertEqual(run.status, 0, run.output)
        let o = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        return try XCTUnwrap((o["titles"] as? [String: [String: Int]])?["citizen"])
    }

    func testAnAssessmentIsScoredRefusedReportedAndTakenBack() throws {
        let store = try demoStoreCopy(prefix: "hoctap-assess")
        let scores = ["--Set", "CDHT-324", "--Year", "2023", "--Scores", "8,8,8,8,8,8,8,8,8,8"]
        let added = try ProgramRun.hoctap(["add", "assessment", "--store", store.path, "--Subject", "HV0001"] + scores)
        XCTAssertEqual(added.status, 0, added.output)
        XCTAssertTrue(added.output.contains("Tổng điểm: 80/100; công nhận khi đạt từ 80 điểm và không chỉ tiêu nào dưới 5 điểm"),
                      added.output)
        XCTAssertTrue(added.output.contains("Kết quả (CDHT-324, năm 2023): Công nhận"), added.output)
        let twice = try ProgramRun.hoctap(["add", "assessment", "--store", store.path, "--Subject", "HV0001"] + scores)
        XCTAssertEqual(twice.status, 1, twice.output)
        XCTAssertTrue(twice.output.contains("HV0001 đã được đánh giá theo bộ tiêu chí CDHT-324 năm 2023"), twice.output)
        let family = try ProgramRun.hoctap(["add", "assessment", "--store", store.path, "--Subject", "GD0001"] + scores)
        XCTAssertEqual(family.status, 1, family.output)
        XCTAssertTrue(family.output.contains("GD0001 là bản ghi Family, nhưng danh hiệu Công dân học tập chỉ xét cho bản ghi Learner"),
                      family.output)
        XCTAssertEqual(try citizens(store, year: "2023-2024"), ["recognized": 1, "assessed": 1, "total": 806])
        let edited = try ProgramRun.hoctap(["edit", "assessment", "HV0001/CDHT-324/2023", "--store", store.path,
                                            "--Scores", "8,8,8,8,8,8,8,8,8,4"])
        XCTAssertEqual(edited.status, 0, edited.output)
        XCTAssertTrue(edited.output.contains("Đã sửa kết quả đánh giá HV0001/CDHT-324/2023"), edited.output)
        XCTAssertEqual(try citizens(store, year: "2023-2024"), ["recognized": 0, "assessed": 1, "total": 806], "one 4 fails")
        XCTAssertEqual(try ProgramRun.hoctap(["undo", "--store", store.path]).status, 0)
        let undone = try ProgramRun.hoctap(["undo", "--store", store.path])
        XCTAssertEqual(undone.status, 0, undone.output)
        XCTAssertTrue(undone.output.contains("Đã hoàn tác: thêm kết quả đánh giá HV0001/CDHT-324/2023"), undone.output)
        XCTAssertEqual(try citizens(store, year: "2023-2024"), ["recognized": 0, "assessed": 0, "total": 806])
        let check = try ProgramRun.hoctap(["check", "--store", store.path])
        XCTAssertEqual(check.status, 0, check.output)
    }

    func testTheYearsResultsAsAPaper() throws {
        let store = try demoStoreCopy(prefix: "hoctap-titles")
        let run = try ProgramRun.hoctap(["titles", "--store", store.path, "--year", "2022", "--format", "csv", "--date", "2022-12-10"])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.contains("Gia đình học tập,3887,5710,5710"), run.output)
        XCTAssertTrue(run.output.contains("Dòng họ học tập,24,35,35"), run.output)
        let refused = try ProgramRun.hoctap(["titles", "--store", store.path, "--format", "xlsx"])
        XCTAssertNotEqual(refused.status, 0, "an Office file needs --out")
    }
}
