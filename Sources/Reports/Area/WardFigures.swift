/// The figures of one ward that add up across wards: what `report --format json` and a published summary both hold.

import Store

/// One member's figures, read from its report JSON (a store's, computed here) or its published
/// summary: the same reading for both, so the area's total is the sum of what each ward reports.
/// Targets and indicators are each ward's own and are not added up.
public struct WardFigures: Hashable, Sendable {
    /// Records per set name.
    public var counts: [String: Int] = [:]
    public var learnerTurns = 0
    public var attendance = 0
    public var awards = AwardTally()
    public var fund = FundTally()
    /// `studious`, `total`.
    public var clans = TitleCount()
    /// Per assessed title (`citizen` …): `recognized`, `assessed`, `total`.
    public var titles: [String: TitleTally] = [:]
    /// `citizens`, `families`, `cells`: `recognized`, `total`.
    public var party: [String: TitleCount] = [:]
    /// Branch names by `Id`, where the source gives them (a summary, a store).
    public var branchNames: [String: String] = [:]
    /// The member's own problems: errors and warnings.
    public var errors = 0
    public var warnings = 0

    public init() {}

    /// The figures of a report JSON (`ReportJSON.value`) or a published summary (`WardSummary`).
    public init(json: JSONValue) {
        counts = json["counts"]?.intMap ?? [:]
        learnerTurns = json["learnerTurns"]?.int ?? 0
        attendance = json["attendance"]?.int ?? 0
        if let a = json["awards"] {
            awards.count = a["count"]?.int ?? 0
            awards.amount = a["amount"]?.int ?? 0
            awards.byBranch = a["byBranch"]?.intMap ?? [:]
            awards.byKind = a["byKind"]?.intMap ?? [:]
            awards.byCategory = a["byCategory"]?.intMap ?? [:]
        }
        if let f = json["fund"] {
            fund = FundTally(opening: f["opening"]?.int ?? 0, donations: f["donations"]?.int ?? 0,
                             awarded: f["awarded"]?.int ?? 0, expenses: f["expenses"]?.int ?? 0)
        }
        clans = TitleCount(recognized: json["clans"]?["studious"]?.int ?? 0, total: json["clans"]?["total"]?.int ?? 0)
        for (k, v) in json["titles"]?.members ?? [] {
            titles[k] = TitleTally(recognized: v["recognized"]?.int ?? 0, assessed: v["assessed"]?.int ?? 0,
                                   total: v["total"]?.int ?? 0)
        }
        for (k, v) in json["party"]?.members ?? [] {
            party[k] = TitleCount(recognized: v["recognized"]?.int ?? 0, total: v["total"]?.int ?? 0)
        }
        for (k, v) in json["branches"]?.members ?? [] { branchNames[k] = v.string }
        if let problems = json["problems"] {
            // A report lists its problems; a published summary only counts them.
            if case .array(let list) = problems {
                errors = list.filter { $0["severity"]?.string == Severity.error.rawValue }.count
                warnings = list.count - errors
            } else {
                errors = problems["errors"]?.int ?? 0
                warnings = problems["warnings"]?.int ?? 0
            }
        }
    }

    /// Adds `other`'s figures to these; the branches are kept apart by the caller (per ward).
    public mutating func add(_ other: WardFigures) {
        counts.merge(other.counts, uniquingKeysWith: +)
        learnerTurns += other.learnerTurns
        attendance += other.attendance
        awards.count += other.awards.count
        awards.amount += other.awards.amount
        awards.byKind.merge(other.awards.byKind, uniquingKeysWith: +)
        awards.byCategory.merge(other.awards.byCategory, uniquingKeysWith: +)
        fund = FundTally(opening: fund.opening + other.fund.opening, donations: fund.donations + other.fund.donations,
                         awarded: fund.awarded + other.fund.awarded, expenses: fund.expenses + other.fund.expenses)
        clans = TitleCount(recognized: clans.recognized + other.clans.recognized, total: clans.total + other.clans.total)
        titles.merge(other.titles) { a, b in
            TitleTally(recognized: a.recognized + b.recognized, assessed: a.assessed + b.assessed, total: a.total + b.total)
        }
        party.merge(other.party) { a, b in TitleCount(recognized: a.recognized + b.recognized, total: a.total + b.total) }
        errors += other.errors
        warnings += other.warnings
    }

    /// A branch's name, else its `Id`.
    public func branchName(_ id: String) -> String { branchNames[id] ?? id }
}
