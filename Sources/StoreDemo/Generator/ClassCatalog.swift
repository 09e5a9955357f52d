/// The classes a ward's center runs in a school year: topics, partners, schedules, sizes.

import Store

/// Who a class is for; enrollments prefer learners who fit.
enum Audience: Sendable {
    case members, elderly, women, youth, teens, farmers, veterans, anyone
}

/// One class as planned: its dates are those of school year 2022–2023.
struct ClassTemplate: Sendable {
    let name: String
    let topic: String
    let kind: String
    let partner: String
    let start: String
    let sessions: Int
    /// Days from one session to the next, repeated.
    let steps: [Int]
    let capacity: Int
    /// The share of the capacity usually enrolled, in percent: the class's weight in the enrollments.
    let fill: Int
    let venue: String
    let audience: Audience

    /// Clubs enroll members but keep no roll of their meetings.
    var keepsRoll: Bool { kind != "club" }
}

enum ClassCatalog {
    private typealias O = WardCatalog.Organization
    private static let hall = WardCatalog.hall
    private static let center = WardCatalog.center
    private static let lab = "Phòng tin học Trường THCS Sao Biển"
    private static let library = "Thư viện phường Quảng Châu"
    private static func house(_ n: Int) -> String { "Nhà văn hóa khu phố \(n)" }

    /// The digital-transformation training right after the ceremony comes first; the rest by start date.
    static let templates: [ClassTemplate] = [
        ClassTemplate(name: "Tập huấn chuyển đổi số cho đoàn viên, hội viên các đoàn thể", topic: "Chuyển đổi số",
                      kind: "thematic", partner: WardCatalog.front, start: "2022-10-06", sessions: 2, steps: [7],
                      capacity: 250, fill: 88, venue: hall, audience: .members),
        ClassTemplate(name: "Kỹ năng số cho người cao tuổi", topic: "Chuyển đổi số", kind: "thematic",
                      partner: O.elderly.partner, start: "2022-10-12", sessions: 6, steps: [7],
                      capacity: 40, fill: 95, venue: lab, audience: .elderly),
        ClassTemplate(name: "Tin học văn phòng cơ bản", topic: "Tin học", kind: "vocational",
                      partner: O.youth.partner, start: "2022-10-17", sessions: 16, steps: [2, 5],
                      capacity: 30, fill: 100, venue: lab, audience: .youth),
        ClassTemplate(name: "Sử dụng dịch vụ công trực tuyến", topic: "Chuyển đổi số", kind: "thematic",
                      partner: O.youth.partner, start: "2022-10-22", sessions: 3, steps: [7],
                      capacity: 160, fill: 85, venue: hall, audience: .anyone),
        ClassTemplate(name: "Phổ biến pháp luật về hôn nhân và gia đình", topic: "Pháp luật", kind: "thematic",
                      partner: O.women.partner, start: "2022-10-29", sessions: 1, steps: [7],
                      capacity: 220, fill: 80, venue: house(2), audience: .women),
        ClassTemplate(name: "Lớp xóa mù chữ", topic: "Xóa mù chữ", kind: "literacy",
                      partner: WardCatalog.association, start: "2022-11-01", sessions: 36, steps: [2, 2, 3],
                      capacity: 15, fill: 80, venue: center, audience: .anyone),
        ClassTemplate(name: "Câu lạc bộ dưỡng sinh", topic: "Sức khỏe", kind: "club",
                      partner: O.elderly.partner, start: "2022-11-05", sessions: 8, steps: [28],
                      capacity: 50, fill: 90, venue: "Sân " + house(8), audience: .elderly),
        ClassTemplate(name: "Kỹ thuật làm bánh truyền thống", topic: "Nấu ăn", kind: "vocational",
                      partner: O.women.partner, start: "2022-11-07", sessions: 10, steps: [3, 4],
                      capacity: 25, fill: 100, venue: house(5), audience: .women),
        ClassTemplate(name: "Câu lạc bộ đọc sách", topic: "Văn hóa đọc", kind: "club",
                      partner: O.youth.partner, start: "2022-11-12", sessions: 8, steps: [28],
                      capacity: 50, fill: 85, venue: library, audience: .anyone),
        ClassTemplate(name: "An toàn giao thông cho người dân", topic: "Pháp luật", kind: "thematic",
                      partner: O.youth.partner, start: "2022-11-19", sessions: 1, steps: [7],
                      capacity: 220, fill: 75, venue: hall, audience: .anyone),
        ClassTemplate(name: "Trồng rau sạch trong đô thị", topic: "Nông nghiệp đô thị", kind: "vocational",
                      partner: O.farmers.partner, start: "2022-11-21", sessions: 6, steps: [7],
                      capacity: 30, fill: 90, venue: house(11), audience: .farmers),
        ClassTemplate(name: "Câu lạc bộ thơ", topic: "Văn học", kind: "club",
                      partner: O.elderly.partner, start: "2022-12-03", sessions: 7, steps: [28],
                      capacity: 45, fill: 85, venue: house(1), audience: .elderly),
        ClassTemplate(name: "Sửa chữa điện dân dụng", topic: "Điện dân dụng", kind: "vocational",
                      partner: O.veterans.partner, start: "2022-12-05", sessions: 12, steps: [3, 4],
                      capacity: 25, fill: 90, venue: house(7), audience: .veterans),
        ClassTemplate(name: "Phòng cháy, chữa cháy tại khu dân cư", topic: "Kỹ năng sống", kind: "thematic",
                      partner: WardCatalog.front, start: "2022-12-10", sessions: 1, steps: [7],
                      capacity: 220, fill: 80, venue: hall, audience: .anyone),
        ClassTemplate(name: "Chăm sóc sức khỏe người cao tuổi", topic: "Sức khỏe", kind: "thematic",
                      partner: O.elderly.partner, start: "2023-02-11", sessions: 2, steps: [7],
                      capacity: 160, fill: 85, venue: hall, audience: .elderly),
        ClassTemplate(name: "Lớp giáo dục tiếp tục sau biết chữ", topic: "Xóa mù chữ", kind: "literacy",
                      partner: WardCatalog.association, start: "2023-02-13", sessions: 24, steps: [2, 2, 3],
                      capacity: 15, fill: 75, venue: center, audience: .anyone),
        ClassTemplate(name: "Thanh toán không dùng tiền mặt và an toàn trên mạng", topic: "Chuyển đổi số",
                      kind: "thematic", partner: O.women.partner, start: "2023-02-18", sessions: 2, steps: [7],
                      capacity: 160, fill: 85, venue: hall, audience: .women),
        ClassTemplate(name: "Cắm hoa nghệ thuật", topic: "Thủ công", kind: "vocational",
                      partner: O.women.partner, start: "2023-02-27", sessions: 8, steps: [3, 4],
                      capacity: 25, fill: 100, venue: house(5), audience: .women),
        ClassTemplate(name: "Nuôi dạy con trong thời đại số", topic: "Gia đình", kind: "thematic",
                      partner: O.women.partner, start: "2023-03-04", sessions: 2, steps: [7],
                      capacity: 160, fill: 80, venue: house(9), audience: .women),
        ClassTemplate(name: "Câu lạc bộ tiếng Anh thiếu nhi", topic: "Ngoại ngữ", kind: "club",
                      partner: O.youth.partner, start: "2023-03-05", sessions: 8, steps: [14],
                      capacity: 40, fill: 90, venue: library, audience: .teens),
        ClassTemplate(name: "Bán hàng trực tuyến cho hộ kinh doanh", topic: "Chuyển đổi số", kind: "vocational",
                      partner: O.women.partner, start: "2023-03-13", sessions: 6, steps: [3, 4],
                      capacity: 35, fill: 95, venue: lab, audience: .anyone),
        ClassTemplate(name: "Đọc và học suốt đời theo gương Bác Hồ", topic: "Văn hóa đọc", kind: "thematic",
                      partner: WardCatalog.front, start: "2023-04-15", sessions: 1, steps: [7],
                      capacity: 220, fill: 80, venue: hall, audience: .anyone),
        ClassTemplate(name: "Giáo dục truyền thống cho thanh thiếu niên", topic: "Giáo dục truyền thống",
                      kind: "thematic", partner: O.veterans.partner, start: "2023-04-22", sessions: 1, steps: [7],
                      capacity: 220, fill: 75, venue: hall, audience: .youth),
        ClassTemplate(name: "Câu lạc bộ văn nghệ", topic: "Văn nghệ", kind: "club",
                      partner: O.women.partner, start: "2023-05-06", sessions: 6, steps: [7],
                      capacity: 40, fill: 80, venue: house(3), audience: .women),
        ClassTemplate(name: "Nuôi trồng nấm", topic: "Nông nghiệp đô thị", kind: "vocational",
                      partner: O.farmers.partner, start: "2023-05-08", sessions: 8, steps: [3, 4],
                      capacity: 25, fill: 90, venue: house(12), audience: .farmers),
        ClassTemplate(name: "Dạy bơi phòng chống đuối nước cho trẻ em", topic: "Kỹ năng sống", kind: "thematic",
                      partner: O.youth.partner, start: "2023-07-03", sessions: 10, steps: [1, 1, 1, 1, 3],
                      capacity: 60, fill: 45, venue: "Bể bơi Trường THCS Sao Biển", audience: .teens),
        ClassTemplate(name: "Tin học hè cho học sinh", topic: "Tin học", kind: "vocational",
                      partner: O.youth.partner, start: "2023-07-10", sessions: 12, steps: [2, 2, 3],
                      capacity: 40, fill: 40, venue: lab, audience: .teens),
    ]
}
