/// Helpers for the report tests: the tallies of a snapshot in one call, temporary folders, recsel.

import Foundation
import Reports
import Store
import XCTest

extension Tallies {
    /// The tallies of `year` (of the whole store when nil), through the snapshot's one tally.
    init(_ snapshot: StoreSnapshot, schoolYear: SchoolYear? = nil) {
        self = StoreReport(snapshot).tallies(schoolYear)
    }
}

/// A fresh folder under the system's temporary folder, removed by the test's teardown block.
func makeTemporaryFolder(_ test: XCTestCase) throws -> String {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("hoctap-reports-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url.path
}

/// recsel, found on the PATH; a test that needs it is skipped, visibly, where it is missing.
struct Recutils {
    let recsel: String

    static func require() throws -> Recutils {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let recsel = path.split(separator: ":").map({ "\($0)/recsel" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("recutils (recsel) is not installed: this oracle check was skipped; CI installs it")
        }
        return Recutils(recsel: recsel)
    }

    /// Runs a program; returns its exit status and what it printed (stdout then stderr).
    func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("hoctap-recsel-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out) }
        let handle = try FileHandle(forWritingTo: out)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, (try? String(contentsOf: out, encoding: .utf8)) ?? "")
    }

    /// `recsel -t SET -c PATH`.
    func count(_ set: String, in path: String) throws -> Int? {
        let result = try run(recsel, ["-t", set, "-c", path])
        guard result.status == 0 else { return nil }
        return Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
