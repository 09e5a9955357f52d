// The store benchmark: load and tally generated stores of 10k, 100k and 1M awards, append reload, check, and peers on the same data.

import Foundation
import Reports
import Store
import Recfile

/// `hoctap-bench store [--quick]`: the load (read, parse, validate, NFC, tally) of each store in a
/// child process of its own, so that its peak memory is the load's alone; then the reload after
/// one appended award on the largest store, `check` on 100k, and recsel, awk and Python's csv
/// over the same awards.
struct StoreBenchmark {
    let quick: Bool

    struct Load {
        let store: BenchStore
        let runs: Int
        let median: Double
        let peakKilobytes: Int
        let records: Int
        let problems: Int
    }

    /// The result of one peer at one size.
    struct Peer {
        let name: String
        let awards: Int
        let seconds: Double?
        let peakKilobytes: Int
        let result: String
        let note: String
    }

    static let cache = FileManager.default.currentDirectoryPath + "/.build-bench/stores"

    func run() -> Int32 {
        let sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000]
        print("hoctap-bench store: stores of \(sizes.map(Self.label).joined(separator: ", ")) awards "
            + "(seed \(BenchStore.seed)), cached in \(Self.cache)")
        var stores: [BenchStore] = []
        do {
            for size in sizes { stores.append(try BenchStore.prepare(awards: size, cache: Self.cache)) }
        } catch {
            FileHandle.standardError.write(Data("cannot prepare the stores: \(error)\n".utf8))
            return 2
        }
        print("load = StoreLoader.load + StoreReport(snapshot, detail: .figures).tallies(nil), each size in a child process;"
            + " medians; warm page cache\n")

        var loads: [Load] = []
        for store in stores {
            guard let load = Self.measureLoad(store) else { return 1 }
            loads.append(load)
        }
        let peers = Self.measurePeers(stores)
        let largest = stores[stores.count - 1]
        let append = Self.measureAppendReload(largest)
        let hundredK = stores.first { $0.awards == 100_000 }
        let check = hundredK.map(Self.measureCheck)

        var table = BenchTable(["measure", "store", "ours", "rate", "peak memory", "budget", "result"])
        for load in loads {
            let peakMB = Double(load.peakKilobytes) * 1024 / 1e6
            let ratio = peakMB / load.store.megabytes
            table.add(["load, \(load.runs) runs", Self.storeLabel(load.store), BenchTiming.duration(load.median),
                       BenchTiming.rate(load.store.megabytes, load.median),
                       String(format: "%.0f MB (%.2f× file)", peakMB, ratio), "", ""])
            if load.store.awards == 1_000_000 {
                let awk = peers.first { $0.awards == load.store.awards && $0.name == Self.awkRecPeer }?.seconds
                let toAwk = awk.map { load.median / $0 }
                table.add(["  1M load time", "", BenchTiming.duration(load.median),
                           toAwk.map { String(format: "%.2f× awk", $0) } ?? "", "", "≤ 1.0× awk over awards.rec",
                           toAwk.map { $0 <= 1 ? "PASS" : String(format: "MISS (%.2f×)", $0) } ?? "no awk"])
                table.add(["  1M peak memory", "", "", "", String(format: "%.2f× file", ratio), "≤ 2× file",
                           ratio <= 2 ? "PASS" : String(format: "MISS (%.1f×)", ratio / 2)])
            }
        }
        if let append {
            table.add(["append 1 award (RecWriter.append)", Self.storeLabel(largest), BenchTiming.duration(append.append),
                       "", "", "", ""])
            table.add(["reload after append (full reload + tally)", Self.storeLabel(largest), BenchTiming.duration(append.reload),
                       "", "", "", ""])
            table.add(["reload after append (StoreReloader)", Self.storeLabel(largest), BenchTiming.duration(append.incremental),
                       "", "", "≤ 5 ms",
                       append.incremental <= 0.005 ? "PASS" : String(format: "MISS (%.1f×)", append.incremental / 0.005)])
            table.add(["  then Tallies of the whole store", Self.storeLabel(largest), BenchTiming.duration(append.tally),
                       "", "", "", ""])
        } else {
            table.add(["reload after append", Self.storeLabel(largest), "failed", "", "", "≤ 5 ms", "MISS"])
        }
        if let check, let store = hundredK {
            table.add(["check (load + CheckReport.text)", Self.storeLabel(store), BenchTiming.duration(check),
                       BenchTiming.rate(store.megabytes, check), "", "≤ 0.3 s",
                       check <= 0.3 ? "PASS" : String(format: "MISS (%.1f×)", check / 0.3)])
        }
        print(table.render())
        if append != nil {
            print("reload after append: full = StoreLoader.load of the store with the new award + Tallies, median of 3;"
                + " StoreReloader = the incremental reload alone (the previous snapshot let go first), median of 7.")
        }

        print("\npeers over the same awards (awards.rec; TSV and CSV copies of it), each tallying awards by branch"
            + " (recsel -c: a count; awk over awards.rec also sums the amounts); ours = our load of the whole store;"
            + " peer peak from /usr/bin/time -f %M")
        var peerTable = BenchTable(["peer", "awards", "peer time", "peer peak", "peer result", "ours", "ours/peer"])
        for peer in peers {
            let ours = loads.first { $0.store.awards == peer.awards }
            guard let seconds = peer.seconds else {
                peerTable.add([peer.name, Self.label(peer.awards), "—", "", "", "", peer.note])
                continue
            }
            let oursText = ours.map { BenchTiming.duration($0.median) } ?? ""
            let ratio = ours.map { load -> String in
                let value = load.median / seconds
                return String(format: value <= 1 ? "%.3f (ours %.1f× faster)" : "%.3f (ours %.1f× slower)",
                              value, value <= 1 ? 1 / value : value)
            } ?? ""
            peerTable.add([peer.name + peer.note, Self.label(peer.awards), BenchTiming.duration(seconds),
                           String(format: "%.0f MB", Double(peer.peakKilobytes) * 1024 / 1e6), peer.result, oursText, ratio])
        }
        print(peerTable.render())
        if let store = hundredK, let counts = StoreInstructions.measure(store) {
            print("\ninstructions under valgrind --tool=callgrind (the same on a busy machine), \(Self.storeLabel(store)):")
            print(counts.render())
        }
        for load in loads where load.problems > 0 {
            print("note: the \(Self.label(load.store.awards)) store loaded with \(load.problems) problem(s)")
        }
        return 0
    }

    // MARK: - Measures

    private static func measureLoad(_ store: BenchStore) -> Load? {
        let runs = store.awards >= 1_000_000 ? 3 : 5
        let child = StoreBenchProcess.run([StoreBenchProcess.ownExecutable(), "store-child", store.directory, String(runs)])
        var times: [Double] = []
        var fields: [String: Int] = [:]
        for line in child.output.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard let key = parts.first else { continue }
            if key == "times" {
                times = parts.dropFirst().compactMap { Double($0) }
            } else if parts.count == 2, let value = Int(parts[1]) {
                fields[String(key)] = value
            }
        }
        guard child.status == 0, !times.isEmpty, let peak = fields["VmHWM"] else {
            FileHandle.standardError.write(Data("the load of \(store.directory) failed: \(child.output)\n".utf8))
            return nil
        }
        times.sort()
        return Load(store: store, runs: runs, median: times[times.count / 2], peakKilobytes: peak,
                    records: fields["records"] ?? 0, problems: fields["problems"] ?? 0)
    }

    /// On a copy of the store: three times, append one award with `RecWriter.append`, then load
    /// and tally again; medians of the append and of the reload.
    private static func measureAppendReload(_ store: BenchStore) -> (append: Double, reload: Double, incremental: Double, tally: Double)? {
        let fm = FileManager.default
        let copy = cache + "/append-\(store.awards)-\(getpid())"
        try? fm.removeItem(atPath: copy)
        defer { try? fm.removeItem(atPath: copy) }
        do {
            try fm.copyItem(atPath: store.directory, toPath: copy)
            var snapshot = try StoreLoader.load(directory: copy)
            let branch = snapshot.branches.first?.id ?? "KP01"
            var appends: [Double] = []
            var reloads: [Double] = []
            var sink = 0
            for _ in 0..<3 {
                let id = IdAssigner.next(after: [snapshot.awards.last?.id ?? ""], set: "Award")
                let record = try RecordText([
                    (name: "Id", value: id), (name: "Date", value: "2023-06-30"), (name: "Recipient", value: "Nguyễn Thị Ánh"),
                    (name: "Kind", value: "student"), (name: "Category", value: "Học sinh giỏi"),
                    (name: "Branch", value: branch), (name: "Amount", value: "200000"),
                ])
                let start = DispatchTime.now().uptimeNanoseconds
                try RecWriter.append([record], to: "awards.rec", in: copy)
                let appended = DispatchTime.now().uptimeNanoseconds
                snapshot = try StoreLoader.load(directory: copy)
                sink &+= StoreReport(snapshot, detail: .figures).tallies(nil).awards.count
                let end = DispatchTime.now().uptimeNanoseconds
                appends.append(Double(appended - start) / 1e9)
                reloads.append(Double(end - appended) / 1e9)
            }
            // The incremental path: a StoreReloader reads only the appended bytes. The caller lets go of
            // its snapshot before each reload, as the dashboard does, so the arrays grow in place.
            let reloader = StoreReloader()
            var held: StoreSnapshot? = try reloader.reload(directory: copy)
            var incrementals: [Double] = []
            var tallies: [Double] = []
            for run in 0..<7 {
                let id = IdAssigner.next(after: [held?.awards.last?.id ?? ""], set: "Award")
                let record = try RecordText([
                    (name: "Id", value: id), (name: "Date", value: "2023-06-30"), (name: "Recipient", value: "Trần Văn Bình"),
                    (name: "Kind", value: "student"), (name: "Category", value: "Học sinh giỏi"),
                    (name: "Branch", value: branch), (name: "Amount", value: "300000"),
                ])
                try RecWriter.append([record], to: "awards.rec", in: copy)
                held = nil
                let start = DispatchTime.now().uptimeNanoseconds
                let reloaded = try reloader.reload(directory: copy)
                let reloadedAt = DispatchTime.now().uptimeNanoseconds
                sink &+= StoreReport(reloaded, detail: .figures).tallies(nil).awards.count
                let end = DispatchTime.now().uptimeNanoseconds
                held = reloaded
                if !reloader.lastWasIncremental { print("note: incremental reload \(run) read the whole store") }
                incrementals.append(Double(reloadedAt - start) / 1e9)
                tallies.append(Double(end - reloadedAt) / 1e9)
            }
            if snapshot.errors.count > 0 || sink == 0 || held?.awards.count != snapshot.awards.count + 7 {
                print("note: after the appends the store has \(snapshot.errors.count) error(s)")
            }
            return (appends.sorted()[1], reloads.sorted()[1], incrementals.sorted()[3], tallies.sorted()[3])
        } catch {
            FileHandle.standardError.write(Data("append reload failed: \(error)\n".utf8))
            return nil
        }
    }

    /// `check` as the command does it: load, then the problem report's text; median of 5.
    private static func measureCheck(_ store: BenchStore) -> Double {
        var sink = 0
        return BenchTiming.median(runs: 5, sink: &sink) {
            guard let snapshot = try? StoreLoader.load(directory: store.directory) else { return 0 }
            return CheckReport.text(snapshot, .vi).utf8.count
        }
    }

    /// The peer of issue 18's budgets: awk counting the branches and summing the amounts of awards.rec itself.
    static let awkRecPeer = "awk over awards.rec"
    static let awkRecProgram = "/^Branch: /{c[$2]++} /^Amount: /{s+=$2} END{for (b in c) print b, c[b]; print s}"

    private static func measurePeers(_ stores: [BenchStore]) -> [Peer] {
        var peers: [Peer] = []
        let awk = "NR > 1 { n[$6]++ } END { for (b in n) print b, n[b] }"
        let python = "import csv, sys, collections\n"
            + "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
            + "    r = csv.reader(f); next(r)\n"
            + "    c = collections.Counter(row[5] for row in r)\n"
            + "for k, v in sorted(c.items()): print(k, v)\n"
        for store in stores {
            if store.awards >= 1_000_000 {
                peers.append(Peer(name: "recsel -c -t Award", awards: store.awards, seconds: nil, peakKilobytes: 0,
                                  result: "", note: "skipped at 1M: measured 42 s / 173 s in STORE-FACTS"))
                peers.append(Peer(name: "recsel -G Branch -p 'Branch,Count(Id)'", awards: store.awards, seconds: nil,
                                  peakKilobytes: 0, result: "", note: "skipped at 1M: measured 42 s / 173 s in STORE-FACTS"))
            } else {
                let runs = store.awards >= 100_000 ? 1 : 3
                peers.append(peer("recsel -c -t Award", store, runs: runs,
                                  ["recsel", "-c", "-t", "Award", store.awardsFile]) { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
                peers.append(peer("recsel -G Branch -p 'Branch,Count(Id)'", store, runs: runs,
                                  ["recsel", "-t", "Award", "-G", "Branch", "-p", "Branch,Count(Id)", store.awardsFile]) {
                    "\($0.components(separatedBy: "\n\n").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.count) groups"
                })
            }
            peers.append(peer(awkRecPeer, store, runs: 3, ["awk", awkRecProgram, store.awardsFile]) {
                "\($0.split(separator: "\n").count - 1) groups"
            })
            peers.append(peer("awk over TSV", store, runs: 3, ["awk", "-F", "\t", awk, store.tsvFile]) {
                "\($0.split(separator: "\n").count) groups"
            })
            peers.append(peer("python3 csv + Counter", store, runs: 3, ["python3", "-c", python, store.csvFile]) {
                "\($0.split(separator: "\n").count) groups"
            })
        }
        return peers
    }

    /// The median of `runs` runs of a peer; its peak memory is the largest of the runs.
    private static func peer(_ name: String, _ store: BenchStore, runs: Int, _ arguments: [String],
                             summary: (String) -> String) -> Peer {
        var times: [Double] = []
        var peak = 0
        var last: ChildRun?
        // A spawned child's own ru_maxrss starts at this process's size (it shares our memory until
        // exec), so the peak comes from GNU time run in between, when it is there.
        let timeTool = "/usr/bin/time"
        let peakFile = NSTemporaryDirectory() + "hoctap-bench-peak-\(getpid())"
        let measured = FileManager.default.isExecutableFile(atPath: timeTool)
        defer { try? FileManager.default.removeItem(atPath: peakFile) }
        for _ in 0..<runs {
            let run = StoreBenchProcess.run(measured ? [timeTool, "-f", "%M", "-o", peakFile] + arguments : arguments)
            guard run.status == 0 else {
                return Peer(name: name, awards: store.awards, seconds: nil, peakKilobytes: 0, result: "",
                            note: "failed (exit \(run.status)) \(run.output.prefix(60))")
            }
            times.append(run.seconds)
            let reported = (try? String(contentsOfFile: peakFile, encoding: .utf8))
                .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").last ?? "") }
            peak = max(peak, measured ? reported ?? 0 : run.peakKilobytes)
            last = run
        }
        times.sort()
        return Peer(name: name, awards: store.awards, seconds: times[times.count / 2], peakKilobytes: peak,
                    result: last.map { summary($0.output) } ?? "", note: runs == 1 ? " (1 run)" : "")
    }

    static func label(_ awards: Int) -> String {
        awards >= 1_000_000 ? "\(awards / 1_000_000)M" : awards >= 1000 ? "\(awards / 1000)k" : "\(awards)"
    }

    static func storeLabel(_ store: BenchStore) -> String {
        "\(label(store.awards)) (" + String(format: "%.1f MB", store.megabytes) + ")"
    }
}
