/// An import read and planned, as plain lines for the screen: what will be written, the duplicates, the refused rows; and the records to write.

/// The preview of an import the dashboard draws and the records it writes once the clerk says
/// yes. The program makes it from `Exchange`'s plan; the dashboard never sees the plan itself.
public struct ImportReview: Hashable, Sendable {
    /// How a line is drawn.
    public enum Tone: Hashable, Sendable {
        case plain, heading, duplicate, refused
    }

    public struct Line: Hashable, Sendable {
        public var text: String
        public var tone: Tone
        public init(_ text: String, _ tone: Tone = .plain) {
            self.text = text
            self.tone = tone
        }
    }

    /// The file as the clerk typed it.
    public var path: String
    public var lines: [Line]
    /// How many data rows are refused (0: every row passes).
    public var refusedRows: Int
    /// The records of the rows not refused, in order, for one `StoreWrite.add`.
    public var records: [NewRecord]
    /// What those records are, in words ("3 học viên, 3 ghi danh"); empty when there are none.
    public var written: String

    public init(path: String, lines: [Line], refusedRows: Int, records: [NewRecord], written: String) {
        self.path = path
        self.lines = lines
        self.refusedRows = refusedRows
        self.records = records
        self.written = written
    }
}

/// What the program answers to an `ImportRequest`.
public enum ImportAnswer: Hashable, Sendable {
    case review(ImportReview)
    /// The file or an option could not be followed: why, in the clerk's words; nothing was read.
    case failed(String)
}
