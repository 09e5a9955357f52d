/// Where a record was read: its file and line, so a selected item can be shown as `file:line`.

/// The file (as named in the store folder) and 1-based line of a record's first field.
public struct SourcePlace: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// For values built in code rather than read from a file.
    public static let unknown = SourcePlace(file: "", line: 0)

    /// `awards.rec:57`.
    public var description: String { line > 0 ? "\(file):\(line)" : file }
}
