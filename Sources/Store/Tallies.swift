/// The numbers the panes and the report show, counted from a snapshot, for the whole store or one school year.

import Dispatch
import Recfile

/// Pure counts over a snapshot. With a school year, dated records count only when their date falls
/// in it: awards, donations, attendance and the agenda log by their date; enrollments by their date,
/// else their class's start; classes by their start, else their end; the campaign by its week's start.
/// Records without a date (learners, branches, clans, targets, indicators, the agenda) always count.
public struct Tallies: Hashable, Sendable {
    public var schoolYear: SchoolYear?
    /// Records per set name (`Award` …); every set of the schema is there, 0 included.
    public var counts: [String: Int]
    /// Enrollments: one per learner per class.
    public var learnerTurns: Int
    /// Attendance records: one per learner per session.
    public var attendance: Int
    public var awards: AwardTally
    public var fund: FundTally
    public var clans: ClanTally
    /// Learning titles per kind (`family`, `community`, `unit`); every kind is there, 0 included.
    public var titles: [String: TitleCount]
    /// In the order of the targets in the store.
    public var targets: [TargetProgress]

    public init(_ snapshot: StoreSnapshot, schoolYear: SchoolYear? = nil) {
        self.schoolYear = schoolYear
        func keep(_ date: CalendarDate?) -> Bool {
            guard let schoolYear, let date else { return true }
            return schoolYear.contains(date)
        }
        let classes = snapshot.classes.filter { keep($0.start ?? $0.end) }
        var classStart: [String: CalendarDate] = [:]
        if schoolYear != nil {
            for c in snapshot.classes { if let start = c.start { classStart[c.id] = start } }
        }
        let enrollments = snapshot.enrollments.lazy.filter { keep($0.date ?? classStart[$0.classId]) }.count
        attendance = schoolYear == nil ? snapshot.attendance.count : snapshot.attendance.lazy.filter { keep($0.date) }.count
        learnerTurns = enrollments
        awards = Self.tally(snapshot.awards, branches: snapshot.branches, schoolYear: schoolYear)
        fund = FundTally(
            donations: snapshot.donations.reduce(0) { keep($1.date) ? $0 + $1.amount : $0 },
            awarded: awards.amount)
        clans = ClanTally(studious: snapshot.clans.lazy.filter(\.isStudious).count, total: snapshot.clans.count)
        let titleRecords = Self.titleRecords(snapshot.titles, schoolYear: schoolYear)
        titles = Self.tally(titleRecords)
        counts = [
            "Campaign": snapshot.campaigns.lazy.filter { keep($0.weekStart) }.count,
            "Target": snapshot.targets.count,
            "Indicator": snapshot.indicators.count,
            "Agenda": snapshot.agenda.count,
            "AgendaLog": snapshot.agendaLog.lazy.filter { keep($0.at.date) }.count,
            "Class": classes.count,
            "Learner": snapshot.learners.count,
            "Enrollment": enrollments,
            "Attendance": attendance,
            "Branch": snapshot.branches.count,
            "Clan": snapshot.clans.count,
            "Award": awards.count,
            "Donation": snapshot.donations.lazy.filter { keep($0.date) }.count,
            "Title": titleRecords.count,
        ]
        let actuals: [TargetMetric: Int] = [
            .learnerTurns: learnerTurns, .awards: awards.count, .awardAmount: awards.amount,
            .studiousClans: clans.studious, .donations: fund.donations, .classes: classes.count,
            .learningFamilies: titles["family"]?.recognized ?? 0,
            .learningCommunities: titles["community"]?.recognized ?? 0,
            .learningUnits: titles["unit"]?.recognized ?? 0,
        ]
        // A target of a share (`Unit: %`) is measured in whole percent of the titles' total.
        let shares: [TargetMetric: TitleCount] = [
            .studiousClans: TitleCount(recognized: clans.studious, total: clans.total),
            .learningFamilies: titles["family"] ?? TitleCount(), .learningCommunities: titles["community"] ?? TitleCount(),
            .learningUnits: titles["unit"] ?? TitleCount(),
        ]
        targets = snapshot.targets.map {
            let share = $0.unit == "%" ? shares[$0.metric].map { $0.percentFloor ?? 0 } : nil
            return TargetProgress(id: $0.id, label: $0.label, metric: $0.metric, goal: $0.goal,
                                  actual: share ?? actuals[$0.metric] ?? 0, unit: $0.unit)
        }
    }

    /// One pass over the awards: kinds in an array, branches and categories numbered by their bytes.
    /// A large store is counted in slices side by side; the sums are the same whatever the slices.
    private static func tally(_ awards: [Award], branches: [Branch], schoolYear: SchoolYear?) -> AwardTally {
        let lanes = awards.count >= 200_000 ? PieceOptions.standard.lanes : 1
        var parts = [AwardCounts](repeating: AwardCounts(), count: lanes)
        awards.withUnsafeBufferPointer { awards in
            parts.withUnsafeMutableBufferPointer { parts in
                let slices = AwardSlices(awards: awards, parts: parts, schoolYear: schoolYear)
                if lanes == 1 {
                    slices.count(0)
                } else {
                    DispatchQueue.concurrentPerform(iterations: lanes) { slices.count($0) }
                }
            }
        }
        var t = AwardTally()
        let kinds = RecipientKind.allCases
        for kind in kinds { t.byKind[kind.rawValue] = 0 }
        for b in branches { t.byBranch[b.id, default: 0] += 0 }
        for part in parts {
            t.count += part.count
            t.amount += part.amount
            for (i, kind) in kinds.enumerated() { t.byKind[kind.rawValue, default: 0] += part.byKind[i] }
            for (i, id) in part.branches.values.enumerated() { t.byBranch[id, default: 0] += part.branches.counts[i] }
            for (i, name) in part.categories.values.enumerated() { t.byCategory[name, default: 0] += part.categories.counts[i] }
        }
        return t
    }

    /// The title records counted: those of `schoolYear`; with no year, each kind's latest year.
    static func titleRecords(_ titles: [LearningTitle], schoolYear: SchoolYear?) -> [LearningTitle] {
        if let schoolYear { return titles.filter { $0.schoolYear == schoolYear } }
        var latest: [TitleKind: SchoolYear] = [:]
        for t in titles where latest[t.kind].map({ $0 < t.schoolYear }) ?? true { latest[t.kind] = t.schoolYear }
        return titles.filter { latest[$0.kind] == $0.schoolYear }
    }

    /// Recognised and total per kind, every kind listed.
    static func tally(_ titles: [LearningTitle]) -> [String: TitleCount] {
        var out: [String: TitleCount] = [:]
        for kind in TitleKind.allCases { out[kind.rawValue] = TitleCount() }
        for t in titles {
            out[t.kind.rawValue, default: TitleCount()].recognized += t.recognized
            out[t.kind.rawValue, default: TitleCount()].total += t.total
            out[t.kind.rawValue]?.schoolYear = t.schoolYear
        }
        return out
    }
}

/// The counts of one slice of the awards.
private struct AwardCounts {
    var count = 0
    var amount = 0
    var byKind = Array(repeating: 0, count: RecipientKind.allCases.count)
    var branches = ValueCounts(), categories = ValueCounts()
}

/// The awards cut into as many slices as there are counts, each counted by one lane into its own.
private struct AwardSlices: @unchecked Sendable {
    let awards: UnsafeBufferPointer<Award>
    let parts: UnsafeMutableBufferPointer<AwardCounts>
    let schoolYear: SchoolYear?

    func count(_ lane: Int) {
        let n = awards.count, lanes = parts.count
        var c = AwardCounts()
        let kinds = RecipientKind.allCases
        for i in (n * lane / lanes)..<(n * (lane + 1) / lanes) {
            if let schoolYear, !schoolYear.contains(awards[i].date) { continue }
            c.count += 1
            c.amount += awards[i].amount ?? 0
            c.byKind[kinds.firstIndex(of: awards[i].kind) ?? 0] += 1
            c.branches.add(awards[i].branch)
            c.categories.add(awards[i].category)
        }
        parts[lane] = c
    }
}

/// Counts the distinct values of a field by their bytes. Most awards share their category's String
/// (the reader makes one per value), so a value is first looked for by the String itself: two
/// Strings with the same bits are the same text. Only a miss reads the bytes.
private struct ValueCounts {
    private(set) var values: [String] = []
    private(set) var counts: [Int] = []
    private var numbers: [ByteKey: Int] = [:]
    private var recent = [(bits: (UInt64, UInt64), number: Int)](repeating: ((0, 0), -1), count: 64)

    mutating func add(_ value: String) {
        let bits = unsafeBitCast(value, to: (UInt64, UInt64).self)
        let slot = Int(truncatingIfNeeded: ((bits.0 ^ bits.1 ^ (bits.1 >> 7)) &* 0x9E37_79B9_7F4A_7C15) >> 58)
        let seen = recent[slot]
        if seen.number >= 0, seen.bits == bits {
            counts[seen.number] += 1
            return
        }
        let key = ByteKey(value)
        let number: Int
        if let known = numbers[key] {
            number = known
        } else {
            number = values.count
            numbers[key] = number
            values.append(value)
            counts.append(0)
        }
        recent[slot] = (bits, number)
        counts[number] += 1
    }
}
