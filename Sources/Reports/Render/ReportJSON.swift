/// The report as JSON in its stable shape: counts, learner-turns, attendance, awards, fund, clans, titles, targets, indicators, problems.

import Store

/// The machine-readable report. Keys always appear, in this order; maps are sorted by key, except
/// `counts` (schema order), `byKind` and `titles` (the kinds' order in the schema).
public enum ReportJSON {
    /// `titles`: the learning titles per calendar year (`TitleProgress`); the report's school year
    /// gives its calendar year (2022-2023 → 2022). Without it, the count records alone, as before.
    public static func value(_ t: Tallies, titles: TitleProgress? = nil, problems: [StoreProblem]) -> JSONValue {
        .object([
            ("counts", .object(StoreSchema.setNames.map { ($0, .int(t.counts[$0] ?? 0)) })),
            ("learnerTurns", .int(t.learnerTurns)),
            ("attendance", .int(t.attendance)),
            ("awards", .object([
                ("count", .int(t.awards.count)),
                ("amount", .int(t.awards.amount)),
                ("byBranch", sortedMap(t.awards.byBranch)),
                ("byKind", .object(RecipientKind.allCases.map { ($0.rawValue, .int(t.awards.byKind[$0.rawValue] ?? 0)) })),
                ("byCategory", sortedMap(t.awards.byCategory)),
            ])),
            ("fund", .object([
                ("donations", .int(t.fund.donations)),
                ("awarded", .int(t.fund.awarded)),
                ("balance", .int(t.fund.balance)),
                ("opening", .int(t.fund.opening)),
                ("expenses", .int(t.fund.expenses)),
                ("out", .int(t.fund.out)),
                ("closing", .int(t.fund.closing)),
            ])),
            ("clans", .object([("studious", .int(t.clans.recognized)), ("total", .int(t.clans.total))])),
            ("titles", .object(AssessedTitle.allCases.map { title in
                let c = tally(title, t, titles)
                return (title.rawValue, .object([("recognized", .int(c.recognized)), ("assessed", .int(c.assessed)),
                                                 ("total", .int(c.total))]))
            })),
            ("party", party(t, titles)),
            ("targets", .array(t.targets.map {
                .object([("id", .string($0.id)), ("metric", .string($0.metric.rawValue)),
                         ("kinds", .array($0.kinds.map { .string($0.rawValue) })),
                         ("schoolYear", .string($0.schoolYear?.description ?? "")),
                         ("goal", .int($0.goal)), ("actual", .int($0.actual))])
            })),
            ("indicators", .array(t.indicators.map { i in
                .object([("id", .string(i.id)), ("label", .string(i.label)), ("value", .int(i.value)),
                         ("of", i.of.map(JSONValue.int) ?? .null), ("unit", .string(i.unit ?? "")),
                         ("group", .string(i.group ?? ""))])
            })),
            ("problems", .array(problems.map {
                .object([("file", .string($0.file)), ("line", .int($0.line)),
                         ("severity", .string($0.severity.rawValue)),
                         ("message", .string(($0.field.map { "\($0): " } ?? "") + $0.message))])
            })),
        ])
    }

    /// The report as text, ending with a line break.
    public static func text(_ t: Tallies, titles: TitleProgress? = nil, problems: [StoreProblem]) -> String {
        value(t, titles: titles, problems: problems).text() + "\n"
    }

    /// A title's figure: from `titles` for the report's calendar year (without a year, the latest
    /// year with figures of the title); without `titles`, from the count records and the clans.
    private static func tally(_ title: AssessedTitle, _ t: Tallies, _ titles: TitleProgress?) -> TitleTally {
        if let titles, let year = year(title, t, titles) { return titles.line(title, year: year).tally }
        if titles != nil { return TitleTally() }
        if title == .clan { return TitleTally(recognized: t.clans.recognized, assessed: t.clans.total, total: t.clans.total) }
        guard let kind = title.countKind, let c = t.titles[kind.rawValue] else { return TitleTally() }
        return TitleTally(recognized: c.recognized, assessed: c.total, total: c.total)
    }

    /// The calendar year the report's titles are read for.
    private static func year(_ title: AssessedTitle?, _ t: Tallies, _ titles: TitleProgress) -> Int? {
        if let year = t.schoolYear { return TitleProgress.year(of: year) }
        guard let title else { return titles.latestYear }
        return titles.years.last { titles.line(title, year: $0).tally.origin != .subjects } ?? titles.latestYear
    }

    /// `party`: party members who are learning citizens, party members' families that are learning
    /// families, party cells that are learning units, each `{"recognized", "total"}`.
    private static func party(_ t: Tallies, _ titles: TitleProgress?) -> JSONValue {
        let p = titles.flatMap { titles in year(nil, t, titles).map { titles.party($0) } } ?? TitleProgress.Party()
        func pair(_ x: TitleTally) -> JSONValue { .object([("recognized", .int(x.recognized)), ("total", .int(x.total))]) }
        return .object([("citizens", pair(p.citizens)), ("families", pair(p.families)), ("cells", pair(p.cells))])
    }

    /// Keys in byte order, so the output does not depend on the machine's locale.
    private static func sortedMap(_ map: [String: Int]) -> JSONValue {
        .object(map.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }.map { ($0.key, .int($0.value)) })
    }
}
