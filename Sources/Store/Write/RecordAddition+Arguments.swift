/// Reads `--Name value` and `--Name=value` words into a set's fields, by the schema's field names.

extension RecordAddition {
    /// The fields named by `arguments`, spelled as the schema spells them (`--seq` is `Seq`),
    /// in the order given. A value may start with `--` only in the `--Name=value` form.
    /// - Throws: `RecordAdditionError` for an unknown field, a missing value, a stray word, or a
    ///   field given twice that is not repeatable.
    public static func fields(from arguments: [String], for set: SetSchema) throws -> [(name: String, value: String)] {
        var out: [(name: String, value: String)] = []
        var i = 0
        while i < arguments.count {
            let word = arguments[i]
            guard word.hasPrefix("--"), word.count > 2 else { throw RecordAdditionError.unexpectedArgument(word) }
            let body = word.dropFirst(2)
            let given: String
            let value: String
            if let eq = body.firstIndex(of: "=") {
                given = String(body[..<eq])
                value = String(body[body.index(after: eq)...])
                i += 1
            } else {
                given = String(body)
                guard i + 1 < arguments.count else { throw RecordAdditionError.missingValue(given) }
                value = arguments[i + 1]
                i += 2
            }
            if let extra = extraField(given, in: set) {
                guard !out.contains(where: { $0.name == extra }) else { throw RecordAdditionError.repeatedField(extra) }
                out.append((extra, value))
                continue
            }
            guard let spec = field(given, in: set) else {
                throw RecordAdditionError.unknownField(given, set: set.name, known: set.fields.map(\.name) + extraFields(of: set))
            }
            if !spec.isRepeatable, out.contains(where: { $0.name == spec.name }) {
                throw RecordAdditionError.repeatedField(spec.name)
            }
            out.append((spec.name, value))
        }
        return out
    }

    /// The field called `name`, matched exactly first, then ignoring ASCII case.
    static func field(_ name: String, in set: SetSchema) -> FieldSpec? {
        set.field(name) ?? set.fields.first { $0.name.lowercased() == name.lowercased() }
    }
}
