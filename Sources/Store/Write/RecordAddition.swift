/// A new record made ready for its file: fields from the clerk, ids and dates filled in, checked against the store.

import Recfile

/// One record to add, with the file's text as it will be once the record is in. Made from the
/// store's files as read (under the store's lock, by `RecordAddition.add`), so the check and the
/// id it assigns hold when the record is written.
public struct RecordAddition: Sendable {
    /// The kinds of record `hoctap add` takes, and the set each one adds to: the year's records,
    /// then what sets a year up. `agenda` moves the ceremony's "now" marker (AgendaLog);
    /// `agenda-item` adds an item to the programme (Agenda).
    public static let kinds: KeyValuePairs<String, String> = [
        "award": "Award", "learner": "Learner", "enrollment": "Enrollment",
        "attendance": "Attendance", "donation": "Donation", "agenda": "AgendaLog",
        "campaign": "Campaign", "target": "Target", "indicator": "Indicator", "agenda-item": "Agenda",
        "class": "Class", "branch": "Branch", "clan": "Clan",
        "expense": "Expense", "fund-year": "FundYear", "body": "Body", "signer": "Signer", "paper": "Paper",
        "assessment": "Assessment", "registration": "Registration", "family": "Family", "community": "Community",
        "unit": "Unit", "party-cell": "PartyCell", "criteria-set": "CriteriaSet", "criterion": "Criterion",
    ]

    /// The set the record belongs to.
    public let set: SetSchema
    /// The record as it will be written.
    public let record: RecordText
    /// The whole text of `set.file` with the record in place, put together when asked for (an
    /// append writes `inserted` alone).
    public var contents: [UInt8] { Array(original[..<offset]) + inserted + original[offset...] }
    /// True when the record goes at the end of an existing file (an append); false when it goes
    /// before another set's part of the file, or into a file that must be created (a rewrite).
    let isAppend: Bool
    /// The file as read (its bare header when it is missing), and the bytes the record puts in
    /// it at `offset`: the separator, the record, and a blank line when text follows.
    let original: [UInt8]
    let inserted: [UInt8]
    let offset: Int

    /// The set a kind of record adds to (`award` → Award).
    public static func set(forKind kind: String) throws -> SetSchema {
        guard let name = kinds.first(where: { $0.key == kind.lowercased() })?.value,
              let set = StoreSchema.set(named: name) else {
            throw RecordAdditionError.unknownKind(kind, known: kinds.map(\.key))
        }
        return set
    }

    /// Makes the record from `given` (schema field names and values) and checks it.
    /// - Parameters:
    ///   - files: the store's files as read, by name; a file that is missing is created.
    ///   - now: the local date and time, `YYYY-MM-DD HH:MM`, for the fields that default to it and
    ///     as the day the "not in the future" limits are read against.
    /// - Throws: `RecordAdditionError.invalid` with every problem `hoctap check` would report
    ///   about the record, or `.unwritable`.
    ///   - force: write an award even when one to the same recipient, in the same category and for
    ///     the same school year, is already recorded (two prizes are possible; a slip is likelier).
    ///   - copyTag: the copy's tag of a shared store (`CopyTag.read(in:)`): a new id carries it.
    public init(set: SetSchema, given: [(name: String, value: String)], files: [String: [UInt8]], now: String,
                force: Bool = false, copyTag: CopyTag? = nil) throws {
        let existing = files[set.file]
        let original = existing ?? Array(StoreSchema.fileHeader(for: set.file).utf8)
        let parsed = RecParser.parse(original, file: set.file)
        try Self.refuseSecondCampaign(set: set, existing: parsed.records(of: set.name))
        try Self.refuseUnkeptRegister(set: set, given: given, files: files, copyTag: copyTag)
        record = try Self.made(given, set: set, existing: parsed.records(of: set.name), now: now, copyTag: copyTag)
        guard let place = Self.placement(of: set.name, in: original, file: set.file) else {
            throw RecordAdditionError.invalid(set: set.name, problems: [RefusalLine.undeclared(set)])
        }
        let placed = Self.placing(record, in: original, at: place)
        var after = files
        after[set.file] = placed.text
        try Self.check(set: set, lines: placed.lines, files: after, now: now, force: force)
        self.set = set
        self.original = original
        inserted = placed.inserted
        offset = place.offset
        isAppend = existing != nil && place.atEnd
    }

    /// A record made and checked elsewhere (`lean(set:given:files:now:force:)`), appended to `original`.
    init(set: SetSchema, record: RecordText, appending inserted: [UInt8], to original: [UInt8]) {
        self.set = set
        self.record = record
        self.original = original
        self.inserted = inserted
        offset = original.count
        isAppend = true
    }

    /// Refuses the record on `lines` of `set.file` when the store's files `files` have errors
    /// there, or, for an award without `force`, when it repeats an earlier award.
    static func check(set: SetSchema, lines: ClosedRange<Int>, files: [String: [UInt8]], now: String, force: Bool) throws {
        let (snapshot, problems) = RecordCheck.check(in: set.file, lines: lines, files: files, now: now)
        guard problems.isEmpty else {
            throw RecordAdditionError.invalid(set: set.name, problems: problems.map(RefusalLine.init))
        }
        if set.name == "Award", !force, let (new, earlier) = Self.double(in: snapshot.awards, placed: lines) {
            throw RecordAdditionError.possibleDouble(Self.described(earlier), year: new.rewardedYear.description)
        }
    }

    /// The award just placed (on `lines`) and the first earlier one it repeats, if it repeats one.
    static func double(in awards: [Award], placed lines: ClosedRange<Int>) -> (Award, Award)? {
        guard let new = awards.lastIndex(where: { lines.contains($0.source.line) }),
              let pair = DoubleEntryGuard.doubles(in: awards).first(where: { $0.later == new }) else { return nil }
        return (awards[new], awards[pair.first])
    }

    /// `awards.rec:57 (KT0123, 2022-10-06, Học sinh giỏi, KP01)`.
    static func described(_ a: Award) -> String {
        "\(a.source) (\(a.id), \(a.date), \(a.recipient), \(a.category), \(a.branch))"
    }

    /// Fills what the clerk may leave out: a new `Id` in the set's pattern, today's `Date` on an
    /// award, the current time as an agenda log's `At`. A copy's tag goes into the new id.
    static func fillDefaults(_ fields: inout [(name: String, value: String)], set: SetSchema,
                             existing: [RecRecord], now: String, copyTag: CopyTag? = nil) {
        func lacks(_ name: String) -> Bool { !fields.contains { $0.name == name } }
        fillSetupDefaults(&fields, set: set, existing: existing)
        fillRegisterDefaults(&fields, set: set, existing: existing, now: now, copyTag: copyTag)
        if set.key == "Id", set.field("Id") != nil, lacks("Id") {
            fields.append(("Id", IdAssigner.next(after: existing.compactMap { $0.value("Id") }, set: set.name, tag: copyTag)))
        }
        if set.name == "Award" || set.name == "Expense", lacks("Date") { fields.append(("Date", String(now.prefix(10)))) }
        if set.name == "AgendaLog", lacks("At") { fields.append(("At", now)) }
    }
}
