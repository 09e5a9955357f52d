/// Checks records of one set against the schema and reads their typed values, collecting located problems.

import Recfile

/// Decodes the records of one set, one at a time: `begin` checks presence, keys and unknown fields,
/// then typed accessors read values and report bad ones. A record with any error is not valid and
/// must be left out of the model. Field positions come from `subscript(name)`, resolved once.
struct RecordDecoder {
    let schema: SetSchema
    let file: String
    private(set) var problems: [StoreProblem] = []
    /// False once the current record has an error.
    private(set) var isValid = true
    /// Every key the set has used, valid record or not, with the line of its first use. References
    /// are checked against this, so a record left out for a bad value does not also break its referrers.
    private(set) var keys: [String: Int] = [:]
    private(set) var record = RecRecord(set: nil, line: 0, fields: [])
    private var slots: [Int]
    let names: [String]
    private let mandatory: [Int]
    private let repeatable: [Bool]
    private let keySlot: Int
    private let keyIsInt: Bool
    private var unknown: [String: (line: Int, count: Int)] = [:]
    private var unknownOrder: [String] = []

    init(_ schema: SetSchema, file: String) {
        self.schema = schema
        self.file = file
        names = schema.fields.map(\.name)
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
    mutating func begin(_ record: RecRecord) {
        self.record = record
        isValid = !record.hasSyntaxErrors
        for j in slots.indices { slots[j] = -1 }
        var hint = 0
        for (i, field) in record.fields.enumerated() {
            let j: Int
            if hint < names.count, names[hint] == field.name {
                j = hint
            } else if let found = names.firstIndex(of: field.name) {
                j = found
            } else {
                noteUnknown(field)
                continue
            }
            hint = j + 1
            if slots[j] < 0 {
                slots[j] = i
            } else if !repeatable[j] {
                let first = record.fields[slots[j]].line
                add(.warning, .repeatedField, field.line, field.name, .value,
                    "may be given once; only the first (line \(first)) is used")
            }
        }
        for j in mandatory {
            if slots[j] < 0 {
                fail(j, .missingField, record.line, .lineStart, "missing; every \(schema.name) record needs it")
            } else if ValueText.isBlank(record.fields[slots[j]].value) {
                fail(j, .missingField, record.fields[slots[j]].line, .value, "is empty; every \(schema.name) record needs it")
            }
        }
        checkKey()
    }

    /// Lets go of the current record, so the reader can reuse its storage for the next one.
    mutating func release() {
        record = RecRecord(set: nil, line: 0, fields: [])
    }

    /// Makes room for about `count` keys at once, rather than growing the table step by step.
    mutating func reserveKeys(_ count: Int) {
        if keySlot >= 0 { keys.reserveCapacity(count) }
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

    /// Ends the set: one warning per unknown field, at its first use, with how many records have it.
    mutating func finish() {
        for name in unknownOrder {
            guard let seen = unknown[name] else { continue }
            let times = seen.count == 1 ? "once" : "\(seen.count) times"
            add(.warning, .unknownField, seen.line, name, .fieldName,
                "not a field of \(schema.name) records (seen \(times)); kept in the file, not read")
        }
        unknown.removeAll()
        unknownOrder.removeAll()
    }

    /// The trimmed, non-empty value of field `j` and its line.
    func value(_ j: Int) -> (text: String, line: Int)? {
        guard j >= 0, slots[j] >= 0 else { return nil }
        let field = record.fields[slots[j]]
        let text = ValueText.trimmed(field.value)
        return text.isEmpty ? nil : (text, field.line)
    }

    // MARK: - Private

    private mutating func checkKey() {
        guard keySlot >= 0, let v = value(keySlot) else { return }
        let key = keyIsInt ? (ValueText.int(v.text).map(String.init) ?? v.text) : v.text
        if let first = keys[key] {
            let expected = "\(names[keySlot] == "Seq" ? "a Seq" : "an \(names[keySlot])") no other \(schema.name) record uses"
            fail(keySlot, .duplicateKey, v.line, .value,
                 Self.sentence(expected, v.text) + ", already used on line \(first)", expected: expected, found: v.text)
        } else {
            keys[key] = v.line
        }
    }

    private mutating func noteUnknown(_ field: RecField) {
        if field.name.utf8.first == UInt8(ascii: "%") { return }
        if let seen = unknown[field.name] {
            unknown[field.name] = (seen.line, seen.count + 1)
        } else {
            unknown[field.name] = (field.line, 1)
            unknownOrder.append(field.name)
        }
    }
}
