/// The classes of a generated store: chosen from the catalog, scheduled, staffed and sized.

import Store

/// One class with its session days.
struct PlannedClass: Sendable {
    let id: String
    let name: String
    let template: ClassTemplate
    let sessions: [DayNumber]
    let teacher: String
    /// Learners enrolled; set when the enrollments are allocated.
    var enrolled = 0

    var start: DayNumber { sessions[0] }
    var end: DayNumber { sessions[sessions.count - 1] }
    /// At least the planned capacity, and never below the number enrolled (rounded up to 5).
    var capacity: Int { max(template.capacity, (enrolled + 4) / 5 * 5) }
}

struct ClassPlan: Sendable {
    private(set) var classes: [PlannedClass]

    /// The Tết holiday of 2023: sessions that would fall in it move two weeks later.
    private static let tet = DayNumber(iso: "2023-01-16")...DayNumber(iso: "2023-01-29")
    private static let lastStart = DayNumber(iso: "2023-08-15")

    /// The first `count` classes of the catalog; past its end, its classes again (not the first)
    /// as second and later groups, a week later each time.
    init(seed: UInt64, count: Int) {
        var random = GeneratorRandom(seed: seed, part: 2)
        let names = NameMaker()
        let catalog = ClassCatalog.templates
        var made: [(template: ClassTemplate, name: String, start: DayNumber)] = []
        for k in 0..<count {
            if k < catalog.count {
                made.append((catalog[k], catalog[k].name, DayNumber(iso: catalog[k].start)))
            } else {
                let j = k - catalog.count
                let template = catalog[1 + j % (catalog.count - 1)]
                let group = 2 + j / (catalog.count - 1)
                let start = min(DayNumber(iso: template.start).adding(7 * (group - 1)), Self.lastStart)
                made.append((template, "\(template.name) (lớp \(group))", start))
            }
        }
        let first = made.prefix(1)
        let rest = made.dropFirst().enumerated()
            .sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }
        let ordered = Array(first) + rest.map(\.element)
        classes = ordered.enumerated().map { k, c in
            let teacherGender: GeneratedGender = random.percent(60) ? .female : .male
            let teacher = names.name(&random, gender: teacherGender, birthYear: random.int(in: 1960...1995))
            return PlannedClass(id: GeneratedIds.id("LH", k + 1, count: ordered.count, minimumWidth: 2),
                                name: c.name, template: c.template,
                                sessions: Self.schedule(c.template, from: c.start), teacher: teacher)
        }
    }

    /// The session days: from the start, by the template's steps, moving off Tết and (for
    /// vocational and literacy classes) off Sundays.
    static func schedule(_ template: ClassTemplate, from start: DayNumber) -> [DayNumber] {
        var days: [DayNumber] = []
        var day = start
        let weekdaysOnly = template.kind == "vocational" || template.kind == "literacy"
        for k in 0..<max(1, template.sessions) {
            if tet.contains(day) { day = day.adding(14) }
            if weekdaysOnly, day.weekday == 7 { day = day.adding(1) }
            days.append(day)
            day = day.adding(template.steps[k % template.steps.count])
        }
        return days
    }

    /// Shares `total` enrollments among the classes by planned size (capacity × usual fill),
    /// largest remainders first, never more than `learners` in one class.
    mutating func allocate(_ total: Int, learners: Int) {
        guard !classes.isEmpty else { return }
        let weights = classes.map { $0.template.capacity * $0.template.fill }
        let sum = max(1, weights.reduce(0, +))
        let target = min(total, learners * classes.count)
        var shares = weights.map { min(learners, target * $0 / sum) }
        let byRemainder = weights.indices.sorted {
            (-(target * weights[$0] % sum), $0) < (-(target * weights[$1] % sum), $1)
        }
        var left = target - shares.reduce(0, +)
        while left > 0 {
            for i in byRemainder where left > 0 && shares[i] < learners {
                shares[i] += 1
                left -= 1
            }
        }
        for i in classes.indices { classes[i].enrolled = shares[i] }
    }

    /// classes.rec.
    func write(_ out: inout RecEmitter, set: SetSchema) throws {
        try out.begin(set)
        for c in classes {
            try out.record([
                ("Id", c.id), ("Name", c.name), ("Topic", c.template.topic), ("Kind", c.template.kind),
                ("Partner", c.template.partner), ("Teacher", c.teacher), ("Start", c.start.iso),
                ("End", c.end.iso), ("Sessions", String(c.sessions.count)), ("Capacity", String(c.capacity)),
                ("Venue", c.template.venue),
            ])
        }
    }
}
