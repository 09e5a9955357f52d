/// One pass over `awards.rec` that keeps only what a new award's check reads: the ids' pattern, and the records that share the new award's id or branch, every line in its place.

import Foundation
import Recfile

/// A new award's check reads few of the awards before it: its id must be unused (and a missing id
/// is the next in the set's pattern), and the double-entry guard looks for an earlier award of the
/// same folded recipient and category, from the same branch, for the same year. The branches'
/// keys come from `branches.rec`, which is read whole as before. So the check can decode
/// `awards.rec` with every other record's lines left blank: the same lines, the same descriptor,
/// the same records for the key and the guard, in the same order.
///
/// The scan only agrees to that on a plain file, where a record's fields cannot hide in a way a
/// line-by-line look would miss: valid UTF-8 with no carriage return, one `%rec: Award`
/// descriptor before every record, field lines that start with a name and a colon (no
/// continuation lines, no backslash at a line's end, no comment inside a record), each record
/// with one `Id: ` line of plain ASCII and every id different. Anything else answers nil, and the
/// caller checks against the whole store as before.
struct LeanAwardScan {
    /// A short list of ids that gives the same next id as all of them (`IdAssigner.next`): those
    /// that do not end in digits or end in too many, the highest of each prefix, and the last id
    /// that ends in digits, in that order.
    let ids: [String]
    /// True when the file declares `%rec: Award` (its one descriptor): a new award goes at its end.
    let declaresAward: Bool

    private let bytes: [UInt8]

    /// Scans `bytes`, the text of `awards.rec`; nil when the file is not plain enough (above).
    init?(_ bytes: [UInt8]) {
        guard bytes.last == 0x0A else { return nil }
        let plain = bytes.withUnsafeBufferPointer { buffer in
            UTF8Check.firstInvalid(in: buffer) == nil && memchr(buffer.baseAddress!, 0x0D, buffer.count) == nil
        }
        guard plain else { return nil }
        self.bytes = bytes
        var odd: [String] = []
        var highest: [ArraySlice<UInt8>: (number: Int, id: ArraySlice<UInt8>)] = [:]
        var last: ArraySlice<UInt8>?
        var declares = false
        var seen = HashesSeen(expected: bytes.count / 160)
        var run: Run?
        let walked = Self.walk(bytes) { paragraph in
            if paragraph.declares { declares = true }
            guard let id = paragraph.id else { return true }
            let value = bytes[(id.lowerBound + 4)..<(id.upperBound - 1)]
            guard seen.insert(Self.hash(value)) else { return false }
            var digits = value.endIndex
            while digits > value.startIndex, (0x30...0x39).contains(value[digits - 1]) { digits -= 1 }
            let count = value.endIndex - digits
            guard count > 0, count <= 18 else {
                odd.append(String(decoding: value, as: UTF8.self))
                return true
            }
            var number = 0
            for b in value[digits...] { number = number * 10 + Int(b - 0x30) }
            let prefix = value.startIndex..<digits
            // Ids in a row mostly share their prefix: the highest of the run is kept aside and
            // the dictionary of prefixes is read and written only when the prefix changes.
            if let current = run, Self.same(bytes, current.prefix, bytes[prefix]) {} else {
                if let run { Self.keepHighest(run, in: &highest, of: bytes) }
                run = (prefix, highest[bytes[prefix]])
            }
            if let best = run?.best, best.number >= number {} else { run?.best = (number, value) }
            last = value
            return true
        }
        guard walked else { return nil }
        if let run { Self.keepHighest(run, in: &highest, of: bytes) }
        var list = odd
        for (_, best) in highest.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            list.append(String(decoding: best.id, as: UTF8.self))
        }
        if let last { list.append(String(decoding: last, as: UTF8.self)) }
        ids = list
        declaresAward = declares
    }

    /// The file with the lines of every record left blank except the last record and those whose
    /// `Id: ` line is `idLine` or whose `Branch: ` line is `branchLine` or is not plain (each line
    /// given whole, with its line break). Descriptors and comments stay. Nil when the blanks would
    /// change the bytes a new record's separator is chosen from.
    func reduced(idLine: ArraySlice<UInt8>?, branchLine: ArraySlice<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count / 8)
        // A record's lines left blank, copied from here (appending a repeated byte went one at a time).
        let blanks = [UInt8](repeating: 0x0A, count: 64)
        var kept = 0
        let lastStart = Self.lastParagraphStart(bytes)
        _ = Self.walk(bytes, checking: false) { paragraph in
            let keep = paragraph.range.lowerBound == lastStart || !paragraph.isRecord || {
                if let idLine, let id = paragraph.id, Self.same(bytes, id, idLine) { return true }
                // A branch written otherwise than `Branch: PLAIN` might read as the new one's. (The
                // walk found the line by its `Branch:`; its line break is in the range.)
                guard let branch = paragraph.branch, bytes[branch.lowerBound + 7] == UInt8(ascii: " "),
                      Self.isPlainValue(bytes[(branch.lowerBound + 8)..<(branch.upperBound - 1)]) else { return true }
                return Self.same(bytes, branch, branchLine)
            }()
            // What lies between the last paragraph kept and this one is blank lines, kept as they are.
            out += bytes[kept..<paragraph.range.lowerBound]
            if keep {
                out += bytes[paragraph.range]
            } else {
                if paragraph.lines <= blanks.count {
                    out += blanks[..<paragraph.lines]
                } else {
                    out.append(contentsOf: repeatElement(0x0A, count: paragraph.lines))
                }
            }
            kept = paragraph.range.upperBound
            return true
        }
        out += bytes[kept...]
        guard out.suffix(RecordText.tailLength).elementsEqual(bytes.suffix(RecordText.tailLength)) else { return nil }
        return out
    }

    /// One paragraph of the file: a record, or a descriptor or comment block.
    struct Paragraph {
        /// From its first byte to just after its last line break.
        var range: Range<Int>
        var lines: Int
        var isRecord: Bool
        /// True for the paragraph with the `%rec: Award` line.
        var declares = false
        /// The record's `Id: ` and `Branch: ` lines, each with its line break.
        var id: Range<Int>?
        var branch: Range<Int>?
    }

    /// Hands each paragraph to `body` in order; false as soon as the file is not plain or `body`
    /// says false. With `checking` false the file is known plain (a walk with it true said so):
    /// the field names are not read letter by letter again, which was half of a walk.
    private static func walk(_ bytes: [UInt8], checking: Bool = true, _ body: (Paragraph) -> Bool) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            var declared = false
            var i = 0
            let end = b.count
            while i < end {
                if b[i] == 0x0A {
                    i += 1
                    continue
                }
                var p = Paragraph(range: i..<i, lines: 0, isRecord: false)
                var hasField = false, hasOther = false
                while i < end, b[i] != 0x0A {
                    let start = i
                    guard let found = memchr(b.baseAddress! + start, 0x0A, end - start) else { return false }
                    let next = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - b.baseAddress!
                    i = next + 1
                    p.lines += 1
                    let first = b[start]
                    // A backslash at a line's end joins the next line to it.
                    guard b[next - 1] != UInt8(ascii: "\\") else { return false }
                    if first == UInt8(ascii: "+"), hasOther, !hasField { continue }
                    if first == UInt8(ascii: "%") {
                        hasOther = true
                        if hasPrefix(b, start, "%rec:") {
                            guard !declared, b[start..<next].elementsEqual("%rec: Award".utf8) else { return false }
                            declared = true
                            p.declares = true
                        }
                        continue
                    }
                    if first == UInt8(ascii: "#") {
                        hasOther = true
                        continue
                    }
                    if checking {
                        guard isLetter(first) else { return false }
                        var c = start + 1
                        while c < next, isLetter(b[c]) || (0x30...0x39).contains(b[c]) || b[c] == UInt8(ascii: "_") { c += 1 }
                        guard c < next, b[c] == UInt8(ascii: ":") else { return false }
                    }
                    hasField = true
                    // A name is letters, digits and `_` up to its colon: `Id:` and `Branch:` at
                    // the line's start are those names.
                    if first == UInt8(ascii: "I"), hasPrefix(b, start, "Id:") {
                        guard !checking || (p.id == nil && hasPrefix(b, start, "Id: ")
                                            && isPlainValue(UnsafeBufferPointer(rebasing: b[(start + 4)..<next]))) else { return false }
                        p.id = start..<(next + 1)
                    } else if first == UInt8(ascii: "B"), p.branch == nil, hasPrefix(b, start, "Branch:") {
                        p.branch = start..<(next + 1)
                    }
                }
                p.range = p.range.lowerBound..<i
                if hasField {
                    // A record before the descriptor, or one with a comment or a descriptor line in it.
                    guard declared, !hasOther, p.id != nil else { return false }
                    p.isRecord = true
                }
                guard body(p) else { return false }
            }
            return true
        }
    }

    private static func hasPrefix(_ b: UnsafeBufferPointer<UInt8>, _ at: Int, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard at + count <= b.count else { return false }
        let p = text.utf8Start
        for k in 0..<count where b[at + k] != p[k] { return false }
        return true
    }

    private static func isLetter(_ c: UInt8) -> Bool {
        (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c)
    }

    /// A value read the same however it is read: ASCII letters, digits, `-`, `_`, `.` and `/`.
    static func isPlainValue<C: Collection<UInt8>>(_ value: C) -> Bool {
        !value.isEmpty && value.allSatisfy { isLetter($0) || (0x30...0x39).contains($0) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E || $0 == 0x2F }
    }

    /// A run of ids with one prefix: the prefix's place, and the highest number and its id so far
    /// (the dictionary's, when the prefix was seen before the run).
    private typealias Run = (prefix: Range<Int>, best: (number: Int, id: ArraySlice<UInt8>)?)

    /// Writes the run's highest id to `highest` unless the prefix has one as high from before.
    private static func keepHighest(_ run: Run, in highest: inout [ArraySlice<UInt8>: (number: Int, id: ArraySlice<UInt8>)],
                                    of bytes: [UInt8]) {
        guard let best = run.best else { return }
        let prefix = bytes[run.prefix]
        if let known = highest[prefix], known.number >= best.number { return }
        highest[prefix] = best
    }

    /// True when `bytes[range]` is `other`, compared with `memcmp` (a generic comparison of the two
    /// slices cost more than the rest of a record's look).
    private static func same(_ bytes: [UInt8], _ range: Range<Int>, _ other: ArraySlice<UInt8>) -> Bool {
        guard range.count == other.count else { return false }
        return range.isEmpty || bytes.withUnsafeBufferPointer { b in
            other.withUnsafeBufferPointer { o in memcmp(b.baseAddress! + range.lowerBound, o.baseAddress!, range.count) == 0 }
        }
    }

    /// Where the file's last paragraph starts (after its last blank line).
    private static func lastParagraphStart(_ bytes: [UInt8]) -> Int {
        var i = bytes.count
        while i > 0, bytes[i - 1] == 0x0A { i -= 1 }
        while i > 0, !(bytes[i - 1] == 0x0A && (i < 2 || bytes[i - 2] == 0x0A)) { i -= 1 }
        return i
    }

    /// FNV-1a of an id's bytes: ids that share it are taken for the same (then the caller checks
    /// against the whole store).
    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}

/// The ids' hashes seen so far, in a table of open addressing: they are hashes already, which a
/// `Set` hashed again (a third of the scan's look at the ids). A hash of 0 counts as 1, so two ids
/// with those hashes are taken for the same, and the caller checks the usual way.
private struct HashesSeen {
    private var slots: [UInt64]
    private var count = 0

    init(expected: Int) {
        var size = 64
        while size < 2 * expected { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
    }

    /// Adds `hash`; false when it was there.
    mutating func insert(_ hash: UInt64) -> Bool {
        let h = max(hash, 1)
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h >> 7) & mask
        while slots[slot] != 0 {
            if slots[slot] == h { return false }
            slot = (slot + 1) & mask
        }
        slots[slot] = h
        count += 1
        return true
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for h in old where h != 0 {
            var slot = Int(truncatingIfNeeded: h >> 7) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = h
        }
    }
}
