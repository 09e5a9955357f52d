/// The campaign of school year 2022–2023: its targets, the ward's indicators and the ceremony agenda.

import Store

/// The published figures of Phường Quảng Châu's ceremony of 06/10/2022, as records (the people
/// and amounts elsewhere in the demo are invented).
enum CampaignContent {
    typealias Record = [(String, String?)]

    static let campaign: [Record] = [
        [("Id", "TLHTSD-2022"), ("Title", "Tuần lễ hưởng ứng học tập suốt đời năm 2022"),
         ("Ward", WardCatalog.ward), ("Center", WardCatalog.center),
         ("SchoolYear", "2022-2023"), ("WeekStart", "2022-10-01"), ("WeekEnd", "2022-10-07"),
         ("CeremonyDate", "2022-10-06"), ("CeremonyTime", "07:30"),
         ("Venue", WardCatalog.hall),
         ("Theme", "Thúc đẩy chuyển đổi số phục vụ cho học tập suốt đời sau đại dịch Covid-19"),
         ("Theme", "Đọc và học suốt đời theo gương Bác Hồ vĩ đại")],
    ]

    static let targets: [Record] = [
        [("Id", "T1"), ("Label", "Lượt người học trong năm"), ("Metric", "learner_turns"), ("Goal", "2700"),
         ("Unit", "lượt")],
        [("Id", "T2"), ("Label", "Lượt học sinh được khen thưởng"), ("Metric", "awards"), ("Goal", "1900"),
         ("Unit", "lượt"), ("Kind", "student")],
        [("Id", "T3"), ("Label", "Tỷ lệ gia đình học tập"), ("Metric", "learning_families"), ("Goal", "72"),
         ("Unit", "%")],
    ]

    static let indicators: [Record] = [
        [("Id", "I01"), ("Label", "Giáo sư"), ("Value", "1"), ("Unit", "người"),
         ("Group", "Trí thức của phường")],
        [("Id", "I02"), ("Label", "Phó giáo sư"), ("Value", "2"), ("Unit", "người"),
         ("Group", "Trí thức của phường")],
        [("Id", "I03"), ("Label", "Tiến sĩ"), ("Value", "3"), ("Unit", "người"),
         ("Group", "Trí thức của phường")],
        [("Id", "I04"), ("Label", "Thạc sĩ"), ("Value", "13"), ("Unit", "người"),
         ("Group", "Trí thức của phường")],
        [("Id", "I05"), ("Label", "Nhà giáo ưu tú"), ("Value", "1"), ("Unit", "người"),
         ("Group", "Trí thức của phường")],
        [("Id", "I06"), ("Label", "Cán bộ cao cấp"), ("Value", "10"), ("Unit", "người"),
         ("Group", "Trí thức của phường")],
        [("Id", "I07"), ("Label", "Huy động trẻ mầm non ra lớp"), ("Value", "100"), ("Unit", "%"),
         ("Group", "Phổ cập giáo dục")],
        [("Id", "I08"), ("Label", "Phổ cập giáo dục tiểu học"), ("Value", "100"), ("Unit", "%"),
         ("Group", "Phổ cập giáo dục")],
        [("Id", "I09"), ("Label", "Xóa mù chữ"), ("Value", "100"), ("Unit", "%"),
         ("Group", "Phổ cập giáo dục")],
        [("Id", "I10"), ("Label", "Dòng họ hiếu học"), ("Value", "24"), ("Of", "35"),
         ("Group", "Xã hội học tập")],
    ]

    static let agenda: [Record] = [
        [("Seq", "1"), ("Time", "07:30"), ("Item", "Văn nghệ chào mừng"), ("By", "Câu lạc bộ văn nghệ phường")],
        [("Seq", "2"), ("Time", "07:50"), ("Item", "Chào cờ, tuyên bố lý do, giới thiệu đại biểu"),
         ("By", "Ban tổ chức")],
        [("Seq", "3"), ("Time", "08:00"), ("Item", "Diễn văn khai mạc Tuần lễ hưởng ứng học tập suốt đời"),
         ("By", "Chủ tịch UBND phường")],
        [("Seq", "4"), ("Time", "08:15"),
         ("Item", "Báo cáo kết quả xây dựng xã hội học tập năm học 2021-2022"),
         ("By", "Giám đốc Trung tâm học tập cộng đồng")],
        [("Seq", "5"), ("Time", "08:35"), ("Item", "Phát động Tuần lễ và kế hoạch năm học 2022-2023"),
         ("By", "Chủ tịch Hội Khuyến học phường")],
        [("Seq", "6"), ("Time", "08:50"), ("Item", "Tham luận: chuyển đổi số trong học tập suốt đời"),
         ("By", "Đại diện Đoàn Thanh niên")],
        [("Seq", "7"), ("Time", "09:05"), ("Item", "Trao khen thưởng dòng họ hiếu học"),
         ("By", "Lãnh đạo Đảng ủy, UBND phường")],
        [("Seq", "8"), ("Time", "09:20"), ("Item", "Trao học bổng cho học sinh vượt khó học giỏi"),
         ("By", "Hội Khuyến học phường")],
        [("Seq", "9"), ("Time", "09:40"), ("Item", "Bế mạc lễ phát động"), ("By", "Ban tổ chức")],
        [("Seq", "10"), ("Time", "09:45"),
         ("Item", "Tập huấn chuyển đổi số cho đoàn viên, hội viên các đoàn thể"),
         ("By", "Trung tâm học tập cộng đồng")],
    ]
}
