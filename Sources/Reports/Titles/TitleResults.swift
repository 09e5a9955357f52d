/// The year's learning-title results as a paper needs them: the titles against their targets, the party's block, each assessment, who waits.

import Store
import VietText

/// One assessment on the results list.
public struct TitleResultRow: Hashable, Sendable {
    /// Số thứ tự, from 1.
    public var number: Int
    public var subject: String
    /// The subject's name: the learner, the head of the household, the clan, group, unit or cell.
    public var name: String
    public var title: AssessedTitle
    public var set: String
    /// The points scored, of the items scored.
    public var total: Int
    public var result: AssessmentResult
    public var date: CalendarDate?
}

/// The assessment results of a calendar year, sent up before 15/12: per title recognised of
/// assessed of total against the target, the party's three titles, every assessment with its
/// computed result (by title, then subject), and who registered but is not assessed yet. Headed
/// and signed by the Study Promotion Association, whose branches assess.
public struct TitleResults: Sendable {
    public var year: Int
    public var letterhead: Letterhead?
    public var lines: [TitleProgress.Line]
    public var party: TitleProgress.Party
    public var rows: [TitleResultRow]
    /// Registered and not assessed: (subject, name, title).
    public var awaiting: [(subject: String, name: String, title: AssessedTitle)]
    /// The sets used this year that still have empty places ("chưa đủ tiêu chí").
    public var incompleteSets: [CriteriaSet]
    public var signers: [SignatureBlock]
    public var issued: CalendarDate
    /// The day the results go up: the earliest `SendBy` of the sets used this year (of all the
    /// store's sets when none was used), else the sources' 15/12.
    public var sendBy: YearlyDay

    public init(_ s: StoreSnapshot, year: Int, issued: CalendarDate) {
        self.year = year
        self.issued = issued
        let progress = TitleProgress(s)
        let head = PaperHeading.letterhead(.association, in: s)
        letterhead = head
        signers = [SignerRole.preparer, .head].compactMap { PaperHeading.signer($0, body: head?.bodyId, on: issued, in: s) }
        lines = AssessedTitle.allCases.map { progress.line($0, year: year) }
        party = progress.party(year)
        let names = Self.names(s)
        let order = Dictionary(uniqueKeysWithValues: AssessedTitle.allCases.enumerated().map { ($1, $0) })
        let scored = progress.assessments(year).sorted { a, b in
            if a.set.title != b.set.title { return order[a.set.title]! < order[b.set.title]! }
            return a.assessment.subject < b.assessment.subject
        }
        rows = scored.enumerated().map { n, x in
            TitleResultRow(number: n + 1, subject: x.assessment.subject, name: names[x.assessment.subject] ?? "",
                           title: x.set.title, set: x.set.id, total: x.set.total(x.assessment.scores),
                           result: x.result, date: x.assessment.date)
        }
        awaiting = progress.awaiting(year).map { ($0.subject, names[$0.subject] ?? "", $0.title) }
        let used = Set(scored.map(\.set.id))
        incompleteSets = s.criteriaSets.filter { used.contains($0.id) && !$0.isComplete }
        sendBy = s.criteriaSets.filter { used.contains($0.id) }.compactMap(\.sendBy).min()
            ?? s.criteriaSets.compactMap(\.sendBy).min() ?? .titleResults
    }

    /// Each subject's name by id.
    private static func names(_ s: StoreSnapshot) -> [String: String] {
        var out: [String: String] = [:]
        let learners = Dictionary(s.learners.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for (id, name) in learners { out[id] = name }
        for c in s.clans { out[c.id] = c.name }
        for c in s.communities { out[c.id] = c.name }
        for u in s.units { out[u.id] = u.name }
        for c in s.partyCells { out[c.id] = c.name }
        for f in s.families { out[f.id] = "Hộ " + (f.headIsLearner ? learners[f.head] ?? f.head : f.head) }
        return out
    }
}
