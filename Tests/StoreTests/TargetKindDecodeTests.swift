/// A target's `Kind` lines: recipient kinds for the award metrics, an error on any other metric or with another value.

import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class TargetKindDecodeTests: XCTestCase {
    func testAwardTargetsReadTheirKindsInOrder() throws {
        let s = StoreFixture.snapshot(["campaign.rec": [("Metric: award_amount\n", "Metric: award_amount\nKind: student\nKind: family\n")]])
        XCTAssertEqual(s.problems, [])
        XCTAssertEqual(s.targets.first { $0.id == "T2" }?.kinds, [.student, .family])
        XCTAssertEqual(s.targets.first { $0.id == "T1" }?.kinds, [], "no Kind: every award")
    }

    func testKindOnAMetricThatCountsNoAwardsIsAnErrorAtItsLine() throws {
        let change = ["campaign.rec": [("Metric: learner_turns\n", "Metric: learner_turns\nKind: student\n")]]
        let s = StoreFixture.snapshot(change)
        let text = String(decoding: StoreFixture.files(change)["campaign.rec"] ?? [], as: UTF8.self)
        let kindLine = text.components(separatedBy: "\n").firstIndex(of: "Kind: student").map { $0 + 1 }
        let p = try XCTUnwrap(s.problems.first)
        XCTAssertEqual(s.problems.count, 1, "\(s.problems)")
        XCTAssertEqual([p.file, p.field, "\(p.kind)", "\(p.severity)"], ["campaign.rec", "Kind", "inconsistent", "error"])
        XCTAssertEqual(p.line, kindLine)
        XCTAssertTrue(p.message.contains("learner_turns counts no awards"), p.message)
        XCTAssertEqual(p.excerpt?.text, "Kind: student")
        XCTAssertFalse(s.targets.contains { $0.id == "T1" }, "the bad target is left out")
    }

    func testAKindThatIsNoRecipientKindIsABadValue() throws {
        let s = StoreFixture.snapshot(["campaign.rec": [("Metric: award_amount\n", "Metric: award_amount\nKind: student\nKind: pupil\n")]])
        let p = try XCTUnwrap(s.problems.first)
        XCTAssertEqual(s.problems.count, 1, "\(s.problems)")
        XCTAssertEqual([p.field, "\(p.kind)", p.found], ["Kind", "badValue", "pupil"])
        XCTAssertEqual(p.excerpt?.caretLine, "      ^~~~~")
    }
}
