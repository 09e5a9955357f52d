/// One record changed in place: the fields the clerk gave replace the record's own, checked as an addition is.

import Recfile

/// An edit of the record of `set` named `id`, with the text of its file once edited. Made from
/// the store's files as read under the store's lock (`RecordEdit.edit`), like an addition.
public struct RecordEdit: Sendable {
    public let set: SetSchema
    public let label: RecordLabel
    /// The record as it was, and as it will be written.
    public let old: RecordText
    public let record: RecordText
    /// The whole text of `set.file` with the record changed.
    public let contents: [UInt8]
    /// The record's lines as they were in the file, byte for byte (what an undo puts back).
    let replaced: [UInt8]

    /// Changes the fields `given` names: a value replaces the field's (every value of a
    /// repeatable field given replaces all of its values), `""` removes an optional field, and a
    /// field the record lacks goes where the schema orders it. Fields the schema does not know
    /// (a clerk's own column) stay as they are.
    /// - Throws: `StoreChangeError` (the record is not found, the key or a mandatory field is
    ///   touched, the result breaks the store: on the record's lines, or records of other files
    ///   that named it, such as attendance on a session the class no longer has),
    ///   `RecordAdditionError` for a phone number.
    public init(set: SetSchema, id: String, given: [(name: String, value: String)], files: [String: [UInt8]], now: String) throws {
        guard !given.isEmpty else { throw StoreChangeError.noFields }
        let bytes = files[set.file]
        let found = try RecordIdentity.record(id, of: set, in: bytes)
        let label = RecordLabel(set: set, record: found)
        for (name, value) in given {
            if RecordIdentity.fields(of: set)?.contains(name) == true { throw StoreChangeError.identityField(name) }
            if value.isEmpty, set.field(name)?.isMandatory == true { throw StoreChangeError.mandatoryField(name) }
        }
        var changes = given
        try RecordAddition.tidyPhone(&changes, set: set)
        RecordAddition.tidyText(&changes, set: set, kind: found.value("Kind"))
        let fields = Self.changed(found.fields.map { ($0.name, $0.value) }, by: changes, set: set)
        guard let bytes else { throw StoreChangeError.notFound(set: set.name, id: id, file: set.file) }
        let span = RecordLines.span(of: found, in: bytes)
        do {
            old = try RecordText(found)
            record = try RecordText(fields)
        } catch let error as RecWriterError {
            throw StoreChangeError.invalid(label, problems: [RefusalLine(vi: error.description, en: error.description)])
        }
        guard record.bytes != Array(bytes[span]) else { throw StoreChangeError.unchanged(label) }
        var after = files
        after[set.file] = Array(bytes[..<span.lowerBound]) + record.bytes + bytes[span.upperBound...]
        let checked = RecordCheck.check(in: set.file, lines: RecordCheck.lines(of: record.bytes, from: found.line),
                                        files: after, now: now)
        guard checked.errors.isEmpty else {
            throw StoreChangeError.invalid(label, problems: checked.errors.map(RefusalLine.init))
        }
        let broken = RecordCheck.newErrors(outside: set.file, in: checked.snapshot, before: files, now: now)
        guard broken.isEmpty else { throw StoreChangeError.breaksOthers(label, problems: broken) }
        self.set = set
        self.label = label
        self.contents = after[set.file] ?? []
        self.replaced = Array(bytes[span])
    }

    /// `fields` with `changes` made: each field named takes its place (the first of its old
    /// values, or after the last field the schema puts before it), an empty value none.
    static func changed(_ fields: [(name: String, value: String)], by changes: [(name: String, value: String)],
                        set: SetSchema) -> [(name: String, value: String)] {
        var out = fields
        var names: [String] = []
        for change in changes where !names.contains(change.name) { names.append(change.name) }
        for name in names {
            let values = changes.filter { $0.name == name && !$0.value.isEmpty }.map { (name: name, value: $0.value) }
            let at: Int
            if let first = out.firstIndex(where: { $0.name == name }) {
                at = first
            } else {
                let order = set.index(of: name) ?? Int.max
                at = (out.lastIndex { (set.index(of: $0.name) ?? Int.max) < order }).map { $0 + 1 } ?? 0
            }
            let before = out[..<at].filter { $0.name != name }
            let after = out[at...].filter { $0.name != name }
            out = Array(before) + values + Array(after)
        }
        return out
    }
}
