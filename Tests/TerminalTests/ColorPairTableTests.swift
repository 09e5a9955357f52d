// Colour pairs handed out on demand, and the nearest one once they run out.

import XCTest

@testable import Terminal

final class ColorPairTableTests: XCTestCase {
    typealias Colors = ColorPairTable.Colors
    let defaults = Colors(foreground: -1, background: -1)

    func testPairsAreMadeOnceEach() {
        var table = ColorPairTable(limit: 64, depth: .eight, pairZero: defaults)
        var made: [Int32] = []
        let make: (Int32, Colors) -> Bool = { p, _ in made.append(p); return true }
        XCTAssertEqual(table.pair(for: defaults, make: make), 0)
        XCTAssertEqual(table.pair(for: Colors(foreground: 1, background: -1), make: make), 1)
        XCTAssertEqual(table.pair(for: Colors(foreground: 2, background: 0), make: make), 2)
        XCTAssertEqual(table.pair(for: Colors(foreground: 1, background: -1), make: make), 1)
        XCTAssertEqual(made, [1, 2])
    }

    func testWhenPairsRunOutTheNearestIsUsed() {
        var table = ColorPairTable(limit: 3, depth: .eight, pairZero: defaults)
        let make: (Int32, Colors) -> Bool = { _, _ in true }
        let red = table.pair(for: Colors(foreground: 1, background: 0), make: make)
        let blue = table.pair(for: Colors(foreground: 4, background: 0), make: make)
        XCTAssertEqual([red, blue], [1, 2])
        // No pair left: each new combination takes the pair that looks most like it.
        XCTAssertEqual(table.pair(for: Colors(foreground: 3, background: 0), make: make), red, "yellow → red")
        XCTAssertEqual(table.pair(for: Colors(foreground: 6, background: 0), make: make), blue, "cyan → blue")
        XCTAssertEqual(table.pair(for: Colors(foreground: -1, background: -1), make: make), 0)
        XCTAssertEqual(table.count, 3)
    }

    func testAFailedMakeFallsBackWithoutUsingUpANumber() {
        var table = ColorPairTable(limit: 10, depth: .palette256, pairZero: defaults)
        var refuse = true
        let first = table.pair(for: Colors(foreground: 208, background: -1)) { _, _ in !refuse }
        XCTAssertEqual(first, 0)
        refuse = false
        let second = table.pair(for: Colors(foreground: 21, background: -1)) { _, _ in !refuse }
        XCTAssertEqual(second, 1)
    }
}
