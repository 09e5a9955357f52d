/// Hands out colour pairs on demand, one per foreground/background combination.

struct ColorPairTable {
    /// A foreground and background as terminal colour numbers (−1: the default colour).
    struct Colors: Hashable {
        var foreground: Int32
        var background: Int32
    }

    /// The first pair number that may not be used (ncurses' `COLOR_PAIRS`, capped).
    let limit: Int32
    let depth: ColorDepth
    /// What pair 0 shows; it cannot be changed.
    let pairZero: Colors

    private var pairs: [Colors: Int32] = [:]
    private var owned: [(colors: Colors, pair: Int32)] = []
    private var next: Int32 = 1

    init(limit: Int32, depth: ColorDepth, pairZero: Colors) {
        self.limit = limit
        self.depth = depth
        self.pairZero = pairZero
        pairs[pairZero] = 0
        owned.append((pairZero, 0))
    }

    /// Pairs made so far, pair 0 included.
    var count: Int { owned.count }

    /// The pair for `colors`, made with `make(pair, colors)` the first time. When pairs run
    /// out (or `make` fails) it is the nearest pair already made, which is remembered.
    mutating func pair(for colors: Colors, make: (Int32, Colors) -> Bool) -> Int32 {
        if let p = pairs[colors] { return p }
        if next < limit, make(next, colors) {
            let p = next
            next += 1
            pairs[colors] = p
            owned.append((colors, p))
            return p
        }
        let p = nearest(to: colors)
        pairs[colors] = p
        return p
    }

    /// The made pair that looks most like `colors`; the foreground, which carries the
    /// text, counts twice as much as the background.
    func nearest(to colors: Colors) -> Int32 {
        var best: Int32 = 0
        var bestDistance = Int.max
        for (c, p) in owned {
            let d = 2 * distance(c.foreground, colors.foreground) + distance(c.background, colors.background)
            if d < bestDistance {
                best = p
                bestDistance = d
            }
        }
        return best
    }

    /// How far apart two colour numbers look; the default colour is unknown, so it is
    /// equal only to itself and halfway from everything else.
    func distance(_ a: Int32, _ b: Int32) -> Int {
        if a == b { return 0 }
        guard let x = ColorReduction.rgb(ofTerminalColor: a, depth: depth),
            let y = ColorReduction.rgb(ofTerminalColor: b, depth: depth)
        else { return Self.unknownDistance }
        return x.distance(to: y)
    }

    /// Half the distance from black to white.
    static let unknownDistance = RGB(0, 0, 0).distance(to: RGB(255, 255, 255)) / 2
}
