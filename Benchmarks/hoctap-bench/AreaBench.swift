// Several stores in one view at the size of issue 19: a merged ward of 7 full stores (about
// 150.000 awards in all) opened as an area, and a province of 166 ward summaries, each beside awk
// tallying the same records (awk over the 7 awards.rec files; awk over the 166 summary files).

import Canvas
import Dashboard
import Exchange
import Foundation
import Reports
import Store
import StoreDemo

struct AreaBench {
    let quick: Bool

    static let cache = FileManager.default.currentDirectoryPath + "/.build-bench/area"
    static let wards = 7
    static let summaries = 166

    func run() -> Int32 {
        let perStore = quick ? 2_000 : 21_500
        let runs = quick ? 3 : 7
        var folders: [String] = []
        do {
            for i in 0..<Self.wards {
                let folder = Self.cache + "/ward-\(i + 1)-\(perStore)"
                if !FileManager.default.fileExists(atPath: folder) {
                    let temporary = folder + ".partial"
                    try? FileManager.default.removeItem(atPath: temporary)
                    try StoreGenerator(seed: 2025 + UInt64(i), counts: .withAwards(perStore),
                                       note: ["# Area benchmark: ward \(i + 1), \(perStore) awards."]).write(to: temporary)
                    try FileManager.default.moveItem(atPath: temporary, toPath: folder)
                    print("  generated \(folder)")
                }
                folders.append(folder)
            }
        } catch {
            print("cannot prepare the stores: \(error)")
            return 1
        }
        let area = Area(name: "Phường Sầm Sơn", level: .ward, members: folders.enumerated().map {
            AreaMember(name: "Phường \($0.offset + 1) (cũ)", source: .store($0.element))
        })
        var sink = 0
        // Open as `hoctap --area` does: read every member, tally, draw the first frame.
        func open(_ area: Area) -> Int {
            let report = AreaReport.load(area, schoolYear: nil, readSummary: WardSummaryFile.read)
            let frame = AreaScreen.render(report: report, state: AreaViewState(), theme: .builtinDefault,
                                          size: Size(width: 120, height: 40))
            return report.total.awards.count + frame.size.width
        }
        let first = AreaReport.load(area, schoolYear: nil, readSummary: WardSummaryFile.read)
        let awards = first.total.awards.count
        let storeTime = BenchTiming.median(runs: runs, sink: &sink) { open(area) }
        let awkProgram = "/^Branch: /{c[FILENAME \" \" $2]++} /^Amount: /{s+=$2} END{for (b in c) n++; print n, s}"
        let awkStores = medianChild(runs, ["awk", awkProgram] + folders.map { $0 + "/awards.rec" })

        // 166 summaries: the 7 stores' own, each written under the names of the province's wards.
        let summaryFolder = Self.cache + "/summaries-\(perStore)"
        try? FileManager.default.createDirectory(atPath: summaryFolder, withIntermediateDirectories: true)
        var members: [AreaMember] = []
        for i in 0..<Self.summaries {
            let path = summaryFolder + "/ward-\(i + 1).json"
            if !FileManager.default.fileExists(atPath: path), let snapshot = try? StoreLoader.load(directory: folders[i % folders.count]) {
                let text = WardSummary.text(snapshot, report: StoreReport(snapshot, detail: .figures), schoolYear: nil)
                try? Data(text.utf8).write(to: URL(fileURLWithPath: path))
            }
            members.append(AreaMember(name: "Xã, phường \(i + 1)", source: .summary(path)))
        }
        let province = Area(name: "Tỉnh Thanh Hóa", level: .province, members: members)
        let provinceAwards = AreaReport.load(province, schoolYear: nil, readSummary: WardSummaryFile.read).total.awards.count
        let summaryTime = BenchTiming.median(runs: runs, sink: &sink) { open(province) }
        let awkSummaries = medianChild(runs, ["awk", "/^    \"count\": /{n++; s+=$2} END{print n, s}"]
            + members.map(\.source.path))

        print("\nhoctap-bench area: \(Self.wards) stores of \(perStore) awards (\(awards) in all) and \(Self.summaries) "
            + "ward summaries (\(provinceAwards) awards counted); medians of \(runs); warm page cache\n")
        var table = BenchTable(["what", "ours", "awk over the same records", "budget", ""])
        table.add(["open \(Self.wards) stores as an area (read, tally, first frame)", BenchTiming.duration(storeTime),
                   BenchTiming.duration(awkStores), "≤ 1 s", storeTime <= 1 ? "PASS" : "MISS"])
        table.add(["open \(Self.summaries) ward summaries as a province", BenchTiming.duration(summaryTime),
                   BenchTiming.duration(awkSummaries), "≤ 0,5 s", summaryTime <= 0.5 ? "PASS" : "MISS"])
        print(table.render())
        print("(awk: a child process counting branches per file and summing the amounts of awards.rec; over the "
            + "summaries, the awards' count and amount of each file)  sink \(sink % 10)")
        return storeTime <= 1 && summaryTime <= 0.5 ? 0 : 1
    }

    private func medianChild(_ runs: Int, _ arguments: [String]) -> Double {
        var times = (0..<runs).map { _ in StoreBenchProcess.run(arguments).seconds }
        times.sort()
        return times[times.count / 2]
    }
}
