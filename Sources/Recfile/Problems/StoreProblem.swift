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
    /// The whole sentence, such as `expected one of F, M, got "Nữ"`.
    public var message: String
    public var kind: ProblemKind
    /// What the rule asks for, such as "a real date written YYYY-MM-DD"; nil when there is no value rule.
    public var expected: String?
    /// The value as found, when there is one.
    public var found: String?
    /// The line as written, with a caret under the value; attached by the loader, which has the file's bytes.
    public var excerpt: ProblemExcerpt?
    /// Where in the line the caret goes, until the excerpt is made.
    package var anchor: CaretAnchor = .lineStart

    public init(file: String, line: Int, severity: Severity, field: String? = nil, message: String,
                kind: ProblemKind = .other, expected: String? = nil, found: String? = nil,
                excerpt: ProblemExcerpt? = nil) {
        self.file = file
        self.line = line
        self.severity = severity
        self.field = field
        self.message = message
        self.kind = kind
        self.expected = expected
        self.found = found
        self.excerpt = excerpt
    }

    /// `file:line: Field: message`, `file: message` for a problem of the whole file, or the
    /// message alone for a problem of no file.
    public var description: String {
        (place.isEmpty ? "" : "\(place): ") + "\(field.map { "\($0): " } ?? "")\(message)"
    }

    /// `file:line`, or the file alone.
    public var place: String { line > 0 ? "\(file):\(line)" : file }

    /// The description, then the line as written and a caret under the value, each indented:
    ///
    ///     awards.rec:57: Amount: expected whole đồng, got "1,5 triệu"
    ///         Amount: 1,5 triệu
    ///                 ^~~~~~~~~
    public var detailedDescription: String {
        guard let excerpt else { return description }
        return description + "\n    " + excerpt.text + "\n    " + excerpt.caretLine
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
