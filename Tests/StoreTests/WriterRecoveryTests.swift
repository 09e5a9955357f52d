/// After a writer dies mid-append, the lock file's note tells torn from whole and the torn part is cut off.

import Foundation
import XCTest
@testable import Store

final class WriterRecoveryTests: XCTestCase {
    private let original = "%rec: Award\n\nId: A1\n"

    /// Leaves the folder as a writer killed during an append would: the note announcing `chunk`
    /// after `original`, and the first `written` bytes of it in the file.
    private func interruptedAppend(written: Int, chunk: [UInt8]? = nil) throws -> (folder: String, chunk: [UInt8]) {
        let folder = try makeTemporaryFolder(self)
        try write(original, to: "awards.rec", in: folder)
        let record = try RecordText(["Id": "A2", "Recipient": "Võ Thị Sáu"])
        let chunk = chunk ?? RecordText.chunk([record], afterTail: Array(original.utf8))
        var info = stat()
        XCTAssertEqual(stat(folder + "/awards.rec", &info), 0)
        let intent = AppendIntent(file: "awards.rec", device: UInt64(truncatingIfNeeded: info.st_dev),
                                  inode: UInt64(truncatingIfNeeded: info.st_ino), offset: original.utf8.count,
                                  length: chunk.count, checksum: AppendIntent.checksum(chunk))
        try write(intent.line, to: StoreLock.fileName, in: folder)
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: folder + "/awards.rec"))
        try handle.seekToEnd()
        try handle.write(contentsOf: chunk.prefix(written))
        try handle.close()
        return (folder, chunk)
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
        var intent = try XCTUnwrap(AppendIntent(line: contents(folder, StoreLock.fileName)))
        intent.inode = UInt64(truncatingIfNeeded: info.st_ino)
        intent.device = UInt64(truncatingIfNeeded: info.st_dev)
        try write(intent.line, to: StoreLock.fileName, in: folder)
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
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: other + "/awards.rec"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(repeating: 0x41, count: chunk.count + 5))
        try handle.close()
        XCTAssertEqual(try RecWriter.recover(in: other).append,
                       .leftAlone(file: "awards.rec", reason: "the file was changed after the append"))
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
