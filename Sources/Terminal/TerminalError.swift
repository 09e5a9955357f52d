/// Why the terminal could not start, said so that a person knows what to do next.

public struct TerminalError: Error, CustomStringConvertible, Equatable {
    /// One line, without a program-name prefix.
    public let description: String

    public init(_ description: String) {
        self.description = description
    }

    /// The refusal for a `TERM` value that cannot carry a full-screen dashboard, or nil
    /// when it is worth asking ncurses. Pure: tests pass the value instead of the environment.
    static func checkTERM(_ term: String?) -> TerminalError? {
        let value = term?.trimmingWhitespace ?? ""
        if value.isEmpty {
            return TerminalError(
                "TERM is not set: run this in a terminal, or set TERM to its type (for example TERM=xterm-256color)")
        }
        if value == "dumb" {
            return TerminalError(
                "TERM=dumb cannot show a full-screen display: use a terminal such as xterm, tmux or screen, or set TERM to its real type")
        }
        return nil
    }

    /// The refusal when ncurses has no terminal description for `term`.
    static func unknownTERM(_ term: String) -> TerminalError {
        TerminalError(
            "TERM=\(term) is not in the terminfo database: set TERM to a known type such as xterm-256color (`toe -a` lists them)")
    }

    /// The refusal when standard input or output is not a terminal.
    static let notATerminal = TerminalError(
        "standard input and output must be a terminal (not a pipe or a file) for the full-screen display")

    /// The refusal when no UTF-8 locale can be switched on.
    static let noUTF8Locale = TerminalError(
        "no UTF-8 locale is available, so Vietnamese text cannot be shown: set LANG=C.UTF-8 (or another UTF-8 locale)")
}

extension String {
    fileprivate var trimmingWhitespace: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
