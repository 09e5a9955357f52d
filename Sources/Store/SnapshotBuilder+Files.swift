/// The part of the store each file holds: its decoders, the snapshot arrays they fill, and what they refer to.

/// One store file being read: the reader's state, the set router, the decoders of its sets and the
/// arrays of the snapshot they fill. The file can be read in pieces (each ending at a record
/// boundary), and everything read since a `mark` can be taken back, records included, which is how
/// a reload reads a file's last records again once more bytes have come.
class StoreFileDecoder {
    let name: String
    private(set) var scanner: RecScanner
    private(set) var router: SetRouter
    /// The router's problems, with their excerpts.
    private var routed: [StoreProblem] = []
    /// How many records the router has turned away; the router changes only when this grows.
    private var unrouted = 0
    /// For a decoder of a later piece: the state it started from, which the pieces before it must
    /// have left for its reading to be the one a reading in file order gives.
    private var start: (context: RecAssembler.Context, unrouted: Int)?

    /// What `rollback` restores: the reader, the router, and each subclass's decoders and counts.
    struct Mark {
        fileprivate var scanner: RecScanner.Mark
        fileprivate var router: SetRouter
        fileprivate var routed: Int
        fileprivate var decoders: [RawRecordDecoder.Mark]
        fileprivate var counts: [Int]
    }

    init(name: String) {
        self.name = name
        scanner = RecScanner(file: name)
        router = SetRouter(file: name)
    }

    /// The decoder-specific classes for the store's files; nil for a file read some other way.
    static func make(_ name: String) -> StoreFileDecoder? {
        switch name {
        case "campaign.rec": CampaignFileDecoder(name: name)
        case "ceremony.rec": CeremonyFileDecoder(name: name)
        case "classes.rec": ClassesFileDecoder(name: name)
        case "learners.rec": LearnersFileDecoder(name: name)
        case "attendance.rec": AttendanceFileDecoder(name: name)
        case "branches.rec": BranchesFileDecoder(name: name)
        case "awards.rec": AwardsFileDecoder(name: name)
        case "funds.rec": FundsFileDecoder(name: name)
        default: nil
        }
    }

    /// Reads `bytes`, the file from offset `base` on, into `snapshot`; a piece that is not final must
    /// end just after a record boundary. `keys` answers the references to sets of other files.
    func read(_ bytes: UnsafeBufferPointer<UInt8>, base: Int, isFinal: Bool, into snapshot: inout StoreSnapshot,
              keys: (String) -> KeyTable?) {
        prepare(keys)
        let before = problemCounts()
        let firstLine = scanner.line + 1
        withUnsafeMutablePointer(to: &snapshot) { target in
            var sink = Sink(file: self, snapshot: target)
            scanner.scan(bytes, base: base, isFinal: isFinal, into: &sink)
        }
        routed += router.problems[routed.count...]
        let lines = LineFinder(bytes: bytes, base: base, firstLine: firstLine)
        attachExcerpts(since: before, lines)
    }

    /// The same, for part of a buffer.
    func read(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, base: Int, isFinal: Bool, into snapshot: inout StoreSnapshot,
              keys: (String) -> KeyTable?) {
        read(UnsafeBufferPointer(rebasing: bytes), base: base, isFinal: isFinal, into: &snapshot, keys: keys)
    }

    /// Hands each raw record to the decoder of its set.
    private struct Sink: RawRecordSink {
        unowned let file: StoreFileDecoder
        let snapshot: UnsafeMutablePointer<StoreSnapshot>

        mutating func take(_ record: RawRecord) {
            guard let set = file.router.set(of: RecRecord(set: record.set, line: record.line, fields: [])) else {
                file.unrouted += 1
                return
            }
            file.take(record, set: set, into: &snapshot.pointee)
        }
    }

    func mark(_ snapshot: StoreSnapshot) -> Mark {
        Mark(scanner: scanner.mark(), router: router, routed: routed.count, decoders: decoderMarks(),
             counts: counts(snapshot))
    }

    func rollback(to mark: Mark, _ snapshot: inout StoreSnapshot) {
        scanner.rollback(to: mark.scanner)
        router = mark.router
        routed.removeSubrange(mark.routed...)
        rollbackDecoders(mark.decoders)
        truncate(&snapshot, to: mark.counts)
    }

    /// Every problem of the file so far, as the loader lists them before sorting: the reader's (by
    /// line), each decoder's, then the router's.
    func problems() -> [StoreProblem] {
        var all = StoreProblem.sorted(scanner.out.problems)
        all += decoderProblems()
        var finished = router
        finished.finish(scanner.out.descriptors)
        var late = Array(finished.problems[router.problems.count...])
        for i in late.indices {
            late[i].excerpt = scanner.out.descriptorLines[late[i].line]?.excerpt(late[i].anchor)
        }
        return all + routed + late
    }

    /// The problems of one piece get their excerpts while its bytes are at hand.
    private func attachExcerpts(since before: [Int], _ lines: LineFinder) {
        scanner.attachExcerpts(since: before[0], lines)
        let count = routed.count
        if before[1] < count { lines.attach(&routed, from: before[1]) }
        attachDecoderExcerpts(since: Array(before.dropFirst(2)), lines)
    }

    private func problemCounts() -> [Int] {
        [scanner.out.problems.count, routed.count] + decoderProblemCounts()
    }

    // MARK: - Pieces read side by side

    /// A decoder of the same file for reading a later piece beside this one (see `PieceReader`); nil
    /// when the file's records depend on one another in a way `absorb` cannot join.
    func makeShadow() -> StoreFileDecoder? { nil }

    /// Makes this shadow ready for a piece of the file after what `main` has read so far (`start(line:)`
    /// then says where it starts); only what it shares between values (its interners) is kept.
    func restart(after main: StoreFileDecoder) {
        let context = main.scanner.out.context
        scanner = RecScanner(file: name, line: main.scanner.line, context: context)
        router = main.router
        routed = main.routed
        unrouted = main.unrouted
        start = (context, main.unrouted)
        restartDecoders()
    }

    /// The piece this shadow reads next starts `line` lines into the file.
    func start(line: Int) {
        guard let start else { return }
        scanner = RecScanner(file: name, line: line, context: start.context)
    }

    /// Takes over what `shadow` read of the piece just after this one's, records excepted (the caller
    /// moves them). False, with nothing changed, when that reading may differ from one in file
    /// order: the piece before it declared a set or turned a record away, or it used a key seen before.
    func absorb(_ shadow: StoreFileDecoder) -> Bool {
        guard let start = shadow.start, start.context == scanner.out.context, start.unrouted == unrouted else { return false }
        let marks = decoderMarks()
        guard absorbDecoders(shadow) else {
            rollbackDecoders(marks)
            return false
        }
        scanner.absorb(shadow.scanner)
        router = shadow.router
        routed = shadow.routed
        unrouted = shadow.unrouted
        return true
    }

    /// Empties the decoders of the file's sets, keeping their interners.
    func restartDecoders() {}
    /// Joins each decoder of `shadow` to this one's; false as soon as one cannot be joined.
    func absorbDecoders(_ shadow: StoreFileDecoder) -> Bool { false }

    // MARK: - For each file

    /// Makes room for the records of a file of `bytes` before it is read whole, so a large array
    /// is not copied as it grows (room not written to takes no memory).
    func reserve(_ snapshot: inout StoreSnapshot, bytes: Int) {}
    /// Takes the keys of other files' sets this file refers to.
    func prepare(_ keys: (String) -> KeyTable?) {}
    func take(_ record: RawRecord, set: String, into snapshot: inout StoreSnapshot) {}
    /// The keys of one of this file's sets.
    func keys(of set: String) -> KeyTable? { nil }
    /// The values of references to `set` that named no record.
    func dangling(to set: String) -> [String] { [] }
    func decoderProblems() -> [StoreProblem] { [] }
    func decoderProblemCounts() -> [Int] { [] }
    func attachDecoderExcerpts(since before: [Int], _ lines: LineFinder) {}
    func decoderMarks() -> [RawRecordDecoder.Mark] { [] }
    func rollbackDecoders(_ marks: [RawRecordDecoder.Mark]) {}
    /// How many records each of the file's arrays holds.
    func counts(_ snapshot: StoreSnapshot) -> [Int] { [] }
    func truncate(_ snapshot: inout StoreSnapshot, to counts: [Int]) {}
}

/// Removes records added after a mark.
func truncate<T>(_ array: inout [T], to count: Int) {
    if array.count > count { array.removeSubrange(count...) }
}

// MARK: - The files

final class CampaignFileDecoder: StoreFileDecoder {
    private var campaign: CampaignDecoder, target: TargetDecoder, indicator: IndicatorDecoder, agenda: AgendaDecoder
    private var campaignLines: [Int] = []
    /// The first line of the second Campaign record, for the warning about it.
    private var secondCampaign: LineCopy?

    override init(name: String) {
        (campaign, target) = (CampaignDecoder(file: name), TargetDecoder(file: name))
        (indicator, agenda) = (IndicatorDecoder(file: name), AgendaDecoder(file: name))
        super.init(name: name)
    }

    override func take(_ record: RawRecord, set: String, into s: inout StoreSnapshot) {
        switch set {
        case "Campaign":
            campaignLines.append(record.line)
            if campaignLines.count == 2, let first = record.fields.first {
                secondCampaign = LineCopy(bytes: Array(record.lineBytes(from: first.lineStart)), start: record.base + first.lineStart)
            }
            if let c = campaign.decode(record) { s.campaigns.append(c) }
        case "Target": if let t = target.decode(record) { s.targets.append(t) }
        case "Indicator": if let i = indicator.decode(record) { s.indicators.append(i) }
        case "Agenda": if let a = agenda.decode(record) { s.agenda.append(a) }
        default: break
        }
    }

    override func keys(of set: String) -> KeyTable? { set == "Agenda" ? agenda.r.keys : nil }

    override func decoderProblems() -> [StoreProblem] {
        var first = campaign.r.problems
        if campaignLines.isEmpty {
            let line = scanner.out.descriptors.first { $0.name == "Campaign" }?.line ?? 0
            // A store just made by `hoctap init` has no campaign yet: the overview says so, and
            // the store is still valid (a warning, so `check` passes on a fresh store).
            var p = StoreProblem(file: name, line: line, severity: .warning, field: nil,
                                 message: "no Campaign record yet; the overview stays empty until one is written after the \"%rec: Campaign\" line",
                                 kind: .missingField)
            p.anchor = line > 0 ? .lineStart : .none
            p.excerpt = scanner.out.descriptorLines[line]?.excerpt(p.anchor)
            first.append(p)
        } else if campaignLines.count > 1 {
            var p = StoreProblem(file: name, line: campaignLines[1], severity: .warning, field: nil,
                                 message: "more than one Campaign record; only the first (line \(campaignLines[0])) is shown",
                                 kind: .inconsistent)
            p.anchor = .lineStart
            p.excerpt = secondCampaign?.excerpt(.lineStart)
            first.append(p)
        }
        return first + campaign.r.finishWarnings() + target.r.allProblems + indicator.r.allProblems + agenda.r.allProblems
    }

    override func decoderProblemCounts() -> [Int] {
        [campaign.r.problems.count, target.r.problems.count, indicator.r.problems.count, agenda.r.problems.count]
    }

    override func attachDecoderExcerpts(since before: [Int], _ lines: LineFinder) {
        campaign.r.attachExcerpts(since: before[0], lines)
        target.r.attachExcerpts(since: before[1], lines)
        indicator.r.attachExcerpts(since: before[2], lines)
        agenda.r.attachExcerpts(since: before[3], lines)
    }

    override func decoderMarks() -> [RawRecordDecoder.Mark] {
        [campaign.r.mark(), target.r.mark(), indicator.r.mark(), agenda.r.mark()]
    }

    override func rollbackDecoders(_ marks: [RawRecordDecoder.Mark]) {
        campaign.r.rollback(to: marks[0])
        target.r.rollback(to: marks[1])
        indicator.r.rollback(to: marks[2])
        agenda.r.rollback(to: marks[3])
    }

    override func counts(_ s: StoreSnapshot) -> [Int] {
        [s.campaigns.count, s.targets.count, s.indicators.count, s.agenda.count, campaignLines.count]
    }

    override func truncate(_ s: inout StoreSnapshot, to counts: [Int]) {
        Store.truncate(&s.campaigns, to: counts[0])
        Store.truncate(&s.targets, to: counts[1])
        Store.truncate(&s.indicators, to: counts[2])
        Store.truncate(&s.agenda, to: counts[3])
        Store.truncate(&campaignLines, to: counts[4])
        if campaignLines.count < 2 { secondCampaign = nil }
    }
}

final class CeremonyFileDecoder: StoreFileDecoder {
    private var log: AgendaLogDecoder
    private var agenda: KeyTable?

    override init(name: String) {
        log = AgendaLogDecoder(file: name)
        super.init(name: name)
    }

    override func makeShadow() -> StoreFileDecoder? { CeremonyFileDecoder(name: name) }
    override func restartDecoders() { log.r.restart() }
    override func absorbDecoders(_ shadow: StoreFileDecoder) -> Bool {
        guard let o = shadow as? CeremonyFileDecoder else { return false }
        return log.r.absorb(o.log.r)
    }

    override func prepare(_ keys: (String) -> KeyTable?) { agenda = keys("Agenda") }

    override func take(_ record: RawRecord, set: String, into s: inout StoreSnapshot) {
        if let e = log.decode(record, agenda: agenda) { s.agendaLog.append(e) }
    }

    override func dangling(to set: String) -> [String] { set == "Agenda" ? log.r.dangling : [] }
    override func decoderProblems() -> [StoreProblem] { log.r.allProblems }
    override func decoderProblemCounts() -> [Int] { [log.r.problems.count] }
    override func attachDecoderExcerpts(since before: [Int], _ lines: LineFinder) {
        log.r.attachExcerpts(since: before[0], lines)
    }
    override func decoderMarks() -> [RawRecordDecoder.Mark] { [log.r.mark()] }
    override func rollbackDecoders(_ marks: [RawRecordDecoder.Mark]) { log.r.rollback(to: marks[0]) }
    override func counts(_ s: StoreSnapshot) -> [Int] { [s.agendaLog.count] }
    override func truncate(_ s: inout StoreSnapshot, to counts: [Int]) { Store.truncate(&s.agendaLog, to: counts[0]) }
}

final class ClassesFileDecoder: StoreFileDecoder {
    private var course: CourseDecoder

    override init(name: String) {
        course = CourseDecoder(file: name)
        super.init(name: name)
    }

    override func makeShadow() -> StoreFileDecoder? { ClassesFileDecoder(name: name) }
    override func restartDecoders() { course.r.restart() }
    override func absorbDecoders(_ shadow: StoreFileDecoder) -> Bool {
        guard let o = shadow as? ClassesFileDecoder else { return false }
        return course.r.absorb(o.course.r)
    }

    override func take(_ record: RawRecord, set: String, into s: inout StoreSnapshot) {
        if let c = course.decode(record) { s.classes.append(c) }
    }

    override func keys(of set: String) -> KeyTable? { set == "Class" ? course.r.keys : nil }
    override func decoderProblems() -> [StoreProblem] { course.r.allProblems }
    override func decoderProblemCounts() -> [Int] { [course.r.problems.count] }
    override func attachDecoderExcerpts(since before: [Int], _ lines: LineFinder) {
        course.r.attachExcerpts(since: before[0], lines)
    }
    override func decoderMarks() -> [RawRecordDecoder.Mark] { [course.r.mark()] }
    override func rollbackDecoders(_ marks: [RawRecordDecoder.Mark]) { course.r.rollback(to: marks[0]) }
    override func counts(_ s: StoreSnapshot) -> [Int] { [s.classes.count] }
    override func truncate(_ s: inout StoreSnapshot, to counts: [Int]) { Store.truncate(&s.classes, to: counts[0]) }
}

final class LearnersFileDecoder: StoreFileDecoder {
    private var learner: LearnerDecoder

    override init(name: String) {
        learner = LearnerDecoder(file: name)
        super.init(name: name)
    }

    override func makeShadow() -> StoreFileDecoder? { LearnersFileDecoder(name: name) }
    override func restartDecoders() { learner.r.restart() }
    override func absorbDecoders(_ shadow: StoreFileDecoder) -> Bool {
        guard let o = shadow as? LearnersFileDecoder else { return false }
        return learner.r.absorb(o.learner.r)
    }

    override func take(_ record: RawRecord, set: String, into s: inout StoreSnapshot) {
        if let l = learner.decode(record) { s.learners.append(l) }
    }

    override func keys(of set: String) -> KeyTable? { set == "Learner" ? learner.r.keys : nil }
    override func decoderProblems() -> [StoreProblem] { learner.r.allProblems }
    override func decoderProblemCounts() -> [Int] { [learner.r.problems.count] }
    override func attachDecoderExcerpts(since before: [Int], _ lines: LineFinder) {
        learner.r.attachExcerpts(since: before[0], lines)
    }
    override func decoderMarks() -> [RawRecordDecoder.Mark] { [learner.r.mark()] }
    override func rollbackDecoders(_ marks: [RawRecordDecoder.Mark]) { learner.r.rollback(to: marks[0]) }
    override func counts(_ s: StoreSnapshot) -> [Int] { [s.learners.count] }
    override func truncate(_ s: inout StoreSnapshot, to counts: [Int]) { Store.truncate(&s.learners, to: counts[0]) }
}

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

final class BranchesFileDecoder: StoreFileDecoder {
    private var branch: BranchDecoder, clan: ClanDecoder

    override init(name: String) {
        (branch, clan) = (BranchDecoder(file: name), ClanDecoder(file: name))
        super.init(name: name)
    }

    override func makeShadow() -> StoreFileDecoder? { BranchesFileDecoder(name: name) }
    override func restartDecoders() {
        branch.r.restart()
        clan.r.restart()
    }
    override func absorbDecoders(_ shadow: StoreFileDecoder) -> Bool {
        guard let o = shadow as? BranchesFileDecoder else { return false }
        return branch.r.absorb(o.branch.r) && clan.r.absorb(o.clan.r)
    }

    override func take(_ record: RawRecord, set: String, into s: inout StoreSnapshot) {
        switch set {
        case "Branch": if let b = branch.decode(record) { s.branches.append(b) }
        case "Clan": if let c = clan.decode(record) { s.clans.append(c) }
        default: break
        }
    }

    override func keys(of set: String) -> KeyTable? { set == "Branch" ? branch.r.keys : nil }
    override func decoderProblems() -> [StoreProblem] { branch.r.allProblems + clan.r.allProblems }
    override func decoderProblemCounts() -> [Int] { [branch.r.problems.count, clan.r.problems.count] }
    override func attachDecoderExcerpts(since before: [Int], _ lines: LineFinder) {
        branch.r.attachExcerpts(since: before[0], lines)
        clan.r.attachExcerpts(since: before[1], lines)
    }
    override func decoderMarks() -> [RawRecordDecoder.Mark] { [branch.r.mark(), clan.r.mark()] }
    override func rollbackDecoders(_ marks: [RawRecordDecoder.Mark]) {
        branch.r.rollback(to: marks[0])
        clan.r.rollback(to: marks[1])
    }
    override func counts(_ s: StoreSnapshot) -> [Int] { [s.branches.count, s.clans.count] }
    override func truncate(_ s: inout StoreSnapshot, to counts: [Int]) {
        Store.truncate(&s.branches, to: counts[0])
        Store.truncate(&s.clans, to: counts[1])
    }
}

final class AwardsFileDecoder: StoreFileDecoder {
    private var award: AwardDecoder
    private var branches: KeyTable?

    override init(name: String) {
        award = AwardDecoder(file: name)
        super.init(name: name)
    }

    override func makeShadow() -> StoreFileDecoder? { AwardsFileDecoder(name: name) }
    override func restartDecoders() { award.r.restart() }
    override func absorbDecoders(_ shadow: StoreFileDecoder) -> Bool {
        guard let o = shadow as? AwardsFileDecoder else { return false }
        return award.r.absorb(o.award.r)
    }

    override func prepare(_ keys: (String) -> KeyTable?) { branches = keys("Branch") }

    /// An award takes at least 64 bytes (its six mandatory fields).
    override func reserve(_ s: inout StoreSnapshot, bytes: Int) {
        s.awards.reserveCapacity(s.awards.count + bytes / 64)
        award.r.reserveKeys(bytes / 64)
    }

    override func take(_ record: RawRecord, set: String, into s: inout StoreSnapshot) {
        if let a = award.decode(record, branches: branches) { s.awards.append(a) }
    }

    override func dangling(to set: String) -> [String] { award.r.dangling }
    override func decoderProblems() -> [StoreProblem] { award.r.allProblems }
    override func decoderProblemCounts() -> [Int] { [award.r.problems.count] }
    override func attachDecoderExcerpts(since before: [Int], _ lines: LineFinder) {
        award.r.attachExcerpts(since: before[0], lines)
    }
    override func decoderMarks() -> [RawRecordDecoder.Mark] { [award.r.mark()] }
    override func rollbackDecoders(_ marks: [RawRecordDecoder.Mark]) { award.r.rollback(to: marks[0]) }
    override func counts(_ s: StoreSnapshot) -> [Int] { [s.awards.count] }
    override func truncate(_ s: inout StoreSnapshot, to counts: [Int]) { Store.truncate(&s.awards, to: counts[0]) }
}

final class FundsFileDecoder: StoreFileDecoder {
    private var donation: DonationDecoder
    private var branches: KeyTable?

    override init(name: String) {
        donation = DonationDecoder(file: name)
        super.init(name: name)
    }

    override func makeShadow() -> StoreFileDecoder? { FundsFileDecoder(name: name) }
    override func restartDecoders() { donation.r.restart() }
    override func absorbDecoders(_ shadow: StoreFileDecoder) -> Bool {
        guard let o = shadow as? FundsFileDecoder else { return false }
        return donation.r.absorb(o.donation.r)
    }

    override func prepare(_ keys: (String) -> KeyTable?) { branches = keys("Branch") }

    /// A donation takes at least 48 bytes (its four mandatory fields).
    override func reserve(_ s: inout StoreSnapshot, bytes: Int) {
        s.donations.reserveCapacity(s.donations.count + bytes / 48)
        donation.r.reserveKeys(bytes / 48)
    }

    override func take(_ record: RawRecord, set: String, into s: inout StoreSnapshot) {
        if let d = donation.decode(record, branches: branches) { s.donations.append(d) }
    }

    override func dangling(to set: String) -> [String] { donation.r.dangling }
    override func decoderProblems() -> [StoreProblem] { donation.r.allProblems }
    override func decoderProblemCounts() -> [Int] { [donation.r.problems.count] }
    override func attachDecoderExcerpts(since before: [Int], _ lines: LineFinder) {
        donation.r.attachExcerpts(since: before[0], lines)
    }
    override func decoderMarks() -> [RawRecordDecoder.Mark] { [donation.r.mark()] }
    override func rollbackDecoders(_ marks: [RawRecordDecoder.Mark]) { donation.r.rollback(to: marks[0]) }
    override func counts(_ s: StoreSnapshot) -> [Int] { [s.donations.count] }
    override func truncate(_ s: inout StoreSnapshot, to counts: [Int]) { Store.truncate(&s.donations, to: counts[0]) }
}
