/// Temporary folders and stores for the tests, removed when each test ends.

import Foundation
import Store
import XCTest

/// A fresh folder under the system's temporary folder, removed by the test's teardown block.
public func makeTemporaryFolder(_ test: XCTestCase) throws -> String {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("hoctap-store-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url.path
}

/// Writes `text` as UTF-8 to `name` inside `folder`.
public func write(_ text: String, to name: String, in folder: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
}

/// A fresh temporary folder holding every store file with its schema header and no records.
public func makeEmptyStore(_ test: XCTestCase) throws -> String {
    let folder = try makeTemporaryFolder(test)
    for file in StoreSchema.files {
        try write(StoreSchema.fileHeader(for: file), to: file, in: folder)
    }
    return folder
}
