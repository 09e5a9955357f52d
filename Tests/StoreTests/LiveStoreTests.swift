/// A followed store keeps its last good data through a bad edit, takes appends, and survives a vanished folder.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
@testable import StoreDemo
import StoreFixtures

final class LiveStoreTests: XCTestCase {
    private func demoCopy() throws -> String {
        let folder = try makeTemporaryFolder(self) + "/store"
        try StoreInitializer.create(in: folder, contents: .copy(from: XCTUnwrap(StoreLoader.demoDirectory())))
        return folder
    }

    private func append(_ text: String, to file: String, in folder: String) throws {
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: folder + "/" + file))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    private let award = "\nId: KT9001\nDate: 2022-10-06\nRecipient: Lê Thị Mới\nKind: student\nCategory: Học sinh giỏi\nBranch: KP01\nAmount: 300000\n"

    func testAnAppendIsTakenAndReadAlone() throws {
        let folder = try demoCopy()
        var store = try LiveStore(directory: folder)
        let before = store.shown.awards.count
        XCTAssertTrue(store.reload(), "the first reload primes the reader")
        try append(award, to: "awards.rec", in: folder)
        XCTAssertTrue(store.reload())
        XCTAssertTrue(store.lastWasIncremental, "an append is read alone")
        XCTAssertEqual(store.shown.awards.count, before + 1)
        XCTAssertEqual(store.shown.awards.last?.recipient, "Lê Thị Mới")
        XCTAssertEqual(store.shown.errors, [])
        let fresh = try StoreLoader.load(directory: folder)
        XCTAssertEqual(store.shown.awards.map(\.id), fresh.awards.map(\.id))
    }

    /// The store is read once when it is opened, and that reading is the reloader's: the first
    /// award after it (the first of a ceremony) is read alone, not with the whole store again.
    func testTheFirstAppendAfterOpeningIsReadAlone() throws {
        let folder = try demoCopy()
        var store = try LiveStore(directory: folder)
        let before = store.shown.awards.count
        try append(award, to: "awards.rec", in: folder)
        XCTAssertTrue(store.reload())
        XCTAssertTrue(store.lastWasIncremental, "the first append is read alone")
        XCTAssertEqual(store.lastAppend?.awards, before..<(before + 1))
        XCTAssertEqual(store.shown.awards.map(\.id), try StoreLoader.load(directory: folder).awards.map(\.id))
    }

    /// A bad edit: the figures stay those of the last good data, the problems are the new ones;
    /// fixing it brings the new data in.
    func testABadEditKeepsTheLastGoodDataAndShowsItsProblem() throws {
        let folder = try demoCopy()
        var store = try LiveStore(directory: folder)
        let good = store.shown.awards.count
        try append(award.replacingOccurrences(of: "Amount: 300000", with: "Amount: 1,5 triệu"), to: "awards.rec", in: folder)
        XCTAssertTrue(store.reload())
        XCTAssertEqual(store.shown.awards.count, good, "the last good awards stay on screen")
        XCTAssertEqual(store.shown.errors.map(\.field), ["Amount"])
        XCTAssertTrue(store.live.isHoldingBack)

        let path = folder + "/awards.rec"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "Amount: 1,5 triệu", with: "Amount: 1500000").utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertTrue(store.reload())
        XCTAssertFalse(store.live.isHoldingBack)
        XCTAssertEqual(store.shown.errors, [])
        XCTAssertEqual(store.shown.awards.count, good + 1)
    }

    /// A folder that can no longer be read keeps what was shown, with one error saying the folder
    /// is gone (once: a second reload has nothing new); when it is back, its data is read.
    func testAVanishedFolderKeepsTheSnapshot() throws {
        let folder = try demoCopy()
        var store = try LiveStore(directory: folder)
        XCTAssertTrue(store.reload())
        let shown = store.shown.awards.count
        try FileManager.default.moveItem(atPath: folder, toPath: folder + ".old")
        XCTAssertTrue(store.reload(), "the error is new")
        XCTAssertEqual(store.shown.awards.count, shown)
        XCTAssertEqual(store.shown.errors.map(\.description),
                       ["store folder gone (deleted or renamed): \(folder); the data shown is the last read until it is back"])
        XCTAssertFalse(store.reload(), "nothing new while it stays gone")
        try FileManager.default.moveItem(atPath: folder + ".old", toPath: folder)
        XCTAssertTrue(store.reload())
        XCTAssertEqual(store.shown.errors, [])
        XCTAssertEqual(store.shown.awards.count, shown)
    }
}
