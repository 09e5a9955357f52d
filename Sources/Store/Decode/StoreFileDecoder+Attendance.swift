/// The decoder of attendance.rec (enrollments and attendance); classes.rec and learners.rec use `OneSetFileDecoder`.

import Recfile

final class AttendanceFileDecoder: StoreFileDecoder {
    private var enrollment: EnrollmentDecoder, attendance: AttendanceDecoder
    private var classes: KeyTable?, learners: KeyTable?

    override init(name: String) {
        (enrollment, attendance) = (EnrollmentDecoder(file: name), AttendanceDecoder(file: name))
        super.init(name: name)
    }

    override func makeShadow() -> StoreFileDecoder? { AttendanceFileDecoder(name: name) }
    override func restartDecoders() {
        enrollment.r.restart()
        attendance.r.restart()
    }
    override func absorbDecoders(_ shadow: StoreFileDecoder) -> Bool {
        guard let o = shadow as? AttendanceFileDecoder else { return false }
        return enrollment.r.absorb(o.enrollment.r) && attendance.r.absorb(o.attendance.r)
    }

    override func prepare(_ keys: (String) -> KeyTable?) { (classes, learners) = (keys("Class"), keys("Learner")) }

    override func take(_ record: RawRecord, set: String, into s: inout StoreSnapshot) {
        switch set {
        case "Enrollment":
            if let e = enrollment.decode(record, classes: classes, learners: learners) { s.enrollments.append(e) }
        case "Attendance":
            if let a = attendance.decode(record, classes: classes, learners: learners) { s.attendance.append(a) }
        default: break
        }
    }

    override func dangling(to set: String) -> [String] { enrollment.r.dangling + attendance.r.dangling }
    override func decoderProblems() -> [StoreProblem] { enrollment.r.allProblems + attendance.r.allProblems }
    override func decoderProblemCounts() -> [Int] { [enrollment.r.problems.count, attendance.r.problems.count] }
    override func attachDecoderExcerpts(since before: [Int], _ lines: LineFinder) {
        enrollment.r.attachExcerpts(since: before[0], lines)
        attendance.r.attachExcerpts(since: before[1], lines)
    }
    override func decoderMarks() -> [RawRecordDecoder.Mark] { [enrollment.r.mark(), attendance.r.mark()] }
    override func rollbackDecoders(_ marks: [RawRecordDecoder.Mark]) {
        enrollment.r.rollback(to: marks[0])
        attendance.r.rollback(to: marks[1])
    }
    override func counts(_ s: StoreSnapshot) -> [Int] { [s.enrollments.count, s.attendance.count] }
    override func truncate(_ s: inout StoreSnapshot, to counts: [Int]) {
        Store.truncate(&s.enrollments, to: counts[0])
        Store.truncate(&s.attendance, to: counts[1])
    }
}
