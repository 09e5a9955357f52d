/// The status line's error badge: a file's place, or the words of a problem of no file (the store folder gone).

import Canvas
@testable import Dashboard
import Store
import XCTest
@testable import Recfile

final class StatusBadgeTests: XCTestCase {
    private let ctx = RenderContext(theme: .builtinDefault, language: .en, ascii: false)

    func testAFileProblemIsNamedByItsPlace() {
        let problem = StoreProblem(file: "/srv/store/awards.rec", line: 57, severity: .error, message: "bad date")
        XCTAssertEqual(StatusLine.badges(state: AppState(), problems: [problem], ctx), [" \(ctx.warningSign) awards.rec:57 "])
    }

    func testAProblemOfNoFileIsSaidInItsOwnWords() {
        let gone = StoreProblem(file: "", line: 0, severity: .error, message: "store folder gone (deleted or renamed): /srv/store")
        XCTAssertEqual(gone.description, "store folder gone (deleted or renamed): /srv/store")
        XCTAssertEqual(StatusLine.badges(state: AppState(), problems: [gone], ctx),
                       [" \(ctx.warningSign) store folder gone (deleted or renamed): /srv/store "])
    }
}
