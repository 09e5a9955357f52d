/// Helpers for the report tests: the tallies of a snapshot in one call.

import Foundation
import Reports
import Store
import XCTest

extension Tallies {
    /// The tallies of `year` (of the whole store when nil), through the snapshot's one tally.
    init(_ snapshot: StoreSnapshot, schoolYear: SchoolYear? = nil) {
        self = StoreReport(snapshot).tallies(schoolYear)
    }
}
