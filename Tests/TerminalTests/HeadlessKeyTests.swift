// Reading keys from a headless ncurses screen fed through a pipe.

import Canvas
import XCTest

@testable import Terminal

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

final class HeadlessKeyTests: XCTestCase {
    var screen: TerminalScreen!
    var writer: Int32 = -1

    override func setUpWithError() throws {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        writer = fds[1]
        screen = try TerminalScreen(headlessSize: Size(width: 20, height: 4), inputDescriptor: fds[0])
    }

    override func tearDown() {
        screen?.stop()  // Closes the reading end.
        screen = nil
        close(writer)
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        XCTAssertEqual(bytes.withUnsafeBytes { write(writer, $0.baseAddress, $0.count) }, bytes.count)
    }

    func keys(_ count: Int) -> [Key?] {
        (0..<count).map { _ in screen.readKey(timeoutMilliseconds: 200) }
    }

    func testTimeoutGivesNil() {
        XCTAssertNil(screen.readKey(timeoutMilliseconds: 0))
    }

    func testPlainAndControlKeys() {
        send("q\t\r\u{7F}\u{0C} /")
        XCTAssertEqual(
            keys(7),
            [.character("q"), .tab, .enter, .backspace, .control("l"), .character(" "), .character("/")])
    }

    func testEscapeSequencesBecomeKeys() {
        send("\u{1B}OA\u{1B}OB\u{1B}[Z\u{1B}[15~\u{1B}OP\u{1B}[5~\u{1B}[3~")
        XCTAssertEqual(keys(7), [.up, .down, .backTab, .function(5), .function(1), .pageUp, .delete])
    }

    func testALoneEscapeIsEscape() {
        send("\u{1B}")
        XCTAssertEqual(screen.readKey(timeoutMilliseconds: 500), .escape)
    }

    func testVietnameseFromAnInputMethod() {
        send("Hòa đ中")
        XCTAssertEqual(keys(6), [.character("H"), .character("ò"), .character("a"), .character(" "), .character("đ"), .character("中")])
    }

    func testCombiningMarksSentApartAreMergedIntoOneCharacter() {
        send("a\u{0300}e\u{0323}\u{0302}x")
        let read = keys(3)
        XCTAssertEqual(read, [.character("à"), .character("ệ"), .character("x")])
        if case .character(let c)? = read[1] {
            XCTAssertEqual(Array(c.unicodeScalars.map(\.value)), [0x65, 0x323, 0x302], "kept as sent")
        }
        XCTAssertNil(screen.readKey(timeoutMilliseconds: 0))
    }

    func testAKeyCodeAfterACharacterIsNotLost() {
        send("a\u{1B}OA")
        XCTAssertEqual(keys(2), [.character("a"), .up])
    }

    func testResizeCode() {
        screen.pushKeyCode(0o632)
        XCTAssertEqual(screen.readKey(timeoutMilliseconds: 0), .resize)
    }
}
