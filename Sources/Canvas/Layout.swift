/// Splitting a rectangle into rows or columns: fixed lengths, percentages and weighted fills.

/// The direction parts are laid out in: `.horizontal` puts them side by side, left to right;
/// `.vertical` stacks them top to bottom.
public enum Axis: Hashable, Sendable {
    case horizontal, vertical
}

/// How long one part of a split is, along the split's axis.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (negative counts as zero).
    case fixed(Int)
    /// This percentage of the whole rectangle's length, rounded down (clamped to 0…100).
    case percent(Int)
    /// A share of what fixed and percent parts leave, by weight (negative counts as zero).
    case fill(Int = 1)
}

/// The splitter: about a hundred lines instead of a constraint solver.
public enum Layout {
    /// Splits `rect` along `axis` into one rectangle per constraint, in order.
    ///
    /// Fixed and percent parts are sized first (percent of the whole length); fills share the
    /// rest by weight, rounded down, the remainder going one cell each to the first fills.
    /// `spacing` cells separate neighbouring parts. Parts are then placed in order and clipped
    /// to the rectangle, so when space is short the later parts (and gaps) shrink, down to zero
    /// length; the result never leaves `rect` and no two parts overlap. Every result has the
    /// rectangle's full extent across the axis.
    public static func split(_ rect: Rect, _ axis: Axis, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        let lengths = lengths(total: axis == .horizontal ? rect.width : rect.height, constraints, spacing: spacing)
        var rects: [Rect] = []
        rects.reserveCapacity(lengths.count)
        var offset = 0
        for (i, length) in lengths.enumerated() {
            if i > 0 { offset += lengths.gap(before: i) }
            switch axis {
            case .horizontal:
                rects.append(Rect(x: rect.x + offset, y: rect.y, width: length, height: rect.height))
            case .vertical:
                rects.append(Rect(x: rect.x, y: rect.y + offset, width: rect.width, height: length))
            }
            offset += length
        }
        return rects
    }

    /// The lengths and gaps of a split of `total` cells, already clipped to `total`.
    static func lengths(total: Int, _ constraints: [Constraint], spacing: Int) -> Lengths {
        let total = max(0, total)
        let spacing = max(0, spacing)
        // Desired lengths: fixed and percent first, fills afterwards.
        var wanted = constraints.map { c -> Int in
            switch c {
            case .fixed(let n): return max(0, n)
            case .percent(let p): return total * min(100, max(0, p)) / 100
            case .fill: return 0
            }
        }
        let gaps = spacing * max(0, constraints.count - 1)
        let rest = max(0, total - gaps - wanted.reduce(0, +))
        let weights = constraints.map { c -> Int in
            if case .fill(let w) = c { return max(0, w) }
            return 0
        }
        let weightSum = weights.reduce(0, +)
        if weightSum > 0, rest > 0 {
            var given = 0
            for i in weights.indices where weights[i] > 0 {
                wanted[i] = rest * weights[i] / weightSum
                given += wanted[i]
            }
            var remainder = rest - given
            for i in weights.indices where weights[i] > 0 && remainder > 0 {
                wanted[i] += 1
                remainder -= 1
            }
        }
        // Place in order, clipping parts and gaps to what is left.
        var result = Lengths()
        var left = total
        for i in wanted.indices {
            if i > 0 {
                let gap = min(spacing, left)
                result.gaps.append(gap)
                left -= gap
            }
            let length = min(wanted[i], left)
            result.parts.append(length)
            left -= length
        }
        return result
    }

    /// Part lengths and the gaps between them (`gaps[i]` precedes part `i + 1`).
    struct Lengths: Sequence {
        var parts: [Int] = []
        var gaps: [Int] = []

        var count: Int { parts.count }
        func gap(before i: Int) -> Int { gaps[i - 1] }
        func makeIterator() -> IndexingIterator<[Int]> { parts.makeIterator() }
    }
}

extension Rect {
    /// This rectangle split along `axis` (see `Layout.split`).
    public func split(_ axis: Axis, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        Layout.split(self, axis, constraints, spacing: spacing)
    }
}
