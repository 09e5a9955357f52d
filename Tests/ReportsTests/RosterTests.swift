// The class list for the teacher: Vietnamese order, attendance counts, and the three printed forms.

@testable import Reports
@testable import Store
import StoreDemo
import XCTest
@testable import Recfile

final class RosterTests: XCTestCase {
    private func snapshot() -> StoreSnapshot {
        let d = { (s: String) in CalendarDate(iso: s)! }
        return StoreSnapshot(
            directory: "",
            classes: [Course(id: "LH01", name: "Tin học văn phòng", topic: "Tin học", teacher: "Nguyễn Minh Thảo", capacity: 30)],
            learners: [
                Learner(id: "HV1", name: "Trần Văn Hòa", gender: .male, birthYear: 1980, neighborhood: "Khu phố 2", phone: "0912345678"),
                Learner(id: "HV2", name: "Nguyễn Thị Hiền", gender: .female, neighborhood: "Khu phố 11", organization: "Hội Phụ nữ, phường"),
                Learner(id: "HV3", name: "Lê Hoà", neighborhood: "Khu phố 1"),
                Learner(id: "HV4", name: "Võ An"),
            ],
            enrollments: [Enrollment(classId: "LH01", learnerId: "HV1"), Enrollment(classId: "LH01", learnerId: "HV2"),
                          Enrollment(classId: "LH01", learnerId: "HV3"), Enrollment(classId: "LH01", learnerId: "HV1")],
            attendance: [Attendance(classId: "LH01", learnerId: "HV1", date: d("2022-10-03")),
                         Attendance(classId: "LH01", learnerId: "HV1", date: d("2022-10-03")),
                         Attendance(classId: "LH01", learnerId: "HV2", date: d("2022-10-05"))])
    }

    func testOrderIsGivenNameThenMiddleThenFamilyTiesById() throws {
        let roster = try XCTUnwrap(Roster(classId: "LH01", in: ClassesIndex(snapshot(), schoolYear: nil)))
        // Hiền, then the two Hòa/Hoà (one given name): no middle name before Văn.
        XCTAssertEqual(roster.entries.map(\.learner.id), ["HV2", "HV3", "HV1"])
        XCTAssertEqual(roster.entries.map(\.attended), [1, 0, 1], "a session marked twice counts once")
        XCTAssertEqual(roster.sessionsHeld.count, 2)
        XCTAssertNil(Roster(classId: "LH99", in: ClassesIndex(snapshot(), schoolYear: nil)))
    }

    func testTextHasASignatureColumnAndNoPrivateFields() throws {
        let text = RosterFormat.text.render(try XCTUnwrap(Roster(classId: "LH01", in: ClassesIndex(snapshot(), schoolYear: nil))))
        XCTAssertTrue(text.hasPrefix("DANH SÁCH HỌC VIÊN\nTin học văn phòng\n"), text)
        XCTAssertTrue(text.contains("Ký tên"))
        XCTAssertTrue(text.contains("Sĩ số: 3/30"))
        let lines = text.split(separator: "\n")
        let first = try XCTUnwrap(lines.first { $0.contains("Nguyễn Thị Hiền") })
        XCTAssertTrue(first.hasPrefix("  1 | Nguyễn Thị Hiền"), String(first))
        XCTAssertTrue(first.hasSuffix(".................."), String(first))
        XCTAssertFalse(text.contains("0912345678"))
        XCTAssertFalse(text.contains("1980"))
        // Every row is as wide as the header's rule.
        let rule = try XCTUnwrap(lines.first { $0.hasPrefix("---") })
        for line in lines where line.contains(" | ") && !line.hasPrefix("STT") { XCTAssertEqual(line.count, rule.count, String(line)) }
    }

    func testCsvQuotesCellsWithCommas() throws {
        let csv = RosterFormat.csv.render(try XCTUnwrap(Roster(classId: "LH01", in: ClassesIndex(snapshot(), schoolYear: nil))))
        let lines = csv.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], "stt,learner,name,gender,neighborhood,organization,attended,sessions_held")
        XCTAssertEqual(lines[1], "1,HV2,Nguyễn Thị Hiền,F,Khu phố 11,\"Hội Phụ nữ, phường\",1,2")
        XCTAssertFalse(csv.contains("0912345678"))
    }

    func testMarkdownIsATable() throws {
        let md = RosterFormat.md.render(try XCTUnwrap(Roster(classId: "LH01", in: ClassesIndex(snapshot(), schoolYear: nil))))
        XCTAssertTrue(md.hasPrefix("# Tin học văn phòng\n"))
        XCTAssertTrue(md.contains("| 1 | Nguyễn Thị Hiền | Nữ | Khu phố 11 | Hội Phụ nữ, phường | 1/2 |  |"), md)
    }

    /// A roster read from the class's records alone is the roster of the whole store's index, for
    /// every class of the demo.
    func testTheRosterOfOneClassEqualsTheWholeIndexs() throws {
        let demo = try StoreLoader.load(directory: XCTUnwrap(StoreLoader.demoDirectory()))
        let index = ClassesIndex(demo, schoolYear: nil)
        XCTAssertFalse(demo.classes.isEmpty)
        for course in demo.classes {
            let whole = try XCTUnwrap(Roster(classId: course.id, in: index))
            let alone = try XCTUnwrap(Roster(classId: course.id, in: demo))
            XCTAssertEqual(alone.entries, whole.entries, course.id)
            XCTAssertEqual(alone.sessionsHeld, whole.sessionsHeld, course.id)
        }
        XCTAssertNil(Roster(classId: "LH99", in: demo))
    }
}
