/// The status line's error badge: a file's place and the key that lists the problems, or the words of a problem of no file
/// (the store folder gone); projected, a neutral sentence.

import Canvas
@testable import Dashboard
@testable import Store
import VietText
import XCTest
@testable import Recfile

final class StatusBadgeTests: XCTestCase {
    private let ctx = RenderContext(theme: .builtinDefault, language: .en, ascii: false)

    func testAFileProblemIsNamedByItsPlaceWithTheKeyThatListsIt() {
        let problem = StoreProblem(file: "/srv/store/awards.rec", line: 57, severity: .error, message: "bad date")
        XCTAssertEqual(StatusLine.badges(state: AppState(), problems: [problem], ctx),
                       [StatusLine.Badge(text: " \(ctx.warningSign) awards.rec:57, ! view ", short: " \(ctx.warningSign) awards.rec:57 ")])
        let vi = RenderContext(theme: .builtinDefault, language: .vi, ascii: false)
        XCTAssertEqual(StatusLine.badges(state: AppState(), problems: [problem, problem], vi).first?.text,
                       " \(ctx.warningSign) awards.rec:57 (2 lỗi), ! xem ")
    }

    func testAProblemOfNoFileIsSaidInItsOwnWords() {
        let gone = LiveStore.problem(StoreError.folderNotFound(path: "/srv/store"), directory: "/srv/store")
        XCTAssertEqual(StatusLine.badges(state: AppState(), problems: [gone], ctx).first?.short,
                       " \(ctx.warningSign) \(gone.message) ")
        let vi = RenderContext(theme: .builtinDefault, language: .vi, ascii: false)
        XCTAssertTrue(StatusLine.badges(state: AppState(), problems: [gone], vi).first?.short
            .hasPrefix(" \(ctx.warningSign) thư mục kho đã biến mất (bị xoá hoặc đổi tên): /srv/store") == true)
    }

    func testProjectedTheBadgeIsNeutral() {
        let problem = StoreProblem(file: "/srv/store/learners.rec", line: 12, severity: .error, field: "Phone",
                                   message: "expected digits, got \"0912 abc\"")
        for (language, words) in [(Language.vi, "Dữ liệu đang được cập nhật"), (.en, "Data is being updated")] {
            let projected = RenderContext(theme: .builtinDefault, language: language, ascii: false, presenting: true)
            XCTAssertEqual(StatusLine.badges(state: AppState(), problems: [problem], projected),
                           [StatusLine.Badge(text: " \(words) ", short: " \(words) ")])
        }
    }
}
