/// What a write came to, with the file it writes and the undo journal after it: what the tests that write one record two ways compare.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

struct WriteOutcome: Equatable {
    var written: [[UInt8]]?
    var insertions: [FileInsertion] = []
    /// The refusal's heading and every line, in Vietnamese and in English.
    var refusal: String?
    var file: [UInt8] = []
    var journal: [UInt8] = []

    /// `write` performed, then `file` and the journal read from `folder`.
    init(_ folder: String, file name: String, _ write: () throws -> StoreWriteReport) {
        do {
            let report = try write()
            written = report.records.map(\.bytes)
            insertions = report.insertions
        } catch let error as RecordAdditionError {
            refusal = error.text(.vi) + "\n\(error)"
        } catch {
            refusal = "\(error)"
        }
        file = Self.read(name, in: folder)
        journal = Self.read(".hoctap-undo", in: folder)
    }

    static func read(_ name: String, in folder: String) -> [UInt8] {
        (try? FileAccess.readAll(RecWriter.storePath(name, in: folder))) ?? []
    }

    /// Two folders holding `files` (and the copy's `tag`): one to write through the snapshot, one the usual way.
    static func pair(_ test: XCTestCase, _ files: [String: String], tag: String? = nil) throws -> (String, String) {
        let a = try makeTemporaryFolder(test), b = try makeTemporaryFolder(test)
        for folder in [a, b] {
            for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name)) }
            if let tag { try Data((tag + "\n").utf8).write(to: URL(fileURLWithPath: folder + "/" + CopyTag.fileName)) }
        }
        return (a, b)
    }
}
