/// A notice of work under way ("Đang in giấy tờ…") carries no mark of success; the notice of work done does.

import XCTest
import Canvas
@testable import Dashboard

final class ProgressNoticeTests: XCTestCase {
    private let size = Size(width: 120, height: 30)

    private func statusRow(_ state: AppState) -> String {
        let lines = Screen.render(state: state, snapshot: nil, theme: .builtinDefault, size: size).lines
        return lines.first { $0.contains("giấy tờ") || $0.contains("Đã in") } ?? lines.joined(separator: "\n")
    }

    func testPrintingIsShownWithoutATickAndTheFilesWrittenWithOne() {
        var state = AppState(canWrite: true)
        state.notice = PapersOutcome.printingNotice(into: "~/hoctap-giay-to", at: state.now)
        let printing = statusRow(state)
        XCTAssertTrue(printing.contains("… Đang in giấy tờ vào ~/hoctap-giay-to…"), printing)
        XCTAssertFalse(printing.contains("✓"), "a notice of work under way looks like success: \(printing)")
        XCTAssertEqual(state.notice?.tone, .progress)

        state.notice = PapersOutcome(folder: "~/hoctap-giay-to", files: ["a.docx"]).notice(at: state.now)
        let done = statusRow(state)
        XCTAssertTrue(done.contains("✓ Đã in 1 tệp vào ~/hoctap-giay-to: a.docx"), done)
    }

    func testInASCIIThePrintingNoticeHasNoPlusEither() {
        var state = AppState(canWrite: true)
        state.ascii = true
        state.notice = PapersOutcome.printingNotice(into: "~/hoctap-giay-to", at: state.now)
        let row = statusRow(state)
        XCTAssertTrue(row.contains("... Đang in giấy tờ"), row)
        XCTAssertFalse(row.contains("+ Đang in"), row)
    }
}
