/// The schema as Markdown, one table per file, for the store section of the README.

import Recfile

extension StoreSchema {
    /// Every file, set and field: type, whether mandatory (*), repeatable or private, and what it holds.
    static func documentation() -> String {
        var out = ""
        for file in files {
            out += "### \(file)\n\n\(fileSummary(file)).\n\n"
            for set in sets(in: file) {
                let key = set.key.map { ", key `\($0)`" } ?? ", no key"
                out += "**\(set.name)**: \(set.summary)\(key).\n\n"
                out += "| field | type | notes |\n|---|---|---|\n"
                for f in set.fields {
                    var notes: [String] = []
                    if f.isMandatory { notes.append("mandatory") }
                    if f.isRepeatable { notes.append("repeatable") }
                    if f.isPrivate { notes.append("private") }
                    if !f.summary.isEmpty { notes.append(f.summary) }
                    out += "| `\(f.name)`\(f.isMandatory ? "*" : "") | \(typeName(f.type)) | \(notes.joined(separator: "; ")) |\n"
                }
                out += "\n"
            }
        }
        return out
    }

    /// How the type reads in the documentation.
    static func typeName(_ type: FieldType) -> String {
        switch type {
        case .text: return "text"
        case .int: return "int"
        case .date: return "date `YYYY-MM-DD`"
        case .time: return "time `HH:MM`"
        case .dateTime: return "date and time `YYYY-MM-DD HH:MM`"
        case .enumeration(let values): return "one of " + values.map { "`\($0)`" }.joined(separator: " ")
        case .reference(let set): return "→ \(set)"
        }
    }
}
