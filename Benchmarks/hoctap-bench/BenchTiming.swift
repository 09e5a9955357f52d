// Timing helpers and the printed table: medians of repeated runs, rates and ratios.

import Foundation

enum BenchTiming {
    /// The median wall time in seconds of `runs` calls; each call's result is kept in `sink`.
    static func median(runs: Int, sink: inout Int, _ body: () -> Int) -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            sink &+= body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        times.sort()
        return times[times.count / 2]
    }

    /// Medians of several measures taken in turns, round after round, so that drift in the
    /// machine's speed touches them alike.
    static func medians(runs: Int, sink: inout Int, _ bodies: [() -> Int]) -> [Double] {
        var times = [[Double]](repeating: [], count: bodies.count)
        for _ in 0..<runs {
            for (index, body) in bodies.enumerated() {
                let start = DispatchTime.now().uptimeNanoseconds
                sink &+= body()
                times[index].append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
        }
        return times.map { $0.sorted()[$0.count / 2] }
    }

    static func rate(_ megabytes: Double, _ seconds: Double) -> String {
        String(format: "%.0f MB/s", megabytes / seconds)
    }

    static func perSecond(_ count: Int, _ seconds: Double) -> String {
        let value = Double(count) / seconds
        return value >= 1e6 ? String(format: "%.2f M/s", value / 1e6) : String(format: "%.0f k/s", value / 1e3)
    }

    static func duration(_ seconds: Double) -> String {
        seconds >= 1 ? String(format: "%.2f s", seconds) : String(format: "%.1f ms", seconds * 1000)
    }

    static func ratio(_ peerSeconds: Double, _ oursSeconds: Double) -> String {
        String(format: "%.1f× faster", peerSeconds / oursSeconds)
    }
}

/// A plain-text table with left-aligned columns.
struct BenchTable {
    let header: [String]
    private(set) var rows: [[String]] = []

    init(_ header: [String]) {
        self.header = header
    }

    mutating func add(_ row: [String]) {
        rows.append(row)
    }

    func render() -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").replacingOccurrences(of: " +$", with: "", options: .regularExpression)
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }
}
