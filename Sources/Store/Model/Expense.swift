/// Money the study-promotion fund paid out other than awards: to whom, how much, what for, on which voucher.

import Recfile

/// One `Expense` record of `fundbook.rec`.
public struct Expense: Hashable, Sendable {
    public var id: String
    public var date: CalendarDate
    /// Whole đồng.
    public var amount: Int
    public var payee: String
    public var purpose: String
    public var voucher: String?
    public var source: SourcePlace

    public init(id: String, date: CalendarDate, amount: Int, payee: String, purpose: String, voucher: String? = nil,
                source: SourcePlace = .unknown) {
        self.id = id
        self.date = date
        self.amount = amount
        self.payee = payee
        self.purpose = purpose
        self.voucher = voucher
        self.source = source
    }
}
