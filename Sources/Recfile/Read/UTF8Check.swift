/// Finds ill-formed UTF-8 in a byte range, so a bad byte can be reported by its offset.

/// A UTF-8 well-formedness scan (Unicode Table 3-7) that reports where the trouble starts.
package enum UTF8Check {
    /// The first ill-formed sequence at or after `start`: its index and its length (at least 1),
    /// so that a caller can resume scanning after it. Nil when the rest is well formed.
    package static func firstInvalid(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> (index: Int, length: Int)? {
        var i = max(0, start)
        let n = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        while i < n {
            // Eight ASCII bytes at a time: most of a store file is ASCII. When some of the eight are
            // not, the ASCII bytes before the first of them are skipped at once.
            if i + 8 <= n {
                let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & 0x8080_8080_8080_8080
                if high == 0 {
                    i += 8
                    continue
                }
                i += high.trailingZeroBitCount >> 3
            }
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            // Vietnamese letters are two bytes (C2–DF) or three (E1–EC, the U+1Exx block): checked
            // here without the table of lead bytes.
            if b0 >= 0xC2, b0 <= 0xDF, i + 1 < n, bytes[i + 1] & 0xC0 == 0x80 {
                i += 2
                continue
            }
            if b0 >= 0xE1, b0 <= 0xEC, i + 2 < n, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 {
                i += 3
                continue
            }
            let (need, low, high) = lead(b0)
            if need == 0 { return (i, 1) }
            // The second byte has a lead-specific range; the others are plain continuation bytes.
            var k = 1
            while k <= need {
                guard i + k < n else { return (i, k) }
                let b = bytes[i + k]
                let ok = k == 1 ? (b >= low && b <= high) : (b >= 0x80 && b <= 0xBF)
                if !ok { return (i, k) }
                k += 1
            }
            i += need + 1
        }
        return nil
    }

    /// True when every byte is well-formed UTF-8.
    package static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        firstInvalid(in: bytes) == nil
    }

    /// For a lead byte: how many continuation bytes follow, and the allowed range of the first.
    private static func lead(_ b: UInt8) -> (Int, UInt8, UInt8) {
        switch b {
        case 0xC2...0xDF: return (1, 0x80, 0xBF)
        case 0xE0: return (2, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: return (2, 0x80, 0xBF)
        case 0xED: return (2, 0x80, 0x9F)
        case 0xF0: return (3, 0x90, 0xBF)
        case 0xF1...0xF3: return (3, 0x80, 0xBF)
        case 0xF4: return (3, 0x80, 0x8F)
        default: return (0, 0, 0)
        }
    }
}
