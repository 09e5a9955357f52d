// Child processes for the store benchmark: spawning with posix_spawn, timing, peak memory, and the child's own load loop.

import Foundation
import Reports
import Store
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// One finished child: its wall time, its peak resident memory (from `wait4`) and what it printed.
struct ChildRun {
    let seconds: Double
    let peakKilobytes: Int
    let status: Int32
    let output: String
}

enum StoreBenchProcess {
    /// This executable's own path, for re-running itself as a child.
    static func ownExecutable() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 { return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        return CommandLine.arguments[0]
    }

    /// Runs `arguments` (the first is the program, looked up on PATH) with stdin from `input`
    /// (or /dev/null) and stdout into a temporary file; stderr is discarded.
    static func run(_ arguments: [String], input: String? = nil) -> ChildRun {
        let outPath = NSTemporaryDirectory() + "hoctap-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).out"
        defer { unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, &argv, environ)
        guard spawned == 0 else {
            return ChildRun(seconds: 0, peakKilobytes: 0, status: -1,
                            output: "cannot start \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
        return ChildRun(seconds: seconds, peakKilobytes: Int(usage.ru_maxrss), status: exitCode, output: output)
    }

    /// The peak resident memory of this process so far, in kB (`VmHWM` of /proc/self/status).
    static func ownPeakKilobytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        }
        return 0
    }

    /// `hoctap-bench store-child DIR RUNS`: loads and tallies the store RUNS times and prints each
    /// run's seconds, the record and problem counts, and this process's `VmHWM` line.
    static func childMain(_ arguments: [String]) -> Int32 {
        guard arguments.count >= 2, let runs = Int(arguments[1]), runs > 0 else {
            FileHandle.standardError.write(Data("usage: hoctap-bench store-child DIR RUNS\n".utf8))
            return 2
        }
        var times: [Double] = []
        var records = 0
        var problems = 0
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            let tallies: Tallies
            // The clock stops when the tallies are made; the snapshot is freed after it (a process
            // that ends, like the awk peer, or a dashboard that keeps the data never waits for that),
            // and the last run's is not freed at all: the process ends by `exit` with it, as
            // `hoctap render` ends, so an instruction count is the load's and the tally's alone.
            var snapshot: StoreSnapshot?
            do {
                snapshot = try StoreLoader.load(directory: arguments[0])
                tallies = StoreReport(snapshot!, detail: .figures).tallies(nil)
                problems = snapshot!.problems.count
            } catch {
                print("error \(error)")
                return 1
            }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            records = tallies.counts.values.reduce(0, +)
            if times.count < runs { snapshot = nil } else { _ = Unmanaged.passRetained(Kept(snapshot)) }
        }
        print("times " + times.map { String($0) }.joined(separator: " "))
        print("records \(records)")
        print("problems \(problems)")
        print("VmHWM \(ownPeakKilobytes())")
        exit(0)
    }

    /// A snapshot left alive until the process ends.
    private final class Kept {
        let snapshot: StoreSnapshot?
        init(_ snapshot: StoreSnapshot?) { self.snapshot = snapshot }
    }
}
