// One award written into the 1M-award store: `hoctap add` in a child process beside awk over the
// same awards.rec (the peer of the budget), the dashboard's write (`StoreWrite.add`, as the session
// performs it) in a child of its own, and the instructions of `hoctap add` on the 100k store.

import Foundation
import Store
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

struct WriteBench {
    let quick: Bool

    func run() -> Int32 {
        let size = quick ? 100_000 : 1_000_000
        let hoctap = URL(fileURLWithPath: StoreBenchProcess.ownExecutable()).deletingLastPathComponent()
            .appendingPathComponent("hoctap").path
        guard FileManager.default.isExecutableFile(atPath: hoctap) else {
            print("the release hoctap is needed beside this program: swift build -c release --product hoctap")
            return 1
        }
        do {
            let store = try BenchStore.prepare(awards: size, cache: StoreBenchmark.cache)
            let copy = try Self.copy(store, tag: "write")
            defer { try? FileManager.default.removeItem(atPath: copy) }
            let branch = Self.firstBranch(in: copy)
            print("one award written into a copy of the \(StoreBenchmark.storeLabel(store)) store "
                + "(release build; medians of alternating runs, peak memory by GNU time)")
            let runs = quick ? 3 : 5
            var add: [Double] = [], awk: [Double] = []
            var addPeak = 0, awkPeak = 0
            var written = ""
            for i in 0..<runs {
                let a = Self.measured(["awk", StoreBenchmark.awkRecProgram, store.awardsFile])
                awk.append(a.seconds)
                awkPeak = max(awkPeak, a.peak)
                let w = Self.measured([hoctap, "add", "award", "--store", copy, "--Recipient", "Người Thử Số \(i)",
                                       "--Kind", "student", "--Category", "Học sinh giỏi", "--Branch", branch, "--Amount", "200000"])
                guard w.status == 0 else {
                    print("hoctap add failed: \(w.output.prefix(300))")
                    return 1
                }
                add.append(w.seconds)
                addPeak = max(addPeak, w.peak)
                written = w.output.split(separator: "\n").first { $0.hasPrefix("Id: ") }.map(String.init) ?? ""
            }
            let addMedian = Self.median(add), awkMedian = Self.median(awk)
            let ratio = addMedian / awkMedian
            var table = BenchTable(["what", "median", "runs", "peak MB", "budget"])
            table.add(["hoctap add award (last: \(written))", BenchTiming.duration(addMedian),
                       add.map { String(format: "%.2f", $0) }.joined(separator: " "), String(addPeak / 1024),
                       String(format: "%.2f× awk: %@; %d MB: %@", ratio, ratio <= 2 ? "met" : "missed",
                              addPeak / 1024, addPeak / 1024 <= 300 ? "met" : "missed")])
            table.add([StoreBenchmark.awkRecPeer, BenchTiming.duration(awkMedian),
                       awk.map { String(format: "%.2f", $0) }.joined(separator: " "), String(awkPeak / 1024), "the peer"])
            let form = StoreBenchProcess.run([StoreBenchProcess.ownExecutable(), "write-child", copy, branch])
            let formLines = form.output.split(separator: "\n")
            let formSeconds = formLines.first { $0.hasPrefix("seconds ") }.flatMap { Double($0.dropFirst(8)) }
            let formPeak = formLines.first { $0.hasPrefix("VmHWM ") }.flatMap { Int($0.dropFirst(6)) } ?? 0
            table.add(["the form's write checked against the store read again (StoreWrite.add, the usual way)",
                       formSeconds.map(BenchTiming.duration) ?? "failed \(form.output.prefix(80))", "1",
                       String(formPeak / 1024), formSeconds.map { $0 <= 0.02 ? "≤ 20 ms: met" : "≤ 20 ms: missed" } ?? ""])
            let snapshotForm = StoreBenchProcess.run([StoreBenchProcess.ownExecutable(), "form-write-child", copy, branch, "8"])
            let snapshotLines = snapshotForm.output.split(separator: "\n")
            let firstForm = snapshotLines.first { $0.hasPrefix("first ") }.flatMap { Double($0.dropFirst(6)) }
            let laterForm = (snapshotLines.first { $0.hasPrefix("later ") }?.dropFirst(6).split(separator: " ").compactMap { Double($0) }) ?? []
            let via = snapshotLines.first { $0.hasPrefix("snapshot ") }.map { String($0.dropFirst(9)) } ?? "?"
            if let firstForm, !laterForm.isEmpty {
                let later = Self.median(laterForm)
                table.add(["the form's write against the snapshot on screen, key → written, after the first "
                           + "(checked against the snapshot: \(via))", BenchTiming.duration(later),
                           laterForm.map { String(format: "%.4f", $0) }.joined(separator: " "), "",
                           later <= 0.02 ? "≤ 20 ms: met" : "≤ 20 ms: missed"])
                table.add(["the same, first write (checksum of awards.rec and ids' pattern worked out)",
                           BenchTiming.duration(firstForm), "1", "", firstForm <= 0.02 ? "≤ 20 ms: met" : "≤ 20 ms: missed"])
            } else {
                table.add(["the form's write against the snapshot on screen", "failed \(snapshotForm.output.prefix(80))", "", "", ""])
            }
            print(table.render())
            instructions(hoctap: hoctap, branch: branch)
        } catch {
            print("error: \(error)")
            return 1
        }
        return 0
    }

    /// `hoctap add award` on a copy of the 100k store and awk over its awards, under callgrind.
    private func instructions(hoctap: String, branch: String) {
        guard let valgrind = StoreInstructions.which("valgrind"),
              let store = try? BenchStore.prepare(awards: 100_000, cache: StoreBenchmark.cache),
              let copy = try? Self.copy(store, tag: "write-callgrind") else {
            print("\nnote: no valgrind on PATH (or no 100k store), so no instruction counts")
            return
        }
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let add = StoreInstructions.count(valgrind, [hoctap, "add", "award", "--store", copy, "--Recipient", "Người Thử Callgrind",
                                                     "--Kind", "student", "--Category", "Học sinh giỏi",
                                                     "--Branch", Self.firstBranch(in: copy), "--Amount", "200000"])
        let awk = StoreInstructions.count(valgrind, ["awk", StoreBenchmark.awkRecProgram, store.awardsFile])
        var table = BenchTable(["run, 100k store", "instructions", "ratio to awk"])
        func millions(_ n: Int?) -> String { n.map { String(format: "%.1f M", Double($0) / 1e6) } ?? "failed" }
        table.add(["hoctap add award", millions(add),
                   add.flatMap { a in awk.map { String(format: "%.2f×", Double(a) / Double($0)) } } ?? ""])
        table.add([StoreBenchmark.awkRecPeer, millions(awk), ""])
        print("\n" + table.render())
    }

    /// A fresh copy of `store`'s folder beside it, to write into.
    private static func copy(_ store: BenchStore, tag: String) throws -> String {
        let copy = StoreBenchmark.cache + "/\(tag)-\(store.awards)-\(getpid())"
        try? FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: store.directory, toPath: copy)
        return copy
    }

    /// The first branch's id in the store's branches.rec (`KP01` in the generated stores).
    private static func firstBranch(in folder: String) -> String {
        let text = (try? String(contentsOfFile: folder + "/branches.rec", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").first { $0.hasPrefix("Id: ") }.map { String($0.dropFirst(4)) } ?? "KP01"
    }

    /// One run of `arguments` under GNU time for its peak memory (a spawned child's own peak
    /// starts at this process's size), when GNU time is there.
    private static func measured(_ arguments: [String]) -> (seconds: Double, peak: Int, status: Int32, output: String) {
        let timeTool = "/usr/bin/time"
        let peakFile = NSTemporaryDirectory() + "hoctap-bench-write-peak-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: peakFile) }
        let withTime = FileManager.default.isExecutableFile(atPath: timeTool)
        let run = StoreBenchProcess.run(withTime ? [timeTool, "-f", "%M", "-o", peakFile] + arguments : arguments)
        let reported = (try? String(contentsOfFile: peakFile, encoding: .utf8))
            .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").last ?? "") }
        return (run.seconds, withTime ? reported ?? 0 : run.peakKilobytes, run.status, run.output)
    }

    private static func median(_ values: [Double]) -> Double {
        values.sorted()[values.count / 2]
    }

    /// `hoctap-bench write-child DIR BRANCH`: one award written as the dashboard's form writes it
    /// (`StoreWrite.add(…).performed`, under the lock, journaled), printing its seconds and this
    /// process's peak memory.
    static func childMain(_ arguments: [String]) -> Int32 {
        guard arguments.count >= 2 else {
            FileHandle.standardError.write(Data("usage: hoctap-bench write-child DIR BRANCH\n".utf8))
            return 2
        }
        let record = NewRecord(set: "Award", fields: [
            .init("Recipient", "Người Thử Biểu Mẫu"), .init("Kind", "student"), .init("Category", "Học sinh giỏi"),
            .init("Branch", arguments[1]), .init("Amount", "200000"),
        ])
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            _ = try StoreWrite.add([record]).performed(in: arguments[0], now: RecordAddition.localStamp())
        } catch {
            print("error \(error)")
            return 1
        }
        print("seconds \(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)")
        print("VmHWM \(StoreBenchProcess.ownPeakKilobytes())")
        return 0
    }
}
