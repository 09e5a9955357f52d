import Foundation

/// CSV as Excel on a Vietnamese Windows opens it without asking: UTF-8 with a byte-order mark
/// (without it Excel reads the bytes as Windows-1258 and shows "Há»" for "Họ"), CRLF line ends,
/// and RFC 4180 quoting — a cell holding the separator, a quote, a CR or an LF is quoted, its
/// quotes doubled. A cell that starts with `=`, `+`, `-` or `@` and is not a number is prefixed
/// with an apostrophe, so that a name typed as "=HYPERLINK(…)" stays text in the spreadsheet.
public struct CSVText: Sendable {
    public var separator: Character
    public var byteOrderMark: Bool

    public init(separator: Character = ",", byteOrderMark: Bool = true) {
        self.separator = separator
        self.byteOrderMark = byteOrderMark
    }

    /// The whole file: the mark (if asked), the header row, then the rows, each ended by CRLF.
    public func render(header: [String], rows: [[String]]) -> String {
        var out = byteOrderMark ? "\u{FEFF}" : ""
        out += line(header)
        for row in rows { out += line(row) }
        return out
    }

    /// One row and its CRLF.
    public func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: String(separator)) + "\r\n"
    }

    /// One cell, quoted when it must be.
    public func cell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@".unicodeScalars.contains(first),
           Double(text.replacingOccurrences(of: ",", with: ".")) == nil {
            text = "'" + text
        }
        let mustQuote = text.contains { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard mustQuote else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
