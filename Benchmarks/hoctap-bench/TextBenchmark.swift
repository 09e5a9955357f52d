// The text benchmark: NFC, search keys, name sort keys and a 100k-name sort, each beside a Foundation peer.

import Foundation
import VietText

/// `hoctap-bench text`: about 10 MB of generated Vietnamese values in NFC and the same in NFD, and
/// 100,000 names; prints medians of several runs and the ratio to the peer measured in the same run.
struct TextBenchmark {
    let quick: Bool

    func run() {
        let corpusBytes = quick ? 1_000_000 : 10_000_000
        let nameCount = quick ? 10_000 : 100_000
        let runs = quick ? 3 : 7
        let peerRuns = 3
        var corpus = BenchCorpus(seed: 2022)
        let nfc = BenchValues(corpus.values(bytes: corpusBytes))
        let nfd = BenchValues(nfc.strings.map(\.decomposedStringWithCanonicalMapping))
        let names = (0..<nameCount).map { _ in corpus.name() }
        let nameMegabytes = Double(names.reduce(0) { $0 + $1.utf8.count }) / 1e6
        var sink = 0
        func median(_ count: Int, _ body: () -> Int) -> Double { BenchTiming.median(runs: count, sink: &sink, body) }

        let heading = "hoctap-bench text: %d values (names and phrases), %.1f MB in NFC, %.1f MB in NFD; %d names"
        print(String(format: heading, nfc.ranges.count, nfc.megabytes, nfd.megabytes, names.count))
        print("medians of \(runs) runs (peers: \(peerRuns)); NFC is called once per value, as the parser does\n")
        var table = BenchTable(["measure", "ours", "peer", "peer result", "speed-up", "target"])

        let nfcTimes = BenchTiming.medians(runs: runs, sink: &sink, [
            { Self.nfcPerValue(nfc) }, { Self.stringPerValue(nfc) },
        ])
        let (nfcOurs, floor) = (nfcTimes[0], nfcTimes[1])
        let nfcPeer = median(peerRuns) { Self.foundationPerValue(nfc) }
        table.add(["NFC of NFC text, nfc(utf8:)", BenchTiming.rate(nfc.megabytes, nfcOurs),
                   "precomposedString… per value", BenchTiming.rate(nfc.megabytes, nfcPeer),
                   BenchTiming.ratio(nfcPeer, nfcOurs), "≥ 200 MB/s"])
        table.add(["  of which making the String", BenchTiming.rate(nfc.megabytes, floor),
                   "String(decoding:) alone", "", "", ""])
        let stringOurs = median(runs) { nfc.strings.reduce(0) { $0 &+ VietText.nfc($1).utf8.count } }
        table.add(["NFC of NFC text, nfc(String)", BenchTiming.rate(nfc.megabytes, stringOurs), "", "", "", ""])

        let nfdOurs = median(runs) { Self.nfcPerValue(nfd) }
        let nfdPeer = median(peerRuns) { Self.foundationPerValue(nfd) }
        table.add(["NFC of NFD text, nfc(utf8:)", BenchTiming.rate(nfd.megabytes, nfdOurs),
                   "precomposedString… per value", BenchTiming.rate(nfd.megabytes, nfdPeer),
                   BenchTiming.ratio(nfdPeer, nfdOurs), "≥ 20 MB/s"])

        let searchOurs = median(runs) { names.reduce(0) { $0 &+ VietText.searchKey($1).utf8.count } }
        let searchPeer = median(peerRuns) {
            names.reduce(0) {
                $0 &+ $1.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf8.count
            }
        }
        table.add(["searchKey, \(names.count) names",
                   "\(BenchTiming.perSecond(names.count, searchOurs)) (\(BenchTiming.rate(nameMegabytes, searchOurs)))",
                   "folding(case, diacritics)", BenchTiming.perSecond(names.count, searchPeer),
                   BenchTiming.ratio(searchPeer, searchOurs), ""])

        let keyOurs = median(runs) { names.reduce(0) { $0 &+ VietText.nameSortKey($1).bytes.count } }
        table.add(["nameSortKey, \(names.count) names",
                   "\(BenchTiming.duration(keyOurs)) (\(BenchTiming.perSecond(names.count, keyOurs)))", "", "", "", ""])

        let keyed = names.enumerated().map { (key: VietText.nameSortKey($0.element), index: $0.offset) }
        let sortOurs = median(runs) { keyed.sorted { $0.key < $1.key }.first!.index }
        let (sortPeer, peerNote) = Self.foundationSort(names, sink: &sink)
        table.add(["sort \(names.count) names by precomputed keys", BenchTiming.duration(sortOurs),
                   "compare(locale: vi) sort\(peerNote)", BenchTiming.duration(sortPeer),
                   BenchTiming.ratio(sortPeer, sortOurs), "< 0.2 s"])

        print(table.render())
        print("\n(checksum \(sink & 0xFFFF))")
    }

    /// NFC of every value, from its bytes in the shared buffer.
    private static func nfcPerValue(_ values: BenchValues) -> Int {
        values.bytes.withUnsafeBufferPointer { buffer in
            values.ranges.reduce(0) { $0 &+ VietText.nfc(utf8: UnsafeBufferPointer(rebasing: buffer[$1])).utf8.count }
        }
    }

    /// Only the making of each value's string: the floor under `nfc(utf8:)`.
    private static func stringPerValue(_ values: BenchValues) -> Int {
        values.bytes.withUnsafeBufferPointer { buffer in
            values.ranges.reduce(0) {
                $0 &+ String(decoding: UnsafeBufferPointer(rebasing: buffer[$1]), as: UTF8.self).utf8.count
            }
        }
    }

    /// The peer: make the string, then Foundation's NFC of it.
    private static func foundationPerValue(_ values: BenchValues) -> Int {
        values.bytes.withUnsafeBufferPointer { buffer in
            values.ranges.reduce(0) {
                $0 &+ String(decoding: UnsafeBufferPointer(rebasing: buffer[$1]), as: UTF8.self)
                    .precomposedStringWithCanonicalMapping.utf8.count
            }
        }
    }

    /// Foundation's locale-aware sort: the whole list when a sample says it takes under 20 s,
    /// otherwise the sample's time scaled by n log n.
    private static func foundationSort(_ names: [String], sink: inout Int) -> (Double, String) {
        let vi = Locale(identifier: "vi")
        func time(_ list: [String]) -> Double {
            BenchTiming.median(runs: 1, sink: &sink) {
                list.sorted { $0.compare($1, options: [], range: nil, locale: vi) == .orderedAscending }.count
            }
        }
        let sampleCount = min(names.count, 10_000)
        let sample = time(Array(names.prefix(sampleCount)))
        let n = Double(names.count), m = Double(sampleCount)
        let scaled = sample * (n * log2(n)) / (m * log2(m))
        if scaled < 20 { return (time(names), "") }
        return (scaled, " (10k, scaled)")
    }
}
