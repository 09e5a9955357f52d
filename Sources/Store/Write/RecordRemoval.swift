/// One record taken out of its file, refused while other records name it.

import Recfile

/// The removal of the record of `set` named `id`, with the text of its file once it is out.
public struct RecordRemoval: Sendable {
    public let set: SetSchema
    public let label: RecordLabel
    /// The record taken out.
    public let record: RecordText
    /// The whole text of `set.file` without it.
    public let contents: [UInt8]
    /// The record's lines as they were in the file, byte for byte (what an undo puts back).
    let taken: [UInt8]

    /// - Throws: `StoreChangeError`: the record is not found, or other records name it (a
    ///   learner's enrollments and attendance, a class's enrollments, a branch's awards, donations
    ///   and titles, an agenda item's steps, an enrollment's attendance): they must go first.
    public init(set: SetSchema, id: String, files: [String: [UInt8]]) throws {
        let found = try RecordIdentity.record(id, of: set, in: files[set.file])
        let label = RecordLabel(set: set, record: found)
        var after = files
        after[set.file] = RecordLines.removing(found, from: files[set.file] ?? [])
        let fields = found.fields.map { (name: $0.name, value: $0.value) }
        let references = RecordReferences.naming(fields, of: set, in: after)
        guard references.isEmpty else { throw StoreChangeError.referenced(label, by: references) }
        do {
            record = try RecordText(found)
        } catch let error as RecWriterError {
            throw StoreChangeError.invalid(label, problems: [RefusalLine(vi: error.description, en: error.description)])
        }
        self.set = set
        self.label = label
        self.contents = after[set.file] ?? []
        self.taken = Array((files[set.file] ?? [])[RecordLines.span(of: found, in: files[set.file] ?? [])])
    }
}

extension RecordRemoval {
    /// The removal as the store in `folder` stands now, read without the lock: what to show the
    /// clerk before asking. Nothing is written; the removal itself reads and checks again.
    public static func preview(set: SetSchema, id: String, in folder: String) throws -> RecordRemoval {
        try FileAccess.checkFolder(folder)
        return try RecordRemoval(set: set, id: id, files: try LockedStore.readFiles(in: folder))
    }
}
