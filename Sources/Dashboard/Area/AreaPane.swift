/// The panes of the read-only area view: the overview, then one per figure, each with a row per member beside the total.

/// What the area view shows, in tab order: the same subjects as the store's panes, per member.
public enum AreaPane: String, CaseIterable, Sendable {
    case overview
    case classes
    case awards
    case titles
    case fund
    case problems

    /// The tab's title.
    public var title: String {
        switch self {
        case .overview: "Tổng quan"
        case .classes: "Lớp học"
        case .awards: "Khen thưởng"
        case .titles: "Danh hiệu"
        case .fund: "Quỹ"
        case .problems: "Lỗi"
        }
    }

    /// The title of the pane's box.
    var heading: String {
        switch self {
        case .overview: "Số liệu theo đơn vị"
        case .classes: "Lớp học và lượt người học theo đơn vị"
        case .awards: "Khen thưởng theo đơn vị, chi hội"
        case .titles: "Danh hiệu học tập theo đơn vị (công nhận/tổng số)"
        case .fund: "Quỹ khuyến học theo đơn vị"
        case .problems: "Lỗi dữ liệu theo đơn vị"
        }
    }

    /// The pane `render --pane` names; the store's other panes have no area view.
    public init?(commandName: String) {
        self.init(rawValue: commandName)
    }
}
