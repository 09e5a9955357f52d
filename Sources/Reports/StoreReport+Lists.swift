/// The awards pane's lists added to a report of the figures alone, when that pane is first shown.

import Store

extension StoreReport {
    /// Whether the report holds the lists beside the figures (`Detail.full`).
    public var hasLists: Bool { awards.lists }

    /// Adds what a report of `.figures` leaves out (each branch's awards, the latest awards, the
    /// donors, the values in use), counted again from `snapshot`, the snapshot this report counts;
    /// the report then equals `StoreReport(snapshot, schoolYear:, detail: .full)`. Nothing to do
    /// when it holds them already.
    public mutating func addLists(from snapshot: StoreSnapshot) {
        guard !awards.lists else { return }
        awards = AwardsIndex(snapshot, schoolYear: awards.defaultYear, detail: .full)
    }
}
