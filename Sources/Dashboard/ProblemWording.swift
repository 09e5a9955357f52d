/// A store problem said in the interface's language: the common kinds worded in Vietnamese from
/// the problem's parts (field, value, the field's type), the rest in the store's own sentence.

import Store
import VietText

enum ProblemWording {
    /// "awards.rec:57: Date: "2022-13-45" không phải ngày hợp lệ, cần dạng YYYY-MM-DD (vd. 2022-10-06)".
    static func text(_ p: StoreProblem, _ language: Language) -> String {
        guard language == .vi, let said = vietnamese(p) else { return p.description }
        return p.place + ": " + (p.field.map { $0 + ": " } ?? "") + said
    }

    static func vietnamese(_ p: StoreProblem) -> String? {
        let found = p.found.map { "\"\($0)\"" } ?? ""
        switch p.kind {
        case .badValue:
            guard let field = p.field, let type = fieldType(field, file: p.file) else { return nil }
            return "\(found) không hợp lệ, cần \(expectation(type))"
        case .missingField:
            return p.field == nil ? nil : (p.message.hasPrefix("is empty") ? "để trống; trường này bắt buộc" : "thiếu; trường này bắt buộc")
        case .duplicateKey:
            return "\(found) đã được dùng cho một bản ghi trước (khoá phải khác nhau)"
        case .danglingReference:
            return "không có bản ghi nào có khoá \(found) để tham chiếu tới"
        case .missingFile:
            if p.message.hasPrefix("file gone") { return "tệp này đã biến mất khỏi thư mục kho; màn hình giữ dữ liệu đọc trước đó" }
            if p.message.contains("it was lost") { return "thiếu tệp này trong thư mục kho, nhưng kho cho thấy tệp đã có; hãy khôi phục tệp" }
            guard p.message.hasPrefix("file missing") else { return nil }
            return p.severity == .error ? "thiếu tệp này trong thư mục kho" : "thiếu tệp này; coi như trống (`hoctap init` tạo các tệp của kho)"
        case .noFinalNewline:
            return "dòng cuối chưa có ký tự xuống dòng"
        case .unknownField:
            return "trường không có trong lược đồ; được giữ nguyên nhưng không dùng"
        default:
            return nil
        }
    }

    /// The type of the field called `name` in the sets `file` holds.
    static func fieldType(_ name: String, file: String) -> FieldType? {
        StoreSchema.sets(in: file).lazy.compactMap { set in set.fields.first { $0.name == name }?.type }.first
    }

    /// The rule of a type, in Vietnamese.
    static func expectation(_ type: FieldType) -> String {
        switch type {
        case .text: "một đoạn chữ"
        case .int: "một số nguyên chỉ gồm chữ số (vd. 2700)"
        case .date: "ngày có thật dạng YYYY-MM-DD (vd. 2022-10-06)"
        case .time: "giờ dạng HH:MM từ 00:00 đến 23:59 (vd. 07:30)"
        case .dateTime: "ngày giờ dạng YYYY-MM-DD HH:MM (vd. 2022-10-06 07:31)"
        case .enumeration(let values): "một trong: " + values.joined(separator: ", ")
        case .reference(let set): "khoá của một bản ghi \(set)"
        }
    }
}
