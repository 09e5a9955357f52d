/// `hoctap add` alone and `hoctap add KIND --help` help, and write nothing.

import Foundation
import XCTest

final class AddHelpEndToEndTests: XCTestCase {
    func testAddAloneListsTheKindsAndAKindsHelpListsItsFields() throws {
        let kinds = try ProgramRun.hoctap(["add"])
        XCTAssertEqual(kinds.status, 0, kinds.output)
        XCTAssertTrue(kinds.output.contains("  enrollment  "), kinds.output)
        let store = try demoStoreCopy(prefix: "hoctap-add-help")
        let before = try Data(contentsOf: store.appendingPathComponent("learners.rec"))
        for flag in ["--help", "-h"] {
            let fields = try ProgramRun.hoctap(["add", "learner", "--store", store.path, flag])
            XCTAssertEqual(fields.status, 0, fields.output)
            XCTAssertTrue(fields.output.contains("--Name *"), fields.output)
        }
        XCTAssertEqual(try Data(contentsOf: store.appendingPathComponent("learners.rec")), before)
        let unknown = try ProgramRun.hoctap(["add", "nothing", "--help"])
        XCTAssertEqual(unknown.status, 1, unknown.output)
    }
}
