/// Reading values from their bytes: blanks, trimming, ASCII, ISO dates and digits.

import Recfile

extension RawRecordDecoder {
    private static func isBlank(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    static func isBlank(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        u.allSatisfy(isBlank)
    }

    /// Without leading and trailing spaces, tabs and line breaks.
    static func trimmed(_ u: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = u.count
        while start < end, isBlank(u[start]) { start += 1 }
        while end > start, isBlank(u[end - 1]) { end -= 1 }
        if start == 0, end == u.count { return u }
        return UnsafeBufferPointer(rebasing: u[start..<end])
    }

    static func isASCII(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = u.count
        if let base = u.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                i += 8
            }
        }
        while i < n {
            if u[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// Exactly `YYYY-MM-DD` with ASCII digits, a real day; as `CalendarDate(iso:)` reads it.
    static func isoDate(_ u: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        guard u.count == 10, let p = u.baseAddress, p[4] == UInt8(ascii: "-"), p[7] == UInt8(ascii: "-") else { return nil }
        // The eight digits through pointers whose bounds the length above checked (read through
        // the buffer's subscript, each byte was checked again: a hundred instructions a date).
        var bad: UInt8 = 0
        @inline(__always) func digit(_ i: Int) -> Int {
            let d = p[i] &- 0x30
            bad |= d > 9 ? 1 : 0
            return Int(d)
        }
        let y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
        let m = digit(5) * 10 + digit(6), d = digit(8) * 10 + digit(9)
        guard bad == 0 else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }
}
