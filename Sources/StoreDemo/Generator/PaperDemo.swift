/// What the papers need in the demo: Phường Quảng Châu's issuing bodies and signers, the register, the fund's book, vouchers, pupils' classes.

import Store

/// The demo's records for the ward's papers. It writes `office.rec`, `papers.rec` and
/// `fundbook.rec`, and adds to the records other plans write (`amend`): a receipt number on each
/// donation, a payment voucher on each prize-giving's awards (one voucher per branch and day, in
/// one series with the expenses, in date order, starting again each calendar year), and a class
/// and school on pupils' awards. It draws from streams of its own, so the other files' records
/// are the same with or without it.
final class PaperDemo {
    private let seed: UInt64
    private let branches: [String: GeneratedBranch]
    /// The next receipt and payment numbers, per calendar year.
    private var receipts: [Int: Int] = [:]
    private var payments: [Int: Int] = [:]
    /// The expenses, with their voucher once given.
    private var expenses: [(day: String, amount: Int, payee: String, purpose: String, voucher: String?)]
    /// The branch and day of the last prize-giving, and its voucher.
    private var lastGiving: (key: String, voucher: String)?

    init(seed: UInt64, plan: BranchPlan) {
        self.seed = seed
        branches = Dictionary(plan.branches.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        expenses = Self.spending.map { ($0.0, $0.1, $0.2, $0.3, nil) }
    }

    // MARK: office.rec, papers.rec, fundbook.rec

    /// Writes `file` if it is one of the papers' files; false for any other file.
    func write(_ file: String, _ out: inout RecEmitter, sets: [SetSchema]) throws -> Bool {
        switch file {
        case "office.rec":
            try out.begin(sets[0])
            for b in Self.bodies {
                try out.record([("Id", b.0), ("Name", b.1), ("Kind", b.2), ("Code", b.3), ("Parent", b.4),
                                ("ParentName", b.5), ("Place", b.6)])
            }
            try out.begin(sets[1])
            for (k, s) in Self.signers.enumerated() {
                try out.record([("Id", GeneratedIds.id("NK", k + 1, count: Self.signers.count, minimumWidth: 2)),
                                ("Name", s.0), ("Title", s.1), ("Role", s.2), ("Body", s.3), ("From", s.4), ("To", s.5)])
            }
        case "papers.rec":
            try out.begin(sets[0])
            try out.record([("Id", "TTHTCD-2022-001"), ("Body", "TTHTCD"), ("Year", "2022"), ("Number", "1"),
                            ("Kind", "KH"), ("Date", "2022-09-15"),
                            ("Title", "Kế hoạch tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2022")])
        case "fundbook.rec":
            try out.begin(sets[0])
            try out.record([("Id", "NQ2022"), ("Year", "2022"), ("Opening", "18650000"),
                            ("Note", "Số dư chuyển sang từ năm 2021")])
            try out.begin(sets[1])
            for k in expenses.indices { number(expense: k) }
            for (k, e) in expenses.enumerated() {
                try out.record([("Id", GeneratedIds.id("KC", k + 1, count: expenses.count, minimumWidth: 3)),
                                ("Date", e.day), ("Amount", String(e.amount)), ("Payee", e.payee),
                                ("Purpose", e.purpose), ("Voucher", e.voucher)])
            }
        default:
            return false
        }
        return true
    }

    // MARK: what other plans write

    /// Adds the papers' fields to a record of `set` that another plan is about to write.
    func amend(_ set: String, _ fields: inout [(String, String?)]) {
        func value(_ name: String) -> String? { fields.first { $0.0 == name }?.1 ?? nil }
        switch set {
        case "Donation":
            guard let day = value("Date"), let year = Int(day.prefix(4)) else { return }
            receipts[year, default: 0] += 1
            fields.append(("Voucher", "PT" + Self.padded(receipts[year] ?? 1)))
        case "Award":
            guard let day = value("Date"), let branch = value("Branch") else { return }
            if value("Kind") == "student", let id = value("Id") { fields += pupil(id: id, branch: branch) }
            guard let amount = value("Amount").flatMap({ Int($0) }), amount > 0 else { return }
            let key = day + "|" + branch
            if lastGiving?.key != key {
                for k in expenses.indices where expenses[k].voucher == nil && expenses[k].day < day { number(expense: k) }
                lastGiving = (key, nextPayment(day))
            }
            fields.append(("Voucher", lastGiving?.voucher))
        default:
            return
        }
    }

    /// A pupil's class and school: a school branch's own school; for a neighbourhood's pupils,
    /// most of the time one of the ward's schools.
    private func pupil(id: String, branch: String) -> [(String, String?)] {
        var random = GeneratorRandom(seed: seed, part: 40, index: UInt64(truncatingIfNeeded: id.hashValueStable))
        let school: String
        if let body = branches[branch]?.body, branches[branch]?.kind == "school" {
            school = body
        } else if random.percent(70) {
            school = random.pick(Self.wardSchools)
        } else {
            return []
        }
        let grade: String
        if school.contains("Mầm non") {
            grade = random.pick(["Mầm", "Chồi", "Lá"]) + " " + random.pick(["A", "B", "C"])
        } else if school.contains("Tiểu học") {
            grade = "\(random.int(in: 1...5))" + random.pick(["A", "B", "C", "D"])
        } else {
            grade = "\(random.int(in: 6...9))" + random.pick(["A", "B", "C", "D"])
        }
        return [("Class", "Lớp " + grade), ("School", school)]
    }

    private func number(expense k: Int) {
        guard expenses[k].voucher == nil else { return }
        expenses[k].voucher = nextPayment(expenses[k].day)
    }

    private func nextPayment(_ day: String) -> String {
        let year = Int(day.prefix(4)) ?? 0
        payments[year, default: 0] += 1
        return "PC" + Self.padded(payments[year] ?? 1)
    }

    private static func padded(_ n: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    // MARK: the ward's own

    /// Id, letterhead name, kind, code, parent, parent's name, place.
    static let bodies: [(String, String, String, String?, String?, String?, String)] = [
        ("UBND-SS", "UBND THÀNH PHỐ SẦM SƠN", "committee", nil, nil, "UBND TỈNH THANH HÓA", "Thành phố Sầm Sơn"),
        ("UBND-QC", "UBND PHƯỜNG QUẢNG CHÂU", "committee", "UBND", "UBND-SS", nil, "Phường Quảng Châu"),
        ("TTHTCD", "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG", "center", "TTHTCĐ", "UBND-QC", nil, "Phường Quảng Châu"),
        ("HKH-SS", "HỘI KHUYẾN HỌC THÀNH PHỐ SẦM SƠN", "association", nil, nil, nil, "Thành phố Sầm Sơn"),
        ("HKH-QC", "HỘI KHUYẾN HỌC PHƯỜNG QUẢNG CHÂU", "association", "HKH", "HKH-SS", nil, "Phường Quảng Châu"),
    ]

    /// Invented people: name, title, role, body, from, to.
    static let signers: [(String, String, String, String, String?, String?)] = [
        ("Lê Thị Hương", "Giám đốc", "head", "TTHTCD", nil, nil),
        ("Nguyễn Văn Thành", "Phó Giám đốc", "deputy", "TTHTCD", nil, nil),
        ("Lê Đình Quý", "Chủ tịch", "head", "HKH-QC", nil, "2022-06-30"),
        ("Trịnh Văn Lâm", "Chủ tịch", "head", "HKH-QC", "2022-07-01", nil),
        ("Hoàng Thị Mai", "Thủ quỹ", "treasurer", "HKH-QC", nil, nil),
        ("Phạm Thị Lan", "Người lập biểu", "preparer", "HKH-QC", nil, nil),
        ("Đỗ Thị Thu", "Người lập biểu", "preparer", "TTHTCD", nil, nil),
    ]

    /// The schools a neighbourhood's pupils go to.
    static let wardSchools = ["Trường Tiểu học Quảng Châu", "Trường THCS Quảng Châu", "Trường Mầm non Quảng Châu"]

    /// The year's spending other than awards: day, amount, payee, purpose (invented).
    static let spending: [(String, Int, String, String)] = [
        ("2022-09-20", 3_500_000, "Nhà sách Hồng Hà Sầm Sơn", "Mua sách, vở tặng học sinh có hoàn cảnh khó khăn"),
        ("2022-09-28", 1_200_000, "Cơ sở in Quảng Châu", "In giấy khen Tuần lễ hưởng ứng học tập suốt đời"),
        ("2022-10-05", 2_000_000, "Cơ sở âm thanh, trang trí Hải Tiến", "Trang trí hội trường lễ khai mạc Tuần lễ"),
        ("2022-10-06", 850_000, "Cửa hàng hoa Thu Trang", "Hoa tươi, nước uống phục vụ lễ khai mạc"),
        ("2022-10-06", 1_000_000, "Ông Nguyễn Đức Minh", "Bồi dưỡng báo cáo viên lớp tập huấn chuyển đổi số"),
        ("2022-11-15", 450_000, "Cửa hàng văn phòng phẩm Minh Anh", "Văn phòng phẩm, sổ sách của Hội"),
        ("2022-12-20", 1_500_000, "Chi hội khu phố 3", "Hỗ trợ tủ sách cộng đồng khu phố 3"),
        ("2023-01-12", 5_000_000, "Hội Khuyến học phường Quảng Châu", "Quà Tết cho học sinh có hoàn cảnh khó khăn"),
        ("2023-02-20", 600_000, "Bà Lê Thị Hoa", "Thăm hỏi học sinh ốm đau, gia đình gặp khó khăn"),
        ("2023-03-25", 1_300_000, "Hội Khuyến học phường Quảng Châu", "Hội nghị sơ kết công tác khuyến học 6 tháng"),
        ("2023-05-30", 2_400_000, "Hội Khuyến học phường Quảng Châu", "Quà cho học sinh vượt khó nhân ngày Quốc tế Thiếu nhi"),
        ("2023-06-15", 1_800_000, "Nhà sách Hồng Hà Sầm Sơn", "Sách tham khảo cho tủ sách cộng đồng"),
    ]
}

private extension String {
    /// The same number on every run and platform (Swift's `hashValue` is seeded per process).
    var hashValueStable: UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }
}
