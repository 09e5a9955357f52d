/// The records that name another one: what must go before it may (a learner's enrollments, a branch's awards).

import Recfile

/// A record named by others cannot be taken out without leaving them pointing at nothing. The
/// schema says which fields name which set (`%type: Branch rec Branch`); besides those, an
/// enrollment is what its learner's attendance in the class stands on.
enum RecordReferences {
    /// The records of `files` that name `record` (a record of `set`), counted by set and file.
    /// Counted in the files as they will be once `record` is gone, so that another copy of it, or
    /// records taken out together with it, are accounted for.
    static func naming(_ record: [(name: String, value: String)], of set: SetSchema,
                       in files: [String: [UInt8]]) -> [StoreChangeError.Reference] {
        var wanted: [(set: SetSchema, match: [(String, String)])] = []
        if let key = set.key, let value = record.first(where: { $0.name == key })?.value {
            for other in StoreSchema.sets {
                for field in other.fields where field.type == .reference(set: set.name) {
                    wanted.append((other, [(field.name, value)]))
                }
            }
        }
        if set.name == "Enrollment", let attendance = StoreSchema.set(named: "Attendance"),
           let course = record.first(where: { $0.name == "Class" })?.value,
           let learner = record.first(where: { $0.name == "Learner" })?.value {
            let pair = [("Class", course), ("Learner", learner)]
            let stillEnrolled = parsed(set.file, files)?.records(of: set.name).contains { r in pair.allSatisfy { r.value($0.0) == $0.1 } } ?? false
            if !stillEnrolled { wanted.append((attendance, pair)) }
        }
        var out: [StoreChangeError.Reference] = []
        var cache: [String: RecFile] = [:]
        for (other, match) in wanted {
            guard let file = cache[other.file] ?? parsed(other.file, files) else { continue }
            cache[other.file] = file
            let count = file.records(of: other.name).count { r in match.allSatisfy { r.value($0.0) == $0.1 } }
            guard count > 0 else { continue }
            if let i = out.firstIndex(where: { $0.set == other.name && $0.file == other.file }) {
                out[i].count += count
            } else {
                out.append(StoreChangeError.Reference(set: other.name, file: other.file, count: count))
            }
        }
        return out
    }

    private static func parsed(_ name: String, _ files: [String: [UInt8]]) -> RecFile? {
        files[name].map { RecParser.parse($0, file: name) }
    }
}
