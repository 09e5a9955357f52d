// The first frame on a large store: `hoctap render` against awk in the same run, the steps after the load, instruction counts.

import Foundation

/// `hoctap-bench first-frame [--quick]`: on the generated 1M-award store (100k with `--quick`),
/// round after round, awk tallying awards.rec (issue 18's peer) and the release `hoctap render
/// --size 200x60` of the overview and of the awards pane, each a process of its own: load + the
/// panes' data + one frame, as a clerk's first screen. Then, in child processes, the steps after
/// the load with the data built lazily (what the pane shown needs) and whole (every part, as the
/// dashboard built it at each start before), and, with valgrind, instruction counts at 100k.
struct FirstFrameBench {
    let quick: Bool

    /// The budget of issue 18: the first frame on the 1M store within 1,6× awk over its awards.rec.
    static let budget = 1.6

    func run() -> Int32 {
        let cache = StoreBenchmark.cache
        let size = quick ? 100_000 : 1_000_000
        let own = StoreBenchProcess.ownExecutable()
        let hoctap = URL(fileURLWithPath: own).deletingLastPathComponent().appendingPathComponent("hoctap").path
        guard FileManager.default.isExecutableFile(atPath: hoctap) else {
            FileHandle.standardError.write(Data("hoctap-bench first-frame: build the release hoctap beside this program first\n".utf8))
            return 2
        }
        let store: BenchStore, small: BenchStore
        do {
            store = try BenchStore.prepare(awards: size, cache: cache)
            small = try BenchStore.prepare(awards: 100_000, cache: cache)
        } catch {
            FileHandle.standardError.write(Data("cannot prepare the stores: \(error)\n".utf8))
            return 2
        }
        let label = StoreBenchmark.storeLabel(store)
        let rounds = quick ? 3 : 5
        print("hoctap-bench first-frame: \(label), \(rounds) rounds of awk and `hoctap render --size 200x60`, medians; warm page cache\n")
        let render = { (pane: String) in [hoctap, "render", "--pane", pane, "--size", "200x60", "--store", store.directory] }
        let commands: [(name: String, arguments: [String])] = [
            (StoreBenchmark.awkRecPeer, ["awk", StoreBenchmark.awkRecProgram, store.awardsFile]),
            ("hoctap render --pane overview", render("overview")),
            ("hoctap render --pane awards", render("awards")),
        ]
        var times = [[Double]](repeating: [], count: commands.count)
        for _ in 0..<rounds {
            for (i, command) in commands.enumerated() {
                let run = StoreBenchProcess.run(command.arguments)
                guard run.status == 0 else {
                    FileHandle.standardError.write(Data("\(command.name) failed (exit \(run.status))\n".utf8))
                    return 1
                }
                times[i].append(run.seconds)
            }
        }
        let medians = times.map { $0.sorted()[$0.count / 2] }
        let awk = medians[0]
        var table = BenchTable(["run", "store", "median", "range", "to awk", "budget", "result"])
        for (i, command) in commands.enumerated() {
            let ratio = medians[i] / awk
            let budgeted = i == 1 && store.awards >= 1_000_000
            table.add([command.name, label, BenchTiming.duration(medians[i]),
                       BenchTiming.duration(times[i].min() ?? 0) + "–" + BenchTiming.duration(times[i].max() ?? 0),
                       i == 0 ? "" : String(format: "%.2f×", ratio), budgeted ? String(format: "≤ %.1f× awk", Self.budget) : "",
                       budgeted ? (ratio <= Self.budget ? "PASS" : String(format: "MISS (%.2f×)", ratio / Self.budget)) : ""])
        }
        print(table.render())

        print("\nthe steps after the load, in-process (hoctap-bench first-frame-child, medians of 3 over one load):")
        var steps = BenchTable(["pane", "data", "load", "panes' data", "frame", "data + frame"])
        for (pane, mode) in [("overview", "lazy"), ("overview", "whole"), ("awards", "lazy"), ("awards", "whole")] {
            let child = StoreBenchProcess.run([own, "first-frame-child", store.directory, pane, mode, "3"])
            var fields: [String: Double] = [:]
            for line in child.output.split(separator: "\n") {
                let parts = line.split(separator: " ")
                if parts.count >= 2, let value = Double(parts[1]) { fields[String(parts[0])] = value }
            }
            guard child.status == 0, let load = fields["load"], let data = fields["data"], let frame = fields["frame"] else {
                FileHandle.standardError.write(Data("first-frame-child \(pane) \(mode) failed: \(child.output)\n".utf8))
                return 1
            }
            steps.add([pane, mode == "lazy" ? "built for the pane" : "built whole", BenchTiming.duration(load),
                       BenchTiming.duration(data), BenchTiming.duration(frame), BenchTiming.duration(data + frame)])
        }
        print(steps.render())

        guard let valgrind = StoreInstructions.which("valgrind") else {
            print("\nnote: no valgrind on PATH, so no instruction counts")
            return 0
        }
        print("\ninstructions under valgrind --tool=callgrind (the same on a busy machine), \(StoreBenchmark.storeLabel(small)):")
        let counted: [(String, [String])] = [
            ("hoctap render --pane overview --size 200x60", [hoctap, "render", "--pane", "overview", "--size", "200x60", "--store", small.directory]),
            ("first frame, overview, data built for the pane", [own, "first-frame-child", small.directory, "overview", "lazy"]),
            ("first frame, overview, data built whole", [own, "first-frame-child", small.directory, "overview", "whole"]),
            ("first frame, awards pane, data built for the pane", [own, "first-frame-child", small.directory, "awards", "lazy"]),
            (StoreBenchmark.awkRecPeer, ["awk", StoreBenchmark.awkRecProgram, small.awardsFile]),
        ]
        let counts = counted.map { ($0.0, StoreInstructions.count(valgrind, $0.1)) }
        let awkCount = counts.last?.1
        var instructions = BenchTable(["run", "instructions", "to awk"])
        for (name, count) in counts {
            let ratio = count.flatMap { n in awkCount.map { String(format: "%.2f×", Double(n) / Double($0)) } } ?? ""
            instructions.add([name, count.map { String(format: "%.1f M", Double($0) / 1e6) } ?? "failed", ratio])
        }
        print(instructions.render())
        return 0
    }
}
