/// The state of the read-only area view and what a key does to it: move between panes, quit, or refuse any edit.

import Canvas
import VietText

/// What a key asks of the area view's loop.
public enum AreaOutcome: Equatable, Sendable {
    case quit
}

public struct AreaViewState: Equatable, Sendable {
    public var pane: AreaPane
    /// The refusal shown after an editing key, until the next key.
    public var notice: String?
    public var ascii: Bool
    /// The language of the screen's words and of the tables it is drawn with.
    public var language: Language
    /// The first row of the awards' list shown.
    public var scroll = 0

    public init(pane: AreaPane = .overview, notice: String? = nil, ascii: Bool = false, language: Language = .vi) {
        self.pane = pane
        self.notice = notice
        self.ascii = ascii
        self.language = language
    }

    /// The refusal of every key that would write.
    public static let readOnlyNotice = refusal(.vi)

    /// The refusal in `language`.
    public static func refusal(_ language: Language) -> String {
        language.pick("Chỉ xem: số liệu tổng hợp không thêm, sửa, xóa được; nhập ở từng đơn vị",
                      "Read-only: combined figures cannot be added, edited or removed; enter them in each ward")
    }

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
            notice = Self.refusal(language)
        default:
            break
        }
        return nil
    }
}
