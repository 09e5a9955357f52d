/// The GNU recutils programs as an oracle: recfix --check and recsel -c, found on PATH.

import Foundation
import Store
import XCTest

/// The GNU recutils programs, found on PATH; nil where they are not installed.
public struct Recutils {
    public let recfix: String
    public let recsel: String

    public static func find() -> Recutils? {
        guard let recfix = executable("recfix"), let recsel = executable("recsel") else { return nil }
        return Recutils(recfix: recfix, recsel: recsel)
    }

    /// Skips the test, visibly, where recutils is missing.
    public static func require() throws -> Recutils {
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
    public func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
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
    public func assertChecks(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try run(recfix, ["--check", path])
        XCTAssertEqual(result.status, 0, "recfix --check \(path): \(result.output)", file: file, line: line)
        XCTAssertEqual(result.output, "", file: file, line: line)
    }

    /// `recsel -t SET -c FILE`.
    public func count(_ set: String, in path: String) throws -> Int? {
        let result = try run(recsel, ["-t", set, "-c", path])
        guard result.status == 0 else { return nil }
        return Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Checks every file of the store in `folder` and compares `recsel -c` for every set with `counts`.
    public func assertStore(_ folder: String, counts: [String: Int],
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
