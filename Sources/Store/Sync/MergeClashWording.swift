/// A clash of the merge driver in the clerk's words: file, record, field and both values.

import Recfile
import VietText

/// Words a `RecMergeClash` for the merge driver's message.
public enum MergeClashWording {
    /// `awards.rec: khen thưởng KT0012, trường Amount: máy này «250000», máy kia «300000» (trước khi tách: «100000»)`.
    public static func text(_ clash: RecMergeClash, _ language: Language = .vi) -> String {
        let record = clash.key == clash.set && clash.field == nil
            ? language.pick("phần khai báo của tập \(clash.set)", "the descriptor of set \(clash.set)")
            : RecordLabel(set: clash.set, id: clash.key).text(language)
        let field = clash.field.map { language.pick(", trường \($0)", ", field \($0)") } ?? ""
        let ours = clash.ours.map(quoted) ?? removedOrAbsent(clash, ours: true, language)
        let theirs = clash.theirs.map(quoted) ?? removedOrAbsent(clash, ours: false, language)
        var line = "\(clash.file): \(record)\(field): "
            + language.pick("máy này \(ours), máy kia \(theirs)", "ours \(ours), theirs \(theirs)")
        if let base = clash.base {
            line += language.pick(" (trước khi tách: \(quoted(base)))", " (before: \(quoted(base)))")
        } else if clash.kind == .bothAdded {
            line += language.pick(" (hai máy cùng thêm mã này)", " (both added this key)")
        }
        return line
    }

    /// The message of a merge that left clashes: one line each, then what to do.
    public static func report(_ clashes: [RecMergeClash], file: String, _ language: Language = .vi) -> String {
        var lines = [language.pick("Không gộp được \(file): \(clashes.count) chỗ hai máy sửa khác nhau.",
                                   "Could not merge \(file): \(clashes.count) clash(es).")]
        lines += clashes.map { "  " + text($0, language) }
        lines.append(language.pick(
            "Tệp giữ cả hai bản giữa các dòng \(RecMergeMarks.ours) … \(RecMergeMarks.theirs); giữ bản đúng, xoá bản kia và các dòng đánh dấu, rồi chạy hoctap check.",
            "The file holds both versions between \(RecMergeMarks.ours) … \(RecMergeMarks.theirs) lines; keep the right one, delete the other and the marks, then run hoctap check."))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func quoted(_ value: String) -> String {
        "«" + value.replacingOccurrences(of: "\n", with: " ⏎ ") + "»"
    }

    private static func removedOrAbsent(_ clash: RecMergeClash, ours: Bool, _ language: Language) -> String {
        let removed = ours ? clash.kind == .removedOurs : clash.kind == .removedTheirs
        return removed ? language.pick("đã xoá bản ghi", "removed the record") : language.pick("không có trường này", "no such field")
    }
}
