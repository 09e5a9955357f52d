/// Which column holds what: the header row found under any title rows, two-row headers under merged cells combined, unknown columns listed, `--map` applied.

import Store
import VietText

/// The columns of a list as the import reads them.
public struct ColumnMap: Sendable {
    /// One column the import reads.
    public struct Column: Sendable {
        public var index: Int
        public var header: String
        public var field: ImportField
    }

    /// The rows of the header (one, or two when merged cells sit over sub-headers), in the table.
    public var headerRows: ClosedRange<Int>
    /// The columns read, in order.
    public var columns: [Column]
    /// Columns with a header the import does not know, left out.
    public var unknown: [(index: Int, header: String)]
    /// Columns the import knows but this kind of list does not use (or a second column of one field).
    public var unused: [(index: Int, header: String)]
    /// An assessment sheet's score columns: the column, its header, and the item's position in its set.
    public var items: [(index: Int, header: String, item: Int)] = []

    /// The column of `field`, if the list has one.
    public func column(_ field: ImportField) -> Column? { columns.first { $0.field == field } }

    /// How many rows above the header are looked at for it.
    static let searchedRows = 12

    /// Finds the header of `table` (decoded) for a list of `kind`. `mapping` holds the `--map`
    /// pairs: a header (spelled any way) or a column's letters, and a field (a store field name such
    /// as `BirthYear`, or `-` to leave the column out).
    /// - Throws: `ImportFileError.noHeader` when no row holds the columns the kind needs,
    ///   `.badOption` for a `--map` that names no column or no field.
    /// `items` are the criteria of an assessment sheet's set, whose columns are found by code or text.
    public static func find(in table: ImportTable, kind: ImportKind, mapping: [(column: String, field: String)],
                            path: String, items: [Criterion] = []) throws -> ColumnMap {
        let wanted = try mapping.map { pair -> (key: String, field: ImportField?) in
            let field: ImportField?
            if ["-", "", "bo", "bỏ"].contains(pair.field.lowercased()) {
                field = nil
            } else if let known = ImportField.named(pair.field) {
                field = known
            } else {
                throw ImportFileError.badOption("--map \"\(pair.column)=\(pair.field)\": không có trường \"\(pair.field)\"; "
                    + "dùng tên trường của kho (Name, Gender, BirthYear, Neighborhood, Organization, Phone, Category, Amount, "
                    + "Date, Branch, Sponsor, SchoolYear, Kind, Purpose, Class, Learner, School) hoặc \"-\" để bỏ cột")
            }
            return (pair.column, field)
        }
        let top = min(table.rows.count, searchedRows)
        var best: (row: Int, score: Int)?
        for r in 0..<top {
            let score = (0..<table.width).reduce(0) { count, c in
                let text = headerText(table, r, c)
                let mapped = wanted.contains { HeaderKey.fold($0.key) == HeaderKey.fold(text) && !text.isEmpty }
                let item = !items.isEmpty && ItemColumn.match(text, items: items) != nil
                return count + (ImportField.matching(text) != nil || mapped || item ? 1 : 0)
            }
            if score > (best?.score ?? 0) { best = (r, score) }
        }
        let expected = kind.required.map(\.1).joined(separator: " và ")
        guard let header = best?.row else { throw ImportFileError.noHeader(path: path, expected: expected) }
        let twoRows = hasSubHeader(table, below: header)
        var map = ColumnMap(headerRows: header...(twoRows ? header + 1 : header), columns: [], unknown: [], unused: [])
        var used: Set<ImportField> = []
        for c in 0..<table.width {
            let parent = headerText(table, header, c)
            let sub = twoRows ? headerText(table, header + 1, c) : ""
            var label = parent
            var field: ImportField? = ImportField.matching(parent)
            if !sub.isEmpty, sub != parent {
                label = parent.isEmpty ? sub : parent + " / " + sub
                let below = ImportField.matching(sub)
                if below == .male || below == .female {
                    field = field == .birth ? (below == .male ? .birthMale : .birthFemale) : below
                } else {
                    field = below ?? field
                }
            }
            let letters = CellReference.letters(c)
            if let rule = wanted.first(where: { rule in
                let key = HeaderKey.fold(rule.key)
                return !key.isEmpty && [label, parent, sub].contains { HeaderKey.fold($0) == key }
            }) ?? wanted.first(where: { $0.key.uppercased() == letters }) {
                if let forced = rule.field {
                    field = forced
                } else {
                    continue
                }
            }
            guard !label.isEmpty || field != nil else { continue }
            let shown = label.isEmpty ? "cột \(letters)" : label
            if kind == .assessments, field == nil || field == .sequence || field == .male,
               let item = ItemColumn.match(sub.isEmpty ? parent : sub, items: items) ?? ItemColumn.match(label, items: items) {
                if map.items.contains(where: { $0.item == item }) { map.unused.append((c, shown)) } else { map.items.append((c, shown, item)) }
                continue
            }
            guard let found = field else {
                map.unknown.append((c, shown))
                continue
            }
            if found == .sequence { continue }
            guard kind.fields.contains(found), !used.contains(found) else {
                map.unused.append((c, shown))
                continue
            }
            used.insert(found)
            map.columns.append(Column(index: c, header: shown, field: found))
        }
        for rule in wanted {
            let key = HeaderKey.fold(rule.key)
            let named = (0..<table.width).contains { c in
                [headerText(table, header, c), twoRows ? headerText(table, header + 1, c) : ""].contains { HeaderKey.fold($0) == key }
                    || CellReference.letters(c) == rule.key.uppercased()
            }
            if !named {
                throw ImportFileError.badOption("--map \"\(rule.key)=…\": dòng tiêu đề (dòng \(table.rowNumbers[header])) "
                    + "không có cột \"\(rule.key)\"")
            }
        }
        if kind == .assessments {
            let named = map.column(.name) != nil || map.column(.subjectId) != nil || map.column(.learnerId) != nil
            if !named || map.items.isEmpty {
                throw ImportFileError.noHeader(path: path, expected: "\"Họ và tên\" hoặc \"Mã\", và một cột điểm cho mỗi chỉ tiêu "
                    + "(tiêu đề là mã chỉ tiêu: \"1\", \"Chỉ tiêu 1\", \"CT 2.1\" …)")
            }
        }
        let missing = kind.required.filter { map.column($0.0) == nil }
        if !missing.isEmpty {
            throw ImportFileError.noHeader(path: path, expected: missing.map(\.1).joined(separator: " và "))
        }
        return map
    }

    /// A header cell's text; a cell covered by a merged range has the text of the range's first cell.
    static func headerText(_ table: ImportTable, _ row: Int, _ column: Int) -> String {
        var cell = table.cell(row, column)
        if cell.isEmpty, let range = table.merges.first(where: {
            (($0.firstRow)...($0.lastRow)).contains(row) && (($0.firstColumn)...($0.lastColumn)).contains(column)
        }) {
            cell = table.cell(range.firstRow, range.firstColumn)
        }
        switch cell {
        case .text(let t): return VietText.spaced(t)
        case .number(let n, _): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        default: return ""
        }
    }

    /// Whether the row under the header holds sub-headers: merged cells start on the header row
    /// and span columns or rows, or the row below names only "Nam" and "Nữ".
    static func hasSubHeader(_ table: ImportTable, below header: Int) -> Bool {
        guard header + 1 < table.rows.count else { return false }
        let spanning = table.merges.contains { $0.firstRow == header && ($0.lastColumn > $0.firstColumn || $0.lastRow > header) }
        let texts = table.rows[header + 1].map { cell -> String in
            if case .text(let t) = cell { return HeaderKey.exact(t) }
            return cell.isEmpty ? "" : "#"
        }.filter { !$0.isEmpty }
        let genderOnly = !texts.isEmpty && texts.allSatisfy { ["nam", "nữ", "nu"].contains($0) }
        if genderOnly { return true }
        guard spanning else { return false }
        // Under merged headers, a row of sub-headers is text that is not a data row's: no number.
        return !texts.isEmpty && !texts.contains("#")
    }
}
