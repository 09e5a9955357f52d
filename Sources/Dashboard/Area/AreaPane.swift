/// The panes of the read-only area view: the overview, then one per figure, each with a row per member beside the total.

import VietText

/// What the area view shows, in tab order: the same subjects as the store's panes, per member.
public enum AreaPane: String, CaseIterable, Sendable {
    case overview
    case classes
    case awards
    case titles
    case fund
    case problems

    /// The tab's title, in the store's tab words.
    public func title(_ language: Language = .vi) -> String {
        switch self {
        case .overview: language.pick("Tổng quan", "Overview")
        case .classes: language.pick("Lớp học", "Classes")
        case .awards: language.pick("Khen thưởng", "Awards")
        case .titles: language.pick("Danh hiệu", "Titles")
        case .fund: language.pick("Quỹ", "Fund")
        case .problems: language.pick("Lỗi", "Problems")
        }
    }

    /// The title of the pane's box.
    func heading(_ language: Language) -> String {
        switch self {
        case .overview: language.pick("Số liệu theo đơn vị", "Figures by ward")
        case .classes: language.pick("Lớp học và lượt người học theo đơn vị", "Classes and learner-turns by ward")
        case .awards: language.pick("Khen thưởng theo đơn vị, chi hội", "Awards by ward and branch")
        case .titles: language.pick("Danh hiệu học tập theo đơn vị (công nhận/tổng số)", "Learning titles by ward (recognised/total)")
        case .fund: language.pick("Quỹ khuyến học theo đơn vị", "Study-promotion fund by ward")
        case .problems: language.pick("Lỗi dữ liệu theo đơn vị", "Data problems by ward")
        }
    }

    /// The pane `render --pane` names; the store's other panes have no area view.
    public init?(commandName: String) {
        self.init(rawValue: commandName)
    }
}
