// The eight combining marks of Vietnamese spelling, and a short run of them.

/// A combining mark Vietnamese uses. The five tone marks share their raw values with `Tone`.
enum CombiningMark: UInt8, Sendable {
    case grave = 1, hook, tilde, acute, dot, circumflex, breve, horn

    /// The mark whose UTF-8 form is 0xCC followed by this byte (U+0300–U+033F), if it is one of ours.
    init?(utf8Second byte: UInt8) {
        switch byte {
        case 0x80: self = .grave
        case 0x81: self = .acute
        case 0x82: self = .circumflex
        case 0x83: self = .tilde
        case 0x86: self = .breve
        case 0x89: self = .hook
        case 0x9B: self = .horn
        case 0xA3: self = .dot
        default: return nil
        }
    }

    /// The mark of a scalar value, if it is one of ours.
    init?(scalar value: UInt32) {
        guard value >= 0x300, value < 0x340 else { return nil }
        self.init(utf8Second: UInt8(0x80 + value - 0x300))
    }

    /// The canonical combining class: 216 for the horn, 220 for the dot below, 230 for the rest.
    var combiningClass: Int {
        switch self {
        case .horn: 216
        case .dot: 220
        default: 230
        }
    }

    /// The modifier this mark adds, or nil for a tone mark.
    var modifier: Modifier? {
        switch self {
        case .circumflex: .circumflex
        case .breve: .breve
        case .horn: .horn
        default: nil
        }
    }

    /// The tone this mark writes, or nil for a modifier.
    var tone: Tone? { rawValue <= 5 ? Tone(rawValue: rawValue) : nil }
}

/// Up to sixteen marks packed in one word, so composing needs no allocation.
struct MarkSequence {
    private var packed: UInt64 = 0
    private(set) var count = 0

    /// Adds a mark at the end; false when the sequence is full.
    mutating func append(_ mark: CombiningMark) -> Bool {
        guard count < 16 else { return false }
        packed |= UInt64(mark.rawValue) << (4 * count)
        count += 1
        return true
    }

    subscript(index: Int) -> CombiningMark {
        CombiningMark(rawValue: UInt8(packed >> (4 * index) & 0xF))!
    }
}
