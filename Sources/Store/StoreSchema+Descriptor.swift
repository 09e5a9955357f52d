/// The schema written as recutils descriptors (`%rec`, `%key`, `%mandatory`, `%type`) and file headers.

import Recfile

extension StoreSchema {
    /// The `%type` spelling of HH:MM times: recutils has no time type.
    static let timeRegexp = "regexp /^[0-2][0-9]:[0-5][0-9]$/"

    /// What each file holds, for its header comment.
    static let fileSummaries: [String: String] = [
        "campaign.rec": "the Lifelong Learning Week campaign, its targets, the ward's indicators and the ceremony agenda",
        "ceremony.rec": "the ceremony's progress, append-only; the last record is the agenda item under way",
        "classes.rec": "the classes, trainings and clubs of the center",
        "learners.rec": "the learners; BirthYear, BirthDate and Phone are private",
        "attendance.rec": "enrollments (one per learner-turn) and the sessions each learner attended",
        "branches.rec": "the branches of the Study Promotion Association and the ward's clans",
        "awards.rec": "the awards handed out by the branches; amounts in whole đồng",
        "funds.rec": "gifts to the study-promotion fund; amounts in whole đồng",
        "titles.rec": "learning titles of each school year: families, communities and units recognised, of how many",
    ]

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

    /// A whole file with no records: a comment saying what the file holds, then the descriptor of
    /// each of its sets, each followed by a blank line (so records can be appended after the last).
    /// Empty for a file the schema does not know.
    public static func fileHeader(for file: String) -> String {
        let sets = sets(in: file)
        guard !sets.isEmpty else { return "" }
        var text = "# \(file): \(fileSummaries[file] ?? sets.map(\.summary).joined(separator: "; ")).\n"
        text += "# The fields of each set are described in the README's store section.\n\n"
        for set in sets {
            text += descriptorText(for: set) + "\n"
        }
        return text
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
