// The ceremony's panes — overview and indicators — at every size, at the clerk's desk and on the
// projector, in the default and projector themes.

import Canvas
@testable import Dashboard
import Foundation
import Store
@testable import StoreDemo
import XCTest

final class PresentationSnapshotTests: XCTestCase {
    private static let themesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes")

    private func projector() throws -> Theme {
        let text = try String(contentsOf: Self.themesFolder.appendingPathComponent("projector.theme"), encoding: .utf8)
        let (theme, problems) = ThemeParser.parse(text: text, name: "projector", file: "projector.theme")
        XCTAssertEqual(problems, [])
        return theme
    }

    private func demo() throws -> DashboardData {
        let dir = try XCTUnwrap(StoreLoader.demoDirectory(), "the demo store is not in the resources")
        return DashboardData(try StoreLoader.load(directory: dir))
    }

    func testOverviewAndIndicatorsInBothModesAndTwoThemes() throws {
        let data = try demo()
        let themes = [("default", Theme.builtinDefault), ("projector", try projector())]
        let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60), Size(width: 50, height: 14)]
        for pane in [Pane.overview, .indicators] {
            for presenting in [false, true] {
                for (themeName, theme) in themes {
                    for size in sizes {
                        var state = AppState(pane: pane, themeName: themeName, storeLabel: "Dữ liệu mẫu, người và số tiền là giả định (chỉ xem)")
                        state.presentation = PresentationState(isOn: presenting, isViewer: presenting)
                        let frame = Screen.render(state: state, data: data, theme: theme, size: size)
                        let mode = presenting ? "present" : "clerk"
                        assertSnapshot(frame, theme: theme, named: "\(pane.commandName)-\(mode)-\(themeName)-\(size.width)x\(size.height)")
                    }
                }
            }
        }
    }
}
