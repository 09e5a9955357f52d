/// The panes of the dashboard, in tab order.

public enum Pane: Int, CaseIterable, Sendable {
    case overview, classes, awards, indicators

    /// The name used on the command line (`render --pane overview`).
    public var commandName: String {
        switch self {
        case .overview: "overview"
        case .classes: "classes"
        case .awards: "awards"
        case .indicators: "indicators"
        }
    }

    public init?(commandName: String) {
        guard let pane = Pane.allCases.first(where: { $0.commandName == commandName }) else { return nil }
        self = pane
    }

    /// The pane after this one, wrapping around.
    public var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count) ?? .overview }

    /// The pane before this one, wrapping around.
    public var previous: Pane {
        Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count) ?? .overview
    }
}
