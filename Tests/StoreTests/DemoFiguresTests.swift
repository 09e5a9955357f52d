/// The shipped demo store: exactly what its generator writes, carrying the ceremony's figures.

import Foundation
import XCTest
@testable import Store
@testable import StoreDemo
@testable import Recfile

/// The demo files in the source tree, as shipped.
enum ShippedDemo {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/StoreDemo/Demo").path

    static func texts() throws -> [String: String] {
        var texts: [String: String] = [:]
        for name in StoreSchema.files {
            texts[name] = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        }
        return texts
    }
}

final class DemoFiguresTests: XCTestCase {
    private static let demo = ParsedGeneratedStore(DemoStoreWriter.texts())
    private var demo: ParsedGeneratedStore { Self.demo }

    func testTheShippedFilesAreExactlyWhatTheDemoGeneratorWrites() throws {
        let shipped = try ShippedDemo.texts()
        let generated = DemoStoreWriter.texts()
        for name in StoreSchema.files {
            XCTAssertTrue(shipped[name] == generated[name],
                          "\(name) differs from the generator's: regenerate the demo (see DemoStoreWriter)")
        }
    }

    func testTheBuiltInDemoFolderHoldsEveryFile() throws {
        let folder = try XCTUnwrap(StoreLoader.demoDirectory(), "the demo resource is not next to the tests")
        for name in StoreSchema.files {
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/" + name), name)
        }
    }

    func testTheCampaignCarriesTheCeremonysFigures() throws {
        let campaign = try XCTUnwrap(demo.records("Campaign").first)
        XCTAssertEqual(campaign.value("SchoolYear"), "2022-2023")
        XCTAssertEqual(campaign.value("CeremonyDate"), "2022-10-06")
        XCTAssertEqual(campaign.values("Theme").count, 2)
        let turns = try XCTUnwrap(demo.records("Target").first { $0.value("Metric") == "learner_turns" })
        XCTAssertEqual(turns.value("Goal"), "2700")
        let clans = try XCTUnwrap(demo.records("Indicator").first { $0.value("Of") != nil })
        XCTAssertEqual([clans.value("Value"), clans.value("Of")], ["24", "35"])
        XCTAssertEqual(demo.records("Agenda").count, 10)
    }

    func testThirtyFiveClansOfWhichTwentyFourStudious() {
        let clans = demo.records("Clan")
        XCTAssertEqual(clans.count, 35)
        XCTAssertEqual(clans.filter { $0.value("Studious") == "yes" }.count, 24)
        let clanAwards = demo.records("Award").filter { $0.value("Kind") == "clan" }
        XCTAssertEqual(Set(clanAwards.compactMap { $0.value("Recipient") }),
                       Set(clans.filter { $0.value("Studious") == "yes" }.compactMap { $0.value("Name") }))
    }

    func testBranchesOfTwelveNeighbourhoodsAndFiveSchools() {
        let branches = demo.records("Branch")
        let neighborhoods = branches.filter { $0.value("Kind") == "neighborhood" }.compactMap { $0.value("Name") }
        XCTAssertEqual(neighborhoods, (1...12).map { "Chi hội khu phố \($0)" })
        XCTAssertEqual(branches.filter { $0.value("Kind") == "school" }.count, 5)
    }

    func testSizesArePartwayToTheTargets() {
        XCTAssertTrue((750...850).contains(demo.records("Learner").count))
        let turns = demo.records("Enrollment").count
        XCTAssertTrue((1_900...2_100).contains(turns), "\(turns) learner-turns")
        XCTAssertLessThan(turns, 2_700, "the demo is partway to its target")
        let awards = demo.records("Award")
        let thisYear = awards.filter { ($0.value("Date") ?? "") >= "2022-09-01" }.count
        let yearBefore = awards.filter { ($0.value("Date") ?? "") < "2022-09-01" }.count
        XCTAssertTrue((1_800...1_950).contains(thisYear), "\(thisYear) awards in 2022-2023")
        XCTAssertTrue((1_600...1_800).contains(yearBefore), "\(yearBefore) awards in 2021-2022")
        XCTAssertTrue(awards.allSatisfy { ($0.value("Date") ?? "") >= "2021-09-01" }, "two school years, no more")
        XCTAssertLessThan(yearBefore, thisYear, "the demo's year grew on the one before")
        XCTAssertTrue((20...30).contains(demo.records("Class").count))
        XCTAssertGreaterThan(demo.records("Attendance").count, turns)
    }

    func testTheFirstClassIsTheDigitalTransformationTrainingRightAfterTheCeremony() throws {
        let classes = demo.records("Class")
        let first = try XCTUnwrap(classes.first)
        XCTAssertTrue(first.value("Name")?.contains("chuyển đổi số") == true, first.value("Name") ?? "")
        XCTAssertEqual(first.value("Start"), "2022-10-06")
        XCTAssertTrue(classes.dropFirst().allSatisfy { ($0.value("Start") ?? "") > "2022-10-06" })
        XCTAssertEqual(Set(classes.compactMap { $0.value("Kind") }), ["thematic", "vocational", "literacy", "club"])
    }

    func testAwardsSpreadOverTheYearMostlyToStudents() {
        let awards = demo.records("Award")
        let months = Set(awards.compactMap { $0.value("Date")?.prefix(7) })
        XCTAssertGreaterThanOrEqual(months.count, 6)
        let students = awards.filter { $0.value("Kind") == "student" }.count
        XCTAssertGreaterThan(students * 10, awards.count * 8)
        let categories = Set(awards.compactMap { $0.value("Category") })
        XCTAssertTrue(categories.isSuperset(of: ["Học sinh giỏi", "Học sinh vượt khó", "Học bổng", "Gia đình hiếu học",
                                                 "Dòng họ hiếu học", "Công dân học tập"]))
    }

    func testTheFundCoversTheAwardsAndTheCeremonyIsUnderWay() {
        let awarded = demo.records("Award").compactMap { $0.value("Amount").flatMap(Int.init) }.reduce(0, +)
        let donated = demo.records("Donation").compactMap { $0.value("Amount").flatMap(Int.init) }.reduce(0, +)
        XCTAssertGreaterThan(donated, awarded)
        let log = demo.records("AgendaLog").compactMap { $0.value("Seq") }
        XCTAssertTrue((1..<10).contains(log.count), "a few items logged, the ceremony not over")
    }
}
