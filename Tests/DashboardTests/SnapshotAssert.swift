// Compares a frame with a text file beside the tests; HOCTAP_RECORD=1 writes the files anew.

import Canvas
import Dashboard
import Foundation
import XCTest

/// The frame as a person reads it, then a layer of style-role letters, column for column.
func snapshotText(_ buffer: Buffer, theme: Theme) -> String {
    let styles = buffer.styleLayer { theme.role(of: $0)?.letter ?? "?" }
    return buffer.lines.joined(separator: "\n") + "\n--- styles\n" + styles.joined(separator: "\n") + "\n"
}

/// Fails with a line diff when the frame differs from `__Snapshots__/NAME.txt`.
/// A missing file fails too, unless recording: a snapshot is never created silently.
func assertSnapshot(
    _ buffer: Buffer, theme: Theme, named name: String,
    file: StaticString = #filePath, line: UInt = #line
) {
    let folder = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let url = folder.appendingPathComponent("\(name).txt")
    let actual = snapshotText(buffer, theme: theme)
    if ProcessInfo.processInfo.environment["HOCTAP_RECORD"] == "1" {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        do { try actual.write(to: url, atomically: true, encoding: .utf8) } catch {
            XCTFail("could not record \(url.path): \(error)", file: file, line: line)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("no snapshot \(url.lastPathComponent); run with HOCTAP_RECORD=1 to record it", file: file, line: line)
        return
    }
    guard expected != actual else { return }
    XCTFail("frame differs from \(url.lastPathComponent):\n" + lineDiff(expected, actual), file: file, line: line)
}

/// The lines that differ, numbered, expected (-) above actual (+).
func lineDiff(_ expected: String, _ actual: String) -> String {
    let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
    var out: [String] = []
    for i in 0..<max(a.count, b.count) {
        let l = i < a.count ? a[i] : "<none>", r = i < b.count ? b[i] : "<none>"
        if l != r { out.append(String(format: "%4d - %@\n     + %@", i + 1, l, r)) }
    }
    return out.joined(separator: "\n")
}
