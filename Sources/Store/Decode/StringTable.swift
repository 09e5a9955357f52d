/// Numbers the distinct values of a field by their bytes, fast when there are few (categories, branches, sponsors).

import Foundation

/// Gives each distinct string a small number, comparing UTF-8 bytes (values are normalised as they
/// are read, so equal text has equal bytes). A lookup hashes the bytes once (FNV-1a), scans the
/// fingerprints of the first few values, and past those uses a table keyed by the fingerprint.
struct StringTable {
    private(set) var values: [String] = []
    private var fingerprints: [UInt64] = []
    private var buckets: [UInt64: [Int]] = [:]
    private static let linearLimit = 32

    /// The number of `s`, adding it if it is new.
    mutating func id(_ s: String) -> Int {
        let print = Self.fingerprint(s)
        if values.count <= Self.linearLimit {
            for i in fingerprints.indices where fingerprints[i] == print && Self.sameBytes(values[i], s) { return i }
        } else if let candidates = buckets[print] {
            for i in candidates where Self.sameBytes(values[i], s) { return i }
        }
        values.append(s)
        fingerprints.append(print)
        if values.count > Self.linearLimit {
            if buckets.isEmpty {
                for (i, f) in fingerprints.enumerated() { buckets[f, default: []].append(i) }
            } else {
                buckets[print, default: []].append(values.count - 1)
            }
        }
        return values.count - 1
    }

    /// FNV-1a over the UTF-8 bytes.
    static func fingerprint(_ s: String) -> UInt64 {
        var copy = s
        return copy.withUTF8 { bytes in
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            return h
        }
    }

    static func sameBytes(_ a: String, _ b: String) -> Bool {
        var x = a, y = b
        return x.withUTF8 { p in
            y.withUTF8 { q in p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) }
        }
    }
}
