// Reads an Office file the program wrote with python3's openpyxl or python-docx, once per test, and hands back the script's JSON.

import Foundation
import XCTest

/// A real reader of the files `hoctap` writes: one python3 process per call.
enum OfficeFileReader {
    /// The JSON object `script` prints for `file` (its path is `sys.argv[1]`). Skips the test
    /// when python3 or `module` is missing, unless HOCTAP_REQUIRE_OFFICE_READERS=1, where that fails it.
    static func read(_ file: URL, module: String, script: String) throws -> [String: Any] {
        let check = try ProgramRun.run("/usr/bin/env", ["python3", "-c", "import \(module)"])
        if check.status != 0 {
            let reason = "python3 with \(module) is needed to read the file back (pip install openpyxl python-docx)"
            if ProcessInfo.processInfo.environment["HOCTAP_REQUIRE_OFFICE_READERS"] == "1" {
                XCTFail(reason + ", and HOCTAP_REQUIRE_OFFICE_READERS=1 requires it")
                throw Missing()
            }
            throw XCTSkip(reason)
        }
        let run = try ProgramRun.run("/usr/bin/env", ["python3", "-c", script, file.path])
        XCTAssertEqual(run.status, 0, run.output)
        // A warning on standard error comes first; the JSON is the last line.
        let last = run.output.split(separator: "\n").last.map(String.init) ?? ""
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any], run.output)
    }

    struct Missing: Error {}
}
