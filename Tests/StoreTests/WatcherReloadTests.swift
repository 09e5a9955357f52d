// Reloading a changed store: a half-written last line waits, a bad edit keeps the last good model.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class WatcherReloadTests: XCTestCase {
    func testAHalfWrittenLastLineIsPendingNotAnError() throws {
        let folder = try StoreFixture.folder(self)
        let before = try StoreLoader.reload(directory: folder)
        XCTAssertEqual(before.errors, [])
        try append("\nId: HV9\nName: Lê Văn Tám\nBirthDate: 2001-0", to: "learners.rec", in: folder)
        XCTAssertFalse(try StoreLoader.load(directory: folder).errors.isEmpty, "the plain load should see the cut date")
        let during = try StoreLoader.reload(directory: folder)
        XCTAssertEqual(during.errors, [], "a line without its newline flashed an error")
        try append("2-03\n", to: "learners.rec", in: folder)
        let after = try StoreLoader.reload(directory: folder)
        XCTAssertEqual(after.errors, [])
        XCTAssertEqual(after.learners.count, before.learners.count + 1)
        XCTAssertEqual(after.learners.last?.name, "Lê Văn Tám")
    }

    func testAFinishedLastLineWithoutNewlineIsKeptWithAWarning() throws {
        let folder = try StoreFixture.folder(self)
        let before = try StoreLoader.reload(directory: folder)
        try append("\nId: HV9\nName: Lê Văn Tám", to: "learners.rec", in: folder)
        let after = try StoreLoader.reload(directory: folder)
        XCTAssertEqual(after.errors, [])
        XCTAssertEqual(after.learners.count, before.learners.count + 1)
        XCTAssertTrue(after.warnings.contains { $0.kind == .noFinalNewline })
    }

    func testABadEditKeepsTheLastGoodModelAndShowsTheNewProblems() throws {
        let good = StoreFixture.snapshot()
        var live = LiveSnapshot(good)
        let title = try XCTUnwrap(good.campaign?.title)

        let renamed = StoreFixture.snapshot(["campaign.rec": [(title, "Tuần lễ mới")]])
        live.accept(renamed)
        XCTAssertEqual(live.shown.campaign?.title, "Tuần lễ mới")
        XCTAssertFalse(live.isHoldingBack)

        let broken = StoreFixture.snapshot(["campaign.rec": [("WeekStart: 2022-10-01", "WeekStart: 2022-13-45")]])
        XCTAssertGreaterThan(broken.errors.count, 0)
        live.accept(broken)
        XCTAssertEqual(live.shown.campaign?.title, "Tuần lễ mới", "the last good model was dropped")
        XCTAssertEqual(live.shown.problems, broken.problems)
        XCTAssertTrue(live.shown.errors.contains { $0.file.hasSuffix("campaign.rec") })
        XCTAssertTrue(live.isHoldingBack)

        live.accept(good)
        XCTAssertEqual(live.shown.campaign?.title, title)
        XCTAssertEqual(live.shown.errors, [])
        XCTAssertFalse(live.isHoldingBack)
    }
}
