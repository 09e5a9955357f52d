/// The days a class allows: attendance on its sessions (or within its dates), enrollment within its year.

import Recfile

/// What a class's `Session`, `Start`, `End` and `SchoolYear` fields allow. One rule for every way
/// in: the decoder checks enrollments and attendance against it, the dashboard offers only these
/// days, and a form dates a new enrollment inside it.
public struct ClassDates: Hashable, Sendable {
    /// The session dates, sorted, each once.
    public let sessions: [CalendarDate]
    /// `Start`, else the first session.
    public let first: CalendarDate?
    /// `End`, else the last session.
    public let last: CalendarDate?
    /// `SchoolYear`, else the school year of `first` (or of `last`).
    public let year: SchoolYear?

    public init(_ course: Course) {
        self.init(start: course.start, end: course.end, year: course.schoolYear, sessions: course.sessionDates)
    }

    public init(start: CalendarDate?, end: CalendarDate?, year: SchoolYear?, sessions: [CalendarDate]) {
        let sorted = Array(Set(sessions)).sorted()
        self.sessions = sorted
        first = start ?? sorted.first
        last = end ?? sorted.last
        self.year = year ?? (first ?? last).map(SchoolYear.init(containing:))
    }

    /// The days attendance may be taken on when the class has no sessions listed: from `Start`
    /// (else its year's first day) to `End` (else its year's last day); nil when the class says
    /// nothing of its dates, so any day is allowed.
    public var attendanceRange: ClosedRange<CalendarDate>? {
        guard let low = first ?? year?.firstDay, let high = last ?? year?.lastDay, low <= high else { return nil }
        return low...high
    }

    /// The days an enrollment may be dated: from two months before the class starts (or its year's
    /// first day, whichever is earlier: people sign up ahead) to its last day (or its year's).
    public var enrollmentRange: ClosedRange<CalendarDate>? {
        let opening = year?.firstDay
        let early = first.map { $0.adding(days: -61) }
        guard let low = [opening, early].compactMap({ $0 }).min(), let high = last ?? year?.lastDay,
              low <= high else { return nil }
        return low...high
    }

    /// True when attendance may be recorded on `day`: one of the sessions, or within the class's
    /// dates when it lists none.
    public func allowsAttendance(on day: CalendarDate) -> Bool {
        if !sessions.isEmpty { return binarySearch(day) }
        return attendanceRange?.contains(day) ?? true
    }

    /// True when an enrollment may be dated `day`.
    public func allowsEnrollment(on day: CalendarDate) -> Bool {
        enrollmentRange?.contains(day) ?? true
    }

    /// The day a new enrollment takes when the clerk enters it on `today`: today when the class
    /// allows it, else the class's first day (a late entry for a class of another year), else the
    /// last day its range allows.
    public func enrollmentDay(today: CalendarDate) -> CalendarDate {
        guard let range = enrollmentRange, !range.contains(today) else { return today }
        if let first, range.contains(first) { return first }
        return today < range.lowerBound ? range.lowerBound : range.upperBound
    }

    /// What an attendance date must be, for messages: "one of the class's 8 session dates
    /// (2022-10-06 … 2022-11-24)" or "a date from 2022-10-06 to 2022-10-13".
    public var attendanceRule: String {
        if let a = sessions.first, let b = sessions.last {
            return sessions.count == 1 ? "the class's one session date, \(a)"
                : "one of the class's \(sessions.count) session dates (\(a) … \(b))"
        }
        guard let range = attendanceRange else { return "any date" }
        return "a date from \(range.lowerBound) to \(range.upperBound), the class's dates"
    }

    /// What an enrollment date must be, for messages.
    public var enrollmentRule: String {
        guard let range = enrollmentRange else { return "any date" }
        return "a date from \(range.lowerBound) to \(range.upperBound), within the class's school year and dates"
    }

    private func binarySearch(_ day: CalendarDate) -> Bool {
        var low = 0, high = sessions.count
        while low < high {
            let mid = (low + high) / 2
            if sessions[mid] < day { low = mid + 1 } else { high = mid }
        }
        return low < sessions.count && sessions[low] == day
    }
}
