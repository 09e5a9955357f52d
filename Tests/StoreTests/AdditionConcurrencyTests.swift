/// Writers adding at the same time never take the same id nor interleave: the id is chosen under the lock.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class AdditionConcurrencyTests: XCTestCase {
    func testConcurrentAdditionsGetDistinctIds() throws {
        let folder = try StoreFixture.folder(self)
        let given = AdditionIdTests.award
        let failures = LockedCount()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            for _ in 0..<5 {
                do {
                    _ = try RecordAddition.add(set: StoreSchema.award, given: given, in: folder, now: "2023-03-01 09:00", force: true)
                } catch {
                    failures.increment()
                }
            }
        }
        XCTAssertEqual(failures.value, 0)
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertEqual(snapshot.problems.filter { $0.severity == .error }, [])
        let ids = snapshot.awards.map(\.id)
        XCTAssertEqual(ids.count, StoreFixture.snapshot().awards.count + 20)
        XCTAssertEqual(Set(ids).count, ids.count)
        XCTAssertEqual(ids.last, "A23")
    }
}

/// A counter several threads may bump.
private final class LockedCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
