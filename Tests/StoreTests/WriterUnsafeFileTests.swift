/// The writer never writes through a planted link, a foreign lock file or a read-only file.

import Foundation
import XCTest
@testable import Store
@testable import StoreDemo
@testable import Recfile
import StoreFixtures

final class WriterUnsafeFileTests: XCTestCase {
    private let victimText = "không được ghi đè\n"

    /// A folder with an awards file, and an unrelated file outside it.
    private func storeAndVictim() throws -> (store: String, victim: String) {
        let root = try makeTemporaryFolder(self)
        let store = root + "/store"
        try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: false)
        try write("%rec: Award\n\nId: A1\n", to: "awards.rec", in: store)
        try write(victimText, to: "victim.txt", in: root)
        return (store, root + "/victim.txt")
    }

    private func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    private func isLink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }

    // MARK: The lock file

    func testALockFileThatIsALinkIsRefusedAndItsTargetUntouched() throws {
        let (store, victim) = try storeAndVictim()
        try FileManager.default.createSymbolicLink(atPath: store + "/" + StoreLock.fileName, withDestinationPath: victim)
        XCTAssertThrowsError(try RecWriter.append([RecordText(["Id": "A2"])], to: "awards.rec", in: store)) { error in
            XCTAssertEqual(error as? RecWriterError, .unsafeFile(path: store + "/.hoctap.lock", reason: .symbolicLink))
            XCTAssertTrue("\(error)".contains("remove it"), "\(error)")
        }
        XCTAssertThrowsError(try RecWriter.recover(in: store))
        XCTAssertThrowsError(try RecWriter.rewrite("awards.rec", in: store, contents: Array("Id: X\n".utf8)))
        XCTAssertEqual(try text(victim), victimText)
        XCTAssertEqual(try text(store + "/awards.rec"), "%rec: Award\n\nId: A1\n")
        XCTAssertNil(RecWriter.unconfirmedAppend(in: store))
    }

    /// A dangling link (to where the lock would be created) is refused too, and creates nothing.
    func testADanglingLinkAsTheLockFileCreatesNothing() throws {
        let (store, victim) = try storeAndVictim()
        let target = victim + ".new"
        try FileManager.default.createSymbolicLink(atPath: store + "/" + StoreLock.fileName, withDestinationPath: target)
        XCTAssertThrowsError(try StoreLock.withExclusive(in: store) { _ in })
        XCTAssertFalse(FileManager.default.fileExists(atPath: target))
    }

    func testALockFileOfAnotherUserIsRefused() throws {
        try XCTSkipUnless(geteuid() == 0, "giving a file to another user needs root (CI runs as root)")
        let (store, _) = try storeAndVictim()
        try write("", to: StoreLock.fileName, in: store)
        XCTAssertEqual(chown(store + "/" + StoreLock.fileName, 4242, 4242), 0)
        XCTAssertThrowsError(try StoreLock.withExclusive(in: store) { _ in }) { error in
            XCTAssertEqual(error as? RecWriterError, .unsafeFile(path: store + "/.hoctap.lock", reason: .foreignOwner))
        }
        // The store's owner may own it: then it is the store's own lock.
        XCTAssertEqual(chown(store, 4242, 4242), 0)
        XCTAssertNoThrow(try StoreLock.withExclusive(in: store) { _ in })
    }

    func testALockFileRootCreatesInSomebodysStoreIsTheirs() throws {
        try XCTSkipUnless(geteuid() == 0, "a store of another user needs root to be made (CI runs as root)")
        let (store, _) = try storeAndVictim()
        XCTAssertEqual(chown(store, 4242, 4343), 0)
        try StoreLock.withExclusive(in: store) { _ in }
        let attributes = try FileManager.default.attributesOfItem(atPath: store + "/" + StoreLock.fileName)
        XCTAssertEqual((attributes[.ownerAccountID] as? NSNumber)?.intValue, 4242)
        XCTAssertEqual((attributes[.groupOwnerAccountID] as? NSNumber)?.intValue, 4343)
    }

    // MARK: Store files

    func testAStoreFileThatIsALinkIsNeitherAppendedToNorReplaced() throws {
        let (store, victim) = try storeAndVictim()
        try FileManager.default.createSymbolicLink(atPath: store + "/learners.rec", withDestinationPath: victim)
        let refusal = RecWriterError.unsafeFile(path: store + "/learners.rec", reason: .symbolicLink)
        XCTAssertThrowsError(try RecWriter.append([RecordText(["Id": "L1"])], to: "learners.rec", in: store)) {
            XCTAssertEqual($0 as? RecWriterError, refusal)
        }
        XCTAssertThrowsError(try RecWriter.rewrite("learners.rec", in: store, contents: Array("Id: L1\n".utf8))) {
            XCTAssertEqual($0 as? RecWriterError, refusal)
        }
        XCTAssertThrowsError(try RecWriter.rewrite("learners.rec", in: store) { $0 + Array("Id: L1\n".utf8) }) {
            XCTAssertEqual($0 as? RecWriterError, refusal)
        }
        XCTAssertTrue(isLink(store + "/learners.rec"), "the link must stay a link")
        XCTAssertEqual(try text(victim), victimText)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: store).sorted(), [".hoctap.lock", "awards.rec", "learners.rec"])
    }

    /// A file with no write permission bit is read-only on purpose: refused by an append and by a
    /// rewrite alike, for root as for anybody (the kernel would let root write it).
    func testAReadOnlyFileIsRefusedByEveryWayOfWriting() throws {
        let (store, _) = try storeAndVictim()
        let path = store + "/awards.rec"
        XCTAssertEqual(chmod(path, 0o444), 0)
        let refusal = RecWriterError.unsafeFile(path: path, reason: .readOnly)
        XCTAssertThrowsError(try RecWriter.append([RecordText(["Id": "A2"])], to: "awards.rec", in: store)) {
            XCTAssertEqual($0 as? RecWriterError, refusal)
        }
        XCTAssertThrowsError(try RecWriter.rewrite("awards.rec", in: store, contents: Array("Id: X\n".utf8))) {
            XCTAssertEqual($0 as? RecWriterError, refusal)
        }
        XCTAssertEqual(try text(path), "%rec: Award\n\nId: A1\n")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        XCTAssertEqual(mode?.intValue, 0o444)
    }

    /// Un-marking attendance (a removal, so a rewrite) obeys the same rule as `hoctap add`.
    func testARemovalFromAReadOnlyStoreFileIsRefused() throws {
        let folder = try makeTemporaryFolder(self) + "/store"
        try StoreInitializer.create(in: folder, contents: .copy(from: XCTUnwrap(StoreLoader.demoDirectory())))
        let path = folder + "/attendance.rec"
        let before = try XCTUnwrap(FileManager.default.contents(atPath: path))
        XCTAssertEqual(chmod(path, 0o444), 0)
        let first = try XCTUnwrap(StoreLoader.load(directory: folder).attendance.first)
        let removal = StoreWrite.remove(set: "Attendance", matching: [
            .init("Class", first.classId), .init("Learner", first.learnerId), .init("Date", first.date.description)])
        XCTAssertThrowsError(try removal.perform(in: folder, now: "2022-10-13 08:00")) {
            XCTAssertEqual($0 as? RecWriterError, .unsafeFile(path: path, reason: .readOnly))
        }
        XCTAssertEqual(FileManager.default.contents(atPath: path), before)
    }
}
