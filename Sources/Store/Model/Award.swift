/// An award (khen thưởng) handed out by a branch, with its recipient, category and amount.

import Recfile

/// One `Award` record of `awards.rec`.
/// (The small fields come last, so that a million awards take less room.)
public struct Award: Hashable, Sendable {
    public var id: String
    public var recipient: String
    public var category: String
    /// The `Id` of a `Branch`.
    public var branch: String
    public var sponsor: String?
    public var source: SourcePlace
    /// Whole đồng.
    public var amount: Int?
    public var date: CalendarDate
    public var kind: RecipientKind

    public init(id: String, date: CalendarDate, recipient: String, kind: RecipientKind, category: String,
                branch: String, amount: Int? = nil, sponsor: String? = nil, source: SourcePlace = .unknown) {
        self.id = id
        self.date = date
        self.recipient = recipient
        self.kind = kind
        self.category = category
        self.branch = branch
        self.amount = amount
        self.sponsor = sponsor
        self.source = source
    }
}
