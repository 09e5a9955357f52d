/// The typed accessors of the record decoder: text, numbers, dates, times, enumerations and references.

import Recfile

extension RecordDecoder {
    /// The trimmed text of a field, or nil when it is absent or empty.
    mutating func text(_ j: Int) -> String? {
        value(j)?.text
    }

    /// Every non-empty value of a repeatable field, in file order.
    func texts(_ j: Int) -> [String] {
        guard j >= 0 else { return [] }
        return record.fields.filter { $0.name == names[j] }.map { ValueText.trimmed($0.value) }.filter { !$0.isEmpty }
    }

    mutating func int(_ j: Int) -> Int? {
        typed(j) { ValueText.int($0) }
    }

    mutating func date(_ j: Int) -> CalendarDate? {
        typed(j) { CalendarDate(iso: $0) }
    }

    mutating func time(_ j: Int) -> ClockTime? {
        typed(j) { ClockTime(text: $0) }
    }

    mutating func dateTime(_ j: Int) -> DateAndTime? {
        typed(j) { DateAndTime(text: $0) }
    }

    mutating func choice<E: RawRepresentable>(_ j: Int, _: E.Type) -> E? where E.RawValue == String {
        typed(j) { E(rawValue: $0) }
    }

    /// The key of a record of another set; `targets` are that set's keys (nil: its file is missing, so unchecked).
    mutating func reference(_ j: Int, in targets: [String: Int]?) -> String? {
        guard let v = value(j) else { return nil }
        if let targets, targets[v.text] == nil { dangling(j, v) }
        return v.text
    }

    /// A reference to a set whose key is a whole number (AgendaLog.Seq → Agenda.Seq).
    mutating func intReference(_ j: Int, in targets: [String: Int]?) -> Int? {
        guard let n = int(j), let v = value(j) else { return nil }
        if let targets, targets[String(n)] == nil { dangling(j, v) }
        return n
    }

    // MARK: - Private

    private mutating func typed<T>(_ j: Int, _ parse: (String) -> T?) -> T? {
        guard let v = value(j) else { return nil }
        if let parsed = parse(v.text) { return parsed }
        let expected = schema.fields[j].expectation
        fail(j, .badValue, v.line, .value, Self.sentence(expected, v.text), expected: expected, found: v.text)
        return nil
    }

    private mutating func dangling(_ j: Int, _ v: (text: String, line: Int)) {
        guard case .reference(let set) = schema.fields[j].type else { return }
        let target = StoreSchema.set(named: set)
        let expected = "the \(target?.key ?? "key") of \(set.first.map { "AEIOU".contains($0) } == true ? "an" : "a") \(set) record in \(target?.file ?? "the store")"
        fail(j, .danglingReference, v.line, .value, Self.sentence(expected, v.text) + "; there is none",
             expected: expected, found: v.text)
    }

    /// `expected …, got "…"`, the shape of every value problem.
    static func sentence(_ expected: String, _ found: String) -> String {
        "expected \(expected), got \"\(found)\""
    }
}
