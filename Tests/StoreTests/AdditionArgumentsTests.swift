/// `--Name value` and `--Name=value` become the set's fields; unknown names and stray words are refused.

import Foundation
import XCTest
@testable import Store
@testable import Recfile

final class AdditionArgumentsTests: XCTestCase {
    func testBothFormsAndSchemaSpelling() throws {
        let fields = try RecordAddition.fields(from: ["--Recipient", "Nguyễn Văn An", "--Amount=500000", "--branch", "KP01"],
                                               for: StoreSchema.award)
        XCTAssertEqual(fields.map(\.name), ["Recipient", "Amount", "Branch"])
        XCTAssertEqual(fields.map(\.value), ["Nguyễn Văn An", "500000", "KP01"])
        XCTAssertEqual(try RecordAddition.fields(from: ["--seq", "3"], for: StoreSchema.agendaLog).first?.name, "Seq")
        XCTAssertEqual(try RecordAddition.fields(from: ["--Sponsor=--x=y"], for: StoreSchema.award).first?.value, "--x=y")
    }

    func testUnknownFieldListsTheSetsFields() {
        XCTAssertThrowsError(try RecordAddition.fields(from: ["--Recipent", "X"], for: StoreSchema.award)) { error in
            XCTAssertEqual(error as? RecordAdditionError, .unknownField("Recipent", set: "Award",
                known: ["Id", "Date", "Recipient", "Kind", "Category", "Branch", "Amount", "Sponsor", "SchoolYear", "Class", "School", "Voucher"]))
            XCTAssertTrue("\(error)".contains("--Recipient --Kind"), "\(error)")
        }
    }

    func testMissingValueStrayWordAndRepeat() {
        XCTAssertThrowsError(try RecordAddition.fields(from: ["--Recipient"], for: StoreSchema.award)) {
            XCTAssertEqual($0 as? RecordAdditionError, .missingValue("Recipient"))
        }
        XCTAssertThrowsError(try RecordAddition.fields(from: ["Recipient", "X"], for: StoreSchema.award)) {
            XCTAssertEqual($0 as? RecordAdditionError, .unexpectedArgument("Recipient"))
        }
        XCTAssertThrowsError(try RecordAddition.fields(from: ["--Amount", "1", "--Amount", "2"], for: StoreSchema.award)) {
            XCTAssertEqual($0 as? RecordAdditionError, .repeatedField("Amount"))
        }
    }

    func testKinds() throws {
        XCTAssertEqual(try RecordAddition.set(forKind: "agenda").name, "AgendaLog")
        XCTAssertEqual(try RecordAddition.set(forKind: "enrollment").file, "attendance.rec")
        XCTAssertThrowsError(try RecordAddition.set(forKind: "prize"))
    }

    func testLocalStamp() {
        let date = Date(timeIntervalSince1970: 1_665_018_660) // 2022-10-06 01:11 UTC
        XCTAssertEqual(RecordAddition.localStamp(date, timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!), "2022-10-06 08:11")
    }
}
