/// Generated data holds together: every reference resolves, keys are unique, dates and money make sense.

import Foundation
import XCTest
@testable import Store
@testable import StoreDemo
@testable import Recfile

/// A generated store parsed with the house reader, for checking what the records say.
struct ParsedGeneratedStore {
    private var files: [String: RecFile] = [:]

    init(_ texts: [String: String]) {
        for (name, text) in texts { files[name] = RecParser.parse(Array(text.utf8), file: name) }
    }

    /// The records of a set, wherever it lives.
    func records(_ set: String) -> [RecRecord] {
        files.values.flatMap { $0.records(of: set) }.sorted { $0.line < $1.line }
    }

    /// The set of values of `field` over a set's records.
    func values(_ set: String, _ field: String) -> Set<String> {
        Set(records(set).compactMap { $0.value(field) })
    }

    /// Every record's value of `field`, in NFC.
    func nfc(_ record: RecRecord, _ field: String) -> String? {
        record.value(field)?.precomposedStringWithCanonicalMapping
    }
}

final class GeneratorReferenceTests: XCTestCase {
    private static let store = ParsedGeneratedStore(
        StoreGenerator(seed: 11, counts: GeneratorDeterminismTests.small).texts())
    private var store: ParsedGeneratedStore { Self.store }

    func testEnrollmentsNameExistingClassesAndLearnersOncePerClass() {
        let classes = store.values("Class", "Id"), learners = store.values("Learner", "Id")
        let enrollments = store.records("Enrollment")
        XCTAssertFalse(enrollments.isEmpty)
        var pairs = Set<String>()
        for e in enrollments {
            XCTAssertTrue(classes.contains(e.value("Class") ?? ""), "line \(e.line)")
            XCTAssertTrue(learners.contains(e.value("Learner") ?? ""), "line \(e.line)")
            XCTAssertTrue(pairs.insert("\(e.value("Class")!) \(e.value("Learner")!)").inserted, "line \(e.line)")
        }
    }

    func testAttendanceIsOfEnrolledLearnersOnSessionsHeldWithinTheClassDates() throws {
        let enrolled = Set(store.records("Enrollment").map { "\($0.value("Class")!) \($0.value("Learner")!)" })
        let classes = Dictionary(uniqueKeysWithValues: store.records("Class").map { ($0.value("Id")!, $0) })
        let attendance = store.records("Attendance")
        XCTAssertFalse(attendance.isEmpty)
        for a in attendance {
            let classId = try XCTUnwrap(a.value("Class"))
            XCTAssertTrue(enrolled.contains("\(classId) \(a.value("Learner")!)"), "line \(a.line)")
            let day = try XCTUnwrap(CalendarDate(iso: a.value("Date") ?? ""))
            let c = try XCTUnwrap(classes[classId])
            XCTAssertLessThanOrEqual(CalendarDate(iso: c.value("Start")!)!, day, "line \(a.line)")
            XCTAssertLessThanOrEqual(day, CalendarDate(iso: c.value("End")!)!, "line \(a.line)")
            XCTAssertLessThanOrEqual(day, CalendarDate(iso: StoreGenerator.asOf)!, "line \(a.line)")
            XCTAssertNotEqual(c.value("Kind"), "club", "clubs keep no roll")
        }
    }

    func testAwardsAndDonationsNameExistingBranches() {
        let branches = store.values("Branch", "Id")
        XCTAssertEqual(branches.count, 7)
        XCTAssertTrue(store.values("Award", "Branch").isSubset(of: branches))
        XCTAssertTrue(store.values("Donation", "Branch").isSubset(of: branches))
        XCTAssertFalse(store.values("Donation", "Branch").isEmpty)
    }

    func testTheCeremonyLogNamesAgendaItemsInOrder() {
        let seqs = store.records("AgendaLog").compactMap { $0.value("Seq").flatMap(Int.init) }
        XCTAssertEqual(seqs, [1, 2, 3])
        XCTAssertTrue(Set(seqs.map(String.init)).isSubset(of: store.values("Agenda", "Seq")))
        let times = store.records("AgendaLog").compactMap { $0.value("At") }
        XCTAssertEqual(times, times.sorted())
        XCTAssertTrue(times.allSatisfy { $0.hasPrefix("2022-10-06 ") })
    }

    func testKeysAreUniqueInEverySetThatHasOne() {
        for (set, key) in [("Class", "Id"), ("Learner", "Id"), ("Branch", "Id"), ("Clan", "Id"),
                           ("Award", "Id"), ("Donation", "Id"), ("Agenda", "Seq")] {
            let records = store.records(set)
            XCTAssertEqual(Set(records.compactMap { $0.value(key) }).count, records.count, set)
        }
    }

    func testDatedRecordsFallInTheSchoolYearUpToTheAsOfDay() {
        let first = CalendarDate(iso: "2022-09-01")!, asOf = CalendarDate(iso: StoreGenerator.asOf)!
        for set in ["Award", "Donation", "Enrollment"] {
            let days = store.records(set).compactMap { $0.value("Date").flatMap { CalendarDate(iso: $0) } }
            XCTAssertEqual(days.count, store.records(set).count, set)
            XCTAssertTrue(days.allSatisfy { first <= $0 && $0 <= asOf }, set)
            XCTAssertEqual(days, days.sorted(), "\(set) is recorded in date order")
        }
    }

    func testAmountsAreWholeDongAndTheFundStaysAbovePayouts() {
        let awarded = store.records("Award").compactMap { $0.value("Amount") }.map { Int($0)! }
        let donated = store.records("Donation").map { Int($0.value("Amount")!)! }
        XCTAssertTrue(awarded.allSatisfy { $0 >= 100_000 && $0 <= 1_000_000 && $0 % 50_000 == 0 })
        XCTAssertTrue(donated.allSatisfy { $0 >= 100_000 && $0 % 100_000 == 0 })
        XCTAssertGreaterThan(donated.reduce(0, +), awarded.reduce(0, +))
    }

    func testGenderAgreesWithVanAndThi() {
        let learners = store.records("Learner")
        XCTAssertEqual(learners.count, 120)
        for l in learners {
            let words = (store.nfc(l, "Name") ?? "").split(separator: " ")
            XCTAssertGreaterThanOrEqual(words.count, 3, "line \(l.line)")
            if words.dropFirst().dropLast().contains("Văn") { XCTAssertEqual(l.value("Gender"), "M", "line \(l.line)") }
            if words.dropFirst().dropLast().contains("Thị") { XCTAssertEqual(l.value("Gender"), "F", "line \(l.line)") }
        }
    }

    func testPrivateFieldsAreThereForSomeLearnersOnly() {
        let learners = store.records("Learner")
        let phones = learners.filter { $0.value("Phone") != nil }.count
        let birthDates = learners.filter { $0.value("BirthDate") != nil }
        XCTAssertTrue((10..<110).contains(phones), "\(phones) phones")
        XCTAssertFalse(birthDates.isEmpty)
        for l in birthDates { XCTAssertEqual(l.value("BirthDate")?.prefix(4), l.value("BirthYear")?.prefix(4)) }
    }
}
