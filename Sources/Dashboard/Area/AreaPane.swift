/// The panes of the read-only area view: the overview and the awards, each with a row per member beside the total.

/// What the area view shows: the same two subjects as the store's overview and awards panes.
public enum AreaPane: String, CaseIterable, Sendable {
    case overview
    case awards

    /// The tab's title.
    public var title: String {
        switch self {
        case .overview: "Tổng quan"
        case .awards: "Khen thưởng"
        }
    }

    /// The pane `render --pane` names; the store's other panes have no area view.
    public init?(commandName: String) {
        self.init(rawValue: commandName)
    }
}
