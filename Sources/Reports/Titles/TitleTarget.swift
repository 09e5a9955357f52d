/// The target a learning title is measured against in a calendar year: the store's own, or the national one for that year, or none.

import Store

/// A share to reach, and where it comes from; `percent` nil means no target is set for the year.
public struct TitleTarget: Hashable, Sendable {
    /// At least this share, in percent.
    public var percent: Int?
    /// At least this many (a store target without `Unit: %`).
    public var count: Int?
    /// "QĐ 387/QĐ-TTg (2025)", or the `Target` record's id; empty when none is set.
    public var source: String
    /// For citizens: what the national share is of ("người lớn trong gia đình, dòng họ, cộng đồng học tập").
    public var measure: String?

    public init(percent: Int? = nil, count: Int? = nil, source: String = "", measure: String? = nil) {
        self.percent = percent
        self.count = count
        self.source = source
        self.measure = measure
    }

    /// No target for the year: "chưa có chỉ tiêu".
    public var isSet: Bool { percent != nil || count != nil }

    /// Whether `tally` reaches the target; nil when there is none or nothing to measure.
    public func isMet(_ tally: TitleTally) -> Bool? {
        if let count { return tally.recognized >= count }
        guard let percent, tally.total > 0 else { return nil }
        return tally.recognized * 100 >= percent * tally.total
    }

    /// The national target of `title` for the calendar year `year`: QĐ 281/QĐ-TTg to 2020, QĐ 387/QĐ-TTg
    /// and QĐ 677/QĐ-TTg to 2025, and from 2026 to 2030 only the figures the sources give for 2030
    /// (learning citizens); none otherwise, never an expired figure.
    public static func national(_ title: AssessedTitle, year: Int) -> TitleTarget {
        let citizens = "người lớn trong gia đình, dòng họ, cộng đồng học tập"
        switch (title, year) {
        case (.family, ...2020): return TitleTarget(percent: 70, source: "QĐ 281/QĐ-TTg (2020)")
        case (.clan, ...2020): return TitleTarget(percent: 50, source: "QĐ 281/QĐ-TTg (2020)")
        case (.community, ...2020): return TitleTarget(percent: 60, source: "QĐ 281/QĐ-TTg (2020)")
        case (.unit, ...2020): return TitleTarget(percent: 50, source: "QĐ 281/QĐ-TTg (2020)")
        case (.family, 2021...2025): return TitleTarget(percent: 70, source: "QĐ 387/QĐ-TTg (2025)")
        case (.clan, 2021...2025), (.community, 2021...2025): return TitleTarget(percent: 65, source: "QĐ 387/QĐ-TTg (2025)")
        case (.unit, 2021...2025): return TitleTarget(percent: 80, source: "QĐ 387/QĐ-TTg (2025)")
        case (.citizen, 2022...2025): return TitleTarget(percent: 40, source: "QĐ 677/QĐ-TTg (2025)", measure: citizens)
        case (.citizen, 2026...2030): return TitleTarget(percent: 60, source: "QĐ 677/QĐ-TTg (2030)", measure: citizens)
        default: return TitleTarget()
        }
    }

    /// The store's `Target` record for the title, measured in the campaign's year only.
    static func stored(_ target: Target) -> TitleTarget {
        target.unit == "%" ? TitleTarget(percent: target.goal, source: target.id)
            : TitleTarget(count: target.goal, source: target.id)
    }

    /// The metric a store `Target` uses for the title; nil for citizens (no metric measures them).
    static func metric(_ title: AssessedTitle) -> TargetMetric? {
        switch title {
        case .family: .learningFamilies
        case .clan: .studiousClans
        case .community: .learningCommunities
        case .unit: .learningUnits
        case .citizen: nil
        }
    }
}
