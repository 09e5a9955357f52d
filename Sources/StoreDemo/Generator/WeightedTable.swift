/// A precomputed weighted choice, for picks made many times from the same weights.

import Store

/// Cumulative integer weights, searched by bisection: one draw costs one random number.
struct WeightedTable: Sendable {
    private let cumulative: [Int]

    /// Negative weights count as zero.
    init(_ weights: [Int]) {
        var running = 0
        cumulative = weights.map { running += max(0, $0); return running }
    }

    var total: Int { cumulative.last ?? 0 }

    /// An index chosen by weight; 0 when every weight is zero.
    func draw(_ random: inout GeneratorRandom) -> Int {
        guard total > 0 else { return 0 }
        let ticket = random.below(total)
        var low = 0, high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] > ticket { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
