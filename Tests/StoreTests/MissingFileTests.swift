/// A missing store file is an error when the store shows it existed, a warning otherwise; a link to nowhere is an error.

import Foundation
import StoreFixtures
import XCTest
@testable import Store
@testable import Recfile

final class MissingFileTests: XCTestCase {
    func testAnOlderStoreWithoutTitlesStaysValid() throws {
        let folder = try StoreFixture.folder(self)
        try FileManager.default.removeItem(atPath: folder + "/titles.rec")
        let s = try StoreLoader.load(directory: folder)
        XCTAssertEqual(s.errors, [])
        XCTAssertEqual(s.warnings.map(\.file), ["titles.rec"])
        XCTAssertEqual(s.warnings.map(\.kind), [.missingFile])
    }

    func testAFileTheManifestListsIsAnErrorWhenMissing() throws {
        let folder = try StoreFixture.folder(self)
        StoreManifest.update(in: folder)
        XCTAssertEqual(StoreManifest.read(folder)?.files, Set(StoreSchema.files))
        try FileManager.default.removeItem(atPath: folder + "/titles.rec")
        let s = try StoreLoader.load(directory: folder)
        XCTAssertEqual(s.errors.map(\.file), ["titles.rec"])
        XCTAssertEqual(s.errors.map(\.kind), [.missingFile])
        XCTAssertTrue(s.errors.first?.message.contains(".hoctap-files says the store had it") == true, "\(s.errors)")
    }

    func testAFileRecordsReferIntoIsAnErrorWhenMissing() throws {
        let folder = try StoreFixture.folder(self)
        try FileManager.default.removeItem(atPath: folder + "/learners.rec")
        let s = try StoreLoader.load(directory: folder)
        XCTAssertEqual(s.errors.map(\.file), ["learners.rec"])
        let line = StoreFixture.line(of: "Learner: HV1", in: "attendance.rec")
        XCTAssertTrue(s.errors.first?.message.contains("(the first at attendance.rec:\(line))") == true, "\(s.errors)")
    }

    func testADanglingLinkIsAnErrorNotAMissingFile() throws {
        let folder = try StoreFixture.folder(self)
        try FileManager.default.removeItem(atPath: folder + "/titles.rec")
        try FileManager.default.createSymbolicLink(atPath: folder + "/titles.rec", withDestinationPath: "gone/titles.rec")
        for s in [try StoreLoader.load(directory: folder), try StoreLoader.reload(directory: folder)] {
            XCTAssertEqual(s.errors.map(\.file), ["titles.rec"])
            XCTAssertEqual(s.errors.first?.message, "is a symbolic link to \"gone/titles.rec\", which does not exist; its records cannot be read")
        }
    }

    func testALoopOfLinksIsAnError() throws {
        let folder = try StoreFixture.folder(self)
        try FileManager.default.removeItem(atPath: folder + "/titles.rec")
        try FileManager.default.createSymbolicLink(atPath: folder + "/titles.rec", withDestinationPath: "titles.rec")
        let s = try StoreLoader.load(directory: folder)
        XCTAssertEqual(s.errors.map(\.file), ["titles.rec"])
        XCTAssertTrue(s.errors.first?.message.contains("a loop of links") == true, "\(s.errors)")
    }

    func testWritesKeepTheManifestAndNoteARewrite() throws {
        let folder = try StoreFixture.folder(self)
        XCTAssertNil(StoreManifest.read(folder), "a store never written by hoctap has none")
        _ = try StoreWrite.remove(set: "Award", matching: [.init("Id", "A2")]).perform(in: folder, now: "2022-10-06 08:00")
        let manifest = try XCTUnwrap(StoreManifest.read(folder))
        XCTAssertEqual(manifest.files, Set(StoreSchema.files))
        let size = try XCTUnwrap(FileWindows.identity(folder + "/awards.rec")?.size)
        XCTAssertEqual(manifest.rewrites, ["awards.rec": size])
    }
}
