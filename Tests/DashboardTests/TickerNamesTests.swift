// The ticker names an enrollment's learner as the store's last record of that id has it, with few or many ids asked.

@testable import Dashboard
import Store
import XCTest

final class TickerNamesTests: XCTestCase {
    /// The learners' names for enrollments: the last record of an id wins (a store with a key used
    /// twice is an error the reader reports, but the screen must still say one name), an id with
    /// no learner stays the id, and the same holds past the few ids compared without hashing.
    func testTheLastRecordOfAnIdNamesTheLearnerWithFewAndWithManyIds() {
        var snapshot = StoreSnapshot(directory: "")
        snapshot.learners = (0..<40).map { Learner(id: "HV\($0)", name: "Người học \($0)") }
            + [Learner(id: "HV3", name: "Tên sau cùng")]
            + (40..<60).map { Learner(id: "HV\($0)", name: "Người học \($0)") }
        for count in [1, 2, 9, 30] {
            let ids = ["HV3", "HV45", "HV99"] + (0..<count).map { "HV\($0 * 2 + 10)" }
            let entries = TickerEntry.entries(awards: [], enrollments: ids.map { Enrollment(classId: "LH01", learnerId: $0) },
                                              in: snapshot)
            let named = entries.map { entry -> String in
                if case .enrollment(_, let learner, _) = entry.what { return learner }
                return ""
            }
            XCTAssertEqual(named[0], "Tên sau cùng", "\(ids.count) ids")
            XCTAssertEqual(named[1], "Người học 45", "\(ids.count) ids")
            XCTAssertEqual(named[2], "HV99", "\(ids.count) ids: no such learner")
            for (i, id) in ids.enumerated().dropFirst(3) {
                let number = Int(id.dropFirst(2)) ?? 0
                XCTAssertEqual(named[i], number < 60 ? "Người học \(number)" : id, "\(ids.count) ids")
            }
        }
    }
}
