// The letters of the Vietnamese alphabet in collation order, the six tones and the letter modifiers.

/// A base letter, numbered in Vietnamese collation order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r
/// s t u ư v x y, then the letters Vietnamese borrows only for foreign words, f j w z, in Latin order.
enum Letter: UInt8, Sendable, CaseIterable {
    case a, aBreve, aCircumflex, b, c, d, dStroke, e, eCircumflex, g, h, i, k, l, m, n
    case o, oCircumflex, oHorn, p, q, r, s, t, u, uHorn, v, x, y, f, j, w, z

    /// The twelve vowels, in the order of the rows of the letter table.
    static let vowels: [Letter] = [
        .a, .aBreve, .aCircumflex, .e, .eCircumflex, .i, .o, .oCircumflex, .oHorn, .u, .uHorn, .y,
    ]

    /// The letter of a lowercase or uppercase ASCII letter byte.
    @inline(__always)
    static func ascii(_ byte: UInt8) -> Letter? {
        let lower = byte | 0x20
        guard lower >= 0x61, lower <= 0x7A, byte >= 0x41 else { return nil }
        return Letter(rawValue: asciiLetters[Int(lower - 0x61)])
    }

    /// For a … z, the raw value of the letter.
    private static let asciiLetters: [UInt8] = [
        0, 3, 4, 5, 7, 29, 9, 10, 11, 30, 12, 13, 14, 15, 16, 19, 20, 21, 22, 23, 24, 26, 31, 27, 28, 32,
    ]

    var isVowel: Bool {
        switch self {
        case .a, .aBreve, .aCircumflex, .e, .eCircumflex, .i, .o, .oCircumflex, .oHorn, .u, .uHorn, .y: true
        default: false
        }
    }

    /// The plain ASCII letter (lowercase) that search folding maps this letter to: ă â → a, đ → d, …
    var folded: UInt8 { Letter.foldedBytes[Int(rawValue)] }

    private static let foldedBytes: [UInt8] = Array("aaabcddeeghiklmnooopqrstuuvxyfjwz".utf8)

    /// The plain vowel and the modifier that make this letter (â is a with a circumflex).
    var parts: (base: Letter, modifier: Modifier) {
        switch self {
        case .aBreve: (.a, .breve)
        case .aCircumflex: (.a, .circumflex)
        case .eCircumflex: (.e, .circumflex)
        case .oCircumflex: (.o, .circumflex)
        case .oHorn: (.o, .horn)
        case .uHorn: (.u, .horn)
        default: (self, .none)
        }
    }

    /// The letter a plain vowel becomes with a modifier, or nil when Vietnamese has no such letter.
    func adding(_ modifier: Modifier) -> Letter? {
        switch (self, modifier) {
        case (_, .none): self
        case (.a, .breve): .aBreve
        case (.a, .circumflex): .aCircumflex
        case (.e, .circumflex): .eCircumflex
        case (.o, .circumflex): .oCircumflex
        case (.o, .horn): .oHorn
        case (.u, .horn): .uHorn
        default: nil
        }
    }
}

/// The six tones, in collation order: ngang (none), huyền, hỏi, ngã, sắc, nặng.
enum Tone: UInt8, Sendable, CaseIterable {
    case none, grave, hook, tilde, acute, dot
}

/// The marks that turn a plain vowel into another letter of the alphabet.
enum Modifier: UInt8, Sendable {
    case none, circumflex, breve, horn
}
