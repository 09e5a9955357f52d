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
    private let id, name, topic, kind, partner, teacher, start, end, sessions, capacity, venue: Int
    private let kinds = ChoiceTable<CourseKind>()
    private var partners = Interner(), venues = Interner()

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.course, file: file)
        (id, name, topic, kind, partner, teacher) = (r["Id"], r["Name"], r["Topic"], r["Kind"], r["Partner"], r["Teacher"])
        (start, end, sessions, capacity, venue) = (r["Start"], r["End"], r["Sessions"], r["Capacity"], r["Venue"])
    }

    mutating func decode(_ record: RawRecord) -> Course? {
        r.begin(record)
        let i = r.text(id), n = r.text(name), t = r.text(topic), k = r.choice(kind, kinds)
        let p = r.text(partner, &partners), te = r.text(teacher), s = r.date(start), e = r.date(end)
        let se = r.int(sessions), c = r.int(capacity), v = r.text(venue, &venues)
        guard r.isValid, let i, let n, let t else { return nil }
        return Course(id: i, name: n, topic: t, kind: k, partner: p, teacher: te, start: s, end: e,
                      sessions: se, capacity: c, venue: v, source: r.source)
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

    /// The class, learner and date of a valid record, else nil.
    mutating func decode(_ record: RawRecord, classes: KeyTable?,
                         learners: KeyTable?) -> (classId: String, learnerId: String, date: CalendarDate?)? {
        r.begin(record)
        let c = r.reference(course, in: classes), l = r.reference(learner, in: learners), d = r.date(date)
        guard r.isValid, let c, let l else { return nil }
        return (c, l, d)
    }
}
