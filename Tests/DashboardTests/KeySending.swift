// What the form tests share: an app on a pane, text as keys, keys sent with the effects they ask for.

@testable import Dashboard
import Canvas
import XCTest

extension XCTestCase {
    func typed(_ text: String) -> [Key] { text.map { Key.character($0) } }

    func app(_ pane: Pane, canWrite: Bool = true) -> AppState {
        AppState(pane: pane, storeLabel: "test", canWrite: canWrite)
    }

    /// Sends `keys` to the app; returns the effects asked for.
    @discardableResult
    func send(_ keys: [Key], _ state: inout AppState, _ data: DashboardData) -> [Effect] {
        keys.compactMap { state.handle($0, data: data) }
    }
}
