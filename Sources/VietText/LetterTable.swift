// Lookups between precomposed Latin scalars and (letter, tone, case), built once from the table data.

/// What a precomposed Latin scalar is made of.
struct LetterInfo: Sendable, Equatable {
    var letter: Letter
    var tone: Tone
    var upper: Bool
    /// True when the scalar carries a mark Vietnamese does not use (ñ, ü, ç, ĕ, …).
    var foreignMark: Bool
}

/// Two directions: a scalar in U+00C0–U+024F or U+1E00–U+1EFF to its letter, tone and case; and a
/// letter, tone and case to the one precomposed scalar that writes it.
enum LetterTable {
    private static let latinRange: Range<UInt32> = 0xC0..<0x250
    private static let extendedRange: Range<UInt32> = 0x1E00..<0x1F00

    /// Packed entries: 0 for no letter; otherwise bit 15 set, the letter in bits 0–5, the tone in
    /// bits 6–8, uppercase in bit 9 and a foreign mark in bit 10.
    private static let packed: [UInt16] = {
        var table = [UInt16](repeating: 0, count: latinRange.count + extendedRange.count)
        func set(_ scalar: Unicode.Scalar, _ info: LetterInfo) {
            guard let slot = index(scalar.value) else { return }
            table[slot] = 0x8000 | UInt16(info.letter.rawValue) | UInt16(info.tone.rawValue) << 6
                | (info.upper ? 0x200 : 0) | (info.foreignMark ? 0x400 : 0)
        }
        for (base, letters) in LetterTableData.accentedLatin {
            let letter = Letter.ascii(base.asciiValue!)!
            for scalar in letters.unicodeScalars {
                set(scalar, LetterInfo(letter: letter, tone: .none, upper: base.isUppercase, foreignMark: true))
            }
        }
        for (row, text) in LetterTableData.vowelRows.enumerated() {
            let letter = Letter.vowels[row % 12]
            for (column, scalar) in text.unicodeScalars.enumerated() {
                let tone = Tone(rawValue: UInt8(column))!
                set(scalar, LetterInfo(letter: letter, tone: tone, upper: row >= 12, foreignMark: false))
            }
        }
        set("đ", LetterInfo(letter: .dStroke, tone: .none, upper: false, foreignMark: false))
        set("Đ", LetterInfo(letter: .dStroke, tone: .none, upper: true, foreignMark: false))
        return table
    }()

    /// Scalar values indexed by `(letter * 6 + tone) * 2 + upper`; 0 where no single scalar exists.
    private static let composed: [UInt32] = {
        var table = [UInt32](repeating: 0, count: Letter.allCases.count * 12)
        for letter in Letter.allCases where !letter.isVowel {
            let lower: UInt32 = letter == .dStroke ? 0x111 : UInt32(letter.folded)
            table[Int(letter.rawValue) * 12] = lower
            table[Int(letter.rawValue) * 12 + 1] = letter == .dStroke ? 0x110 : lower - 0x20
        }
        for (row, text) in LetterTableData.vowelRows.enumerated() {
            let letter = Letter.vowels[row % 12]
            for (column, scalar) in text.unicodeScalars.enumerated() {
                table[(Int(letter.rawValue) * 6 + column) * 2 + (row >= 12 ? 1 : 0)] = scalar.value
            }
        }
        return table
    }()

    @inline(__always)
    private static func index(_ value: UInt32) -> Int? {
        if latinRange.contains(value) { return Int(value - latinRange.lowerBound) }
        if extendedRange.contains(value) { return latinRange.count + Int(value - extendedRange.lowerBound) }
        return nil
    }

    /// The letter a precomposed scalar writes, or nil when it is not an accented Latin letter.
    static func info(_ value: UInt32) -> LetterInfo? {
        guard let slot = index(value) else { return nil }
        let entry = packed[slot]
        guard entry != 0 else { return nil }
        return LetterInfo(
            letter: Letter(rawValue: UInt8(entry & 0x3F))!,
            tone: Tone(rawValue: UInt8(entry >> 6 & 7))!,
            upper: entry & 0x200 != 0,
            foreignMark: entry & 0x400 != 0
        )
    }

    /// The one scalar that writes a letter with a tone in a case; nil for a consonant with a tone.
    static func scalar(_ letter: Letter, _ tone: Tone, upper: Bool) -> Unicode.Scalar? {
        let value = composed[(Int(letter.rawValue) * 6 + Int(tone.rawValue)) * 2 + (upper ? 1 : 0)]
        return value == 0 ? nil : Unicode.Scalar(value)
    }
}
