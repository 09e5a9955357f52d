// Instruction counts of append → derived data under callgrind, in place and built whole, which a busy machine does not change.

import Canvas
import Dashboard
import Foundation
import Store

/// Runs `hoctap-bench append-child MODE` under `valgrind --tool=callgrind`, counting only inside
/// the one function of the mode (`--toggle-collect`): the classes store of `AppendBench` is made
/// outside the count, then three records (an attendance mark, an award, an enrollment) are added
/// in place (`update`), or the data of the store with them is built whole once (`whole`).
enum AppendInstructions {
    static func measure() -> [(String, Int?)]? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let valgrind = path.split(separator: ":").map({ "\($0)/valgrind" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else {
            print("note: no valgrind on PATH, so no instruction counts")
            return nil
        }
        let own = StoreBenchProcess.ownExecutable()
        return [("three appends counted in place", "update", "*measuredUpdate*"), ("the data built whole once", "whole", "*measuredWhole*")]
            .map { label, mode, function in
                let log = NSTemporaryDirectory() + "hoctap-bench-append-\(getpid()).log"
                defer { try? FileManager.default.removeItem(atPath: log) }
                // Swift seeds its hashing per process; a fixed seed keeps the dictionaries' work the same each run.
                let run = StoreBenchProcess.run(["/usr/bin/env", "SWIFT_DETERMINISTIC_HASHING=1", valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", "--log-file=" + log,
                                                 "--toggle-collect=" + function, own, "append-child", mode])
                guard run.status == 0, let text = try? String(contentsOfFile: log, encoding: .utf8) else { return (label, nil) }
                let count = text.split(separator: "\n").compactMap { line -> Int? in
                    guard let at = line.range(of: "Collected :") else { return nil }
                    return Int(line[at.upperBound...].trimmingCharacters(in: .whitespaces))
                }.first
                return (label, count)
            }
    }

    /// The child: `update` or `whole`.
    static func childMain(_ arguments: [String]) -> Int32 {
        var snapshot = ClassesBench.snapshot(learners: 100_000, classes: 2_000, enrollments: 1_000_000, seed: 2022)
        snapshot.awards = [Award(id: "KT0", date: CalendarDate(year: 2022, month: 10, day: 6)!, recipient: snapshot.learners[0].name,
                                 kind: .student, category: "Học sinh giỏi", branch: "KP01", amount: 200_000)]
        var data = DashboardData(snapshot)
        for (run, kind) in AppendBench.Kind.allCases.enumerated() {
            data.releaseSnapshot()
            let end = SnapshotEnd(snapshot)
            AppendBench.append(kind, run: run, to: &snapshot)
            guard let append = end.append(in: snapshot) else { return 1 }
            if arguments.first == "update" {
                guard measuredUpdate(&data, snapshot, append) else { return 1 }
            }
        }
        if arguments.first == "whole" { data = measuredWhole(snapshot) }
        return data.snapshot.awards.count == 2 ? 0 : 1
    }

    @inline(never)
    static func measuredUpdate(_ data: inout DashboardData, _ snapshot: StoreSnapshot, _ append: StoreAppend) -> Bool {
        data.update(to: snapshot, append: append)
    }

    @inline(never)
    static func measuredWhole(_ snapshot: StoreSnapshot) -> DashboardData {
        DashboardData(snapshot)
    }
}
