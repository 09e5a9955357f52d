// What the end-to-end tests share: a copy of the demo store to write to, a screen as text,
// the program's own process in a tmux pane.

import Foundation
import XCTest

extension XCTestCase {
    /// A copy of the demo store in a fresh temporary folder, removed after the test.
    func demoStoreCopy(prefix: String) throws -> URL {
        let store = URL(fileURLWithPath: try makeTemporaryFolder(prefix: prefix))
        let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/StoreDemo/Demo")
        for name in try FileManager.default.contentsOfDirectory(atPath: demo.path) where name.hasSuffix(".rec") {
            try FileManager.default.copyItem(at: demo.appendingPathComponent(name), to: store.appendingPathComponent(name))
        }
        return store
    }

    /// A fresh temporary folder, removed after the test.
    func makeTemporaryFolder(prefix: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder.path
    }

    /// The rows of a captured screen as one text.
    func screenText(_ screen: [String]) -> String { screen.joined(separator: "\n") }

    /// Types into a form: a step in brackets is a key (`[Tab]`, `[C-u]`), any other is text typed as it is.
    func fill(_ tmux: TmuxSession, _ steps: String...) throws {
        for step in steps {
            if step.hasPrefix("["), step.hasSuffix("]") {
                try tmux.send(String(step.dropFirst().dropLast()))
            } else {
                try tmux.run(["send-keys", "-t", tmux.name, "-l", step])
            }
        }
    }

    /// Waits until `condition` holds on the screen, else fails with `what` and the screen.
    func expect(_ tmux: TmuxSession, _ what: String, timeout: TimeInterval = 10,
                file: StaticString = #filePath, line: UInt = #line, _ condition: @escaping (String) -> Bool) throws {
        let r = try tmux.waitFor(timeout: timeout) { condition(self.screenText($0)) }
        XCTAssertTrue(r.ok, "\(what):\n\(screenText(r.screen))", file: file, line: line)
    }
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

/// What a run of the program gave: its exit status and everything it wrote on standard output
/// and standard error, in order.
struct ProgramRun {
    let status: Int32
    let output: String

    /// Runs the built `hoctap` with `arguments` (in `folder`, with `environment` if given) and
    /// waits at most `timeout` seconds; a run that takes longer is ended and fails the test.
    static func hoctap(_ arguments: [String], in folder: URL? = nil, environment: [String: String]? = nil,
                       timeout: TimeInterval = 60, file: StaticString = #filePath, line: UInt = #line) throws -> ProgramRun {
        try run(TmuxSession.hoctapBinary, arguments, in: folder, environment: environment, timeout: timeout, file: file, line: line)
    }

    /// Runs `program` as `hoctap(_:)` runs the built program.
    static func run(_ program: String, _ arguments: [String], in folder: URL? = nil, environment: [String: String]? = nil,
                    timeout: TimeInterval = 60, file: StaticString = #filePath, line: UInt = #line) throws -> ProgramRun {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = arguments
        if let environment { p.environment = environment }
        if let folder { p.currentDirectoryURL = folder }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("hoctap-run-\(UUID().uuidString).txt")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out) }
        let handle = try FileHandle(forWritingTo: out)
        p.standardOutput = handle
        p.standardError = handle
        try p.run()
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning, Date() < deadline { usleep(10_000) }
        if p.isRunning {
            p.terminate()
            XCTFail("\((program as NSString).lastPathComponent) \(arguments.prefix(2).joined(separator: " ")) did not finish in \(Int(timeout)) s", file: file, line: line)
        }
        p.waitUntilExit()
        try handle.close()
        return ProgramRun(status: p.terminationStatus, output: String(decoding: try Data(contentsOf: out), as: UTF8.self))
    }
}
