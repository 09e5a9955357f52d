// `--lang en`: the classes pane's column headers are whole at 80×24, 120×40 and 200×60, in the
// class list, the roster and the attendance view.

import Canvas
@testable import Dashboard
import XCTest

final class EnglishHeadersTests: XCTestCase {
    func testNoHeaderIsCut() {
        let data = AwardsFixtures.demoData
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)] {
            for attendance in [false, true] {
                var state = AppState(pane: .classes, language: .en)
                if attendance { state.classes.focus = .roster }
                let frame = Screen.render(state: state, data: data, theme: .builtinDefault, size: size)
                let headers = frame.lines.filter { $0.contains("Class ") || $0.contains("No. Name") }
                XCTAssertFalse(headers.isEmpty, "\(size)")
                for line in headers {
                    for cell in line.split(separator: "│") where cell.contains("Class ") || cell.contains("No. Name") {
                        XCTAssertFalse(cell.contains("…"), "\(size.width)x\(size.height) \(attendance ? "attendance" : ""): \(cell)")
                    }
                }
                for word in ["Enrolled", "Sessions"] { XCTAssertTrue(frame.text.contains(word), "\(size): \(word)") }
                if attendance { XCTAssertTrue(frame.text.contains("Present"), "\(size)") }
            }
        }
    }
}
