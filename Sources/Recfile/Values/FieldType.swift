/// The kinds of value a store field may hold, as the schema declares them.

/// What a field's value must look like. Each kind has a recutils `%type` spelling (see `StoreSchema`).
public enum FieldType: Hashable, Sendable {
    /// Any text.
    case text
    /// A whole number in ASCII digits, with an optional leading minus: `2700`, `500000`.
    case int
    /// An ISO day, `YYYY-MM-DD`.
    case date
    /// A time of day, `HH:MM`.
    case time
    /// A day and a time to the minute, `YYYY-MM-DD HH:MM`.
    case dateTime
    /// One of a fixed list of ASCII words.
    case enumeration([String])
    /// The key of a record in another set (a foreign key).
    case reference(set: String)

    /// How the clerk reads the rule, for messages: "expected …".
    public var expectation: String {
        switch self {
        case .text: return "some text"
        case .int: return "a whole number in digits only, such as 2700"
        case .date: return "a real date written YYYY-MM-DD, such as 2022-10-06"
        case .time: return "a time written HH:MM between 00:00 and 23:59, such as 07:30"
        case .dateTime: return "a date and time written YYYY-MM-DD HH:MM, such as 2022-10-06 07:31"
        case .enumeration(let values): return "one of " + values.joined(separator: ", ")
        case .reference(let set): return "the key of \(set.first.map { "AEIOU".contains($0) } == true ? "an" : "a") \(set) record"
        }
    }
}
