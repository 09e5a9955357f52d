/// Looking fields up by name, for records and descriptors alike.

public protocol RecFieldLookup {
    /// The fields, in file order.
    var fields: [RecField] { get }
}

extension RecFieldLookup {
    /// The first field called `name`, with its line.
    public func field(_ name: String) -> RecField? {
        fields.first { $0.name == name }
    }

    /// The value of the first field called `name`.
    public func value(_ name: String) -> String? {
        field(name)?.value
    }

    /// The values of every field called `name`, in file order (repeatable fields, `%type` lines).
    public func values(_ name: String) -> [String] {
        fields.filter { $0.name == name }.map(\.value)
    }
}
