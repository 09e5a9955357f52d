// The stores the awards tests read: the shipped demo, and a small one of two school years.

import Canvas
@testable import Dashboard
import Foundation
import Store
@testable import StoreDemo
import XCTest
@testable import Recfile
import StoreFixtures

enum AwardsFixtures {
    /// The shipped demo store, loaded once.
    static let demo: StoreSnapshot = {
        guard let dir = StoreLoader.demoDirectory(), let s = try? StoreLoader.load(directory: dir) else {
            return StoreSnapshot(directory: "")
        }
        return s
    }()

    static var demoData: DashboardData { DashboardData(demo) }

    static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    /// Two branches, awards in 2021-2022 and 2022-2023, a campaign of 2022-2023, donations and titles.
    static var twoYears: StoreSnapshot { TwoYears.twoYears }

    /// An app state on the awards pane of a writable store.
    static func state(now: Moment = .reference) -> AppState {
        var s = AppState(pane: .awards, storeLabel: "test", canWrite: true, now: now)
        s.awards = AwardsState()
        return s
    }
}
