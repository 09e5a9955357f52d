/// The byte-level line loop of the recfile reader: finds lines with memchr and sorts them by kind.

import Foundation

/// Walks the bytes once, line by line, and hands fields and continuations to a `RecAssembler`.
/// A file can be given in pieces, each cut just after a record boundary (see `RecBoundary`), with
/// the last piece marked final; the line count and the record sets carry over.
package struct RecScanner {
    @usableFromInline var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    @usableFromInline package internal(set) var out: RecAssembler
    /// The number of lines read so far.
    @usableFromInline package internal(set) var line = 0
    /// The previous line belongs to a field, so a `+` line may continue it.
    @usableFromInline var continuable = false
    /// The previous line ended in a backslash: this line is the rest of the same value.
    @usableFromInline var backslashPending = false

    /// What `rollback` restores.
    package struct Mark {
        fileprivate var line: Int
        fileprivate var out: RecAssembler.Mark
    }

    package init(file: String) {
        out = RecAssembler(file: file)
    }

    /// A reader of a piece of the file that starts at a record boundary after `line` lines, in `context`.
    package init(file: String, line: Int, context: RecAssembler.Context) {
        out = RecAssembler(file: file, context: context)
        self.line = line
    }

    /// Takes over what a reader of the piece that follows found.
    package mutating func absorb(_ later: RecScanner) {
        line = later.line
        out.absorb(later.out)
    }

    /// Reads `bytes`, the file from offset `base` on, handing each record to `sink`. Unless `isFinal`,
    /// the bytes must end just after a record boundary; a final piece ends the file.
    @inlinable
    package mutating func scan<S: RawRecordSink>(_ bytes: UnsafeBufferPointer<UInt8>, base: Int, isFinal: Bool, into sink: inout S) {
        self.bytes = bytes
        out.setBuffer(bytes, base: base)
        let n = bytes.count
        if n > 0, let start = bytes.baseAddress {
            var pos = 0
            if base == 0, n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { pos = 3 }
            while pos < n {
                line += 1
                var end = n
                if let hit = memchr(start + pos, 0x0A, n - pos) {
                    end = UnsafeRawPointer(hit) - UnsafeRawPointer(start)
                }
                var contentEnd = end
                if contentEnd > pos, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
                let ended = pos == end && !backslashPending
                handle(line: line, start: pos, end: contentEnd, sink: &sink)
                if end == n {
                    out.report(line: line, severity: .warning, message: RecMessages.noFinalNewline,
                               kind: .noFinalNewline, anchor: .lineEnd)
                }
                pos = end + 1
                // Empty lines after an empty line that ended a record change nothing but the
                // count (a file checked with most records left blank, as `hoctap add award`
                // checks it, is a million of them).
                if ended {
                    while pos < n, start[pos] == 0x0A {
                        line += 1
                        pos += 1
                    }
                }
            }
        }
        if isFinal { out.endRecord(&sink) }
    }

    /// Counts `count` lines that another reader read from a record boundary to the next (the award
    /// set's reader of plain records, see `StoreFileDecoder.scanPlain`); the state stays that of a boundary.
    package mutating func skipLines(_ count: Int) {
        line += count
    }

    /// The state at a record boundary, to come back to.
    package func mark() -> Mark {
        Mark(line: line, out: out.mark())
    }

    /// Moves what was read after an insertion at a record boundary to where the insertion put it:
    /// the lines read so far, with `lines` more, and the assembler's lines and problems.
    package mutating func shift(_ s: LineShift) {
        line += s.lines
        out.shift(s)
    }

    /// Forgets everything read since `mark`, which was taken at a record boundary.
    package mutating func rollback(to mark: Mark) {
        line = mark.line
        continuable = false
        backslashPending = false
        out.rollback(to: mark.out)
    }

    @inlinable
    mutating func handle<S: RawRecordSink>(line: Int, start: Int, end: Int, sink: inout S) {
        if backslashPending {
            backslashPending = false
            appendValue(line: line, start: start, end: end, joiner: nil)
            return
        }
        if Self.isBlank(bytes, start, end) {
            out.endRecord(&sink)
            continuable = false
            return
        }
        switch bytes[start] {
        case UInt8(ascii: "#"):
            out.finishField()
            continuable = false
        case UInt8(ascii: "+"):
            guard continuable else {
                out.report(line: line, severity: .error, message: RecMessages.orphanContinuation)
                return
            }
            var s = start + 1
            if s < end, bytes[s] == UInt8(ascii: " ") { s += 1 }
            appendValue(line: line, start: s, end: end, joiner: 0x0A)
        default:
            if let colon = fieldNameEnd(start, end) {
                var s = colon + 1
                if s < end, bytes[s] == UInt8(ascii: " ") || bytes[s] == UInt8(ascii: "\t") { s += 1 }
                out.beginField(nameStart: start, nameEnd: colon, line: line, lineStart: start)
                appendValue(line: line, start: s, end: end, joiner: nil)
            } else {
                out.finishField()
                continuable = false
                out.reportMalformed(line: line, start: start, end: end)
            }
        }
    }

    /// Adds one piece of a value; a trailing backslash means the next line carries on.
    @usableFromInline mutating func appendValue(line: Int, start: Int, end: Int, joiner: UInt8?) {
        var e = end
        if e > start, bytes[e - 1] == UInt8(ascii: "\\") {
            e -= 1
            backslashPending = true
        }
        out.appendSegment(start: start, end: e, line: line, joiner: joiner)
        continuable = true
    }

    /// A line of nothing but spaces and tabs (or nothing at all).
    package static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            let b = bytes[i]
            if b != 0x20, b != 0x09 { return false }
            i += 1
        }
        return true
    }

    /// The index of the colon after a name `[a-zA-Z%][a-zA-Z0-9_]*`, or nil if the line is not a field.
    @usableFromInline func fieldNameEnd(_ start: Int, _ end: Int) -> Int? {
        guard start < end, Self.isNameStart(bytes[start]) else { return nil }
        var i = start + 1
        while i < end, Self.isNameByte(bytes[i]) { i += 1 }
        return i < end && bytes[i] == UInt8(ascii: ":") ? i : nil
    }

    package static func isNameStart(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x25
    }

    package static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
    }
}

extension RecScanner {
    /// Gives the reader's problems from `start` on the excerpts of their lines.
    package mutating func attachExcerpts(since start: Int, _ lines: LineFinder) {
        out.attachExcerpts(since: start, lines)
    }
}

extension RecScanner.Mark {
    /// The mark of a boundary at or after an insertion, where the insertion put it.
    package func shifted(_ s: LineShift) -> RecScanner.Mark {
        RecScanner.Mark(line: line + s.lines, out: out.shifted(s))
    }
}
