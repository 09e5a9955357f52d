/// What every pane is to the update and the screen: its state in `AppState`, its key rows, its frame, its writes' answers.

import Canvas

/// A pane of the dashboard. `Update` and `Screen` reach a pane only through this protocol (see
/// `Pane.module`), so adding a pane is one conforming type and one line in that table.
protocol DashboardPane {
    associatedtype State: Sendable

    /// Where the pane's own state lives in `AppState`.
    static var statePath: WritableKeyPath<AppState, State> { get }
    /// The pane's binding rows: keys, hints and help all come from them.
    static var keys: PaneKeyTable<State> { get }
    /// Runs before the rows for every key that reaches the pane (a message lasts one key, a row
    /// wanted after a write is found). An outcome ends the key there.
    static func prepare(_ state: inout State, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome?
    /// Takes the outcome of a write the pane asked for (`Effect.write` with this pane as origin).
    static func receive(_ outcome: WriteOutcome, _ state: inout State)
    /// The same on the whole state, after the status line has said the outcome: by default
    /// `receive(_:_:)` on the pane's own state; a pane may word the status line better.
    static func receive(_ outcome: WriteOutcome, in app: inout AppState)
    static func draw(_ state: State, _ data: DashboardData, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer)
}

extension DashboardPane {
    static func prepare(_ state: inout State, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome? { nil }
    static func receive(_ outcome: WriteOutcome, _ state: inout State) {}

    /// A key for the pane: `prepare`, then the row that takes it.
    static func handle(_ key: Key, _ state: inout State, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        if let outcome = prepare(&state, data, env) { return outcome }
        return keys.handle(key, &state, data, env)
    }

    static func hints(_ state: State, _ env: KeyContext) -> [KeyHint] { keys.hints(state, env) }

    // The same, on the pane's part of the whole state: what `Update` and `Screen` call.

    static func handle(_ key: Key, in app: inout AppState, _ data: DashboardData) -> KeyOutcome {
        handle(key, &app[keyPath: statePath], data, app.keyContext)
    }

    static func hints(in app: AppState) -> [KeyHint] { keys.hints(app[keyPath: statePath], app.keyContext) }

    static func capturesKeys(in app: AppState) -> Bool { keys.capturesKeys(app[keyPath: statePath], app.keyContext) }

    static func keysTaken(in app: AppState) -> Set<Key> { keys.keysTaken(app[keyPath: statePath], app.keyContext) }

    static func receive(_ outcome: WriteOutcome, in app: inout AppState) { receive(outcome, &app[keyPath: statePath]) }

    static func draw(_ app: AppState, _ data: DashboardData, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        draw(app[keyPath: statePath], data, ctx, in: area, into: &buffer)
    }
}

extension Pane {
    /// The code behind each tab: the one place a pane is matched to its type.
    var module: any DashboardPane.Type {
        switch self {
        case .overview: OverviewPane.self
        case .classes: ClassesPane.self
        case .awards: AwardsPane.self
        case .indicators: IndicatorsPane.self
        }
    }
}

extension AppState {
    /// What a pane's rows may know besides its own state and the data.
    var keyContext: KeyContext { KeyContext(now: now, mayEdit: mayEdit, language: language) }
}
