/// The Vietnamese of the kinds that say several things: the reader's syntax, files, sets, and values against their rule.

import Recfile

/// The reader's sentences (`RecMessages`).
enum SyntaxWording {
    static func vietnamese(_ m: String) -> String? {
        if m == RecMessages.orphanContinuation {
            return "dòng \"+\" nối tiếp trường ở dòng ngay trên, nhưng ở đó không có trường nào"
        }
        if m == RecMessages.emptySetName { return "cần tên của một tập bản ghi, vd. \"%rec: Campaign\"" }
        if m == RecMessages.specialOutsideDescriptor {
            return "trường bắt đầu bằng \"%\" chỉ thuộc phần mô tả tập bản ghi (bản ghi có %rec); được giữ như một trường thường"
        }
        if m.hasPrefix("the record set "), let name = ProblemWording.word(after: "the record set ", in: m),
           let line = ProblemWording.number(after: "declared on line ", in: m) {
            return "tập bản ghi \(name) đã được khai báo ở dòng \(line)"
        }
        return malformed(m)
    }

    /// A line that is no field, continuation, comment or blank, with the reader's hint if it gave one.
    private static func malformed(_ m: String) -> String? {
        guard m.hasPrefix("expected \"Field: value\""), let start = m.range(of: "; got \"") else { return nil }
        var rest = Substring(m[start.upperBound...])
        var hints: [String] = []
        for (english, vietnamese) in hintWords {
            let suffix = "; " + english
            if rest.hasSuffix(suffix) {
                rest = rest.dropLast(suffix.count)
                hints.append(vietnamese)
            }
        }
        guard rest.hasSuffix("\"") else { return nil }
        return "cần dòng dạng \"Trường: giá trị\", dòng nối tiếp \"+\", dòng chú thích \"#\" hoặc dòng trống; gặp \"\(rest.dropLast())\""
            + hints.map { "; " + $0 }.joined()
    }

    private static let hintWords = [
        ("a field starts at the beginning of the line, without spaces before it",
         "trường phải bắt đầu ngay đầu dòng, không có dấu cách phía trước"),
        ("field names use only the letters a-z and A-Z, digits and \"_\", and start with a letter",
         "tên trường chỉ gồm chữ a-z, A-Z, chữ số và \"_\", và bắt đầu bằng một chữ cái"),
    ]
}

/// A store file missing, gone, or not a file to read (`MissingFiles`, `StoreShrinkCheck`, `FilePresence`, `StoreError`).
enum FileWording {
    static let lost = "tệp đã bị mất: hãy đặt lại tệp (từ bản sao lưu) trước khi tin các số liệu"

    static func vietnamese(_ m: String, severity: Severity) -> String? {
        if m.hasPrefix("file missing from the store folder, but "), let n = ProblemWording.number(after: ", but ", in: m),
           let place = ProblemWording.between(m, "(the first at ", ")") {
            return "thiếu tệp này trong thư mục kho, nhưng \(n) tham chiếu từ các tệp khác trỏ vào nó (đầu tiên ở \(place)); " + lost
        }
        if m.hasPrefix("file missing from the store folder, but "), let manifest = ProblemWording.word(after: ", but ", in: m) {
            return "thiếu tệp này trong thư mục kho, nhưng \(manifest) cho biết kho đã có tệp này; " + lost
        }
        if m == "file missing from the store folder" { return "thiếu tệp này trong thư mục kho" }
        if m.hasPrefix("file missing from the store folder; read as empty") {
            return "thiếu tệp này trong thư mục kho; coi như trống (`hoctap init` tạo các tệp của kho)"
        }
        if m.hasPrefix("file gone from the store folder"), let n = ProblemWording.number(after: "(it held ", in: m) {
            return "tệp đã biến mất khỏi thư mục kho sau lần đọc trước (khi đó có \(n) bản ghi); màn hình giữ dữ liệu "
                + "đã đọc cho tới khi tệp trở lại"
        }
        if m.hasPrefix("is a symbolic link to "), let target = ProblemWording.between(m, "link to \"", "\", which") {
            return "là liên kết tượng trưng tới \"\(target)\", nơi không tồn tại; không đọc được các bản ghi của tệp"
        }
        if m.hasPrefix("is a symbolic link that leads back to itself") {
            return "là liên kết tượng trưng vòng quanh (trỏ ngược về chính nó); không đọc được các bản ghi của tệp"
        }
        return storeError(m)
    }

    /// A `StoreError`'s sentence: the folder or a file that cannot be opened at all.
    static func storeError(_ m: String) -> String? {
        if let path = ProblemWording.between(m, "", " is not a regular file (a FIFO, a device or a folder)") {
            return "\(path) không phải tệp thường (mà là FIFO, thiết bị hoặc thư mục); tệp của kho phải là tệp thường "
                + "hoặc liên kết tới tệp thường: tệp không được đọc"
        }
        if m.hasPrefix("cannot read "), let reason = m.range(of: ": ", options: .backwards) {
            return "không đọc được \(m[m.index(m.startIndex, offsetBy: 12)..<reason.lowerBound]): \(m[reason.upperBound...])"
        }
        if m.hasPrefix("store folder not found: ") { return "không tìm thấy thư mục kho: " + m.dropFirst(24) }
        if m.hasPrefix("not a folder: "), let path = ProblemWording.between(m, "not a folder: ", " (the store") {
            return "\(path) không phải thư mục (kho là một thư mục chứa các tệp .rec)"
        }
        return nil
    }
}

/// A record set where it is not read (`SetRouter`).
enum SetWording {
    static func vietnamese(_ m: String) -> String? {
        let count = ProblemWording.number(after: "its ", in: m) ?? "0"
        let left = "\(count) bản ghi của tập này bị bỏ qua và không được đếm"
        if m.hasPrefix("the "), let set = ProblemWording.between(m, "the ", " records belong in "),
           let home = ProblemWording.between(m, "belong in ", ", not in "), let file = ProblemWording.between(m, ", not in ", "; ") {
            return "các bản ghi \(set) thuộc tệp \(home), không phải \(file); " + left
        }
        if let end = m.range(of: " is not a record set of the store ("), case let set = m[..<end.lowerBound], !set.contains(" "),
           let holds = ProblemWording.between(m, "of the store (", "); ") {
            let parts = holds.components(separatedBy: " holds ")
            let inside = parts.count == 2 ? "\(parts[0]) chứa \(parts[1])" : holds
            return "\(set) không phải tập bản ghi của kho (\(inside)); " + left
        }
        return nil
    }
}

/// A value its field does not allow: its type, its bound, or a control character in it.
enum ValueWording {
    static func vietnamese(_ p: StoreProblem) -> (text: String, isExact: Bool) {
        if p.expected == "text without control characters" {
            let name = ProblemWording.word(after: "control character (", in: p.message) ?? "U+?"
            let value = p.found.map { " trong \"\($0)\"" } ?? ""
            return ("có ký tự điều khiển (\(name), hiện là \u{FFFD})\(value): giá trị phải là chữ do người gõ; hãy xoá ký tự "
                    + "này, có thể nó đến từ một tệp hỏng hoặc có ý xấu", true)
        }
        let what = p.found.map { $0.isEmpty ? "để trống" : "\"\($0)\" không hợp lệ" } ?? "giá trị không hợp lệ"
        if let expected = p.expected, let rule = rule(expected) { return ("\(what), cần \(rule)", true) }
        if let field = p.field, let type = fieldType(field, file: p.file) {
            return ("\(what), cần \(typeRule(type)) (\(p.message))", false)
        }
        return ("\(what) (\(p.message))", false)
    }

    /// A rule the store states in English ("expected …"), in Vietnamese; nil for one it does not know.
    static func rule(_ english: String) -> String? {
        for type in [FieldType.text, .int, .date, .time, .dateTime] where english == type.expectation { return typeRule(type) }
        if let rule = fixed[english] { return rule }
        if english.hasPrefix("one of ") { return "một trong: " + english.dropFirst("one of ".count) }
        if let set = referenceSet(english) { return "khoá của một bản ghi \(set)" }
        if let minimum = ProblemWording.between(english, ", ", " or more") {
            let noun = String(english.prefix { $0 != "," })
            return "\(nouns[noun] ?? noun), từ \(minimum) trở lên"
        }
        if english.hasPrefix("a count of "), let minimum = ProblemWording.number(after: "a count of ", in: english) {
            return "số đếm từ \(minimum) trở lên"
        }
        if english.hasPrefix("a year from "), let from = ProblemWording.number(after: "from ", in: english),
           let to = ProblemWording.number(after: " to ", in: english) {
            return "một năm từ \(from) đến \(to)"
        }
        if english.hasPrefix("a date from "), let from = ProblemWording.word(after: "from ", in: english),
           let today = ProblemWording.between(english, "today (", ")") {
            return "một ngày từ \(from) đến hôm nay (\(today))"
        }
        return nil
    }

    /// The set of "the key of a Branch record".
    private static func referenceSet(_ english: String) -> String? {
        for article in ["the key of an ", "the key of a "] where english.hasPrefix(article) && english.hasSuffix(" record") {
            let set = english.dropFirst(article.count).dropLast(" record".count)
            return set.contains(" ") ? nil : String(set)
        }
        return nil
    }

    /// The rules the schema words itself (`FieldSpec.expectation`).
    private static let fixed = [
        StoreSchema.wholeDong: "số đồng nguyên chỉ gồm chữ số (vd. 500000)",
        "a school year written YYYY-YYYY, such as 2022-2023": "năm học dạng YYYY-YYYY (vd. 2022-2023)",
        StoreSchema.fundYearText: "năm của quỹ dạng YYYY (năm dương lịch) hoặc YYYY-YYYY (năm học), vd. 2022",
        StoreSchema.calendarYearText: "năm dương lịch dạng YYYY (vd. 2022)",
        StoreSchema.yearlyDayText: "ngày và tháng dạng DD/MM (vd. 15/12)",
        StoreSchema.scoresText: "điểm từng chỉ tiêu theo thứ tự của bộ tiêu chí, cách nhau bằng dấu phẩy, "
            + "dấu - cho chỉ tiêu chưa chấm (vd. 10,9,8)",
    ]

    /// The nouns of `ValueBound.atLeast`.
    private static let nouns = ["a whole number of đồng": "số đồng nguyên", "a whole number": "số nguyên"]

    /// The type of the field called `name` in the sets `file` holds.
    static func fieldType(_ name: String, file: String) -> FieldType? {
        StoreSchema.sets(in: file).lazy.compactMap { set in set.fields.first { $0.name == name }?.type }.first
    }

    /// The rule of a type, in Vietnamese.
    static func typeRule(_ type: FieldType) -> String {
        switch type {
        case .text: "một đoạn chữ"
        case .int: "một số nguyên chỉ gồm chữ số (vd. 2700)"
        case .date: "một ngày có thật dạng YYYY-MM-DD (vd. 2022-10-06)"
        case .time: "giờ dạng HH:MM từ 00:00 đến 23:59 (vd. 07:30)"
        case .dateTime: "ngày giờ dạng YYYY-MM-DD HH:MM (vd. 2022-10-06 07:31)"
        case .enumeration(let values): "một trong: " + values.joined(separator: ", ")
        case .reference(let set): "khoá của một bản ghi \(set)"
        }
    }
}
