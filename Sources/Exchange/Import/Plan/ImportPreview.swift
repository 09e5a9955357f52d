/// The preview of an import in Vietnamese: what was read and how, what would be written, the duplicates and what is done about them, the rows refused.

import Store
import VietText

/// The text `hoctap import` prints before writing (and alone with `--dry-run`).
public enum ImportPreview {
    public static func text(_ list: ListImport) -> String {
        let plan = list.plan
        let options = plan.options
        var lines: [String] = []
        lines.append("Danh sách \(options.kind.words): \(list.path) — \(list.source).")
        lines.append("Dòng tiêu đề: " + list.map.headerRows.map { "dòng \(list.rowNumbers[$0])" }.joined(separator: " và ") + ".")
        lines.append("Các cột đọc: " + list.map.columns.map { "\"\($0.header)\" (\($0.field.words))" }.joined(separator: ", ") + ".")
        if let set = list.criteria {
            let columns = list.map.items.sorted { $0.item < $1.item }
            let shown = columns.map { "\"\($0.header)\" → \(set.items[$0.item].code)" }
            lines.append("Bộ tiêu chí \(set.id) (\(set.decision)), năm \(options.assessmentYear): cột điểm " + shown.joined(separator: ", ") + ".")
            let missing = set.items.indices.filter { i in !columns.contains { $0.item == i } }.map { set.items[$0].code }
            if !missing.isEmpty {
                lines.append("Chỉ tiêu không có cột (ghi là chưa chấm): " + missing.joined(separator: ", ") + ".")
            }
        }
        if !list.map.unknown.isEmpty {
            lines.append("Cột không nhận ra, bỏ qua: " + list.map.unknown.map { "\"\($0.header)\" (cột \(CellReference.letters($0.index)))" }
                .joined(separator: ", ") + " — \(options.hint(.map)).")
        }
        if !list.map.unused.isEmpty {
            lines.append("Cột không dùng cho danh sách \(options.kind.words): "
                + list.map.unused.map { "\"\($0.header)\"" }.joined(separator: ", ") + ".")
        }
        let legacy = list.encodings.sorted { $0.key < $1.key }.filter { $0.value != .utf8 }
        if !legacy.isEmpty {
            lines.append("Bảng mã đoán theo cột (\(options.hint(.encoding))): " + legacy.map { column, encoding in
                let name = list.header.indices.contains(column) && !list.header[column].isEmpty ? list.header[column] : "cột \(CellReference.letters(column))"
                return "\"\(name)\": \(encoding.displayName)"
            }.joined(separator: ", ") + "; đã chuyển sang Unicode.")
        }
        let refused = plan.refused
        let (records, owners) = plan.records(excluding: refused)
        var counts: [String: Int] = [:]
        for record in records { counts[record.set, default: 0] += 1 }
        let dataRows = plan.entries.count
        lines.append("")
        var read = "Đọc \(VietFormat.integer(dataRows)) dòng dữ liệu"
        if !plan.passed.isEmpty {
            let passed = plan.passed.map { "dòng \($0.row), \($0.reason)" }.joined(separator: "; ")
            read += " (bỏ qua \(plan.passed.count) dòng: \(passed))"
        }
        lines.append(read + ".")
        let written = setOrder.compactMap { set in counts[set].map { "\(VietFormat.integer($0)) \(word(set)) mới (\(file(set)))" } }
        lines.append("Sẽ ghi: " + (written.isEmpty ? "không có bản ghi nào." : written.joined(separator: ", ") + "."))
        var shownRows: [Int] = []
        for owner in owners where shownRows.last != owner {
            shownRows.append(owner)
            if shownRows.count == options.shown { break }
        }
        for owner in shownRows {
            lines.append("  Dòng \(plan.entries[owner].row.number): " + describe(plan.entries[owner], kind: options.kind))
        }
        let more = Set(owners).count - shownRows.count
        if more > 0 { lines.append("  … và \(VietFormat.integer(more)) dòng nữa.") }
        let duplicates = plan.entries.filter { $0.note != nil && !$0.isRefused }
        if !duplicates.isEmpty {
            lines.append("")
            lines.append("Trùng với dữ liệu đã có (\(VietFormat.integer(duplicates.count)) dòng):")
            for entry in duplicates.prefix(max(options.shown, 20)) {
                lines.append("  Dòng \(entry.row.number): \(name(entry)) — \(entry.note ?? "")")
            }
            if duplicates.count > max(options.shown, 20) {
                lines.append("  … và \(VietFormat.integer(duplicates.count - max(options.shown, 20))) dòng nữa.")
            }
        }
        if !refused.isEmpty {
            lines.append("")
            lines.append("Dòng bị từ chối (\(VietFormat.integer(refused.count))):")
            let problems = refused.sorted().flatMap { plan.entries[$0].problems }
            for problem in problems.prefix(50) { lines.append("  " + problem.text) }
            if problems.count > 50 { lines.append("  … và \(VietFormat.integer(problems.count - 50)) lỗi nữa.") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The sets an import writes, in the order their counts are told.
    public static let setOrder = ["Learner", "Enrollment", "Award", "Donation", "Assessment"]

    public static func word(_ set: String) -> String {
        switch set {
        case "Learner": return "học viên"
        case "Enrollment": return "ghi danh"
        case "Award": return "khen thưởng"
        case "Donation": return "khoản ủng hộ"
        case "Assessment": return "kết quả đánh giá"
        default: return set
        }
    }

    static func file(_ set: String) -> String { StoreSchema.set(named: set)?.file ?? set }

    static func name(_ entry: ImportPlan.Entry) -> String {
        entry.row.value("Name") ?? entry.row.value("Recipient") ?? entry.row.value("Donor")
            ?? entry.row.label.map { name in entry.row.value("Subject").map { "\(name) (\($0))" } ?? name } ?? "(không tên)"
    }

    /// One row as it will be written: who, and what matters for its kind.
    static func describe(_ entry: ImportPlan.Entry, kind: ImportKind) -> String {
        let row = entry.row
        var parts = [name(entry)]
        switch kind {
        case .learners, .enrollments:
            if let g = row.value("Gender") { parts.append(g == "F" ? "nữ" : "nam") }
            if let date = row.value("BirthDate").flatMap({ CalendarDate(iso: $0) }) {
                parts.append("sinh \(VietFormat.date(date))")
            } else if let y = row.value("BirthYear") { parts.append("sinh \(y)") }
            if let n = row.value("Neighborhood") { parts.append(n) }
            if let o = row.value("Organization") { parts.append(o) }
            if entry.enrolls, let c = row.classId {
                parts.append(entry.existingLearner.map { "học viên \($0) đã có, ghi danh lớp \(c)" } ?? "ghi danh lớp \(c)")
            }
        case .awards:
            if let c = row.value("Category") { parts.append(c) }
            if let b = row.value("Branch") { parts.append(b) }
            if let a = row.value("Amount").flatMap({ Int($0) }) { parts.append(VietFormat.money(a)) }
            if let d = row.value("Date").flatMap({ CalendarDate(iso: $0) }) { parts.append(VietFormat.date(d)) }
        case .donations:
            if let a = row.value("Amount").flatMap({ Int($0) }) { parts.append(VietFormat.money(a)) }
            if let d = row.value("Date").flatMap({ CalendarDate(iso: $0) }) { parts.append(VietFormat.date(d)) }
            if let p = row.value("Purpose") { parts.append(p) }
        case .assessments:
            if let summary = row.summary { parts.append(summary) }
            if let a = row.value("Assessor") { parts.append(a) }
        }
        return parts.joined(separator: " — ")
    }
}
