/// Fields and records as read from a recfile, each with the line it starts on.

/// One `Name: value` field. Continuation lines are already joined into `value`.
public struct RecField: Hashable, Sendable {
    public var name: String
    public var value: String
    /// The 1-based line of the field's `Name:`.
    public var line: Int

    public init(name: String, value: String, line: Int) {
        self.name = name
        self.value = value
        self.line = line
    }
}

/// One record: a paragraph of fields, in file order, in the record set of the descriptor above it.
public struct RecRecord: Hashable, Sendable {
    /// The `%rec:` name of the descriptor the record follows; nil before any descriptor.
    public var set: String?
    /// The 1-based line of the record's first field.
    public var line: Int
    public var fields: [RecField]
    /// The reader reported an error inside this record (a stray line, bytes that are not UTF-8):
    /// the decoder leaves such a record out.
    public var hasSyntaxErrors: Bool

    public init(set: String?, line: Int, fields: [RecField], hasSyntaxErrors: Bool = false) {
        self.set = set
        self.line = line
        self.fields = fields
        self.hasSyntaxErrors = hasSyntaxErrors
    }
}

extension RecRecord: RecFieldLookup {}
