/// Attaches to each problem of a file the line it names and a caret (the lines found by `LineFinder`).

/// Makes `ProblemExcerpt`s from a file's bytes. Costs nothing for a file without problems.
package enum ExcerptBuilder {
    /// Sets `excerpt` on every problem of `problems` that has a line and an anchor.
    package static func attach(to problems: inout [StoreProblem], bytes: UnsafeBufferPointer<UInt8>) {
        LineFinder(bytes: bytes, base: 0, firstLine: 1).attach(&problems, from: 0, throughEnd: true)
    }

    /// The excerpt of one line (its bytes, and their offset in the file) with the caret at `anchor`.
    package static func excerpt(_ line: UnsafeBufferPointer<UInt8>, lineStart: Int, anchor: CaretAnchor) -> ProblemExcerpt? {
        let text = String(decoding: line, as: UTF8.self)
        func columns(_ r: Range<Int>) -> Int {
            String(decoding: UnsafeBufferPointer(rebasing: line[r]), as: UTF8.self).count
        }
        let colon = fieldColon(line)
        switch anchor {
        case .none:
            return nil
        case .lineStart:
            return ProblemExcerpt(line: text, column: 0, width: 1)
        case .lineEnd:
            return ProblemExcerpt(line: text, column: text.count, width: 1)
        case .fieldName:
            return ProblemExcerpt(line: text, column: 0, width: colon ?? 1)
        case .byte(let offset):
            let at = min(max(0, offset - lineStart), line.count)
            return ProblemExcerpt(line: text, column: columns(0..<at), width: 1)
        case .value:
            guard let colon else { return ProblemExcerpt(line: text, column: 0, width: 1) }
            var start = colon + 1
            while start < line.count, line[start] == 0x20 || line[start] == 0x09 { start += 1 }
            var end = line.count
            while end > start, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
            return ProblemExcerpt(line: text, column: columns(0..<start), width: columns(start..<end))
        }
    }

    /// The index of the colon ending a field name at the start of the line, if the line is a field.
    private static func fieldColon(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = line.first, RecScanner.isNameStart(first) else { return nil }
        var i = 1
        while i < line.count, RecScanner.isNameByte(line[i]) { i += 1 }
        return i < line.count && line[i] == UInt8(ascii: ":") ? i : nil
    }
}
