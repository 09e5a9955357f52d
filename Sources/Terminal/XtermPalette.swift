/// The xterm 256-colour palette as RGB: 16 basic colours, a 6×6×6 cube and 24 greys.

/// A colour as red, green and blue, 0–255 each.
struct RGB: Hashable, Sendable {
    var r: Int
    var g: Int
    var b: Int

    init(_ r: Int, _ g: Int, _ b: Int) {
        self.r = r
        self.g = g
        self.b = b
    }

    /// The colour packed as 0xRRGGBB, the colour number of a direct-colour terminal.
    var packed: Int32 { Int32(r << 16 | g << 8 | b) }

    init(packed: Int32) {
        self.init(Int(packed >> 16) & 0xFF, Int(packed >> 8) & 0xFF, Int(packed) & 0xFF)
    }

    /// A perceptual distance ("redmean" weighting): small for colours that look alike.
    func distance(to o: RGB) -> Int {
        let mean = (r + o.r) / 2
        let dr = r - o.r, dg = g - o.g, db = b - o.b
        return (((512 + mean) * dr * dr) >> 8) + 4 * dg * dg + (((767 - mean) * db * db) >> 8)
    }
}

enum XtermPalette {
    /// xterm's default values for the 16 basic colours.
    static let basic: [RGB] = [
        RGB(0x00, 0x00, 0x00), RGB(0xCD, 0x00, 0x00), RGB(0x00, 0xCD, 0x00), RGB(0xCD, 0xCD, 0x00),
        RGB(0x00, 0x00, 0xEE), RGB(0xCD, 0x00, 0xCD), RGB(0x00, 0xCD, 0xCD), RGB(0xE5, 0xE5, 0xE5),
        RGB(0x7F, 0x7F, 0x7F), RGB(0xFF, 0x00, 0x00), RGB(0x00, 0xFF, 0x00), RGB(0xFF, 0xFF, 0x00),
        RGB(0x5C, 0x5C, 0xFF), RGB(0xFF, 0x00, 0xFF), RGB(0x00, 0xFF, 0xFF), RGB(0xFF, 0xFF, 0xFF),
    ]

    /// The six levels of each axis of the colour cube (indexes 16–231).
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The colour at palette index `i` (0–255).
    static func rgb(_ i: Int) -> RGB {
        switch i {
        case ..<16: return basic[max(0, i)]
        case 16..<232:
            let n = i - 16
            return RGB(cubeLevels[n / 36], cubeLevels[(n / 6) % 6], cubeLevels[n % 6])
        default:
            let v = 8 + 10 * (min(i, 255) - 232)
            return RGB(v, v, v)
        }
    }

    /// All 256 entries, computed once.
    static let all: [RGB] = (0..<256).map(rgb)
}
