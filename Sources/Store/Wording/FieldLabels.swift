/// What each field of the store is called on the forms and in `hoctap add KIND --help`, in Vietnamese and English.

import VietText

/// The one table of field labels: the dashboard's forms and the command line's help read it.
public enum FieldLabels {
    /// The label of `field` of `set` (`Award`, `Recipient`), from the table: the set's own entry
    /// first, then the field's; nil for a field the table does not know.
    public static func label(_ set: String, _ field: String, _ language: Language) -> String? {
        guard let words = labels[set + "." + field] ?? labels[field] else { return nil }
        return language.pick(words.vi, words.en)
    }

    private static let labels: [String: (vi: String, en: String)] = [
        "Id": ("Mã", "Id"), "Date": ("Ngày", "Date"), "Name": ("Tên", "Name"), "Kind": ("Loại", "Kind"),
        "Year": ("Năm", "Year"), "Note": ("Ghi chú", "Note"), "Title": ("Tên", "Title"), "Body": ("Cơ quan", "Body"),
        // The campaign, its targets, indicators and ceremony.
        "Campaign.Title": ("Tên chiến dịch", "Title"), "Ward": ("Phường/xã", "Ward"),
        "Center": ("Trung tâm HTCĐ", "Learning center"), "SchoolYear": ("Năm học", "School year"),
        "WeekStart": ("Tuần lễ từ ngày", "Week from"), "WeekEnd": ("Tuần lễ đến ngày", "Week to"),
        "CeremonyDate": ("Ngày lễ phát động", "Ceremony date"), "CeremonyTime": ("Giờ khai mạc", "Ceremony time"),
        "Venue": ("Địa điểm", "Venue"), "Theme": ("Chủ đề", "Theme"),
        "Target.Label": ("Tên chỉ tiêu", "Target"), "Metric": ("Đo bằng", "Measured by"),
        "Goal": ("Mức phấn đấu", "Goal"), "Unit": ("Đơn vị tính", "Unit"), "Target.Kind": ("Đối tượng khen thưởng", "Kind"),
        "Indicator.Label": ("Tên chỉ số", "Indicator"), "Value": ("Giá trị", "Value"),
        "Of": ("Trên tổng số", "Out of"), "Group": ("Nhóm", "Group"),
        "Seq": ("Số thứ tự", "Number"), "Agenda.Time": ("Giờ", "Time"), "Item": ("Nội dung", "Item"),
        "By": ("Người thực hiện", "By"), "At": ("Lúc", "At"),
        // Classes, learners, enrollments, attendance.
        "Class.Id": ("Mã lớp", "Class id"), "Class.Name": ("Tên lớp", "Class name"), "Topic": ("Chủ đề", "Topic"),
        "Class.Kind": ("Loại lớp", "Kind"), "Partner": ("Đơn vị phối hợp", "Partner"),
        "Teacher": ("Giảng viên", "Teacher"), "Start": ("Ngày bắt đầu", "Start"), "End": ("Ngày kết thúc", "End"),
        "Weekly": ("Lịch học", "Schedule"), "Sessions": ("Số buổi", "Sessions"), "Session": ("Buổi học", "Session"),
        "Capacity": ("Sĩ số tối đa", "Capacity"), "Class": ("Lớp", "Class"), "Learner": ("Học viên", "Learner"),
        "Learner.Id": ("Mã học viên", "Learner id"), "Learner.Name": ("Họ và tên", "Name"),
        "Gender": ("Giới tính", "Gender"), "BirthYear": ("Năm sinh", "Birth year"), "BirthDate": ("Ngày sinh", "Birth date"),
        "Organization": ("Đoàn thể, đơn vị", "Organisation"), "Phone": ("Điện thoại", "Phone"),
        "Enrollment.Date": ("Ngày ghi danh", "Enrolled on"), "Attendance.Date": ("Ngày học", "Session date"),
        // Branches and clans.
        "Branch": ("Chi hội", "Branch"),
        "Branch.Id": ("Mã chi hội", "Branch id"), "Branch.Name": ("Tên chi hội", "Branch name"),
        "Branch.Kind": ("Loại chi hội", "Kind"), "Members": ("Số hội viên", "Members"),
        "Clan.Name": ("Tên dòng họ", "Clan"), "Neighborhood": ("Khu phố", "Neighbourhood"),
        "Studious": ("Dòng họ hiếu học", "Studious"),
        // Awards and the fund.
        "Recipient": ("Người nhận", "Recipient"), "Award.Kind": ("Đối tượng", "Kind"),
        "Category": ("Loại khen thưởng", "Category"), "Amount": ("Số tiền", "Amount"), "Sponsor": ("Nhà tài trợ", "Sponsor"),
        "School": ("Trường", "School"), "Voucher": ("Số chứng từ", "Voucher"),
        "Donor": ("Người ủng hộ", "Donor"), "Purpose": ("Mục đích", "Purpose"), "Donation.Branch": ("Qua chi hội", "Through branch"),
        "Expense.Date": ("Ngày chi", "Date"), "Payee": ("Người nhận tiền", "Payee"), "Expense.Purpose": ("Nội dung chi", "Purpose"),
        "FundYear.Year": ("Năm của quỹ", "Fund year"), "Opening": ("Số dư đầu năm", "Opening balance"),
        // The bodies that issue papers, their signers and register.
        "Body.Name": ("Tên cơ quan", "Name"), "Body.Kind": ("Loại cơ quan", "Kind"), "Code": ("Ký hiệu", "Code"),
        "Parent": ("Cơ quan cấp trên", "Parent body"), "ParentName": ("Tên cơ quan cấp trên", "Parent's name"),
        "Place": ("Địa danh", "Place"), "Register": ("Bản sao giữ sổ đăng ký văn bản", "Copy keeping the register"),
        "Signer.Name": ("Họ và tên", "Name"), "Signer.Title": ("Chức vụ", "Title"), "Role": ("Vai trò khi ký", "Role"),
        "From": ("Từ ngày", "From"), "To": ("Đến ngày", "To"),
        "Paper.Body": ("Cơ quan ban hành", "Issued by"), "Paper.Year": ("Năm", "Year"), "Number": ("Số", "Number"),
        "Paper.Kind": ("Loại văn bản", "Kind"), "Paper.Date": ("Ngày ban hành", "Date"), "Paper.Title": ("Trích yếu", "Title"),
        // Learning titles: criteria, subjects, assessments.
        "Subject": ("Đối tượng", "Subject"), "Set": ("Bộ tiêu chí", "Criteria set"), "Scores": ("Điểm các chỉ tiêu", "Scores"),
        "Assessor": ("Người đánh giá", "Assessed by"), "Assessment.Date": ("Ngày chấm", "Date"), "Assessment.Year": ("Năm đánh giá", "Year"),
        "Registration.Title": ("Danh hiệu", "Title"), "Registration.Date": ("Ngày đăng ký", "Date"),
        "Head": ("Chủ hộ", "Head"), "Member": ("Thành viên", "Member"), "Party": ("Hộ đảng viên", "Party member's household"),
        "Community": ("Tổ dân phố", "Community"), "Community.Name": ("Tên tổ dân phố", "Name"),
        "Unit.Name": ("Tên đơn vị", "Name"), "Unit.Kind": ("Loại đơn vị", "Kind"), "PartyCell.Name": ("Tên chi bộ", "Name"),
        "CriteriaSet.Name": ("Tên bộ tiêu chí", "Name"), "CriteriaSet.Title": ("Danh hiệu", "Title"),
        "Decision": ("Văn bản ban hành", "Decision"), "Rule": ("Cách xét", "Rule"), "PassTotal": ("Tổng điểm đạt", "Pass total"),
        "PassItem": ("Điểm tối thiểu mỗi chỉ tiêu", "Pass per item"), "SendBy": ("Hạn gửi kết quả", "Send by"),
        "Criterion.Code": ("Mã chỉ tiêu", "Code"), "Text": ("Nội dung chỉ tiêu", "Text"), "Max": ("Điểm tối đa", "Maximum"),
        "Required": ("Bắt buộc đạt", "Required"), "Status": ("Tình trạng", "Status"),
    ]
}
