/// The fund's book (sổ quỹ khuyến học) of a period: the opening balance, each receipt and payment in date order with the running balance, the closing balance.

import Store
import VietText

/// One line of the fund's book.
public struct FundBookRow: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// A donation.
        case receipt
        /// Awards of one branch on one day (one voucher), paid from the fund.
        case awards
        case expense
    }

    public var date: CalendarDate
    public var voucher: String?
    /// `Nhận ủng hộ của …`, `Chi khen thưởng chi hội … (12 lượt)`, an expense's purpose and payee.
    public var description: String
    public var kind: Kind
    /// Whole đồng; one of the two is 0.
    public var amountIn: Int
    public var amountOut: Int
    /// The balance after this line.
    public var balance: Int
}

/// The fund's book of a period: always the whole ward's (the association keeps one fund).
/// Receipts are the donations; payments are the awards' money (grouped per branch, day and
/// voucher, as a prize-giving is paid) and the expenses. On one day, receipts come before
/// payments, then by voucher. The figures of a school year equal `hoctap report --year`'s
/// `fund` (opening, donations, out, closing).
public struct FundBook: Sendable {
    public var letterhead: Letterhead?
    public var period: PaperPeriod
    public var opening: Int
    public var rows: [FundBookRow]
    public var totalIn: Int
    public var totalOut: Int
    public var closing: Int
    /// Người lập biểu, thủ quỹ, chủ tịch hội, as far as the store names them.
    public var signers: [SignatureBlock]
    /// The day the book is signed.
    public var issued: CalendarDate

    public init(_ s: StoreSnapshot, period: PaperPeriod, issued: CalendarDate) {
        self.period = period
        self.issued = issued
        letterhead = PaperHeading.letterhead(.association, in: s)
        let body = letterhead?.bodyId
        signers = [SignerRole.preparer, .treasurer, .head].compactMap { PaperHeading.signer($0, body: body, on: issued, in: s) }
        let start = period.firstDay ?? CalendarDate(year: 1, month: 1, day: 1)!
        opening = Self.balance(before: start, in: s)
        let branchNames = Dictionary(s.branches.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var lines: [(order: Int, row: FundBookRow)] = []
        for d in s.donations where period.contains(d.date) {
            let what = "Nhận ủng hộ của \(d.donor)" + (d.purpose.map { " (\($0))" } ?? "")
            lines.append((0, FundBookRow(date: d.date, voucher: d.voucher, description: what, kind: .receipt,
                                         amountIn: d.amount, amountOut: 0, balance: 0)))
        }
        for g in Self.prizeGivings(s.awards.lazy.filter { period.contains($0.date) }) {
            let name = branchNames[g.branch] ?? g.branch
            lines.append((1, FundBookRow(date: g.date, voucher: g.voucher,
                                         description: "Chi khen thưởng \(name) (\(VietFormat.integer(g.count)) lượt)",
                                         kind: .awards, amountIn: 0, amountOut: g.amount, balance: 0)))
        }
        for e in s.expenses where period.contains(e.date) {
            lines.append((1, FundBookRow(date: e.date, voucher: e.voucher, description: "\(e.purpose) – \(e.payee)",
                                         kind: .expense, amountIn: 0, amountOut: e.amount, balance: 0)))
        }
        lines.sort { a, b in
            if a.row.date != b.row.date { return a.row.date < b.row.date }
            if a.order != b.order { return a.order < b.order }
            return (a.row.voucher ?? "") < (b.row.voucher ?? "")
        }
        var balance = opening
        rows = lines.map { line in
            var row = line.row
            balance += row.amountIn - row.amountOut
            row.balance = balance
            return row
        }
        totalIn = rows.reduce(0) { $0 + $1.amountIn }
        totalOut = rows.reduce(0) { $0 + $1.amountOut }
        closing = opening + totalIn - totalOut
    }

    /// The balance at the start of `day`: the last opening recorded on or before it (`FundYear`),
    /// plus the receipts and less the payments from that opening's first day; 0 and everything
    /// before `day` when none is recorded. (`FundLedger` gives the same at a month's first day.)
    public static func balance(before day: CalendarDate, in s: StoreSnapshot) -> Int {
        let anchor = s.fundYears.filter { $0.period.firstDay <= day }.max { $0.period.firstDay < $1.period.firstDay }
        let from = anchor?.period.firstDay
        func counts(_ d: CalendarDate) -> Bool { d < day && (from.map { $0 <= d } ?? true) }
        var balance = anchor?.opening ?? 0
        for d in s.donations where counts(d.date) { balance += d.amount }
        for a in s.awards where counts(a.date) { balance -= a.amount ?? 0 }
        for e in s.expenses where counts(e.date) { balance -= e.amount }
        return balance
    }

    /// Awards with money, one group per day, branch and voucher, in the order first met.
    static func prizeGivings<S: Sequence>(_ awards: S) -> [(date: CalendarDate, branch: String, voucher: String?, count: Int, amount: Int)]
    where S.Element == Award {
        var order: [String] = []
        var groups: [String: (date: CalendarDate, branch: String, voucher: String?, count: Int, amount: Int)] = [:]
        for a in awards {
            guard let amount = a.amount, amount > 0 else { continue }
            let voucher = a.paper.voucher
            let key = "\(a.date)|\(a.branch)|\(voucher ?? "")"
            if groups[key] == nil {
                order.append(key)
                groups[key] = (a.date, a.branch, voucher, 0, 0)
            }
            groups[key]?.count += 1
            groups[key]?.amount += amount
        }
        return order.compactMap { groups[$0] }
    }
}
