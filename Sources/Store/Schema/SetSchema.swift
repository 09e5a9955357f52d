/// One record set of the store: its name, the file it lives in, its key and its fields.

/// A record set (`%rec: Award`) as the schema declares it.
public struct SetSchema: Hashable, Sendable {
    /// The `%rec:` name, such as `Award`.
    public var name: String
    /// The store file that holds the set, such as `awards.rec`.
    public var file: String
    /// The field that identifies a record, unique within the set; nil for sets without a key.
    public var key: String?
    /// In the order records are written: key first.
    public var fields: [FieldSpec]
    /// What one record stands for, in a sentence, for the file's header comment.
    public var summary: String
    /// For a set without a key: fields whose values together no two records may share (a learner
    /// is enrolled in a class once); empty when records may repeat.
    public var unique: [String]

    public init(name: String, file: String, key: String?, summary: String, unique: [String] = [], fields: [FieldSpec]) {
        self.name = name
        self.file = file
        self.key = key
        self.summary = summary
        self.unique = unique
        self.fields = fields
    }

    /// The position of the field called `name` in `fields`.
    public func index(of name: String) -> Int? {
        fields.firstIndex { $0.name == name }
    }

    /// The field called `name`.
    public func field(_ name: String) -> FieldSpec? {
        index(of: name).map { fields[$0] }
    }

    /// The names of the mandatory fields, key included, in field order.
    var mandatoryFields: [String] {
        fields.filter(\.isMandatory).map(\.name)
    }
}
