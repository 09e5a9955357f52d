// NFC for every value that enters the program: a byte scan first, then a composer, then Foundation.

import Foundation

extension VietText {
    /// The NFC form of a string.
    ///
    /// Text the quick check proves to be NFC (ASCII, precomposed Vietnamese) is returned as it is.
    /// Decomposed Vietnamese is composed by `VietnameseComposer`; anything else goes to Foundation's
    /// `precomposedStringWithCanonicalMapping`, in pieces, so that a long value stays linear.
    public static func nfc(_ string: String) -> String {
        if let proven = string.utf8.withContiguousStorageIfAvailable(NFCQuickCheck.isSurelyNFC) {
            return proven ? string : string.utf8.withContiguousStorageIfAvailable(slowNFC)!
        }
        var contiguous = string
        contiguous.makeContiguousUTF8()
        return nfc(contiguous)
    }

    /// The NFC form of UTF-8 bytes (ill-formed sequences become U+FFFD), for parsers that hold raw
    /// value bytes. Text that is already NFC costs one scan and the making of the string.
    public static func nfc(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        if NFCQuickCheck.isSurelyNFC(bytes) { return String(decoding: bytes, as: UTF8.self) }
        return slowNFC(bytes)
    }

    /// True when the string is in NFC, scalar for scalar. (Swift's `==` cannot tell: it compares
    /// strings by canonical equivalence, so "hòa" in NFC and in NFD are `==`.)
    public static func isNFC(_ string: String) -> Bool {
        var string = string
        string.makeContiguousUTF8()
        if string.utf8.withContiguousStorageIfAvailable(NFCQuickCheck.isSurelyNFC) == true { return true }
        return nfc(string).utf8.elementsEqual(string.utf8)
    }

    private static func slowNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if let composed = VietnameseComposer.compose(bytes) { return composed }
        return FoundationNFC.normalize(bytes)
    }
}

/// Foundation's NFC, applied to pieces of a few kilobytes cut just before an ASCII byte.
///
/// An ASCII character has combining class 0 and never composes with what precedes it, so the NFC of
/// the whole is the NFC of the pieces, joined; and Foundation's time grows with the square of the
/// length of what it is given.
enum FoundationNFC {
    static let pieceLength = 4096

    static func normalize(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var result = ""
        var start = 0
        while start < bytes.count {
            var end = min(start + pieceLength, bytes.count)
            if end < bytes.count {
                var cut = end
                while cut > start, bytes[cut] >= 0x80 { cut -= 1 }
                if cut > start {
                    end = cut
                } else {
                    while end < bytes.count, bytes[end] >= 0x80 { end += 1 }
                }
            }
            let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            if start == 0, end == bytes.count { return piece.precomposedStringWithCanonicalMapping }
            result += piece.precomposedStringWithCanonicalMapping
            start = end
        }
        return result
    }
}
