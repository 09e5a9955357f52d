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
