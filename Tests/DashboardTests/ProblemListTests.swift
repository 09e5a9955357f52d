/// The list of the store's problems over the pane: `!` opens it, ↑/↓ PgUp/PgDn move, Esc closes; never on the projector.

import Canvas
@testable import Dashboard
import Foundation
import Store
import StoreDemo
import XCTest

final class ProblemListTests: XCTestCase {
    /// The demo with a bad date, a bad amount and an unknown field in its awards file.
    private static let broken: StoreSnapshot = {
        var files = DemoStoreWriter.texts()
        var awards = files["awards.rec"] ?? ""
        for (old, new) in [("Date: 2022-10-06", "Date: 2022-13-45"), ("Amount: 500000", "Amount: 1,5 triệu"),
                           ("Amount: 200000", "Amount: 200000\nGhiChu: x")] {
            if let range = awards.range(of: old) { awards.replaceSubrange(range, with: new) }
        }
        files["awards.rec"] = awards
        return StoreLoader.decode(files: files.mapValues { Array($0.utf8) })
    }()

    private var data: DashboardData { DashboardData(Self.broken) }

    func testTheBrokenDemoHasErrorsAndAWarning() {
        XCTAssertEqual(Self.broken.problems.map(\.severity), [.error, .warning, .error])
    }

    func testBangOpensEscClosesAndArrowsMoveInTheListNotThePane() {
        var state = AppState(pane: .awards, canWrite: true)
        state.handle(.character("!"), data: data)
        XCTAssertTrue(state.problemList.isOpen)
        let awardsBefore = state.awards
        state.handle(.down, data: data)
        state.handle(.down, data: data)
        state.handle(.down, data: data)
        XCTAssertEqual(state.problemList.cursor.index, 2, "stops at the last problem")
        XCTAssertEqual(state.awards, awardsBefore, "the pane beneath did not move")
        state.handle(.home, data: data)
        XCTAssertEqual(state.problemList.cursor.index, 0)
        state.handle(.pageDown, data: data)
        XCTAssertEqual(state.problemList.cursor.index, 2)
        XCTAssertEqual(state.paneHints().compactMap { $0.hintText(.vi) }, ["Chọn", "Trang", "Đóng"])
        state.handle(.escape, data: data)
        XCTAssertFalse(state.problemList.isOpen)
        state.handle(.character("!"), data: data)
        state.handle(.character("!"), data: data)
        XCTAssertFalse(state.problemList.isOpen, "! closes it too")
        XCTAssertEqual(state.handle(.character("q"), data: data), .quit)
    }

    func testTheListDoesNotOpenOnTheProjectorAndClosesWhenProjectionStarts() {
        var state = AppState(presentation: PresentationState(isOn: true))
        state.handle(.character("!"), data: data)
        XCTAssertFalse(state.problemList.isOpen, "refused while presenting")
        state = AppState()
        state.handle(.character("!"), data: data)
        state.handle(.function(5), data: data)
        XCTAssertFalse(state.problemList.isOpen, "F5 closes it")
        let frame = Screen.render(state: state, data: data, theme: .builtinDefault, size: Size(width: 120, height: 40)).text
        XCTAssertFalse(frame.contains("awards.rec"), "the hall sees no file name:\n\(frame)")
        XCTAssertTrue(frame.contains("Dữ liệu đang được cập nhật"), frame)
    }

    func testTheHelpAndTheBadgeNameTheKey() {
        let state = AppState(showingHelp: true)
        let help = Screen.render(state: state, data: data, theme: .builtinDefault, size: Size(width: 120, height: 40)).text
        XCTAssertTrue(help.contains("!              Mở / đóng danh sách lỗi trong kho dữ liệu"), help)
        let row = Screen.render(state: AppState(), data: data, theme: .builtinDefault, size: Size(width: 120, height: 40)).line(38)
        XCTAssertTrue(row.contains("⚠ awards.rec:"), row)
        XCTAssertTrue(row.contains("(2 lỗi), ! xem"), row)
    }

    func testTheListInVietnameseAndEnglish() {
        var state = AppState(pane: .awards)
        state.handle(.character("!"), data: data)
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            let frame = Screen.render(state: state, data: data, theme: .builtinDefault, size: size)
            assertSnapshot(frame, theme: .builtinDefault, named: "problems-\(size.width)x\(size.height)")
        }
        state.handle(.down, data: data)
        state.handle(.down, data: data)
        state.language = .en
        let frame = Screen.render(state: state, data: data, theme: .builtinDefault, size: Size(width: 80, height: 24))
        assertSnapshot(frame, theme: .builtinDefault, named: "problems-en-last-80x24")
    }

    func testTheNeutralBadgeOnTheProjector() {
        let state = AppState(presentation: PresentationState(isOn: true))
        let frame = Screen.render(state: state, data: data, theme: .builtinDefault, size: Size(width: 120, height: 40))
        assertSnapshot(frame, theme: .builtinDefault, named: "problems-present-120x40")
    }
}
