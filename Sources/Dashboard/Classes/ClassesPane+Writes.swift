/// The classes pane hears how its write ended: the enrollment closes its form, a refusal is said where it was asked.

extension ClassesPane {
    /// As `receive(_:_:)`; an attendance mark is then reported by name and session rather than
    /// as "1 record written".
    static func receive(_ outcome: WriteOutcome, in app: inout AppState) {
        let mark = app.classes.markAsked
        receive(outcome, &app.classes)
        guard let mark else { return }
        switch outcome {
        case .written, .changed: app.notice = Notice(mark.report(app.language), tone: .good, at: app.now)
        case .refused: break
        }
    }

    /// The pane asks one write at a time and the run loop answers it before the next key, so the
    /// state tells which write it was: the form stays open while its enrollment is written, and
    /// attendance is marked with no form open.
    static func receive(_ outcome: WriteOutcome, _ state: inout ClassesState) {
        state.markAsked = nil
        if RemovalKeys.receive(outcome, &state) { return }
        if let open = state.recordForm {
            // An edited class stays selected, wherever its new name sorts it.
            if case .changed = outcome, open.kind == .course, let id = open.editing?.id { state.wantedClass = id }
            // A new class is selected in the list.
            if case .written(let records) = outcome, open.kind == .course,
               let id = records.last?.fields.first(where: { $0.name == "Id" })?.value {
                state.wantedClass = id
                state.focus = .classes
            }
            return RecordFormKeys.receive(outcome, &state)
        }
        let fromForm = state.form != nil
        switch outcome {
        case .written(let records):
            guard fromForm else { return }
            // The enrollment comes last; its Learner is the id the store gave a new learner.
            state.wantedLearner = records.last?.fields.first { $0.name == "Learner" }?.value
            state.wantedClass = records.last?.fields.first { $0.name == "Class" }?.value
            state.focus = .roster
            state.form = nil
        case .changed:
            // An undo or a removal from another pane's key: the status line says it.
            break
        case .refused(let problems):
            let reason = problems.joined(separator: "; ")
            if fromForm {
                state.form?.refused(reason)
            } else {
                state.message = PaneMessage(text: reason, tone: .bad)
            }
        }
    }
}
