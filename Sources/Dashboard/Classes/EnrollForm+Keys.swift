/// The enroll form's keys: the shared form moves and edits; this decides what an edit or Enter means.

import Canvas
import Reports
import Store

extension EnrollForm {
    /// Handles a key while the form is open. Every key is the form's, except the function keys
    /// (help, theme), so that typing "q" types a q.
    mutating func handle(_ key: Key, _ index: ClassesIndex, _ env: KeyContext) -> (outcome: KeyOutcome, close: Bool) {
        if case .function = key { return (.ignored, false) }
        form.message = nil
        switch form.handle(key) {
        case .none:
            return (.handled, false)
        case .cancel:
            return (.handled, true)
        case .edited(let id):
            if id == Self.nameField {
                nameEdited(index, env.language)
            } else {
                form.update(id) { $0.error = nil }
                if id == Self.yearField { refreshDuplicateNote(index, env.language) }
            }
            // A field already marked wrong is checked again as it is corrected.
            for field in form.fields where field.error != nil {
                let problem = problem(field.id, index, today: env.now.date, env.language)
                form.update(field.id) { $0.error = problem }
            }
            return (.handled, false)
        case .submit:
            guard validate(index, today: env.now.date, env.language) else { return (.handled, false) }
            answered = 0
            if let question = questions(index, env.language).first {
                form.confirmation = question
                return (.handled, false)
            }
            return (.effect(.write(write(today: env.now.date, index), origin: .classes)), false)
        case .confirmed:
            form.confirmation = nil
            guard validate(index, today: env.now.date, env.language) else { return (.handled, false) }
            // Each question is answered in turn; the write waits for the last one.
            answered += 1
            let questions = questions(index, env.language)
            if answered < questions.count {
                form.confirmation = questions[answered]
                return (.handled, false)
            }
            return (.effect(.write(write(today: env.now.date, index), origin: .classes)), false)
        }
    }
}
