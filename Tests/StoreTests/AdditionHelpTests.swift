/// `hoctap add` alone lists the kinds; `add KIND --help` lists the kind's fields, required ones marked.

import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class AdditionHelpTests: XCTestCase {
    func testTheKindsAreListedWithWhatTheyAdd() {
        let help = RecordAddition.kindsHelp()
        for (kind, set) in RecordAddition.kinds {
            let line = help.split(separator: "\n").first { $0.hasPrefix("  \(kind) ") }
            XCTAssertNotNil(line, kind)
            XCTAssertTrue(line?.hasSuffix(StoreSchema.set(named: set)?.summary ?? "?") == true, String(line ?? ""))
        }
    }

    func testALearnersFieldsSayWhatIsRequiredAndWhatIsFilledIn() throws {
        let set = try RecordAddition.set(forKind: "learner")
        let help = RecordAddition.fieldsHelp(for: set, kind: "learner", today: CalendarDate(iso: "2026-12-03")!)
        let lines = help.split(separator: "\n").map(String.init)
        func line(_ field: String) -> String { lines.first { $0.hasPrefix("  --\(field) ") } ?? "" }
        XCTAssertTrue(line("Name").hasPrefix("  --Name *"), line("Name"))
        XCTAssertTrue(line("Name").contains("such as \"Nguyễn Văn An\""), line("Name"))
        XCTAssertFalse(line("Id").contains("*"), "an Id is filled in: \(line("Id"))")
        XCTAssertTrue(line("Id").contains("left out: the next free one"), line("Id"))
        XCTAssertTrue(line("BirthDate").contains("2026-12-03") && line("BirthDate").contains("private"), line("BirthDate"))
        XCTAssertEqual(lines.filter { $0.hasPrefix("  --") }.count, set.fields.count, "every field is listed")
    }

    func testAnAwardsDateIsFilledWithTodayAndItsBranchIsAKey() throws {
        let help = RecordAddition.fieldsHelp(for: try RecordAddition.set(forKind: "award"), kind: "award")
        XCTAssertTrue(help.contains("--Date ") && help.contains("left out: today"), help)
        XCTAssertTrue(help.contains("--Branch *") && help.contains("such as KP01"), help)
        XCTAssertTrue(help.contains("--Amount ") && help.contains("0 or more"), help)
    }
}

/// `add learner --Phone` takes the usual forms and writes digits only; anything else is refused.
final class AdditionPhoneTests: XCTestCase {
    func testPhonesAreWrittenAsDigitsAndOddOnesRefused() throws {
        let set = try RecordAddition.set(forKind: "learner")
        let files = StoreFixture.files()
        for (given, stored) in [("+84 912 345 678", "0912345678"), ("0237.385.1234", "02373851234"), ("0912345678", "0912345678")] {
            let addition = try RecordAddition(set: set, given: [("Name", "Đỗ Thị Lan"), ("Phone", given)], files: files, now: "2022-10-06 08:00")
            XCTAssertEqual(addition.record.fields.first { $0.name == "Phone" }?.value, stored, given)
        }
        XCTAssertThrowsError(try RecordAddition(set: set, given: [("Name", "Đỗ Thị Lan"), ("Phone", "12345")], files: files,
                                                now: "2022-10-06 08:00")) { error in
            XCTAssertTrue((error as? RecordAdditionError)?.text(.en).contains("Phone: expected a Vietnamese phone number") == true, "\(error)")
        }
    }
}
