/// Fast reading of field values: trimming blanks and whole numbers, straight from the UTF-8 bytes.

/// Byte-level helpers for the decoders: no regular expressions, no Foundation parsing.
package enum ValueText {
    /// The value without leading and trailing spaces, tabs and line breaks. Returns the same string,
    /// with no copy, when there is nothing to trim (the usual case).
    package static func trimmed(_ s: String) -> String {
        let u = s.utf8
        let ends = u.withContiguousStorageIfAvailable { ($0.first, $0.last) } ?? (u.first, u.last)
        guard let first = ends.0, let last = ends.1 else { return s }
        if !isBlank(first), !isBlank(last) { return s }
        guard let start = u.firstIndex(where: { !isBlank($0) }) else { return "" }
        let end = u.lastIndex(where: { !isBlank($0) }) ?? start
        return String(s[start...end])
    }

    /// True when the value is empty or holds only blanks. Looks at the first byte alone when it is
    /// not a blank (the usual case).
    package static func isBlank(_ s: String) -> Bool {
        let u = s.utf8
        guard let first = u.first else { return true }
        if !isBlank(first) { return false }
        return u.allSatisfy(isBlank)
    }

    /// An ASCII whole number with an optional leading minus and at most 18 digits; nil otherwise.
    package static func int(_ s: String) -> Int? {
        s.utf8.withContiguousStorageIfAvailable(int) ?? Array(s.utf8).withUnsafeBufferPointer(int)
    }

    package static func int(_ u: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let negative = u.count > 0 && u[0] == UInt8(ascii: "-")
        if negative { i = 1 }
        let digits = u.count - i
        guard digits >= 1, digits <= 18 else { return nil }
        var n = 0
        while i < u.count {
            let d = u[i] &- 0x30
            guard d <= 9 else { return nil }
            n = n &* 10 &+ Int(d)
            i += 1
        }
        return negative ? -n : n
    }

    private static func isBlank(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }
}
