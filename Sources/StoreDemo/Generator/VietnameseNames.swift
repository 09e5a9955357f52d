/// Common Vietnamese family, middle and given names, with rough frequencies, for fictional people.

import Store

/// Name parts. Weights are rough shares of the population (family names) or of usage; every
/// combination is fictional. Two spellings of the same name (`Hòa`/`Hoà`) are both listed where
/// both are written in practice.
enum VietnameseNames {
    /// Family names with weights in tenths of a percent.
    static let family: [(String, Int)] = [
        ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 30), ("Huỳnh", 21),
        ("Phan", 45), ("Vũ", 22), ("Võ", 18), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13),
        ("Ngô", 13), ("Dương", 10), ("Lý", 5), ("Trương", 8), ("Đinh", 7), ("Lâm", 5), ("Mai", 5),
        ("Đoàn", 5), ("Lương", 4), ("Cao", 4), ("Tạ", 3), ("Trịnh", 4), ("Hà", 3), ("Kiều", 2),
        ("Tô", 2), ("Thái", 2), ("Lưu", 2),
    ]

    /// Middle names borne by men; `Văn` marks a man.
    static let middleMale: [(String, Int)] = [
        ("Văn", 40), ("Hữu", 8), ("Đức", 10), ("Minh", 10), ("Quốc", 7), ("Công", 5), ("Đình", 6),
        ("Thanh", 6), ("Xuân", 3), ("Ngọc", 2), ("Hoàng", 3), ("Bảo", 3), ("Gia", 3), ("Tuấn", 2),
    ]

    /// Middle names borne by women; `Thị` marks a woman.
    static let middleFemale: [(String, Int)] = [
        ("Thị", 45), ("Ngọc", 9), ("Thu", 7), ("Thanh", 7), ("Minh", 5), ("Kim", 4), ("Mỹ", 3),
        ("Bảo", 3), ("Phương", 3), ("Hoài", 2), ("Diệu", 2), ("Khánh", 3), ("Gia", 2),
    ]

    /// A second middle name after `Thị` (Nguyễn Thị Thu Hương).
    static let secondMiddleFemale = ["Thu", "Ngọc", "Kim", "Thanh", "Mỹ", "Minh", "Hồng", "Bích"]

    /// Given names borne by men.
    static let givenMale: [(String, Int)] = [
        ("An", 4), ("Bình", 5), ("Dũng", 6), ("Đức", 5), ("Hải", 5), ("Hùng", 6), ("Khánh", 3),
        ("Minh", 6), ("Nam", 6), ("Phúc", 4), ("Quân", 4), ("Quang", 5), ("Sơn", 5), ("Trung", 5),
        ("Tuấn", 6), ("Long", 4), ("Hiếu", 4), ("Thắng", 4), ("Toàn", 3), ("Vinh", 3), ("Huy", 5),
        ("Khoa", 3), ("Phong", 3), ("Tài", 2), ("Tùng", 3), ("Việt", 3), ("Cường", 4), ("Hòa", 2),
        ("Hoà", 1), ("Thành", 4), ("Hưng", 3), ("Kiên", 2), ("Lâm", 2), ("Nghĩa", 2), ("Tâm", 2), ("Anh", 4),
    ]

    /// Given names borne by women.
    static let givenFemale: [(String, Int)] = [
        ("An", 3), ("Anh", 6), ("Châu", 3), ("Duyên", 3), ("Giang", 3), ("Hà", 5), ("Hiền", 4),
        ("Hòa", 2), ("Hoà", 1), ("Hương", 6), ("Hường", 3), ("Lan", 5), ("Linh", 6), ("Mai", 5),
        ("Nga", 4), ("Ngọc", 4), ("Nhung", 4), ("Phương", 5), ("Tâm", 3), ("Thảo", 5), ("Thủy", 3),
        ("Thuỷ", 2), ("Thúy", 2), ("Thuý", 1), ("Trang", 6), ("Uyên", 3), ("Vy", 4), ("Yến", 4),
        ("Hạnh", 4), ("Hằng", 4), ("Loan", 3), ("Oanh", 2), ("Vân", 3), ("Trâm", 2), ("Ly", 2),
        ("Khánh", 2), ("Minh", 2), ("Bình", 1), ("Quyên", 2), ("Hoa", 3),
    ]

    /// Middle names common among children born since about 2005 (Văn and Thị are rarer).
    static let middleChildMale: [(String, Int)] = [
        ("Minh", 12), ("Gia", 10), ("Bảo", 10), ("Đức", 8), ("Quốc", 6), ("Hoàng", 6), ("Văn", 6),
        ("Anh", 4), ("Nhật", 4), ("Đăng", 4), ("Thành", 3),
    ]

    static let middleChildFemale: [(String, Int)] = [
        ("Ngọc", 10), ("Bảo", 8), ("Khánh", 8), ("Minh", 8), ("Thị", 5), ("Gia", 6), ("Thảo", 4),
        ("Phương", 5), ("Hà", 3), ("Tuệ", 3), ("Diệp", 2),
    ]
}
