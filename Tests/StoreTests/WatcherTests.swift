// The store watcher sees appends, editor saves, new and deleted files, and ignores lock and temp files.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

/// The checks, run through inotify (`WatcherTests`) and through polling (`WatcherPollingTests`).
/// Each subclass lists its tests itself: test discovery on Linux does not see inherited ones.
class WatcherChecks: XCTestCase {
    var forcePolling: Bool { false }

    private func makeWatcher(_ folder: String) -> StoreWatcher {
        let watcher = StoreWatcher(directory: folder, forcePolling: forcePolling)
        #if os(Linux)
        XCTAssertEqual(watcher.isPolling, forcePolling)
        XCTAssertEqual(watcher.fileDescriptor != nil, !forcePolling)
        #endif
        return watcher
    }

    func checkAnAppendIsSeenOnce() throws {
        let folder = try makeEmptyStore(self)
        let watcher = makeWatcher(folder)
        XCTAssertFalse(watcher.poll(), "nothing changed yet")
        try append("\nId: A9\n", to: "awards.rec", in: folder)
        XCTAssertTrue(waitForChange(watcher), "the append was not seen")
        XCTAssertTrue(staysQuiet(watcher, for: 0.4), "one change was reported twice")
    }

    func checkAnEditorSaveByRenameIsSeen() throws {
        let folder = try makeEmptyStore(self)
        let watcher = makeWatcher(folder)
        try renameSave(StoreSchema.fileHeader(for: "campaign.rec") + "\n# edited\n", to: "campaign.rec", in: folder)
        XCTAssertTrue(waitForChange(watcher), "the rename-save was not seen")
    }

    func checkANewFileAndADeletedFileAreSeen() throws {
        let folder = try makeEmptyStore(self)
        let watcher = makeWatcher(folder)
        try write("%rec: Extra\n", to: "extra.rec", in: folder)
        XCTAssertTrue(waitForChange(watcher), "the new file was not seen")
        XCTAssertEqual(unlink(folder + "/funds.rec"), 0)
        XCTAssertTrue(waitForChange(watcher), "the deleted file was not seen")
    }

    func checkTheLockFileAndTemporaryFilesAloneDoNotCount() throws {
        let folder = try makeEmptyStore(self)
        let watcher = makeWatcher(folder)
        try write("12345\n", to: StoreLock.fileName, in: folder)
        try write("partial", to: ".awards.rec.tmp-123-abc", in: folder)
        try append("more", to: ".awards.rec.tmp-123-abc", in: folder)
        XCTAssertEqual(unlink(folder + "/.awards.rec.tmp-123-abc"), 0)
        try write("notes\n", to: "notes.txt", in: folder)
        XCTAssertTrue(staysQuiet(watcher), "a lock, temporary or non-recfile change was reported")
    }

    func checkABurstIsReportedWithinTheLongestDelay() throws {
        let folder = try makeEmptyStore(self)
        let watcher = makeWatcher(folder)
        let start = Date()
        var seen = false
        // Keep writing every 20 ms: the burst never goes quiet, so only the longest delay ends it.
        while Date().timeIntervalSince(start) < 2, !seen {
            try append("# tick\n", to: "awards.rec", in: folder)
            seen = watcher.poll()
            usleep(20_000)
        }
        XCTAssertTrue(seen, "a steady stream of writes was never reported")
        let limit = forcePolling ? 0.8 : 0.5
        XCTAssertLessThan(Date().timeIntervalSince(start), limit)
    }
}

/// The checks through inotify on Linux (through polling elsewhere).
final class WatcherTests: WatcherChecks {
    func testAnAppendIsSeenOnce() throws { try checkAnAppendIsSeenOnce() }
    func testAnEditorSaveByRenameIsSeen() throws { try checkAnEditorSaveByRenameIsSeen() }
    func testANewFileAndADeletedFileAreSeen() throws { try checkANewFileAndADeletedFileAreSeen() }
    func testTheLockFileAndTemporaryFilesAloneDoNotCount() throws { try checkTheLockFileAndTemporaryFilesAloneDoNotCount() }
    func testABurstIsReportedWithinTheLongestDelay() throws { try checkABurstIsReportedWithinTheLongestDelay() }
}

/// The same checks through the polling fallback, forced.
final class WatcherPollingTests: WatcherChecks {
    override var forcePolling: Bool { true }

    func testAnAppendIsSeenOnce() throws { try checkAnAppendIsSeenOnce() }
    func testAnEditorSaveByRenameIsSeen() throws { try checkAnEditorSaveByRenameIsSeen() }
    func testANewFileAndADeletedFileAreSeen() throws { try checkANewFileAndADeletedFileAreSeen() }
    func testTheLockFileAndTemporaryFilesAloneDoNotCount() throws { try checkTheLockFileAndTemporaryFilesAloneDoNotCount() }
    func testABurstIsReportedWithinTheLongestDelay() throws { try checkABurstIsReportedWithinTheLongestDelay() }
}
