/// One paragraph of a recfile as the merge sees it: a record, a set descriptor or a block of comments, with its exact lines.

/// A run of non-blank lines of a recfile, kept byte for byte so a merge writes back what it read.
public struct RecParagraph: Hashable, Sendable {
    /// What the paragraph holds.
    public enum Kind: Hashable, Sendable {
        /// Comment lines only (`# …`), such as a file's header.
        case comment
        /// A set descriptor: a paragraph with `%` fields (`%rec: Award`).
        case descriptor
        /// A record of the set declared above it.
        case record
    }

    public var kind: Kind
    /// The record set it belongs to: the `%rec` name of the last descriptor above it ("" before any).
    public var set: String
    /// The lines, without their line ends.
    public let lines: [String]
    /// The lines as one text, for comparing two versions of the paragraph (made once).
    public let text: String
    /// The number of blank lines that followed it in its file.
    public var gap: Int
    /// The 1-based line of its first line in its file.
    public var line: Int

    public init(kind: Kind, set: String, lines: [String], gap: Int, line: Int) {
        self.kind = kind
        self.set = set
        self.lines = lines
        self.text = lines.joined(separator: "\n")
        self.gap = gap
        self.line = line
    }

    /// The fields as `(name, value)`, in order: comment lines skipped, `+` lines and a line ending
    /// in a backslash joined to the field they continue, the value's leading blanks dropped.
    public var fields: [(name: String, value: String)] {
        var fields: [(name: String, value: String)] = []
        var joinNext = false
        for raw in lines {
            var line = raw
            if line.hasSuffix("\r") { line.removeLast() }
            if joinNext, !fields.isEmpty {
                joinNext = line.hasSuffix("\\")
                fields[fields.count - 1].value += joinNext ? String(line.dropLast()) : line
                continue
            }
            joinNext = false
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("+"), !fields.isEmpty {
                var rest = line.dropFirst()
                if rest.hasPrefix(" ") { rest = rest.dropFirst() }
                fields[fields.count - 1].value += "\n" + rest
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = String(line[..<colon])
            var value = String(line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" })
            if value.hasSuffix("\\") {
                value.removeLast()
                joinNext = true
            }
            fields.append((name, value))
        }
        return fields
    }

    /// The first value of the field `name`, or nil. A one-line value is read from its line alone
    /// (the merge asks every record for its key); a continued one through `fields`.
    public func value(of name: String) -> String? {
        let prefix = Array((name + ":").utf8)
        for (i, line) in lines.enumerated() where line.utf8.starts(with: prefix) {
            let continued = line.hasSuffix("\\") || (i > 0 && lines[i - 1].hasSuffix("\\"))
                || (i + 1 < lines.count && lines[i + 1].hasPrefix("+"))
            if continued { break }
            var value = Substring(line).utf8.dropFirst(prefix.count)
            while let first = value.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { value = value.dropFirst() }
            if value.last == UInt8(ascii: "\r") { value = value.dropLast() }
            return String(Substring(value))
        }
        return fields.first { $0.name == name }?.value
    }

    /// True when the two paragraphs hold the same bytes (not merely canonically equivalent text:
    /// a version that only changed a letter's composition is a change to keep).
    public func sameText(as other: RecParagraph) -> Bool {
        text.utf8.elementsEqual(other.text.utf8)
    }
}
