// The splitter: fixed, percent and fill parts, spacing, rounding, and space running short.

import XCTest
@testable import Canvas

final class LayoutTests: XCTestCase {
    private func widths(_ total: Int, _ constraints: [Constraint], spacing: Int = 0) -> [Int] {
        Layout.split(Rect(x: 0, y: 0, width: total, height: 1), .horizontal, constraints, spacing: spacing).map(\.width)
    }

    private func xs(_ total: Int, _ constraints: [Constraint], spacing: Int = 0) -> [Int] {
        Layout.split(Rect(x: 0, y: 0, width: total, height: 1), .horizontal, constraints, spacing: spacing).map(\.x)
    }

    // MARK: Fixed and fill

    func testFixedThenFill() {
        let rects = Layout.split(Rect(x: 2, y: 3, width: 20, height: 5), .horizontal, [.fixed(5), .fill()])
        XCTAssertEqual(rects, [Rect(x: 2, y: 3, width: 5, height: 5), Rect(x: 7, y: 3, width: 15, height: 5)])
    }

    func testVerticalHeaderBodyFooter() {
        let rects = Rect(x: 0, y: 0, width: 80, height: 24).split(.vertical, [.fixed(1), .fill(), .fixed(1)])
        XCTAssertEqual(rects, [
            Rect(x: 0, y: 0, width: 80, height: 1),
            Rect(x: 0, y: 1, width: 80, height: 22),
            Rect(x: 0, y: 23, width: 80, height: 1),
        ])
    }

    func testFillsShareByWeightWithTheRemainderToTheFirst() {
        XCTAssertEqual(widths(10, [.fill(1), .fill(2)]), [4, 6])
        XCTAssertEqual(widths(10, [.fill(), .fill(), .fill()]), [4, 3, 3])
        XCTAssertEqual(widths(11, [.fill(), .fill(), .fill()]), [4, 4, 3])
        XCTAssertEqual(widths(10, [.fill(0), .fill()]), [0, 10])
    }

    // MARK: Percent

    func testPercentIsOfTheWholeAndRoundsDown() {
        XCTAssertEqual(widths(11, [.percent(50), .fill()]), [5, 6])
        XCTAssertEqual(widths(10, [.percent(33), .percent(33), .percent(34)]), [3, 3, 3])
        XCTAssertEqual(widths(200, [.percent(25), .fixed(10), .fill()]), [50, 10, 140])
    }

    func testPercentIsClamped() {
        XCTAssertEqual(widths(10, [.percent(150), .fill()]), [10, 0])
        XCTAssertEqual(widths(10, [.percent(-20), .fill()]), [0, 10])
    }

    // MARK: Spacing

    func testSpacingSeparatesParts() {
        XCTAssertEqual(widths(20, [.fixed(5), .fill(), .fill()], spacing: 1), [5, 7, 6])
        XCTAssertEqual(xs(20, [.fixed(5), .fill(), .fill()], spacing: 1), [0, 6, 14])
    }

    // MARK: Short of space

    func testLaterPartsShrinkToZero() {
        XCTAssertEqual(widths(6, [.fixed(4), .fixed(4), .fill()]), [4, 2, 0])
        XCTAssertEqual(xs(6, [.fixed(4), .fixed(4), .fill()]), [0, 4, 6])
        XCTAssertEqual(widths(6, [.fixed(4), .fixed(4)], spacing: 1), [4, 1])
        XCTAssertEqual(xs(6, [.fixed(4), .fixed(4)], spacing: 1), [0, 5])
        XCTAssertEqual(widths(4, [.fixed(4), .fixed(4)], spacing: 2), [4, 0])
        XCTAssertEqual(widths(3, [.fixed(-2), .fill()]), [0, 3])
    }

    func testEmptyRectAndNoConstraints() {
        XCTAssertEqual(widths(0, [.fixed(3), .fill()]), [0, 0])
        XCTAssertEqual(widths(10, []), [])
    }

    func testResultsStayInsideAndNeverOverlap() {
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        for _ in 0..<500 {
            let outer = Rect(x: next(5) - 2, y: next(5), width: next(40), height: next(30))
            let axis: Axis = next(2) == 0 ? .horizontal : .vertical
            let constraints: [Constraint] = (0..<next(6)).map { _ in
                switch next(3) {
                case 0: .fixed(next(25) - 3)
                case 1: .percent(next(120) - 10)
                default: .fill(next(4))
                }
            }
            let spacing = next(3)
            let rects = Layout.split(outer, axis, constraints, spacing: spacing)
            XCTAssertEqual(rects.count, constraints.count)
            var end = axis == .horizontal ? outer.x : outer.y
            for r in rects {
                XCTAssertGreaterThanOrEqual(r.width, 0)
                XCTAssertGreaterThanOrEqual(r.height, 0)
                XCTAssert(r.x >= outer.x && r.maxX <= outer.maxX && r.y >= outer.y && r.maxY <= outer.maxY,
                          "\(r) leaves \(outer)")
                let (start, stop) = axis == .horizontal ? (r.x, r.maxX) : (r.y, r.maxY)
                XCTAssertGreaterThanOrEqual(start, end, "\(r) overlaps its predecessor")
                XCTAssertLessThanOrEqual(stop, axis == .horizontal ? outer.maxX : outer.maxY)
                XCTAssertEqual(axis == .horizontal ? r.height : r.width, axis == .horizontal ? outer.height : outer.width)
                end = stop
            }
            // With a fill of positive weight, the parts and gaps use the whole length.
            if constraints.contains(where: { if case .fill(let w) = $0 { w > 0 } else { false } }) {
                XCTAssertEqual(end, axis == .horizontal ? outer.maxX : outer.maxY, "\(constraints) in \(outer)")
            }
        }
    }
}
