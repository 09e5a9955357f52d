/// The numbers the overview and the report show for one school year, or the whole store, read off a `StoreReport`.

import Store

/// The figures of one school year (or of the whole store). With a year, dated records count only
/// when their date falls in it: awards, donations, attendance and the agenda log by their date;
/// enrollments by their date, else their class's start; classes by their start, else their end; the
/// campaign by its week's start. Records without a date (learners, branches, clans, targets,
/// indicators, the agenda) always count.
public struct Tallies: Hashable, Sendable {
    public var schoolYear: SchoolYear?
    /// Records per set name (`Award` …); every set of the schema is there, 0 included.
    public var counts: [String: Int]
    /// Enrollments: one per learner per class.
    public var learnerTurns: Int
    /// Attendance records: one per learner per session.
    public var attendance: Int
    public var awards: AwardTally
    public var fund: FundTally
    /// Studious clans (recognised) of all the clans.
    public var clans: TitleCount
    /// Learning titles per kind (`family`, `community`, `unit`); every kind is there, 0 included.
    /// Without a year, each kind's latest year.
    public var titles: [String: TitleCount]
    /// In the order of the targets in the store.
    public var targets: [TargetProgress]

    init(_ report: StoreReport, schoolYear: SchoolYear?) {
        self.schoolYear = schoolYear
        let records = report.records.counts(schoolYear)
        learnerTurns = records["Enrollment", default: 0]
        attendance = records["Attendance", default: 0]
        let years = schoolYear.map { [report.awards.tally($0)] } ?? report.awards.years.map(report.awards.tally)
        awards = AwardTally(years, branches: report.awards.branches)
        fund = FundTally(donations: years.reduce(0) { $0 + $1.donations }, awarded: awards.amount)
        clans = report.clans
        let lines = report.awards.titles.lines(schoolYear)
        var titles: [String: TitleCount] = [:]
        for kind in TitleKind.allCases { titles[kind.rawValue] = lines[kind]?.count ?? TitleCount() }
        self.titles = titles
        let classes = records["Class", default: 0]
        counts = records.merging([
            "Award": awards.count,
            "Donation": years.reduce(0) { $0 + $1.donationCount },
            "Title": lines.values.reduce(0) { $0 + $1.byBranch.count },
        ]) { a, _ in a }
        targets = Self.progress(report.targets, actuals: [
            .learnerTurns: learnerTurns, .awards: awards.count, .awardAmount: awards.amount,
            .studiousClans: clans.recognized, .donations: fund.donations, .classes: classes,
            .learningFamilies: titles["family"]?.recognized ?? 0,
            .learningCommunities: titles["community"]?.recognized ?? 0,
            .learningUnits: titles["unit"]?.recognized ?? 0,
        ], shares: [
            .studiousClans: clans,
            .learningFamilies: titles["family"] ?? TitleCount(), .learningCommunities: titles["community"] ?? TitleCount(),
            .learningUnits: titles["unit"] ?? TitleCount(),
        ])
    }

    /// Each target against its actual; a target of a share (`Unit: %`) is measured in whole percent
    /// of the titles' total.
    private static func progress(_ targets: [Target], actuals: [TargetMetric: Int],
                                 shares: [TargetMetric: TitleCount]) -> [TargetProgress] {
        targets.map {
            let share = $0.unit == "%" ? shares[$0.metric].map { $0.percentFloor ?? 0 } : nil
            return TargetProgress(id: $0.id, label: $0.label, metric: $0.metric, goal: $0.goal,
                                  actual: share ?? actuals[$0.metric] ?? 0, unit: $0.unit)
        }
    }
}

extension AwardTally {
    /// The awards of `years` added up; every branch of the store and every recipient kind is there, 0 included.
    init(_ years: [AwardsYear], branches: [Branch]) {
        self.init()
        for kind in RecipientKind.allCases { byKind[kind.rawValue] = 0 }
        for b in branches { byBranch[b.id, default: 0] += 0 }
        for y in years {
            count += y.count
            amount += y.amount
            for k in y.kinds { byKind[k.kind.rawValue, default: 0] += k.count }
            for b in y.branches { byBranch[b.id, default: 0] += b.count }
            for c in y.categories { byCategory[c.name, default: 0] += c.count }
        }
    }
}
