/// A record set descriptor: the `%rec:` record that names a set and declares its rules.

/// A record set descriptor: the record holding `%rec:` (first, by convention), with its `%key`, `%mandatory`, `%type`…
public struct RecDescriptor: Hashable, Sendable {
    /// The record set's name: the first word of `%rec:`.
    public var name: String
    /// The 1-based line of the descriptor's first field.
    public var line: Int
    /// All of the descriptor's fields, in file order.
    public var fields: [RecField]

    public init(name: String, line: Int, fields: [RecField]) {
        self.name = name
        self.line = line
        self.fields = fields
    }
}

extension RecDescriptor: RecFieldLookup {}
