/// A text file's bytes made ready for the delimited-text reader: byte-order marks read and dropped, UTF-16 turned into UTF-8, and whether the rest is UTF-8 at all.

import Foundation

/// What a text file's bytes are, as far as the bytes alone can tell.
public struct TextFileBytes: Sendable {
    /// How the file was written.
    public enum Form: Equatable, Sendable {
        case utf8BOM, utf8, utf16LE, utf16BE
        /// Not UTF-8: a one-byte encoding (Windows-1258, TCVN3, VNI), found column by column.
        case legacy

        /// The name the preview shows.
        public var label: String {
            switch self {
            case .utf8BOM: return "UTF-8 (có BOM)"
            case .utf8: return "UTF-8"
            case .utf16LE: return "UTF-16 LE"
            case .utf16BE: return "UTF-16 BE"
            case .legacy: return "bảng mã 1 byte"
            }
        }
    }

    public var form: Form
    /// UTF-8 for every form but `legacy`, whose bytes are as read.
    public var bytes: [UInt8]

    /// Reads the mark: EF BB BF is UTF-8, FF FE UTF-16 little-endian, FE FF big-endian. Without one,
    /// bytes that are valid UTF-8 are UTF-8; others are left for the column-by-column guess.
    public init(_ raw: [UInt8]) {
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
            form = .utf8BOM
            bytes = Array(raw.dropFirst(3))
        } else if raw.starts(with: [0xFF, 0xFE]) {
            form = .utf16LE
            bytes = Self.utf8(fromUTF16: raw.dropFirst(2), bigEndian: false)
        } else if raw.starts(with: [0xFE, 0xFF]) {
            form = .utf16BE
            bytes = Self.utf8(fromUTF16: raw.dropFirst(2), bigEndian: true)
        } else {
            form = String(validating: raw, as: UTF8.self) != nil ? .utf8 : .legacy
            bytes = raw
        }
    }

    /// UTF-16 code units to UTF-8; a lone surrogate becomes U+FFFD.
    static func utf8(fromUTF16 body: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var i = body.startIndex
        while i + 1 < body.endIndex {
            let a = UInt16(body[i]), b = UInt16(body[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
