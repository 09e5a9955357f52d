/// The lines a parsed record takes in its file, and the file's text with them taken out.

package enum RecordLines {
    /// `bytes` without the lines of `record` (its fields and their `+` continuations) and without
    /// one blank line that separated it from the next record, so the file keeps its layout.
    package static func removing(_ record: RecRecord, from bytes: [UInt8]) -> [UInt8] {
        let starts = lineStarts(bytes)
        func lineRange(_ line: Int) -> Range<Int> { range(of: line, starts: starts, count: bytes.count) }
        func isBlank(_ line: Int) -> Bool { bytes[lineRange(line)].allSatisfy { $0 == 0x0A || $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }

        var last = lastLine(of: record, in: bytes, starts: starts)
        if last < starts.count, isBlank(last + 1) {
            last += 1
        }
        let lower = lineRange(record.line).lowerBound
        let upper = lineRange(last).upperBound
        var out = Array(bytes[..<lower])
        out.append(contentsOf: bytes[upper...])
        // A record that was the file's last loses the blank line before it instead.
        if upper == bytes.count, out.count >= 2, out[out.count - 1] == 0x0A, out[out.count - 2] == 0x0A {
            out.removeLast()
        }
        return out
    }

    /// The bytes of `record`'s own lines in `bytes`: its fields and their `+` continuations, each
    /// with its line break, without the blank line after it.
    package static func span(of record: RecRecord, in bytes: [UInt8]) -> Range<Int> {
        span(of: record, in: bytes, starts: lineStarts(bytes))
    }

    /// As `span(of:in:)`, with the file's `lineStarts` already known (many records of one file).
    package static func span(of record: RecRecord, in bytes: [UInt8], starts: [Int]) -> Range<Int> {
        let last = lastLine(of: record, in: bytes, starts: starts)
        return range(of: record.line, starts: starts, count: bytes.count).lowerBound
            ..< range(of: last, starts: starts, count: bytes.count).upperBound
    }

    /// The record's last line: its last field's, or the last `+` continuation after it.
    private static func lastLine(of record: RecRecord, in bytes: [UInt8], starts: [Int]) -> Int {
        var last = record.fields.map(\.line).max() ?? record.line
        while last < starts.count, bytes[range(of: last + 1, starts: starts, count: bytes.count)].first == UInt8(ascii: "+") {
            last += 1
        }
        return last
    }

    /// A 1-based line's bytes, its line break included.
    private static func range(of line: Int, starts: [Int], count: Int) -> Range<Int> {
        starts[line - 1] ..< (line < starts.count ? starts[line] : count)
    }

    /// Byte offsets where each line starts.
    package static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A && i + 1 < bytes.count { starts.append(i + 1) }
        return starts
    }
}
