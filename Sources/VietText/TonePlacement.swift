// One convention for the tone mark of oa, oe and uy, so that "Hòa" and "Hoà" give the same keys.

/// Keys use the old style: in a syllable that ends in oa, oe or uy, the mark sits on the first vowel
/// (hòa, khỏe, thúy, ủy); when a consonant follows, on the second (hoàng, hoạch, huỳnh), where both
/// styles agree. It is the style of the national heading of state documents ("CỘNG HÒA") and of
/// Unikey's default, so most names already written in it keep their form, and a key, unlike text,
/// is never shown. "qu" and "gi" before a vowel are consonants: "quý", "quả", "già" do not move.
enum TonePlacement {
    /// For one syllable, read through `letter` and `tone`: where the tone mark is and where the
    /// convention puts it, or nil when it stays (no tone, several tones, not one syllable).
    static func move(count: Int, letter: (Int) -> Letter, tone: (Int) -> Tone) -> (from: Int, to: Int)? {
        var from = -1
        for k in 0..<count where tone(k) != .none {
            guard from < 0 else { return nil }
            from = k
        }
        guard from >= 0 else { return nil }
        var start = 0
        while start < count, !letter(start).isVowel { start += 1 }
        if start == 1, count > 2, letter(0) == .q, letter(1) == .u {
            start = 2
        } else if start == 1, count > 2, letter(0) == .g, letter(1) == .i, letter(2).isVowel {
            start = 2
        }
        guard start + 2 <= count, from == start || from == start + 1 else { return nil }
        switch (letter(start), letter(start + 1)) {
        case (.o, .a), (.o, .e), (.u, .y): break
        default: return nil
        }
        for k in (start + 2)..<count where letter(k).isVowel { return nil }
        let to = start + 2 == count ? start : start + 1
        return to == from ? nil : (from, to)
    }

    /// Moves the tones of every syllable (a run of letters without foreign marks) of a row of units.
    static func normalize(_ units: inout [TextUnit]) {
        var k = 0
        while k < units.count {
            guard units[k].kind == .letter else {
                k += 1
                continue
            }
            let start = k
            var plain = true
            while k < units.count, units[k].kind == .letter {
                plain = plain && units[k].foreignMarks == 0
                k += 1
            }
            guard plain else { continue }
            let found = units.withUnsafeBufferPointer { row in
                move(count: k - start, letter: { row[start + $0].letter! }, tone: { row[start + $0].tone })
            }
            if let (from, to) = found {
                units[start + to].tone = units[start + from].tone
                units[start + from].tone = .none
            }
        }
    }
}

extension VietText {
    /// The text in NFC with every tone mark of oa, oe, uy placed by the key convention (old style:
    /// "Hoà" → "Hòa", "THUÝ" → "THÚY"). For keys and comparisons; the text shown stays as typed.
    public static func toneNormalized(_ string: String) -> String {
        let text = nfc(string)
        var scalars = Array(text.unicodeScalars)
        var changed = false
        var k = 0
        while k < scalars.count {
            guard syllableLetter(scalars[k]) != nil else {
                k += 1
                continue
            }
            let start = k
            var run: [LetterInfo] = []
            while k < scalars.count, let info = syllableLetter(scalars[k]) {
                run.append(info)
                k += 1
            }
            let marked = k < scalars.count && scalars[k].properties.canonicalCombiningClass != .notReordered
            let found = TonePlacement.move(count: run.count, letter: { run[$0].letter }, tone: { run[$0].tone })
            if !marked, let (from, to) = found {
                scalars[start + to] = LetterTable.scalar(run[to].letter, run[from].tone, upper: run[to].upper)!
                scalars[start + from] = LetterTable.scalar(run[from].letter, .none, upper: run[from].upper)!
                changed = true
            }
        }
        guard changed else { return text }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// A letter of a Vietnamese syllable: an ASCII letter, or a precomposed letter with Vietnamese marks.
    private static func syllableLetter(_ scalar: Unicode.Scalar) -> LetterInfo? {
        if scalar.isASCII {
            guard let letter = Letter.ascii(UInt8(scalar.value)) else { return nil }
            return LetterInfo(letter: letter, tone: .none, upper: scalar.value < 0x61, foreignMark: false)
        }
        guard let info = LetterTable.info(scalar.value), !info.foreignMark else { return nil }
        return info
    }
}
