/// The encodings an old Vietnamese file may be in, with decoding to NFC Unicode and encoding back.

import Foundation

/// An encoding of Vietnamese text met in old files: UTF-8, and the three legacy ones of the
/// 1990s and 2000s. `decode` never fails (a byte with no meaning becomes the character Windows
/// would show for it) and always returns NFC; `encode` returns nil when the text has a
/// character the encoding cannot write.
///
/// - `cp1258`: Windows-1258, the Windows code page. Tone marks are combining bytes (0xCC, 0xD2,
///   0xDE, 0xEC, 0xF2) after a base letter; the decoder composes them. The encoder writes a
///   precomposed byte where the code page has one (á is 0xE1) and otherwise the letter without
///   its tone plus the tone byte (ấ is 0xE2 0xEC). Bytes the code page leaves undefined decode
///   to the C1 control of the same number, as Windows does, and encode back to it.
/// - `tcvn3`: TCVN3, the "ABC" font encoding of TCVN 5712:1993 (VN3). It has every lowercase
///   letter and, of the capitals, only Ă Â Ê Ô Ơ Ư Đ: capitals with a tone were typed in a
///   capital font (.VnTimeH) using the lowercase codes. The encoder writes VN3 only (capitals
///   with a tone return nil); the decoder also reads the capitals that VN2 adds in 0xA0–0xFF
///   and its combining tone bytes 0xB0–0xB4, reads 0x80–0x9F as Windows-1252 punctuation,
///   and gives a word typed in the capital font its capitals back (see `TCVN3`).
/// - `vni`: VNI-Windows, where a letter is an ASCII base byte followed by a tone or diacritic
///   byte (ấ is "a" 0xE1), and đ ơ ư ì í ỉ ĩ ị ỵ (and their capitals) are single bytes. Bytes
///   that are not part of VNI read as Windows-1252.
public enum LegacyEncoding: String, CaseIterable, Sendable {
    case utf8, cp1258, tcvn3, vni

    /// The name people know the encoding by.
    public var displayName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .cp1258: return "Windows-1258"
        case .tcvn3: return "TCVN3 (ABC)"
        case .vni: return "VNI-Windows"
        }
    }

    /// The text the bytes stand for, in NFC. A UTF-8 byte-order mark is dropped.
    public func decode(_ bytes: [UInt8]) -> String {
        decodeCounting(bytes).text
    }

    /// The bytes of `text` (taken in NFC) in this encoding, or nil when a character has no code.
    public func encode(_ text: String) -> [UInt8]? {
        let text = Self.composed(text)
        switch self {
        case .utf8: return Array(text.utf8)
        case .cp1258: return CP1258.encode(text)
        case .tcvn3: return TCVN3.encode(text)
        case .vni: return VNI.encode(text)
        }
    }

    /// Decoded text, and how many bytes had no proper meaning on the way (undefined bytes,
    /// a mark with nothing to sit on, broken UTF-8).
    struct Decoded {
        var text: String
        var anomalies: Int
    }

    func decodeCounting(_ bytes: [UInt8]) -> Decoded {
        switch self {
        case .utf8: return Self.decodeUTF8(bytes)
        case .cp1258: return CP1258.decode(bytes)
        case .tcvn3: return TCVN3.decode(bytes)
        case .vni: return VNI.decode(bytes)
        }
    }

    private static func decodeUTF8(_ bytes: [UInt8]) -> Decoded {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let text = String(decoding: body, as: UTF8.self)
        let broken = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        return Decoded(text: composed(text), anomalies: broken)
    }

    /// NFC, line by line (Foundation's normalisation slows down badly on one very long
    /// string); lines of ASCII are NFC already and pass through.
    static func composed(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out.append("\n") }
            if line.utf8.contains(where: { $0 >= 0x80 }) {
                out += VietText.nfc(String(line))
            } else {
                out += line
            }
        }
        return out
    }

    /// Windows-1252 in 0x80–0x9F, where TCVN3 and VNI text typed on Windows keeps its
    /// punctuation (“ ” – — …); undefined bytes stand for the C1 control of the same number.
    static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 0x80
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 0x88
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 0x90
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 0x98
    ]

    /// The Windows-1252 character of a byte (Latin-1 from 0xA0 on), and whether the code
    /// page defines it.
    static func windows1252(_ byte: UInt8) -> (scalar: Unicode.Scalar, defined: Bool) {
        guard (0x80...0x9F).contains(byte) else { return (Unicode.Scalar(byte), true) }
        let value = windows1252High[Int(byte - 0x80)]
        return (Unicode.Scalar(value) ?? "\u{FFFD}", value >= 0x100)
    }

    /// The Windows-1252 byte of a character outside ASCII, when it has one.
    static func windows1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        if (0x80...0xFF).contains(scalar.value) {
            let byte = UInt8(scalar.value)
            return byte >= 0xA0 || !windows1252(byte).defined ? byte : nil
        }
        guard scalar.value > 0xFF, scalar.value <= 0xFFFF,
              let offset = windows1252High.firstIndex(of: UInt16(scalar.value)) else { return nil }
        return UInt8(0x80 + offset)
    }
}
