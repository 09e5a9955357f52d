/// `hoctap report` measures each target over its campaign's year and counts only the kinds it names.

import Foundation
import XCTest

final class TargetsEndToEndTests: XCTestCase {
    private func targets(_ arguments: [String]) throws -> [[String: Any]] {
        let run = try ProgramRun.hoctap(["report", "--format", "json"] + arguments)
        XCTAssertEqual(run.status, 0, run.output)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        return try XCTUnwrap(object["targets"] as? [[String: Any]])
    }

    func testStudentAwardTargetWhateverTheYear() throws {
        let store = try demoStoreCopy(prefix: "hoctap-targets").path
        for year in [[], ["--year", "2021-2022"], ["--year", "2022-2023"]] {
            let t2 = try XCTUnwrap(try targets(["--store", store] + year).first { $0["id"] as? String == "T2" })
            XCTAssertEqual(t2["actual"] as? Int, 1_768, "\(year): student awards of 2022-2023 only")
            XCTAssertEqual(t2["kinds"] as? [String], ["student"])
            XCTAssertEqual(t2["schoolYear"] as? String, "2022-2023")
        }
    }
}
