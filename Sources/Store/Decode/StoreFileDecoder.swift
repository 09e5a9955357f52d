/// The part of the store each file holds: its decoders, the snapshot arrays they fill, and what they refer to.

import Recfile

/// One store file being read: the reader's state, the set router, the decoders of its sets and the
/// arrays of the snapshot they fill. The file can be read in pieces (each ending at a record
/// boundary), and everything read since a `mark` can be taken back, records included, which is how
/// a reload reads a file's last records again once more bytes have come.
class StoreFileDecoder {
    let name: String
    /// The general reader; set only here and by `scanPlain`, which reads plain records past it.
    var scanner: RecScanner
    private(set) var router: SetRouter
    /// The router's problems, with their excerpts.
    private var routed: [StoreProblem] = []
    /// How many records the router has turned away; the router changes only when this grows.
    private var unrouted = 0
    /// How many records the file holds, of any set, valid or not (a file that holds fewer than at
    /// the last load has lost some, see `StoreShrinkCheck`).
    var records = 0
    /// For a decoder of a later piece: the state it started from, which the pieces before it must
    /// have left for its reading to be the one a reading in file order gives.
    private var start: (context: RecAssembler.Context, unrouted: Int)?

    /// The file's own reader of plain records may be used (`PieceOptions.plainRecords`).
    var plainRecordsAllowed = true

    /// What `rollback` restores: the reader, the router, and each subclass's decoders and counts.
    struct Mark {
        fileprivate var scanner: RecScanner.Mark
        fileprivate var router: SetRouter
        fileprivate var routed: Int
        fileprivate var records: Int
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
        case "classes.rec": OneSetFileDecoder<CourseDecoder>(name: name)
        case "learners.rec": OneSetFileDecoder<LearnerDecoder>(name: name)
        case "attendance.rec": AttendanceFileDecoder(name: name)
        case "branches.rec": BranchesFileDecoder(name: name)
        case "awards.rec": OneSetFileDecoder<AwardDecoder>(name: name)
        case "funds.rec": OneSetFileDecoder<DonationDecoder>(name: name)
        case "titles.rec": OneSetFileDecoder<TitleDecoder>(name: name)
        case "office.rec": OfficeFileDecoder(name: name)
        case "papers.rec": OneSetFileDecoder<PaperDecoder>(name: name)
        case "fundbook.rec": FundBookFileDecoder(name: name)
        case "criteria.rec": CriteriaFileDecoder(name: name)
        case "subjects.rec": SubjectsFileDecoder(name: name)
        case "assessments.rec": AssessmentsFileDecoder(name: name)
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
            // No UTF-8 check of the whole piece here: the plain reader checks each value it makes a
            // String of, and the general reader checks the runs it is handed.
            if readsPlainRecords, plainRecordsAllowed, !Self.startsWithBOM(bytes, base: base) {
                scanPlain(bytes, base: base, isFinal: isFinal, sink: &sink, into: target)
            } else {
                scanner.scan(bytes, base: base, isFinal: isFinal, into: &sink)
            }
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
            file.records += 1
            guard let set = file.router.set(of: RecRecord(set: record.set, line: record.line, fields: [])) else {
                file.unrouted += 1
                return
            }
            file.take(record, set: set, into: &snapshot.pointee)
        }
    }

    func mark(_ snapshot: StoreSnapshot) -> Mark {
        Mark(scanner: scanner.mark(), router: router, routed: routed.count, records: records, decoders: decoderMarks(),
             counts: counts(snapshot))
    }

    func rollback(to mark: Mark, _ snapshot: inout StoreSnapshot) {
        scanner.rollback(to: mark.scanner)
        router = mark.router
        routed.removeSubrange(mark.routed...)
        records = mark.records
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

    // MARK: - Text inserted into the file

    /// Moves everything read after an insertion (`LineShift`) to where it put it: the reader's
    /// lines, the problems, the keys' lines and the records' places. False, with nothing changed,
    /// for a file whose records' places this decoder cannot move.
    func shift(_ s: LineShift, _ snapshot: inout StoreSnapshot) -> Bool {
        guard movesSources else { return false }
        scanner.shift(s)
        routed = routed.map { $0.shifted(s) }
        forEachDecoder { $0.shift(s) }
        shiftSources(s, &snapshot)
        return true
    }

    /// Reads `bytes`, whole records of `set` inserted at a record boundary after every record of
    /// that set the file held (see `shift`, which comes first), as a reading in file order would
    /// have read them there. The keys each set's decoder added, in `forEachDecoder`'s order; nil
    /// when the records brought anything else (a problem, a descriptor, an unknown field), which
    /// only a reading of the file in order reports right.
    func readInserted(_ bytes: UnsafeBufferPointer<UInt8>, set: String, at s: LineShift,
                      into snapshot: inout StoreSnapshot, keys: (String) -> KeyTable?) -> [Int]? {
        let before = decoderMarks()
        let (routedBefore, unroutedBefore) = (routed.count, unrouted)
        let kept = scanner
        var context = kept.out.context
        context.currentSet = set
        scanner = RecScanner(file: name, line: s.afterLine, context: context)
        read(bytes, base: s.offset, isFinal: true, into: &snapshot, keys: keys)
        let clean = scanner.out.problems.isEmpty && scanner.out.descriptors.isEmpty && scanner.line == s.afterLine + s.lines
        scanner = kept
        guard clean, routed.count == routedBefore, unrouted == unroutedBefore else { return nil }
        var added: [Int] = []
        for (b, a) in zip(before, decoderMarks()) {
            guard let k = b.keysAdded(by: a) else { return nil }
            added.append(k)
        }
        return added
    }

    /// Drops from `snapshot` the attendance mark that starts on `line`, as if the file had never
    /// held it (see `StoreReloader+Remove.swift`, which moves what follows it afterwards), and
    /// returns it. Nil, with nothing changed, for a file without marks, or no mark on that line.
    func dropMark(at line: Int, _ snapshot: inout StoreSnapshot) -> Attendance? { nil }

    /// How many sets' decoders `forEachDecoder` visits.
    var decoderCount: Int {
        var n = 0
        forEachDecoder { _ in n += 1 }
        return n
    }

    /// True when `shiftSources` moves the places of every record the file fills.
    var movesSources: Bool { false }
    /// Moves the places of the records after an insertion.
    func shiftSources(_ s: LineShift, _ snapshot: inout StoreSnapshot) {}

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
        records = 0 // counts its own piece's records, which `absorb` adds
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
        records += shadow.records
        return true
    }

    // MARK: - For each file

    /// Hands the record decoder of each of the file's sets to `body`, always in the same order
    /// (see `StoreFileDecoder+RecordDecoders.swift` for what is done to them all).
    func forEachDecoder(_ body: (inout RawRecordDecoder) -> Void) {}
    /// Makes room for the records of a file of `bytes` before it is read whole, so a large array
    /// is not copied as it grows (room not written to takes no memory).
    func reserve(_ snapshot: inout StoreSnapshot, bytes: Int) {}
    /// Takes the keys of other files' sets this file refers to.
    func prepare(_ keys: (String) -> KeyTable?) {}
    func take(_ record: RawRecord, set: String, into snapshot: inout StoreSnapshot) {}
    /// The file's set has its own reader of plain records (`scanPlain`).
    var readsPlainRecords: Bool { false }
    /// Reads the record at `start` of `bytes` (just after a record boundary, on line `line`) when it
    /// is plain and raises no problem, and the plain records right after it: the index after the
    /// last one and its closing blank line, and how many lines and records that is. Nil leaves the
    /// record to the general reader, as if it had not been tried.
    func takePlain(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, line: Int, isFinal: Bool,
                   into snapshot: inout StoreSnapshot) -> PlainRun? { nil }
    /// The keys of one of this file's sets.
    func keys(of set: String) -> KeyTable? { nil }
    /// The values of references to `set` that named no record.
    func dangling(to set: String) -> [String] { [] }
    /// Every problem of the file's sets: each decoder's, in order, its unknown-field warnings last.
    func decoderProblems() -> [StoreProblem] {
        var all: [StoreProblem] = []
        forEachDecoder { all += $0.allProblems }
        return all
    }
    /// The snapshot's arrays the file fills, in the order of `counts`.
    var arrays: [SnapshotArray] { [] }
    /// How many records each of the file's arrays holds.
    func counts(_ snapshot: StoreSnapshot) -> [Int] { arrays.map { $0.count(snapshot) } }
    func truncate(_ snapshot: inout StoreSnapshot, to counts: [Int]) {
        for (array, count) in zip(arrays, counts) { array.truncate(&snapshot, count) }
    }
}

extension StoreFileDecoder.Mark {
    /// The mark of a boundary after an insertion, where the insertion put it: `records` more
    /// records, `counts` more in each of the file's arrays, `keys` more keys in each set's decoder.
    func shifted(_ s: LineShift, records added: Int, counts more: [Int], keys: [Int]) -> StoreFileDecoder.Mark {
        var m = self
        m.scanner = scanner.shifted(s)
        m.records += added
        m.counts = zip(counts, more).map(+)
        m.decoders = zip(decoders, keys).map { $0.shifted(s, keys: $1) }
        return m
    }
}
