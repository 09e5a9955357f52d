/// The demo ward's places, organisations, sponsors and donors that generated records name.

import Store

/// Fixed lists for the demo ward: Phường Quảng Châu (then in thành phố Sầm Sơn, Thanh Hóa), the ward
/// of the ceremony of 06/10/2022 whose published figures the demo carries. Its schools, agencies,
/// businesses, people and amounts are invented (the files' header comment says so).
enum WardCatalog {
    static let ward = "Phường Quảng Châu"
    static let center = "Trung tâm học tập cộng đồng phường Quảng Châu"
    static let association = "Hội Khuyến học phường"
    static let hall = "Hội trường UBND phường Quảng Châu"

    /// The neighbourhood of number `n` (1-based), as learners and clans name it.
    static func neighborhood(_ n: Int) -> String { "Khu phố \(n)" }

    /// School branches: the school's name; more schools than listed repeat with a campus number.
    static let schools = [
        "Trường Mầm non Hoa Mai", "Trường Mầm non Sơn Ca", "Trường Tiểu học Hải Đăng",
        "Trường Tiểu học Kim Đồng", "Trường THCS Sao Biển", "Trường Mầm non Họa Mi",
        "Trường Tiểu học Ánh Dương",
    ]

    /// Agency branches: the agency's name.
    static let agencies = [
        "Cơ quan Đảng ủy – UBND phường", "Trạm Y tế phường", "Công an phường", "Bưu điện văn hóa phường",
    ]

    /// Mass organisations a learner belongs to (the value of Learner.Organization).
    enum Organization: String, CaseIterable, Sendable {
        case women = "Hội Phụ nữ"
        case youth = "Đoàn Thanh niên"
        case farmers = "Hội Nông dân"
        case veterans = "Hội Cựu chiến binh"
        case elderly = "Hội Người cao tuổi"
        case union = "Công đoàn"

        /// The same organisation as a class's partner.
        var partner: String {
            self == .union ? "Công đoàn phường" : rawValue + " phường"
        }
    }

    static let front = "Ủy ban MTTQ phường"

    /// Businesses that sponsor awards and give to the fund (invented).
    static let businesses = [
        "Công ty TNHH Thương mại Biển Xanh", "Nhà sách Ánh Dương", "Cửa hàng vật liệu xây dựng Tân Phát",
        "Công ty TNHH In ấn Minh Khang", "Hợp tác xã dịch vụ nghề cá Bình An", "Nhà thuốc Phúc An",
        "Công ty CP Xây dựng Thành Đạt", "Cửa hàng điện máy Quang Huy", "Tiệm vàng Kim Ngân",
        "Nhà hàng Sen Việt", "Công ty TNHH Vận tải Bình Minh", "Quỹ tín dụng nhân dân Thuận Phong",
    ]

    /// What donations are given for.
    static let purposes = [
        "Quỹ khuyến học", "Học bổng cho học sinh vượt khó", "Khen thưởng học sinh giỏi cuối năm",
        "Tủ sách cộng đồng", "Quà Tết cho học sinh có hoàn cảnh khó khăn", "Quỹ khuyến học",
    ]
}
