/// The data rows under a list's header read into store fields, row by row, each bad cell named with its row, its column and the reason.

import Store
import VietText

/// Reads the rows below the header with the columns `map` found. Rows with nothing in the columns
/// read are passed over, as are a row of column numbers ("(1) (2) (3)") and a total row ("Tổng
/// cộng"); every other row gives an `ImportRow`, refused or not.
struct RowReader {
    let map: ColumnMap
    let options: ImportOptions
    let branches: [Branch]
    let classes: [Course]
    /// For an assessment sheet: its set and the subjects its rows may name.
    var sheet: AssessmentSheet?

    /// "Tổng cộng", "Tổng", "Cộng", "Tổng số …": the label of a totals row.
    static func isTotalLabel(_ text: String) -> Bool {
        let key = HeaderKey.fold(text)
        return key.hasPrefix("tongcong") || key == "tong" || key == "cong" || key.hasPrefix("tongso")
    }

    /// The rows read, and the rows passed over with the reason.
    func read(_ table: ImportTable) -> (rows: [ImportRow], passed: [RowProblem]) {
        var rows: [ImportRow] = []
        var passed: [RowProblem] = []
        for r in (map.headerRows.upperBound + 1)..<max(map.headerRows.upperBound + 1, table.rows.count) {
            let number = table.rowNumbers[r]
            let cells = map.columns.map { table.cell(r, $0.index) }
            guard cells.contains(where: { !$0.isEmpty }) else { continue }
            let name = map.column(.name).flatMap { CellValues.text(table.cell(r, $0.index)) } ?? ""
            // The label is in the name's column, or, with no name, in another (the STT column, merged
            // over the name's, as the project's own sheets write it).
            let labels = name.isEmpty ? table.rows[r].indices.compactMap { CellValues.text(table.cell(r, $0)) } : [name]
            if labels.contains(where: Self.isTotalLabel) {
                passed.append(RowProblem(row: number, column: nil, reason: "dòng tổng, không phải một người"))
                continue
            }
            let texts = cells.compactMap(CellValues.text)
            if texts.allSatisfy({ t in t.allSatisfy { $0.isNumber || $0 == "(" || $0 == ")" } }),
               name.allSatisfy({ $0.isNumber || $0 == "(" || $0 == ")" }), texts.count > 1,
               texts.contains(where: { $0.hasPrefix("(") }) || Set(texts).count == texts.count && texts.count == map.columns.count {
                passed.append(RowProblem(row: number, column: nil, reason: "dòng đánh số cột"))
                continue
            }
            var row = ImportRow(number: number)
            func cell(_ field: ImportField) -> (ImportCell, String)? {
                map.column(field).map { (table.cell(r, $0.index), $0.header) }
            }
            switch options.kind {
            case .learners, .enrollments:
                readPerson(&row, cell)
                if options.kind == .enrollments || options.classId != nil { readEnrollment(&row, cell) }
            case .awards:
                readAward(&row, cell)
            case .donations:
                readDonation(&row, cell)
            case .assessments:
                if let sheet { readAssessment(&row, cell, table: table, r: r, sheet: sheet) }
            }
            rows.append(row)
        }
        return (rows, passed)
    }

    private typealias Cells = (ImportField) -> (ImportCell, String)?

    /// Name, gender, birth, neighbourhood, organisation (or school), phone.
    private func readPerson(_ row: inout ImportRow, _ cell: Cells) {
        readName(&row, cell, field: "Name")
        var gender: (Gender, String)?
        if let (c, header) = cell(.gender), let text = CellValues.text(c) {
            if let g = CellValues.gender(text) { gender = (g, header) } else {
                row.refuse(header, "không rõ giới tính \"\(text)\": cần Nam hoặc Nữ")
            }
        }
        let male = cell(.male).map { (CellValues.isMarked($0.0), $0.1) }
        let female = cell(.female).map { (CellValues.isMarked($0.0), $0.1) }
        if male?.0 == true, female?.0 == true {
            row.refuse(female?.1, "đánh dấu cả Nam và Nữ")
        } else if let female, female.0 {
            gender = (.female, female.1)
        } else if let male, male.0 {
            gender = (.male, male.1)
        }
        var birth: (ImportCell, String)?
        let underMale = cell(.birthMale).flatMap { $0.0.isEmpty ? nil : $0 }
        let underFemale = cell(.birthFemale).flatMap { $0.0.isEmpty ? nil : $0 }
        if underMale != nil, let underFemale {
            row.refuse(underFemale.1, "có năm sinh ở cả cột Nam và cột Nữ")
        } else if let underMale {
            birth = underMale
            gender = (.male, underMale.1)
        } else if let underFemale {
            birth = underFemale
            gender = (.female, underFemale.1)
        }
        if let gender { row.set("Gender", gender.0.rawValue, from: gender.1) }
        if let (c, header) = birth ?? cell(.birth), !c.isEmpty {
            if let found = CellValues.birth(c, pivot: options.pivot) {
                row.set("BirthYear", String(found.year), from: header)
                if let date = found.date { row.set("BirthDate", date.description, from: header) }
            } else {
                row.refuse(header, "không đọc được ngày/năm sinh \"\(CellValues.text(c) ?? "")\": cần năm (1985) "
                    + "hoặc ngày (06/10/1985)")
            }
        }
        if let (c, header) = cell(.neighborhood), let text = CellValues.text(c) { row.set("Neighborhood", text, from: header) }
        if let (c, header) = cell(.organization) ?? cell(.school), let text = CellValues.text(c) {
            row.set("Organization", text, from: header)
        }
        if let (c, header) = cell(.phone), let text = CellValues.text(c) {
            if let digits = VietText.phoneNumber(text) { row.set("Phone", digits, from: header) } else {
                row.refuse(header, "\"\(text)\" không phải số điện thoại Việt Nam: di động 10 số bắt đầu 03, 05, 07, 08, 09 "
                    + "hoặc số bàn 11 số bắt đầu 02")
            }
        }
    }

    /// The class (a column, else `--class`), the learner's id when given, the enrollment's date.
    private func readEnrollment(_ row: inout ImportRow, _ cell: Cells) {
        if let (c, header) = cell(.classId) ?? cell(.className), let text = CellValues.text(c) {
            if let id = Self.resolve(text, ids: classes.map(\.id), names: classes.map(\.name)) {
                row.classId = id
                row.sources["Class"] = header
            } else {
                row.refuse(header, "không có lớp \"\(text)\" trong kho (classes.rec): ghi mã lớp (như LH01) hoặc tên lớp")
            }
        } else if let id = options.classId {
            row.classId = id
        } else {
            row.refuse(nil, "không biết ghi danh vào lớp nào: thêm cột \"Mã lớp\" hoặc \(options.hint(.classId))")
        }
        if let (c, header) = cell(.learnerId), let text = CellValues.text(c) {
            row.learnerId = text
            row.sources["Learner"] = header
        }
        if let (c, header) = cell(.date), !c.isEmpty {
            if let day = CellValues.date(c, pivot: options.pivot) {
                row.enrollDate = day.description
                row.sources["Date"] = header
            } else {
                row.refuse(header, Self.badDate(c))
            }
        }
    }

    private func readAward(_ row: inout ImportRow, _ cell: Cells) {
        readName(&row, cell, field: "Recipient")
        var kind = RecipientKind.student
        if let (c, header) = cell(.recipientKind), let text = CellValues.text(c) {
            if let found = Self.recipientKind(text) { kind = found; row.sources["Kind"] = header } else {
                row.refuse(header, "không rõ đối tượng \"\(text)\": học sinh, gia đình, dòng họ, công dân hoặc đơn vị")
            }
        }
        row.set("Kind", kind.rawValue, from: nil)
        if let (c, header) = cell(.achievement), let text = CellValues.text(c) {
            row.set("Category", text, from: header)
        } else {
            row.refuse(map.column(.achievement)?.header, "để trống: mỗi khen thưởng cần thành tích (danh hiệu)")
        }
        readDate(&row, cell)
        readBranch(&row, cell, required: true)
        readAmount(&row, cell, required: false)
        if let (c, header) = cell(.sponsor), let text = CellValues.text(c) { row.set("Sponsor", text, from: header) }
        if let (c, header) = cell(.schoolYear), let text = CellValues.text(c) {
            if let year = CellValues.schoolYear(text) { row.set("SchoolYear", year.description, from: header) } else {
                row.refuse(header, "không đọc được năm học \"\(text)\": cần dạng 2022-2023")
            }
        } else if let year = options.year {
            row.set("SchoolYear", year.description, from: nil)
        }
        if let (c, header) = cell(.className), let text = CellValues.text(c) { row.set("Class", text, from: header) }
        if let (c, header) = cell(.school), let text = CellValues.text(c) { row.set("School", text, from: header) }
    }

    private func readDonation(_ row: inout ImportRow, _ cell: Cells) {
        readName(&row, cell, field: "Donor")
        readDate(&row, cell)
        readAmount(&row, cell, required: true)
        if let (c, header) = cell(.purpose), let text = CellValues.text(c) { row.set("Purpose", text, from: header) }
        readBranch(&row, cell, required: false)
    }

    /// The subject (by id or by name), a score a column for each item found (a blank cell is "not
    /// scored", written `-`), the assessor and the date; the set and the calendar year from the options.
    private func readAssessment(_ row: inout ImportRow, _ cell: Cells, table: ImportTable, r: Int, sheet: AssessmentSheet) {
        let idCell = cell(.subjectId) ?? cell(.learnerId)
        let id = idCell.flatMap { CellValues.text($0.0) }
        let name = cell(.name).flatMap { CellValues.text($0.0) }
        let born = cell(.birth).flatMap { CellValues.birth($0.0, pivot: options.pivot)?.year }
        switch sheet.resolve(id: id, name: name, birthYear: born) {
        case .success(let subject):
            row.set("Subject", subject.id, from: id != nil ? idCell?.1 : cell(.name)?.1)
            row.label = subject.name
        case .failure(let failure):
            row.refuse(id != nil ? idCell?.1 : map.column(.name)?.header, sheet.words(failure))
        }
        row.set("Set", sheet.set.id, from: nil)
        row.set("Year", String(options.assessmentYear), from: nil)
        var scores = [String](repeating: "-", count: sheet.set.items.count)
        for column in map.items {
            let item = sheet.set.items[column.item]
            let c = table.cell(r, column.index)
            guard !c.isEmpty else { continue }
            let text = CellValues.text(c) ?? ""
            guard let score = Int(text), score >= 0, text.allSatisfy(\.isASCII) else {
                row.refuse(column.header, "\"\(text)\" không phải số điểm: cần số nguyên từ 0"
                    + (item.maximum.map { " đến \($0)" } ?? ""))
                continue
            }
            if !item.isComplete {
                row.refuse(column.header, "chỉ tiêu \(item.code) của bộ \(sheet.set.id) chưa có nội dung (cần bổ sung theo văn bản "
                    + "hiện hành): để trống ô này")
            } else if let max = item.maximum, score > max {
                row.refuse(column.header, "\(score) điểm: chỉ tiêu \(item.code) tối đa \(max) điểm")
            } else {
                scores[column.item] = String(score)
            }
        }
        row.set("Scores", scores.joined(separator: ","), from: map.items.first?.header)
        let values = scores.map { Int($0) }
        row.summary = "\(sheet.set.total(values))/\(sheet.set.maximum) điểm — \(sheet.set.result(of: values).vietnamese)"
        if let (c, header) = cell(.assessor), let text = CellValues.text(c) { row.set("Assessor", text, from: header) }
        // An assessment without a date column has none: the day it was scored is not known.
        readDate(&row, cell, defaulted: false)
    }

    private func readName(_ row: inout ImportRow, _ cell: Cells, field: String) {
        if let (c, header) = cell(.name), let text = CellValues.text(c) {
            row.set(field, text, from: header)
        } else {
            row.refuse(map.column(.name)?.header, "để trống: mỗi dòng cần họ và tên")
        }
    }

    /// The date column's day; a row without one gets `--date` or today, unless `defaulted` is false.
    private func readDate(_ row: inout ImportRow, _ cell: Cells, defaulted: Bool = true) {
        if let (c, header) = cell(.date), !c.isEmpty {
            if let day = CellValues.date(c, pivot: options.pivot) { row.set("Date", day.description, from: header) } else {
                row.refuse(header, Self.badDate(c))
            }
        } else if defaulted {
            row.set("Date", options.defaultDate, from: nil)
        }
    }

    private func readAmount(_ row: inout ImportRow, _ cell: Cells, required: Bool) {
        if let (c, header) = cell(.amount), !c.isEmpty {
            if let amount = CellValues.amount(c) { row.set("Amount", String(amount), from: header) } else {
                row.refuse(header, "không đọc được số tiền \"\(CellValues.text(c) ?? "")\": cần số đồng như 200000, "
                    + "200.000, 200k hoặc 1,5tr")
            }
        } else if required {
            row.refuse(map.column(.amount)?.header, "để trống: mỗi khoản ủng hộ cần số tiền")
        }
    }

    /// The branch from its column, else from the neighbourhood column when it names a branch,
    /// else `--branch`.
    private func readBranch(_ row: inout ImportRow, _ cell: Cells, required: Bool) {
        let ids = branches.map(\.id), names = branches.map(\.name)
        if let (c, header) = cell(.branch), let text = CellValues.text(c) {
            if let id = Self.resolve(text, ids: ids, names: names) { row.set("Branch", id, from: header) } else {
                row.refuse(header, "không có chi hội \"\(text)\" trong kho (branches.rec): ghi mã (như KP01) hoặc tên chi hội")
            }
            return
        }
        if let (c, header) = cell(.neighborhood), let text = CellValues.text(c),
           let id = Self.resolve(text, ids: ids, names: names) {
            row.set("Branch", id, from: header)
        } else if let id = options.branchId {
            row.set("Branch", id, from: nil)
        } else if required {
            row.refuse(nil, "không biết chi hội nào khen thưởng: thêm cột \"Chi hội\" hoặc \(options.hint(.branch))")
        }
    }

    static func badDate(_ c: ImportCell) -> String {
        "không đọc được ngày \"\(CellValues.text(c) ?? "")\": cần dạng 06/10/2022, 6/10/22, 2022-10-06 hoặc ô ngày của Excel"
    }

    /// An id given as it is (case aside), or a name, accents, case and the words "chi hội",
    /// "khu phố", "lớp" aside.
    static func resolve(_ text: String, ids: [String], names: [String]) -> String? {
        if let id = ids.first(where: { $0.lowercased() == text.lowercased() }) { return id }
        func bare(_ s: String) -> String {
            var key = HeaderKey.fold(s)
            for word in ["chihoikhuyenhoc", "chihoi", "khupho", "todanpho", "lophoc", "lop"] where key.hasPrefix(word) && key.count > word.count {
                key.removeFirst(word.count)
                break
            }
            return key
        }
        let wanted = bare(text)
        guard !wanted.isEmpty else { return nil }
        let matches = names.indices.filter { bare(names[$0]) == wanted || HeaderKey.fold(names[$0]) == HeaderKey.fold(text) }
        return matches.count == 1 ? ids[matches[0]] : nil
    }

    static func recipientKind(_ text: String) -> RecipientKind? {
        switch HeaderKey.fold(text) {
        case "hocsinh", "hs", "sinhvien", "sv", "student", "hocsinhsinhvien": return .student
        case "giadinh", "family", "hogiadinh": return .family
        case "dongho", "clan", "ho": return .clan
        case "congdan", "nguoidan", "canhan", "citizen": return .citizen
        case "donvi", "tapthe", "unit", "coquan": return .unit
        default: return RecipientKind(rawValue: text.lowercased())
        }
    }
}
