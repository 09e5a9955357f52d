/// Reduces a theme colour to what the terminal can show, by nearest match in RGB.

import Canvas

/// A colour as red, green and blue, 0–255 each, for measuring how alike colours look.
struct RGB: Hashable, Sendable {
    var r: Int
    var g: Int
    var b: Int

    init(_ r: Int, _ g: Int, _ b: Int) {
        self.r = r
        self.g = g
        self.b = b
    }

    init(_ rgb: (UInt8, UInt8, UInt8)) {
        self.init(Int(rgb.0), Int(rgb.1), Int(rgb.2))
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

enum ColorReduction {
    /// The xterm palette as `RGB`, in index order.
    static let palette: [RGB] = XtermPalette.all.map { RGB($0) }

    /// The terminal's colour number for `color` at `depth`: −1 for the terminal's own
    /// default, a palette index, or 0xRRGGBB at truecolor; nil when there is no colour.
    static func terminalColor(_ color: Color, depth: ColorDepth) -> Int32? {
        switch depth {
        case .none: return nil
        case .eight: return indexed(color, limit: 8)
        case .sixteen: return indexed(color, limit: 16)
        case .palette256: return indexed(color, limit: 256)
        case .truecolor: return direct(color)
        }
    }

    /// A palette colour below `limit`: indexes that fit are kept, others and RGB are matched.
    static func indexed(_ color: Color, limit: Int) -> Int32 {
        switch color {
        case .default:
            return -1
        case .indexed(let i) where Int(i) < limit:
            return Int32(i)
        case .indexed(let i):
            return Int32(nearest(palette[Int(i)], limit: limit))
        case .rgb(let r, let g, let b):
            return Int32(nearest(RGB(Int(r), Int(g), Int(b)), limit: limit))
        }
    }

    /// The palette index below `limit` that looks closest to `target`.
    ///
    /// With 256 colours only the cube and the grey ramp are searched: users restyle the 16
    /// basic colours (Solarized and the like), while indexes 16–255 mean the same colour on
    /// every terminal. With 16 or 8 colours the basic ones are all there is.
    static func nearest(_ target: RGB, limit: Int) -> Int {
        let candidates = limit > 16 ? 16..<min(limit, 256) : 0..<max(1, limit)
        var best = candidates.lowerBound
        var bestDistance = Int.max
        for i in candidates {
            let d = target.distance(to: palette[i])
            if d < bestDistance {
                best = i
                bestDistance = d
            }
        }
        return best
    }

    /// A direct-colour number. A direct-colour terminal description sends numbers below 8
    /// as the basic colours, so the 8 basic indexes stay themselves, other indexes become
    /// their palette RGB, and an RGB that packs below 8 (next to black) is lifted to 8.
    static func direct(_ color: Color) -> Int32 {
        switch color {
        case .default:
            return -1
        case .indexed(let i) where i < 8:
            return Int32(i)
        case .indexed(let i):
            return max(8, palette[Int(i)].packed)
        case .rgb(let r, let g, let b):
            return max(8, RGB(Int(r), Int(g), Int(b)).packed)
        }
    }

    /// The RGB a terminal colour number shows at `depth`, nil for the default colour.
    static func rgb(ofTerminalColor c: Int32, depth: ColorDepth) -> RGB? {
        if c < 0 { return nil }
        if depth == .truecolor, c >= 8 { return RGB(packed: c) }
        return palette[Int(min(c, 255))]
    }
}
