// A collation key: bytes that compare, as plain bytes, the way the texts they came from collate.

import Foundation

/// A key from `VietText.sortKey` or `VietText.nameSortKey`. Compute it once per text and sort by it;
/// comparing two keys is one `memcmp`.
public struct SortKey: Comparable, Hashable, Sendable {
    /// The key's bytes; meaningful only for comparing with other keys.
    public let bytes: [UInt8]

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    public static func < (lhs: SortKey, rhs: SortKey) -> Bool {
        lhs.bytes.withUnsafeBufferPointer { left in
            rhs.bytes.withUnsafeBufferPointer { right in
                let common = min(left.count, right.count)
                if common > 0 {
                    let order = memcmp(left.baseAddress!, right.baseAddress!, common)
                    if order != 0 { return order < 0 }
                }
                return left.count < right.count
            }
        }
    }
}
