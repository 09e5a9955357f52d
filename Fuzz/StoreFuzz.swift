// Fuzz entry point: feeds arbitrary bytes to the recfile parser and to the whole store decoder, in memory.

import Reports
import Store

/// The byte that separates the pseudo-files in one input. 0xFF never occurs in UTF-8, so real
/// recfiles used as seeds are never split by accident.
private let separator: UInt8 = 0xFF

/// At most this many pseudo-files per input; the last one keeps any further separators.
private let maxFiles = 3

/// Splits the input into up to three pseudo-files. The first byte of each piece picks the file's
/// name among the store's files; a name already taken moves to the next free one, so a piece
/// always lands in a file of its own and references between files get exercised.
func pseudoFiles(_ data: UnsafeBufferPointer<UInt8>) -> [String: [UInt8]] {
    let names = StoreSchema.files
    var files: [String: [UInt8]] = [:]
    for piece in data.split(separator: separator, maxSplits: maxFiles - 1, omittingEmptySubsequences: true) {
        var slot = Int(piece[piece.startIndex]) % names.count
        while files[names[slot]] != nil { slot = (slot + 1) % names.count }
        files[names[slot]] = Array(piece.dropFirst())
    }
    return files
}

@_cdecl("LLVMFuzzerTestOneInput")
public func storeFuzzTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let data = UnsafeBufferPointer(start: count > 0 ? bytes : nil, count: count)

    // The raw input, separators and all, as one file.
    let whole = RecParser.parse(Array(data), file: "input.rec")
    for problem in whole.problems { _ = problem.detailedDescription }

    // The pieces as a store: parse, validate, resolve references, tally, render both reports.
    let files = pseudoFiles(data)
    for (name, body) in files {
        let parsed = RecParser.parse(body, file: name)
        _ = parsed.records.count + parsed.descriptors.count
    }
    let snapshot = StoreLoader.decode(files: files, directory: "fuzz")
    for problem in snapshot.problems { _ = problem.detailedDescription }
    let tallies = StoreReport(snapshot).tallies(nil)
    _ = ReportJSON.text(tallies, problems: snapshot.problems)
    _ = ReportText.text(tallies, snapshot: snapshot)
    return 0
}
