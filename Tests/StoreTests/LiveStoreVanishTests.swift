/// A followed store whose file is cut short or deleted keeps the last good data on screen, with an error for the badge.

import Foundation
import StoreFixtures
import XCTest
@testable import Store
@testable import Recfile
@testable import StoreDemo

final class LiveStoreVanishTests: XCTestCase {
    private func demoCopy() throws -> String {
        let folder = try makeTemporaryFolder(self) + "/store"
        try StoreInitializer.create(in: folder, contents: .copy(from: XCTUnwrap(StoreLoader.demoDirectory())))
        return folder
    }

    /// Cuts the file at `path` in place (same inode, as `truncate` or a shell's `>` would) to `size` bytes.
    private func truncate(_ path: String, to size: Int) throws {
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
    }

    private func size(_ path: String) throws -> Int {
        try XCTUnwrap(FileWindows.identity(path)?.size)
    }

    func testAFileTruncatedInPlaceToHalfKeepsTheOldRecordsWithAnError() throws {
        let folder = try demoCopy()
        var store = try LiveStore(directory: folder)
        XCTAssertTrue(store.reload())
        let awards = store.shown.awards.map(\.id)
        let path = folder + "/awards.rec"
        try truncate(path, to: try size(path) / 2)
        XCTAssertTrue(store.reload())
        XCTAssertEqual(store.shown.awards.map(\.id), awards, "the last good awards stay on screen")
        XCTAssertTrue(store.shown.errors.contains { $0.file == "awards.rec" && $0.kind == .shrunk }, "\(store.shown.errors)")
        XCTAssertTrue(store.live.isHoldingBack)
    }

    /// Cut exactly between two records, the file reads without a single error of its own: only
    /// the comparison with the last good load tells that records were lost.
    func testAFileCutBetweenTwoRecordsKeepsTheOldRecordsWithAnError() throws {
        let folder = try demoCopy()
        var store = try LiveStore(directory: folder)
        XCTAssertTrue(store.reload())
        let awards = store.shown.awards.map(\.id)
        let path = folder + "/awards.rec"
        let bytes = try FileAccess.readAll(path)
        let half = Array(bytes[..<(bytes.count / 2)])
        let boundary = try XCTUnwrap(half.withUnsafeBufferPointer { RecBoundary.last(in: $0) })
        try truncate(path, to: boundary)
        XCTAssertEqual(try StoreLoader.load(directory: folder).errors, [], "the cut file alone looks valid")
        XCTAssertTrue(store.reload())
        XCTAssertEqual(store.shown.awards.map(\.id), awards)
        let error = try XCTUnwrap(store.shown.errors.first)
        XCTAssertEqual(store.shown.errors.map(\.kind), [.shrunk])
        XCTAssertEqual([error.file, "\(error.line)"], ["awards.rec", "0"])
        XCTAssertTrue(error.message.contains("fewer than when the dashboard last read it"), error.message)

        // Another change elsewhere does not make the cut file good.
        let funds = folder + "/funds.rec"
        try Data(try FileAccess.readAll(funds)).write(to: URL(fileURLWithPath: funds))
        XCTAssertTrue(store.reload())
        XCTAssertEqual(store.shown.awards.map(\.id), awards)
        XCTAssertEqual(store.shown.errors.map(\.kind), [.shrunk])

        // The file put back brings the store back.
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        XCTAssertTrue(store.reload())
        XCTAssertEqual(store.shown.errors, [])
        XCTAssertFalse(store.live.isHoldingBack)
    }

    func testADeletedFileKeepsTheOldRecordsWithAnError() throws {
        let folder = try demoCopy()
        // Without the list of files, only the comparison with the last load knows funds.rec existed.
        try FileManager.default.removeItem(atPath: folder + "/" + StoreManifest.fileName)
        var store = try LiveStore(directory: folder)
        XCTAssertTrue(store.reload())
        let donations = store.shown.donations.count
        XCTAssertGreaterThan(donations, 0)
        try FileManager.default.removeItem(atPath: folder + "/funds.rec")
        XCTAssertTrue(store.reload())
        XCTAssertEqual(store.shown.donations.count, donations, "the last good donations stay on screen")
        XCTAssertEqual(store.shown.errors.map(\.file), ["funds.rec"])
        XCTAssertEqual(store.shown.errors.map(\.kind), [.missingFile])
        XCTAssertTrue(store.live.isHoldingBack)
    }

    /// A record removed by hoctap (the dashboard's own delete) shrinks the file with no error.
    func testARecordRemovedByHoctapIsNoLoss() throws {
        let folder = try demoCopy()
        var store = try LiveStore(directory: folder)
        XCTAssertTrue(store.reload())
        let awards = store.shown.awards
        let last = try XCTUnwrap(awards.first)
        _ = try StoreWrite.remove(set: "Award", matching: [.init("Id", last.id)]).perform(in: folder, now: "2022-10-06 08:00")
        XCTAssertTrue(store.reload())
        XCTAssertEqual(store.shown.errors, [])
        XCTAssertEqual(store.shown.awards.count, awards.count - 1)
        XCTAssertFalse(store.live.isHoldingBack)
    }
}
