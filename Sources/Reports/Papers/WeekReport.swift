/// The values of the week report (báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời): the center's paper, every figure from the report's tallies.

import Store
import VietText

/// The campaign as the report tells it.
public struct WeekCampaign: Hashable, Sendable {
    public var title: String
    public var themes: [String]
    public var weekStart: CalendarDate
    public var weekEnd: CalendarDate
    public var ceremonyDate: CalendarDate?
    public var ceremonyTime: ClockTime?
    public var venue: String?
    /// The ceremony's programme, in order.
    public var agenda: [AgendaItem]
}

/// Awards of one branch or one recipient kind.
public struct AwardLine: Hashable, Sendable {
    /// The branch's id, or the kind's stored value (`student`).
    public var id: String
    /// The branch's name, or the kind in Vietnamese (`Học sinh`).
    public var name: String
    public var count: Int
    /// Whole đồng.
    public var amount: Int
}

/// A learning title, or the studious clans: recognised of how many.
public struct TitleLine: Hashable, Sendable {
    /// `family`, `community`, `unit` or `clan`.
    public var id: String
    public var name: String
    public var recognized: Int
    public var total: Int
}

/// Everything the week report says, as values: the letterhead (the center, under the ward's
/// committee), the place and date, the register's number once issued, the campaign and its
/// ceremony, classes and learner-turns by topic, awards by branch and by kind, the fund, the
/// titles, the targets against what was achieved, the ward's indicators and the director who
/// signs. Built from a `StoreSnapshot` through `PaperScope.tallies` (the engine of `hoctap
/// report`), so each figure equals the JSON report's for the same scope.
public struct WeekReport: Sendable {
    public var letterhead: Letterhead?
    /// `12/BC-TTHTCĐ` when the paper was issued through the register, else nil (a draft).
    public var number: String?
    public var issued: CalendarDate
    public var scope: PaperScope
    /// The ward, as the campaign names it.
    public var ward: String?
    public var campaign: WeekCampaign?
    public var topics: [TopicLine]
    public var classes: Int
    public var learnerTurns: Int
    public var awardsByBranch: [AwardLine]
    public var awardsByKind: [AwardLine]
    public var awardCount: Int
    public var awardAmount: Int
    public var fund: FundTally
    /// Learning families, communities and units with a total, then the studious clans.
    public var titles: [TitleLine]
    public var targets: [TargetProgress]
    public var indicators: [Indicator]
    /// The center's director (role `head`), if the store names one for the day.
    public var signer: SignatureBlock?
    /// The tallies it was read from.
    public var tallies: Tallies

    /// - Parameter paper: the register's record, once the report is issued with a number.
    public init(_ s: StoreSnapshot, scope: PaperScope, issued: CalendarDate, paper: IssuedPaper? = nil) {
        self.scope = scope
        self.issued = issued
        letterhead = PaperHeading.letterhead(.center, in: s)
        number = paper.map { PaperHeading.numberText($0, in: s) }
        signer = PaperHeading.signer(.head, body: letterhead?.bodyId, on: issued, in: s)
        ward = s.campaign?.ward
        campaign = s.campaign.map { c in
            WeekCampaign(title: c.title, themes: c.themes, weekStart: c.weekStart, weekEnd: c.weekEnd,
                         ceremonyDate: c.ceremonyDate, ceremonyTime: c.ceremonyTime, venue: c.venue,
                         agenda: s.agenda.sorted { $0.seq < $1.seq })
        }
        let scoped = scope.snapshot(s)
        let report = StoreReport(scoped, schoolYear: scope.tallyYear, detail: .figures)
        let t = report.tallies(scope.tallyYear)
        tallies = t
        topics = TopicTally.lines(scoped, year: scope.tallyYear)
        classes = t.counts["Class"] ?? 0
        learnerTurns = t.learnerTurns
        let names = Dictionary(s.branches.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // The amounts per branch and kind, from the same yearly tallies as the counts.
        var amounts: [String: Int] = [:], kindAmounts: [RecipientKind: Int] = [:]
        for year in scope.tallyYear.map({ [report.awards.tally($0)] }) ?? report.awards.years.map(report.awards.tally) {
            for b in year.branches { amounts[b.id, default: 0] += b.amount }
            for k in year.kinds { kindAmounts[k.kind, default: 0] += k.amount }
        }
        let order = s.branches.map(\.id) + t.awards.byBranch.keys.filter { names[$0] == nil }.sorted()
        awardsByBranch = order.compactMap { id in
            guard let count = t.awards.byBranch[id], count > 0 || scope.branch == nil else { return nil }
            if let only = scope.branch, only != id { return nil }
            return AwardLine(id: id, name: names[id] ?? id, count: count, amount: amounts[id] ?? 0)
        }
        awardsByKind = RecipientKind.allCases.map { k in
            AwardLine(id: k.rawValue, name: KindNames.recipient(k, .vi), count: t.awards.byKind[k.rawValue] ?? 0,
                      amount: kindAmounts[k] ?? 0)
        }
        awardCount = t.awards.count
        awardAmount = t.awards.amount
        fund = t.fund
        titles = TitleKind.allCases.compactMap { kind in
            guard let c = t.titles[kind.rawValue], c.total > 0 else { return nil }
            return TitleLine(id: kind.rawValue, name: KindNames.title(kind, .vi), recognized: c.recognized, total: c.total)
        } + (t.clans.total > 0 ? [TitleLine(id: "clan", name: "Dòng họ hiếu học", recognized: t.clans.recognized,
                                             total: t.clans.total)] : [])
        targets = t.targets
        indicators = t.indicators
    }
}
