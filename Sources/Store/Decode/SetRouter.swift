/// Decides which record set each record of a file belongs to, and reports records and sets that fit nowhere.

import Recfile

/// Routes a file's records to the schema's sets. A record before any `%rec` line belongs to the
/// file's set when the file has one; in a file of several sets it is an error. A set the schema
/// does not have and a set that belongs in another file are both errors (a stray `%rec:` in the
/// middle of a file takes every record after it out of the tallies). Either way its records are
/// not read, and the message says how many were left out.
struct SetRouter {
    let file: String
    let sets: [String]
    private(set) var problems: [StoreProblem] = []
    private var strays: [String: Int] = [:]

    init(file: String) {
        self.file = file
        sets = StoreSchema.sets(in: file).map(\.name)
    }

    /// The schema set of `record`, or nil when it is not to be read.
    mutating func set(of record: RecRecord) -> String? {
        guard let name = record.set else {
            if sets.count == 1 { return sets[0] }
            var p = StoreProblem(
                file: file, line: record.line, severity: .error,
                message: "this record comes before any \"%rec:\" line, but \(file) holds several record sets ("
                    + sets.joined(separator: ", ") + "); put it after the \"%rec:\" line of its set",
                kind: .outsideSet, expected: "a record after a \"%rec:\" line")
            p.anchor = .lineStart
            problems.append(p)
            return nil
        }
        if sets.contains(name) { return name }
        strays[name, default: 0] += 1
        return nil
    }

    /// Reports each descriptor of a set that is not read here, with how many records it held.
    mutating func finish(_ descriptors: [RecDescriptor]) {
        for d in descriptors where !sets.contains(d.name) {
            let count = strays[d.name] ?? 0
            let records = count == 1 ? "its 1 record is left out and not counted"
                : "its \(count) records are left out and not counted"
            var p: StoreProblem
            if let home = StoreSchema.set(named: d.name)?.file {
                p = StoreProblem(file: file, line: d.line, severity: .error, field: "%rec",
                                 message: "the \(d.name) records belong in \(home), not in \(file); \(records)",
                                 kind: .unknownSet)
            } else {
                p = StoreProblem(file: file, line: d.line, severity: .error, field: "%rec",
                                 message: "\(d.name) is not a record set of the store (\(file) holds "
                                    + sets.joined(separator: ", ") + "); \(records)",
                                 kind: .unknownSet)
            }
            p.anchor = .value
            problems.append(p)
        }
    }
}
