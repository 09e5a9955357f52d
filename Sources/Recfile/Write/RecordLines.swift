/// The lines a parsed record takes in its file, and the file's text with them taken out.

package enum RecordLines {
    /// `bytes` without the lines of `record` (its fields and their `+` continuations) and without
    /// one blank line that separated it from the next record, so the file keeps its layout.
    package static func removing(_ record: RecRecord, from bytes: [UInt8]) -> [UInt8] {
        let starts = lineStarts(bytes)
        func lineRange(_ line: Int) -> Range<Int> {  // 1-based line → byte range with its newline
            let start = starts[line - 1]
            let end = line < starts.count ? starts[line] : bytes.count
            return start..<end
        }
        func text(_ line: Int) -> ArraySlice<UInt8> { bytes[lineRange(line)] }
        func isBlank(_ line: Int) -> Bool { text(line).allSatisfy { $0 == 0x0A || $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }

        let first = record.line
        var last = record.fields.map(\.line).max() ?? first
        while last < starts.count, text(last + 1).first == UInt8(ascii: "+") { last += 1 }
        if last < starts.count, isBlank(last + 1) {
            last += 1
        }
        let lower = lineRange(first).lowerBound
        let upper = lineRange(last).upperBound
        var out = Array(bytes[..<lower])
        out.append(contentsOf: bytes[upper...])
        // A record that was the file's last loses the blank line before it instead.
        if upper == bytes.count, out.count >= 2, out[out.count - 1] == 0x0A, out[out.count - 2] == 0x0A {
            out.removeLast()
        }
        return out
    }

    /// Byte offsets where each line starts.
    package static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A && i + 1 < bytes.count { starts.append(i + 1) }
        return starts
    }
}
