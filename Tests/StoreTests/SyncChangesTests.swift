/// The message of sync's commit: records added, edited and removed, counted per set on their key, or on their whole text for a set without one.

import XCTest
@testable import Store

final class SyncChangesTests: XCTestCase {
    private let awardsHeader = "# Khen thưởng\n\n%rec: Award\n%key: Id\n\n"
    private let attendanceHeader = "%rec: Enrollment\n\n"

    private func award(_ id: String, _ amount: Int) -> String {
        "Id: \(id)\nRecipient: Lê Văn Một\nAmount: \(amount)\n\n"
    }

    func testRecordsAreCountedPerSetAndWorded() {
        let before = [
            "awards.rec": awardsHeader + award("KT0001", 100) + award("KT0002", 200) + award("KT0003", 300),
            "attendance.rec": attendanceHeader + "Class: LH01\nLearner: HV0001\n\n",
        ]
        let after = [
            "awards.rec": awardsHeader + award("KT0001", 150) + award("KT0003", 300) + award("KT-BX0001", 1)
                + award("KT-BX0002", 2) + award("KT-BX0003", 3),
            "attendance.rec": attendanceHeader + "Class: LH01\nLearner: HV0001\n\nClass: LH01\nLearner: HV0002\n\n",
        ]
        let changes = SyncChanges(before: before, after: after)
        XCTAssertEqual(changes.added, ["Award": 3, "Enrollment": 1])
        XCTAssertEqual(changes.changed, ["Award": 1])
        XCTAssertEqual(changes.removed, ["Award": 1])
        XCTAssertEqual(changes.text(), "thêm 1 ghi danh, 3 khen thưởng; sửa 1 khen thưởng; xoá 1 khen thưởng")
    }

    func testAFileAddedWholeCountsEveryRecordAndLargeCountsAreGrouped() {
        let many = (1...1_234).map { award(String(format: "KT%04d", $0), $0) }.joined()
        let changes = SyncChanges(before: [:], after: ["awards.rec": awardsHeader + many])
        XCTAssertEqual(changes.text(), "thêm 1.234 khen thưởng")
        var first = changes
        first.added["Enrollment"] = 1
        first.initialFiles = 2
        XCTAssertEqual(first.text(), "dữ liệu ban đầu: 2 tệp, 1.235 bản ghi")
        XCTAssertEqual(first.text(.en), "first data: 2 files, 1,235 records")
    }

    func testTheSameRecordsInAnotherLayoutOrCommentsAloneAreNoRecordChange() {
        let before = ["awards.rec": awardsHeader + award("KT0001", 100), ".gitignore": ".hoctap.lock\n"]
        let after = ["awards.rec": "# Khen thưởng, sửa ghi chú\n\n%rec: Award\n%key: Id\n\n" + award("KT0001", 100),
                     ".gitignore": ".hoctap.lock\n.hoctap-copy\n"]
        let changes = SyncChanges(before: before, after: after)
        XCTAssertTrue(changes.added.isEmpty && changes.changed.isEmpty && changes.removed.isEmpty)
        XCTAssertEqual(changes.otherFiles, [".gitignore", "awards.rec"])
        XCTAssertEqual(changes.text(), "sửa tệp .gitignore, awards.rec")
        XCTAssertTrue(SyncChanges(before: before, after: before).isEmpty)
    }

    func testRemovingOneOfTwoIdenticalFactsCountsOne() {
        let twice = attendanceHeader + "Class: LH01\nLearner: HV0001\n\nClass: LH01\nLearner: HV0001\n\n"
        let once = attendanceHeader + "Class: LH01\nLearner: HV0001\n\n"
        let changes = SyncChanges(before: ["attendance.rec": twice], after: ["attendance.rec": once])
        XCTAssertEqual(changes.removed, ["Enrollment": 1])
        XCTAssertEqual(changes.text(), "xoá 1 ghi danh")
    }
}
