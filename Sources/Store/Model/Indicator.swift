/// A figure of the ward's education as published: a count, a percentage, or a part of a whole (24 of 35).

import Recfile

/// One `Indicator` record of `campaign.rec`.
public struct Indicator: Hashable, Sendable {
    public var id: String
    public var label: String
    public var value: Int
    /// The denominator, when the value is a part of a whole.
    public var of: Int?
    public var unit: String?
    public var group: String?
    public var source: SourcePlace

    public init(id: String, label: String, value: Int, of: Int? = nil, unit: String? = nil, group: String? = nil,
                source: SourcePlace = .unknown) {
        self.id = id
        self.label = label
        self.value = value
        self.of = of
        self.unit = unit
        self.group = group
        self.source = source
    }
}
