/// A change the dashboard asks of the store: records to add together, a record to edit or take out, an undo, or the next year's store.

/// What a form or a key in the dashboard wants written. The dashboard only describes the change;
/// the program carries it out with `StoreWrite.perform(in:now:)` under the store's lock, checking
/// it against the store exactly as `hoctap add` does.
public enum StoreWrite: Hashable, Sendable {
    /// New records, checked together and written in order, or none of them.
    case add([NewRecord])
    /// Takes out the one record of `set` whose fields have exactly the given values (an
    /// attendance un-marked). The file is rewritten through a temporary file and a rename.
    case remove(set: String, matching: [NewRecord.Field])
    /// Changes the given fields of the record of `set` named `id` (`RecordEdit`; `""` removes an
    /// optional field).
    case edit(set: String, id: String, fields: [NewRecord.Field])
    /// Takes out the record of `set` named `id` (`RecordRemoval`), refused while others name it.
    case removeRecord(set: String, id: String)
    /// Takes back the last write not yet taken back (`StoreUndo`).
    case undo
    /// A new store folder for the next school year, seeded from this one (`NewYearSeed`); this
    /// store is only read.
    case seedYear(folder: String, year: SchoolYear)
}

/// A record to add: its set, the fields the clerk gave, and fields to copy from an earlier
/// record of the same write once that record's id is assigned (a new learner's id into the
/// enrollment that names them).
public struct NewRecord: Hashable, Sendable {
    public struct Field: Hashable, Sendable {
        public var name: String
        public var value: String
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// A field whose value is another record's field: `field` ← records[`record`].`from`.
    public struct Link: Hashable, Sendable {
        public var field: String
        public var record: Int
        public var from: String
        public init(field: String, record: Int, from: String) {
            self.field = field
            self.record = record
            self.from = from
        }
    }

    /// The set's name (`Award`, `Learner`, `Enrollment` …).
    public var set: String
    public var fields: [Field]
    public var links: [Link]

    public init(set: String, fields: [Field], links: [Link] = []) {
        self.set = set
        self.fields = fields
        self.links = links
    }
}
