/// The byte-level line loop of the recfile reader: finds lines with memchr and sorts them by kind.

import Foundation

/// Walks the bytes once, line by line, and hands fields and continuations to a `RecAssembler`.
/// Only field names and values become Strings; everything else stays bytes.
struct RecScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var out: RecAssembler
    /// The previous line belongs to a field, so a `+` line may continue it.
    private var continuable = false
    /// The previous line ended in a backslash: this line is the rest of the same value.
    private var backslashPending = false

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, sink: ((RecRecord) -> Void)? = nil) {
        self.bytes = bytes
        self.out = RecAssembler(bytes: bytes, file: file, sink: sink)
    }

    mutating func run() -> RecFile {
        let n = bytes.count
        guard n > 0, let base = bytes.baseAddress else { return out.finish() }
        var pos = 0
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { pos = 3 }
        var line = 0
        while pos < n {
            line += 1
            var end = n
            if let hit = memchr(base + pos, 0x0A, n - pos) {
                end = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            }
            var contentEnd = end
            if contentEnd > pos, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            handle(line: line, start: pos, end: contentEnd)
            if end == n {
                out.report(line: line, severity: .warning, message: RecMessages.noFinalNewline,
                           kind: .noFinalNewline, anchor: .lineEnd)
            }
            pos = end + 1
        }
        return out.finish()
    }

    private mutating func handle(line: Int, start: Int, end: Int) {
        if backslashPending {
            backslashPending = false
            appendValue(line: line, start: start, end: end, joiner: nil)
            return
        }
        if isBlank(start, end) {
            out.endRecord()
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
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<colon]), as: UTF8.self)
                var s = colon + 1
                if s < end, bytes[s] == UInt8(ascii: " ") || bytes[s] == UInt8(ascii: "\t") { s += 1 }
                out.beginField(name: name, line: line)
                appendValue(line: line, start: s, end: end, joiner: nil)
            } else {
                out.finishField()
                continuable = false
                out.reportMalformed(line: line, start: start, end: end)
            }
        }
    }

    /// Adds one piece of a value; a trailing backslash means the next line carries on.
    private mutating func appendValue(line: Int, start: Int, end: Int, joiner: UInt8?) {
        var e = end
        if e > start, bytes[e - 1] == UInt8(ascii: "\\") {
            e -= 1
            backslashPending = true
        }
        out.appendSegment(start: start, end: e, line: line, joiner: joiner)
        continuable = true
    }

    /// A line of nothing but spaces and tabs (or nothing at all).
    private func isBlank(_ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            let b = bytes[i]
            if b != 0x20, b != 0x09 { return false }
            i += 1
        }
        return true
    }

    /// The index of the colon after a name `[a-zA-Z%][a-zA-Z0-9_]*`, or nil if the line is not a field.
    private func fieldNameEnd(_ start: Int, _ end: Int) -> Int? {
        guard start < end, Self.isNameStart(bytes[start]) else { return nil }
        var i = start + 1
        while i < end, Self.isNameByte(bytes[i]) { i += 1 }
        return i < end && bytes[i] == UInt8(ascii: ":") ? i : nil
    }

    static func isNameStart(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x25
    }

    static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
    }
}
