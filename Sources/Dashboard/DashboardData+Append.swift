/// The panes' derived data brought up to a reloaded snapshot: updated in place after an append, built whole otherwise.

import Reports
import Store

extension DashboardData {
    /// Lets go of the snapshot and keeps what was derived from it, so that a reload can grow the
    /// snapshot's arrays in place (`LiveStore`) and `update(to:append:)` can then count the new records alone.
    public mutating func releaseSnapshot() {
        snapshot = StoreSnapshot(directory: snapshot.directory)
    }

    /// Brings the data to `snapshot`. When `append` says the reload only added those records to
    /// the snapshot this data was derived from (`LiveStore.lastAppend`), the tallies, the classes
    /// index and the double-entry guard count the new records alone (those built: a part not built
    /// yet has nothing to update), and equal what `DashboardData(snapshot)` gives; otherwise, or
    /// when an appended record changes more than its own counts (an award in a school year not
    /// tallied yet, the year on screen moving, a burst of enrollments), the data is built whole,
    /// with the parts built before. True when it was updated in place.
    /// `droppedMark`: the reload only took that attendance mark out of the snapshot this data was
    /// derived from (`LiveStore.lastDroppedMark`, the roster's unmark); it is counted out alone.
    @discardableResult
    public mutating func update(to snapshot: StoreSnapshot, append: StoreAppend?, droppedMark: Attendance? = nil) -> Bool {
        if let append, add(append, of: snapshot) { return true }
        if let droppedMark, drop(droppedMark, of: snapshot) { return true }
        // Drop the old data first, so that the two are never in memory together; build again the parts built before.
        let parts = built
        self = DashboardData(StoreSnapshot(directory: snapshot.directory), building: [])
        self = DashboardData(snapshot, building: parts)
        return false
    }

    /// Counts the records of `append` into every derived value; false when the data must be built
    /// whole (some values may then be half updated).
    private mutating func add(_ append: StoreAppend, of snapshot: StoreSnapshot) -> Bool {
        // Without a campaign the year shown is the latest award's: a later one moves the screen.
        if snapshot.campaign == nil, let latest = snapshot.awards[append.awards].lazy.map(\.date).max() {
            guard let schoolYear, SchoolYear(containing: latest) <= schoolYear else { return false }
        }
        guard report.add(append, of: snapshot) else { return false }
        if builtClasses != nil {
            guard builtClasses?.add(append, of: snapshot) == true else { return false }
        }
        tallies = report.tallies(schoolYear)
        previousTallies = schoolYear.map { report.tallies(SchoolYear(startYear: $0.startYear - 1)) }
        builtGuard?.add(append.awards, of: snapshot.awards)
        // The ticker reads the last awards and enrollments alone (and the names of their learners and classes).
        if !append.enrollments.isEmpty {
            latest = append.enrollments.upperBound == snapshot.enrollments.count
                ? TickerEntry.latest(snapshot, appended: append.enrollments, after: latest)
                : TickerEntry.latest(snapshot)
        } else if !append.awards.isEmpty {
            latest = TickerEntry.latest(snapshot, enrollmentsOf: latest)
        }
        agenda = AgendaProgress(snapshot)
        self.snapshot = snapshot
        return true
    }

    /// Counts the mark out of every derived value; false when the data must be built whole.
    private mutating func drop(_ mark: Attendance, of snapshot: StoreSnapshot) -> Bool {
        if builtClasses != nil {
            guard builtClasses?.remove(mark) == true else { return false }
        }
        report.remove(mark)
        tallies = report.tallies(schoolYear)
        previousTallies = schoolYear.map { report.tallies(SchoolYear(startYear: $0.startYear - 1)) }
        self.snapshot = snapshot
        return true
    }
}
