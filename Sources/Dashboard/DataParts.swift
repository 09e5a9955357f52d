/// The parts of the panes' data that wait until a pane needs them, and which ones a screen needs.

/// The parts of `DashboardData` beyond the overview's figures, each built when first needed: a
/// million awards' lists and indexes cost a second that the first frame, the overview, never reads.
public struct DataParts: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The awards pane's lists: each branch's awards, the latest awards, the donors, the values in use.
    public static let awardLists = DataParts(rawValue: 1 << 0)
    /// The classes index: classes, learners, rolls, attendance (the classes pane, the assessment form).
    public static let classes = DataParts(rawValue: 1 << 1)
    /// The double-entry guard's keys (the award form).
    public static let doubleEntryGuard = DataParts(rawValue: 1 << 2)

    public static let all: DataParts = [.awardLists, .classes, .doubleEntryGuard]

    /// What the screen of `state` reads, to draw it and to answer its keys: its pane's parts, and
    /// those of a form open on it.
    public static func needed(by state: AppState) -> DataParts {
        switch state.pane {
        case .overview, .indicators:
            return []
        case .classes:
            return .classes
        case .awards:
            var parts: DataParts = .awardLists
            if state.awards.form != nil { parts.insert(.doubleEntryGuard) }
            if state.awards.assessment != nil { parts.insert(.classes) }
            return parts
        }
    }
}
