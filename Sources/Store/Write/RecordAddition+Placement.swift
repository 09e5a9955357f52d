/// Where a new record goes in its file: after the last record of its set, before the next set's descriptor.

import Recfile

extension RecordAddition {
    /// Where the record goes in `bytes`, the text of a file holding `set` among its sets.
    struct Placement: Equatable {
        /// The byte offset the new text goes at.
        var offset: Int
        /// True at the end of the file, where an append does; false inside it (a rewrite).
        var atEnd: Bool
    }

    /// The end of the set's part of the file: the end of the file for the last set, or else the
    /// start of the next `%rec:` descriptor, before the comment lines right above it (they
    /// describe that set, so they stay with it). Nil when the file declares no such set.
    static func placement(of set: String, in bytes: [UInt8], file: String) -> Placement? {
        let parsed = RecParser.parse(bytes, file: file)
        guard let own = parsed.descriptors.first(where: { $0.name == set }) else { return nil }
        let later = parsed.descriptors.map(\.line).filter { $0 > own.line }
        guard let nextLine = later.min() else { return Placement(offset: bytes.count, atEnd: true) }
        let starts = lineStarts(bytes)
        var line = nextLine
        while line > 1, line - 2 < starts.count, bytes[starts[line - 2]...].first == UInt8(ascii: "#") {
            line -= 1
        }
        return Placement(offset: starts[line - 1], atEnd: false)
    }

    /// The offset where each line starts: index 0 for line 1.
    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A && i + 1 < bytes.count {
            starts.append(i + 1)
        }
        return starts
    }

    /// The file's text with `record` placed: the separator the text before it calls for, the
    /// record, and a blank line when text follows. Returns the new text and the record's line range.
    static func placing(_ record: RecordText, in bytes: [UInt8],
                        at place: Placement) -> (text: [UInt8], inserted: [UInt8], lines: ClosedRange<Int>) {
        let before = bytes[..<place.offset]
        var inserted = RecordText.chunk([record], afterTail: before.suffix(RecordText.tailLength))
        let firstLine = before.count(where: { $0 == 0x0A })
            + inserted.prefix(inserted.count - record.bytes.count).count(where: { $0 == 0x0A }) + 1
        let lastLine = firstLine + record.bytes.count(where: { $0 == 0x0A }) - 1
        if !place.atEnd { inserted.append(0x0A) }
        return (Array(before) + inserted + bytes[place.offset...], inserted, firstLine...lastLine)
    }
}
