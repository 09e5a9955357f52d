/// One class as the pane and the roster read it: its learners in each sort order, its sessions and who came to each.

import Store

/// What the index knows about one class. Learners are indexes into `ClassesIndex.learners`.
public struct ClassRoll: Sendable {
    /// Each enrolled learner once, in Vietnamese name order (given, middle, family; ties by id).
    public internal(set) var byName: [Int32] = []
    /// By neighbourhood ("Khu phố 2" before "Khu phố 11"), then name.
    public internal(set) var byNeighborhood: [Int32] = []
    /// Most sessions attended first, then name.
    public internal(set) var byAttendance: [Int32] = []
    /// Enrollment records of the class: its learner-turns.
    public internal(set) var learnerTurns = 0
    /// The dates of the sessions held (those with an attendance record), oldest first.
    public internal(set) var sessions: [CalendarDate] = []
    /// For each session, the learners present, ascending.
    public internal(set) var present: [[Int32]] = []
    /// Sessions attended, by learner (only learners who attended one).
    public internal(set) var attended: [Int32: Int32] = [:]
    /// Attendance records of enrolled learners, each session once.
    public internal(set) var attendanceMarks = 0

    /// Sessions `learner` attended.
    public func attendedCount(_ learner: Int32) -> Int { Int(attended[learner] ?? 0) }

    /// True when `learner` attended the session of `date`.
    public func isPresent(_ learner: Int32, on date: CalendarDate) -> Bool {
        guard let s = sessionIndex(date) else { return false }
        return Self.contains(present[s], learner)
    }

    /// How many enrolled learners were present on `date`.
    public func presentCount(on date: CalendarDate) -> Int {
        guard let s = sessionIndex(date) else { return 0 }
        return present[s].count
    }

    public func sessionIndex(_ date: CalendarDate) -> Int? {
        var lo = 0, hi = sessions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sessions[mid] < date { lo = mid + 1 } else { hi = mid }
        }
        return lo < sessions.count && sessions[lo] == date ? lo : nil
    }

    /// The attendance rate: marks against enrolled × sessions held; nil before any session.
    public var attendanceRate: Double? {
        let possible = byName.count * sessions.count
        return possible > 0 ? Double(attendanceMarks) / Double(possible) : nil
    }

    /// Orders `byAttendance`: most sessions attended first, then as in `byName`.
    mutating func sortByAttendance() {
        byAttendance = byName.enumerated()
            .sorted { a, b in
                let x = attendedCount(a.element), y = attendedCount(b.element)
                return x != y ? x > y : a.offset < b.offset
            }
            .map(\.element)
    }

    public static func contains(_ sorted: [Int32], _ value: Int32) -> Bool {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count && sorted[lo] == value
    }
}
