/// The classes index grown by appended enrollments, attendance and awards, touching only the rolls they name.

import Store
import VietText

extension ClassesIndex {
    /// More appended enrollments than this build the index again: each one moves the packed list
    /// of every learner's classes, which a whole build does once.
    static let appendLimit = 2_000

    /// Adds the enrollments, attendance marks and awards of `append` (records added at the end of
    /// `snapshot`'s sets, classes and learners unchanged) as a build from the whole snapshot would
    /// count them. False, the index untouched, when there are too many enrollments to add one by one.
    public mutating func add(_ append: StoreAppend, of snapshot: StoreSnapshot) -> Bool {
        guard append.enrollments.count <= Self.appendLimit else { return false }
        var touched = Set<Int>()
        for i in append.enrollments {
            let e = snapshot.enrollments[i]
            guard let c = courseRow[e.classId], let l = learnerRow[e.learnerId] else { continue }
            rolls[c].learnerTurns += 1
            if enroll(l, in: c) { touched.insert(c) }
        }
        for i in append.attendance {
            let a = snapshot.attendance[i]
            guard let c = courseRow[a.classId], let l = learnerRow[a.learnerId] else { continue }
            if mark(l, in: c, on: a.date) { touched.insert(c) }
        }
        for c in touched { rolls[c].sortByAttendance() }
        if !append.awards.isEmpty, !learners.isEmpty {
            for a in snapshot.awards[append.awards] {
                guard let l = (learnersByFoldedName[VietText.searchKey(a.recipient)] ?? []).first(where: { learners[Int($0)].name == a.recipient })
                else { continue }
                learnerAwards[l, default: []].append(a)
            }
        }
        return true
    }

    /// Takes the attendance mark `mark` out (the roster's unmark), as a build from the snapshot
    /// without it would count: the learner no longer present at that session, the session gone
    /// when no one else was. False, the index untouched, when the mark is not one the index counted
    /// alone (an unknown class or learner, a learner not enrolled, not present that day).
    public mutating func remove(_ mark: Attendance) -> Bool {
        guard let c = courseRow[mark.classId], let l = learnerRow[mark.learnerId], enrolled(l, c),
              let s = rolls[c].sessionIndex(mark.date), let at = rolls[c].present[s].firstIndex(of: l) else { return false }
        var roll = rolls[c]
        rolls[c] = ClassRoll()
        defer { rolls[c] = roll }
        roll.present[s].remove(at: at)
        // A session stays while any mark has its date, a stray one (a learner not enrolled) too.
        if roll.present[s].isEmpty, !(strayMarks[c]?.contains { $0.date == mark.date } ?? false) {
            roll.present.remove(at: s)
            roll.sessions.remove(at: s)
        }
        let left = (roll.attended[l] ?? 1) - 1
        roll.attended[l] = left > 0 ? left : nil
        roll.attendanceMarks -= 1
        roll.sortByAttendance()
        return true
    }

    /// True when `learner` is enrolled in the class at `course`.
    private func enrolled(_ learner: Int32, _ course: Int) -> Bool {
        learnerClasses[Int(learnerClassStart[Int(learner)])..<Int(learnerClassStart[Int(learner) + 1])].contains(Int32(course))
    }

    /// Enrolls `learner` in the class at `course`, with the marks recorded before the enrollment;
    /// false when the learner was enrolled already (a second enrollment is a learner-turn only).
    private mutating func enroll(_ learner: Int32, in course: Int) -> Bool {
        guard !enrolled(learner, course) else { return false }
        let l = Int(learner)
        learnerClasses.insert(Int32(course), at: Int(learnerClassStart[l + 1]))
        for k in (l + 1)..<learnerClassStart.count { learnerClassStart[k] += 1 }
        Self.insert(learner, into: &rolls[course].byName, rank: nameRank)
        Self.insert(learner, into: &rolls[course].byNeighborhood, rank: neighborhoodRank)
        if let strays = strayMarks[course], strays.contains(where: { $0.learner == learner }) {
            for s in strays where s.learner == learner { _ = mark(learner, in: course, on: s.date) }
            strayMarks[course] = strays.filter { $0.learner != learner }
        }
        return true
    }

    /// Records `learner` present at the session of `date` in the class at `course` (a session held
    /// from the first mark of its date); true when the learner's sessions attended changed.
    private mutating func mark(_ learner: Int32, in course: Int, on date: CalendarDate) -> Bool {
        var roll = rolls[course]
        rolls[course] = ClassRoll()
        defer { rolls[course] = roll }
        let s = roll.sessionIndex(date) ?? {
            let at = roll.sessions.firstIndex { $0 > date } ?? roll.sessions.count
            roll.sessions.insert(date, at: at)
            roll.present.insert([], at: at)
            return at
        }()
        guard enrolled(learner, course) else {
            strayMarks[course, default: []].append((date, learner))
            return false
        }
        let at = roll.present[s].firstIndex { $0 >= learner } ?? roll.present[s].count
        guard at == roll.present[s].count || roll.present[s][at] != learner else { return false }
        roll.present[s].insert(learner, at: at)
        roll.attended[learner, default: 0] += 1
        roll.attendanceMarks += 1
        return true
    }

    /// Inserts `learner` into `list`, kept in increasing `rank`.
    private static func insert(_ learner: Int32, into list: inout [Int32], rank: [Int32]) {
        let r = rank[Int(learner)]
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if rank[Int(list[mid])] < r { lo = mid + 1 } else { hi = mid }
        }
        list.insert(learner, at: lo)
    }
}
