/// The one tally brought up to date with appended records, counting those records alone.

import Store

extension StoreReport {
    /// Counts the records of `append` (added at the end of `snapshot`'s awards, donations,
    /// enrollments, attendance and ceremony log; every other record as this report counted it),
    /// so that the report equals `StoreReport(snapshot, …)` for the cost of the new records. False,
    /// the report untouched, when an award or donation falls in a school year the report has no
    /// tally for: build it again from the snapshot then. A report of the figures alone stays one.
    public mutating func add(_ append: StoreAppend, of snapshot: StoreSnapshot) -> Bool {
        guard awards.add(awards: append.awards, donations: append.donations, of: snapshot) else { return false }
        records.add(append, of: snapshot)
        return true
    }
}

extension StoreReport {
    /// Counts the attendance mark `mark` out, as `StoreReport(snapshot, …)` counts a snapshot
    /// without it: marks weigh in the records per year alone.
    public mutating func remove(_ mark: Attendance) {
        records.remove(mark)
    }
}
