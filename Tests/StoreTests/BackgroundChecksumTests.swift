/// The checksum worked out beside the check gives the undo journal's change made from the whole file.

import XCTest
@testable import Store

final class BackgroundChecksumTests: XCTestCase {
    func testTheChangeIsTheOneMadeFromTheWholeFile() {
        let before = Array("%rec: Award\n\nId: KT0001\nRecipient: Lê Thị Hoà\nBranch: KP01\n".utf8)
        let added = Array("\nId: KT0002\nRecipient: Trần Văn Đức\nBranch: KP01\n".utf8)
        let checksum = BackgroundChecksum(before)
        XCTAssertEqual(checksum.value, UndoChange.fnv(before))
        XCTAssertEqual(UndoChange(file: "awards.rec", set: "Award", appending: added, toSize: before.count,
                                  hashBefore: checksum.value, put: [Array(added.dropFirst())]),
                       UndoChange(file: "awards.rec", set: "Award", before: before, after: before + added,
                                  put: [Array(added.dropFirst())], took: []))
        XCTAssertNotEqual(BackgroundChecksum(added).value, checksum.value)
    }
}
