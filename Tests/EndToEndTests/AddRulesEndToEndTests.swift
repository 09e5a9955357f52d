/// The command line lets in nothing the forms refuse: a second enrollment, a double award without --force.

import Foundation
import XCTest

final class AddRulesEndToEndTests: XCTestCase {
    func testTheSameEnrollmentTwiceIsRefusedAndADoubleAwardNeedsForce() throws {
        let store = try demoStoreCopy(prefix: "hoctap-add-rules")
        let enroll = ["add", "enrollment", "--store", store.path, "--Class", "LH02", "--Learner", "HV0005"]
        let first = try ProgramRun.hoctap(enroll)
        XCTAssertEqual(first.status, 0, first.output)
        let second = try ProgramRun.hoctap(enroll)
        XCTAssertEqual(second.status, 1, second.output)
        XCTAssertTrue(second.output.contains("học viên \"HV0005\" đã được ghi danh vào lớp LH02"), second.output)

        let award = ["add", "award", "--store", store.path, "--Recipient", "Nguyễn Văn Thử", "--Kind", "student",
                     "--Category", "Học sinh giỏi", "--Branch", "KP01", "--Date", "2022-10-06"]
        XCTAssertEqual(try ProgramRun.hoctap(award).status, 0)
        let double = try ProgramRun.hoctap(award.map { $0 == "Nguyễn Văn Thử" ? "nguyen van thu" : $0 })
        XCTAssertEqual(double.status, 1, double.output)
        XCTAssertTrue(double.output.contains("đã được ghi") && double.output.contains("--force"), double.output)
        let forced = try ProgramRun.hoctap(award + ["--force"])
        XCTAssertEqual(forced.status, 0, forced.output)
        let check = try ProgramRun.hoctap(["check", "--store", store.path])
        XCTAssertEqual(check.status, 0, check.output)
        XCTAssertTrue(check.output.contains("có thể ghi trùng"), check.output)
    }
}
