/// The generator makes exactly the records it is asked for, and says so truthfully.

import Foundation
import XCTest
@testable import Store
@testable import StoreDemo
@testable import Recfile

final class GeneratorCountsTests: XCTestCase {
    private func parsedCounts(_ texts: [String: String]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for (name, text) in texts {
            let file = RecParser.parse(Array(text.utf8), file: name)
            XCTAssertEqual(file.problems.filter { $0.severity == .error }, [], name)
            for set in file.descriptors { counts[set.name] = file.records(of: set.name).count }
        }
        return counts
    }

    func testCountsAreAsRequested() {
        let counts = GeneratorDeterminismTests.small
        let generator = StoreGenerator(seed: 7, counts: counts)
        let made = generator.recordCounts()
        XCTAssertEqual(made["Branch"], 7)
        XCTAssertEqual(made["Clan"], 9)
        XCTAssertEqual(made["Class"], 8)
        XCTAssertEqual(made["Learner"], 120)
        XCTAssertEqual(made["Enrollment"], 260)
        XCTAssertEqual(made["Award"], 300)
        XCTAssertEqual(made["Donation"], 12)
        XCTAssertEqual(made["AgendaLog"], 3)
        XCTAssertEqual(made["Campaign"], 1)
        XCTAssertEqual(made["Agenda"], 10)
        XCTAssertGreaterThan(made["Attendance"] ?? 0, 0)
        XCTAssertEqual(Set(made.keys), Set(StoreSchema.setNames))
    }

    func testTheReportedCountsAreWhatTheTextHolds() {
        let generator = StoreGenerator(seed: 7, counts: GeneratorDeterminismTests.small)
        XCTAssertEqual(parsedCounts(generator.texts()), generator.recordCounts())
    }

    func testStudiousClansAreExactlyAsMany() throws {
        let texts = StoreGenerator(seed: 7, counts: GeneratorDeterminismTests.small).texts()
        let clans = RecParser.parse(Array(texts["branches.rec"]!.utf8), file: "branches.rec").records(of: "Clan")
        XCTAssertEqual(clans.filter { $0.value("Studious") == "yes" }.count, 5)
        XCTAssertEqual(clans.filter { $0.value("Studious") == "no" }.count, 4)
    }

    func testBigAwardCountsScaleTheFundButNotTheRest() {
        let counts = StoreCounts.withAwards(1_000_000)
        XCTAssertEqual(counts.awards, 1_000_000)
        XCTAssertEqual(counts.donations, 33_333)
        XCTAssertEqual(counts.learners, StoreCounts.demo.learners)
        XCTAssertEqual(counts.classes, StoreCounts.demo.classes)
    }

    func testEnrollmentsAreCappedByDistinctLearnersPerClass() {
        var counts = GeneratorDeterminismTests.small
        counts.classes = 3
        counts.learners = 10
        counts.enrollments = 100
        XCTAssertEqual(StoreGenerator(seed: 3, counts: counts).recordCounts()["Enrollment"], 30)
    }

    func testMoreClassesThanTheCatalogRepeatItsClassesAsNewGroups() throws {
        var counts = GeneratorDeterminismTests.small
        counts.classes = 60
        let text = StoreGenerator(seed: 3, counts: counts).texts()["classes.rec"]!
        let classes = RecParser.parse(Array(text.utf8), file: "classes.rec").records(of: "Class")
        XCTAssertEqual(classes.count, 60)
        XCTAssertEqual(Set(classes.compactMap { $0.value("Id") }).count, 60)
        XCTAssertTrue(classes.contains { $0.value("Name")?.hasSuffix("(lớp 2)") == true })
    }

    func testAStoreWithNothingButItsCampaignIsStillWellFormed() {
        let counts = StoreCounts(neighborhoodBranches: 1, schoolBranches: 0, agencyBranches: 0, clans: 0,
                                 studiousClans: 0, classes: 0, learners: 0, enrollments: 0, awards: 0,
                                 donations: 0, agendaLog: 0)
        let generator = StoreGenerator(seed: 1, counts: counts)
        let made = generator.recordCounts()
        XCTAssertEqual(made["Branch"], 1)
        XCTAssertEqual(made["Award"], 0)
        XCTAssertEqual(made["Attendance"], 0)
        XCTAssertEqual(parsedCounts(generator.texts()), made)
    }
}
