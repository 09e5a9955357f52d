/// The watcher follows the store's path: a folder deleted and made again, or swapped by renames, is still watched.

import Foundation
import StoreFixtures
import XCTest
@testable import Store
@testable import Recfile

final class WatcherFolderTests: XCTestCase {
    /// Reports until the watcher has been quiet for a while, so the next check starts clean.
    private func settle(_ watcher: StoreWatcher) {
        let deadline = Date().addingTimeInterval(3)
        while Date() < deadline, !staysQuiet(watcher, for: 0.4) {}
    }

    /// A store folder's files, written at `folder` (made if missing).
    private func fill(_ folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for file in StoreSchema.files { try write(StoreSchema.fileHeader(for: file), to: file, in: folder) }
    }

    func testAFolderDeletedAndMadeAgainIsStillWatched() throws {
        for forcePolling in [false, true] {
            let folder = try makeTemporaryFolder(self) + "/store"
            try fill(folder)
            let watcher = StoreWatcher(directory: folder, forcePolling: forcePolling)
            try FileManager.default.removeItem(atPath: folder)
            XCTAssertTrue(waitForChange(watcher), "the deletion was not seen (polling: \(forcePolling))")
            settle(watcher)
            #if os(Linux)
            XCTAssertTrue(watcher.needsFrequentPolls, "the folder's return is looked for")
            #endif
            try fill(folder)
            XCTAssertTrue(waitForChange(watcher), "the new folder was not seen (polling: \(forcePolling))")
            settle(watcher)
            XCTAssertEqual(watcher.needsFrequentPolls, forcePolling)
            try append("\nId: A9\n", to: "awards.rec", in: folder)
            XCTAssertTrue(waitForChange(watcher), "an append to the new folder was not seen (polling: \(forcePolling))")
        }
    }

    func testAFolderSwappedByRenameIsFollowed() throws {
        for forcePolling in [false, true] {
            let parent = try makeTemporaryFolder(self)
            let folder = parent + "/store"
            try fill(folder)
            try fill(parent + "/store.new")
            let watcher = StoreWatcher(directory: folder, forcePolling: forcePolling)
            XCTAssertEqual(rename(folder, parent + "/store.old"), 0)
            XCTAssertEqual(rename(parent + "/store.new", folder), 0)
            XCTAssertTrue(waitForChange(watcher), "the swap was not seen (polling: \(forcePolling))")
            settle(watcher)
            try append("\nId: A9\n", to: "awards.rec", in: parent + "/store.old")
            XCTAssertTrue(staysQuiet(watcher), "the folder renamed away is still watched (polling: \(forcePolling))")
            try append("\nId: A9\n", to: "awards.rec", in: folder)
            XCTAssertTrue(waitForChange(watcher), "an append to the swapped-in folder was not seen (polling: \(forcePolling))")
        }
    }
}
