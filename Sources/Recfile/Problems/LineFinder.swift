/// The lines of one piece of a file, found on demand, for the excerpts of the problems found in it.

import Foundation

/// The lines of one piece of a file, found on demand, for the excerpts of the problems found in it.
package struct LineFinder {
    package let bytes: UnsafeBufferPointer<UInt8>
    /// The file offset of the piece, and the number of its first line.
    package let base: Int
    package let firstLine: Int

    package init(bytes: UnsafeBufferPointer<UInt8>, base: Int, firstLine: Int) {
        self.bytes = bytes
        self.base = base
        self.firstLine = firstLine
    }

    /// Gives every problem from `start` on that names a line of this piece its excerpt. With
    /// `throughEnd`, the piece ends the file and the empty line after a final line break counts.
    package func attach(_ problems: inout [StoreProblem], from start: Int, throughEnd: Bool = false) {
        let first = firstLine
        let wanted = Set(problems[start...].filter { $0.line >= first && $0.anchor != .none && $0.excerpt == nil }
            .map(\.line))
        guard !wanted.isEmpty, let origin = bytes.baseAddress else { return }
        let last = wanted.max() ?? 0
        var ranges: [Int: Range<Int>] = [:]
        let n = bytes.count
        var pos = base == 0 && n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var line = firstLine
        while pos < n || (throughEnd && pos == n), line <= last {
            var end = n
            if pos < n, let hit = memchr(origin + pos, 0x0A, n - pos) {
                end = UnsafeRawPointer(hit) - UnsafeRawPointer(origin)
            }
            if wanted.contains(line) {
                var contentEnd = end
                if contentEnd > pos, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
                ranges[line] = pos..<contentEnd
            }
            pos = end + 1
            line += 1
        }
        for i in start..<problems.count {
            guard problems[i].excerpt == nil, problems[i].anchor != .none, let range = ranges[problems[i].line] else { continue }
            problems[i].excerpt = ExcerptBuilder.excerpt(UnsafeBufferPointer(rebasing: bytes[range]),
                                                         lineStart: base + range.lowerBound, anchor: problems[i].anchor)
        }
    }
}
