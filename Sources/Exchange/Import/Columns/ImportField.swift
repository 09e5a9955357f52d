/// The things a column of a list can hold, and the header spellings each is known by.

/// A column's meaning. Headers are matched by `HeaderKey.fold` against `spellings` (whole) and
/// `prefixes` (the header starts with one), so "Họ và tên học sinh" is a name and "Số tiền (đồng)"
/// an amount.
public enum ImportField: String, CaseIterable, Sendable {
    case sequence, name, birth, gender, male, female, birthMale, birthFemale, className, school, neighborhood, phone
    case achievement, amount, date, organization, purpose, sponsor, branch, recipientKind, schoolYear, classId, learnerId
    /// An assessment sheet's subject by its id (a family's, a unit's …) and who assessed.
    case subjectId, assessor

    /// What the column is called in the preview.
    public var words: String {
        switch self {
        case .sequence: return "số thứ tự"
        case .name: return "họ và tên"
        case .birth: return "ngày/năm sinh"
        case .gender: return "giới tính"
        case .male: return "nam (đánh dấu)"
        case .female: return "nữ (đánh dấu)"
        case .birthMale: return "năm sinh nam"
        case .birthFemale: return "năm sinh nữ"
        case .className: return "lớp"
        case .school: return "trường"
        case .neighborhood: return "khu phố/địa chỉ"
        case .phone: return "số điện thoại"
        case .achievement: return "thành tích"
        case .amount: return "số tiền"
        case .date: return "ngày"
        case .organization: return "đoàn thể/đơn vị"
        case .purpose: return "nội dung"
        case .sponsor: return "nhà tài trợ"
        case .branch: return "chi hội"
        case .recipientKind: return "đối tượng"
        case .schoolYear: return "năm học"
        case .classId: return "mã lớp"
        case .learnerId: return "mã học viên"
        case .subjectId: return "mã đối tượng"
        case .assessor: return "người đánh giá"
        }
    }

    /// Folded headers that mean this field.
    var spellings: [String] {
        switch self {
        case .sequence: return ["stt", "tt", "sothutu", "so"]
        case .name: return ["hovaten", "hoten", "ten", "hovatendem", "nguoiungho", "nhahaotam", "donvicanhan",
                            "canhandonvi", "tendonvicanhan", "nguoinhan", "hovatennguoinhan"]
        case .birth: return ["ngaysinh", "namsinh", "ngaythangnamsinh", "sinhngay", "sinhnam", "ngaythangsinh"]
        case .gender: return ["gioitinh", "namnu", "nunam", "phai"]
        case .male, .female, .birthMale, .birthFemale: return []
        case .className: return ["lop", "lophoc", "hoclop"]
        case .school: return ["truong", "truonghoc", "hoctaitruong", "hoctruong"]
        case .neighborhood: return ["diachi", "khupho", "todanpho", "tdp", "kp", "thon", "noio", "choohiennay", "noicutru",
                                    "khuphoto", "to"]
        case .phone: return ["sodienthoai", "sdt", "dienthoai", "dt", "didong", "sodt"]
        case .achievement: return ["thanhtich", "danhhieu", "thanhtichdatduoc", "noidungkhenthuong", "hinhthuckhenthuong",
                                   "loaikhenthuong", "khenthuong", "xeploai"]
        case .amount: return ["sotien", "muckhenthuong", "mucthuong", "tienthuong", "sotienungho", "thanhtien", "giatri",
                              "tien", "sotienthuong", "muctien"]
        case .date: return ["ngay", "ngaynhan", "ngaykhen", "ngaykhenthuong", "ngayungho", "ngayghidanh", "ngaydangky",
                            "ngaythang", "ngaynop"]
        case .organization: return ["doanthe", "tochuc", "coquan", "donvi", "noicongtac", "hoidoanthe", "thuochoi"]
        case .purpose: return ["noidung", "mucdich", "diengiai", "noidungungho"]
        case .sponsor: return ["nhataitro", "taitro", "nguontaitro"]
        case .branch: return ["chihoi", "chihoikhuyenhoc", "machihoi"]
        case .recipientKind: return ["doituong", "loaidoituong", "doituongkhen"]
        case .schoolYear: return ["namhoc"]
        case .classId: return ["malop", "malophoc"]
        case .learnerId: return ["mahocvien", "mahv"]
        case .subjectId: return ["ma", "madoituong", "maho", "mahogiadinh", "magiadinh", "madonvi", "madongho", "mato",
                                 "matodanpho", "macongdong"]
        case .assessor: return ["nguoidanhgia", "nguoichamdiem", "nguoicham", "nguoixet", "danhgiaboi"]
        }
    }

    /// Folded beginnings that mean this field ("hoten…", "sotien…").
    var prefixes: [String] {
        switch self {
        case .name: return ["hovaten", "hoten", "tennguoi", "tendonvi"]
        case .birth: return ["ngaysinh", "namsinh", "ngaythangnamsinh"]
        case .phone: return ["sodienthoai", "dienthoai"]
        case .achievement: return ["thanhtich", "danhhieu"]
        case .amount: return ["sotien", "muckhen", "mucthuong", "tienthuong"]
        case .date: return ["ngayungho", "ngaynhan", "ngaykhen"]
        case .neighborhood: return ["diachi", "khupho", "todanpho"]
        case .school: return ["truong"]
        default: return []
        }
    }

    /// The field a header stands for, if any. "Nam" alone is the male column; "Năm" alone (year)
    /// is not, though both fold to "nam".
    static func matching(_ header: String) -> ImportField? {
        let exact = HeaderKey.exact(header)
        if exact == "nam" { return .male }
        if exact == "nữ" || exact == "nu" { return .female }
        let key = HeaderKey.fold(header)
        guard !key.isEmpty else { return nil }
        if let field = allCases.first(where: { $0.spellings.contains(key) }) { return field }
        return allCases.first { field in field.prefixes.contains { key.hasPrefix($0) } }
    }

    /// The field a store field name or a field's own name stands for in `--map` ("BirthYear",
    /// "Recipient", "name"); nil for names it does not know.
    static func named(_ name: String) -> ImportField? {
        let key = name.lowercased()
        let storeNames: [String: ImportField] = [
            "name": .name, "recipient": .name, "donor": .name, "birthyear": .birth, "birthdate": .birth,
            "gender": .gender, "neighborhood": .neighborhood, "organization": .organization, "phone": .phone,
            "category": .achievement, "amount": .amount, "date": .date, "branch": .branch, "sponsor": .sponsor,
            "schoolyear": .schoolYear, "kind": .recipientKind, "purpose": .purpose, "class": .className,
            "learner": .learnerId, "school": .school, "subject": .subjectId, "assessor": .assessor,
        ]
        if let field = storeNames[key] { return field }
        return allCases.first { $0.rawValue.lowercased() == key }
    }
}
