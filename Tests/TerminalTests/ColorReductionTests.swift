// Colour reduction to 256, 16, 8 and no colours, and the depth read from COLORS.

import Canvas
import XCTest

@testable import Terminal

final class ColorReductionTests: XCTestCase {
    func reduce(_ c: Color, _ depth: ColorDepth) -> Int32? {
        ColorReduction.terminalColor(c, depth: depth)
    }

    func testPureRedGoesToTheCubeThenToBrightRedThenRed() {
        XCTAssertEqual(reduce(.rgb(0xFF, 0, 0), .palette256), 196)
        XCTAssertEqual(reduce(.rgb(0xFF, 0, 0), .sixteen), 9)
        XCTAssertEqual(reduce(.rgb(0xFF, 0, 0), .eight), 1)
    }

    func testGreysGoToTheGreyRamp() {
        XCTAssertEqual(reduce(.rgb(0x80, 0x80, 0x80), .palette256), 244)
        XCTAssertEqual(reduce(.rgb(0x76, 0x76, 0x76), .palette256), 243)
        XCTAssertEqual(reduce(.rgb(0x12, 0x12, 0x12), .palette256), 233)
        XCTAssertEqual(reduce(.rgb(0x80, 0x80, 0x80), .sixteen), 8)
    }

    func testNearbyColoursGoToTheirCubeNeighbour() {
        XCTAssertEqual(reduce(.rgb(0xFF, 0xD7, 0x00), .palette256), 220)  // gold
        XCTAssertEqual(reduce(.rgb(0xFE, 0xD8, 0x05), .palette256), 220)
        XCTAssertEqual(reduce(.rgb(0x00, 0x5F, 0xAF), .palette256), 25)
    }

    func testTheBasicSixteenAreLeftOutOfThe256Search() {
        // #CD0000 is exactly xterm's colour 1, but users restyle the basic colours.
        XCTAssertEqual(reduce(.rgb(0xCD, 0, 0), .palette256), 160)
    }

    func testIndexedColoursAboveTheDepthAreReduced() {
        XCTAssertEqual(reduce(.indexed(200), .palette256), 200)
        XCTAssertEqual(reduce(.indexed(196), .sixteen), 9)
        XCTAssertEqual(reduce(.indexed(196), .eight), 1)
        XCTAssertEqual(reduce(.indexed(9), .eight), 1)
        XCTAssertEqual(reduce(.indexed(9), .sixteen), 9)
        XCTAssertEqual(reduce(.indexed(244), .sixteen), 8)
        XCTAssertEqual(reduce(.indexed(21), .eight), 4)  // #0000FF
        XCTAssertEqual(reduce(.indexed(15), .eight), 7)
    }

    func testDefaultStaysDefaultAndNoColourGivesNothing() {
        for depth in [ColorDepth.eight, .sixteen, .palette256, .truecolor] {
            XCTAssertEqual(reduce(.default, depth), -1)
        }
        XCTAssertNil(reduce(.rgb(1, 2, 3), .none))
        XCTAssertNil(reduce(.indexed(1), .none))
        XCTAssertNil(reduce(.default, .none))
    }

    func testTruecolorPacksRGBAndKeepsTheBasicEight() {
        XCTAssertEqual(reduce(.rgb(0x12, 0x34, 0x56), .truecolor), 0x123456)
        XCTAssertEqual(reduce(.indexed(3), .truecolor), 3)
        XCTAssertEqual(reduce(.indexed(200), .truecolor), 0xFF00D7)
        XCTAssertEqual(reduce(.rgb(0, 0, 5), .truecolor), 8, "must not be read as basic colour 5")
    }

    func testDepthFromColors() {
        XCTAssertEqual(ColorDepth.decide(hasColors: false, colors: 256), ColorDepth.none)
        XCTAssertEqual(ColorDepth.decide(hasColors: true, colors: 8), .eight)
        XCTAssertEqual(ColorDepth.decide(hasColors: true, colors: 16), .sixteen)
        XCTAssertEqual(ColorDepth.decide(hasColors: true, colors: 88), .sixteen)
        XCTAssertEqual(ColorDepth.decide(hasColors: true, colors: 256), .palette256)
        XCTAssertEqual(ColorDepth.decide(hasColors: true, colors: 1 << 24), .truecolor)
        XCTAssertEqual(ColorDepth.decide(hasColors: true, colors: 2), ColorDepth.none)
    }
}
