/// Text inserted into a file at a record boundary: the lines and bytes after it move down by its size.

/// Where text went into a file and how much: every line after `afterLine` moves down by `lines`,
/// every byte offset from `offset` on moves on by `bytes`. A reader that had read the file before
/// the insertion moves what it kept of the lines after it by this much, instead of reading them again.
package struct LineShift: Hashable, Sendable {
    /// The last line before the insertion (the inserted text starts on the next one).
    package var afterLine: Int
    /// How many lines the inserted text holds.
    package var lines: Int
    /// The byte offset the text went in at.
    package var offset: Int
    /// How many bytes it holds.
    package var bytes: Int

    package init(afterLine: Int, lines: Int, offset: Int, bytes: Int) {
        (self.afterLine, self.lines, self.offset, self.bytes) = (afterLine, lines, offset, bytes)
    }

    /// Where `line` of the file before is now.
    package func line(_ line: Int) -> Int { line > afterLine ? line + lines : line }

    /// Where byte `offset` of the file before is now.
    package func offset(_ offset: Int) -> Int { offset >= self.offset ? offset + bytes : offset }
}

/// The first of `count` items in file order whose line (`line(i)`) is after `afterLine`: where
/// the items an insertion moves begin.
package func firstAfter(_ afterLine: Int, _ count: Int, _ line: (Int) -> Int) -> Int {
    var (low, high) = (0, count)
    while low < high {
        let mid = (low + high) / 2
        if line(mid) > afterLine { high = mid } else { low = mid + 1 }
    }
    return low
}

extension StoreProblem {
    /// The problem where its line is after the insertion (its excerpt is the line's own, unchanged).
    package func shifted(_ s: LineShift) -> StoreProblem {
        var p = self
        p.line = s.line(line)
        if case .byte(let offset) = anchor { p.anchor = .byte(s.offset(offset)) }
        return p
    }
}

extension LineCopy {
    /// The copy where its line is after the insertion.
    package func shifted(_ s: LineShift) -> LineCopy {
        LineCopy(bytes: bytes, start: s.offset(start))
    }
}
