/// The report as JSON in its stable shape: counts, learner-turns, attendance, awards, fund, clans, titles, targets, indicators, problems.

import Store

/// The machine-readable report. Keys always appear, in this order; maps are sorted by key, except
/// `counts` (schema order), `byKind` and `titles` (the kinds' order in the schema).
public enum ReportJSON {
    public static func value(_ t: Tallies, problems: [StoreProblem]) -> JSONValue {
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
            ("titles", .object(TitleKind.allCases.map { kind in
                let c = t.titles[kind.rawValue] ?? TitleCount()
                return (kind.rawValue, .object([("recognized", .int(c.recognized)), ("total", .int(c.total))]))
            })),
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
    public static func text(_ t: Tallies, problems: [StoreProblem]) -> String {
        value(t, problems: problems).text() + "\n"
    }

    /// Keys in byte order, so the output does not depend on the machine's locale.
    private static func sortedMap(_ map: [String: Int]) -> JSONValue {
        .object(map.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }.map { ($0.key, .int($0.value)) })
    }
}
