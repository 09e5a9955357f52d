/// The schema written as recutils descriptors (`%rec`, `%key`, `%mandatory`, `%type`) and file headers.

import Recfile

extension StoreSchema {
    /// The `%type` spelling of HH:MM times: recutils has no time type.
    static let timeRegexp = "regexp /^[0-2][0-9]:[0-5][0-9]$/"

    /// The descriptor of one set, one `%` line each, ending with a line break. For example:
    ///
    ///     %rec: Award
    ///     %doc: an award handed out by a branch
    ///     %key: Id
    ///     %mandatory: Date Recipient Kind Category Branch
    ///     %type: Date date
    ///     …
    public static func descriptorText(for set: SetSchema) -> String {
        var lines = ["%rec: \(set.name)", "%doc: \(set.summary)"]
        if let key = set.key { lines.append("%key: \(key)") }
        let mandatory = set.mandatoryFields.filter { $0 != set.key }
        if !mandatory.isEmpty { lines.append("%mandatory: " + mandatory.joined(separator: " ")) }
        // Fields of the same type share one %type line, in the order the type first appears.
        var groups: [(spec: String, fields: [String])] = []
        for field in set.fields {
            guard let spec = recType(of: field.type) else { continue }
            if let i = groups.firstIndex(where: { $0.spec == spec }) {
                groups[i].fields.append(field.name)
            } else {
                groups.append((spec, [field.name]))
            }
        }
        for group in groups {
            lines.append("%type: " + group.fields.joined(separator: ",") + " " + group.spec)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The descriptor of the set called `name`; nil for a name the schema does not know.
    public static func descriptorText(forSet name: String) -> String? {
        set(named: name).map { descriptorText(for: $0) }
    }

    /// The recutils `%type` of a field type; nil for free text, which needs no declaration.
    /// A reference is typed like the key it points to when recutils can check that (an int key),
    /// and as `rec SET` otherwise (recutils accepts it without checking that the record exists).
    static func recType(of type: FieldType) -> String? {
        switch type {
        case .text: return nil
        case .int: return "int"
        case .date, .dateTime: return "date"
        case .time: return timeRegexp
        case .enumeration(let values): return "enum " + values.joined(separator: " ")
        case .reference(let target):
            if let keyed = set(named: target), let key = keyed.key, let keyType = keyed.field(key)?.type,
               keyType != .text, let spelled = recType(of: keyType) {
                return spelled
            }
            return "rec \(target)"
        }
    }
}
