/// The record decoder over raw records: the walk over a record's fields, its key, its problems and its marks.

import VietText
import Recfile

/// Decodes the records of one set straight from the reader's bytes: `begin` checks presence, keys and
/// unknown fields, then typed accessors read values and report bad ones, making a String only for
/// text that is kept (or shown in a problem). A record with any error is not valid and must be left
/// out. The typed readers are in `RecordDecoderRaw+Values.swift`, the byte helpers in
/// `RecordDecoderRaw+Bytes.swift`.
struct RawRecordDecoder {
    let schema: SetSchema
    let file: String
    private(set) var problems: [StoreProblem] = []
    /// False once the current record has an error.
    private(set) var isValid = true
    /// Every key the set has used, valid record or not, with the line of its first use. References
    /// are checked against this, so a record left out for a bad value does not also break its referrers.
    private(set) var keys = KeyTable()
    /// The values of references that named no record, so a reload can tell whether new keys answer them.
    private(set) var dangling: [String] = []
    /// References left unchecked because the file of their set is missing, by that set: the line
    /// of the first and how many, so a missing file that records refer into is an error.
    private(set) var unchecked: [String: (line: Int, count: Int)] = [:]
    private(set) var record = RawRecord(set: nil, line: 0, bytes: UnsafeBufferPointer(start: nil, count: 0), base: 0)
    var slots: [Int]
    let names: [String]
    let packedNames: [PackedName]
    private let mandatory: [Int]
    private let repeatable: [Bool]
    let keySlot: Int
    let keyIsInt: Bool
    /// For a set without a key, the fields whose values together make one (`SetSchema.unique`).
    let uniqueSlots: [Int]
    /// The day the schema's "not in the future" limits are read against.
    let today: CalendarDate
    /// The whole numbers and days each field allows beyond its type (`FieldSpec.bound`), on `today`.
    let numberRanges: [ClosedRange<Int>?]
    let dayRanges: [ClosedRange<CalendarDate>?]
    /// The current record's key as a String, made once for the key check and the model.
    var keyText: String?
    private var unknown: [String: (line: Int, count: Int, excerpt: ProblemExcerpt?)] = [:]
    private var unknownOrder: [String] = []

    /// What `rollback` restores.
    struct Mark {
        fileprivate var problems: Int
        fileprivate var keys: Int
        fileprivate var dangling: Int
        fileprivate var unchecked: [String: (line: Int, count: Int)]
        fileprivate var unknown: [String: (line: Int, count: Int, excerpt: ProblemExcerpt?)]
        fileprivate var unknownOrder: [String]
    }

    init(_ schema: SetSchema, file: String, today: CalendarDate = ReferenceDay.current) {
        self.schema = schema
        self.file = file
        self.today = today
        numberRanges = schema.fields.map { $0.bound?.numbers(today: today) }
        dayRanges = schema.fields.map { $0.bound?.days(today: today) }
        names = schema.fields.map(\.name)
        packedNames = names.map { PackedName($0) }
        slots = Array(repeating: -1, count: schema.fields.count)
        mandatory = schema.fields.indices.filter { schema.fields[$0].isMandatory }
        repeatable = schema.fields.map(\.isRepeatable)
        keySlot = schema.key.flatMap(schema.index(of:)) ?? -1
        keyIsInt = keySlot >= 0 && schema.fields[keySlot].type == .int
        uniqueSlots = keySlot < 0 ? schema.unique.compactMap(schema.index(of:)) : []
    }

    /// The position of a field of the schema, for the typed accessors; -1 (always absent) if unknown.
    subscript(name: String) -> Int { schema.index(of: name) ?? -1 }

    /// Where the current record starts.
    var source: SourcePlace { SourcePlace(file: file, line: record.line) }

    /// Takes the next record: finds its fields, reports missing mandatory ones, repeats, unknown
    /// fields and a key used before.
    mutating func begin(_ record: RawRecord) {
        self.record = record
        isValid = !record.hasSyntaxErrors
        keyText = nil
        for j in slots.indices { slots[j] = -1 }
        var hint = 0
        for i in record.fields.indices {
            let field = record.fields[i]
            let packed = PackedName(field.name)
            let j: Int
            if hint < packedNames.count, packedNames[hint] == packed {
                j = hint
            } else if let found = packedNames.firstIndex(of: packed), packed.isExact {
                j = found
            } else {
                noteUnknown(field)
                continue
            }
            hint = j + 1
            if slots[j] < 0 {
                slots[j] = i
            } else if j == keySlot {
                let first = record.fields[slots[j]].line
                fail(j, .mergedRecords, field.line, .fieldName,
                     "a second \(names[j]) in one \(schema.name) record (the first is on line \(first)); "
                        + "a blank line is probably missing between two records")
            } else if !repeatable[j] {
                let first = record.fields[slots[j]].line
                add(.warning, .repeatedField, field.line, names[j], .value,
                    "may be given once; only the first (line \(first)) is used")
            }
        }
        for j in mandatory {
            if slots[j] < 0 {
                fail(j, .missingField, record.line, .lineStart, "missing; every \(schema.name) record needs it")
            } else if Self.isBlank(record.fields[slots[j]].value) {
                fail(j, .missingField, record.fields[slots[j]].line, .value, "is empty; every \(schema.name) record needs it")
            }
        }
        checkKey()
    }

    /// Reports an error about field `j` of the current record on `line`, and marks the record invalid.
    mutating func fail(_ j: Int, _ kind: ProblemKind, _ line: Int, _ anchor: CaretAnchor, _ message: String,
                       expected: String? = nil, found: String? = nil) {
        isValid = false
        var p = StoreProblem(file: file, line: line, severity: .error, field: j >= 0 ? names[j] : nil,
                             message: message, kind: kind, expected: expected, found: found)
        p.anchor = anchor
        problems.append(p)
    }

    /// Adds an error or warning that is not about one typed value (such as a record outside any set).
    mutating func add(_ severity: Severity, _ kind: ProblemKind, _ line: Int, _ field: String?, _ anchor: CaretAnchor,
                      _ message: String) {
        var p = StoreProblem(file: file, line: line, severity: severity, field: field, message: message, kind: kind)
        p.anchor = anchor
        problems.append(p)
    }

    /// The line of field `j` in the current record, else the record's own line.
    func line(_ j: Int) -> Int {
        j >= 0 && slots[j] >= 0 ? record.fields[slots[j]].line : record.line
    }

    /// One warning per unknown field, at its first use, with how many records have it; the set's
    /// problems end with these once it is read.
    func finishWarnings() -> [StoreProblem] {
        unknownOrder.compactMap { name in
            guard let seen = unknown[name] else { return nil }
            let times = seen.count == 1 ? "once" : "\(seen.count) times"
            var p = StoreProblem(file: file, line: seen.line, severity: .warning, field: name,
                                 message: "not a field of \(schema.name) records (seen \(times)); kept in the file, not read",
                                 kind: .unknownField, excerpt: seen.excerpt)
            p.anchor = .fieldName
            return p
        }
    }

    /// Every problem of the set read so far, the unknown-field warnings last.
    var allProblems: [StoreProblem] { problems + finishWarnings() }

    func mark() -> Mark {
        Mark(problems: problems.count, keys: keys.count, dangling: dangling.count, unchecked: unchecked, unknown: unknown,
             unknownOrder: unknownOrder)
    }

    /// Adds the key of a record read without `begin` (a plain award, see `AwardDecoder.takePlain`),
    /// with the line of its field; false, adding nothing, when the set has used it already.
    mutating func insertKey(_ key: String, line: Int) -> Bool {
        keys.insertIfNew(key, line: line) == nil
    }

    /// Makes room for the keys of `count` records.
    mutating func reserveKeys(_ count: Int) {
        keys.reserve(count)
    }

    /// Forgets every record read, for a reader of another piece of the file; the schema stays.
    mutating func restart() {
        problems.removeAll(keepingCapacity: true)
        isValid = true
        keys.removeAllKeepingRoom()
        dangling.removeAll()
        unchecked = [:]
        unknown = [:]
        unknownOrder.removeAll()
    }

    /// Takes over what a decoder of the piece that follows found, as if this one had read it; false
    /// (having changed things a `rollback` takes back) when it used a key this one has seen, which
    /// only a reading in file order reports right.
    mutating func absorb(_ later: RawRecordDecoder) -> Bool {
        guard keys.absorb(later.keys) else { return false }
        problems += later.problems
        dangling += later.dangling
        for (set, seen) in later.unchecked {
            let first = unchecked[set]
            unchecked[set] = (first?.line ?? seen.line, (first?.count ?? 0) + seen.count)
        }
        for name in later.unknownOrder {
            guard let seen = later.unknown[name] else { continue }
            if let first = unknown[name] {
                unknown[name] = (first.line, first.count + seen.count, first.excerpt)
            } else {
                unknown[name] = seen
                unknownOrder.append(name)
            }
        }
        return true
    }

    /// Moves the lines of what was read after an insertion to where it put them: problems, keys,
    /// unchecked references, unknown fields.
    mutating func shift(_ s: LineShift) {
        problems = problems.map { $0.shifted(s) }
        keys.shift(s)
        unchecked = unchecked.mapValues { (s.line($0.line), $0.count) }
        unknown = unknown.mapValues { (s.line($0.line), $0.count, $0.excerpt) }
    }

    mutating func rollback(to mark: Mark) {
        problems.removeSubrange(mark.problems...)
        keys.removeLast(downTo: mark.keys)
        dangling.removeSubrange(mark.dangling...)
        unchecked = mark.unchecked
        unknown = mark.unknown
        unknownOrder = mark.unknownOrder
    }

    /// A reference into a set whose file is missing.
    mutating func noteUnchecked(_ j: Int, _ line: Int) {
        guard case .reference(let set) = schema.fields[j].type else { return }
        let first = unchecked[set]
        unchecked[set] = (first?.line ?? line, (first?.count ?? 0) + 1)
    }

    mutating func dangling(_ j: Int, _ key: String, _ line: Int, found: String? = nil) {
        guard case .reference(let set) = schema.fields[j].type else { return }
        dangling.append(key)
        let shown = found ?? key
        let target = StoreSchema.set(named: set)
        let expected = "the \(target?.key ?? "key") of \(set.first.map { "AEIOU".contains($0) } == true ? "an" : "a") \(set) record in \(target?.file ?? "the store")"
        fail(j, .danglingReference, line, .value, RawRecordDecoder.sentence(expected, shown) + "; there is none",
             expected: expected, found: shown)
    }

    /// The key a set without one keeps for the values of its `unique` fields: the values, each
    /// trimmed and in NFC, joined by a unit separator (which no value may hold).
    static func joinedKey(_ values: [String]) -> String {
        values.joined(separator: "\u{1F}")
    }

    private mutating func checkKey() {
        if !uniqueSlots.isEmpty { return checkUniqueFields() }
        guard keySlot >= 0, let v = bytes(keySlot) else { return }
        let text = Self.isASCII(v.bytes) ? String(decoding: v.bytes, as: UTF8.self) : VietText.nfc(utf8: v.bytes)
        keyText = text
        let key = keyIsInt ? (ValueText.int(v.bytes).map(String.init) ?? text) : text
        if let first = keys.insertIfNew(key, line: v.line) {
            let expected = "\(names[keySlot] == "Seq" ? "a Seq" : "an \(names[keySlot])") no other \(schema.name) record uses"
            fail(keySlot, .duplicateKey, v.line, .value,
                 RawRecordDecoder.sentence(expected, text) + ", already used on line \(keys.line(at: first))",
                 expected: expected, found: text)
        }
    }

    /// A second record with the same values in every `unique` field is an error on the last of them.
    private mutating func checkUniqueFields() {
        var values: [String] = []
        for j in uniqueSlots {
            guard let v = bytes(j) else { return }
            values.append(Self.isASCII(v.bytes) ? String(decoding: v.bytes, as: UTF8.self) : VietText.nfc(utf8: v.bytes))
        }
        guard let last = uniqueSlots.last, let first = keys.insertIfNew(Self.joinedKey(values), line: record.line) else { return }
        let named = zip(uniqueSlots, values).map { "\(names[$0.0]) \($0.1)" }.joined(separator: " and ")
        fail(last, .duplicateRecord, line(last), .value,
             "a second \(schema.name) with \(named): the same as the record on line \(keys.line(at: first)); one is enough",
             found: values.last)
    }

    private mutating func noteUnknown(_ field: RawField) {
        if field.name.first == UInt8(ascii: "%") { return }
        let name = String(decoding: field.name, as: UTF8.self)
        if let seen = unknown[name] {
            unknown[name] = (seen.line, seen.count + 1, seen.excerpt)
        } else {
            let excerpt = ExcerptBuilder.excerpt(record.lineBytes(from: field.lineStart),
                                                 lineStart: record.base + field.lineStart, anchor: .fieldName)
            unknown[name] = (field.line, 1, excerpt)
            unknownOrder.append(name)
        }
    }
}

extension RawRecordDecoder {
    /// Gives the problems from `start` on the excerpts of their lines.
    mutating func attachExcerpts(since start: Int, _ lines: LineFinder) {
        if start < problems.count { lines.attach(&problems, from: start) }
    }
}

extension RawRecordDecoder {
    /// `expected …, got "…"`, the shape of every value problem.
    static func sentence(_ expected: String, _ found: String) -> String {
        "expected \(expected), got \"\(found)\""
    }
}

extension RawRecordDecoder.Mark {
    /// The mark of a boundary after an insertion that added `keys` keys and nothing else to this
    /// set, where the insertion put it.
    func shifted(_ s: LineShift, keys added: Int) -> RawRecordDecoder.Mark {
        var m = self
        m.keys += added
        m.unchecked = unchecked.mapValues { (s.line($0.line), $0.count) }
        m.unknown = unknown.mapValues { (s.line($0.line), $0.count, $0.excerpt) }
        return m
    }

    /// True when `later`, taken after this mark, differs from it only by keys: how many.
    func keysAdded(by later: RawRecordDecoder.Mark) -> Int? {
        guard later.problems == problems, later.dangling == dangling, later.unknownOrder == unknownOrder,
              later.unchecked.mapValues(\.count) == unchecked.mapValues(\.count),
              later.unknown.mapValues(\.count) == unknown.mapValues(\.count) else { return nil }
        return later.keys - keys
    }
}
