/// The ceremony's programme and its log: the items in order, and which item was under way when.

import Recfile

/// One `Agenda` record of `campaign.rec`: an item of the ceremony's programme.
public struct AgendaItem: Hashable, Sendable {
    public var seq: Int
    public var time: ClockTime?
    public var item: String
    public var by: String?
    public var source: SourcePlace

    public init(seq: Int, time: ClockTime? = nil, item: String, by: String? = nil, source: SourcePlace = .unknown) {
        self.seq = seq
        self.time = time
        self.item = item
        self.by = by
        self.source = source
    }
}

/// One `AgendaLog` record of `ceremony.rec`: the programme reached item `seq` at `at`.
public struct AgendaLogEntry: Hashable, Sendable {
    public var seq: Int
    public var at: DateAndTime
    public var source: SourcePlace

    public init(seq: Int, at: DateAndTime, source: SourcePlace = .unknown) {
        self.seq = seq
        self.at = at
        self.source = source
    }
}
