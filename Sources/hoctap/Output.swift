/// Everything a command prints goes out here, through the terminal-safe text filter.

import Canvas
import Foundation

/// Standard output and standard error for the commands. Store values and the user's input reach
/// the terminal only through `TerminalText.safe`, whatever the command.
enum Output {
    /// Prints `text` on standard output, made safe, followed by `terminator`.
    static func print(_ text: String, terminator: String = "\n") {
        Swift.print(TerminalText.safe(text), terminator: terminator)
    }

    /// Writes `text` on standard error, made safe.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(TerminalText.safe(text).utf8))
    }
}

extension Output {
    /// Prints a paper on standard output as it is made: its line ends (CRLF in a CSV) and page
    /// breaks (form feeds in paged text) are kept; any other control character that came from
    /// the store is shown as `�`, as `print(_:)` shows it.
    static func document(_ text: String) {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let scalar = next {
            next = scalars.next()
            switch scalar {
            case "\r" where next == "\n", "\u{0C}", "\n": out.append(scalar)
            case "\t": out.append(" ")
            default: out.append(TerminalText.isUnsafe(scalar) ? TerminalText.replacement : scalar)
            }
        }
        FileHandle.standardOutput.write(Data(String(out).utf8))
    }
}
