// The whole screen at the sizes people use, compared with frames stored beside the tests.

import Canvas
@testable import Dashboard
import Foundation
import Store
@testable import StoreDemo
import XCTest

final class ScreenSnapshotTests: XCTestCase {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60), Size(width: 30, height: 8)]

    private func demo() throws -> StoreSnapshot {
        let dir = try XCTUnwrap(StoreLoader.demoDirectory(), "the demo store is not in the resources")
        let snapshot = try StoreLoader.load(directory: dir)
        XCTAssertEqual(snapshot.problems, [], "the demo store has problems")
        return snapshot
    }

    func testEveryPaneAtEverySize() throws {
        let data = try demo()
        for pane in Pane.allCases {
            for size in Self.sizes {
                let state = AppState(pane: pane, storeLabel: "Dữ liệu mẫu, người và số tiền là giả định (chỉ xem)")
                let frame = Screen.render(state: state, snapshot: data, theme: .builtinDefault, size: size)
                assertSnapshot(frame, theme: .builtinDefault, named: "\(pane.commandName)-\(size.width)x\(size.height)")
            }
        }
    }

    func testHelpOverlay() throws {
        let state = AppState(showingHelp: true, storeLabel: "Dữ liệu mẫu, người và số tiền là giả định (chỉ xem)")
        for size in [Size(width: 80, height: 24), Size(width: 60, height: 16)] {
            let frame = Screen.render(state: state, snapshot: try demo(), theme: .builtinDefault, size: size)
            assertSnapshot(frame, theme: .builtinDefault, named: "help-\(size.width)x\(size.height)")
        }
    }

    func testEnglishOverview() throws {
        let state = AppState(language: .en, storeLabel: "Demo data (read-only)")
        let frame = Screen.render(state: state, snapshot: try demo(), theme: .builtinDefault, size: Size(width: 80, height: 24))
        assertSnapshot(frame, theme: .builtinDefault, named: "overview-en-80x24")
    }

    func testAsciiOverview() throws {
        let state = AppState(ascii: true, storeLabel: "Dữ liệu mẫu, người và số tiền là giả định (chỉ xem)")
        let frame = Screen.render(state: state, snapshot: try demo(), theme: .builtinDefault, size: Size(width: 80, height: 24))
        assertSnapshot(frame, theme: .builtinDefault, named: "overview-ascii-80x24")
    }
}
