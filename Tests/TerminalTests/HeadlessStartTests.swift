// Starting ncurses headless under several TERMs: colour depth, attributes-only terminals, signals.

import Canvas
import XCTest

@testable import Terminal

final class HeadlessStartTests: XCTestCase {
    func start(_ term: String) throws -> TerminalScreen {
        try TerminalScreen(headlessSize: Size(width: 10, height: 3), term: term)
    }

    func testColourDepthFollowsTheTerminalDescription() throws {
        let expected: [(String, ColorDepth)] = [
            ("xterm-256color", .palette256), ("tmux-256color", .palette256), ("xterm", .eight),
            ("linux", .eight), ("vt100", .none),
        ]
        for (term, depth) in expected {
            let screen = try start(term)
            XCTAssertEqual(screen.colorDepth, depth, term)
            screen.stop()
        }
    }

    func testEightColoursReduceAndNoColourKeepsAttributesOnly() throws {
        let eight = try start("xterm")
        let orange = Style(foreground: .indexed(208))
        XCTAssertNotEqual(eight.look(for: orange).pair, 0, "208 is reduced, so a pair exists")
        eight.stop()

        let mono = try start("vt100")
        let style = Style(foreground: .red, background: .yellow, attributes: [.reverse])
        var b = Buffer(size: Size(width: 10, height: 3))
        b.write("ok", at: Point(x: 0, y: 0), style: style)
        mono.present(b)
        XCTAssertEqual(mono.screenCell(x: 0, y: 0).pair, 0)
        XCTAssertEqual(mono.screenCell(x: 0, y: 0).attributes, mono.look(for: .plain.adding(.reverse)).attributes)
        XCTAssertNotEqual(mono.screenCell(x: 0, y: 0).attributes, mono.look(for: .plain).attributes)
        mono.stop()
    }

    func testEightColourPairsRunningOutFallBackToTheNearest() throws {
        let screen = try start("xterm")  // 64 pairs: 1–63 usable.
        var used = Set<Int32>()
        for fg in 0..<8 {
            for bg in 0..<8 {
                used.insert(screen.look(for: Style(foreground: .indexed(UInt8(fg)), background: .indexed(UInt8(bg)))).pair)
            }
        }
        for fg in 0..<8 {
            used.insert(screen.look(for: Style(foreground: .indexed(UInt8(fg)))).pair)
        }
        XCTAssertEqual(used.count, 63, "every pair from 1 to 63 and no more")
        XCTAssertTrue(used.allSatisfy { $0 > 0 && $0 < 64 })
        screen.stop()
    }

    func testPairsBeyondShortRangeUseTheExtendedAPI() throws {
        let screen = try TerminalScreen(headlessSize: Size(width: 10, height: 3))
        var last = Style.plain
        for i in 0..<33_000 {
            last = Style(foreground: .indexed(UInt8(i % 256)), background: .indexed(UInt8(i / 256)))
            _ = screen.look(for: last)
        }
        XCTAssertGreaterThan(screen.look(for: last).pair, 32_767)
        var b = Buffer(size: Size(width: 10, height: 3))
        b.write("x", at: Point(x: 0, y: 0), style: last)
        screen.present(b)
        XCTAssertEqual(screen.screenCell(x: 0, y: 0).pair, screen.look(for: last).pair)
        screen.stop()
    }

    func testSignalsAreCaughtWhileRunningAndHandedBackAfter() throws {
        let screen = try start("xterm-256color")
        XCTAssertTrue(SignalTrap.hasHandler(.interrupt))
        XCTAssertTrue(SignalTrap.hasHandler(.terminate))
        XCTAssertTrue(SignalTrap.hasHandler(.hangUp))
        XCTAssertTrue(SignalTrap.hasHandler(.quit), "Ctrl-\\ must not reach the runtime's backtracer")
        XCTAssertFalse(screen.interrupted)
        SignalTrap.raise(.terminate)
        XCTAssertTrue(screen.interrupted)
        XCTAssertNil(screen.readKey(timeoutMilliseconds: 1000), "an interrupted screen reads no key")
        screen.stop()
        XCTAssertFalse(SignalTrap.hasHandler(.terminate))
        XCTAssertFalse(SignalTrap.hasHandler(.interrupt))

        let again = try start("xterm-256color")
        XCTAssertFalse(again.interrupted, "a new start clears the flag")
        SignalTrap.raise(.interrupt)
        XCTAssertTrue(again.interrupted)
        again.stop()
    }
}
