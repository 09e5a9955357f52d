// What `hoctap check` prints: each problem at its place, then the summary line.

import Foundation
import XCTest
@testable import Store
import StoreFixtures

final class CheckOutputTests: XCTestCase {
    func testCheckOutputListsErrorsWithCaretsWarningsOnOneLineThenASummary() {
        let s = StoreFixture.snapshot(["awards.rec": [("Kind: family", "Kind: pupil"), ("Amount: 500000\n", "Amount: 500000\nNote: x\n")]])
        let lines = CheckReport.text(s, .en).components(separatedBy: "\n")
        let note = StoreFixture.line(of: "Amount: 500000", in: "awards.rec") + 1
        let kind = StoreFixture.line(of: "Kind: family", in: "awards.rec") + 1 // below the added Note line
        XCTAssertEqual(lines, [
            "awards.rec:\(note): warning: Note: not a field of Award records (seen once); kept in the file, not read",
            "awards.rec:\(kind): Kind: expected one of student, family, clan, citizen, unit, got \"pupil\"",
            "    Kind: pupil",
            "          ^~~~~",
            "15 files, 30 valid records: 1 error, 1 warning",
            "",
        ])
        XCTAssertEqual(CheckReport.summary(StoreFixture.snapshot(), .en), "15 files, 31 valid records: no problems")
    }
}
