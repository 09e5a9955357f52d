/// The store records a plan writes, for the rows not refused, each record noted with the row it comes from.

import Store
import VietText

extension ImportPlan {
    /// The records to add for every entry that writes and is not in `excluded`, in row order, and
    /// the entry each record belongs to. A person met twice in the list is added once, at the first
    /// row kept; an enrollment names its learner by id, or by a link to the learner added with it.
    public func records(excluding excluded: Set<Int> = []) -> (records: [NewRecord], owners: [Int]) {
        // The store checked these very records last (`check(in:)`): made once, not three times.
        if let checked, checkedExclusion == excluded { return (checked.records, checkedOwners) }
        var records: [NewRecord] = []
        var owners: [Int] = []
        var learnerRecord: [String: Int] = [:]
        for (i, entry) in entries.enumerated() where entry.writes && !excluded.contains(i) && entry.row.problems.isEmpty {
            let row = entry.row
            switch options.kind {
            case .learners, .enrollments:
                var learner: NewRecord.Link?
                let learnerId = entry.existingLearner
                if learnerId == nil, let name = row.value("Name") {
                    let key = entry.personKey ?? Self.personKey(name, row.value("BirthYear").flatMap { Int($0) })
                    if let made = learnerRecord[key] {
                        learner = NewRecord.Link(field: "Learner", record: made, from: "Id")
                    } else {
                        learnerRecord[key] = records.count
                        learner = NewRecord.Link(field: "Learner", record: records.count, from: "Id")
                        records.append(NewRecord(set: "Learner", fields: row.fields))
                        owners.append(i)
                    }
                }
                if entry.enrolls, let classId = row.classId {
                    var fields = [NewRecord.Field("Class", classId)]
                    if let learnerId { fields.append(NewRecord.Field("Learner", learnerId)) }
                    if let date = row.enrollDate { fields.append(NewRecord.Field("Date", date)) }
                    records.append(NewRecord(set: "Enrollment", fields: fields, links: learner.map { [$0] } ?? []))
                    owners.append(i)
                }
            case .awards:
                records.append(NewRecord(set: "Award", fields: row.fields))
                owners.append(i)
            case .donations:
                records.append(NewRecord(set: "Donation", fields: row.fields))
                owners.append(i)
            case .assessments:
                records.append(NewRecord(set: "Assessment", fields: row.fields))
                owners.append(i)
            }
        }
        return (records, owners)
    }

    /// How many records of each set the entries not in `excluded` add, by set name.
    public func counts(excluding excluded: Set<Int>) -> [String: Int] {
        var out: [String: Int] = [:]
        for record in records(excluding: excluded).records { out[record.set, default: 0] += 1 }
        return out
    }
}
