// Fixtures: the Vietnamese vowels built from marks, independently of the kit's own tables.

import Foundation

/// The twelve vowels as a base letter plus an optional modifier mark, in collation order, and the
/// six tone marks in tone order (none, huyền, hỏi, ngã, sắc, nặng).
enum VowelFixtures {
    static let vowels: [(base: String, modifier: String)] = [
        ("a", ""), ("a", "\u{306}"), ("a", "\u{302}"), ("e", ""), ("e", "\u{302}"), ("i", ""),
        ("o", ""), ("o", "\u{302}"), ("o", "\u{31B}"), ("u", ""), ("u", "\u{31B}"), ("y", ""),
    ]
    static let toneMarks = ["", "\u{300}", "\u{309}", "\u{303}", "\u{301}", "\u{323}"]

    /// One letter: its decomposed form (base, modifier, tone mark) and Foundation's NFC of it.
    struct Letter {
        let vowel: Int
        let tone: Int
        let upper: Bool
        let decomposed: String
        let composed: String
        var bare: String { VowelFixtures.vowels[vowel].base }
    }

    /// All 144 vowel-and-tone letters in both cases, lowercase first; 132 of them are not ASCII.
    static let letters: [Letter] = [false, true].flatMap { upper in
        vowels.indices.flatMap { v in
            toneMarks.indices.map { t in
                let base = upper ? vowels[v].base.uppercased() : vowels[v].base
                let decomposed = base + vowels[v].modifier + toneMarks[t]
                return Letter(vowel: v, tone: t, upper: upper, decomposed: decomposed,
                              composed: decomposed.precomposedStringWithCanonicalMapping)
            }
        }
    }

    /// The 134 precomposed letters the issue counts: the 132 non-ASCII vowels, đ and Đ.
    static var precomposed: [String] {
        letters.map(\.composed).filter { !$0.unicodeScalars.allSatisfy(\.isASCII) } + ["đ", "Đ"]
    }
}

/// The scalar values of a string, to compare forms exactly (Swift's `==` equates NFC and NFD).
func scalars(_ string: String) -> [UInt32] {
    string.unicodeScalars.map(\.value)
}

/// The canonical decomposition of a string.
func nfd(_ string: String) -> String {
    string.decomposedStringWithCanonicalMapping
}
