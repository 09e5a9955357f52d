/// A problem found in the store, named by file and line, for the clerk to read and fix.

/// How serious a problem is: a warning is reported, an error makes `check` fail.
public enum Severity: String, Sendable, Comparable {
    case warning
    case error

    private var rank: Int { self == .warning ? 0 : 1 }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One problem in one file: where it is, how serious, and what is wrong in plain words.
public struct StoreProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as the caller named it (a display name, usually relative to the store folder).
    public var file: String
    /// The 1-based line; 0 when the problem concerns the whole file.
    public var line: Int
    public var severity: Severity
    /// The field the problem is about, when there is one; printed before the message.
    public var field: String?
    public var message: String

    public init(file: String, line: Int, severity: Severity, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.severity = severity
        self.field = field
        self.message = message
    }

    /// `file:line: Field: message`, or `file: message` for a problem of the whole file.
    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        let subject = field.map { "\($0): " } ?? ""
        return "\(place): \(subject)\(message)"
    }

    /// Orders problems by file, then line, keeping the given order within a line.
    public static func sorted(_ problems: [StoreProblem]) -> [StoreProblem] {
        problems.enumerated().sorted { a, b in
            if a.element.file != b.element.file { return a.element.file < b.element.file }
            if a.element.line != b.element.line { return a.element.line < b.element.line }
            return a.offset < b.offset
        }.map(\.element)
    }
}
