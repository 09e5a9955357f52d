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
    /// The ward's education indicators (they carry no year), in the store's order.
    public var indicators: [Indicator]

    init(_ report: StoreReport, schoolYear: SchoolYear?) {
        self.init(report, schoolYear: schoolYear, measuringTargets: true)
    }

    /// The figures of `schoolYear`; the targets are measured over the campaign's school year
    /// (`StoreReport.targetYear`), whatever year the rest covers, unless `measuringTargets` is false.
    private init(_ report: StoreReport, schoolYear: SchoolYear?, measuringTargets: Bool) {
        self.schoolYear = schoolYear
        let records = report.records.counts(schoolYear)
        learnerTurns = records["Enrollment", default: 0]
        attendance = records["Attendance", default: 0]
        let years = schoolYear.map { [report.awards.tally($0)] } ?? report.awards.years.map(report.awards.tally)
        awards = AwardTally(years, branches: report.awards.branches)
        fund = FundTally(opening: report.fund.opening(schoolYear, awards: report.awards),
                         donations: years.reduce(0) { $0 + $1.donations }, awarded: awards.amount,
                         expenses: report.fund.expenses(schoolYear))
        indicators = report.indicators
        clans = report.clans
        let lines = report.awards.titles.lines(schoolYear)
        var titles: [String: TitleCount] = [:]
        for kind in TitleKind.allCases { titles[kind.rawValue] = lines[kind]?.count ?? TitleCount() }
        self.titles = titles
        counts = records.merging([
            "Award": awards.count,
            "Donation": years.reduce(0) { $0 + $1.donationCount },
            "Title": lines.values.reduce(0) { $0 + $1.byBranch.count },
        ]) { a, _ in a }
        targets = []
        guard measuringTargets, !report.targets.isEmpty else { return }
        let year = report.targetYear ?? schoolYear
        let measured = year == schoolYear ? self : Tallies(report, schoolYear: year, measuringTargets: false)
        let awardYears = year == schoolYear ? years
            : year.map { [report.awards.tally($0)] } ?? report.awards.years.map(report.awards.tally)
        targets = report.targets.map { measured.progress(of: $0, awards: awardYears) }
    }

    /// What `metric` counts in these figures (every award, for the award metrics).
    private func actual(_ metric: TargetMetric) -> Int {
        switch metric {
        case .learnerTurns: learnerTurns
        case .awards: awards.count
        case .awardAmount: awards.amount
        case .studiousClans: clans.recognized
        case .donations: fund.donations
        case .classes: counts["Class", default: 0]
        case .learningFamilies: titles["family"]?.recognized ?? 0
        case .learningCommunities: titles["community"]?.recognized ?? 0
        case .learningUnits: titles["unit"]?.recognized ?? 0
        }
    }

    /// The titles or clans a share target (`Unit: %`) is a share of; nil for a metric of counts.
    private func share(_ metric: TargetMetric) -> TitleCount? {
        switch metric {
        case .studiousClans: clans
        case .learningFamilies: titles["family"] ?? TitleCount()
        case .learningCommunities: titles["community"] ?? TitleCount()
        case .learningUnits: titles["unit"] ?? TitleCount()
        case .learnerTurns, .awards, .awardAmount, .donations, .classes: nil
        }
    }

    /// A target against these figures: a share (`Unit: %`) in whole percent of the titles' total;
    /// an award metric with `Kind`s, the awards (or their amounts) to those kinds of recipient in
    /// `years` alone.
    private func progress(of target: Target, awards years: [AwardsYear]) -> TargetProgress {
        var actual = actual(target.metric)
        if target.unit == "%", let share = share(target.metric) {
            actual = share.percentFloor ?? 0
        } else if target.metric.countsAwards, !target.kinds.isEmpty {
            let picked = years.flatMap(\.kinds).filter { target.kinds.contains($0.kind) }
            actual = picked.reduce(0) { $0 + (target.metric == .awards ? $1.count : $1.amount) }
        }
        return TargetProgress(id: target.id, label: target.label, metric: target.metric, goal: target.goal,
                              actual: actual, unit: target.unit, kinds: target.kinds, schoolYear: schoolYear)
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
