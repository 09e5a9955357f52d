// Instruction counts of the store load and its awk peer under callgrind, which a busy machine does not change.

import Foundation

/// The instructions `valgrind --tool=callgrind` counts for our load + tally of one store (as the
/// load rows time it, in a child process), for `hoctap report --format json` on it when the release
/// `hoctap` is beside this program, and for awk over its awards.rec. Nil when valgrind is missing.
struct StoreInstructions {
    struct Count {
        let name: String
        let command: String
        let instructions: Int?
    }

    let counts: [Count]

    static func measure(_ store: BenchStore) -> StoreInstructions? {
        guard let valgrind = which("valgrind") else {
            print("\nnote: no valgrind on PATH, so no instruction counts")
            return nil
        }
        let own = StoreBenchProcess.ownExecutable()
        var commands: [(String, [String])] = [
            ("ours: load + tally (store-child, 1 run)", [own, "store-child", store.directory, "1"]),
        ]
        let hoctap = URL(fileURLWithPath: own).deletingLastPathComponent().appendingPathComponent("hoctap").path
        if FileManager.default.isExecutableFile(atPath: hoctap) {
            commands.append(("ours: hoctap report --format json", [hoctap, "report", "--format", "json", "--store", store.directory]))
        }
        commands.append((StoreBenchmark.awkRecPeer, ["awk", StoreBenchmark.awkRecProgram, store.awardsFile]))
        let counts = commands.map { name, arguments in
            Count(name: name, command: arguments.map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " "),
                  instructions: count(valgrind, arguments))
        }
        return StoreInstructions(counts: counts)
    }

    func render() -> String {
        let awk = counts.last?.instructions
        var table = BenchTable(["run", "instructions", "ratio to awk"])
        for count in counts {
            let ratio = count.instructions.flatMap { n in awk.map { String(format: "%.2f×", Double(n) / Double($0)) } } ?? ""
            table.add([count.name, count.instructions.map { String(format: "%.1f M", Double($0) / 1e6) } ?? "failed", ratio])
        }
        return table.render()
    }

    /// The `Collected :` total of one run under callgrind, read from valgrind's log.
    static func count(_ valgrind: String, _ arguments: [String]) -> Int? {
        let log = NSTemporaryDirectory() + "hoctap-bench-callgrind-\(getpid()).log"
        defer { try? FileManager.default.removeItem(atPath: log) }
        let run = StoreBenchProcess.run([valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", "--log-file=" + log]
            + arguments)
        guard run.status == 0, let text = try? String(contentsOfFile: log, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") {
            guard let at = line.range(of: "Collected :") else { continue }
            return Int(line[at.upperBound...].trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    static func which(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
