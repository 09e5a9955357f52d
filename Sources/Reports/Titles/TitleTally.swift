/// A learning title's figure for one year and area: recognised, assessed and total, and where the figure comes from.

import Store

/// How many were recognised, of how many assessed, of how many there are.
public struct TitleTally: Hashable, Sendable {
    /// Where a figure comes from.
    public enum Origin: String, Hashable, Sendable {
        /// Assessments whose set could decide (the set has no empty places).
        case assessments
        /// `Title` count records (or, for clans, the `Studious` field of the `Clan` records).
        case counts
        /// Only the subjects are recorded: nothing recognised or assessed that year.
        case subjects
    }

    public var recognized = 0
    public var assessed = 0
    public var total = 0
    /// Assessments by a set with empty places ("chưa đủ tiêu chí"): counted in `assessed`, never in `recognized`.
    public var undecided = 0
    public var origin: Origin = .subjects

    public init(recognized: Int = 0, assessed: Int = 0, total: Int = 0, undecided: Int = 0, origin: Origin = .subjects) {
        self.recognized = recognized
        self.assessed = assessed
        self.total = total
        self.undecided = undecided
        self.origin = origin
    }

    /// The two figures added, the origin of the first kept unless it has nothing.
    public static func + (a: TitleTally, b: TitleTally) -> TitleTally {
        TitleTally(recognized: a.recognized + b.recognized, assessed: a.assessed + b.assessed, total: a.total + b.total,
                   undecided: a.undecided + b.undecided, origin: a.total == 0 && a.assessed == 0 ? b.origin : a.origin)
    }

    /// `recognized / total`, or nil for a total of 0.
    public var fraction: Double? { total > 0 ? Double(recognized) / Double(total) : nil }
}
