/// What each kind of record is, in Vietnamese, for the lists of kinds `hoctap add` and `hoctap edit` print.

/// The schema's summaries are English (they document the store); the clerk reads these.
enum RecordKindWording {
    /// The Vietnamese summary of the set called `set`; nil for a set the table does not know.
    static func summary(_ set: String) -> String? { summaries[set] }

    private static let summaries: [String: String] = [
        "Campaign": "chiến dịch Tuần lễ hưởng ứng học tập suốt đời của một năm học",
        "Target": "một chỉ tiêu của năm, đo bằng một con số của báo cáo",
        "Indicator": "một chỉ số giáo dục của phường, như 24/35 dòng họ hiếu học",
        "Agenda": "một mục trong chương trình buổi lễ",
        "AgendaLog": "chuyển dấu \"đang diễn ra\" của buổi lễ sang một mục",
        "Class": "một lớp học, lớp tập huấn hay câu lạc bộ của trung tâm",
        "Learner": "một người học tại trung tâm",
        "Enrollment": "ghi danh một học viên vào một lớp: một lượt người học",
        "Attendance": "một buổi học của lớp mà học viên có mặt",
        "Branch": "một chi hội khuyến học",
        "Clan": "một dòng họ của phường và danh hiệu dòng họ hiếu học",
        "Award": "một lượt khen thưởng do chi hội trao",
        "Donation": "một khoản ủng hộ quỹ khuyến học",
        "Title": "số danh hiệu học tập được công nhận trong năm học, trên tổng số, của một chi hội hay cả phường",
        "Body": "một cơ quan ban hành văn bản: UBND phường, trung tâm, hội",
        "Signer": "một người ký văn bản của một cơ quan, với chức vụ in trên tên",
        "Paper": "một văn bản có số của một cơ quan: số trong sổ văn bản của năm",
        "FundYear": "một năm của sổ quỹ khuyến học và số dư đầu năm",
        "Expense": "một khoản chi của quỹ, ngoài tiền khen thưởng",
        "CriteriaSet": "một bộ tiêu chí đã ban hành của một danh hiệu học tập và cách xét đạt",
        "Criterion": "một chỉ tiêu của bộ tiêu chí, theo thứ tự chấm điểm",
        "Community": "một tổ dân phố trong địa bàn chi hội, đánh giá là cộng đồng học tập",
        "Unit": "một trường học, cơ quan hay doanh nghiệp của phường, đánh giá là đơn vị học tập",
        "PartyCell": "một chi bộ và đảng viên trong số học viên; đánh giá là đơn vị học tập",
        "Family": "một hộ gia đình trong địa bàn chi hội, đánh giá là gia đình học tập",
        "Registration": "một đối tượng đăng ký danh hiệu học tập trong một năm",
        "Assessment": "điểm chấm một đối tượng theo bộ tiêu chí trong một năm; kết quả tính theo cách xét của bộ",
    ]
}
