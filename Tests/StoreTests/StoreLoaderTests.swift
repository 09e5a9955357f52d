/// Loading a store folder: the campaign, its problems by file and line, and folders that cannot be read.

import XCTest
@testable import Store
@testable import StoreDemo
@testable import Recfile
import StoreFixtures

final class StoreLoaderTests: XCTestCase {
    private let goodCampaign = """
    # Tuần lễ
    %rec: Campaign
    %key: Id

    Id: TLHTSD-2022
    Title: Tuần lễ hưởng ứng học tập suốt đời năm 2022
    Ward: Phường Hòa Bình
    Center: Trung tâm học tập cộng đồng
    SchoolYear: 2022-2023
    WeekStart: 2022-10-01
    WeekEnd: 2022-10-07
    CeremonyDate: 2022-10-06
    CeremonyTime: 07:30
    Venue: Hội trường UBND phường
    Theme: Thúc đẩy chuyển đổi số
    Theme: Đọc và học suốt đời

    """

    func testLoadsAGoodCampaign() throws {
        let folder = try makeEmptyStore(self)
        try write(goodCampaign, to: "campaign.rec", in: folder)
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertEqual(snapshot.problems, [])
        XCTAssertEqual(snapshot.directory, folder)
        let c = try XCTUnwrap(snapshot.campaign)
        XCTAssertEqual(c.id, "TLHTSD-2022")
        XCTAssertEqual(c.ward, "Phường Hòa Bình")
        XCTAssertEqual(c.schoolYear, "2022-2023")
        XCTAssertEqual(c.weekStart, CalendarDate(iso: "2022-10-01"))
        XCTAssertEqual(c.weekEnd, CalendarDate(iso: "2022-10-07"))
        XCTAssertEqual(c.ceremonyDate?.weekday, 4)
        XCTAssertEqual(c.ceremonyTime, ClockTime(text: "07:30"))
        XCTAssertEqual(c.venue, "Hội trường UBND phường")
        XCTAssertEqual(c.themes, ["Thúc đẩy chuyển đổi số", "Đọc và học suốt đời"])
    }

    func testOptionalFieldsMayBeAbsent() throws {
        let folder = try makeEmptyStore(self)
        let text = goodCampaign.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("Ceremony") && !$0.hasPrefix("Venue") && !$0.hasPrefix("Theme") }
            .joined(separator: "\n")
        try write(text, to: "campaign.rec", in: folder)
        let c = try XCTUnwrap(try StoreLoader.load(directory: folder).campaign)
        XCTAssertNil(c.ceremonyDate)
        XCTAssertNil(c.ceremonyTime)
        XCTAssertNil(c.venue)
        XCTAssertEqual(c.themes, [])
    }

    func testMissingMandatoryFieldIsAProblemWithItsPlace() throws {
        let folder = try makeEmptyStore(self)
        try write(goodCampaign.replacingOccurrences(of: "Ward: Phường Hòa Bình\n", with: ""), to: "campaign.rec", in: folder)
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertNil(snapshot.campaign)
        XCTAssertEqual(snapshot.problems.count, 1)
        let p = try XCTUnwrap(snapshot.problems.first)
        XCTAssertEqual([p.file, "\(p.line)", p.field], ["campaign.rec", "5", "Ward"])
        XCTAssertEqual(p.severity, .error)
        XCTAssertTrue(p.description.hasPrefix("campaign.rec:5: Ward: missing"), p.description)
    }

    func testBadDatesAndTimesAreProblemsOnTheirLines() throws {
        let folder = try makeEmptyStore(self)
        let text = goodCampaign
            .replacingOccurrences(of: "WeekStart: 2022-10-01", with: "WeekStart: 2022-02-30")
            .replacingOccurrences(of: "CeremonyDate: 2022-10-06", with: "CeremonyDate: 06/10/2022")
            .replacingOccurrences(of: "CeremonyTime: 07:30", with: "CeremonyTime: 7h30")
        try write(text, to: "campaign.rec", in: folder)
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertNil(snapshot.campaign, "a bad mandatory date leaves no campaign")
        XCTAssertEqual(snapshot.problems.map(\.line), [10, 12, 13])
        XCTAssertEqual(snapshot.problems.map(\.field), ["WeekStart", "CeremonyDate", "CeremonyTime"])
        XCTAssertTrue(snapshot.problems[0].message.contains("\"2022-02-30\""), snapshot.problems[0].message)
    }

    func testBadOptionalValueLeavesTheRecordOutLikeAnyError() throws {
        let folder = try makeEmptyStore(self)
        try write(goodCampaign.replacingOccurrences(of: "07:30", with: "25:00"), to: "campaign.rec", in: folder)
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertNil(snapshot.campaign, "a record with an error is not shown half-read")
        XCTAssertEqual(snapshot.problems.map(\.line), [13])
        XCTAssertEqual(snapshot.problems.map(\.kind), [.badValue])
    }

    func testWeekEndingBeforeItStarts() throws {
        let folder = try makeEmptyStore(self)
        try write(goodCampaign.replacingOccurrences(of: "WeekEnd: 2022-10-07", with: "WeekEnd: 2022-09-30"),
                  to: "campaign.rec", in: folder)
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertEqual(snapshot.problems.map(\.line), [11])
        XCTAssertEqual(snapshot.problems.first?.field, "WeekEnd")
    }

    func testSyntaxAndModelProblemsAreSortedTogether() throws {
        let folder = try makeEmptyStore(self)
        let text = goodCampaign.replacingOccurrences(of: "Ward: Phường Hòa Bình\n", with: "") + "\nstray line\n"
        try write(text, to: "campaign.rec", in: folder)
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertEqual(snapshot.problems.map(\.line), [5, 17])
    }

    func testNoCampaignRecord() throws {
        let folder = try makeEmptyStore(self)
        try write("%rec: Campaign\n\n%rec: Target\n\nId: T1\nLabel: x\nMetric: awards\nGoal: 1\n", to: "campaign.rec", in: folder)
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertNil(snapshot.campaign)
        XCTAssertEqual(snapshot.problems.map(\.line), [1])
    }

    func testMissingFilesAreProblemsNotThrows() throws {
        let folder = try makeTemporaryFolder(self)
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertNil(snapshot.campaign)
        XCTAssertEqual(snapshot.errors.map(\.file), ["campaign.rec"], "the dashboard cannot do without the campaign")
        XCTAssertEqual(snapshot.errors.first?.line, 0)
        XCTAssertEqual(Set(snapshot.warnings.map(\.file)), Set(StoreSchema.files).subtracting(["campaign.rec"]))
        XCTAssertEqual(Set(snapshot.problems.map(\.kind)), [.missingFile])
    }

    func testMissingOrWrongFolderThrows() throws {
        let folder = try makeTemporaryFolder(self)
        XCTAssertThrowsError(try StoreLoader.load(directory: folder + "/nope")) { error in
            XCTAssertEqual(error as? StoreError, .folderNotFound(path: folder + "/nope"))
            XCTAssertEqual("\(error)", "store folder not found: \(folder)/nope")
        }
        try write(goodCampaign, to: "campaign.rec", in: folder)
        XCTAssertThrowsError(try StoreLoader.load(directory: folder + "/campaign.rec")) { error in
            XCTAssertEqual(error as? StoreError, .notAFolder(path: folder + "/campaign.rec"))
        }
    }

    func testDemoDirectoryIsFoundUnderTest() throws {
        let demo = try XCTUnwrap(StoreLoader.demoDirectory())
        var isFolder: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: demo, isDirectory: &isFolder) && isFolder.boolValue)
        XCTAssertTrue(demo.hasSuffix("/Demo"), demo)
        XCTAssertNoThrow(try StoreLoader.load(directory: demo))
    }
}
