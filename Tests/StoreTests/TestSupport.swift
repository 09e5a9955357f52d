/// Helpers shared by the store tests: parse text, build bytes, make temporary folders and empty stores.

import Foundation
import XCTest
@testable import Store
@testable import Recfile

/// Parses UTF-8 text as a recfile named `t.rec`.
func parse(_ text: String, file: String = "t.rec") -> RecFile {
    RecParser.parse(Array(text.utf8), file: file)
}

/// Parses raw bytes as a recfile named `t.rec`.
func parse(bytes: [UInt8], file: String = "t.rec") -> RecFile {
    RecParser.parse(bytes, file: file)
}

extension RecFile {
    var errors: [StoreProblem] { problems.filter { $0.severity == .error } }
    var warnings: [StoreProblem] { problems.filter { $0.severity == .warning } }
}

/// A fresh folder under the system's temporary folder, removed by the test's teardown block.
func makeTemporaryFolder(_ test: XCTestCase) throws -> String {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("hoctap-store-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url.path
}

/// Writes `text` as UTF-8 to `name` inside `folder`.
func write(_ text: String, to name: String, in folder: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
}

/// A fresh temporary folder holding every store file with its schema header and no records.
func makeEmptyStore(_ test: XCTestCase) throws -> String {
    let folder = try makeTemporaryFolder(test)
    for file in StoreSchema.files {
        try write(StoreSchema.fileHeader(for: file), to: file, in: folder)
    }
    return folder
}
