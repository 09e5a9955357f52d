/// How many records of one set fall in each school year, and how many bear no date.

import Store

/// Records of one set counted by the school year of their date. A record without a date counts in
/// every year, as the report has always counted it.
struct DatedCount: Sendable {
    private var byYear: [SchoolYear: Int] = [:]
    private var undated = 0
    private var lastYear: SchoolYear?
    private var lastCount = 0

    /// Counts one record dated `date` (nil: undated). Records of one year usually come together,
    /// so the year's count is kept aside until the year changes.
    private mutating func add(_ date: CalendarDate?) {
        guard let date else { undated += 1; return }
        let year = SchoolYear(containing: date)
        if year != lastYear {
            settle()
            lastYear = year
        }
        lastCount += 1
    }

    /// The records of `year`, undated ones included; with no year, all of them.
    func count(_ year: SchoolYear?) -> Int {
        guard let year else { return byYear.values.reduce(undated, +) + lastCount }
        return (byYear[year] ?? 0) + (lastYear == year ? lastCount : 0) + undated
    }

    /// Counts every date in `dates`.
    static func of<S: Sequence>(_ dates: S) -> DatedCount where S.Element == CalendarDate? {
        var c = DatedCount()
        for d in dates { c.add(d) }
        c.settle()
        return c
    }

    /// Counts every date in `dates` on top of those counted.
    mutating func add<S: Sequence>(contentsOf dates: S) where S.Element == CalendarDate? {
        for d in dates { add(d) }
        settle()
    }

    /// Counts one record dated `date` fewer (a record taken out).
    mutating func remove(_ date: CalendarDate?) {
        settle()
        guard let date else { undated -= 1; return }
        byYear[SchoolYear(containing: date), default: 0] -= 1
    }

    private mutating func settle() {
        if let lastYear, lastCount > 0 { byYear[lastYear, default: 0] += lastCount }
        lastCount = 0
    }
}
