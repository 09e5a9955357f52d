// A small generator with a fixed seed for the tests' random cases, so a failure can be read again.

/// A linear congruential generator (Knuth's MMIX constants): `next(n)` is in `0..<n`, the same
/// on every run for the same seed.
public struct SeededIndex {
    public var state: UInt64

    public init(state: UInt64) { self.state = state }

    public mutating func next(_ n: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(n))
    }
}
