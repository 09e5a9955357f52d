// The key table: ncurses key codes and characters to `Key`, with no terminal.

import Canvas
import XCTest

@testable import Terminal

final class KeyMappingTests: XCTestCase {
    // Key codes as curses.h defines them (octal), so a wrong constant in the table shows.
    func testKeyCodes() {
        let table: [(Int32, Key?)] = [
            (0o403, .up), (0o402, .down), (0o404, .left), (0o405, .right),
            (0o541, .backTab), (0o527, .enter), (0o407, .backspace), (0o512, .delete), (0o513, .insert),
            (0o523, .pageUp), (0o522, .pageDown), (0o406, .home), (0o550, .end),
            (0o534, .home), (0o535, .pageUp), (0o537, .end), (0o540, .pageDown),  // keypad A1 A3 C1 C3
            (0o632, .resize),
            (0o411, .function(1)), (0o412, .function(2)), (0o415, .function(5)), (0o424, .function(12)),
            (0o410, nil), (0o425, nil),  // F0 and F13
            (0o631, nil),  // KEY_MOUSE
        ]
        for (code, key) in table {
            XCTAssertEqual(KeyMapping.key(code: code), key, "code 0o\(String(code, radix: 8))")
        }
    }

    func testControlAndSpecialCharacters() {
        let table: [(UInt32, Key?)] = [
            (9, .tab), (10, .enter), (13, .enter), (27, .escape), (127, .backspace), (8, .backspace),
            (1, .control("a")), (12, .control("l")), (3, .control("c")), (26, .control("z")),
            (0, nil), (28, nil), (31, nil), (0x85, nil), (0x9B, nil), (0xD800, nil),
        ]
        for (value, key) in table {
            XCTAssertEqual(KeyMapping.key(character: value), key, "character \(value)")
        }
    }

    func testPrintableCharacters() {
        XCTAssertEqual(KeyMapping.key(character: 0x20), .character(" "))
        XCTAssertEqual(KeyMapping.key(character: 0x71), .character("q"))
        XCTAssertEqual(KeyMapping.key(character: 0x2F), .character("/"))
        XCTAssertEqual(KeyMapping.key(character: 0x1EA1), .character("ạ"))
        XCTAssertEqual(KeyMapping.key(character: 0x111), .character("đ"))
        XCTAssertEqual(KeyMapping.key(character: 0x4E2D), .character("中"))
        XCTAssertEqual(KeyMapping.key(character: 0xA0), .character("\u{A0}"))
    }

    func testWhatExtendsACluster() {
        XCTAssertTrue(KeyMapping.extends("a", with: "\u{0300}"))  // grave
        XCTAssertTrue(KeyMapping.extends("a\u{0323}", with: "\u{0302}"))  // dot below, then circumflex
        XCTAssertTrue(KeyMapping.extends("👍", with: "\u{1F3FD}"))  // skin tone
        XCTAssertFalse(KeyMapping.extends("a", with: "b"))
        XCTAssertFalse(KeyMapping.extends("a", with: "\u{1B}"))
        XCTAssertFalse(KeyMapping.extends("\u{0301}", with: "a"))
    }
}
