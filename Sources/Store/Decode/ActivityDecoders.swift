/// Decoders for the center's activity: the ceremony log, classes, learners, enrollments and attendance.

import Recfile

struct AgendaLogDecoder {
    var r: RawRecordDecoder
    private let seq, at: Int

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.agendaLog, file: file)
        (seq, at) = (r["Seq"], r["At"])
    }

    mutating func decode(_ record: RawRecord, agenda: KeyTable?) -> AgendaLogEntry? {
        r.begin(record)
        let s = r.intReference(seq, in: agenda), a = r.dateTime(at)
        guard r.isValid, let s, let a else { return nil }
        return AgendaLogEntry(seq: s, at: a, source: r.source)
    }
}

struct CourseDecoder {
    var r: RawRecordDecoder
    private let id, name, topic, kind, partner, teacher, start, end, sessions, capacity, venue, schoolYear, session: Int
    private let kinds = ChoiceTable<CourseKind>()
    private var partners = Interner(), venues = Interner()

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.course, file: file)
        (id, name, topic, kind, partner, teacher) = (r["Id"], r["Name"], r["Topic"], r["Kind"], r["Partner"], r["Teacher"])
        (start, end, sessions, capacity, venue) = (r["Start"], r["End"], r["Sessions"], r["Capacity"], r["Venue"])
        (schoolYear, session) = (r["SchoolYear"], r["Session"])
    }

    mutating func decode(_ record: RawRecord) -> Course? {
        r.begin(record)
        let i = r.text(id), n = r.text(name), t = r.text(topic), k = r.choice(kind, kinds)
        let p = r.text(partner, &partners), te = r.text(teacher), s = r.date(start), e = r.date(end)
        let se = r.int(sessions), c = r.int(capacity), v = r.text(venue, &venues)
        let y = r.schoolYear(schoolYear), held = r.dates(session)
        checkDates(start: s, end: e, year: y, sessions: held)
        guard r.isValid, let i, let n, let t else { return nil }
        return Course(id: i, name: n, topic: t, kind: k, partner: p, teacher: te, start: s, end: e,
                      sessions: se, capacity: c, venue: v, schoolYear: y, sessionDates: held.map(\.date), source: r.source)
    }

    /// `End` not before `Start`, and each session within them and within the school year given.
    private mutating func checkDates(start s: CalendarDate?, end e: CalendarDate?, year: SchoolYear?,
                                     sessions held: [(date: CalendarDate, line: Int)]) {
        if let s, let e, e < s {
            r.fail(end, .inconsistent, r.line(end), .value, "the class ends (\(e)) before it starts (Start: \(s))")
            return
        }
        for (day, line) in held {
            if let s, day < s {
                r.fail(session, .outsideDates, line, .value, "a session on \(day), before the class starts (Start: \(s))", found: "\(day)")
            } else if let e, day > e {
                r.fail(session, .outsideDates, line, .value, "a session on \(day), after the class ends (End: \(e))", found: "\(day)")
            } else if let year, s == nil, e == nil, !year.contains(day) {
                r.fail(session, .outsideDates, line, .value, "a session on \(day), outside the school year \(year)", found: "\(day)")
            }
        }
    }
}

struct LearnerDecoder {
    var r: RawRecordDecoder
    private let id, name, gender, birthYear, birthDate, neighborhood, organization, phone: Int
    private let genders = ChoiceTable<Gender>()
    private var neighborhoods = Interner(), organizations = Interner()

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.learner, file: file)
        (id, name, gender, birthYear) = (r["Id"], r["Name"], r["Gender"], r["BirthYear"])
        (birthDate, neighborhood, organization, phone) = (r["BirthDate"], r["Neighborhood"], r["Organization"], r["Phone"])
    }

    mutating func decode(_ record: RawRecord) -> Learner? {
        r.begin(record)
        let i = r.text(id), n = r.text(name), g = r.choice(gender, genders), y = r.int(birthYear), d = r.date(birthDate)
        let h = r.text(neighborhood, &neighborhoods), o = r.text(organization, &organizations), p = r.text(phone)
        guard r.isValid, let i, let n else { return nil }
        return Learner(id: i, name: n, gender: g, birthYear: y, birthDate: d, neighborhood: h, organization: o,
                       phone: p, source: r.source)
    }
}

/// Enrollment and Attendance records alike: a class, a learner and a date; an attendance needs its date.
struct ClassLearnerDecoder {
    var r: RawRecordDecoder
    private let course, learner, date: Int

    /// A decoder of the set of `schema`: `StoreSchema.enrollment` or `StoreSchema.attendance`.
    init(_ schema: SetSchema, file: String) {
        r = RawRecordDecoder(schema, file: file)
        (course, learner, date) = (r["Class"], r["Learner"], r["Date"])
    }

    /// The class, learner and date of a valid record, else nil. With `calendar`, the date must be
    /// one the class allows (`ClassDates`); with `enrolled`, the learner must be enrolled in the class.
    mutating func decode(_ record: RawRecord, classes: KeyTable?, learners: KeyTable?,
                         calendar: ClassCalendar, enrolled: KeyTable? = nil) -> (classId: String, learnerId: String, date: CalendarDate?)? {
        r.begin(record)
        let c = r.reference(course, in: classes), l = r.reference(learner, in: learners), d = r.date(date)
        guard r.isValid, let c, let l else { return nil }
        if let enrolled, enrolled.find(RawRecordDecoder.joinedKey([c, l])) == nil {
            r.fail(learner, .notEnrolled, r.line(learner), .value,
                   "learner \(l) attended class \(c) but has no Enrollment in it (above this record); enroll them first",
                   expected: "a learner enrolled in class \(c)", found: l)
        }
        if let d, let dates = calendar[c] {
            let isAttendance = enrolled != nil
            if !(isAttendance ? dates.allowsAttendance(on: d) : dates.allowsEnrollment(on: d)) {
                let rule = isAttendance ? dates.attendanceRule : dates.enrollmentRule
                r.fail(date, .outsideDates, r.line(date), .value, RawRecordDecoder.sentence(rule, "\(d)"),
                       expected: rule, found: "\(d)")
            }
        }
        return r.isValid ? (c, l, d) : nil
    }
}
