/// A string compared and hashed by its UTF-8 bytes, for tables over values that are already normalised.

import Foundation

/// Wraps a `String` so that hashing and equality read its bytes. The standard library's String
/// hashing normalises non-ASCII text on every call; values here are normalised once as they are
/// read, so byte equality is the same answer at a fraction of the cost.
struct ByteKey: Hashable {
    let string: String

    init(_ string: String) {
        self.string = string
    }

    func hash(into hasher: inout Hasher) {
        var s = string
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        StringTable.sameBytes(a.string, b.string)
    }
}

/// A fast hash of a few bytes (a key, a name), eight at a time, for the reader's own tables.
enum ByteHash {
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = bytes.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 &+ UInt64(n)
        guard let base = bytes.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        if i < n {
            var last: UInt64 = 0
            if n >= 8 {
                // The last eight bytes in one load, some of them hashed already (a byte at a time
                // was a tenth of a large store's load).
                last = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            } else {
                var shift: UInt64 = 0
                while i < n {
                    last |= UInt64(base[i]) << shift
                    shift += 8
                    i += 1
                }
            }
            h = (h ^ last) &* 0xC4CE_B9FE_1A85_EC53
        }
        h ^= h >> 29
        h = h &* 0x9E37_79B9_7F4A_7C15
        return h ^ (h >> 32)
    }

    /// True when the string's UTF-8 bytes are exactly `bytes`.
    static func same(_ s: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let u = s.utf8
        if let equal = u.withContiguousStorageIfAvailable({ p in
            p.count == bytes.count && (p.count == 0 || memcmp(p.baseAddress!, bytes.baseAddress!, p.count) == 0)
        }) {
            return equal
        }
        // A small string (fifteen bytes or fewer, held in the String itself) offers no storage of
        // its own: `withUTF8` reads it from a copy on the stack.
        guard u.count == bytes.count else { return false }
        var copy = s
        return copy.withUTF8 { p in p.count == 0 || memcmp(p.baseAddress!, bytes.baseAddress!, p.count) == 0 }
    }
}
