// The classes pane's modes on the demo store: attendance view, search, learner card, enroll form, presentation.

import Canvas
@testable import Dashboard
import Store
@testable import StoreDemo
import XCTest

final class ClassesSnapshotTests: XCTestCase {
    private static let data: DashboardData? = {
        guard let dir = StoreLoader.demoDirectory(), let snapshot = try? StoreLoader.load(directory: dir) else { return nil }
        return DashboardData(snapshot)
    }()

    /// The frame after `keys`, on the classes pane of a writable store at the reference moment.
    private func frame(_ keys: [Key], size: Size, presenting: Bool = false, file: StaticString = #filePath, line: UInt = #line) throws -> Buffer {
        let data = try XCTUnwrap(Self.data, "the demo store is not in the resources", file: file, line: line)
        var state = AppState(pane: .classes, storeLabel: "/srv/hoctap", canWrite: true)
        for key in keys { state.handle(key, data: data) }
        if presenting { state.presentation.isOn = true }
        return Screen.render(state: state, data: data, theme: .builtinDefault, size: size)
    }

    func testAttendanceView() throws {
        let f = try frame([.down, .down, .enter, .down], size: Size(width: 80, height: 24))
        assertSnapshot(f, theme: .builtinDefault, named: "classes-attendance-80x24")
        XCTAssertTrue(f.text.contains("có mặt"), f.text)
    }

    func testAttendanceViewWide() throws {
        assertSnapshot(try frame([.down, .down, .enter], size: Size(width: 200, height: 60)), theme: .builtinDefault,
                       named: "classes-attendance-200x60")
    }

    func testSearchWithoutAccents() throws {
        let f = try frame([.character("/")] + typed("nguyen hien"), size: Size(width: 80, height: 24))
        assertSnapshot(f, theme: .builtinDefault, named: "classes-search-80x24")
    }

    func testLearnerCard() throws {
        let f = try frame([.enter, .down, .enter], size: Size(width: 120, height: 40))
        assertSnapshot(f, theme: .builtinDefault, named: "classes-card-120x40")
    }

    func testEnrollForm() throws {
        let f = try frame([.character("a")] + typed("hien"), size: Size(width: 80, height: 24))
        assertSnapshot(f, theme: .builtinDefault, named: "classes-form-80x24")
        // At 120×40 the form's instructions are read whole.
        let wide = try frame([.character("a")] + typed("hien"), size: Size(width: 120, height: 40))
        assertSnapshot(wide, theme: .builtinDefault, named: "classes-form-120x40")
        XCTAssertTrue(wide.text.contains("hoặc chọn người có sẵn"), wide.text)
    }

    /// On the projector: the classes and their rates; no roster, no card, no one's attendance.
    func testPresentationShowsClassesAndRatesNeverAPerson() throws {
        let f = try frame([.enter, .down, .enter], size: Size(width: 120, height: 40), presenting: true)
        assertSnapshot(f, theme: .builtinDefault, named: "classes-presenting-120x40")
        let data = try XCTUnwrap(Self.data)
        XCTAssertTrue(f.text.contains("77%"), "the rates are shown")
        for learner in data.snapshot.learners {
            XCTAssertFalse(f.text.contains(learner.name), "a learner on the projected screen: \(learner.name)")
            if let phone = learner.phone { XCTAssertFalse(f.text.contains(phone), "a phone number on the projected screen") }
        }
        XCTAssertFalse(f.text.contains("Năm sinh"))
    }
}
