// Spot values of the xterm palette: basic colours, cube corners and the grey ramp.

import XCTest
@testable import Canvas

final class XtermPaletteTests: XCTestCase {
    private func rgb(_ i: UInt8) -> [UInt8] { let (r, g, b) = XtermPalette.rgb(i); return [r, g, b] }

    func testCubeCorners() {
        XCTAssertEqual(rgb(16), [0, 0, 0])
        XCTAssertEqual(rgb(231), [255, 255, 255])
    }

    func testGreyRampEnds() {
        XCTAssertEqual(rgb(232), [8, 8, 8])
        XCTAssertEqual(rgb(255), [238, 238, 238])
    }

    func testBasicColours() {
        XCTAssertEqual(rgb(9), [255, 0, 0])
        XCTAssertEqual(rgb(15), [255, 255, 255])
    }

    func testColourLookup() throws {
        let indexed = try XCTUnwrap(XtermPalette.rgb(Color.indexed(196)))
        XCTAssertEqual([indexed.0, indexed.1, indexed.2], [255, 0, 0])
        let direct = try XCTUnwrap(XtermPalette.rgb(Color.rgb(1, 2, 3)))
        XCTAssertEqual([direct.0, direct.1, direct.2], [1, 2, 3])
        XCTAssertNil(XtermPalette.rgb(Color.default))
    }

    func testTableMatchesLookup() {
        XCTAssertEqual(XtermPalette.all.count, 256)
        for i in 0...255 {
            let (r, g, b) = XtermPalette.all[i]
            XCTAssertEqual([r, g, b], rgb(UInt8(i)), "index \(i)")
        }
    }
}
