/// Who enrolls in which class and when: one enrollment is one learner-turn.

import Store

/// One enrollment, compactly: indices into the class plan and the learners.
struct GeneratedEnrollment: Sendable {
    let classIndex: Int
    let learner: Int
    let day: DayNumber
}

/// The enrollments of every class, distinct learners per class, in the order a clerk records them.
struct EnrollmentPlan: Sendable {
    /// Sorted by day, then class, then learner.
    let enrollments: [GeneratedEnrollment]
    /// Per class, its learners in ascending order.
    let rosters: [[Int]]

    /// A learner who does not fit a class is taken only after this many misses in a row.
    private static let patience = 12

    init(seed: UInt64, classes: [PlannedClass], profiles: [LearnerProfile], asOf: DayNumber) {
        var random = GeneratorRandom(seed: seed, part: 4)
        var all: [GeneratedEnrollment] = []
        var rosters: [[Int]] = []
        for (index, c) in classes.enumerated() {
            let wanted = min(c.enrolled, profiles.count)
            var chosen = Set<Int>()
            var misses = 0
            while chosen.count < wanted {
                let learner = random.below(profiles.count)
                if chosen.contains(learner) { continue }
                if profiles[learner].fits(c.template.audience) || misses >= Self.patience {
                    chosen.insert(learner)
                    misses = 0
                } else {
                    misses += 1
                }
            }
            let roster = chosen.sorted()
            for learner in roster {
                let day = min(c.start.adding(-random.below(11)), asOf.adding(-random.below(5)))
                all.append(GeneratedEnrollment(classIndex: index, learner: learner, day: day))
            }
            rosters.append(roster)
        }
        all.sort { ($0.day, $0.classIndex, $0.learner) < ($1.day, $1.classIndex, $1.learner) }
        enrollments = all
        self.rosters = rosters
    }

    /// The Enrollment set of attendance.rec.
    func write(_ out: inout RecEmitter, set: SetSchema, classes: [PlannedClass],
               learners: LearnerFactory) throws {
        try out.begin(set)
        for e in enrollments {
            try out.record([("Class", classes[e.classIndex].id), ("Learner", learners.id(e.learner)),
                            ("Date", e.day.iso)])
        }
    }
}
