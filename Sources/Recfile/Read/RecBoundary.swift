/// Where a recfile may be cut into pieces that read the same apart as together.

/// A record boundary: just after a blank line whose previous line does not end in a backslash (which
/// would make the blank line part of a value). The reader's state there is the same whatever came
/// before, apart from the line count and the record set, which carry over.
package enum RecBoundary {
    /// The end of the last boundary in `bytes[from..<to]` (an index just after a line break), or nil.
    /// Only whole lines count: `to` should be just after a line break.
    package static func last(in bytes: UnsafeBufferPointer<UInt8>, from: Int = 0, to: Int? = nil) -> Int? {
        let to = to ?? bytes.count
        // Walk back over line breaks: `end` is the index of a line break closing a candidate blank line.
        var end = to - 1
        while end > from {
            guard bytes[end] == 0x0A else { end -= 1; continue }
            var start = end
            while start > from, bytes[start - 1] != 0x0A { start -= 1 }
            guard start > from else { return nil }
            var contentEnd = end
            if contentEnd > start, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            if RecScanner.isBlank(bytes, start, contentEnd) {
                // The line before: its content must not end in a backslash.
                var previousEnd = start - 1
                if previousEnd > 0, bytes[previousEnd - 1] == 0x0D { previousEnd -= 1 }
                if previousEnd == 0 || bytes[previousEnd - 1] != UInt8(ascii: "\\") { return end + 1 }
            }
            end = start - 1
        }
        return nil
    }
}
