/// Finds control characters in a value's bytes: C0 controls but the tab, DEL, and C1 controls.

/// A value holding an escape, a NUL or a C1 control is never what a clerk typed: it can only come
/// from a damaged file or a hostile one, and shown on a terminal it could clear the screen or
/// write to the clipboard. The scan reads eight bytes at a time while they are plain ASCII.
package enum ControlCharacters {
    /// The first control character of `bytes`: its index and its code point; nil when there is none.
    @inlinable
    package static func first(in bytes: UnsafeBufferPointer<UInt8>) -> (index: Int, scalar: UInt32)? {
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let n = bytes.count
        var i = 0
        while i + 8 <= n {
            if isPlain(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i += 8
                continue
            }
            if let found = check(bytes, from: i, to: i + 8) { return found }
            i += 8
        }
        // The last bytes as one word overlapping the one before, when the value is long enough.
        if i < n, n >= 8, isPlain(raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)) { return nil }
        return check(bytes, from: i, to: n)
    }

    /// All ASCII, none below 0x20 and none equal to 0x7F: nothing to look at in these eight bytes
    /// (false may be wrong, true never is; the byte loop decides).
    @inlinable
    static func isPlain(_ w: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        let below20 = (w &- 0x2020_2020_2020_2020) & ~w & high
        let del = w ^ 0x7F7F_7F7F_7F7F_7F7F
        let isDel = (del &- 0x0101_0101_0101_0101) & ~del & high
        return w & high == 0 && below20 == 0 && isDel == 0
    }

    /// The byte-by-byte test of `bytes[start..<end]`; a C1 control is the pair C2 80…C2 9F.
    @usableFromInline
    static func check(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (index: Int, scalar: UInt32)? {
        var i = start
        while i < end {
            let b = bytes[i]
            if (b < 0x20 && b != 0x09) || b == 0x7F { return (i, UInt32(b)) }
            if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) {
                return (i, UInt32(bytes[i + 1]))
            }
            i += 1
        }
        return nil
    }
}
