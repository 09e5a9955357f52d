/// A list made ready to import: the file read, each column's encoding found, the columns matched, the rows read and planned against the store, the store's check run.

import Store
import VietText

/// Everything `hoctap import` (and, later, the app) needs between the file and the write. Nothing
/// is written until `write(in:)`, which writes every record of the rows kept in one
/// `StoreWrite.add` under the store's lock (one step for `hoctap undo`).
public struct ListImport: Sendable {
    public let path: String
    /// Where the rows came from ("Excel (.xlsx), trang tính "DS"" …).
    public let source: String
    public let map: ColumnMap
    /// The encoding found (or forced) for each column whose text needed one, by column.
    public let encodings: [Int: LegacyEncoding]
    /// The header's text by column (the lower row of a two-row header).
    public let header: [String]
    /// The file's number of each row of the table.
    public let rowNumbers: [Int]
    /// An assessment sheet's criteria set.
    public let criteria: CriteriaSet?
    public var plan: ImportPlan

    /// Reads `path` and plans its rows against the store in `folder`.
    /// - Parameters:
    ///   - mapping: the `--map` pairs (column header or letters, field).
    ///   - encoding: `--encoding`, overruling the guess for every column.
    /// - Throws: `ImportFileError` (the file, its header, an option), `StoreError` (the store).
    public static func prepare(path: String, sheet: String? = nil, mapping: [(column: String, field: String)] = [],
                               encoding: LegacyEncoding? = nil, options: ImportOptions, folder: String) throws -> ListImport {
        let raw = try ImportFile.read(path: path, sheet: sheet)
        let (table, encodings) = ColumnEncoding.decode(raw, forced: encoding)
        let snapshot = try StoreLoader.load(directory: folder)
        var assessment: AssessmentSheet?
        if options.kind == .assessments {
            let sets = snapshot.criteriaSets.map(\.id).joined(separator: ", ")
            guard let id = options.setId else {
                throw ImportFileError.badOption("cần --set MÃ-BỘ-TIÊU-CHÍ (bộ tiêu chí của các điểm trong tệp); kho có: \(sets)")
            }
            guard let set = snapshot.criteriaSets.first(where: { $0.id.lowercased() == id.lowercased() }) else {
                throw ImportFileError.badOption("--set \(id): không có bộ tiêu chí này trong kho (criteria.rec); kho có: \(sets)")
            }
            assessment = AssessmentSheet(set: set, snapshot: snapshot)
        }
        let map = try ColumnMap.find(in: table, kind: options.kind, mapping: mapping, path: path,
                                     items: assessment?.set.items ?? [])
        if let id = options.classId, !snapshot.classes.contains(where: { $0.id == id }) {
            throw ImportFileError.badOption("\(options.audience == .dialog ? "Lớp" : "--class") \(id): không có lớp này trong kho (classes.rec)")
        }
        if let id = options.branchId, !snapshot.branches.contains(where: { $0.id == id }) {
            throw ImportFileError.badOption("\(options.audience == .dialog ? "Chi hội" : "--branch") \(id): không có chi hội này trong kho (branches.rec)")
        }
        let reader = RowReader(map: map, options: options, branches: snapshot.branches, classes: snapshot.classes, sheet: assessment)
        let (rows, passed) = reader.read(table)
        var plan = ImportPlan(rows: rows, passed: passed, snapshot: snapshot, options: options)
        try plan.check(in: folder)
        let header = (0..<table.width).map { ColumnMap.headerText(table, map.headerRows.upperBound, $0) }
        return ListImport(path: path, source: raw.source, map: map, encodings: encodings, header: header,
                          rowNumbers: table.rowNumbers, criteria: assessment?.set, plan: plan)
    }

    /// Writes the records of every row not refused (all rows must pass unless `skipBad`), in one
    /// write under the store's lock, journaled for undo as one step.
    /// - Throws: what `StoreWrite.performed` throws (the store refused under the lock: nothing written).
    public func write(in folder: String, skipBad: Bool) throws -> StoreWriteReport? {
        precondition(skipBad || plan.refused.isEmpty, "rows are refused: nothing may be written")
        let (records, _) = plan.records(excluding: plan.refused)
        guard !records.isEmpty else { return nil }
        // The preview's check stands when the store's files are byte for byte those it read.
        return try StoreWrite.add(records).performed(in: folder, now: plan.options.now, checked: plan.checked)
    }
}
