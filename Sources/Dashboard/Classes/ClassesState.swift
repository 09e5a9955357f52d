/// The classes pane's own state: the selection in each list, filters, search, sort, session date, card and form.

import Store

public struct ClassesState: Hashable, Sendable, RecordFormHolder, RemovalHolder {
    /// The list that has the arrow keys: the classes (left) or the selected class's roster
    /// (right), where attendance is taken.
    public enum Focus: Hashable, Sendable { case classes, roster }

    public var focus: Focus = .classes
    public var classCursor = ListCursor()
    public var rosterCursor = ListCursor()
    /// Filters of the class list (`k` and `t`): nil shows every kind, every topic.
    public var kind: CourseKind?
    public var topic: String?
    public var sort: RosterSort = .name
    /// What `/` typed over the class list, and over the roster.
    public var classSearch = SearchBox()
    public var rosterSearch = SearchBox()
    /// The session shown in the attendance view; nil picks today's or the latest.
    public var sessionDate: CalendarDate?
    /// The learner card opened with Enter on the roster.
    public var card: LearnerCardState?
    /// The enroll form opened with `a`.
    public var form: EnrollForm?
    /// The set-up form opened with `c` at a class, or with `e` to edit a class or a learner.
    public var recordForm: RecordForm?
    /// A class or an enrollment about to be removed, while the pane asks.
    var removal: RemovalQuestion?
    public var setupKind: SetupKind?
    /// A line under the lists after a refused key or write.
    public var message: PaneMessage?
    /// A learner to select in the roster once the roster is known (after enrolling them, or
    /// from their card); the next key resolves it to a row.
    public var wantedLearner: String?
    /// Likewise a class to select (the one just enrolled in).
    public var wantedClass: String?
    /// The attendance mark asked of the store, until the store answers: the status line then
    /// names the learner and the session.
    var markAsked: AttendanceMark.Asked?

    public init() {}

    /// What has the keyboard, which decides the binding rows that apply.
    enum KeyMode: Hashable, Sendable { case setup, removing, form, card, search, classes, roster }

    var keyMode: KeyMode {
        if recordForm != nil { return .setup }
        if removal != nil { return .removing }
        if form != nil { return .form }
        if card != nil { return .card }
        if classSearch.isEditing || rosterSearch.isEditing { return .search }
        switch focus {
        case .classes: return .classes
        case .roster: return .roster
        }
    }
}

/// A line of text the pane shows after something went wrong (or right), until the next key.
public struct PaneMessage: Hashable, Sendable {
    public var text: String
    public var tone: Notice.Tone
}
