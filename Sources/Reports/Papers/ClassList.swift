/// The class list (danh sách học viên) and the sign-in sheet of one session: learners in name order, nothing private.

import Store
import VietText

/// One learner on a class list: what may be printed (never the phone or the birth date).
public struct ClassListRow: Hashable, Sendable {
    public var number: Int
    public var learnerId: String
    public var name: String
    /// `Nam` or `Nữ`; "" when not recorded.
    public var gender: String
    public var birthYear: Int?
    public var neighborhood: String?
}

/// A class with its enrolled learners in Vietnamese class-list order (given name, middle
/// names, family name, as `Roster` sorts them).
public struct ClassList: Sendable {
    public var letterhead: Letterhead?
    public var course: Course
    public var rows: [ClassListRow]
    public var issued: CalendarDate

    /// - Throws: `PaperError.unknownClass`.
    public init(_ s: StoreSnapshot, classId: String, issued: CalendarDate) throws {
        guard let roster = Roster(classId: classId, in: s) else { throw PaperError.unknownClass(classId) }
        letterhead = PaperHeading.letterhead(.center, in: s)
        course = roster.course
        self.issued = issued
        rows = roster.entries.enumerated().map { n, e in
            let l = e.learner
            let gender = switch l.gender {
            case .male?: "Nam"
            case .female?: "Nữ"
            case nil: ""
            }
            return ClassListRow(number: n + 1, learnerId: l.id, name: l.name, gender: gender, birthYear: l.birthYear,
                                neighborhood: l.neighborhood)
        }
    }
}

/// The sign-in sheet of one session of a class: the class, the day, the teacher and the
/// venue, and the enrolled learners in name order, each with an empty place to sign.
public struct SigninSheet: Sendable {
    public var letterhead: Letterhead?
    public var course: Course
    public var session: CalendarDate
    public var teacher: String?
    public var venue: String?
    /// Số thứ tự and name; the signature column is left empty.
    public var rows: [(number: Int, name: String)]

    /// - Throws: `PaperError.unknownClass`, or `.notASession` when `session` is not one of the
    ///   class's session dates (a class with none: not between its start and end).
    public init(_ s: StoreSnapshot, classId: String, session: CalendarDate) throws {
        let list = try ClassList(s, classId: classId, issued: session)
        let c = list.course
        let fits = !c.sessionDates.isEmpty ? c.sessionDates.contains(session)
            : (c.start.map { $0 <= session } ?? true) && (c.end.map { session <= $0 } ?? true)
        guard fits else {
            throw PaperError.notASession(classId: c.id, day: session, sessions: c.sessionDates, start: c.start, end: c.end)
        }
        letterhead = list.letterhead
        course = c
        self.session = session
        teacher = c.teacher
        venue = c.venue
        rows = list.rows.map { ($0.number, $0.name) }
    }
}
