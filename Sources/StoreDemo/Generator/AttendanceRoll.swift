/// Who came to each session already held: the Attendance set of attendance.rec.

import Store

/// Attendance for every session on or before the "as of" day, session by session as a teacher
/// hands in the roll; each learner comes with their own diligence. Clubs keep no roll.
enum AttendanceRoll {
    static func write(_ out: inout RecEmitter, set: SetSchema, seed: UInt64,
                      classes: [PlannedClass], plan: EnrollmentPlan, profiles: [LearnerProfile],
                      learners: LearnerFactory, asOf: DayNumber) throws {
        try out.begin(set)
        var random = GeneratorRandom(seed: seed, part: 5)
        var held: [(day: DayNumber, classIndex: Int)] = []
        for (index, c) in classes.enumerated() where c.template.keepsRoll {
            for day in c.sessions where day <= asOf { held.append((day, index)) }
        }
        held.sort { ($0.day, $0.classIndex) < ($1.day, $1.classIndex) }
        for session in held {
            let classId = classes[session.classIndex].id
            let date = session.day.iso
            for learner in plan.rosters[session.classIndex] where random.percent(profiles[learner].diligence) {
                try out.record([("Class", classId), ("Learner", learners.id(learner)), ("Date", date)])
            }
        }
    }
}
