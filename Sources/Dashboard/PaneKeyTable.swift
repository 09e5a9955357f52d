/// A pane's binding rows, read three ways: which row takes a key, the hints, and whether the pane takes every key.

import Canvas

struct PaneKeyTable<State>: Sendable {
    let rows: [PaneBinding<State>]

    init(_ rows: [PaneBinding<State>]) { self.rows = rows }

    /// The rows that apply in `state`, in the order the help lists them.
    func active(_ state: State, _ env: KeyContext) -> [PaneBinding<State>] {
        rows.filter { $0.isActive(state, env) }
    }

    /// Where the row that takes `key` is among `rows` (the active ones): the row that names it,
    /// else the typing row.
    static func taker(of key: Key, among rows: [PaneBinding<State>]) -> Int? {
        rows.firstIndex { $0.namedKeys.contains(key) } ?? rows.firstIndex(where: \.isTyping)
    }

    /// Runs the row that takes `key`; a key no row takes is `.ignored`.
    func handle(_ key: Key, _ state: inout State, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        let rows = active(state, env)
        guard let at = Self.taker(of: key, among: rows) else { return .ignored }
        return rows[at].action(key, &state, data, env)
    }

    /// The keys of the active rows, for the hint bar and the help.
    func hints(_ state: State, _ env: KeyContext) -> [KeyHint] {
        active(state, env).compactMap(\.hint)
    }

    /// Whether the pane takes every key (a typing row applies): typing `q` types a q.
    func capturesKeys(_ state: State, _ env: KeyContext) -> Bool {
        active(state, env).contains(where: \.isTyping)
    }

    /// The keys the active rows name, which the global keys give way to.
    func keysTaken(_ state: State, _ env: KeyContext) -> Set<Key> {
        Set(active(state, env).flatMap(\.namedKeys))
    }
}
