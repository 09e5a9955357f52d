/// `hoctap check` speaks Vietnamese by default and English with `--lang en`, with the same places, lines and carets.

import Foundation
import XCTest

final class CheckLanguageEndToEndTests: XCTestCase {
    /// A copy of the demo with a bad date and an unknown field in its awards file, and the date's line.
    private func brokenStore() throws -> (URL, Int) {
        let store = try demoStoreCopy(prefix: "hoctap-check-lang")
        let awards = store.appendingPathComponent("awards.rec")
        var text = try String(contentsOf: awards, encoding: .utf8)
        let date = try XCTUnwrap(text.range(of: "Date: 2022-10-06"))
        let line = text[..<date.lowerBound].filter { $0 == "\n" }.count + 1
        text.replaceSubrange(date, with: "Date: 2022-13-45\nGhiChu: x")
        try text.write(to: awards, atomically: true, encoding: .utf8)
        return (store, line)
    }

    func testCheckSpeaksVietnameseByDefault() throws {
        let (store, line) = try brokenStore()
        let run = try ProgramRun.hoctap(["check", "--store", store.path])
        XCTAssertEqual(run.status, 1, run.output)
        let lines = run.output.components(separatedBy: "\n")
        let at = try XCTUnwrap(lines.firstIndex(of: "awards.rec:\(line): Date: \"2022-13-45\" không hợp lệ, cần một ngày có thật dạng YYYY-MM-DD (vd. 2022-10-06)"), run.output)
        XCTAssertEqual(Array(lines[(at + 1)...(at + 2)]), ["    Date: 2022-13-45", "          ^~~~~~~~~~"])
        XCTAssertTrue(lines.contains("awards.rec:\(line + 1): cảnh báo: GhiChu: không phải trường của bản ghi Award (gặp 1 lần); được giữ trong tệp nhưng không được đọc"), run.output)
        XCTAssertTrue(run.output.hasSuffix(" bản ghi hợp lệ: 1 lỗi, 1 cảnh báo\n"), run.output)
        XCTAssertTrue(run.output.hasPrefix("awards.rec:"), run.output)
    }

    func testCheckSpeaksEnglishOnRequest() throws {
        let (store, line) = try brokenStore()
        let run = try ProgramRun.hoctap(["check", "--lang", "en", "--store", store.path])
        XCTAssertEqual(run.status, 1, run.output)
        XCTAssertTrue(run.output.contains("awards.rec:\(line): Date: expected a real date written YYYY-MM-DD, such as 2022-10-06, got \"2022-13-45\"\n    Date: 2022-13-45\n          ^~~~~~~~~~\n"), run.output)
        XCTAssertTrue(run.output.contains("awards.rec:\(line + 1): warning: GhiChu: not a field of Award records"), run.output)
        XCTAssertTrue(run.output.hasSuffix(" valid records: 1 error, 1 warning\n"), run.output)
    }

    func testACleanStoreInBothLanguages() throws {
        let store = try demoStoreCopy(prefix: "hoctap-check-lang")
        let vi = try ProgramRun.hoctap(["check", "--store", store.path])
        XCTAssertEqual(vi.status, 0, vi.output)
        XCTAssertTrue(vi.output.hasSuffix(" bản ghi hợp lệ: không có vấn đề nào\n"), vi.output)
        XCTAssertTrue(vi.output.hasPrefix("15 tệp, 12.440 bản ghi hợp lệ"), vi.output)
        let en = try ProgramRun.hoctap(["check", "--lang", "en", "--store", store.path])
        XCTAssertEqual(en.output, "15 files, 12440 valid records: no problems\n")
        let bad = try ProgramRun.hoctap(["check", "--lang", "fr", "--store", store.path])
        XCTAssertNotEqual(bad.status, 0, bad.output)
    }
}
