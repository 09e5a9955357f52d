// `hoctap init` speaks to the clerk in Vietnamese: a new empty store, the demo, and a new school year seeded from last year's.

import Foundation
import XCTest

final class InitEndToEndTests: XCTestCase {
    func testInitSaysWhatItMadeInVietnamese() throws {
        let top = try makeTemporaryFolder(prefix: "hoctap-init-e2e")

        let empty = try ProgramRun.hoctap(["init", top + "/trong"])
        XCTAssertEqual(empty.status, 0, empty.output)
        XCTAssertTrue(empty.output.contains("đã ghi \(top)/trong/awards.rec"), empty.output)
        XCTAssertTrue(empty.output.contains("kho trống đã sẵn sàng trong \(top)/trong"), empty.output)

        let demo = try ProgramRun.hoctap(["init", top + "/mau", "--demo"])
        XCTAssertEqual(demo.status, 0, demo.output)
        XCTAssertTrue(demo.output.contains("kho mẫu đã sẵn sàng trong \(top)/mau"), demo.output)

        let seeded = try ProgramRun.hoctap(["init", top + "/moi", "--from", top + "/mau", "--year", "2023-2024"])
        XCTAssertEqual(seeded.status, 0, seeded.output)
        XCTAssertTrue(seeded.output.contains("năm học 2023-2024 đã sẵn sàng trong \(top)/moi, lấy từ \(top)/mau:"), seeded.output)
        XCTAssertTrue(seeded.output.contains(" chi hội, ") && seeded.output.contains(" dòng họ, "), seeded.output)
        XCTAssertTrue(seeded.output.contains("mở kho bằng: hoctap --store \(top)/moi"), seeded.output)
        for giveaway in ["ready in", "wrote ", "classes still open", "open it with"] {
            XCTAssertFalse(seeded.output.contains(giveaway) || empty.output.contains(giveaway), "English left: \(giveaway)")
        }
        XCTAssertEqual(seeded.output, seeded.output.precomposedStringWithCanonicalMapping, "not NFC")
    }
}
