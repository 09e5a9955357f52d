/// The recutils oracle on a generated store of a few thousand records: `recfix --check` and `recsel -c`.

import Foundation
import XCTest
@testable import Store
@testable import StoreDemo
@testable import Recfile

/// The GNU recutils programs, found on PATH; nil where they are not installed.
struct Recutils {
    let recfix: String
    let recsel: String

    static func find() -> Recutils? {
        guard let recfix = executable("recfix"), let recsel = executable("recsel") else { return nil }
        return Recutils(recfix: recfix, recsel: recsel)
    }

    /// Skips the test, visibly, where recutils is missing.
    static func require() throws -> Recutils {
        guard let found = find() else {
            throw XCTSkip("recutils (recfix, recsel) is not installed: this oracle check was skipped; CI installs it")
        }
        return found
    }

    private static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a program; returns its exit status and what it printed (stdout then stderr).
    func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("hoctap-recutils-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out) }
        let handle = try FileHandle(forWritingTo: out)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
        return (process.terminationStatus, text)
    }

    /// `recfix --check FILE`: passes when the status is 0 and nothing is printed.
    func assertChecks(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try run(recfix, ["--check", path])
        XCTAssertEqual(result.status, 0, "recfix --check \(path): \(result.output)", file: file, line: line)
        XCTAssertEqual(result.output, "", file: file, line: line)
    }

    /// `recsel -t SET -c FILE`.
    func count(_ set: String, in path: String) throws -> Int? {
        let result = try run(recsel, ["-t", set, "-c", path])
        guard result.status == 0 else { return nil }
        return Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Checks every file of the store in `folder` and compares `recsel -c` for every set with `counts`.
    func assertStore(_ folder: String, counts: [String: Int],
                     file: StaticString = #filePath, line: UInt = #line) throws {
        for storeFile in StoreSchema.files {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(storeFile).path
            try assertChecks(path, file: file, line: line)
            for set in StoreSchema.sets(in: storeFile) {
                XCTAssertEqual(try count(set.name, in: path), counts[set.name],
                               "recsel -t \(set.name) -c \(storeFile)", file: file, line: line)
            }
        }
    }
}

final class GeneratorRecutilsTests: XCTestCase {
    func testAGeneratedStoreOfSomeThousandRecordsPassesRecfixAndRecselCounts() throws {
        let recutils = try Recutils.require()
        var counts = StoreCounts.withAwards(2_400)
        counts.learners = 300
        counts.enrollments = 700
        let folder = try makeTemporaryFolder(self)
        let written = try StoreGenerator(seed: 77, counts: counts).write(to: folder)
        XCTAssertEqual(written["Award"], 2_400)
        XCTAssertGreaterThan(written.values.reduce(0, +), 4_000)
        try recutils.assertStore(folder, counts: written)
    }

    func testTheEmptyStorePassesRecfixWithNoRecords() throws {
        let recutils = try Recutils.require()
        let folder = try makeTemporaryFolder(self)
        try StoreInitializer.create(in: folder, contents: .empty)
        let none = Dictionary(uniqueKeysWithValues: StoreSchema.setNames.map { ($0, 0) })
        try recutils.assertStore(folder, counts: none)
    }

    /// The oracle itself can fail: a record missing a mandatory field is reported.
    func testRecfixCatchesAMissingMandatoryField() throws {
        let recutils = try Recutils.require()
        let folder = try makeTemporaryFolder(self)
        let text = StoreSchema.fileHeader(for: "awards.rec")
            + "\nId: KT1\nDate: 2022-10-06\nRecipient: Nguyễn Văn An\nKind: student\nCategory: Học bổng\n"
        try write(text, to: "awards.rec", in: folder)
        let result = try recutils.run(recutils.recfix, ["--check", folder + "/awards.rec"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.output.contains("Branch"), result.output)
    }
}
