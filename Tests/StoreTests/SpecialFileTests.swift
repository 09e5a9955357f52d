/// A FIFO or a device in a store file's place is refused at once with a clear problem, never read.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
@testable import StoreDemo
import StoreFixtures

final class SpecialFileTests: XCTestCase {
    private func demoCopy() throws -> String {
        let folder = try makeTemporaryFolder(self) + "/store"
        try StoreInitializer.create(in: folder, contents: .copy(from: XCTUnwrap(StoreLoader.demoDirectory())))
        return folder
    }

    /// Loads `folder` on another thread and waits at most 10 s: a reader that blocks on a FIFO or
    /// reads /dev/zero for ever fails here instead of hanging the suite.
    private func loadWithin10Seconds(_ folder: String) throws -> StoreSnapshot {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: StoreSnapshot?
        Thread.detachNewThread {
            result = try? StoreLoader.load(directory: folder)
            done.signal()
        }
        XCTAssertEqual(done.wait(timeout: .now() + 10), .success, "the load did not finish")
        return try XCTUnwrap(result)
    }

    func testAFIFOInPlaceOfAStoreFileIsAProblemNotAHang() throws {
        let folder = try demoCopy()
        try FileManager.default.removeItem(atPath: folder + "/awards.rec")
        XCTAssertEqual(mkfifo(folder + "/awards.rec", 0o644), 0)
        let snapshot = try loadWithin10Seconds(folder)
        let problem = try XCTUnwrap(snapshot.errors.first { $0.file == "awards.rec" })
        XCTAssertTrue(problem.message.contains("not a regular file"), problem.message)
        XCTAssertEqual(snapshot.awards.count, 0)
        XCTAssertFalse(snapshot.learners.isEmpty, "the other files are still read")
    }

    func testALinkToADeviceIsRefusedAndALinkToAFileIsRead() throws {
        let folder = try demoCopy()
        try FileManager.default.removeItem(atPath: folder + "/funds.rec")
        try FileManager.default.createSymbolicLink(atPath: folder + "/funds.rec", withDestinationPath: "/dev/zero")
        let moved = folder + "/../learners.real"
        try FileManager.default.moveItem(atPath: folder + "/learners.rec", toPath: moved)
        try FileManager.default.createSymbolicLink(atPath: folder + "/learners.rec", withDestinationPath: moved)
        let snapshot = try loadWithin10Seconds(folder)
        XCTAssertEqual(snapshot.errors.map(\.file), ["funds.rec"])
        XCTAssertFalse(snapshot.learners.isEmpty, "a link to a regular file is read")
    }

    /// `hoctap add` reads the store first: a FIFO refuses the addition instead of blocking it.
    func testAnAdditionIsRefusedRatherThanBlocked() throws {
        let folder = try demoCopy()
        try FileManager.default.removeItem(atPath: folder + "/titles.rec")
        XCTAssertEqual(mkfifo(folder + "/titles.rec", 0o644), 0)
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var failure: Error?
        Thread.detachNewThread {
            do {
                _ = try StoreWrite.add([NewRecord(set: "AgendaLog", fields: [.init("Seq", "1")])])
                    .perform(in: folder, now: "2022-10-06 08:00")
            } catch { failure = error }
            done.signal()
        }
        XCTAssertEqual(done.wait(timeout: .now() + 10), .success, "the addition did not finish")
        XCTAssertEqual(failure as? StoreError, .notRegularFile(path: folder + "/titles.rec"))
    }
}
