/// Where the ceremony's agenda stands: the item under way, when it began, and the one after it.

import Store

struct AgendaProgress: Sendable {
    /// In order of `Seq`.
    let items: [AgendaItem]
    let current: AgendaItem?
    let startedAt: DateAndTime?
    /// The item after the current one; the first item before the ceremony begins.
    let next: AgendaItem?
    /// The item before the current one, for going back a step.
    let previous: AgendaItem?

    init(_ snapshot: StoreSnapshot) {
        let items = snapshot.agenda.sorted { $0.seq < $1.seq }
        self.items = items
        let last = snapshot.agendaLog.last
        let current = last.flatMap { entry in items.first { $0.seq == entry.seq } }
        self.current = current
        startedAt = current == nil ? nil : last?.at
        if let current {
            next = items.first { $0.seq > current.seq }
            previous = items.last { $0.seq < current.seq }
        } else {
            next = items.first
            previous = nil
        }
    }

    /// The write that records `item` as now under way (its time is filled in as the current time).
    static func start(_ item: AgendaItem) -> StoreWrite {
        .add([NewRecord(set: "AgendaLog", fields: [NewRecord.Field("Seq", String(item.seq))])])
    }
}
