/// What a learning title is measured against: the store's own target, else the national 2025 target.

import Store

/// A goal for one title: a share in percent, or a count, from a `Target` record of the store,
/// else the national target for 2025 (70% learning families, 65% studious clans, 65% learning
/// communities, 80% learning units).
public struct TitleGoal: Hashable, Sendable {
    /// At least this share, in percent.
    public var percent: Int?
    /// At least this many (a store target without `Unit: %`).
    public var count: Int?
    /// The `Target` record's id, or nil for the national target.
    public var targetId: String?

    /// The metrics that measure titles.
    static let metrics: Set<TargetMetric> = [.studiousClans, .learningFamilies, .learningCommunities, .learningUnits]

    /// The national targets for 2025, in percent.
    public static let national: [TargetMetric: Int] = [
        .learningFamilies: 70, .studiousClans: 65, .learningCommunities: 65, .learningUnits: 80,
    ]

    /// The metric of a kind of title.
    public static func metric(_ kind: TitleKind) -> TargetMetric {
        switch kind {
        case .family: .learningFamilies
        case .community: .learningCommunities
        case .unit: .learningUnits
        }
    }

    /// The goal for `metric`: the store's target when it has one, else the national one.
    public static func goal(_ metric: TargetMetric, targets: [TargetMetric: Target]) -> TitleGoal {
        if let t = targets[metric] {
            return t.unit == "%" ? TitleGoal(percent: t.goal, count: nil, targetId: t.id)
                : TitleGoal(percent: nil, count: t.goal, targetId: t.id)
        }
        return TitleGoal(percent: national[metric], count: nil, targetId: nil)
    }

    /// Whether `c` reaches the goal; nil when there is nothing to measure.
    public func isMet(_ c: TitleCount) -> Bool? {
        if let count { return c.recognized >= count }
        guard let percent, c.total > 0 else { return nil }
        return c.recognized * 100 >= percent * c.total
    }

    /// The goal as a fraction of the total, for a bar's mark.
    public func fraction(of c: TitleCount) -> Double? {
        if let percent { return Double(percent) / 100 }
        if let count, c.total > 0 { return Double(count) / Double(c.total) }
        return nil
    }
}
