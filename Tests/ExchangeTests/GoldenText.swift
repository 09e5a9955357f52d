// Compares a text rendering with a file beside the tests; HOCTAP_RECORD=1 writes the files anew.

import Foundation
import XCTest

/// Fails with a line diff when `actual` differs from `__Snapshots__/NAME`; a missing file fails too,
/// unless recording: a golden file is never created silently.
func assertGolden(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let folder = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["HOCTAP_RECORD"] == "1" {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        do { try actual.write(to: url, atomically: true, encoding: .utf8) } catch {
            XCTFail("could not record \(url.path): \(error)", file: file, line: line)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("no golden file \(name); run with HOCTAP_RECORD=1 to record it", file: file, line: line)
        return
    }
    guard expected != actual else { return }
    let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
    var diff: [String] = []
    for i in 0..<max(a.count, b.count) {
        let l = i < a.count ? a[i] : "<none>", r = i < b.count ? b[i] : "<none>"
        if l != r { diff.append(String(format: "%4d - %@\n     + %@", i + 1, l, r)) }
    }
    XCTFail("\(name) differs:\n" + diff.joined(separator: "\n"), file: file, line: line)
}
