// The function and cursor keys of the common terminals, read from their terminfo entries (not
// typed in here), each decode to the key the help names when curses hands over their bytes.

import Canvas
import Foundation
import XCTest

@testable import Terminal

final class EscapeSequenceTests: XCTestCase {
    /// The terminals a ward's PC or a projector laptop runs the dashboard in.
    private let terminals = ["xterm", "xterm-256color", "screen", "screen-256color", "tmux-256color", "linux",
                             "rxvt", "rxvt-unicode", "vt220"]

    /// The terminfo capabilities of keys, and the key each must give.
    private let keys: [(String, Key)] = [
        ("kcuu1", .up), ("kcud1", .down), ("kcuf1", .right), ("kcub1", .left),
        ("khome", .home), ("kend", .end), ("kich1", .insert), ("kdch1", .delete), ("kpp", .pageUp), ("knp", .pageDown),
        ("kcbt", .backTab),
    ] + (1...12).map { ("kf\($0)", Key.function($0)) }

    /// `infocmp -1 TERM`'s string capabilities, unescaped to their characters.
    private func capabilities(_ term: String) throws -> [String: String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["infocmp", "-1", term]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "infocmp has no entry for \(term)")
        var found: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let entry = line.trimmingCharacters(in: .whitespaces)
            guard let eq = entry.firstIndex(of: "="), entry.hasSuffix(",") else { continue }
            found[String(entry[..<eq])] = Self.unescape(String(entry[entry.index(after: eq)..<entry.index(before: entry.endIndex)]))
        }
        return found
    }

    /// terminfo's escapes: `\E` `\e` Esc, `^X` control, `\NNN` octal, `\,` `\:` `\\` `\^`.
    static func unescape(_ s: String) -> String {
        var out = "", chars = Array(s), i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count {
                let n = chars[i + 1]
                i += 2
                switch n {
                case "E", "e": out.append("\u{1B}")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "s": out.append(" ")
                case "0"..."7":
                    var digits = String(n)
                    while digits.count < 3, i < chars.count, ("0"..."7").contains(chars[i]) { digits.append(chars[i]); i += 1 }
                    out.unicodeScalars.append(Unicode.Scalar(UInt8(digits, radix: 8) ?? 0))
                default: out.append(n)
                }
            } else if c == "^", i + 1 < chars.count {
                out.unicodeScalars.append(Unicode.Scalar((chars[i + 1].asciiValue ?? 0x40) & 0x1F))
                i += 2
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }

    /// The key `sequence` (starting with Esc) decodes to, and whether it was read to its end.
    private func decode(_ sequence: String) -> (Key?, ended: Bool) {
        var parser = EscapeSequence()
        for c in sequence.dropFirst() {
            if case .done(let key) = parser.feed(c) { return (key, true) }
        }
        return (parser.unfinished, false)
    }

    func testEveryCommonTerminalsKeysDecodeToTheirKey() throws {
        var checked = 0
        for term in terminals {
            let caps = try capabilities(term)
            for (name, key) in keys {
                guard let sequence = caps[name], sequence.hasPrefix("\u{1B}") else { continue }
                let (decoded, ended) = decode(sequence)
                XCTAssertTrue(ended, "\(term) \(name) \(sequence.debugDescription) is read to its end")
                XCTAssertEqual(decoded, key, "\(term) \(name) \(sequence.debugDescription)")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 150, "the entries were read")
    }

    func testF2OfTmuxReadAsTheLinuxConsoleIsNoQuit() {
        // The bug: TERM=linux inside tmux, F2 sends ESC O Q; curses gave Esc, O, Q, and Q quit.
        XCTAssertEqual(decode("\u{1B}OQ").0, .function(2))
    }

    func testAnUnknownSequenceIsReadToItsEndAndDoesNothing() {
        for sequence in ["\u{1B}[200~", "\u{1B}[?1;2c", "\u{1B}q", "\u{1B}[99~", "\u{1B}O5X"] {
            let (key, ended) = decode(sequence)
            XCTAssertTrue(ended, sequence.debugDescription)
            XCTAssertNil(key, sequence.debugDescription)
        }
        XCTAssertEqual(EscapeSequence().unfinished, .escape, "an Esc alone is the Esc key")
        var partial = EscapeSequence()
        _ = partial.feed("[")
        XCTAssertNil(partial.unfinished, "a sequence cut short is nothing, not Esc")
    }

    func testModifiedKeysGiveTheKeyItself() {
        XCTAssertEqual(decode("\u{1B}[1;5C").0, .right, "Ctrl-→ (xterm)")
        XCTAssertEqual(decode("\u{1B}[15;2~").0, .function(5), "Shift-F5 (xterm)")
        XCTAssertEqual(decode("\u{1B}[11^").0, .function(1), "Ctrl-F1 (rxvt)")
        XCTAssertEqual(decode("\u{1B}O2P").0, .function(1), "Shift-F1 (xterm, old)")
    }
}
