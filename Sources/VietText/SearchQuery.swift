// A search typed by the user, folded once and matched against precomputed search keys.

import Foundation

/// What the user typed, ready to match against `VietText.searchKey` values.
///
/// A candidate matches when every word of the query begins some word of the candidate: "hien",
/// "nguyen hien", "NGUYỄN HIỀN" and "hiền" all find "Nguyễn Hiền"; "dong" finds "Đồng"; "hoa" finds
/// both "Hòa" and "Hoà", and also "Hoàng" — prefixes let a clerk stop typing early. Word order does
/// not matter, and an empty query matches everything.
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

    /// True when the text matches, folding it first; for one-off checks, not for scanning lists.
    public func matches(text: String) -> Bool { matches(VietText.searchKey(text)) }

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
