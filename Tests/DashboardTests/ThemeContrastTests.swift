/// WCAG contrast ratios and the xterm palette they read indexed colours from.

import Canvas
@testable import Dashboard
import XCTest

final class ThemeContrastTests: XCTestCase {
    func testBlackOnWhiteIsTwentyOneAndOrderDoesNotMatter() throws {
        let white = Color.rgb(255, 255, 255), black = Color.rgb(0, 0, 0)
        XCTAssertEqual(try XCTUnwrap(Contrast.ratio(black, white)), 21, accuracy: 1e-9)
        XCTAssertEqual(Contrast.ratio(black, white), Contrast.ratio(white, black))
    }

    func testSameColourIsOne() throws {
        XCTAssertEqual(try XCTUnwrap(Contrast.ratio(.rgb(0x6B, 0x0F, 0x0F), .rgb(0x6B, 0x0F, 0x0F))), 1, accuracy: 1e-9)
    }

    func testKnownMidValues() throws {
        // #777777 on white is the classic just-under-AA grey: 4.48:1.
        XCTAssertEqual(try XCTUnwrap(Contrast.ratio(.rgb(0x77, 0x77, 0x77), .rgb(255, 255, 255))), 4.48, accuracy: 0.01)
        // Pure red on white: 4.0:1.
        XCTAssertEqual(try XCTUnwrap(Contrast.ratio(.rgb(255, 0, 0), .rgb(255, 255, 255))), 4.0, accuracy: 0.01)
    }

    func testTheTerminalsOwnColourHasNoRatio() {
        XCTAssertNil(Contrast.ratio(.default, .white))
        XCTAssertNil(Contrast.ratio(.rgb(0, 0, 0), .default))
    }

    func testIndexedColoursUseTheXtermPalette() throws {
        XCTAssertEqual(try XCTUnwrap(Contrast.ratio(.indexed(16), .indexed(231))), 21, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(Contrast.ratio(.brightWhite, .black)), 21, accuracy: 1e-9)
        XCTAssertEqual(Contrast.ratio(.indexed(196), .white), Contrast.ratio(.rgb(255, 0, 0), .rgb(0xE5, 0xE5, 0xE5)))
    }

    func testPaletteSpotValues() {
        func rgb(_ i: UInt8) -> [UInt8] { let (r, g, b) = XtermPalette.rgb(i); return [r, g, b] }
        XCTAssertEqual(rgb(1), [0xCD, 0, 0])
        XCTAssertEqual(rgb(12), [0x5C, 0x5C, 0xFF])
        XCTAssertEqual(rgb(52), [0x5F, 0, 0])
        XCTAssertEqual(rgb(214), [0xFF, 0xAF, 0])
        XCTAssertEqual(rgb(232), [8, 8, 8])
        XCTAssertEqual(rgb(244), [0x80, 0x80, 0x80])
        XCTAssertEqual(rgb(255), [0xEE, 0xEE, 0xEE])
    }
}
