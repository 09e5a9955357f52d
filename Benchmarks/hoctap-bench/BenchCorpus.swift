// Deterministic Vietnamese test text: person names and short phrases, in NFC and in NFD.

import Foundation

/// Values as a parser meets them: one contiguous buffer of UTF-8 with the range of each value, and
/// the same values as strings.
struct BenchValues {
    let bytes: [UInt8]
    let ranges: [Range<Int>]
    let strings: [String]

    init(_ strings: [String]) {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for string in strings {
            let start = bytes.count
            bytes.append(contentsOf: string.utf8)
            ranges.append(start..<bytes.count)
        }
        self.bytes = bytes
        self.ranges = ranges
        self.strings = strings
    }

    var megabytes: Double { Double(bytes.count) / 1_000_000 }
}

/// Names from common family, middle and given names (both tone placements occur, as in real
/// registers), and phrases from the words of the center's notices, numbers and dates.
struct BenchCorpus {
    static let families = ["Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng",
                           "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh",
                           "Trương", "Lâm", "Mai", "Tạ", "Quách", "Kiều"]
    static let middles = ["Văn", "Thị", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Thu", "Xuân",
                          "Hoài", "Bảo", "Gia", "Kim", "Thùy", "Thuỳ", "Phương", "Khánh", "Hoàng", "Anh"]
    static let givens = ["An", "Anh", "Ánh", "Ân", "Bình", "Châu", "Chi", "Cường", "Dũng", "Duyên", "Đạt", "Đức",
                         "Giang", "Hà", "Hải", "Hạnh", "Hiền", "Hiếu", "Hòa", "Hoà", "Hùng", "Hương", "Hường",
                         "Huy", "Khánh", "Khoa", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Ngân", "Ngọc",
                         "Nguyệt", "Nhung", "Phong", "Phúc", "Phương", "Quang", "Quân", "Quý", "Quỳnh", "Sơn",
                         "Tâm", "Thảo", "Thủy", "Thuỷ", "Thúy", "Thuý", "Trang", "Trí", "Trung", "Tú", "Tuấn",
                         "Tùng", "Uyên", "Vân", "Việt", "Vy", "Xuân", "Yến"]
    static let words = """
        lớp học tiếng Anh tin cơ bản văn phòng người lớn thiếu nhi buổi tối chủ nhật phường khuyến tuần \
        lễ hưởng ứng suốt đời trung tâm cộng đồng đăng ký khai giảng bế học viên giáo viên quỹ khen \
        thưởng gia đình hiếu dòng họ đơn vị năm tháng ngày thứ hai ba tư sáu bảy sáng chiều kỹ năng \
        sống đọc sách thư viện câu lạc bộ dưỡng sinh múa hát cắm hoa nấu ăn may vá trồng rau sạch an \
        toàn giao thông pháp luật sức khỏe khoẻ y tế điện thoại thông minh mạng xã hội chữ viết đúng \
        chính tả toán ôn thi và cho của với các những được có không đã sẽ đang 2022 10A1 500.000đ 06/10
        """.split(separator: " ").map(String.init)

    private var generator: SplitMix64

    init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    mutating func name() -> String {
        var parts = [pick(Self.families), pick(Self.middles)]
        if generator.next() % 3 == 0 { parts.append(pick(Self.middles)) }
        parts.append(pick(Self.givens))
        return parts.joined(separator: " ")
    }

    mutating func phrase() -> String {
        let count = 6 + Int(generator.next() % 9)
        var text = (0..<count).map { _ in pick(Self.words) }.joined(separator: " ")
        text.replaceSubrange(text.startIndex...text.startIndex, with: text.prefix(1).uppercased())
        return text + "."
    }

    /// Names and phrases, about two names to one phrase, until `bytes` bytes of NFC text.
    mutating func values(bytes: Int) -> [String] {
        var values: [String] = []
        var total = 0
        while total < bytes {
            let value = generator.next() % 3 == 0 ? phrase() : name()
            total += value.utf8.count
            values.append(value)
        }
        return values
    }

    private mutating func pick(_ list: [String]) -> String {
        list[Int(generator.next() % UInt64(list.count))]
    }
}

/// SplitMix64: a small, fast, seedable generator, so every run measures the same text.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E11B
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
