/// The award set's own reader of plain records: one pass over a record's bytes, no general reader, no field list.

import Foundation
import Recfile

/// Scratch room for the record being read by a reader of plain records: where each field of the
/// schema has its value (start and end in the buffer) and on which line of the record it is; and
/// each field's `Name:` as two masked words, so a line's name is found by comparing integers.
final class PlainFields {
    let count: Int
    private let slots: UnsafeMutablePointer<Int>
    /// Per field: the first and second eight bytes of `Name:`, their masks, and its length.
    private let patterns: UnsafeMutablePointer<UInt64>
    private let lengths: UnsafeMutablePointer<Int>

    init(names: [String]) {
        count = names.count
        slots = .allocate(capacity: 3 * max(count, 1))
        patterns = .allocate(capacity: 4 * max(count, 1))
        lengths = .allocate(capacity: max(count, 1))
        for (j, name) in names.enumerated() {
            let bytes = Array((name + ":").utf8)
            var words: [UInt64] = [0, 0, 0, 0]
            for (i, b) in bytes.enumerated() where i < 16 {
                words[i / 8] |= UInt64(b) << (8 * UInt64(i % 8))
                words[2 + i / 8] |= 0xFF << (8 * UInt64(i % 8))
            }
            // A name too long for two words matches no line here (the general reader reads it).
            if bytes.count > 16 { words = [0, 0, UInt64.max, UInt64.max] }
            for k in 0..<4 { patterns[4 * j + k] = words[k] }
            lengths[j] = bytes.count
        }
        clear()
    }

    deinit {
        slots.deallocate()
        patterns.deallocate()
        lengths.deallocate()
    }

    func clear() { slots.update(repeating: -1, count: 3 * count) }
    /// Where field `j`'s value starts, or -1 when the record does not have it.
    func start(_ j: Int) -> Int { slots[3 * j] }
    func end(_ j: Int) -> Int { slots[3 * j + 1] }
    /// The field's line, counted from the record's first line (0).
    func line(_ j: Int) -> Int { slots[3 * j + 2] }

    func set(_ j: Int, start: Int, end: Int, line: Int) {
        slots[3 * j] = start
        slots[3 * j + 1] = end
        slots[3 * j + 2] = line
    }

    /// The field whose `Name:` the sixteen bytes `w0`, `w1` start with, trying `hint` first; -1 for none.
    @inline(__always) func field(_ w0: UInt64, _ w1: UInt64, hint: Int) -> Int {
        if hint < count, matches(hint, w0, w1) { return hint }
        for j in 0..<count where matches(j, w0, w1) { return j }
        return -1
    }

    /// The length of field `j`'s `Name:`.
    func nameLength(_ j: Int) -> Int { lengths[j] }

    @inline(__always) private func matches(_ j: Int, _ w0: UInt64, _ w1: UInt64) -> Bool {
        let p = patterns + 4 * j
        return w0 & p[2] == p[0] && w1 & p[3] == p[1]
    }
}

extension AwardDecoder {
    /// Reads the award record at `start` of `bytes` when it is plain: only `Name: value` lines of
    /// the schema's fields, each once, none continued (`+`, a trailing backslash), no comment, no
    /// carriage return, each line ending in a line break, the record closed by an empty line (or the
    /// end of a final piece); and when its values raise no problem: every mandatory field with a
    /// value, a good date, kind, amount and school year, a branch that exists, no control character
    /// in a new value, a key not used before. Then it makes the very `Award` that `decode` makes and
    /// takes its key. Otherwise nil, having changed nothing the general reader would see (the
    /// interners and the boxes found by bytes may have learnt a value, which changes no answer),
    /// and the general reader reads the record and reports what is wrong. `bytes` need not be
    /// well-formed UTF-8: a value is either checked as ASCII, matched against known bytes, or
    /// checked before it is made a String.
    /// The award goes to the end of `awards`; the answer is where the record ends (after its blank
    /// line, or at the end of a final piece) and how many lines it took.
    mutating func plain(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, line: Int, isFinal: Bool,
                        branches: KeyTable, into awards: inout [Award]) -> (end: Int, lines: Int)? {
        let f = plainFields
        guard let base = bytes.baseAddress,
              let end = Self.findFields(bytes, base, at: start, isFinal: isFinal, names: r.packedNames, into: f) else {
            return nil
        }
        // Static helpers throughout: a method of `self` called here copied the whole decoder each time.
        func value(_ j: Int) -> UnsafeBufferPointer<UInt8>? { Self.value(base, f, j) }
        guard let idBytes = value(id), let dateBytes = value(date), let whoBytes = value(recipient),
              let kindBytes = value(kind), let categoryBytes = value(category),
              let branchBytes = value(branch) else { return nil }
        guard RawRecordDecoder.isASCII(idBytes), let day = RawRecordDecoder.isoDate(dateBytes),
              r.dayRanges[date].map({ $0.contains(day) }) ?? true,
              let who = Self.text(whoBytes, &recipients), let k = kinds.match(kindBytes),
              let c = Self.text(categoryBytes, &categories),
              RawRecordDecoder.isASCII(branchBytes), let b = branches.find(branchBytes) else { return nil }
        var a: Int?
        if f.start(amount) >= 0 {
            guard let digits = value(amount), let n = ValueText.int(digits),
                  r.numberRanges[amount].map({ $0.contains(n) }) ?? true else { return nil }
            a = n
        }
        var y: SchoolYear?
        if let text = value(schoolYear) {
            guard RawRecordDecoder.isASCII(text), let year = SchoolYear(text: String(decoding: text, as: UTF8.self)) else {
                return nil
            }
            let given = SchoolYear(containing: day)
            guard given == year || given == SchoolYear(startYear: year.startYear + 1) else { return nil }
            y = year
        }
        // The sponsor, class, school and voucher: their box found again by their bytes, else each
        // through its interner (checked as `decode` checks them) and the box of the four.
        let extra = (value(sponsor), value(className), value(school), value(voucher))
        var box: AwardExtra.Box?
        if extra.0 != nil || extra.1 != nil || extra.2 != nil || extra.3 != nil {
            let h = AwardExtraBytes.hash(extra)
            if let known = extraBytes.box(extra, hash: h) {
                box = known
            } else {
                guard let s = Self.interned(extra.0, &sponsors), let cl = Self.interned(extra.1, &classNames),
                      let sc = Self.interned(extra.2, &schools), let v = Self.interned(extra.3, &vouchers) else { return nil }
                box = extras.box(sponsor: s, className: cl, school: sc, voucher: v)
                if let box { extraBytes.keep(box, for: extra, hash: h) }
            }
        }
        let key = String(decoding: idBytes, as: UTF8.self)
        guard r.insertKey(key, line: line + f.line(id)) else { return nil }
        awards.append(Award(id: key, date: day, recipient: who, kind: k, category: c, branch: branches.key(at: b),
                            amount: a, schoolYear: y, extra: box, source: SourcePlace(file: r.file, line: line)))
        return (end.index, end.lines)
    }

    /// Finds the fields of the record at `start` into `plainFields`: the index after the record and
    /// how many lines it took, or nil when it is not plain.
    private static func findFields(_ bytes: UnsafeBufferPointer<UInt8>, _ base: UnsafePointer<UInt8>, at start: Int,
                                   isFinal: Bool, names: [PackedName], into f: PlainFields) -> (index: Int, lines: Int)? {
        f.clear()
        let n = bytes.count
        var pos = start, lines = 0, hint = 0
        while true {
            if pos == n { return isFinal && lines > 0 ? (pos, lines) : nil }
            let first = bytes[pos]
            if first == 0x0A { return lines > 0 ? (pos + 1, lines + 1) : nil }
            let j: Int
            var valueStart: Int
            if pos + 16 <= n {
                let raw = UnsafeRawPointer(base + pos)
                j = f.field(raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self), hint: hint)
                guard j >= 0 else { return nil }
                valueStart = pos + f.nameLength(j)
            } else {
                // Near the end of the buffer: the name a byte at a time.
                guard isLetter(first) else { return nil }
                var colon = pos + 1
                while colon < n, isNameByte(bytes[colon]) { colon += 1 }
                guard colon < n, bytes[colon] == UInt8(ascii: ":") else { return nil }
                let packed = PackedName(UnsafeBufferPointer(rebasing: bytes[pos..<colon]))
                guard let found = names.firstIndex(of: packed) else { return nil }
                j = found
                valueStart = colon + 1
            }
            guard f.start(j) < 0, let hit = memchr(base + valueStart, 0x0A, n - valueStart) else { return nil }
            let end = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if valueStart < end, bytes[valueStart] == 0x20 || bytes[valueStart] == 0x09 { valueStart += 1 }
            if end > valueStart, bytes[end - 1] == UInt8(ascii: "\\") || bytes[end - 1] == 0x0D { return nil }
            f.set(j, start: valueStart, end: end, line: lines)
            hint = j + 1
            lines += 1
            pos = end + 1
        }
    }

    /// An ASCII letter, which a field's name starts with (`%` names are the general reader's).
    @inline(__always) private static func isLetter(_ b: UInt8) -> Bool {
        (b | 0x20) &- UInt8(ascii: "a") < 26
    }

    /// A byte of a field's name after its first (as `RecScanner.isNameByte`).
    @inline(__always) private static func isNameByte(_ b: UInt8) -> Bool {
        isLetter(b) || b &- UInt8(ascii: "0") < 10 || b == UInt8(ascii: "_")
    }

    /// What `RawRecordDecoder.trimmed` trims.
    @inline(__always) private static func isBlank(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    /// The trimmed, non-empty value of field `j`, or nil.
    /// (Made from the buffer's start: `findFields` found the value inside the buffer, and slicing
    /// the buffer checked its bounds again, a dozen instructions a value.)
    private static func value(_ base: UnsafePointer<UInt8>, _ f: PlainFields, _ j: Int) -> UnsafeBufferPointer<UInt8>? {
        let start = f.start(j)
        guard start >= 0 else { return nil }
        let end = f.end(j)
        let v = UnsafeBufferPointer(start: base + start, count: end - start)
        // Most values have nothing to trim.
        if start < end, !isBlank(base[start]), !isBlank(base[end - 1]) { return v }
        let trimmed = RawRecordDecoder.trimmed(v)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A value through its interner, as `RawRecordDecoder.text(_:_:)` reads it: nil when a value not
    /// seen before is not well-formed UTF-8 or holds a control character.
    private static func text(_ v: UnsafeBufferPointer<UInt8>, _ interner: inout Interner) -> String? {
        if let known = interner.known(v) { return known.value }
        guard UTF8Check.isValid(v), ControlCharacters.first(in: v) == nil else { return nil }
        return interner(v)
    }

    /// An optional field through its interner, as `RawRecordDecoder.interned` reads it; nil (the
    /// whole record declined) when a value not seen before is not well-formed UTF-8 or holds a
    /// control character.
    private static func interned(_ v: UnsafeBufferPointer<UInt8>?, _ interner: inout Interner) -> InternedText? {
        guard let v else { return InternedText(value: nil, entry: InternedText.none) }
        if let known = interner.known(v) { return InternedText(value: known.value, entry: known.entry) }
        guard UTF8Check.isValid(v), ControlCharacters.first(in: v) == nil else { return nil }
        let made = interner.entry(v)
        return InternedText(value: made.value, entry: made.entry)
    }
}
