/// A problem with a theme: where it is and what to do about it.

/// Something wrong with a theme file or a theme request, with its place.
///
/// `description` is what a person reads: `themes/festive.theme:7: unknown colour "gold2"; …`.
/// `line` is nil when the problem is with a whole file (it cannot be read); `file` is empty
/// when no file is involved (no theme has the name asked for).
public struct ThemeProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        switch (file.isEmpty, line) {
        case (true, _): message
        case (false, nil): "\(file): \(message)"
        case (false, let line?): "\(file):\(line): \(message)"
        }
    }
}
