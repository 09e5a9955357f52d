/// Why an area file cannot be used: its place and what was expected, in Vietnamese.

public struct AreaFileError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// 0 when the problem is the whole file.
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        (line > 0 ? "\(file):\(line): " : "\(file): ") + message
    }
}
