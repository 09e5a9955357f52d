// What the end-to-end tests share: a copy of the demo store to write to, a screen as text,
// the program's own process in a tmux pane.

import Foundation
import XCTest

extension XCTestCase {
    /// A copy of the demo store in a fresh temporary folder, removed after the test.
    func demoStoreCopy(prefix: String) throws -> URL {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: store) }
        let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/StoreDemo/Demo")
        for name in try FileManager.default.contentsOfDirectory(atPath: demo.path) where name.hasSuffix(".rec") {
            try FileManager.default.copyItem(at: demo.appendingPathComponent(name), to: store.appendingPathComponent(name))
        }
        return store
    }

    /// The rows of a captured screen as one text.
    func screenText(_ screen: [String]) -> String { screen.joined(separator: "\n") }
}

extension TmuxSession {
    /// The process the pane's shell runs (the program under test): the shell's only child.
    func programProcessID(file: StaticString = #filePath, line: UInt = #line) throws -> Int32 {
        let pid = try run(["list-panes", "-t", name, "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)
            .split(separator: " ").compactMap { Int32($0) }
        XCTAssertEqual(children.count, 1, "expected the program as the shell's one child, found \(children)", file: file, line: line)
        return try XCTUnwrap(children.first, file: file, line: line)
    }
}
