/// One array of the snapshot that a store file fills: how many records it holds, and taking back those added since.

/// An array of `StoreSnapshot` seen without its element type, so a file decoder can count and
/// truncate all of its arrays alike.
struct SnapshotArray {
    let count: (StoreSnapshot) -> Int
    let truncate: (inout StoreSnapshot, Int) -> Void

    init<T>(_ path: WritableKeyPath<StoreSnapshot, [T]>) {
        count = { $0[keyPath: path].count }
        truncate = { Store.truncate(&$0[keyPath: path], to: $1) }
    }
}

/// Removes records added after a mark.
func truncate<T>(_ array: inout [T], to count: Int) {
    if array.count > count { array.removeSubrange(count...) }
}
