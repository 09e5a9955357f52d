/// An area's report as JSON: each member's figures in `report --format json`'s shape, and the total.

import Store

/// `hoctap report --format json` over an area. Each member's `figures` has the keys of its own
/// report (without targets, indicators and the problems' text: those are the ward's own); the
/// `total` is their sum, with the awards by ward then branch (`byWard`), since two wards' branch
/// keys are two branches.
public enum AreaJSON {
    public static func value(_ report: AreaReport) -> JSONValue {
        .object([
            ("area", .string(report.area.name)),
            ("level", .string(report.area.level.rawValue)),
            ("schoolYear", .string(report.schoolYear?.description ?? "")),
            ("members", .array(report.members.map { m in
                .object([
                    ("name", .string(m.name)),
                    ("source", .string(sourceKind(m.source))),
                    ("path", .string(m.source.path)),
                    ("error", m.failure.map(JSONValue.string) ?? .null),
                    ("figures", m.figures.map { figures($0, byBranch: sorted($0.awards.byBranch)) } ?? .null),
                ])
            })),
            ("total", figures(report.total, byWard: .object(report.byWard.map { ($0.name, sorted($0.branches)) }))),
        ])
    }

    public static func text(_ report: AreaReport) -> String { value(report).text() + "\n" }

    /// `store` or `summary`.
    static func sourceKind(_ s: AreaSource) -> String {
        if case .store = s { return "store" }
        return "summary"
    }

    private static func figures(_ f: WardFigures, byBranch: JSONValue? = nil, byWard: JSONValue? = nil) -> JSONValue {
        var awards: [(String, JSONValue)] = [("count", .int(f.awards.count)), ("amount", .int(f.awards.amount))]
        if let byBranch { awards.append(("byBranch", byBranch)) }
        if let byWard { awards.append(("byWard", byWard)) }
        awards.append(("byKind", .object(RecipientKind.allCases.map { ($0.rawValue, .int(f.awards.byKind[$0.rawValue] ?? 0)) })))
        awards.append(("byCategory", sorted(f.awards.byCategory)))
        return .object([
            ("counts", .object(StoreSchema.setNames.map { ($0, .int(f.counts[$0] ?? 0)) })),
            ("learnerTurns", .int(f.learnerTurns)),
            ("attendance", .int(f.attendance)),
            ("awards", .object(awards)),
            ("fund", .object([
                ("donations", .int(f.fund.donations)), ("awarded", .int(f.fund.awarded)), ("balance", .int(f.fund.balance)),
                ("opening", .int(f.fund.opening)), ("expenses", .int(f.fund.expenses)), ("out", .int(f.fund.out)),
                ("closing", .int(f.fund.closing)),
            ])),
            ("clans", .object([("studious", .int(f.clans.recognized)), ("total", .int(f.clans.total))])),
            ("titles", .object(AssessedTitle.allCases.map { t in
                let c = f.titles[t.rawValue] ?? TitleTally()
                return (t.rawValue, .object([("recognized", .int(c.recognized)), ("assessed", .int(c.assessed)),
                                             ("total", .int(c.total))]))
            })),
            ("party", .object(["citizens", "families", "cells"].map { k in
                let c = f.party[k] ?? TitleCount()
                return (k, .object([("recognized", .int(c.recognized)), ("total", .int(c.total))]))
            })),
            ("problems", .object([("errors", .int(f.errors)), ("warnings", .int(f.warnings))])),
        ])
    }

    /// Keys in byte order, as the store's report writes them.
    private static func sorted(_ map: [String: Int]) -> JSONValue {
        .object(map.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }.map { ($0.key, .int($0.value)) })
    }
}
