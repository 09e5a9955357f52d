/// `hoctap init`: empty stores with their headers, the demo copied, and never a file overwritten.

import Foundation
import XCTest
@testable import Store
@testable import StoreDemo
@testable import Recfile
import StoreFixtures

final class DemoInitTests: XCTestCase {
    private func contents(of folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    func testAnEmptyStoreHasEveryFileWithItsHeadersOnlyAndThePublishedCriteria() throws {
        let folder = try makeTemporaryFolder(self) + "/new/store"
        let paths = try StoreInitializer.create(in: folder, contents: .empty)
        XCTAssertEqual(paths.map { ($0 as NSString).lastPathComponent }, StoreSchema.files)
        XCTAssertEqual(try contents(of: folder), [StoreManifest.fileName] + StoreSchema.files.sorted(),
                       "the files, and the list of them that makes one of them missing later an error")
        XCTAssertEqual(StoreManifest.read(folder)?.files, Set(StoreSchema.files))
        for file in StoreSchema.files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            XCTAssertEqual(text, file == "criteria.rec" ? PublishedCriteria.fileText() : StoreSchema.fileHeader(for: file))
            XCTAssertTrue(text.hasPrefix("# \(file): "), text)
            let parsed = RecParser.parse(Array(text.utf8), file: file)
            XCTAssertEqual(parsed.descriptors.map(\.name), StoreSchema.sets(in: file).map(\.name))
            XCTAssertEqual(parsed.records.count, file == "criteria.rec" ? 26 : 0, "the published sets and their items")
            XCTAssertEqual(parsed.problems.filter { $0.severity == .error }, [])
        }
        // A fresh store is valid: the missing campaign is a warning, so `hoctap check` passes.
        let loaded = try StoreLoader.load(directory: folder)
        XCTAssertEqual(loaded.errors, [])
        XCTAssertEqual(loaded.warnings.map(\.kind), [.missingField])
        XCTAssertEqual(loaded.warnings.first?.file, "campaign.rec")
    }

    func testTheDemoIsCopiedByteForByte() throws {
        let folder = try makeTemporaryFolder(self)
        try StoreInitializer.create(in: folder, contents: .copy(from: ShippedDemo.folder))
        for name in StoreSchema.files {
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)),
                           try Data(contentsOf: URL(fileURLWithPath: ShippedDemo.folder + "/" + name)), name)
        }
        XCTAssertEqual(try contents(of: folder), [StoreManifest.fileName] + StoreSchema.files.sorted(), "no temporary file is left")
    }

    func testTheBuiltInDemoResourceCanBeCopied() throws {
        let source = try XCTUnwrap(StoreLoader.demoDirectory())
        let folder = try makeTemporaryFolder(self)
        try StoreInitializer.create(in: folder, contents: .copy(from: source))
        XCTAssertEqual(try String(contentsOfFile: folder + "/awards.rec", encoding: .utf8),
                       DemoStoreWriter.texts()["awards.rec"])
    }

    func testAFreshlyGeneratedDemoIsWrittenLikeTheShippedOne() throws {
        let folder = try makeTemporaryFolder(self)
        try StoreInitializer.create(in: folder, contents: .texts(DemoStoreWriter.texts()))
        XCTAssertEqual(try String(contentsOfFile: folder + "/learners.rec", encoding: .utf8),
                       try String(contentsOfFile: ShippedDemo.folder + "/learners.rec", encoding: .utf8))
    }

    func testItRefusesToOverwriteAndWritesNothing() throws {
        let folder = try makeTemporaryFolder(self)
        try write("Id: mine\n", to: "awards.rec", in: folder)
        try write("notes\n", to: "notes.txt", in: folder)
        XCTAssertThrowsError(try StoreInitializer.create(in: folder, contents: .copy(from: ShippedDemo.folder))) { error in
            XCTAssertEqual(error as? StoreInitializer.Failure,
                           .filesExist(directory: folder, names: ["awards.rec"]))
            XCTAssertTrue("\(error)".contains("nothing was written"), "\(error)")
        }
        XCTAssertEqual(try contents(of: folder), ["awards.rec", "notes.txt"])
        XCTAssertEqual(try String(contentsOfFile: folder + "/awards.rec", encoding: .utf8), "Id: mine\n")
    }

    func testASecondInitIntoTheSameFolderIsRefused() throws {
        let folder = try makeTemporaryFolder(self)
        try StoreInitializer.create(in: folder, contents: .empty)
        XCTAssertThrowsError(try StoreInitializer.create(in: folder, contents: .empty)) { error in
            guard case .filesExist(_, let names)? = error as? StoreInitializer.Failure else {
                return XCTFail("\(error)")
            }
            XCTAssertEqual(names, StoreSchema.files)
        }
    }

    func testAMissingSourceFileLeavesNothingBehind() throws {
        let source = try makeTemporaryFolder(self)
        try write("%rec: Campaign\n", to: "campaign.rec", in: source)
        let folder = try makeTemporaryFolder(self) + "/target"
        XCTAssertThrowsError(try StoreInitializer.create(in: folder, contents: .copy(from: source))) { error in
            guard case .sourceMissing? = error as? StoreInitializer.Failure else { return XCTFail("\(error)") }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/campaign.rec"))
    }

    func testAMissingTextFailsBeforeAnythingIsWritten() throws {
        let folder = try makeTemporaryFolder(self)
        var texts = DemoStoreWriter.texts()
        texts["funds.rec"] = nil
        XCTAssertThrowsError(try StoreInitializer.create(in: folder, contents: .texts(texts)))
        XCTAssertEqual(try contents(of: folder), [])
    }

    func testAFailureHalfwayRemovesTheFilesAlreadyPlaced() throws {
        let folder = try makeTemporaryFolder(self)
        // A folder where the last file's temporary copy would go: that file cannot be written.
        let blocker = folder + "/.funds.rec.new-\(ProcessInfo.processInfo.processIdentifier)"
        try FileManager.default.createDirectory(atPath: blocker + "/inside", withIntermediateDirectories: true)
        XCTAssertThrowsError(try StoreInitializer.create(in: folder, contents: .empty)) { error in
            guard case .cannotWrite? = error as? StoreInitializer.Failure else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try contents(of: folder), [(blocker as NSString).lastPathComponent])
    }
}
