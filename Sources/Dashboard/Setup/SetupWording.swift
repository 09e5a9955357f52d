/// The set-up form's words: each field's label (from the store's table) and help line, the names of enumerated values, in both languages.

import Store
import VietText

enum SetupWording {
    /// The label of `field` of `set`, from the store's table (`FieldLabels`, which the command line's
    /// help reads too); a field the table does not know shows its store name.
    static func label(_ set: String, _ field: String) -> Words {
        Words(FieldLabels.label(set, field, .vi) ?? field, FieldLabels.label(set, field, .en) ?? field)
    }

    /// The Vietnamese help line of a field; English comes from the schema (`RecordAddition.fieldHelp`).
    static func help(_ set: String, _ field: String, type: FieldType) -> String {
        if let line = helps[set + "." + field] ?? helps[field] { return line }
        switch type {
        case .date: return "Ngày, vd. 03/10/2023 hoặc 2023-10-03"
        case .time: return "Giờ dạng HH:MM, vd. 07:30"
        case .int: return "Số nguyên, vd. 30"
        case .enumeration: return "Chọn bằng ←/→"
        default: return ""
        }
    }

    /// What an enumerated value is called; a value the table does not know shows as stored.
    static func value(_ raw: String, _ language: Language) -> String {
        values[raw].map { $0.text(language) } ?? raw
    }

    private static let helps: [String: String] = [
        "Id": "Để trống: tự đặt mã tiếp theo",
        "Campaign.Id": "Để trống: TLHTSD- và năm bắt đầu năm học",
        "Campaign.Title": "Tên chiến dịch, vd. Tuần lễ hưởng ứng học tập suốt đời năm 2023",
        "Ward": "vd. Phường Quảng Châu", "Center": "vd. Trung tâm học tập cộng đồng phường Quảng Châu",
        "SchoolYear": "Dạng YYYY-YYYY, vd. 2023-2024",
        "WeekStart": "Tuần lễ thường từ 01/10 đến 07/10", "WeekEnd": "Tuần lễ thường từ 01/10 đến 07/10",
        "Venue": "vd. Hội trường UBND phường",
        "Theme": "Mỗi chủ đề một ô; ô mới hiện ra khi gõ vào ô cuối",
        "Target.Label": "vd. Lượt người học trong năm", "Metric": "Con số của báo cáo mà chỉ tiêu đo; chọn bằng ←/→",
        "Goal": "Số nguyên, vd. 2700", "Unit": "vd. lượt, người, %",
        "Indicator.Label": "vd. Dòng họ hiếu học", "Of": "Mẫu số nếu có: 24 trên 35", "Group": "vd. Phổ cập giáo dục",
        "Seq": "Để trống: số tiếp theo của chương trình", "Item": "vd. Khai mạc, giới thiệu đại biểu", "By": "vd. Chủ tịch Hội Khuyến học",
        "Class.Name": "vd. Tin học cơ bản", "Topic": "vd. Chuyển đổi số", "Partner": "vd. Hội Phụ nữ phường",
        "Weekly": "Các thứ học từ ngày bắt đầu đến ngày kết thúc (vd. T3, T5 hoặc Thứ Ba, Thứ Năm), hoặc các ngày: 03/10/2023, 05/10/2023",
        "Sessions": "Để trống: số ngày của lịch học",
        "Class.SchoolYear": "Năm học của lớp khi lớp không có ngày, vd. 2023-2024",
        "Learner.Name": "Họ và tên, vd. Nguyễn Thị Lan", "BirthYear": "vd. 1968", "Phone": "vd. 0912 345 678 hoặc 0237 3851 234",
        "Organization": "vd. Hội Phụ nữ phường",
        "Branch.Id": "vd. KP01; để trống: tự đặt", "Branch.Name": "vd. Chi hội khu phố 1", "Clan.Name": "vd. Họ Nguyễn Văn",
    ]

    private static let values: [String: Words] = [
        "learner_turns": Words("Lượt người học", "Learner-turns"), "awards": Words("Lượt khen thưởng", "Awards"),
        "award_amount": Words("Tiền khen thưởng", "Award money"), "studious_clans": Words("Dòng họ hiếu học", "Studious clans"),
        "donations": Words("Tiền ủng hộ quỹ", "Donations"), "classes": Words("Số lớp học", "Classes"),
        "learning_families": Words("Gia đình học tập", "Learning families"),
        "learning_communities": Words("Cộng đồng học tập", "Learning communities"),
        "learning_units": Words("Đơn vị học tập", "Learning units"),
        "vocational": Words("Dạy nghề", "Vocational"), "thematic": Words("Chuyên đề", "Thematic"),
        "literacy": Words("Xoá mù chữ", "Literacy"), "club": Words("Câu lạc bộ", "Club"),
        "neighborhood": Words("Khu phố", "Neighbourhood"), "school": Words("Trường học", "School"), "agency": Words("Cơ quan", "Agency"),
        "yes": Words("Có", "Yes"), "no": Words("Chưa", "Not yet"),
        "F": Words("Nữ", "Female"), "M": Words("Nam", "Male"),
    ]

    /// A weekly pattern that gives no dates, said in the interface's language.
    static func scheduleProblem(_ problem: WeeklySchedule.Problem, _ language: Language) -> String {
        guard language == .vi else { return problem.description }
        switch problem {
        case .unreadable(let text):
            return "\"\(text)\" không phải các thứ trong tuần: gõ T2 … T7, CN hoặc Thứ Hai … Chủ nhật, cách nhau bằng dấu phẩy"
        case .backwards(let first, let last):
            return "ngày kết thúc \(VietFormat.date(last)) trước ngày bắt đầu \(VietFormat.date(first))"
        case .noMatchingDay(let first, let last, let weekdays):
            return "từ \(VietFormat.date(first)) đến \(VietFormat.date(last)) không có "
                + weekdays.map { VietFormat.weekdayName($0) }.joined(separator: ", ") + " nào"
        case .tooMany(let count):
            return "\(count) buổi là quá nhiều: xem lại năm của hai ngày"
        }
    }
}
