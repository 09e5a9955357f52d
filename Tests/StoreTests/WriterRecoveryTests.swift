/// After a writer dies mid-append, the lock file's note tells torn from whole and the torn part is cut off.

import Foundation
import XCTest
@testable import Store
@testable import StoreDemo
@testable import Recfile
import StoreFixtures

final class WriterRecoveryTests: XCTestCase {
    private let original = "%rec: Award\n\nId: A1\n"

    /// Leaves the folder as a writer killed during an append would: the note announcing `chunk`
    /// after `original`, and the first `written` bytes of it in the file.
    private func interruptedAppend(written: Int, chunk: [UInt8]? = nil) throws -> (folder: String, chunk: [UInt8]) {
        let folder = try makeTemporaryFolder(self)
        try write(original, to: "awards.rec", in: folder)
        let record = try RecordText(["Id": "A2", "Recipient": "Võ Thị Sáu", "Category": "Học sinh giỏi cấp thành phố"])
        let chunk = chunk ?? RecordText.chunk([record], afterTail: Array(original.utf8))
        var info = stat()
        XCTAssertEqual(stat(folder + "/awards.rec", &info), 0)
        let intent = AppendIntent(file: "awards.rec", device: UInt64(truncatingIfNeeded: info.st_dev),
                                  inode: UInt64(truncatingIfNeeded: info.st_ino), offset: original.utf8.count,
                                  length: chunk.count, checksum: AppendIntent.checksum(chunk))
        try Data(intent.note(with: chunk)).write(to: URL(fileURLWithPath: folder + "/" + StoreLock.fileName))
        try appendByHand(chunk.prefix(written), to: folder)
        return (folder, chunk)
    }

    /// Appends bytes in place, as `>>` or an editor that saves in place does.
    private func appendByHand<S: Sequence>(_ bytes: S, to folder: String) throws where S.Element == UInt8 {
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: folder + "/awards.rec"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(bytes))
        try handle.close()
    }

    private func contents(_ folder: String, _ name: String = "awards.rec") throws -> String {
        try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    }

    func testTheNoteReadsBackAndNamesMaySpaces() throws {
        let intent = AppendIntent(file: "a b.rec", device: 1, inode: 2, offset: 3, length: 4, checksum: 0xfeed)
        XCTAssertEqual(intent.line, "append 1 2 3 4 feed a b.rec")
        XCTAssertEqual(AppendIntent(line: intent.line), intent)
        for junk in ["", "append", "append 1 2 3 4 feed", "append 1 2 3 0 feed a.rec", "x 1 2 3 4 f a", "append 1 2 -3 4 f a"] {
            XCTAssertNil(AppendIntent(line: junk), junk)
        }
    }

    func testATornAppendIsCutOff() throws {
        for written in [1, 5, 12, 20] {
            let (folder, chunk) = try interruptedAppend(written: written)
            XCTAssertLessThan(written, chunk.count)
            XCTAssertEqual(RecWriter.unconfirmedAppend(in: folder)?.offset, original.utf8.count)
            let result = try RecWriter.recover(in: folder)
            XCTAssertEqual(result.append, .removedTornAppend(file: "awards.rec", bytes: written))
            XCTAssertEqual(try contents(folder), original)
            XCTAssertNil(RecWriter.unconfirmedAppend(in: folder))
            XCTAssertNil(RecWriter.unconfirmedAppend(in: folder))
        }
    }

    func testTheNextAppendCutsOffATornOneFirst() throws {
        let (folder, _) = try interruptedAppend(written: 14)
        try RecWriter.append([RecordText(["Id": "A3"])], to: "awards.rec", in: folder)
        XCTAssertEqual(try contents(folder), original + "\nId: A3\n")
    }

    func testAWholeAppendIsKept() throws {
        let (folder, chunk) = try interruptedAppend(written: Int.max)
        XCTAssertEqual(try RecWriter.recover(in: folder).append, .complete(file: "awards.rec"))
        XCTAssertEqual(try contents(folder), original + String(decoding: chunk, as: UTF8.self))
    }

    func testAnAppendThatNeverStarted() throws {
        let (folder, _) = try interruptedAppend(written: 0)
        XCTAssertEqual(try RecWriter.recover(in: folder).append, .notStarted(file: "awards.rec"))
        XCTAssertEqual(try contents(folder), original)
    }

    /// The right length but other bytes, as zeros left by a power cut: not what was announced.
    func testTheRightLengthWithOtherBytesIsCutOff() throws {
        let (folder, chunk) = try interruptedAppend(written: 0)
        try write(original + String(repeating: "\0", count: chunk.count), to: "awards.rec", in: folder)
        // `write` replaced the file: make the note about the new one.
        var info = stat()
        XCTAssertEqual(stat(folder + "/awards.rec", &info), 0)
        var intent = try XCTUnwrap(AppendIntent.read(note: Array(contents(folder, StoreLock.fileName).utf8))?.intent)
        intent.inode = UInt64(truncatingIfNeeded: info.st_ino)
        intent.device = UInt64(truncatingIfNeeded: info.st_dev)
        try Data(intent.note(with: chunk)).write(to: URL(fileURLWithPath: folder + "/" + StoreLock.fileName))
        XCTAssertEqual(try RecWriter.recover(in: folder).append, .removedTornAppend(file: "awards.rec", bytes: chunk.count))
        XCTAssertEqual(try contents(folder), original)
    }

    func testAReplacedOrChangedFileIsLeftAlone() throws {
        let (folder, _) = try interruptedAppend(written: 3)
        try write("Id: khác\n", to: "awards.new", in: folder)
        XCTAssertEqual(rename(folder + "/awards.new", folder + "/awards.rec"), 0, "as an editor saves")
        XCTAssertEqual(try RecWriter.recover(in: folder).append,
                       .leftAlone(file: "awards.rec", reason: "the file was replaced since"))
        XCTAssertEqual(try contents(folder), "Id: khác\n")
        XCTAssertNil(RecWriter.unconfirmedAppend(in: folder))

        let (other, chunk) = try interruptedAppend(written: 0)
        try appendByHand(Data(repeating: 0x41, count: chunk.count + 5), to: other)
        XCTAssertEqual(try RecWriter.recover(in: other).append,
                       .leftAlone(file: "awards.rec", reason: "the file was changed after the append"))
    }

    // MARK: Bytes written by somebody else after the writer died are never cut

    /// The adversarial run's case: the writer died before writing a byte, then a record was
    /// appended by hand, shorter than the announced append. The old rule cut it off.
    func testARecordAppendedByHandAfterADeadWriterIsKept() throws {
        let byHand = "\nId: KT8000\nRecipient: Lê Văn Hand\n"
        for written in [0, 1, 7] {
            let (folder, chunk) = try interruptedAppend(written: written)
            XCTAssertLessThan(written + byHand.utf8.count, chunk.count, "shorter than the announced append")
            try appendByHand(Array(byHand.utf8), to: folder)
            let result = try RecWriter.recover(in: folder)
            XCTAssertEqual(result.append, .leftAlone(file: "awards.rec", reason: "the file was changed after the append"))
            XCTAssertEqual(try contents(folder), original + String(decoding: chunk.prefix(written), as: UTF8.self) + byHand)
            XCTAssertNil(RecWriter.unconfirmedAppend(in: folder))
        }
    }

    /// The same through `hoctap add`'s path: the next addition keeps the hand-typed record.
    func testTheNextAdditionKeepsARecordTypedByHand() throws {
        let folder = try makeTemporaryFolder(self) + "/store"
        try StoreInitializer.create(in: folder, contents: .copy(from: XCTUnwrap(StoreLoader.demoDirectory())))
        let awards = folder + "/awards.rec"
        let before = try String(contentsOfFile: awards, encoding: .utf8)
        var info = stat()
        XCTAssertEqual(stat(awards, &info), 0)
        let planned = Array("\nId: KT0001\nDate: 2023-01-02\nRecipient: Trần Thị Killed Before Write With A Longer Name\nKind: student\n".utf8)
        let intent = AppendIntent(file: "awards.rec", device: UInt64(truncatingIfNeeded: info.st_dev),
                                  inode: UInt64(truncatingIfNeeded: info.st_ino), offset: before.utf8.count,
                                  length: planned.count, checksum: AppendIntent.checksum(planned))
        try Data(intent.note(with: planned)).write(to: URL(fileURLWithPath: folder + "/" + StoreLock.fileName))
        let byHand = "\nId: KT8000\nDate: 2023-01-02\nRecipient: Lê Văn Hand\nKind: student\nCategory: Hand\nBranch: KP01\n"
        XCTAssertLessThanOrEqual(byHand.utf8.count, planned.count)
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: awards))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(byHand.utf8))
        try handle.close()
        let given = [("Recipient", "X"), ("Kind", "student"), ("Category", "C"), ("Branch", "KP01"), ("Date", "2023-01-03")]
            .map { (name: $0.0, value: $0.1) }
        _ = try RecordAddition.add(set: XCTUnwrap(StoreSchema.set(named: "Award")), given: given, in: folder, now: "2023-01-03 08:00")
        let after = try String(contentsOfFile: awards, encoding: .utf8)
        XCTAssertTrue(after.hasPrefix(before + byHand), after)
        XCTAssertTrue(after.contains("Recipient: X\n"))
    }

    /// A torn append followed by a hand edit: the torn bytes are not cut either, since the cut
    /// would take the hand's bytes with them; `check` shows the broken record instead.
    func testATornAppendFollowedByAHandAppendIsLeftAlone() throws {
        let (folder, chunk) = try interruptedAppend(written: 9)
        try appendByHand(Array("\n\nId: A9\n".utf8), to: folder)
        XCTAssertEqual(try RecWriter.recover(in: folder).append,
                       .leftAlone(file: "awards.rec", reason: "the file was changed after the append"))
        XCTAssertEqual(try contents(folder), original + String(decoding: chunk.prefix(9), as: UTF8.self) + "\n\nId: A9\n")
    }

    /// A note whose copy of the bytes is not whole was never flushed, so its append never began:
    /// whatever follows the offset is somebody else's.
    func testANoteWithoutAWholeCopyCutsNothing() throws {
        let (folder, chunk) = try interruptedAppend(written: 0)
        let note = try XCTUnwrap(AppendIntent.read(note: Array(contents(folder, StoreLock.fileName).utf8)))
        XCTAssertEqual(note.bytes, chunk)
        try write(note.intent.line + "\n" + String(decoding: chunk.prefix(5), as: UTF8.self), to: StoreLock.fileName, in: folder)
        try appendByHand(chunk.prefix(3), to: folder)
        XCTAssertEqual(try RecWriter.recover(in: folder).append,
                       .leftAlone(file: "awards.rec", reason: "the note was never completed, so the append never began"))
        XCTAssertEqual(try contents(folder), original + String(decoding: chunk.prefix(3), as: UTF8.self))
    }

    /// An announced append of more than the lock file's usual room grows the note and still
    /// settles: a prefix is cut, the whole kept.
    func testALongAppendIsJournaledWhole() throws {
        let long = try (0..<120).map { try RecordText(["Id": "L\($0)", "Recipient": "Nguyễn Thị Hồng Nhung \($0)"]) }
        let chunk = RecordText.chunk(long, afterTail: Array(original.utf8))
        XCTAssertGreaterThan(chunk.count, StoreLock.noteSize)
        let (folder, _) = try interruptedAppend(written: 3000, chunk: chunk)
        XCTAssertEqual(try RecWriter.recover(in: folder).append, .removedTornAppend(file: "awards.rec", bytes: 3000))
        XCTAssertEqual(try contents(folder), original)
        let (whole, _) = try interruptedAppend(written: Int.max, chunk: chunk)
        XCTAssertEqual(try RecWriter.recover(in: whole).append, .complete(file: "awards.rec"))
    }

    func testAnUnreadableNoteIsDropped() throws {
        let folder = try makeTemporaryFolder(self)
        try write("rác\n", to: StoreLock.fileName, in: folder)
        XCTAssertEqual(try RecWriter.recover(in: folder).append, .nothingPending)
        XCTAssertNil(RecWriter.unconfirmedAppend(in: folder))
    }

    func testRemovesTemporaryFilesOfUnfinishedRewrites() throws {
        let folder = try makeTemporaryFolder(self)
        for name in [".awards.rec.tmp-4242-beef", ".learners.rec.tmp-7-0", "awards.rec", ".hidden"] {
            try write("x\n", to: name, in: folder)
        }
        let result = try RecWriter.recover(in: folder)
        XCTAssertEqual(result, RecWriterRecovery(append: .nothingPending,
                                                 removedTemporaryFiles: [".awards.rec.tmp-4242-beef", ".learners.rec.tmp-7-0"]))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(),
                       [".hidden", ".hoctap.lock", "awards.rec"])
    }
}
