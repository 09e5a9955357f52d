/// A stray `%rec:` in the middle of a file and two records run together are errors at their line, never a quiet loss.

import XCTest
import StoreFixtures
@testable import Store
@testable import Recfile

final class StrayAndMergedTests: XCTestCase {
    func testAStraySetInTheMiddleOfAFileIsAnErrorThatCountsWhatIsLeftOut() throws {
        let s = StoreFixture.snapshot(["awards.rec": [("Amount: 500000\n", "Amount: 500000\n\n%rec: Foo\n")]])
        XCTAssertEqual(s.errors.map(\.kind), [.unknownSet])
        let p = try XCTUnwrap(s.errors.first)
        XCTAssertEqual([p.file, p.field], ["awards.rec", "%rec"])
        XCTAssertEqual(p.line, StoreFixture.line(of: "Amount: 500000", in: "awards.rec") + 2)
        XCTAssertTrue(p.message.contains("its 2 records are left out and not counted"), p.message)
        XCTAssertEqual(p.excerpt?.text, "%rec: Foo")
        XCTAssertEqual(s.awards.map(\.id), ["A1"], "the records after the stray descriptor are not read")
    }

    func testTwoRecordsRunTogetherAreAnErrorAtTheSecondKey() throws {
        let s = StoreFixture.snapshot(["awards.rec": [("Amount: 500000\n\n", "Amount: 500000\n")]])
        let merged = s.errors.filter { $0.kind == .mergedRecords }
        XCTAssertEqual(merged.count, 1, "\(s.problems)")
        let p = try XCTUnwrap(merged.first)
        XCTAssertEqual([p.file, p.field], ["awards.rec", "Id"])
        XCTAssertEqual(p.line, StoreFixture.line(of: "Id: A2", in: "awards.rec") - 1, "the blank line before it is gone")
        XCTAssertTrue(p.message.contains("a blank line is probably missing between two records"), p.message)
        XCTAssertTrue(p.message.contains("line \(StoreFixture.line(of: "Id: A1", in: "awards.rec"))"), p.message)
        XCTAssertEqual(p.excerpt?.text, "Id: A2")
        XCTAssertEqual(s.awards.map(\.id), ["A3"], "the merged record is left out")
    }

    func testARepeatedFieldThatIsNotTheKeyStaysAWarning() throws {
        let s = StoreFixture.snapshot(["awards.rec": [("Amount: 500000\n", "Amount: 500000\nAmount: 500000\n")]])
        XCTAssertEqual(s.problems.map(\.kind), [.repeatedField])
        XCTAssertEqual(s.errors, [])
    }
}
