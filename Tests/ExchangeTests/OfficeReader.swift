// Runs python3 once per test with openpyxl or python-docx and hands back what the script printed as JSON.

import Foundation
import XCTest

/// A real reader of Office files: one python3 process per call, the script's JSON on its standard output.
enum OfficeReader {
    /// The JSON printed by `script` (which gets the file's path as `sys.argv[1]`). Skips the test
    /// when python3 or `module` is missing, unless HOCTAP_REQUIRE_OFFICE_READERS=1 (CI), where that fails it.
    static func read(_ file: URL, module: String, script: String) throws -> [String: Any] {
        let check = try run(["-c", "import \(module)"])
        if check.status != 0 {
            let reason = "python3 with \(module) is needed to read the file back (pip install openpyxl python-docx)"
            if ProcessInfo.processInfo.environment["HOCTAP_REQUIRE_OFFICE_READERS"] == "1" {
                XCTFail(reason + ", and HOCTAP_REQUIRE_OFFICE_READERS=1 requires it")
                throw ReaderMissing()
            }
            throw XCTSkip(reason)
        }
        let result = try run(["-c", script, file.path])
        guard result.status == 0 else {
            throw NSError(domain: "OfficeReader", code: Int(result.status),
                          userInfo: [NSLocalizedDescriptionKey: "python failed: \(result.error)"])
        }
        guard let json = try JSONSerialization.jsonObject(with: result.output) as? [String: Any] else {
            throw NSError(domain: "OfficeReader", code: 1, userInfo: [NSLocalizedDescriptionKey: "not a JSON object"])
        }
        return json
    }

    struct ReaderMissing: Error {}

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: Data, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let said = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, data, said)
    }

    /// A fresh temporary folder for a test's files.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hoctap-office-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
