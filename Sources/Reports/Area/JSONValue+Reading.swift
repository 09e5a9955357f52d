/// Reading a `JSONValue` back: a member by its key, a number, a string, the members of an object.

extension JSONValue {
    /// The value of `key` in an object; nil for a missing key or another kind of value.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The number, or nil.
    public var int: Int? {
        if case .int(let n) = self { return n }
        return nil
    }

    /// The string, or nil.
    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// An object's members in order; empty for anything else.
    public var members: [(String, JSONValue)] {
        if case .object(let m) = self { return m }
        return []
    }

    /// An array's items; empty for anything else.
    public var items: [JSONValue] {
        if case .array(let a) = self { return a }
        return []
    }

    /// An object of numbers as a dictionary (other values left out).
    var intMap: [String: Int] {
        var map: [String: Int] = [:]
        for (k, v) in members { if let n = v.int { map[k] = n } }
        return map
    }
}
