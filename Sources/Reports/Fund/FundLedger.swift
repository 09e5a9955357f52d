/// The fund's years and expenses, and the balance carried to the first day of a month, from the awards index's monthly sums.

import Store

/// What the fund's book adds to the awards index: the opening balances the store records and
/// the spending other than awards. The balance on the first day of a month is the last
/// recorded opening on or before it, plus what came in and went out since (donations in, award
/// amounts and expenses out), the donations and awards read off the index's month-by-month sums
/// (no second pass over the awards). With no opening recorded before it, the fund starts at 0.
public struct FundLedger: Sendable {
    /// The recorded years, earliest first.
    public let years: [FundYear]
    /// Expenses' amounts per school year of their date.
    private let expensesByYear: [SchoolYear: Int]
    /// Expenses' (date, amount), in date order.
    private let expenses: [(date: CalendarDate, amount: Int)]

    init(_ snapshot: StoreSnapshot) {
        years = snapshot.fundYears.sorted { $0.period.firstDay < $1.period.firstDay }
        var byYear: [SchoolYear: Int] = [:]
        for e in snapshot.expenses { byYear[SchoolYear(containing: e.date), default: 0] += e.amount }
        expensesByYear = byYear
        expenses = snapshot.expenses.map { ($0.date, $0.amount) }.sorted { $0.date < $1.date }
    }

    /// The expenses of `year`, or of every year.
    public func expenses(_ year: SchoolYear?) -> Int {
        guard let year else { return expensesByYear.values.reduce(0, +) }
        return expensesByYear[year] ?? 0
    }

    /// The balance at the start of `day`, which must be the first of a month (a school year's
    /// or a calendar year's first day), counting the awards' and donations' monthly sums of `awards`.
    public func balance(atStartOf day: CalendarDate, awards: AwardsIndex) -> Int {
        let anchor = years.last { $0.period.firstDay <= day }
        var balance = anchor?.opening ?? 0
        let from = anchor?.period.firstDay
        for year in awards.years {
            let tally = awards.tally(year)
            for slot in 0..<12 {
                guard let first = Self.firstDay(of: slot, in: year), first < day, from.map({ $0 <= first }) ?? true else { continue }
                balance += tally.monthlyIncome[slot] - tally.monthlySpending[slot]
            }
        }
        for e in expenses where e.date < day && (from.map { $0 <= e.date } ?? true) { balance -= e.amount }
        return balance
    }

    /// The balance a report of `year` opens with: at the school year's first day; with no year,
    /// the earliest recorded opening (0 when none).
    public func opening(_ year: SchoolYear?, awards: AwardsIndex) -> Int {
        guard let year else { return years.first?.opening ?? 0 }
        guard let first = year.firstDay else { return 0 }
        return balance(atStartOf: first, awards: awards)
    }

    /// The first day of month `slot` (September 0 … August 11) of `year`.
    static func firstDay(of slot: Int, in year: SchoolYear) -> CalendarDate? {
        let month = (slot + 8) % 12 + 1
        return CalendarDate(year: year.startYear + (month < 9 ? 1 : 0), month: month, day: 1)
    }
}
