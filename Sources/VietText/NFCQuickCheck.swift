// A conservative byte scan that proves UTF-8 text is already in NFC without decoding it.

/// Which UTF-8 sequences are "safe": characters that NFC leaves alone, of combining class 0, that
/// never combine with the character before them; so any string made only of them is in NFC.
///
/// The safe set is a few ranges that cover Vietnamese and the text around it: ASCII, U+0080–U+02FF
/// (Latin-1, Latin Extended-A and -B, IPA, spacing modifiers), U+1E00–U+1EFF (Latin Extended
/// Additional, where most Vietnamese vowels live), U+2002–U+20BF (punctuation, currency signs),
/// U+2500–U+2ABF (box drawing, arrows, shapes), U+4E00–U+9FFF (CJK ideographs) and U+1F000–U+1FFFF
/// (emoji). Anything else answers "not proven", and the slow path decides.
enum NFCQuickCheck {
    /// True when the bytes, made into a string (ill-formed sequences becoming U+FFFD), are in NFC.
    ///
    /// First a branch-free pass over every pair of neighbouring bytes (see `pairClass`); only text
    /// with U+2000–U+203F in it (general punctuation: “ ” – …) needs the exact scan after it.
    static func isSurelyNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let verdict = pairVerdict(bytes)
        if verdict == 0 { return true }
        if verdict & 1 != 0 { return false }
        return isWellFormedAndSafe(bytes)
    }

    /// 1 for a lead byte whose character may be unsafe, 2 for E2 80 (U+2000–U+203F: safe from U+2002
    /// on), 0 for the rest: ASCII, continuation bytes, C2–CB, and the leads of safe 3- and 4-byte
    /// ranges given their second byte. A byte that is not part of a well-formed sequence becomes
    /// U+FFFD, which is safe; every well-formed sequence starts with a lead byte the pass has seen.
    static func pairClass(_ lead: UInt8, _ next: UInt8) -> UInt8 {
        switch lead {
        case 0x00...0xBF, 0xC2...0xCB, 0xE5...0xE9: 0
        case 0xE1: next >= 0xB8 && next <= 0xBB ? 0 : 1
        case 0xE2: next == 0x80 ? 2 : next == 0x81 || next == 0x82 || (next >= 0x94 && next <= 0xAA) ? 0 : 1
        case 0xE4: next >= 0xB8 && next <= 0xBF ? 0 : 1
        case 0xF0: next == 0x9F ? 0 : 1
        default: 1
        }
    }

    /// `pairClass` of every lead and next byte, indexed by `lead << 8 | next`.
    private static let pairTable: [UInt8] = (0..<65536).map { pairClass(UInt8($0 >> 8), UInt8($0 & 0xFF)) }

    /// The union of the pair classes over the text (the last byte is paired with 0).
    static func pairVerdict(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return 0 }
        let count = bytes.count
        var i = 0
        while i + 8 <= count, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
            i += 8
        }
        if i == count { return 0 }
        return pairTable.withUnsafeBufferPointer { table in
            var verdict: UInt8 = 0
            var previous = Int(base[i])
            i += 1
            while i < count {
                let current = Int(base[i])
                verdict |= table[previous << 8 | current]
                previous = current
                i += 1
            }
            return verdict | table[previous << 8]
        }
    }

    /// True when every byte belongs to a well-formed safe sequence (the exact check).
    static func isWellFormedAndSafe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var i = 0
        while i < count {
            if base[i] < 0x80 {
                i += 1
                continue
            }
            let length = safeLength(base, at: i, count: count)
            if length == 0 { return false }
            i += length
        }
        return true
    }

    /// The length of the safe sequence that starts at a non-ASCII byte, or 0 when it is not safe.
    @inline(__always)
    static func safeLength(_ p: UnsafePointer<UInt8>, at i: Int, count: Int) -> Int {
        let lead = p[i]
        switch lead {
        case 0xC2...0xCB:
            return i + 1 < count && isContinuation(p[i + 1]) ? 2 : 0
        case 0xE1, 0xE2, 0xE4...0xE9:
            guard i + 2 < count, isContinuation(p[i + 1]), isContinuation(p[i + 2]) else { return 0 }
            let second = p[i + 1]
            switch lead {
            case 0xE1: return second >= 0xB8 && second <= 0xBB ? 3 : 0
            case 0xE2:
                if second == 0x80 { return p[i + 2] >= 0x82 ? 3 : 0 }
                return second == 0x81 || second == 0x82 || (second >= 0x94 && second <= 0xAA) ? 3 : 0
            case 0xE4: return second >= 0xB8 ? 3 : 0
            default: return 3
            }
        case 0xF0:
            guard i + 3 < count, p[i + 1] == 0x9F, isContinuation(p[i + 2]), isContinuation(p[i + 3]) else {
                return 0
            }
            return 4
        default:
            return 0
        }
    }

    @inline(__always)
    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
