/// Why a list could not be read at all, worded for the clerk with the file's name.

/// A file the import cannot read: nothing was read from it, and nothing is written.
public enum ImportFileError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    /// Not a zip with a workbook inside (an old `.xls`, a renamed file).
    case notWorkbook(path: String)
    /// A part of the workbook whose XML is broken; `detail` says where and how when it is known.
    case brokenPart(path: String, part: String, detail: String = "")
    /// `--sheet NAME` names no sheet of the workbook.
    case noSheet(path: String, name: String, sheets: [String])
    /// A kind of file the import does not read.
    case unknownKind(path: String)
    /// No row looks like the list's header.
    case noHeader(path: String, expected: String)
    /// A `--map` or another option that cannot be followed: the message says why.
    case badOption(String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): không đọc được tệp (\(reason)); không ghi gì"
        case .notWorkbook(let path):
            return "\(path): không phải tệp Excel .xlsx (tệp .xls cũ hãy mở bằng Excel hoặc LibreOffice rồi lưu lại "
                + "dạng .xlsx hoặc .csv); không ghi gì"
        case .brokenPart(let path, let part, let detail):
            return "\(path): phần \(part) của tệp Excel bị hỏng, không đọc được"
                + (detail.isEmpty ? "" : " (\(detail))") + "; không ghi gì"
        case .noSheet(let path, let name, let sheets):
            return "\(path): không có trang tính \"\(name)\"; tệp có các trang: "
                + sheets.map { "\"\($0)\"" }.joined(separator: ", ") + "; không ghi gì"
        case .unknownKind(let path):
            return "\(path): chỉ nhập được tệp .xlsx, .csv, .tsv hoặc .txt; không ghi gì"
        case .noHeader(let path, let expected):
            return "\(path): không tìm thấy dòng tiêu đề của danh sách trong 12 dòng đầu (cần ít nhất cột \(expected)); "
                + "hãy đặt tên cột hoặc dùng --map \"Tên cột=Trường\"; không ghi gì"
        case .badOption(let message):
            return message + "; không ghi gì"
        }
    }
}
