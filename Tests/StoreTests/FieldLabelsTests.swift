/// Every field `hoctap add` takes has a label in both languages, and the Vietnamese help shows it.

import XCTest
@testable import Store
import VietText

final class FieldLabelsTests: XCTestCase {
    func testEveryFieldOfEveryKindHasAVietnameseAndAnEnglishLabel() throws {
        for (kind, _) in RecordAddition.kinds {
            let set = try RecordAddition.set(forKind: kind)
            for field in set.fields {
                let vi = FieldLabels.label(set.name, field.name, .vi)
                XCTAssertNotNil(vi, "\(set.name).\(field.name) has no Vietnamese label")
                XCTAssertNotEqual(vi, field.name, "\(set.name).\(field.name)'s Vietnamese label is its store name")
                XCTAssertNotNil(FieldLabels.label(set.name, field.name, .en), "\(set.name).\(field.name) has no English label")
                XCTAssertEqual(vi, vi?.precomposedStringWithCanonicalMapping, "\(set.name).\(field.name) is not NFC")
            }
        }
    }

    func testASetsOwnLabelComesBeforeTheFieldsLabel() {
        XCTAssertEqual(FieldLabels.label("Learner", "Name", .vi), "Họ và tên")
        XCTAssertEqual(FieldLabels.label("Class", "Name", .vi), "Tên lớp")
        XCTAssertEqual(FieldLabels.label("Award", "Recipient", .en), "Recipient")
        XCTAssertEqual(FieldLabels.label("Donation", "Branch", .vi), "Qua chi hội")
        XCTAssertEqual(FieldLabels.label("Award", "Branch", .vi), "Chi hội")
        XCTAssertNil(FieldLabels.label("Award", "NoSuchField", .vi))
    }

    func testTheKindsAreListedInVietnameseWithWhatTheyAdd() {
        let help = RecordAddition.kindsHelp(language: .vi)
        XCTAssertTrue(help.hasPrefix("Các loại bản ghi"), help)
        for (kind, set) in RecordAddition.kinds {
            let line = help.split(separator: "\n").first { $0.hasPrefix("  \(kind) ") }
            let summary = RecordKindWording.summary(set)
            XCTAssertNotNil(summary, "\(set) has no Vietnamese summary")
            XCTAssertTrue(line?.hasSuffix(summary ?? "?") == true, String(line ?? "no line for \(kind)"))
        }
    }

    func testAnAwardsFieldsInVietnameseCarryTheFormsLabelsAndVietnameseRules() throws {
        let help = RecordAddition.fieldsHelp(for: try RecordAddition.set(forKind: "award"), kind: "award", language: .vi)
        let lines = help.split(separator: "\n").map(String.init)
        func line(_ field: String) -> String { lines.first { $0.hasPrefix("  --\(field) ") } ?? "" }
        XCTAssertTrue(line("Recipient").hasPrefix("  --Recipient *") && line("Recipient").contains("Người nhận: một đoạn chữ, vd. \"Nguyễn Thị Hoa\""),
                      line("Recipient"))
        XCTAssertTrue(line("Date").contains("Ngày: một ngày có thật") && line("Date").hasSuffix("để trống: hôm nay"), line("Date"))
        XCTAssertTrue(line("Branch").contains("Chi hội: khoá của một bản ghi Branch, vd. KP01"), line("Branch"))
        XCTAssertTrue(line("Amount").contains("Số tiền: số đồng nguyên, từ 0 trở lên"), line("Amount"))
        XCTAssertTrue(help.contains("Các trường (* là bắt buộc):"), help)
        XCTAssertFalse(help.contains("such as") || help.contains("left out"), help)
    }

    func testAnEditsFieldsInVietnameseSayWhichNameTheRecord() throws {
        let help = RecordAddition.fieldsHelp(for: try RecordAddition.set(forKind: "learner"), kind: "learner", editing: true, language: .vi)
        let id = help.split(separator: "\n").first { $0.hasPrefix("  --Id ") } ?? ""
        XCTAssertTrue(id.contains("Mã học viên") && id.contains("không đổi được"), String(id))
        XCTAssertTrue(RecordIdentity.kindsHelp(command: "edit", language: .vi).contains("một người học tại trung tâm"))
    }
}
