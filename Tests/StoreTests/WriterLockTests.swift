/// The store's lock: exclusive even between threads, released after the closure, a clear error on timeout.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class WriterLockTests: XCTestCase {
    func testCreatesTheLockFileAndRunsTheClosure() throws {
        let folder = try makeTemporaryFolder(self)
        let answer = try StoreLock.withExclusive(in: folder) { lock in
            XCTAssertEqual(lock.folder, folder)
            XCTAssertEqual(lock.lockFile, folder + "/.hoctap.lock")
            return 42
        }
        XCTAssertEqual(answer, 42)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/.hoctap.lock"))
    }

    func testASecondHolderTimesOutWithAClearMessage() throws {
        let folder = try makeTemporaryFolder(self)
        try StoreLock.withExclusive(in: folder) { _ in
            let started = Date()
            XCTAssertThrowsError(try StoreLock.withExclusive(in: folder, timeout: .milliseconds(150)) { _ in }) { error in
                XCTAssertEqual(error as? RecWriterError, .lockTimeout(lockFile: folder + "/.hoctap.lock", seconds: 0.15))
                let text = "\(error)"
                XCTAssertTrue(text.contains("busy") && text.contains("0.15 s") && text.contains("nothing was written"), text)
            }
            let waited = Date().timeIntervalSince(started)
            XCTAssertGreaterThanOrEqual(waited, 0.15)
            XCTAssertLessThan(waited, 2)
        }
        // Released once the closure returned.
        XCTAssertNoThrow(try StoreLock.withExclusive(in: folder, timeout: .zero) { _ in })
    }

    /// Writers that all find no lock file yet and create it at once: one creates it, the others
    /// open it; none fails.
    func testWritersCreatingTheLockFileAtOnceAllGetIt() throws {
        for _ in 0..<40 {
            let folder = try makeTemporaryFolder(self)
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 8) { _ in
                do { try StoreLock.withExclusive(in: folder) { _ in } } catch { failures.add("\(error)") }
            }
            XCTAssertEqual(failures.all, [])
        }
    }

    func testReleasedWhenTheClosureThrows() throws {
        let folder = try makeTemporaryFolder(self)
        struct Boom: Error {}
        XCTAssertThrowsError(try StoreLock.withExclusive(in: folder) { _ in throw Boom() }) { XCTAssertTrue($0 is Boom) }
        XCTAssertNoThrow(try StoreLock.withExclusive(in: folder, timeout: .zero) { _ in })
    }

    func testAMissingFolderIsAnErrorNamingTheLockFile() {
        XCTAssertThrowsError(try StoreLock.withExclusive(in: "/nonexistent/hoctap") { _ in }) { error in
            guard case .failed(let path, _, let code, let unchanged)? = error as? RecWriterError else {
                return XCTFail("\(error)")
            }
            XCTAssertEqual(path, "/nonexistent/hoctap/.hoctap.lock")
            XCTAssertEqual(code, ENOENT)
            XCTAssertTrue(unchanged)
            XCTAssertTrue("\(error)".contains("No such file or directory"), "\(error)")
        }
    }

    /// Threads of one process exclude each other too (each holder opens the lock file anew, and
    /// flock belongs to the open file): no two closures ever overlap.
    func testThreadsTakeTurns() throws {
        let folder = try makeTemporaryFolder(self)
        let inside = Counter()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            for _ in 0..<25 {
                do {
                    try StoreLock.withExclusive(in: folder) { _ in
                        XCTAssertEqual(inside.add(1), 1)
                        usleep(200)
                        inside.add(-1)
                    }
                } catch {
                    XCTFail("\(error)")
                }
            }
        }
        XCTAssertEqual(inside.add(0), 0)
    }
}

/// A counter shared by threads in a test.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    @discardableResult
    func add(_ n: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += n
        return value
    }
}

/// Errors collected from several threads.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    var all: [String] { lock.withLock { list } }
    func add(_ text: String) { lock.withLock { list.append(text) } }
}
