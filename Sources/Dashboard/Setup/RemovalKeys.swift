/// The question before a record of the set-up kinds (or a learner's enrollment) is removed: what goes, Enter removes, Esc keeps; and why it was not removed.

import Canvas
import Store

/// A record the clerk asked to remove: its set and key, the question naming it, and how far the
/// removal went.
struct RemovalQuestion: Hashable, Sendable {
    enum Stage: Hashable, Sendable {
        /// The question is on screen.
        case asking
        /// Answered: the removal is with the store.
        case sent
        /// Not removed, and why (known before asking, or the store's answer): shown until Esc.
        case refused(String)
    }

    var set: String
    var id: String
    var question: String
    var stage = Stage.asking
}

/// A pane state that can ask before removing a record.
protocol RemovalHolder: Sendable {
    var removal: RemovalQuestion? { get set }
}

enum RemovalKeys {
    /// The rows while the question or a refusal is shown, first in the pane's table: nothing else
    /// happens until it is answered or closed.
    static func rows<State: RemovalHolder>(origin: Pane) -> [PaneBinding<State>] {
        let asking: @Sendable (State, KeyContext) -> Bool = { state, _ in state.removal?.stage == .asking }
        let shown: @Sendable (State, KeyContext) -> Bool = { state, _ in state.removal != nil && state.removal?.stage != .asking }
        let answer: PaneBinding<State>.Action = { key, state, _, _ in
            guard let removal = state.removal else { return .ignored }
            guard key == .enter || key == .character("c") else {
                state.removal = nil
                return .handled
            }
            state.removal?.stage = .sent
            return .effect(.write(.removeRecord(set: removal.set, id: removal.id), origin: origin))
        }
        let close: PaneBinding<State>.Action = { _, state, _, _ in
            if case .refused = state.removal?.stage { state.removal = nil }
            return .handled
        }
        return [
            PaneBinding([.enter, .character("c")], KeyHint("Enter/c", help: ("Xoá bản ghi này khỏi kho (u hoàn tác)",
                                                                            "Remove this record from the store (u undoes it)"),
                                                           hint: ("Xoá", "Remove")), when: asking, answer),
            PaneBinding([.escape, .character("k")], KeyHint("Esc/k", help: ("Không xoá", "Keep it"), hint: ("Không xoá", "Keep")),
                        when: asking, answer),
            .typing(nil, when: asking) { _, _, _, _ in .handled },
            PaneBinding([.escape], KeyHint("Esc", help: ("Đóng thông báo", "Close the message"), hint: ("Đóng", "Close")), when: shown, close),
            .typing(nil, when: shown) { _, _, _, _ in .handled },
        ]
    }

    /// Asks before removing the record of `set` named `id`; on a store that cannot be written,
    /// says why and asks nothing.
    static func ask<State: RemovalHolder>(_ set: String, _ id: String, _ question: String, _ state: inout State,
                                          _ env: KeyContext) -> KeyOutcome {
        guard env.mayEdit else { return RecordFormKeys.readOnly(env) }
        state.removal = RemovalQuestion(set: set, id: id, question: question)
        return .handled
    }

    /// Says, in the question's box, why the record is not removed (the store would refuse).
    static func refuse<State: RemovalHolder>(_ set: String, _ id: String, _ reason: String, _ state: inout State) -> KeyOutcome {
        state.removal = RemovalQuestion(set: set, id: id, question: "", stage: .refused(reason))
        return .handled
    }

    /// The store's answer to a removal this pane sent: done closes the box, a refusal stays in it.
    /// False when the pane had sent none (the outcome is another write's).
    static func receive<State: RemovalHolder>(_ outcome: WriteOutcome, _ state: inout State) -> Bool {
        guard state.removal?.stage == .sent else { return false }
        if case .refused(let problems) = outcome {
            state.removal?.stage = .refused(problems.joined(separator: "; "))
        } else {
            state.removal = nil
        }
        return true
    }

    /// The question or the refusal over the pane (never while presenting).
    static func draw(_ removal: RemovalQuestion?, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        guard let removal, !ctx.presenting else { return }
        switch removal.stage {
        case .asking: RemovalPrompt.draw(removal.question, ctx, in: area, into: &buffer)
        case .sent: break
        case .refused(let reason): RemovalPrompt.draw(reason, refusal: true, ctx, in: area, into: &buffer)
        }
    }
}
