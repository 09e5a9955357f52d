/// The store's records per set, by school year where the record has a date: counted once per snapshot.

import Store

/// Which date puts a record in a school year: awards, donations, attendance and the agenda log
/// their own; enrollments theirs, else their class's start; classes their start, else their end;
/// the campaign its week's start; papers and expenses their date. Records without a date (learners,
/// branches, clans, targets, indicators, the agenda, bodies, signers, fund years) count in every year. Awards, donations and titles are counted by the
/// `AwardsIndex`.
struct RecordCounts: Sendable {
    /// Records that may bear a date, per set name.
    private var dated: [String: DatedCount]
    /// Records that bear no date, per set name.
    private let undated: [String: Int]

    init(_ snapshot: StoreSnapshot) {
        let classStart = Self.classStarts(snapshot)
        dated = [
            "Campaign": .of(snapshot.campaigns.lazy.map { Optional($0.weekStart) }),
            "AgendaLog": .of(snapshot.agendaLog.lazy.map { Optional($0.at.date) }),
            "Class": .of(snapshot.classes.lazy.map { $0.start ?? $0.end }),
            "Enrollment": .of(snapshot.enrollments.lazy.map { $0.date ?? classStart[$0.classId] }),
            "Attendance": .of(snapshot.attendance.lazy.map { Optional($0.date) }),
            "Paper": .of(snapshot.papers.lazy.map { Optional($0.date) }),
            "Expense": .of(snapshot.expenses.lazy.map { Optional($0.date) }),
            // A title's calendar year goes up in December, in the school year that starts that September.
            "Registration": .of(snapshot.registrations.lazy.map { CalendarDate(year: $0.year, month: 12, day: 1) }),
            "Assessment": .of(snapshot.assessments.lazy.map { CalendarDate(year: $0.year, month: 12, day: 1) }),
        ]
        undated = [
            "Target": snapshot.targets.count, "Indicator": snapshot.indicators.count, "Agenda": snapshot.agenda.count,
            "Learner": snapshot.learners.count, "Branch": snapshot.branches.count, "Clan": snapshot.clans.count,
            "Body": snapshot.bodies.count, "Signer": snapshot.signers.count, "FundYear": snapshot.fundYears.count,
            "CriteriaSet": snapshot.criteriaSets.count, "Criterion": snapshot.criteriaSets.reduce(0) { $0 + $1.items.count },
            "Community": snapshot.communities.count, "Unit": snapshot.units.count, "PartyCell": snapshot.partyCells.count,
            "Family": snapshot.families.count,
        ]
    }

    /// Each class's start, by id (a later class of the same id wins, as it always has).
    private static func classStarts(_ snapshot: StoreSnapshot) -> [String: CalendarDate] {
        var classStart: [String: CalendarDate] = [:]
        for c in snapshot.classes { if let start = c.start { classStart[c.id] = start } }
        return classStart
    }

    /// Counts the enrollments, attendance and ceremony log entries of `append` (records added at
    /// the end of `snapshot`'s sets, every other set unchanged) on top of those counted.
    mutating func add(_ append: StoreAppend, of snapshot: StoreSnapshot) {
        if !append.enrollments.isEmpty {
            let classStart = Self.classStarts(snapshot)
            dated["Enrollment"]?.add(contentsOf: snapshot.enrollments[append.enrollments].lazy.map { $0.date ?? classStart[$0.classId] })
        }
        dated["Attendance"]?.add(contentsOf: snapshot.attendance[append.attendance].lazy.map { Optional($0.date) })
        dated["AgendaLog"]?.add(contentsOf: snapshot.agendaLog[append.agendaLog].lazy.map { Optional($0.at.date) })
    }

    /// Counts the attendance mark `mark` out (the roster's unmark).
    mutating func remove(_ mark: Attendance) {
        dated["Attendance"]?.remove(mark.date)
    }

    /// The records of each of these sets in `year`, undated ones in every year; with no year, all of them.
    func counts(_ year: SchoolYear?) -> [String: Int] {
        undated.merging(dated.mapValues { $0.count(year) }) { a, _ in a }
    }
}
