/// The record decoder over raw records: the same checks as `RecordDecoder`, reading values from their bytes.

import VietText
import Recfile

/// Decodes the records of one set straight from the reader's bytes: `begin` checks presence, keys and
/// unknown fields, then typed accessors read values and report bad ones, making a String only for
/// text that is kept (or shown in a problem). Its problems, in order, are those `RecordDecoder`
/// reports for the same records. A record with any error is not valid and must be left out.
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
    private var slots: [Int]
    let names: [String]
    private let packedNames: [PackedName]
    private let mandatory: [Int]
    private let repeatable: [Bool]
    private let keySlot: Int
    private let keyIsInt: Bool
    /// The day the schema's "not in the future" limits are read against.
    let today: CalendarDate
    /// The whole numbers and days each field allows beyond its type (`FieldSpec.bound`), on `today`.
    private let numberRanges: [ClosedRange<Int>?]
    private let dayRanges: [ClosedRange<CalendarDate>?]
    /// The current record's key as a String, made once for the key check and the model.
    private var keyText: String?
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

    /// Makes room for the keys of `count` records.
    mutating func reserveKeys(_ count: Int) {
        keys.reserve(count)
    }

    /// Forgets every record read, for a reader of another piece of the file; the schema stays.
    mutating func restart() {
        problems.removeAll(keepingCapacity: true)
        isValid = true
        keys = KeyTable()
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

    mutating func rollback(to mark: Mark) {
        problems.removeSubrange(mark.problems...)
        keys.removeLast(downTo: mark.keys)
        dangling.removeSubrange(mark.dangling...)
        unchecked = mark.unchecked
        unknown = mark.unknown
        unknownOrder = mark.unknownOrder
    }

    // MARK: - Values

    /// The trimmed, non-empty bytes of field `j` and its line.
    func bytes(_ j: Int) -> (bytes: UnsafeBufferPointer<UInt8>, line: Int)? {
        guard j >= 0, slots[j] >= 0 else { return nil }
        let field = record.fields[slots[j]]
        let trimmed = Self.trimmed(field.value)
        return trimmed.isEmpty ? nil : (trimmed, field.line)
    }

    /// The trimmed, non-empty text of field `j` and its line.
    func value(_ j: Int) -> (text: String, line: Int)? {
        guard let v = bytes(j) else { return nil }
        return (VietText.nfc(utf8: v.bytes), v.line)
    }

    /// The trimmed text of a field, or nil when it is absent or empty (or holds a control
    /// character, which is an error on the field).
    mutating func text(_ j: Int) -> String? {
        if j == keySlot, let keyText { return keyText }
        return checkedText(j).map { VietText.nfc(utf8: $0) }
    }

    /// The same, sharing one String per distinct value through `interner`. A value seen before
    /// was checked then; a value with a control character is never kept, so each use is reported.
    mutating func text(_ j: Int, _ interner: inout Interner) -> String? {
        guard let v = bytes(j) else { return nil }
        if let known = interner.existing(v.bytes) { return known }
        return checkedText(j).map { interner($0) }
    }

    /// The trimmed bytes of field `j` unless they hold a control character: then the field is
    /// an error whose caret points at the character, and the record is not read.
    private mutating func checkedText(_ j: Int) -> UnsafeBufferPointer<UInt8>? {
        guard let v = bytes(j) else { return nil }
        guard let control = ControlCharacters.first(in: v.bytes) else { return v.bytes }
        let name = String(format: "U+%04X", control.scalar)
        let offset = record.base + (v.bytes.baseAddress.map { $0 - record.bytes.baseAddress! } ?? 0) + control.index
        let inBuffer = v.bytes.baseAddress.map { $0 >= record.bytes.baseAddress! && $0 < record.bytes.baseAddress! + record.bytes.count } ?? false
        fail(j, .badValue, v.line, inBuffer ? .byte(offset) : .value,
             "holds a control character (\(name), shown as \u{FFFD}): a value is text a person typed; "
                + "remove the character, it may have come from a damaged or hostile file",
             expected: "text without control characters", found: shownWithReplacements(v.bytes))
        return nil
    }

    /// Every non-empty value of a repeatable field, in file order.
    func texts(_ j: Int) -> [String] {
        guard j >= 0 else { return [] }
        let name = packedNames[j]
        return record.fields.filter { PackedName($0.name) == name }.map { Self.trimmed($0.value) }
            .filter { !$0.isEmpty }.map { VietText.nfc(utf8: $0) }
    }

    /// A whole number within the field's bound. A field written with an empty value is an error, as
    /// `recfix` has it ("invalid integer"), not an absent field.
    mutating func int(_ j: Int) -> Int? {
        guard let v = bytes(j) else { return emptyNumber(j) }
        guard let n = ValueText.int(v.bytes) else { return bad(j, v) }
        if j >= 0, let range = numberRanges[j], !range.contains(n) { return outOfBounds(j, v) }
        return n
    }

    mutating func date(_ j: Int) -> CalendarDate? {
        guard let v = bytes(j) else { return nil }
        guard let d = Self.isoDate(v.bytes) else { return bad(j, v) }
        if j >= 0, let range = dayRanges[j], !range.contains(d) { return outOfBounds(j, v) }
        return d
    }

    mutating func time(_ j: Int) -> ClockTime? {
        typed(j) { ClockTime(text: $0) }
    }

    mutating func dateTime(_ j: Int) -> DateAndTime? {
        typed(j) { DateAndTime(text: $0) }
    }

    mutating func choice<E>(_ j: Int, _ table: ChoiceTable<E>) -> E? {
        guard let v = bytes(j) else { return nil }
        if let e = table.match(v.bytes) { return e }
        if !Self.isASCII(v.bytes) {
            var text = VietText.nfc(utf8: v.bytes)
            if let e = text.withUTF8({ table.match($0) }) { return e }
        }
        return bad(j, v)
    }

    /// The key of a record of another set; `targets` are that set's keys (nil: its file is missing, so unchecked).
    mutating func reference(_ j: Int, in targets: KeyTable?) -> String? {
        guard let v = bytes(j) else { return nil }
        guard let targets else {
            noteUnchecked(j, v.line)
            return VietText.nfc(utf8: v.bytes)
        }
        if Self.isASCII(v.bytes) {
            if let i = targets.find(v.bytes) { return targets.key(at: i) }
            let text = String(decoding: v.bytes, as: UTF8.self)
            dangling(j, text, v.line)
            return text
        }
        let text = VietText.nfc(utf8: v.bytes)
        if let i = targets.find(text) { return targets.key(at: i) }
        dangling(j, text, v.line)
        return text
    }

    /// A reference to a set whose key is a whole number (AgendaLog.Seq → Agenda.Seq).
    mutating func intReference(_ j: Int, in targets: KeyTable?) -> Int? {
        guard let n = int(j), let v = bytes(j) else { return nil }
        if targets == nil { noteUnchecked(j, v.line) }
        if let targets, targets.find(String(n)) == nil { dangling(j, String(n), v.line, found: VietText.nfc(utf8: v.bytes)) }
        return n
    }

    // MARK: - Private

    private mutating func typed<T>(_ j: Int, _ parse: (String) -> T?) -> T? {
        guard let v = value(j) else { return nil }
        if let parsed = parse(v.text) { return parsed }
        let expected = schema.fields[j].expectation
        fail(j, .badValue, v.line, .value, RawRecordDecoder.sentence(expected, v.text), expected: expected, found: v.text)
        return nil
    }

    /// Reports a value its field's type does not allow; always nil.
    private mutating func bad<T>(_ j: Int, _ v: (bytes: UnsafeBufferPointer<UInt8>, line: Int)) -> T? {
        let text = VietText.nfc(utf8: v.bytes)
        let expected = schema.fields[j].expectation
        fail(j, .badValue, v.line, .value, RawRecordDecoder.sentence(expected, text), expected: expected, found: text)
        return nil
    }

    /// Reports a value its type allows and its field's bound does not; always nil.
    private mutating func outOfBounds<T>(_ j: Int, _ v: (bytes: UnsafeBufferPointer<UInt8>, line: Int)) -> T? {
        let text = VietText.nfc(utf8: v.bytes)
        let expected = schema.fields[j].bound?.expectation(today: today) ?? schema.fields[j].expectation
        fail(j, .badValue, v.line, .value, RawRecordDecoder.sentence(expected, text), expected: expected, found: text)
        return nil
    }

    /// Reports an optional number field that is there with nothing in it (a mandatory one was
    /// reported by `begin`); always nil.
    private mutating func emptyNumber<T>(_ j: Int) -> T? {
        guard j >= 0, slots[j] >= 0, !schema.fields[j].isMandatory else { return nil }
        let expected = schema.fields[j].expectation
        fail(j, .badValue, record.fields[slots[j]].line, .value, RawRecordDecoder.sentence(expected, ""),
             expected: expected, found: "")
        return nil
    }

    /// A reference into a set whose file is missing.
    private mutating func noteUnchecked(_ j: Int, _ line: Int) {
        guard case .reference(let set) = schema.fields[j].type else { return }
        let first = unchecked[set]
        unchecked[set] = (first?.line ?? line, (first?.count ?? 0) + 1)
    }

    private mutating func dangling(_ j: Int, _ key: String, _ line: Int, found: String? = nil) {
        guard case .reference(let set) = schema.fields[j].type else { return }
        dangling.append(key)
        let shown = found ?? key
        let target = StoreSchema.set(named: set)
        let expected = "the \(target?.key ?? "key") of \(set.first.map { "AEIOU".contains($0) } == true ? "an" : "a") \(set) record in \(target?.file ?? "the store")"
        fail(j, .danglingReference, line, .value, RawRecordDecoder.sentence(expected, shown) + "; there is none",
             expected: expected, found: shown)
    }

    private mutating func checkKey() {
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

    // MARK: - Bytes

    private static func isBlank(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    static func isBlank(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        u.allSatisfy(isBlank)
    }

    /// Without leading and trailing spaces, tabs and line breaks.
    static func trimmed(_ u: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = u.count
        while start < end, isBlank(u[start]) { start += 1 }
        while end > start, isBlank(u[end - 1]) { end -= 1 }
        if start == 0, end == u.count { return u }
        return UnsafeBufferPointer(rebasing: u[start..<end])
    }

    static func isASCII(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = u.count
        if let base = u.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                i += 8
            }
        }
        while i < n {
            if u[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// Exactly `YYYY-MM-DD` with ASCII digits, a real day; as `CalendarDate(iso:)` reads it.
    static func isoDate(_ u: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
              let y = digits(u, 0, 4), let m = digits(u, 5, 2), let d = digits(u, 8, 2) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    private static func digits(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var n = 0
        for i in start..<(start + count) {
            let d = u[i] &- 0x30
            guard d <= 9 else { return nil }
            n = n * 10 + Int(d)
        }
        return n
    }
}

extension RawRecordDecoder {
    /// Gives the problems from `start` on the excerpts of their lines.
    mutating func attachExcerpts(since start: Int, _ lines: LineFinder) {
        if start < problems.count { lines.attach(&problems, from: start) }
    }
}

/// The value as text with its control characters shown as U+FFFD, for a problem's `found`.
private func shownWithReplacements(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(String.UnicodeScalarView(String(decoding: bytes, as: UTF8.self).unicodeScalars.map {
        ($0.value < 0x20 && $0 != "\t") || (0x7F...0x9F).contains($0.value) ? "\u{FFFD}" : $0
    }))
}

extension RawRecordDecoder {
    /// `expected …, got "…"`, the shape of every value problem.
    static func sentence(_ expected: String, _ found: String) -> String {
        "expected \(expected), got \"\(found)\""
    }
}
