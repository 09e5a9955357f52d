/// The enroll form's state: the shared form's fields, which learner a suggestion picked, what was sent.

import Store
import VietText

/// The form `a` opens: a class, then a learner picked among those already in the store (their
/// names are suggested as they are typed) or a new one, whose details fields then appear.
public struct EnrollForm: Hashable, Sendable {
    public var form: FormState
    /// Suggestion text → learner id, for the suggestions shown.
    var suggested: [String: String] = [:]
    /// The learner picked from the suggestions, when the name field still holds that suggestion.
    public var existingLearner: String?
    /// How many of the questions before writing the clerk has answered with Enter.
    var answered = 0

    /// Field ids: the store's field names.
    static let classField = "Class", nameField = "Name", genderField = "Gender", yearField = "BirthYear"
    static let neighborhoodField = "Neighborhood", organizationField = "Organization", phoneField = "Phone"

    init(form: FormState) { self.form = form }

    /// Shows a refusal of the store at the form's foot; the form stays open as it was.
    mutating func refused(_ reason: String) {
        form.confirmation = nil
        form.message = reason
    }

    var isNewLearner: Bool { existingLearner == nil }
}
