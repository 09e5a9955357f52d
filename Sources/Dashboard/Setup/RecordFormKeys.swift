/// The set-up form's keys, one set of rows for every pane that opens it: open, type, move, write, cancel, hear the store.

import Canvas
import Store

/// A pane state that can hold the set-up form.
protocol RecordFormHolder: Sendable {
    /// The open set-up form.
    var recordForm: RecordForm? { get set }
    /// The kind last written, which the form opens at next time (a second agenda item).
    var setupKind: SetupKind? { get set }
}

enum RecordFormKeys {
    /// The rows of an open form, first in the pane's table: every key types into it but the
    /// function keys and Ctrl-L.
    static func rows<State: RecordFormHolder>(origin: Pane) -> [PaneBinding<State>] {
        let isOpen: @Sendable (State, KeyContext) -> Bool = { state, _ in state.recordForm != nil }
        let act: PaneBinding<State>.Action = { key, state, data, env in handle(key, &state, data, env, origin: origin) }
        return [
            PaneBinding([.enter], KeyHint("Enter", help: ("Ghi vào kho (kho kiểm tra trước)", "Write to the store (the store checks it first)"),
                                          hint: ("Ghi", "Write")), when: isOpen, act),
            PaneBinding([.tab, .down], KeyHint("Tab/↓", ascii: "Tab/Down", help: ("Ô sau", "Next field"), hint: ("Ô sau", "Next")),
                        when: isOpen, act),
            PaneBinding([.up, .backTab], KeyHint("↑", ascii: "Up", help: ("Ô trước", "Previous field")), when: isOpen, act),
            PaneBinding([.left, .right], KeyHint("←/→", ascii: "Left/Right",
                                                 help: ("Trong ô chọn (loại bản ghi, loại lớp…): đổi lựa chọn; trong ô chữ: di chuyển con trỏ",
                                                        "In a list field (kind of record, kind of class…): change the choice; in a text field: move the cursor"),
                                                 hint: ("Chọn", "Choose")), when: isOpen, act),
            PaneBinding([.escape], KeyHint("Esc", help: ("Đóng biểu mẫu, không ghi gì", "Close the form; nothing is written"), hint: ("Huỷ", "Cancel")),
                        when: isOpen, act),
            .typing(nil, when: isOpen, act),
        ]
    }

    /// Opens the new-year form for the year after the campaign's, or says why not.
    static func openNewYear<State: RecordFormHolder>(_ state: inout State, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        guard env.mayEdit else { return open(nil, &state, data, env) }
        guard let year = data.snapshot.campaign.flatMap({ SchoolYear(text: $0.schoolYear) }) else {
            return .notice(Notice(env.language.pick("Chưa có chiến dịch: năm học mới bắt đầu từ năm của chiến dịch",
                                                    "No campaign yet: a new year starts from the campaign's"), tone: .bad, at: env.now))
        }
        state.recordForm = RecordForm.newYear(after: year, directory: data.snapshot.directory, language: env.language)
        return .handled
    }

    /// Opens the form at `kind`, or at the kind last written with the kind chooser focused, among the kinds the store can take
    /// (no second campaign); on a store that cannot be written, says why.
    static func open<State: RecordFormHolder>(_ kind: SetupKind?, _ state: inout State, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        guard env.mayEdit else { return readOnly(env) }
        let kinds = SetupKind.offered(hasCampaign: data.snapshot.campaign != nil)
        let wanted = kind ?? state.setupKind.flatMap { kinds.contains($0) ? $0 : nil } ?? kinds[0]
        state.recordForm = RecordForm(kind: wanted, kinds: kinds, today: env.now.date, language: env.language, choosing: kind == nil)
        return .handled
    }

    /// Opens the form of `kind` filled with a record (`StoredFields`), to edit it; on a store that
    /// cannot be written, says why.
    static func openEdit<State: RecordFormHolder>(_ kind: SetupKind, _ stored: [NewRecord.Field], _ state: inout State,
                                                  _ env: KeyContext) -> KeyOutcome {
        guard env.mayEdit else { return readOnly(env) }
        state.recordForm = RecordForm.editing(kind, stored, today: env.now.date, language: env.language)
        return .handled
    }

    /// Why a writing key did nothing.
    static func readOnly(_ env: KeyContext) -> KeyOutcome {
        .notice(Notice(env.language.pick("Chỉ xem: không ghi được vào kho này", "Read-only: this store cannot be written"),
                       tone: .bad, at: env.now))
    }

    static func handle<State: RecordFormHolder>(_ key: Key, _ state: inout State, _ data: DashboardData, _ env: KeyContext,
                                                origin: Pane) -> KeyOutcome {
        if case .function = key { return .ignored }
        if key == .control("l") || key == .resize { return .ignored }
        guard var open = state.recordForm else { return .ignored }
        if open.newYearDone {
            state.recordForm = nil
            return .handled
        }
        switch open.form.handle(key) {
        case .none, .confirmed:
            break
        case .edited(let id):
            open.edited(id, today: env.now.date, env.language)
        case .cancel:
            state.recordForm = nil
            return .handled
        case .submit:
            guard open.validate(env.language) else { break }
            if open.editing != nil, open.changes(env.language).isEmpty {
                state.recordForm = nil
                return .notice(Notice(env.language.pick("Không có gì thay đổi: chưa ghi gì", "Nothing changed: nothing was written"), tone: .good, at: env.now))
            }
            state.recordForm = open
            return .effect(.write(open.write(env.language), origin: origin))
        }
        state.recordForm = open
        return .handled
    }

    /// The store's answer: written closes the form (the next one opens at the same kind), refused
    /// shows why on the fields.
    static func receive<State: RecordFormHolder>(_ outcome: WriteOutcome, _ state: inout State) {
        guard var open = state.recordForm else { return }
        switch outcome {
        case .written where open.kind == .newYear:
            open.newYearWritten(open.language)
            state.recordForm = open
        case .written:
            state.setupKind = open.kind
            state.recordForm = nil
        case .refused(let problems):
            open.refused(problems, open.language)
            state.recordForm = open
        case .changed(_, undo: false) where open.editing != nil:
            // The record edited: the status line says what changed.
            state.recordForm = nil
        case .changed:
            // An undo from the global key: the status line says it; the form stays as it was.
            break
        }
    }

    /// The form over the pane, when one is open (never while presenting).
    static func draw(_ form: RecordForm?, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        guard let form, !ctx.presenting else { return }
        FormView.draw(form.form, ctx, in: area, into: &buffer)
    }
}
