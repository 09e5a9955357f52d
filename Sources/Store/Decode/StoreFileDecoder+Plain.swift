/// Reading a piece with a set's own reader of plain records, and the general reader for every other record.

import Foundation
import Recfile

extension StoreFileDecoder {
    /// Reads `bytes` (no byte order mark) as `read` does, record by record: at
    /// each record boundary the set's reader of plain records (`takePlain`, which reads as many
    /// plain records in a row as there are) is tried first; a record
    /// it declines, and any line between records that is not one blank line (comments, descriptors,
    /// more blank lines), goes to the general reader, which gets every such run of lines in one go,
    /// always cut at a record boundary. So the general reader sees the file as it would alone, less
    /// the plain records, whose lines it only counts.
    func scanPlain<S: RawRecordSink>(_ bytes: UnsafeBufferPointer<UInt8>, base: Int, isFinal: Bool, sink: inout S,
                                     into snapshot: UnsafeMutablePointer<StoreSnapshot>) {
        let n = bytes.count
        guard let start = bytes.baseAddress else {
            scanner.scan(bytes, base: base, isFinal: isFinal, into: &sink)
            return
        }
        var pos = 0
        /// Where the lines not yet handed to the general reader start.
        var general = 0
        /// `pos` is just after a record boundary (a piece always starts at one).
        var atBoundary = true
        var backslash = false
        while pos < n {
            if atBoundary, bytes[pos] != 0x0A {
                if general < pos {
                    scanner.scan(UnsafeBufferPointer(rebasing: bytes[general..<pos]), base: base + general, isFinal: false,
                                 into: &sink)
                    general = pos
                }
                if routesPlainRecords,
                   let taken = takePlain(bytes, at: pos, line: scanner.line + 1, isFinal: isFinal, into: &snapshot.pointee) {
                    records += taken.records
                    scanner.skipLines(taken.lines)
                    pos = taken.end
                    general = pos
                    backslash = false
                    continue
                }
            }
            var end = n
            if let hit = memchr(start + pos, 0x0A, n - pos) { end = UnsafeRawPointer(hit) - UnsafeRawPointer(start) }
            var contentEnd = end
            if contentEnd > pos, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let blank = RecScanner.isBlank(bytes, pos, contentEnd)
            atBoundary = blank && !backslash
            backslash = contentEnd > pos && bytes[contentEnd - 1] == UInt8(ascii: "\\")
            let empty = pos == end
            pos = end + 1
            // More empty lines leave it at the boundary (the general reader counts them).
            if empty, atBoundary {
                while pos < n, start[pos] == 0x0A { pos += 1 }
            }
        }
        if general < n || isFinal {
            scanner.scan(UnsafeBufferPointer(rebasing: bytes[general..<n]), base: base + general, isFinal: isFinal,
                         into: &sink)
        }
    }

    /// A record here would go to the file's only set: the reader is in that set, or before any
    /// `%rec:` line of a file of one set (as `SetRouter` routes it).
    private var routesPlainRecords: Bool {
        guard let set = scanner.out.currentSet else { return router.sets.count == 1 }
        return router.sets.contains(set)
    }

    /// A file's first piece that starts with a UTF-8 byte order mark, which the general reader skips.
    static func startsWithBOM(_ bytes: UnsafeBufferPointer<UInt8>, base: Int) -> Bool {
        base == 0 && bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }
}

/// What a set's reader of plain records read in one go: where the last record ended (after its
/// blank line, or at the end of a final piece), and how many lines and records it took.
struct PlainRun {
    var end: Int
    var lines: Int
    var records: Int
}
