/// Reads typed values from one record, turning a missing field or a bad value into a located problem.

import Foundation

/// Typed access to a record's fields for the model readers. Values are trimmed of surrounding blanks;
/// each absence or bad value becomes a problem with the file, line and field name.
struct FieldReader {
    let file: String
    let record: RecRecord
    /// The record set's name, for messages ("every Campaign record needs it").
    let setName: String
    private(set) var problems: [StoreProblem] = []

    init(file: String, record: RecRecord, setName: String) {
        self.file = file
        self.record = record
        self.setName = setName
    }

    /// The first value of a single-valued field; nil (and a problem if required) when missing or empty.
    mutating func text(_ name: String, required: Bool) -> String? {
        let found = record.fields.filter { $0.name == name }
        guard let first = found.first else {
            if required { error(record.line, name, "missing; every \(setName) record needs it") }
            return nil
        }
        if found.count > 1 {
            problems.append(StoreProblem(
                file: file, line: found[1].line, severity: .warning, field: name,
                message: "given \(found.count) times; only the first (line \(first.line)) is used"))
        }
        let value = Self.trimmed(first.value)
        if value.isEmpty {
            if required { error(first.line, name, "is empty; every \(setName) record needs it") }
            return nil
        }
        return value
    }

    /// Every non-empty value of a repeatable field, in file order.
    func texts(_ name: String) -> [String] {
        record.values(name).map(Self.trimmed).filter { !$0.isEmpty }
    }

    /// A `YYYY-MM-DD` date.
    mutating func date(_ name: String, required: Bool) -> CalendarDate? {
        guard let text = text(name, required: required) else { return nil }
        if let date = CalendarDate(iso: text) { return date }
        error(line(of: name), name, "expected a real date written YYYY-MM-DD, such as 2022-10-06; got \"\(text)\"")
        return nil
    }

    /// An `HH:MM` time of day.
    mutating func time(_ name: String, required: Bool) -> ClockTime? {
        guard let text = text(name, required: required) else { return nil }
        if let time = ClockTime(text: text) { return time }
        error(line(of: name), name, "expected a time written HH:MM between 00:00 and 23:59, such as 07:30; got \"\(text)\"")
        return nil
    }

    /// The line of the first field called `name`, else the record's own line.
    func line(of name: String) -> Int {
        record.field(name)?.line ?? record.line
    }

    mutating func error(_ line: Int, _ field: String?, _ message: String) {
        problems.append(StoreProblem(file: file, line: line, severity: .error, field: field, message: message))
    }

    static func trimmed(_ value: String) -> String {
        value.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
