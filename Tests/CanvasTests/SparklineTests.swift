// Sparklines: eight levels from zero to the maximum, the ASCII fallback, the latest values.

import XCTest
@testable import Canvas

final class SparklineTests: XCTestCase {
    func testLevelsFromZeroToTheLargest() {
        XCTAssertEqual(Sparkline(values: [0, 1, 2, 3, 4, 5, 6, 7]).line(width: 8), "▁▂▃▄▅▆▇█")
        XCTAssertEqual(Sparkline(values: [0, 10, 5]).line(width: 3), "▁█▅")
    }

    func testGivenMaximum() {
        XCTAssertEqual(Sparkline(values: [5, 10, 20], maximum: 10).line(width: 3), "▅██")
    }

    func testZerosNegativesAndNaNSitOnTheBaseline() {
        XCTAssertEqual(Sparkline(values: [0, 0, 0]).line(width: 3), "▁▁▁")
        XCTAssertEqual(Sparkline(values: [-4, .nan, 8]).line(width: 3), "▁▁█")
        XCTAssertEqual(Sparkline(values: [1, .infinity]).line(width: 2), "▁▁")
        XCTAssertEqual(Sparkline(values: []).line(width: 3), "")
    }

    func testShowsTheLatestValuesThatFit() {
        XCTAssertEqual(Sparkline(values: [7, 0, 1, 2, 3, 4, 5, 6, 7]).line(width: 3), "▆▇█")
        XCTAssertEqual(Sparkline(values: [1, 2]).line(width: 0), "")
    }

    func testASCII() {
        XCTAssertEqual(Sparkline(values: [0, 1, 2, 3, 4], ascii: true).line(width: 5), "_.-=#")
    }

    func testRenderClippedInStyle() {
        var buffer = makeBuffer(5, 2, fill: ".")
        Sparkline(values: [1, 2, 3, 4], style: Styles.a).render(in: Rect(x: 2, y: 1, width: 6, height: 1), into: &buffer)
        assertFrame(buffer, [".....", "..▃▅▆"])
        XCTAssertEqual(styleLetters(buffer, ["a": Styles.a])[1], "..aaa")
    }
}
