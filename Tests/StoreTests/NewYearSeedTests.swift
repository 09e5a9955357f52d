/// The next school year's store, seeded from the last: branches and clans copied, only open classes, the campaign's
/// ward and centre carried; a year not after the old one, a broken old store or a folder with files are refused.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class NewYearSeedTests: XCTestCase {
    private let now = "2023-05-10 09:00"

    private func add(_ kind: String, _ words: [String], in folder: String) throws {
        let set = try RecordAddition.set(forKind: kind)
        _ = try RecordAddition.add(set: set, given: try RecordAddition.fields(from: words, for: set), in: folder, now: now)
    }

    /// A 2022-2023 store: a campaign, a branch, a clan, a target, and classes ended, running on and undated.
    private func lastYear() throws -> String {
        let folder = try makeEmptyStore(self)
        try add("campaign", ["--Ward", "Phường Hòa Bình", "--Center", "TTHTCĐ phường Hòa Bình", "--SchoolYear", "2022-2023",
                             "--Theme", "Chủ đề cũ"], in: folder)
        try add("target", ["--Label", "Lượt người học", "--Metric", "learner_turns", "--Goal", "2700"], in: folder)
        try add("branch", ["--Id", "KP01", "--Name", "Chi hội khu phố 1", "--Kind", "neighborhood", "--Members", "40"], in: folder)
        try add("clan", ["--Name", "Họ Lê", "--Studious", "yes"], in: folder)
        try add("class", ["--Id", "LH01", "--Name", "Đã xong", "--Topic", "A", "--Start", "2022-10-04", "--End", "2022-11-29", "--Weekly", "T3"], in: folder)
        try add("class", ["--Id", "LH02", "--Name", "Còn học", "--Topic", "B", "--Start", "2023-06-05", "--End", "2023-09-25", "--Weekly", "T2"], in: folder)
        try add("class", ["--Id", "LH03", "--Name", "Câu lạc bộ", "--Topic", "C", "--Kind", "club"], in: folder)
        try add("class", ["--Id", "LH04", "--Name", "Của năm cũ", "--Topic", "D", "--SchoolYear", "2022-2023"], in: folder)
        return folder
    }

    func testTheNextYearCarriesBranchesClansOpenClassesAndTheWard() throws {
        let old = try lastYear()
        let new = try makeTemporaryFolder(self) + "/store-2023-2024"
        XCTAssertEqual(NewYearSeed.nextYear(after: old), SchoolYear(startYear: 2023))
        let summary = try NewYearSeed.create(in: new, from: old, year: SchoolYear(startYear: 2023))
        XCTAssertEqual(summary.branches, 1)
        XCTAssertEqual(summary.clans, 1)
        XCTAssertEqual(summary.classes, ["LH02", "LH03"])
        XCTAssertEqual(summary.campaign, "TLHTSD-2023")
        let snapshot = try StoreLoader.load(directory: new)
        XCTAssertEqual(snapshot.problems.filter { $0.severity == .error }.map(\.description), [])
        XCTAssertEqual(snapshot.campaign?.ward, "Phường Hòa Bình")
        XCTAssertEqual(snapshot.campaign?.center, "TTHTCĐ phường Hòa Bình")
        XCTAssertEqual(snapshot.campaign?.schoolYear, "2023-2024")
        XCTAssertEqual(snapshot.campaign?.weekStart.description, "2023-10-01")
        XCTAssertEqual(snapshot.campaign?.themes, [], "the ministry's theme of the year is typed anew")
        XCTAssertEqual(snapshot.targets.count, 0, "targets belong to their year")
        XCTAssertEqual(snapshot.classes.map(\.id), ["LH02", "LH03"])
        XCTAssertEqual(snapshot.classes.first?.sessionDates.count, 17, "a class is copied with its sessions")
        let branches = try String(contentsOfFile: new + "/branches.rec", encoding: .utf8)
        XCTAssertTrue(branches.contains("Id: KP01\nName: Chi hội khu phố 1\nKind: neighborhood\nMembers: 40\n"), branches)
        let recutils = try Recutils.require()
        for file in StoreSchema.files { try recutils.assertChecks(new + "/" + file) }
        // The new store takes the year's records: a second campaign is still refused there.
        XCTAssertThrowsError(try add("campaign", ["--Ward", "X", "--Center", "Y", "--SchoolYear", "2023-2024"], in: new))
    }

    func testAYearNotAfterTheOldOneABrokenStoreOrAFilledFolderIsRefused() throws {
        let old = try lastYear()
        let new = try makeTemporaryFolder(self) + "/next"
        XCTAssertThrowsError(try NewYearSeed.create(in: new, from: old, year: SchoolYear(startYear: 2022))) {
            XCTAssertEqual($0 as? NewYearSeed.Failure, .notLater(new: SchoolYear(startYear: 2022), old: SchoolYear(startYear: 2022)))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: new + "/campaign.rec"))
        let filled = try makeEmptyStore(self)
        XCTAssertThrowsError(try NewYearSeed.create(in: filled, from: old, year: SchoolYear(startYear: 2023))) {
            guard case .filesExist? = $0 as? StoreInitializer.Failure else { return XCTFail("\($0)") }
        }
        try write(try String(contentsOfFile: old + "/branches.rec", encoding: .utf8) + "\nId: KP02\nName: Thiếu loại\n",
                  to: "branches.rec", in: old)
        XCTAssertThrowsError(try NewYearSeed.create(in: new, from: old, year: SchoolYear(startYear: 2023))) {
            XCTAssertEqual($0 as? NewYearSeed.Failure, .sourceHasErrors(folder: old, count: 1))
        }
    }
}
