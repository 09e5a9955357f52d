/// The plan's records checked by the store, as `hoctap add` checks one, and each refusal given back to its row and column in Vietnamese.

import Store
import VietText

extension ImportPlan {
    /// The entries refused, by the cells or by the store.
    public var refused: Set<Int> { Set(entries.indices.filter { entries[$0].isRefused }) }

    /// Checks the records against the store in `folder` (`RecordBatch.preview`, no lock, nothing
    /// written) and notes each refusal on its row. Rows are checked again without the refused ones
    /// until no new refusal appears, so that what `--skip-bad` would write is known to pass.
    public mutating func check(in folder: String) throws {
        for _ in 0..<4 {
            let excluded = refused
            let (records, owners) = records(excluding: excluded)
            guard !records.isEmpty else { return }
            let batch = try RecordBatch.preview(records, in: folder, now: options.now)
            checked = batch
            checkedExclusion = excluded
            checkedOwners = owners
            guard !batch.refusals.isEmpty else { return }
            for (index, refusal) in batch.refusals.sorted(by: { $0.key < $1.key }) {
                let owner = owners[index]
                // An enrollment whose learner was refused just above fails for that reason alone.
                if case .unmade = refusal, !entries[owner].storeProblems.isEmpty { continue }
                entries[owner].storeProblems += problems(refusal, row: entries[owner].row)
            }
        }
    }

    /// How the preview names a field that no column gave.
    func filledIn(_ field: String) -> String {
        switch field {
        case "Date": return "ngày (không có cột; mặc định \(options.hint(.date)) hoặc hôm nay)"
        case "Branch": return "chi hội (\(options.hint(.branch)))"
        case "SchoolYear": return "năm học (\(options.hint(.year)))"
        case "Class": return "lớp (\(options.hint(.classId)))"
        default: return field
        }
    }

    /// A refusal of the store worded for the row: the column the field came from, the store's reason.
    func problems(_ refusal: RecordBatch.Refusal, row: ImportRow) -> [RowProblem] {
        switch refusal {
        case .unmade(let error):
            return [RowProblem(row: row.number, column: nil, reason: "kho không nhận bản ghi: \(error.description)")]
        case .problems(let problems):
            return problems.map { p in
                // A field no column gave was filled in: say so, with the option that sets it.
                let column = p.field.map { row.sources[$0] ?? filledIn($0) }
                return RowProblem(row: row.number, column: column, reason: ProblemWording.message(p, .vi))
            }
        }
    }
}
