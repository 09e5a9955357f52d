// Presentation mode: rotation and its pause, F5, the viewer that cannot leave it, and privacy.

import Canvas
@testable import Dashboard
import Store
@testable import StoreDemo
import XCTest
@testable import Recfile

final class PresentationTests: XCTestCase {
    func testPanesRotateOnTheClockAndSpacePausesThem() {
        var state = AppState(presentation: PresentationState(isOn: true, rotateSeconds: 15))
        let start = state.now
        _ = state.tick(to: start)
        XCTAssertFalse(state.tick(to: start.adding(seconds: 0)))
        XCTAssertTrue(state.tick(to: start.adding(seconds: 5)), "the countdown's second changed")
        XCTAssertEqual(state.presentation.secondsLeft(at: state.now), 10)
        _ = state.tick(to: start.adding(seconds: 15))
        XCTAssertEqual(state.pane, .classes)
        state.handle(.character(" "))
        XCTAssertTrue(state.presentation.paused)
        _ = state.tick(to: start.adding(seconds: 60))
        XCTAssertEqual(state.pane, .classes, "paused: no rotation")
        state.handle(.character(" "))
        _ = state.tick(to: start.adding(seconds: 74))
        XCTAssertEqual(state.pane, .classes, "resuming starts a fresh period")
        _ = state.tick(to: start.adding(seconds: 75))
        XCTAssertEqual(state.pane, .awards)
    }

    /// A stray `q` (or Caps-Lock `Q`) on the projector's keyboard ends nothing: a second press
    /// within five seconds quits, any other key forgets the first.
    func testQuittingWhilePresentingTakesASecondPress() {
        var state = AppState(presentation: PresentationState(isOn: true, rotateSeconds: 0))
        XCTAssertNil(state.handle(.character("q")))
        XCTAssertEqual(state.notice?.text, "Nhấn q lần nữa để thoát")
        let bar = Screen.render(state: state, data: DashboardData(StoreSnapshot(directory: "")), theme: .builtinDefault,
                                size: Size(width: 80, height: 24)).text
        XCTAssertTrue(bar.contains("Nhấn q lần nữa để thoát"), bar)
        XCTAssertEqual(state.handle(.character("Q")), .quit)

        var other = AppState(presentation: PresentationState(isOn: true, rotateSeconds: 0))
        other.handle(.character("q"))
        other.handle(.right)
        XCTAssertNil(other.handle(.character("q")), "another key in between: asked again")
        other.now = other.now.adding(seconds: 6)
        XCTAssertNil(other.handle(.character("q")), "too late: asked again")
        XCTAssertEqual(other.handle(.character("q")), .quit)

        var clerk = AppState()
        XCTAssertEqual(clerk.handle(.character("q")), .quit, "the clerk's own screen quits at once")
    }

    func testRotationZeroIsOffAndArrowsStillChangePanes() {
        var state = AppState(presentation: PresentationState(isOn: true, rotateSeconds: 0))
        _ = state.tick(to: state.now.adding(seconds: 3600))
        XCTAssertEqual(state.pane, .overview)
        state.handle(.right)
        XCTAssertEqual(state.pane, .classes)
    }

    func testF5TogglesTheModeForTheClerkButNotForAViewer() {
        var clerk = AppState(canWrite: true)
        XCTAssertTrue(clerk.mayEdit)
        clerk.handle(.function(5))
        XCTAssertTrue(clerk.presentation.isOn)
        XCTAssertFalse(clerk.mayEdit, "no forms while projected")
        clerk.handle(.function(5))
        XCTAssertFalse(clerk.presentation.isOn)
        var viewer = AppState(presentation: PresentationState(isOn: true, isViewer: true))
        viewer.handle(.function(5))
        XCTAssertTrue(viewer.presentation.isOn)
    }

    func testPresentationHasNoHintBarAndSaysWhenTheDataChanged() {
        var state = AppState(presentation: PresentationState(isOn: true, margin: 1))
        state.dataChangedAt = Moment(date: state.now.date, hour: 8, minute: 15, second: 32)
        let frame = Screen.render(state: state, snapshot: nil, theme: .builtinDefault, size: Size(width: 100, height: 30))
        XCTAssertTrue(frame.text.contains("cập nhật lúc 08:15:32"))
        XCTAssertFalse(frame.text.contains("Thoát"), "no hint bar")
        XCTAssertEqual(frame.line(0).trimmingCharacters(in: .whitespaces), "", "the margin row is blank")
        XCTAssertTrue(frame.line(1).hasPrefix(" "), "and so is the margin column")
    }

    func testAStoreErrorIsANeutralBadgeWithoutFileOrLineWhileTheDataStays() {
        var snapshot = StoreSnapshot(directory: "", campaign: Campaign(
            id: "C1", title: "Tuần lễ học tập", ward: "Phường A", center: "TT", schoolYear: "2022-2023",
            weekStart: CalendarDate(year: 2022, month: 10, day: 1)!, weekEnd: CalendarDate(year: 2022, month: 10, day: 7)!))
        snapshot.problems = [StoreProblem(file: "awards.rec", line: 42, severity: .error, message: "bad date")]
        let state = AppState(presentation: PresentationState(isOn: true))
        let text = Screen.render(state: state, snapshot: snapshot, theme: .builtinDefault, size: Size(width: 120, height: 40)).text
        XCTAssertTrue(text.contains("Dữ liệu đang được cập nhật"), text)
        XCTAssertFalse(text.contains("awards.rec"), "the hall sees no file name")
        XCTAssertFalse(text.contains(":42"), "nor a line")
        XCTAssertTrue(text.contains("Tuần lễ học tập"))
        let off = Screen.render(state: AppState(), snapshot: snapshot, theme: .builtinDefault, size: Size(width: 120, height: 40)).text
        XCTAssertTrue(off.contains("awards.rec:42, ! xem"), "the clerk's own screen names the place and the key")
    }

    /// Every learner has a phone number and a birth date; no pane, at any size, in presentation
    /// mode, may show either (nor the birth year).
    func testNoPaneEverShowsAPrivateFieldWhenProjected() throws {
        let dir = try XCTUnwrap(StoreLoader.demoDirectory())
        var snapshot = try StoreLoader.load(directory: dir)
        var secrets: [String] = []
        for i in snapshot.learners.indices {
            let phone = "09" + String(format: "%08d", 13_579_000 + i)
            snapshot.learners[i].phone = phone
            snapshot.learners[i].birthDate = CalendarDate(year: 1931 + i % 50, month: 1 + i % 12, day: 1 + i % 28)
            snapshot.learners[i].birthYear = 1931 + i % 50
            secrets.append(phone)
        }
        let dates = snapshot.learners.compactMap(\.birthDate)
        let data = DashboardData(snapshot)
        for pane in Pane.allCases {
            for size in [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)] {
                var state = AppState(pane: pane, presentation: PresentationState(isOn: true))
                // Whatever the clerk had open stays closed to the hall: try the pane's keys first.
                for key: Key in [.down, .down, .enter] { state.presentation.isOn = false; _ = state.handle(key, data: data); state.presentation.isOn = true }
                let text = Screen.render(state: state, data: data, theme: .builtinDefault, size: size).text
                for phone in secrets where text.contains(phone) { XCTFail("\(pane) at \(size.width)x\(size.height) shows the phone \(phone)") }
                for d in dates {
                    for shown in [VietFormatProbe.vi(d), d.description] where text.contains(shown) {
                        XCTFail("\(pane) at \(size.width)x\(size.height) shows the birth date \(shown)")
                    }
                }
            }
        }
    }
}

/// The ways a date can be written on screen.
enum VietFormatProbe {
    static func vi(_ d: CalendarDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(d.day))/\(two(d.month))/\(d.year)"
    }
}

final class MomentTests: XCTestCase {
    func testAddingSecondsCrossesMidnightBothWays() throws {
        let m = Moment(date: try XCTUnwrap(CalendarDate(year: 2022, month: 12, day: 31)), hour: 23, minute: 59, second: 50)
        let later = m.adding(seconds: 15)
        XCTAssertEqual(later.date.description, "2023-01-01")
        XCTAssertEqual(later.clockText, "00:00:05")
        XCTAssertEqual(later.adding(seconds: -15), m)
        XCTAssertEqual(later.absoluteSeconds - m.absoluteSeconds, 15)
    }
}
