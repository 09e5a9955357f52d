/// The state of the read-only area view and what a key does to it: move between panes, quit, or refuse any edit.

import Canvas

/// What a key asks of the area view's loop.
public enum AreaOutcome: Equatable, Sendable {
    case quit
}

public struct AreaViewState: Equatable, Sendable {
    public var pane: AreaPane
    /// The refusal shown after an editing key, until the next key.
    public var notice: String?
    public var ascii: Bool
    /// The first row of the awards' list shown.
    public var scroll = 0

    public init(pane: AreaPane = .overview, notice: String? = nil, ascii: Bool = false) {
        self.pane = pane
        self.notice = notice
        self.ascii = ascii
    }

    /// The refusal of every key that would write.
    public static let readOnlyNotice =
        "Chỉ xem: số liệu tổng hợp không thêm, sửa, xóa được; nhập ở từng đơn vị"

    /// The keys that write in the store's dashboard (add, edit, remove, undo, import, attendance,
    /// assessment, print papers, new year) and are refused here.
    static let editingKeys: Set<Key> = Set("aeduixpnyAEDUIXPNY ".map { Key.character($0) } + [.enter, .delete, .insert])

    /// Tab, arrows and 1–6 move between panes; ↑/↓, PgUp/PgDn, Home/End scroll the awards' list
    /// (of `rows` rows); q and Esc quit; any editing key is refused.
    public mutating func update(_ key: Key, rows: Int = 0) -> AreaOutcome? {
        notice = nil
        let panes = AreaPane.allCases
        let index = panes.firstIndex(of: pane) ?? 0
        switch key {
        case .character("q"), .character("Q"), .escape, .control("c"):
            return .quit
        case .tab, .right:
            pane = panes[(index + 1) % panes.count]
            scroll = 0
        case .backTab, .left:
            pane = panes[(index + panes.count - 1) % panes.count]
            scroll = 0
        case .down: scroll = min(scroll + 1, max(0, rows - 1))
        case .up: scroll = max(0, scroll - 1)
        case .pageDown: scroll = min(scroll + 10, max(0, rows - 1))
        case .pageUp: scroll = max(0, scroll - 10)
        case .home: scroll = 0
        case .end: scroll = max(0, rows - 1)
        case .character(let c) where c.isASCII && c.wholeNumberValue.map({ (1...panes.count).contains($0) }) == true:
            pane = panes[c.wholeNumberValue! - 1]
        case _ where Self.editingKeys.contains(key):
            notice = Self.readOnlyNotice
        default:
            break
        }
        return nil
    }
}
