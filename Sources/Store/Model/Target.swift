/// A goal of the school year, such as at least 2.700 learner-turns, and the tally that measures it.

import Recfile

/// One `Target` record of `campaign.rec`.
public struct Target: Hashable, Sendable {
    public var id: String
    public var label: String
    public var metric: TargetMetric
    public var goal: Int
    public var unit: String?
    /// For the award metrics (`awards`, `award_amount`): only awards to these recipient kinds
    /// count (`Kind: student`); empty, every award counts.
    public var kinds: [RecipientKind]
    public var source: SourcePlace

    public init(id: String, label: String, metric: TargetMetric, goal: Int, unit: String? = nil,
                kinds: [RecipientKind] = [], source: SourcePlace = .unknown) {
        self.id = id
        self.label = label
        self.metric = metric
        self.goal = goal
        self.unit = unit
        self.kinds = kinds
        self.source = source
    }
}
