/// SplitMix64: the seeded, portable pseudo-random source behind every generated store.

import Store

/// A SplitMix64 generator (Steele, Lea, Flood 2014). The same seed gives the same numbers on every
/// platform and Swift release: every helper here is our own arithmetic, never the standard library's
/// sampling, whose algorithms may change between releases.
public struct GeneratorRandom: Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// An independent stream for one part of the store: the same (seed, part, index) always
    /// gives the same stream, so each part can be generated on its own.
    public init(seed: UInt64, part: UInt64, index: UInt64 = 0) {
        var mixer = GeneratorRandom(seed: seed ^ (part &* 0xD1B5_4A32_D192_ED03))
        let a = mixer.next()
        var second = GeneratorRandom(seed: a ^ (index &* 0x9E37_79B9_7F4A_7C15))
        state = second.next()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `0..<bound` (Lemire's multiply-and-shift with rejection); 0 when `bound` ≤ 1.
    public mutating func below(_ bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let n = UInt64(bound)
        var product = next().multipliedFullWidth(by: n)
        if product.low < n {
            let threshold = (0 &- n) % n
            while product.low < threshold {
                product = next().multipliedFullWidth(by: n)
            }
        }
        return Int(product.high)
    }

    /// Uniform in the closed range.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `percent` in 100.
    public mutating func percent(_ percent: Int) -> Bool {
        below(100) < percent
    }

    /// One element, uniformly. The array must not be empty.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// An index chosen with the given non-negative integer weights; 0 when they are all zero.
    public mutating func weighted(_ weights: [Int]) -> Int {
        let total = weights.reduce(0, +)
        guard total > 0 else { return 0 }
        var ticket = below(total)
        for (index, weight) in weights.enumerated() {
            if ticket < weight { return index }
            ticket -= weight
        }
        return weights.count - 1
    }

    /// One element of `(value, weight)` pairs, chosen by weight.
    public mutating func pick<T>(weighted items: [(T, Int)]) -> T {
        items[weighted(items.map(\.1))].0
    }
}
