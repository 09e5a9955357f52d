/// The learning titles of each school year, summed per kind and listed per branch, with the studious clans.

import Store

/// Learning families, communities and units per year (from `Title` records) and the studious
/// clans (from `Clan` records, which carry no year), each measured against a goal.
public struct TitlesIndex: Sendable {
    /// One kind of title in one year: recognised of total, and the branches it was counted in.
    public struct Line: Hashable, Sendable {
        public var kind: TitleKind
        public var count: TitleCount
        /// Per branch id (nil: ward-wide), in the store's order.
        public var byBranch: [BranchCount] = []
    }

    /// A count in one branch's area (nil: the whole ward).
    public struct BranchCount: Hashable, Sendable {
        public var branch: String?
        public var count: TitleCount
    }

    /// The years that have title records.
    public let years: Set<SchoolYear>
    private let lines: [SchoolYear: [TitleKind: Line]]
    /// Studious clans of all the store's clans.
    public let clans: TitleCount
    /// The goals the store sets for titles (`Target` records whose metric is a title), by metric.
    public let targets: [TargetMetric: Target]

    public init(_ snapshot: StoreSnapshot) {
        var lines: [SchoolYear: [TitleKind: Line]] = [:]
        for t in snapshot.titles {
            var line = lines[t.schoolYear]?[t.kind] ?? Line(kind: t.kind, count: TitleCount(schoolYear: t.schoolYear))
            line.count.recognized += t.recognized
            line.count.total += t.total
            line.byBranch.append(BranchCount(branch: t.branch, count: TitleCount(recognized: t.recognized, total: t.total,
                                                                                 schoolYear: t.schoolYear)))
            lines[t.schoolYear, default: [:]][t.kind] = line
        }
        self.lines = lines
        years = Set(lines.keys)
        clans = TitleCount(recognized: snapshot.clans.lazy.filter(\.isStudious).count, total: snapshot.clans.count)
        var targets: [TargetMetric: Target] = [:]
        for t in snapshot.targets where TitleGoal.metrics.contains(t.metric) && targets[t.metric] == nil { targets[t.metric] = t }
        self.targets = targets
    }

    /// The titles of `kind` in `year`, if the store counted any.
    public func line(_ kind: TitleKind, in year: SchoolYear) -> Line? { lines[year]?[kind] }

    /// Each kind's line in `year`; with no year, in the latest year that has the kind (summing years
    /// would count a household twice).
    public func lines(_ year: SchoolYear?) -> [TitleKind: Line] {
        if let year { return lines[year] ?? [:] }
        var out: [TitleKind: Line] = [:]
        for y in years.sorted() { for (kind, line) in lines[y] ?? [:] { out[kind] = line } }
        return out
    }
}
