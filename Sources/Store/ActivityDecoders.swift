/// Decoders for the center's activity: the ceremony log, classes, learners, enrollments and attendance.

struct AgendaLogDecoder {
    var r: RecordDecoder
    private let seq, at: Int

    init(file: String) {
        r = RecordDecoder(StoreSchema.agendaLog, file: file)
        (seq, at) = (r["Seq"], r["At"])
    }

    mutating func decode(_ record: RecRecord, agenda: [String: Int]?) -> AgendaLogEntry? {
        r.begin(record)
        let s = r.intReference(seq, in: agenda), a = r.dateTime(at)
        guard r.isValid, let s, let a else { return nil }
        return AgendaLogEntry(seq: s, at: a, source: r.source)
    }
}

struct CourseDecoder {
    var r: RecordDecoder
    private let id, name, topic, kind, partner, teacher, start, end, sessions, capacity, venue: Int
    private var interned = Interner()

    init(file: String) {
        r = RecordDecoder(StoreSchema.course, file: file)
        (id, name, topic, kind, partner, teacher) = (r["Id"], r["Name"], r["Topic"], r["Kind"], r["Partner"], r["Teacher"])
        (start, end, sessions, capacity, venue) = (r["Start"], r["End"], r["Sessions"], r["Capacity"], r["Venue"])
    }

    mutating func decode(_ record: RecRecord) -> Course? {
        r.begin(record)
        let i = r.text(id), n = r.text(name), t = r.text(topic), k = r.choice(kind, CourseKind.self)
        let p = interned(r.text(partner)), te = r.text(teacher), s = r.date(start), e = r.date(end)
        let se = r.int(sessions), c = r.int(capacity), v = interned(r.text(venue))
        guard r.isValid, let i, let n, let t else { return nil }
        return Course(id: i, name: n, topic: t, kind: k, partner: p, teacher: te, start: s, end: e,
                      sessions: se, capacity: c, venue: v, source: r.source)
    }
}

struct LearnerDecoder {
    var r: RecordDecoder
    private let id, name, gender, birthYear, birthDate, neighborhood, organization, phone: Int
    private var interned = Interner()

    init(file: String) {
        r = RecordDecoder(StoreSchema.learner, file: file)
        (id, name, gender, birthYear) = (r["Id"], r["Name"], r["Gender"], r["BirthYear"])
        (birthDate, neighborhood, organization, phone) = (r["BirthDate"], r["Neighborhood"], r["Organization"], r["Phone"])
    }

    mutating func decode(_ record: RecRecord) -> Learner? {
        r.begin(record)
        let i = r.text(id), n = r.text(name), g = r.choice(gender, Gender.self), y = r.int(birthYear), d = r.date(birthDate)
        let h = interned(r.text(neighborhood)), o = interned(r.text(organization)), p = r.text(phone)
        guard r.isValid, let i, let n else { return nil }
        return Learner(id: i, name: n, gender: g, birthYear: y, birthDate: d, neighborhood: h, organization: o,
                       phone: p, source: r.source)
    }
}

struct EnrollmentDecoder {
    var r: RecordDecoder
    private let course, learner, date: Int

    init(file: String) {
        r = RecordDecoder(StoreSchema.enrollment, file: file)
        (course, learner, date) = (r["Class"], r["Learner"], r["Date"])
    }

    mutating func decode(_ record: RecRecord, classes: [String: Int]?, learners: [String: Int]?) -> Enrollment? {
        r.begin(record)
        let c = r.reference(course, in: classes), l = r.reference(learner, in: learners), d = r.date(date)
        guard r.isValid, let c, let l else { return nil }
        return Enrollment(classId: c, learnerId: l, date: d, source: r.source)
    }
}

struct AttendanceDecoder {
    var r: RecordDecoder
    private let course, learner, date: Int

    init(file: String) {
        r = RecordDecoder(StoreSchema.attendance, file: file)
        (course, learner, date) = (r["Class"], r["Learner"], r["Date"])
    }

    mutating func decode(_ record: RecRecord, classes: [String: Int]?, learners: [String: Int]?) -> Attendance? {
        r.begin(record)
        let c = r.reference(course, in: classes), l = r.reference(learner, in: learners), d = r.date(date)
        guard r.isValid, let c, let l, let d else { return nil }
        return Attendance(classId: c, learnerId: l, date: d, source: r.source)
    }
}
