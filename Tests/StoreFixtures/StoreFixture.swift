/// A small hand-made store, written from the schema's own headers, for the decoder, tally and oracle tests.

import Foundation
import XCTest
import Store
import Recfile

/// The files of a small valid store: three awards around the 31 August / 1 September boundary,
/// two classes in different school years, a fund with two gifts.
public enum StoreFixture {
    /// Every file as text: the schema's header, then each `Set|` block placed after its set's descriptor.
    public static func texts(_ records: [String: String] = records) -> [String: String] {
        var out: [String: String] = [:]
        for file in StoreSchema.files {
            var blocks: [String: [String]] = [:]
            var current: String?
            for line in (records[file] ?? "").components(separatedBy: "\n") where !line.isEmpty {
                if let bar = line.firstIndex(of: "|") {
                    let set = String(line[..<bar])
                    current = set
                    blocks[set, default: []].append(String(line[line.index(after: bar)...]))
                } else if let current, var list = blocks[current], !list.isEmpty {
                    list[list.count - 1] += "\n" + line
                    blocks[current] = list
                }
            }
            var text = "# \(file)\n"
            for set in StoreSchema.sets(in: file) {
                text += "\n" + StoreSchema.descriptorText(for: set)
                for record in blocks[set.name] ?? [] { text += "\n" + record + "\n" }
            }
            out[file] = text
        }
        return out
    }

    /// The fixture's files as bytes, with `changes` applied: for each file, (old, new) replacements
    /// of the first occurrence of `old`.
    public static func files(_ changes: [String: [(String, String)]] = [:]) -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for (file, text) in texts() {
            var t = text
            for (old, new) in changes[file] ?? [] {
                guard let range = t.range(of: old) else {
                    XCTFail("the fixture's \(file) has no \"\(old)\"")
                    continue
                }
                t.replaceSubrange(range, with: new)
            }
            out[file] = Array(t.utf8)
        }
        return out
    }

    /// The fixture decoded in memory.
    public static func snapshot(_ changes: [String: [(String, String)]] = [:]) -> StoreSnapshot {
        StoreLoader.decode(files: files(changes))
    }

    /// The fixture written into a fresh temporary folder.
    public static func folder(_ test: XCTestCase, _ changes: [String: [(String, String)]] = [:]) throws -> String {
        let folder = try makeTemporaryFolder(test)
        for (name, bytes) in files(changes) {
            try Data(bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
        }
        return folder
    }

    /// Records in `records`' form (each file's records as `Set|Field: value` blocks, see `texts`)
    /// written into a fresh temporary folder.
    public static func folder(_ test: XCTestCase, records: [String: String]) throws -> String {
        let folder = try makeTemporaryFolder(test)
        for (name, text) in texts(records) {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
        }
        return folder
    }

    /// The 1-based line where the first occurrence of `text` starts in `file` of the fixture; 0 if absent.
    public static func line(of text: String, in file: String) -> Int {
        let whole = texts()[file] ?? ""
        guard let range = whole.range(of: text) else { return 0 }
        return whole[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }
}
