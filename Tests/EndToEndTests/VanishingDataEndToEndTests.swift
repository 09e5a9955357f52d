// `hoctap check` refuses a store that lost data quietly: a stray %rec in awards.rec, a lost file, a dangling link.

import Foundation
import XCTest

final class VanishingDataEndToEndTests: XCTestCase {
    /// Runs `hoctap check` on the store; returns its exit status and output.
    private func check(_ store: URL) throws -> (Int32, String) {
        let run = try ProgramRun.hoctap(["check", "--lang", "en", "--store", store.path])
        return (run.status, run.output)
    }

    func testTheDemoStoreChecksCleanFirst() throws {
        let (status, output) = try check(try demoStoreCopy(prefix: "hoctap-vanish"))
        XCTAssertEqual(status, 0, output)
        XCTAssertTrue(output.hasSuffix(": no problems\n"), output)
    }

    func testAStraySetInTheMiddleOfAwardsFailsTheCheckAtItsLine() throws {
        let store = try demoStoreCopy(prefix: "hoctap-vanish")
        let awards = store.appendingPathComponent("awards.rec")
        var text = try String(contentsOf: awards, encoding: .utf8)
        let middle = text.index(text.startIndex, offsetBy: text.utf8.count / 2)
        let cut = try XCTUnwrap(text.range(of: "\n\nId: ", range: middle..<text.endIndex)).lowerBound
        let line = text[..<cut].filter { $0 == "\n" }.count + 3
        text.insert(contentsOf: "\n\n%rec: Foo", at: cut)
        try text.write(to: awards, atomically: true, encoding: .utf8)
        let (status, output) = try check(store)
        XCTAssertEqual(status, 1, output)
        XCTAssertTrue(output.contains("awards.rec:\(line): %rec: Foo is not a record set of the store"), output)
        XCTAssertTrue(output.contains("records are left out and not counted"), output)
        XCTAssertTrue(output.contains("%rec: Foo\n"), "the line is shown with its caret: \(output)")
    }

    func testALostBranchesFileFailsTheCheck() throws {
        let store = try demoStoreCopy(prefix: "hoctap-vanish")
        try FileManager.default.removeItem(at: store.appendingPathComponent("branches.rec"))
        let (status, output) = try check(store)
        XCTAssertEqual(status, 1, output)
        XCTAssertTrue(output.contains("branches.rec: file missing from the store folder, but"), output)
    }

    func testADanglingLinkInAFilesPlaceFailsTheCheck() throws {
        let store = try demoStoreCopy(prefix: "hoctap-vanish")
        let funds = store.appendingPathComponent("funds.rec")
        try FileManager.default.removeItem(at: funds)
        try FileManager.default.createSymbolicLink(atPath: funds.path, withDestinationPath: "/nonexistent/funds.rec")
        let (status, output) = try check(store)
        XCTAssertEqual(status, 1, output)
        XCTAssertTrue(output.contains("funds.rec: is a symbolic link to \"/nonexistent/funds.rec\", which does not exist"), output)
    }
}
