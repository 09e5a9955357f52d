/// Many new records made ready together: ids, defaults and links filled in order, each set's records placed in its file at once, and the store decoded once to check them all.

import Recfile

/// The records of one write (`StoreWrite.add`), made and checked as `hoctap add` makes and checks
/// one record, so that a list of 50.000 learners costs one reading of the store rather than one per
/// record. Records are made in order: a missing id is the next in its set after the records before
/// it (in the file or in this write), and a link copies a field of an earlier record of the write.
/// Then the records of each set go where `RecordAddition.placement` puts one (after the set's last
/// record), in order, and the store is decoded once with every file as it will be: the errors that
/// fall on a record's lines are that record's refusal, exactly the errors `hoctap check` would
/// then report there. Awards that repeat one already recorded are not refused here (a form asks
/// first; an import reports and skips them).
public struct RecordBatch: Sendable {
    /// One record made: its set and its text.
    public struct Made: Sendable {
        public let set: SetSchema
        public let record: RecordText
    }

    /// Why a record of the batch would not be written.
    public enum Refusal: Sendable, Equatable {
        /// The record could not be made (a field the set lacks, a phone number that is none, a
        /// link to a record that was refused …).
        case unmade(RecordAdditionError)
        /// What `hoctap check` would report on the record's lines.
        case problems([StoreProblem])
    }

    /// The records in the order given; nil where one could not be made.
    public internal(set) var made: [Made?] = []
    /// Each refused record's reason, by its position in the batch.
    public internal(set) var refusals: [Int: Refusal] = [:]
    /// The text of every file the batch adds to, with its records in place.
    var contents: [String: [UInt8]] = [:]
    /// The files the batch adds to, in the order of their first record.
    var fileOrder: [String] = []
    /// The text put inside a file (not at its end), for a file that took one insertion at a record boundary.
    var insertions: [FileInsertion] = []
    /// What the batch was made from: the records, the store's files as read, the time. A write
    /// under the lock reuses the batch only when all three are the same (`isMade(from:files:now:)`).
    public let records: [NewRecord]
    let source: [String: [UInt8]]
    public let now: String
    /// The copy's tag the new ids carry, when the store is shared.
    let copyTag: CopyTag?

    /// Makes and checks `records` against the store's files `files` (by name; a missing file is
    /// created), reading the limits that depend on the day against `now` (`YYYY-MM-DD HH:MM`);
    /// new ids carry `copyTag` when there is one.
    public init(_ records: [NewRecord], files: [String: [UInt8]], now: String, copyTag: CopyTag? = nil) {
        self.records = records
        source = files
        self.now = now
        self.copyTag = copyTag
        var parsed: [String: RecFile] = [:]
        func file(_ name: String) -> RecFile {
            if let known = parsed[name] { return known }
            let bytes = files[name] ?? Array(StoreSchema.fileHeader(for: name).utf8)
            let read = RecParser.parse(bytes, file: name)
            parsed[name] = read
            return read
        }
        var ids: [String: IdSequence] = [:]
        var existing: [String: [RecRecord]] = [:]
        var bySet: [String: [Int]] = [:]
        var setOrder: [SetSchema] = []
        for (index, record) in records.enumerated() {
            do {
                guard let set = StoreSchema.set(named: record.set) else {
                    throw RecordAdditionError.unknownKind(record.set, known: StoreSchema.sets.map(\.name))
                }
                if existing[set.name] == nil { existing[set.name] = file(set.file).records(of: set.name) }
                var given = record.fields.map { (name: $0.name, value: $0.value) }
                for link in record.links {
                    guard made.indices.contains(link.record), let earlier = made[link.record],
                          let value = earlier.record.fields.first(where: { $0.name == link.from })?.value else {
                        throw RecordAdditionError.invalid(set: set.name, problems: [RefusalLine(
                            vi: "\(link.field): trỏ tới một bản ghi không thuộc lần ghi này",
                            en: "\(link.field): refers to a record that is not part of this write")])
                    }
                    given.append((link.field, value))
                }
                try RecordAddition.refuseUnkeptRegister(set: set, given: given, files: files, copyTag: copyTag)
                let text = try Self.make(set: set, given: given, existing: existing[set.name] ?? [], ids: &ids,
                                          now: now, copyTag: copyTag)
                if set.name == "Campaign" || set.name == "Agenda", let read = RecParser.parse(text.bytes, file: set.file).records.first {
                    existing[set.name, default: []].append(read)
                }
                made.append(Made(set: set, record: text))
                if bySet[set.name] == nil { setOrder.append(set) }
                bySet[set.name, default: []].append(index)
                if !fileOrder.contains(set.file) { fileOrder.append(set.file) }
            } catch let error as RecordAdditionError {
                made.append(nil)
                refusals[index] = .unmade(error)
            } catch {
                made.append(nil)
                refusals[index] = .unmade(.unwritable("\(error)"))
            }
        }
        let lines = place(setOrder, bySet: bySet, files: files, parsed: file)
        check(lines: lines, files: files, now: now)
    }

    /// Whether this batch is what `RecordBatch(records, files: files, now: now)` would make: the
    /// same records at the same time against byte-identical files. Made and checked from the same
    /// inputs, it is the same batch, so the store's check need not run again.
    func isMade(from records: [NewRecord], files: [String: [UInt8]], now: String, copyTag: CopyTag? = nil) -> Bool {
        self.now == now && self.records == records && self.copyTag == copyTag && source == files
    }

    /// The first refusal, in the batch's order, as `hoctap add` words a refused record; nil when
    /// every record passes.
    public var firstRefusal: RecordAdditionError? {
        guard let index = refusals.keys.min(), let refusal = refusals[index] else { return nil }
        switch refusal {
        case .unmade(let error):
            return error
        case .problems(let problems):
            return .invalid(set: made[index]?.set.name ?? "", problems: problems.map(RefusalLine.init))
        }
    }

    /// One record's fields made ready as `RecordAddition` makes them: the second campaign refused,
    /// a weekly timetable expanded, the id and the defaults filled, the phone and the text tidied.
    private static func make(set: SetSchema, given: [(name: String, value: String)], existing: [RecRecord],
                             ids: inout [String: IdSequence], now: String, copyTag: CopyTag?) throws -> RecordText {
        var fields = given
        try RecordAddition.refuseSecondCampaign(set: set, existing: existing)
        try RecordAddition.expandWeekly(&fields, set: set)
        // A paper's id comes from its register number, not from the set's id sequence.
        RecordAddition.fillRegisterDefaults(&fields, set: set, existing: existing, now: now, copyTag: copyTag)
        if set.key == "Id", set.field("Id") != nil {
            // Mutated in place in the dictionary: a copy would copy every id taken, each time.
            if ids[set.name] == nil { ids[set.name] = IdSequence(set: set.name, existing: existing.compactMap { $0.value("Id") }, tag: copyTag) }
            if let id = fields.first(where: { $0.name == "Id" })?.value {
                ids[set.name]?.note(id)
            } else if !(set.name == "Campaign" && fields.contains { $0.name == "SchoolYear" }), let id = ids[set.name]?.next() {
                fields.append(("Id", id))
            }
        }
        RecordAddition.fillDefaults(&fields, set: set, existing: existing, now: now)
        try RecordAddition.tidyPhone(&fields, set: set)
        RecordAddition.tidyText(&fields, set: set)
        let ordered = set.fields.flatMap { spec in fields.filter { $0.name == spec.name } }
        do {
            return try RecordText(ordered)
        } catch let error as RecWriterError {
            throw RecordAdditionError.unwritable(error.description)
        }
    }
}

extension RecordBatch {
    /// The batch as `StoreWrite.add(records)` would make and check it against the store in
    /// `folder` as it is now, without the lock and writing nothing: a preview, to show before
    /// asking. The write checks again under the lock.
    /// - Throws: `StoreError` for a folder that cannot be read.
    public static func preview(_ records: [NewRecord], in folder: String, now: String) throws -> RecordBatch {
        try FileAccess.checkFolder(folder)
        return RecordBatch(records, files: try LockedStore.readFiles(in: folder), now: now, copyTag: try CopyTag.read(in: folder))
    }
}
