// Vietnamese collation for any text: base letters over the whole text first, then tones, then case.

extension VietText {
    /// The key of a text in plain Vietnamese order (class names, branches, categories).
    ///
    /// Three levels, as in ICU: first the base letters of the whole text — spaces, then punctuation
    /// and symbols (ASCII ones in ICU's order), then digits (one at a time, so "10" sorts before
    /// "2"), then letters in the order a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
    /// then f j w z, then other alphabets; when those tie, the tones from the first letter on, in
    /// the order none, huyền, hỏi, ngã, sắc, nặng; when those tie too, the case, lowercase first.
    /// NFC and NFD forms and the two tone placements (Hòa, Hoà) give equal keys; runs of whitespace
    /// count as one space.
    public static func sortKey(_ string: String) -> SortKey {
        var units = TextUnits.units(of: string)
        TonePlacement.normalize(&units)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count * 4 + 3)
        CollationKey.append(units[...], to: &bytes)
        return SortKey(bytes: bytes)
    }
}

/// Writes the three levels of a row of units: primary weights of two bytes each (big-endian, never
/// 0x0000), then 00 00, one tone byte per element, 00, one case byte per element. Trailing default
/// tone and case bytes are left out: a shorter level sorts first, as the default weight would.
enum CollationKey {
    static func append(_ units: ArraySlice<TextUnit>, to bytes: inout [UInt8]) {
        for unit in units {
            switch unit.kind {
            case .space: appendWeight(0x0010, to: &bytes)
            case .symbol where unit.value < 0x80: appendWeight(0x0100 + asciiSymbolRank[Int(unit.value)], to: &bytes)
            case .symbol:
                appendWeight(0x0180 + UInt16(unit.value >> 15), to: &bytes)
                appendWeight(UInt16(unit.value & 0x7FFF) + 1, to: &bytes)
            case .digit: appendWeight(0x0200 + UInt16(unit.value), to: &bytes)
            case .letter: appendWeight(0x0300 + UInt16(unit.value), to: &bytes)
            case .other:
                appendWeight(0x0400 + UInt16(unit.value >> 15), to: &bytes)
                appendWeight(UInt16(unit.value & 0x7FFF) + 1, to: &bytes)
            }
        }
        bytes.append(0)
        bytes.append(0)
        appendLevel(units, to: &bytes) { 1 + $0.tone.rawValue + 6 * min($0.foreignMarks, 30) }
        bytes.append(0)
        appendLevel(units, to: &bytes) { $0.upper ? 2 : 1 }
    }

    /// ASCII punctuation and symbols in the order of ICU's root collation, which `vi` keeps.
    private static let asciiSymbolRank: [UInt16] = {
        var rank = [UInt16](repeating: 0x7F, count: 128)
        for (index, byte) in "_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$".utf8.enumerated() { rank[Int(byte)] = UInt16(index) }
        return rank
    }()

    @inline(__always)
    private static func appendWeight(_ weight: UInt16, to bytes: inout [UInt8]) {
        bytes.append(UInt8(weight >> 8))
        bytes.append(UInt8(weight & 0xFF))
    }

    /// One byte per unit, leaving out the trailing 1s (the default weight).
    private static func appendLevel(
        _ units: ArraySlice<TextUnit>, to bytes: inout [UInt8], weight: (TextUnit) -> UInt8
    ) {
        let start = bytes.count
        var end = start
        for unit in units {
            let w = weight(unit)
            bytes.append(w)
            if w != 1 { end = bytes.count }
        }
        bytes.removeLast(bytes.count - end)
    }
}
