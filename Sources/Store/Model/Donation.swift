/// A gift to the study-promotion fund: who gave, how much, when, and for what.

import Recfile

/// One `Donation` record of `funds.rec`.
public struct Donation: Hashable, Sendable {
    public var id: String
    public var date: CalendarDate
    public var donor: String
    /// Whole đồng.
    public var amount: Int
    public var purpose: String?
    /// The `Id` of a `Branch`, when the gift went through one.
    public var branch: String?
    /// The fund's receipt.
    public var voucher: String?
    public var source: SourcePlace

    public init(id: String, date: CalendarDate, donor: String, amount: Int, purpose: String? = nil,
                branch: String? = nil, voucher: String? = nil, source: SourcePlace = .unknown) {
        self.id = id
        self.date = date
        self.donor = donor
        self.amount = amount
        self.purpose = purpose
        self.branch = branch
        self.voucher = voucher
        self.source = source
    }
}
