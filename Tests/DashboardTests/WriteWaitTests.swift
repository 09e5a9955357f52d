/// A write that finds the store's lock taken waits without freezing the screen: the status line says so, the loop retries, then gives up in Vietnamese.

import XCTest
import Canvas
@testable import Dashboard
import Store

final class WriteWaitTests: XCTestCase {
    func testTheLoopRetriesUntilTenSecondsHavePassedThenRefuses() {
        let wait = WriteWait(others: 3, startedAt: 50_000)
        XCTAssertEqual(wait.next(at: 50_000, language: .vi), .retry(inMilliseconds: 100))
        XCTAssertEqual(wait.next(at: 59_950, language: .vi), .retry(inMilliseconds: 50), "never past the deadline")
        guard case .giveUp(.refused(let problems)) = wait.next(at: 60_000, language: .vi) else {
            return XCTFail("still waiting after 10 s")
        }
        XCTAssertEqual(problems, ["Kho đang bận: đã chờ 10 giây mà 3 chương trình khác vẫn đang ghi; chưa ghi gì. "
                                  + "Hãy thử lại, hoặc đóng chương trình đang ghi vào kho này."])
        guard case .giveUp(.refused(let english)) = wait.next(at: 70_000, language: .en) else { return XCTFail() }
        XCTAssertTrue(english[0].contains("3 other programs are still writing"), english[0])
    }

    func testAtLeastTheHolderIsCounted() {
        XCTAssertEqual(WriteWait(others: 0, startedAt: 0).others, 1)
    }

    func testAPendingWriteShowsTheWaitingLineOnTheStatusLine() {
        var state = AppState(canWrite: true)
        let size = Size(width: 120, height: 30)
        let calm = Screen.render(state: state, snapshot: nil, theme: .builtinDefault, size: size).text
        XCTAssertFalse(calm.contains("Đang chờ ghi"))
        state.writeWait = WriteWait(others: 2, startedAt: 0)
        let lines = Screen.render(state: state, snapshot: nil, theme: .builtinDefault, size: size).lines
        XCTAssertEqual(lines.filter { $0.contains("Đang chờ ghi… (2 chương trình khác đang ghi)") }.count, 1, lines.joined(separator: "\n"))
        state.notice = Notice("Đã ghi", tone: .good, at: state.now)
        let over = Screen.render(state: state, snapshot: nil, theme: .builtinDefault, size: size).text
        XCTAssertTrue(over.contains("Đang chờ ghi") && !over.contains("Đã ghi"), "the wait goes before an older notice")
        state.language = .en
        XCTAssertTrue(Screen.render(state: state, snapshot: nil, theme: .builtinDefault, size: size).text
            .contains("Waiting to write… (2 other programs are writing)"))
    }
}
