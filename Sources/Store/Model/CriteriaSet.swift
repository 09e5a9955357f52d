/// A set of criteria a title is assessed by: the decision it comes from, its items and its pass rule.

import Recfile

/// How a criteria set decides that a subject is recognised.
public enum PassRule: String, CaseIterable, Hashable, Sendable {
    /// Total at least `PassTotal` and no item under `PassItem` (Quyết định 324/QĐ-KHVN: ≥ 80, none < 5).
    case points
    /// Every item marked `Required: yes` scored at its maximum (a tick is 1 of 1).
    case required
}

/// One `CriteriaSet` record of `criteria.rec` with its `Criterion` records, in file order.
public struct CriteriaSet: Hashable, Sendable {
    public var id: String
    public var name: String
    public var title: AssessedTitle
    /// The decision the set comes from: "Quyết định 324/QĐ-KHVN ngày 25/10/2023".
    public var decision: String
    public var rule: PassRule
    /// `points`: the least total; nil when the source gives none (then no one is recognised).
    public var passTotal: Int?
    /// `points`: the least score of every item; nil for none.
    public var passItem: Int?
    public var note: String?
    /// The day each year its results go up (`SendBy`); nil: the sources' 15/12 (`YearlyDay.titleResults`).
    public var sendBy: YearlyDay?
    /// The items, in the order an assessment's `Scores` are written.
    public var items: [Criterion] = []
    public var source: SourcePlace

    public init(id: String, name: String, title: AssessedTitle, decision: String, rule: PassRule,
                passTotal: Int? = nil, passItem: Int? = nil, note: String? = nil, sendBy: YearlyDay? = nil,
                items: [Criterion] = [], source: SourcePlace = .unknown) {
        self.sendBy = sendBy
        self.id = id
        self.name = name
        self.title = title
        self.decision = decision
        self.rule = rule
        self.passTotal = passTotal
        self.passItem = passItem
        self.note = note
        self.items = items
        self.source = source
    }

    /// The set cannot decide yet: an item is an empty place, an item has no maximum, or a points
    /// rule has no pass mark. Its results are then "chưa đủ tiêu chí", never "recognised".
    public var isComplete: Bool {
        !items.isEmpty && items.allSatisfy(\.isComplete) && (rule != .points || passTotal != nil)
    }

    /// The most points the set gives, over the items that have a maximum.
    public var maximum: Int { items.reduce(0) { $0 + ($1.maximum ?? 0) } }
}

/// How sure the store is of a criterion's text.
public enum CriterionStatus: String, CaseIterable, Hashable, Sendable {
    /// As the decision writes it.
    case given
    /// From a weaker source (a draft, a summary): to check against the decision.
    case weak
    /// An empty place: the source was not found; "cần bổ sung theo văn bản hiện hành".
    case missing
}

/// One `Criterion` record: an item of a criteria set.
public struct Criterion: Hashable, Sendable {
    /// The set's `Id`.
    public var set: String
    /// The item's code within the set: `1`, `2.1`.
    public var code: String
    public var text: String
    /// The most points the item gives (a tick: 1); nil when the source does not say.
    public var maximum: Int?
    /// The competency or criterion the item belongs to: "Năng lực tự học và học tập suốt đời".
    public var group: String?
    /// `required` rule: the item must be met.
    public var isRequired: Bool
    public var status: CriterionStatus
    public var source: SourcePlace

    public init(set: String, code: String, text: String, maximum: Int?, group: String? = nil, isRequired: Bool = false,
                status: CriterionStatus = .given, source: SourcePlace = .unknown) {
        self.set = set
        self.code = code
        self.text = text
        self.maximum = maximum
        self.group = group
        self.isRequired = isRequired
        self.status = status
        self.source = source
    }

    /// The item can be scored: it is not an empty place and has a maximum.
    public var isComplete: Bool { status != .missing && maximum != nil }

    /// What an empty place says in the store.
    public static let emptyPlaceText = "cần bổ sung theo văn bản hiện hành"
}
