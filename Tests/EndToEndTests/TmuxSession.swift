// A tmux server on a private socket running the built program, read back by polling.

import Foundation
import XCTest

/// Drives one tmux session: start a command, send keys, capture the screen, resize.
final class TmuxSession {
    let socket: String
    let name = "e2e"

    /// Where `swift build` put the test bundle, and so the `hoctap` binary.
    static var productsDirectory: URL {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        #endif
        return Bundle.main.bundleURL
    }

    static var hoctapBinary: String { productsDirectory.appendingPathComponent("hoctap").path }

    /// tmux's path, or nil. Where the environment demands it (CI), a missing tmux fails.
    static func tmuxPath() throws -> String {
        for dir in ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"] where FileManager.default.isExecutableFile(atPath: dir + "/tmux") {
            return dir + "/tmux"
        }
        if ProcessInfo.processInfo.environment["HOCTAP_REQUIRE_TMUX"] == "1" {
            XCTFail("tmux is required here (HOCTAP_REQUIRE_TMUX=1) but was not found")
        }
        throw XCTSkip("tmux is not installed: the end-to-end tests did not run")
    }

    let tmux: String

    init(command: String, width: Int, height: Int) throws {
        tmux = try Self.tmuxPath()
        socket = "hoctap-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try run(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", command])
    }

    deinit {
        _ = try? run(["kill-server"])
    }

    /// Runs one tmux command and returns what it printed. It is spawned directly and its
    /// output goes to a file: the tmux server that `new-session` leaves behind inherits the
    /// client's descriptors, which keeps a pipe (and Foundation's `Process`) waiting for ever.
    @discardableResult
    func run(_ args: [String]) throws -> String {
        let outPath = NSTemporaryDirectory() + "\(socket)-\(UUID().uuidString).out"
        defer { unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([tmux, "-u", "-L", socket] + args).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let rc = posix_spawn(&pid, tmux, &actions, nil, argv, environ)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    }

    func send(_ keys: String...) throws { try run(["send-keys", "-t", name] + keys) }

    func capture() throws -> [String] {
        try run(["capture-pane", "-p", "-N", "-t", name]).components(separatedBy: "\n").dropLast().map { $0 }
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen until `condition` holds, for at most `timeout` seconds; returns the
    /// last capture either way so a failure can show what was on screen.
    func waitFor(timeout: TimeInterval = 10, _ condition: ([String]) -> Bool) throws -> (ok: Bool, screen: [String]) {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = try capture()
        while !condition(screen) {
            if Date() > deadline { return (false, screen) }
            usleep(20_000)
            screen = try capture()
        }
        return (true, screen)
    }
}
