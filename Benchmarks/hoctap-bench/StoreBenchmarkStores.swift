// The benchmark's stores: generated once per award count and cached, with TSV and CSV copies of their awards for the peers.

import Foundation
import Store
import StoreDemo

/// A generated store in the cache folder, and the peers' copies of its awards.
struct BenchStore {
    let awards: Int
    /// The store folder.
    let directory: String
    /// The peers' folder: awards.tsv and awards.csv.
    let peerDirectory: String
    /// The bytes of every file of the store.
    let bytes: Int

    var megabytes: Double { Double(bytes) / 1e6 }
    var awardsFile: String { directory + "/awards.rec" }
    var tsvFile: String { peerDirectory + "/awards.tsv" }
    var csvFile: String { peerDirectory + "/awards.csv" }

    static let seed: UInt64 = 2022
    static let awardFields = ["Id", "Date", "Recipient", "Kind", "Category", "Branch", "Amount", "Sponsor"]

    /// The store of `awards` awards under `cache` (`awards-N`), generated when missing: into a
    /// temporary folder first, renamed into place once complete, so an interrupted run leaves no
    /// half store behind. The peers' copies are made the same way.
    static func prepare(awards: Int, cache: String) throws -> BenchStore {
        let fm = FileManager.default
        try fm.createDirectory(atPath: cache, withIntermediateDirectories: true)
        let directory = cache + "/awards-\(awards)"
        if !fm.fileExists(atPath: directory) {
            let temporary = directory + ".partial"
            try? fm.removeItem(atPath: temporary)
            let start = DispatchTime.now().uptimeNanoseconds
            let generator = StoreGenerator(seed: seed, counts: .withAwards(awards),
                                           note: ["# Benchmark store: \(awards) awards, seed \(seed)."])
            try generator.write(to: temporary)
            try fm.moveItem(atPath: temporary, toPath: directory)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            print("  generated \(directory) in \(BenchTiming.duration(seconds))")
        }
        let peerDirectory = cache + "/awards-\(awards)-peers"
        if !fm.fileExists(atPath: peerDirectory) {
            let temporary = peerDirectory + ".partial"
            try? fm.removeItem(atPath: temporary)
            try fm.createDirectory(atPath: temporary, withIntermediateDirectories: true)
            try writeCopies(from: directory + "/awards.rec", tsv: temporary + "/awards.tsv", csv: temporary + "/awards.csv")
            try fm.moveItem(atPath: temporary, toPath: peerDirectory)
            print("  wrote the TSV and CSV copies in \(peerDirectory)")
        }
        var bytes = 0
        for name in try fm.contentsOfDirectory(atPath: directory) where name.hasSuffix(".rec") {
            let size = (try fm.attributesOfItem(atPath: directory + "/" + name)[.size] as? NSNumber)?.intValue ?? 0
            bytes += size
        }
        return BenchStore(awards: awards, directory: directory, peerDirectory: peerDirectory, bytes: bytes)
    }

    /// Writes the Award records of a recfile as TSV and as CSV (every value quoted), with a header
    /// line naming the fields; continuation lines are joined with a space.
    static func writeCopies(from recfile: String, tsv: String, csv: String) throws {
        guard let tsvOut = FileHandle(forWritingAtPath: createEmpty(tsv)),
              let csvOut = FileHandle(forWritingAtPath: createEmpty(csv)) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { try? tsvOut.close(); try? csvOut.close() }
        var tsvBuffer: [UInt8] = []
        var csvBuffer: [UInt8] = []
        let index = Dictionary(uniqueKeysWithValues: awardFields.enumerated().map { ($0.element, $0.offset) })
        var row = [String](repeating: "", count: awardFields.count)
        var filled = false
        var last: Int?
        func emit(_ values: [String]) {
            tsvBuffer += Array(values.map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: "\t").utf8)
            tsvBuffer.append(0x0A)
            csvBuffer += Array(values.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
                .joined(separator: ",").utf8)
            csvBuffer.append(0x0A)
        }
        func flush(force: Bool) throws {
            if force || tsvBuffer.count > 1 << 20 {
                try tsvOut.write(contentsOf: tsvBuffer)
                try csvOut.write(contentsOf: csvBuffer)
                tsvBuffer.removeAll(keepingCapacity: true)
                csvBuffer.removeAll(keepingCapacity: true)
            }
        }
        func endRecord() throws {
            if filled { emit(row) }
            row = [String](repeating: "", count: awardFields.count)
            filled = false
            last = nil
            try flush(force: false)
        }
        emit(awardFields)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: recfile)))
        let (colon, plus, space) = (UInt8(ascii: ":"), UInt8(ascii: "+"), UInt8(ascii: " "))
        func text(_ slice: ArraySlice<UInt8>) -> String {
            String(decoding: slice.drop { $0 == space }, as: UTF8.self)
        }
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            guard let first = line.first else {
                try endRecord()
                continue
            }
            if first == UInt8(ascii: "%") || first == UInt8(ascii: "#") {
                continue
            } else if first == plus {
                if let field = last { row[field] += " " + text(line.dropFirst()) }
            } else if let at = line.firstIndex(of: colon) {
                if let field = index[String(decoding: line[..<at], as: UTF8.self)] {
                    row[field] = text(line[(at + 1)...])
                    last = field
                    filled = true
                } else {
                    last = nil
                }
            }
        }
        try endRecord()
        try flush(force: true)
    }

    private static func createEmpty(_ path: String) -> String {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        return path
    }
}
