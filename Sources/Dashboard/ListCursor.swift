/// The selected row of a list, moved by the arrow and paging keys, and the rows a window of it shows.

import Canvas

public struct ListCursor: Hashable, Sendable {
    /// The selected row, 0-based; 0 in an empty list.
    public var index: Int

    /// Rows PgUp and PgDn move by (the pane's height is not known when the key arrives).
    public static let page = 10

    public init(index: Int = 0) { self.index = index }

    /// The keys `handle` moves by.
    static let keys: [Key] = [.up, .down, .pageUp, .pageDown, .home, .end]

    /// Moves for ↑ ↓ PgUp PgDn Home End in a list of `count` rows; false for any other key.
    public mutating func handle(_ key: Key, count: Int) -> Bool {
        switch key {
        case .up: move(by: -1, count: count)
        case .down: move(by: 1, count: count)
        case .pageUp: move(by: -Self.page, count: count)
        case .pageDown: move(by: Self.page, count: count)
        case .home: index = 0
        case .end: index = max(0, count - 1)
        default: return false
        }
        return true
    }

    public mutating func move(by delta: Int, count: Int) {
        index = max(0, min(count - 1, index + delta))
    }

    /// The index kept inside a list that may have shrunk.
    public func clamped(count: Int) -> Int { max(0, min(count - 1, index)) }

    /// The rows a window of `height` rows shows: the selection stays in view, near the middle
    /// once the list is longer than the window, and the window never runs past the end.
    public func window(count: Int, height: Int) -> Range<Int> {
        guard count > height, height > 0 else { return 0..<max(0, count) }
        let selected = clamped(count: count)
        let top = max(0, min(selected - height / 2, count - height))
        return top..<(top + height)
    }
}
