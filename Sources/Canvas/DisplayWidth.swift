/// Display width of text in terminal columns, per grapheme cluster, from our own table.
///
/// The C library's `wcwidth` depends on the process locale and answers −1 for every
/// Vietnamese letter in the "C" locale that tests run in, so the width is computed here:
/// a cluster is as wide as its base scalar (combining marks add nothing), East Asian wide
/// and fullwidth characters and emoji take two columns, and control characters take one
/// because the buffer shows them as a visible replacement, never raw.

public enum DisplayWidth {
    /// Columns taken by one grapheme cluster: 0, 1 or 2.
    @inlinable
    public static func of(_ c: Character) -> Int {
        if c.asciiValue != nil { return 1 }  // Controls too: they are drawn as a replacement.
        return clusterWidth(c.unicodeScalars)
    }

    /// Columns taken by a string: the sum over its grapheme clusters.
    public static func of(_ s: String) -> Int {
        var total = 0
        for c in s { total += of(c) }
        return total
    }

    /// Columns taken by one scalar on its own.
    public static func of(scalar u: Unicode.Scalar) -> Int {
        let v = u.value
        if v < 0x300 { return 1 }  // ASCII, Latin-1, Latin Extended-A/B: Vietnamese base letters.
        if isZeroWidth(u) { return 0 }
        if isWide(v) || u.properties.isEmojiPresentation { return 2 }
        return 1
    }

    @usableFromInline
    static func clusterWidth(_ scalars: Character.UnicodeScalarView) -> Int {
        var it = scalars.makeIterator()
        guard let first = it.next() else { return 0 }
        if first.value < 0x20 || (first.value >= 0x7F && first.value < 0xA0) { return 1 }
        let base = of(scalar: first)
        if base == 0 { return 0 }
        if base == 2 { return 2 }
        // A regional-indicator pair (a flag), an emoji with the emoji-presentation selector,
        // or a base followed by a spacing mark or another spacing scalar (Devanagari "का",
        // Thai "กำ"): two columns.
        if (0x1F1E6...0x1F1FF).contains(first.value) { return 2 }
        while let next = it.next() {
            if next.value == 0xFE0F && first.properties.isEmoji { return 2 }
            if next.properties.generalCategory == .spacingMark || of(scalar: next) > 0 { return 2 }
        }
        return 1
    }

    /// Marks, format characters and fillers. A spacing mark (Mc) on its own takes no column;
    /// after a base it widens the cluster (see `clusterWidth`). The prepended concatenation
    /// marks (Arabic number signs) are format characters that do take a column.
    static func isZeroWidth(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFE00...0xFE0F, 0xFEFF, 0xE0000...0xE0FFF:
            return true
        case 0x1160...0x11FF, 0xD7B0...0xD7FF:  // Hangul medial vowels and final consonants.
            return true
        case 0x3164, 0xFFA0:  // Hangul fillers.
            return true
        case 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x110BD, 0x110CD:
            return false
        default:
            switch u.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark, .format: return true
            default: return false
            }
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges outside the emoji-presentation set.
    /// Emoji-presentation characters (most of U+1F300–1FAFF) are found by their property.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2630...0x2637, 0x268A...0x268F, 0x2E80...0x303E,
        0x3041...0x3247, 0x3250...0x4DFF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x16FF0...0x16FF6,
        0x17000...0x18DFF, 0x1AFF0...0x1B2FF, 0x1D300...0x1D376, 0x1F200...0x1F2FF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        var lo = 0, hi = wideRanges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = wideRanges[mid]
            if v < r.lowerBound { hi = mid - 1 } else if v > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }
}

extension String {
    /// Columns this string takes on a terminal (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }
}
