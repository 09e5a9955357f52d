/// Guessing the encoding of a byte string: UTF-8, Windows-1258, TCVN3 or VNI, each with a confidence.

/// One encoding and how likely it is to be the one the bytes were written in (0 … 1). Only
/// `detect` makes one, with the memberwise initialiser.
public struct EncodingGuess: Equatable, Sendable {
    public let encoding: LegacyEncoding
    public let confidence: Double
}

extension LegacyEncoding {
    /// Every encoding with its confidence, best first. Ties go in the order UTF-8, TCVN3, VNI,
    /// Windows-1258: the order in which old Vietnamese files are met (TCVN3 and VNI were the
    /// fonts of the day; few documents were written in the Windows code page). Bytes of ASCII
    /// alone read the same in all four: each has confidence 1.
    ///
    /// A single word may read well in two encodings ("lớp" in TCVN3 is "líp" in Windows-1258):
    /// detect on a whole file or column, not cell by cell.
    ///
    /// UTF-8 that decodes without a broken sequence scores 0.9 to 1; rarely does text in
    /// another encoding happen to be valid UTF-8. Otherwise each decoding is scored by how
    /// Vietnamese it reads: the share of its words with a letter outside ASCII that are one
    /// well-formed syllable, counted against stray symbols and bytes with no meaning.
    /// A long input is judged on its first `sampleSize` bytes or so (cut at a space or a line end).
    public static func detect(_ bytes: [UInt8]) -> [EncodingGuess] {
        let sample = self.sample(bytes)
        guard sample.contains(where: { $0 >= 0x80 }) else {
            return preference.map { EncodingGuess(encoding: $0, confidence: 1) }
        }
        let scored = preference.enumerated().map { order, encoding in
            (order, EncodingGuess(encoding: encoding, confidence: confidence(of: encoding, sample)))
        }
        return scored.sorted { left, right in
            left.1.confidence != right.1.confidence ? left.1.confidence > right.1.confidence : left.0 < right.0
        }.map(\.1)
    }

    /// The most likely encoding of the bytes.
    public static func guess(_ bytes: [UInt8]) -> EncodingGuess {
        detect(bytes)[0]
    }

    /// The bytes decoded in their most likely encoding, and that guess.
    public static func decodeGuessing(_ bytes: [UInt8]) -> (text: String, guess: EncodingGuess) {
        let best = guess(bytes)
        return (best.encoding.decode(bytes), best)
    }

    /// How many bytes of a long input `detect` reads.
    public static let sampleSize = 64 * 1024

    /// The start of the bytes, cut after the last space or line end within `sampleSize` so
    /// that no letter is split.
    private static func sample(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        guard bytes.count > sampleSize else { return bytes[...] }
        let end = bytes[..<sampleSize].lastIndex { $0 == 0x20 || $0 == 0x0A }.map { $0 + 1 } ?? sampleSize
        return bytes[..<end]
    }

    /// The order of encodings when their confidences are equal.
    static let preference: [LegacyEncoding] = [.utf8, .tcvn3, .vni, .cp1258]

    private static func confidence(of encoding: LegacyEncoding, _ bytes: ArraySlice<UInt8>) -> Double {
        let decoded = encoding.decodeCounting(Array(bytes))
        guard encoding == .utf8 else { return Plausibility.score(decoded.text, anomalies: decoded.anomalies) }
        let reading = Plausibility.score(decoded.text, anomalies: 0)
        if decoded.anomalies == 0 { return 0.9 + 0.1 * reading }
        let sound = decoded.text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x80 && $1 != "\u{FFFD}" ? 1 : 0) }
        return 0.9 * reading * Double(sound) / Double(sound + decoded.anomalies)
    }
}
