/// Helpers of the writer tests: writer child processes (this test bundle run again), programs, records.

import Foundation
@testable import Recfile
import XCTest
@testable import Store

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Starts this test bundle again as a writer child (`WriterChildTests.testWriterChild`, driven by
/// environment variables), and reads what the child confirms on its descriptor 3.
enum WriterHarness {
    static let childTest = "StoreTests.WriterChildTests/testWriterChild"

    /// A running writer child and the read end of its confirmation pipe.
    struct Child {
        let pid: pid_t
        let channel: Int32
        private var pending: [UInt8] = []

        init(pid: pid_t, channel: Int32) {
            self.pid = pid
            self.channel = channel
        }

        /// The next whole line the child wrote, or nil once it is gone (a cut line is dropped).
        mutating func nextLine() -> String? {
            while true {
                if let newline = pending.firstIndex(of: 0x0A) {
                    let line = String(decoding: pending[..<newline], as: UTF8.self)
                    pending.removeSubrange(...newline)
                    return line
                }
                var chunk = [UInt8](repeating: 0, count: 4096)
                let n = chunk.withUnsafeMutableBytes { read(channel, $0.baseAddress, $0.count) }
                if n > 0 { pending += chunk[..<n] } else if n < 0, errno == EINTR { continue } else { return nil }
            }
        }

        /// Kills the child with SIGKILL.
        func kill() {
            _ = sendSignal(pid, SIGKILL)
        }

        /// Waits for the child to end and closes the pipe: its wait status.
        func wait() -> Int32 {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
            close(channel)
            return status
        }
    }

    /// Starts a writer child. Its output goes to `log` (stderr) and /dev/null (stdout).
    static func spawn(_ settings: [String: String], log: String) throws -> Child {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw RecWriterError.failed(path: "pipe", step: "pipe", code: errno, unchanged: true) }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[1], 3)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, log, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        let (program, arguments) = selfInvocation()
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment.merge(settings) { $1 }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let rc = posix_spawn(&pid, program, &actions, nil, argv, envp)
        close(fds[1])
        guard rc == 0 else {
            close(fds[0])
            throw RecWriterError.failed(path: program, step: "posix_spawn", code: rc, unchanged: true)
        }
        return Child(pid: pid, channel: fds[0])
    }

    /// The program and arguments that run only the child test of this bundle.
    private static func selfInvocation() -> (String, [String]) {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let program = n > 0 ? String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
        return (program, [program, childTest])
        #else
        let runner = CommandLine.arguments[0]
        return (runner, [runner, "-XCTest", childTest, Bundle(for: WriterChildTests.self).bundlePath])
        #endif
    }

    /// True when a wait status says the process was killed by SIGKILL.
    static func wasKilled(_ status: Int32) -> Bool { status & 0x7f == SIGKILL }

    /// True when a wait status says the process exited with status 0.
    static func exitedCleanly(_ status: Int32) -> Bool { status & 0x7f == 0 && (status >> 8) & 0xff == 0 }

    /// The record a child writes for `seq`: an id, the number, a Vietnamese name (decomposed for
    /// odd numbers), a note of a few lines, and the number again as the last field, so that a
    /// record cut short shows. Every 13th note is 20–200 KB (plain ASCII, to keep the debug build
    /// quick), so that its write spans many pages.
    static func record(_ seq: Int) -> RecordText {
        let name = seq % 2 == 0 ? "Nguyễn Thị Hoà \(seq)" : "Nguye\u{0302}\u{0303}n Thi\u{0323} Hoa\u{0300} \(seq)"
        let note: String
        if seq % 13 == 5 {
            let line = String(repeating: "hoc tap suot doi ", count: 2) + String(seq)
            note = Array(repeating: line, count: 500 + (seq * 7919) % 4500).joined(separator: "\n")
        } else {
            note = (0..<(1 + seq % 5)).map { "dòng \($0) của bản ghi \(seq) — học tập suốt đời" }.joined(separator: "\n")
        }
        return try! RecordText([(name: "Id", value: "W\(seq)"), (name: "Seq", value: String(seq)),
                                (name: "Name", value: name), (name: "Note", value: note),
                                (name: "End", value: String(seq))])
    }

    /// A record of about `bytes` bytes: `Id`, then 1 KB `Pad` fields, then `End`.
    static func hugeRecord(_ seq: Int, bytes: Int) -> RecordText {
        let pad = String(repeating: "0123456789abcdef", count: 64)
        let fields = [(name: "Id", value: "H\(seq)")]
            + Array(repeating: (name: "Pad", value: pad), count: max(1, bytes / 1030))
            + [(name: "End", value: "H\(seq)")]
        return try! RecordText(fields)
    }

    /// Checks that a record is one of `record(_:)`, whole: its number, or nil.
    static func wholeRecordNumber(_ r: RecRecord) -> Int? {
        guard r.fields.map(\.name) == ["Id", "Seq", "Name", "Note", "End"],
              let seq = r.value("Seq").flatMap({ Int($0) }), r.value("End") == String(seq),
              r.value("Id") == "W\(seq)", r.fields == record(seq).fields.enumerated().map({
                  RecField(name: $0.element.name, value: $0.element.value, line: r.fields[$0.offset].line)
              })
        else { return nil }
        return seq
    }

    /// The process's file-creation mask.
    static func umask() -> mode_t {
        let mask = swapUmask(0)
        _ = swapUmask(mask)
        return mask
    }

    /// The full path of a program on the PATH, or nil.
    static func which(_ program: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(program)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Runs a program to completion: its exit status and its output (stdout and stderr together).
    static func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

private func sendSignal(_ pid: pid_t, _ signal: Int32) -> Int32 { kill(pid, signal) }
private func swapUmask(_ mask: mode_t) -> mode_t { umask(mask) }
