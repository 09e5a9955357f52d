/// `area.rec`: the area, its members (stores and summaries, paths relative to the file) and the errors that name their line.

import Recfile
import Store
import XCTest

final class AreaFileTests: XCTestCase {
    private func parse(_ text: String) throws -> Area {
        try AreaFile.parse(RecParser.parse(Array(text.utf8), file: "area.rec"), folder: "/khu")
    }

    func testReadsTheAreaAndItsMembersWithPathsFromTheFilesFolder() throws {
        let area = try parse("""
            %rec: Area

            Name: Phường  Sầm Sơn
            Level: ward

            %rec: Member

            Name: Phường Quảng Châu (cũ)
            Store: quang-chau

            Name: Phường Quảng Tiến (cũ)
            Summary: /tinh/quang-tien.json
            """)
        XCTAssertEqual(area.name, "Phường Sầm Sơn")
        XCTAssertEqual(area.level, .ward)
        XCTAssertEqual(area.members.map(\.name), ["Phường Quảng Châu (cũ)", "Phường Quảng Tiến (cũ)"])
        XCTAssertEqual(area.members.map(\.source), [.store("/khu/quang-chau"), .summary("/tinh/quang-tien.json")])
        XCTAssertGreaterThan(area.members[1].line, area.members[0].line)
    }

    func testAMemberWithBothOrNeitherPlaceIsRefusedAtItsLine() throws {
        let text = """
            %rec: Area

            Name: Tỉnh Thanh Hóa
            Level: province

            %rec: Member

            Name: Phường Sầm Sơn
            Store: sam-son
            Summary: sam-son.json
            """
        XCTAssertThrowsError(try parse(text)) { error in
            let e = error as? AreaFileError
            XCTAssertEqual(e?.line, text.components(separatedBy: "\n")
                .firstIndex(of: "Name: Phường Sầm Sơn").map { $0 + 1 })
            XCTAssertTrue(e?.description.hasPrefix("area.rec:") ?? false, e?.description ?? "")
            XCTAssertTrue(e?.message.contains("cần đúng một trong Store") ?? false, e?.message ?? "")
        }
    }

    func testABadLevelAndAMissingMemberListAreSaidInVietnamese() throws {
        XCTAssertThrowsError(try parse("%rec: Area\n\nName: X\nLevel: district\n")) { error in
            XCTAssertTrue("\(error)".contains("Level: cần ward (phường, xã) hoặc province (tỉnh), không phải \"district\""), "\(error)")
        }
        XCTAssertThrowsError(try parse("%rec: Area\n\nName: X\nLevel: ward\n")) { error in
            XCTAssertTrue("\(error)".contains("chưa có đơn vị nào"), "\(error)")
        }
    }

    func testRepeatedStoresMakeAnUnnamedAreaOfStores() {
        let area = Area.ofStores(["a", "b"])
        XCTAssertEqual(area.name, "")
        XCTAssertEqual(area.members.map(\.source), [.store("a"), .store("b")])
    }
}
