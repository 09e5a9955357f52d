// A search typed by the user, folded once and matched against precomputed search keys.

import Foundation

/// What the user typed, ready to match against `VietText.searchKey` values.
///
/// A candidate matches when every word of the query begins some word of the candidate: "hien",
/// "nguyen hien", "NGUYỄN HIỀN" and "hiền" all find "Nguyễn Hiền"; "dong" finds "Đồng"; "hoa" finds
/// both "Hòa" and "Hoà", and also "Hoàng" — prefixes let a clerk stop typing early. Word order does
/// not matter, and an empty query matches everything.
///
/// A list of matches is ranked by `rank(_:)`: a candidate where each query word is a whole word
/// ("hoa" in "Lê Thị Hoà") comes before one where a word only begins one ("Hoàng Anh"); within a
/// rank the list keeps its own order.
public struct SearchQuery: Sendable, Hashable {
    /// The folded words of the query.
    public let words: [String]
    private let wordBytes: [[UInt8]]

    public init(_ typed: String) {
        words = VietText.searchKey(typed).split(separator: " ").map(String.init)
        wordBytes = words.map { Array($0.utf8) }
    }

    public var isEmpty: Bool { words.isEmpty }

    /// True when the query matches a search key (a value of `VietText.searchKey`).
    public func matches(_ candidateKey: String) -> Bool {
        if wordBytes.isEmpty { return true }
        if let found = candidateKey.utf8.withContiguousStorageIfAvailable({ key in
            wordBytes.allSatisfy { Self.someWord(of: key, startsWith: $0) }
        }) {
            return found
        }
        return Array(candidateKey.utf8).withUnsafeBufferPointer { key in
            wordBytes.allSatisfy { Self.someWord(of: key, startsWith: $0) }
        }
    }

    /// How well a search key matches: nil when it does not, else the number of query words that
    /// only begin a word of the candidate rather than being one (0 for "hoa" in "hoa binh", 1 for
    /// "hoa" in "hoang anh"). Lower ranks are listed first.
    public func rank(_ candidateKey: String) -> Int? {
        if wordBytes.isEmpty { return 0 }
        if let found = candidateKey.utf8.withContiguousStorageIfAvailable({ key in Self.rank(of: key, wordBytes) }) {
            return found
        }
        return Array(candidateKey.utf8).withUnsafeBufferPointer { key in Self.rank(of: key, wordBytes) }
    }

    /// `items` that match, best rank first and in their own order within a rank.
    public func ranked<T>(_ items: [T], key: (T) -> String) -> [T] {
        var ranked: [(rank: Int, item: T)] = []
        for item in items { if let r = rank(key(item)) { ranked.append((r, item)) } }
        guard ranked.contains(where: { $0.rank > 0 }) else { return ranked.map(\.item) }
        return ranked.enumerated().sorted { a, b in
            a.element.rank != b.element.rank ? a.element.rank < b.element.rank : a.offset < b.offset
        }.map(\.element.item)
    }

    /// True when the text matches, folding it first; for one-off checks, not for scanning lists.
    public func matches(text: String) -> Bool { matches(VietText.searchKey(text)) }

    private static func rank(of key: UnsafeBufferPointer<UInt8>, _ words: [[UInt8]]) -> Int? {
        var prefixes = 0
        for word in words {
            switch wordMatch(of: key, word) {
            case 0: return nil
            case 1: prefixes += 1
            default: break
            }
        }
        return prefixes
    }

    /// 2 when `word` is a whole word of `key`, 1 when it only begins one, 0 when neither.
    private static func wordMatch(of key: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Int {
        let n = key.count, m = word.count
        guard m <= n, let base = key.baseAddress else { return 0 }
        return word.withUnsafeBufferPointer { word in
            var best = 0
            var i = 0
            while i + m <= n {
                if memcmp(base + i, word.baseAddress!, m) == 0 {
                    if i + m == n || base[i + m] == 0x20 { return 2 }
                    best = 1
                }
                while i < n, base[i] != 0x20 { i += 1 }
                i += 1
            }
            return best
        }
    }

    private static func someWord(of key: UnsafeBufferPointer<UInt8>, startsWith word: [UInt8]) -> Bool {
        let n = key.count, m = word.count
        guard m <= n, let base = key.baseAddress else { return false }
        return word.withUnsafeBufferPointer { word in
            var i = 0
            while i + m <= n {
                if memcmp(base + i, word.baseAddress!, m) == 0 { return true }
                while i < n, base[i] != 0x20 { i += 1 }
                i += 1
            }
            return false
        }
    }
}
