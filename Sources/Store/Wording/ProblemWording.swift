/// A store problem said in the interface's language: `hoctap check` and the dashboard word problems here, and only here.

import Recfile
import VietText

/// The wording of `StoreProblem`s. English is the problem's own sentence. Vietnamese is read
/// from the problem's parts (its kind, field, found value, what was expected) and, where one
/// kind has several sentences, from the shape of the English one; the file, line, field names
/// and the quoted bad value are kept as they are. Every kind is worded: `vietnamese(_:)` switches
/// over `ProblemKind` without a default, so a new kind does not compile until it has its words.
/// A sentence of a known kind that is not recognised gets the kind's general wording, and
/// `isWorded` says so (the tests hold every sentence the store makes to a wording of its own).
public enum ProblemWording {
    /// "awards.rec:57: Date: …", "awards.rec: …" for a whole file, the message alone for no file.
    public static func text(_ p: StoreProblem, _ language: Language) -> String {
        (p.place.isEmpty ? "" : p.place + ": ") + (p.field.map { $0 + ": " } ?? "") + message(p, language)
    }

    /// The message alone, without place or field.
    public static func message(_ p: StoreProblem, _ language: Language) -> String {
        language == .en ? p.message : vietnamese(p).text
    }

    /// The text, then the line as written and a caret under the value, each indented.
    public static func detailedText(_ p: StoreProblem, _ language: Language) -> String {
        guard let excerpt = p.excerpt else { return text(p, language) }
        return text(p, language) + "\n    " + excerpt.text + "\n    " + excerpt.caretLine
    }

    /// "lỗi" or "cảnh báo".
    public static func severity(_ s: Severity, _ language: Language) -> String {
        switch s {
        case .error: language.pick("lỗi", "error")
        case .warning: language.pick("cảnh báo", "warning")
        }
    }

    /// Whether the problem's sentence has a Vietnamese wording of its own (not only its kind's).
    public static func isWorded(_ p: StoreProblem) -> Bool { vietnamese(p).isExact }

    /// The Vietnamese message, and whether it is the sentence's own wording.
    static func vietnamese(_ p: StoreProblem) -> (text: String, isExact: Bool) {
        let m = p.message
        let found = p.found.map { "\"\($0)\"" } ?? ""
        func exact(_ text: String?) -> (String, Bool)? { text.map { ($0, true) } }
        func general(_ text: String) -> (String, Bool) { (text + " (\(m))", false) }
        switch p.kind {
        case .syntax:
            return exact(SyntaxWording.vietnamese(m)) ?? general("dòng không đúng cách viết của tệp rec")
        case .invalidUTF8:
            if p.line == 0, let legacy = legacy(m, file: p.file) { return (legacy, true) }
            if m.hasPrefix("not valid UTF-8"), let byte = word(after: "byte ", in: m), let offset = number(after: "offset ", in: m) {
                return ("không phải UTF-8 hợp lệ: byte \(byte) ở vị trí byte \(offset) của tệp (hiện là \u{FFFD}); "
                        + "hãy lưu tệp dạng UTF-8", true)
            }
            return general("có byte không phải UTF-8; hãy lưu tệp dạng UTF-8")
        case .noFinalNewline:
            return ("dòng cuối chưa có dấu xuống dòng; đã được đọc, nhưng có thể tệp đang được ghi dở", true)
        case .missingFile:
            return exact(FileWording.vietnamese(m, severity: p.severity)) ?? general("không đọc được tệp này của kho")
        case .missingField:
            if p.field == nil, m.hasPrefix("no Campaign record yet") {
                return ("chưa có bản ghi Campaign; trang tổng quan còn trống cho tới khi có một bản ghi "
                        + "sau dòng \"%rec: Campaign\"", true)
            }
            let set = between(m, "every ", " record") ?? ""
            if m.hasPrefix("missing") { return ("thiếu; mọi bản ghi \(set) đều cần trường này", true) }
            if m.hasPrefix("is empty") { return ("để trống; mọi bản ghi \(set) đều cần trường này", true) }
            return general("thiếu trường bắt buộc")
        case .badValue:
            return ValueWording.vietnamese(p)
        case .duplicateKey:
            if let line = number(after: "already used on line ", in: m) {
                let set = between(p.expected ?? "", "no other ", " record") ?? ""
                return ("\(found) đã được dùng cho một bản ghi \(set) khác ở dòng \(line) (khoá không được trùng)", true)
            }
            return general("\(found) trùng khoá của một bản ghi khác")
        case .danglingReference:
            if let expected = p.expected, let set = between(expected, " of a ", " record") ?? between(expected, " of an ", " record") {
                let file = between(expected + "\u{0}", " record in ", "\u{0}").map { " trong \($0)" } ?? ""
                return ("không có bản ghi \(AssessmentWording.or(set)) nào có khoá \(found)\(file)", true)
            }
            return general("không có bản ghi nào có khoá \(found)")
        case .outsideSet:
            if let sets = between(m, "several record sets (", ")") {
                return ("bản ghi này đứng trước mọi dòng \"%rec:\", mà \(p.file) có nhiều tập bản ghi (\(sets)); "
                        + "hãy chuyển nó xuống sau dòng \"%rec:\" của tập của nó", true)
            }
            return general("bản ghi này không thuộc tập bản ghi nào")
        case .unknownSet:
            return exact(SetWording.vietnamese(m)) ?? general("tập bản ghi này không được đọc")
        case .unknownField:
            if let set = between(m, "not a field of ", " records") {
                let times = m.contains("(seen once)") ? "1 lần" : "\(number(after: "(seen ", in: m) ?? "nhiều") lần"
                return ("không phải trường của bản ghi \(set) (gặp \(times)); được giữ trong tệp nhưng không được đọc", true)
            }
            return general("trường không có trong lược đồ; được giữ nguyên nhưng không dùng")
        case .repeatedField:
            if let line = number(after: "(line ", in: m) {
                return ("chỉ được ghi một lần; chỉ dùng giá trị đầu tiên (dòng \(line))", true)
            }
            return general("chỉ được ghi một lần; chỉ dùng giá trị đầu tiên")
        case .mergedRecords:
            if let set = between(m, " in one ", " record"), let line = number(after: "on line ", in: m) {
                return ("trường khoá \(p.field ?? "") xuất hiện lần thứ hai trong một bản ghi \(set) (lần đầu ở dòng \(line)): "
                        + "có lẽ thiếu một dòng trống giữa hai bản ghi; bản ghi gộp này không được đọc", true)
            }
            return general("hai bản ghi bị dính vào nhau (thiếu dòng trống giữa chúng)")
        case .shrunk:
            let counts = numbers(m)
            if m.hasPrefix("holds "), counts.count >= 2 {
                return ("còn \(counts[0]) bản ghi, ít hơn \(counts[1]) so với lần chương trình đọc trước, mà hoctap không "
                        + "ghi lại tệp này (bị cắt ngắn hoặc xoá trắng?); màn hình giữ dữ liệu đã đọc. "
                        + "Nếu các bản ghi được xoá có chủ ý, hãy khởi động lại chương trình", true)
            }
            return general("tệp có ít bản ghi hơn lần đọc trước")
        case .inconsistent:
            return exact(inconsistency(m)) ?? general("các giá trị mâu thuẫn với nhau")
        case .duplicateRecord:
            if let line = number(after: "on line ", in: m) {
                if let said = AssessmentWording.duplicate(m, line: line) { return (said, true) }
                if m.hasPrefix("the paper "), let id = between(m, "the paper ", " has the number"),
                   let n = between(m, "the number ", " of body"), let body = between(m, "of body ", " in "),
                   let year = between(m, " in ", ", as"), let first = between(m, "as the paper ", " on line") {
                    return ("văn bản \(id) mang số \(n) của \(body) năm \(year), trùng số với văn bản \(first) ở dòng \(line) "
                            + "(có lẽ hai bản sao của kho cùng cấp số rồi được gộp lại); mỗi số chỉ cấp cho một văn bản "
                            + "trong năm: giữ số cho một văn bản, sửa Number của văn bản kia thành số tiếp theo còn trống "
                            + "và báo lại nơi đã nhận giấy", true)
                }
                if let course = between(m, "Class ", " and"), m.contains("Learner ") {
                    return ("học viên \(found) đã được ghi danh vào lớp \(course) (bản ghi ở dòng \(line)); "
                            + "mỗi học viên chỉ ghi danh một lần vào một lớp", true)
                }
                return ("bản ghi này lặp lại bản ghi ở dòng \(line); chỉ cần một", true)
            }
            return general("bản ghi này lặp lại một bản ghi trước")
        case .notEnrolled:
            if let course = between(m, "class ", " but"), m.hasPrefix("learner ") {
                return ("học viên \(found) có điểm danh ở lớp \(course) nhưng chưa ghi danh vào lớp này "
                        + "(không có bản ghi Enrollment ở phía trên); hãy ghi danh trước", true)
            }
            return general("học viên chưa ghi danh vào lớp này")
        case .outsideDates:
            return exact(DateRuleWording.vietnamese(m, found: found)) ?? general("ngày này nằm ngoài thời gian cho phép")
        case .other:
            if let folder = between(m, "store folder gone (deleted or renamed): ", "; the data shown") {
                return ("thư mục kho đã biến mất (bị xoá hoặc đổi tên): \(folder); màn hình giữ dữ liệu đọc lần cuối "
                        + "cho tới khi thư mục trở lại", true)
            }
            if let reason = between(m, "store folder cannot be read: ", "; the data shown") {
                let said = FileWording.storeError(reason)
                return ("không đọc được thư mục kho: \(said ?? reason); màn hình giữ dữ liệu đọc lần cuối cho tới khi "
                        + "đọc lại được", said != nil)
            }
            return general("có vấn đề trong kho dữ liệu")
        }
    }

    /// One file in an old encoding (`LegacyFileCheck`).
    private static func legacy(_ m: String, file: String) -> String? {
        guard let encoding = between(m, "saved in ", ", not UTF-8"), let lines = number(after: "UTF-8: ", in: m) else { return nil }
        return "tệp được lưu bằng bảng mã \(encoding), không phải UTF-8: \(lines) dòng không đọc được và các bản ghi "
            + "ở đó bị bỏ qua; chạy `hoctap convert \(file)` để chuyển tệp sang UTF-8"
    }

    /// Values of one record that disagree.
    private static func inconsistency(_ m: String) -> String? {
        if m.hasPrefix("the week ends"), let end = between(m, "ends (", ")"), let start = between(m, "starts (", ")") {
            return "tuần lễ kết thúc (\(end)) trước khi bắt đầu (\(start))"
        }
        if m.hasPrefix("more recognised"), let n = between(m, "recognised (", ")"), let total = between(m, "Total: ", ")") {
            return "số được công nhận (\(n)) nhiều hơn tổng số (Total: \(total))"
        }
        if m.hasPrefix("more than one Campaign record"), let line = number(after: "(line ", in: m) {
            return "có hơn một bản ghi Campaign; chỉ bản ghi đầu tiên (dòng \(line)) được hiển thị"
        }
        if m.hasPrefix("the class ends"), let end = between(m, "ends (", ")"), let start = between(m, "Start: ", ")") {
            return "lớp kết thúc (\(end)) trước khi bắt đầu (Start: \(start))"
        }
        if m.hasPrefix("the paper's Year"), let year = between(m, "Year (", ")"), let date = between(m, "Date (", ")") {
            return "năm của văn bản (Year: \(year)) không phải năm của ngày ban hành (Date: \(date)); "
                + "văn bản được đánh số theo từng năm dương lịch"
        }
        if m.hasPrefix("names the recipients of awards"), let metric = between(m, "the metric ", " counts") {
            return "chỉ dùng cho chỉ tiêu đếm khen thưởng (awards, award_amount); chỉ tiêu \(metric) không đếm khen thưởng"
        }
        return AssessmentWording.vietnamese(m)
    }
}

// MARK: - Reading the English sentence

extension ProblemWording {
    /// The text between the first `start` and the first `end` after it.
    static func between(_ s: String, _ start: String, _ end: String) -> String? {
        guard let a = start.isEmpty ? s.startIndex..<s.startIndex : s.range(of: start), let b = s.range(of: end, range: a.upperBound..<s.endIndex) else { return nil }
        return String(s[a.upperBound..<b.lowerBound])
    }

    /// The word (up to a space, comma or semicolon) right after the first `start`.
    static func word(after start: String, in s: String) -> String? {
        guard let a = s.range(of: start) else { return nil }
        let word = s[a.upperBound...].prefix { !" ,;)".contains($0) }
        return word.isEmpty ? nil : String(word)
    }

    /// The digits right after the first `start`.
    static func number(after start: String, in s: String) -> String? {
        guard let a = s.range(of: start) else { return nil }
        let digits = s[a.upperBound...].prefix(while: \.isASCIIDigit)
        return digits.isEmpty ? nil : String(digits)
    }

    /// Every run of digits, in order.
    static func numbers(_ s: String) -> [String] {
        s.split { !$0.isASCIIDigit }.map(String.init)
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
