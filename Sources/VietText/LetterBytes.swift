/// The precomposed Latin letter at a place in UTF-8 bytes, read by hand for the byte-level shortcuts.

extension LetterTable {
    /// The letter-table entry of the two- or three-byte UTF-8 sequence at `i`, moving `i` past it;
    /// nil (and `i` unmoved) for anything else: a four-byte sequence, a cut-off one, a scalar the
    /// table does not hold. The shortcuts that read names and keys from their bytes (`personName`,
    /// `searchKey`, `searchHash`) then leave the text to the long way.
    @inline(__always)
    static func info(utf8 bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) -> LetterInfo? {
        let b = bytes[i], n = bytes.count
        let value: UInt32, width: Int
        if b & 0xE0 == 0xC0, i + 1 < n {
            value = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            width = 2
        } else if b & 0xF0 == 0xE0, i + 2 < n {
            value = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            width = 3
        } else {
            return nil
        }
        guard let found = info(value) else { return nil }
        i += width
        return found
    }
}
