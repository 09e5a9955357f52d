/// The writers waiting for the store's lock are counted, a dead one is not, and a timeout names how many others wait.

import Foundation
import XCTest
@testable import Recfile

final class StoreLockQueueTests: XCTestCase {
    private func folder() throws -> String {
        let path = NSTemporaryDirectory() + "hoctap-queue-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    func testWaitersAreCountedWhileTheyWaitAndNoLonger() throws {
        let store = try folder()
        XCTAssertEqual(StoreLockQueue.count(in: store), 0, "no waiting folder yet")
        var first = StoreLockQueue.join(in: store)
        let second = StoreLockQueue.join(in: store)
        XCTAssertNotNil(first)
        XCTAssertEqual(StoreLockQueue.count(in: store), 2)
        XCTAssertEqual(StoreLockQueue.count(in: store, excluding: second), 1, "a waiter does not count itself")
        first = nil
        XCTAssertEqual(StoreLockQueue.count(in: store), 1)
        withExtendedLifetime(second) {}
    }

    func testTheFileOfAWaiterThatDiedIsNotCountedAndIsRemoved() throws {
        let store = try folder()
        let dir = store + "/" + StoreLockQueue.folderName
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        XCTAssertTrue(FileManager.default.createFile(atPath: dir + "/4242-1", contents: Data()))
        XCTAssertEqual(StoreLockQueue.count(in: store), 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/4242-1"))
    }

    func testATimeoutSaysHowManyOthersWaitBesidesTheHolder() throws {
        let store = try folder()
        try StoreLock.withExclusive(in: store) { _ in
            let second = StoreLockQueue.join(in: store), third = StoreLockQueue.join(in: store)
            XCTAssertThrowsError(try StoreLock.withExclusive(in: store, timeout: .milliseconds(60)) { _ in }) { error in
                XCTAssertEqual(error as? RecWriterError,
                               .lockTimeout(lockFile: store + "/.hoctap.lock", seconds: 0.06, waiting: 2))
                XCTAssertTrue("\(error)".contains("and 2 others are waiting their turn; nothing was written"), "\(error)")
            }
            withExtendedLifetime((second, third)) {}
        }
        XCTAssertEqual(StoreLockQueue.count(in: store), 0, "the writer that gave up left the queue")
    }

    func testWritersWaitingOnOtherThreadsAreCounted() throws {
        let store = try folder()
        let done = DispatchGroup()
        try StoreLock.withExclusive(in: store) { _ in
            for _ in 0..<2 {
                DispatchQueue.global().async(group: done) {
                    _ = try? StoreLock.withExclusive(in: store, timeout: .seconds(5)) { _ in }
                }
            }
            let deadline = Date().addingTimeInterval(3)
            while StoreLockQueue.count(in: store) < 2, Date() < deadline { usleep(5_000) }
            XCTAssertEqual(StoreLockQueue.count(in: store), 2)
        }
        XCTAssertEqual(done.wait(timeout: .now() + 5), .success)
        XCTAssertEqual(StoreLockQueue.count(in: store), 0)
    }
}
