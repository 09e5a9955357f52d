/// The criteria sets every new store starts with, as the published decisions give them: data the ward can correct, never rules in code.

/// The records of criteria.rec that `hoctap init` and the demo write. What the sources give is
/// written as given; what a source gives only weakly is marked `Status: weak`; what was not found
/// is an empty place (`Status: missing`, "cần bổ sung theo văn bản hiện hành") — never an
/// invented item. A set with an empty place recognises no one until the ward fills it in.
public enum PublishedCriteria {
    /// The learning-citizen set of Quyết định 324/QĐ-KHVN.
    public static let citizenSetId = "CDHT-324"

    /// The records of each set of criteria.rec, by set name, in file order.
    public static let records: [String: [[(String, String)]]] = [
        "CriteriaSet": sets,
        "Criterion": citizenItems + familyItems + [
            empty("DHHT-448", "1", group: "Bảng tiêu chí dòng họ học tập chưa tìm thấy"),
            empty("TDPHT", "1", group: "Bảng tiêu chí cộng đồng học tập cấp tổ dân phố chưa tìm thấy"),
            empty("DVHT", "1", group: "Bảng tiêu chí đơn vị học tập chưa kiểm chứng"),
        ],
    ]

    /// criteria.rec's text: its comment, then each set's descriptor and records.
    public static func fileText() -> String {
        StoreSchema.fileText(for: "criteria.rec") { set in
            (records[set.name] ?? []).map { fields in fields.map { "\($0.0): \($0.1)\n" }.joined() }
        }
    }

    private static let sets: [[(String, String)]] = [
        [("Id", citizenSetId), ("Name", "Công dân học tập"), ("Title", "citizen"),
         ("Decision", "Quyết định 324/QĐ-KHVN ngày 25/10/2023 của Hội Khuyến học Việt Nam (thay Quyết định 244/QĐ-KHVN ngày 28/7/2022)"),
         ("Rule", "points"), ("PassTotal", "80"), ("PassItem", "5"), ("SendBy", "15/12"),
         ("Note", "3 năng lực, 10 chỉ tiêu, mỗi chỉ tiêu 10 điểm; công nhận khi đạt từ 80 điểm và không chỉ tiêu nào dưới 5 điểm. "
            + "Nội dung từng chỉ tiêu lấy theo bản dự thảo năm 2020 (nguồn yếu): cần đối chiếu với văn bản")],
        [("Id", "GDHT-448"), ("Name", "Gia đình học tập"), ("Title", "family"),
         ("Decision", "Quyết định 448/QĐ-KHVN (cuối năm 2015), gửi kèm Công văn 6782/BGDĐT-GDTX ngày 29/12/2015; áp dụng từ 01/01/2016"),
         ("Rule", "points"), ("SendBy", "15/12"),
         ("Note", "Bộ tiêu chí giai đoạn 2016–2020; chưa tìm thấy bộ thay thế cho 2021–2030. Điểm của tiêu chí 3, 4 và "
            + "mức điểm công nhận chưa tìm thấy: cần bổ sung theo văn bản hiện hành")],
        [("Id", "DHHT-448"), ("Name", "Dòng họ học tập"), ("Title", "clan"),
         ("Decision", "Quyết định 448/QĐ-KHVN (cuối năm 2015); bảng tiêu chí dòng họ chưa tìm thấy"),
         ("Rule", "points"), ("SendBy", "15/12"), ("Note", "Cần bổ sung toàn bộ tiêu chí theo văn bản hiện hành")],
        [("Id", "TDPHT"), ("Name", "Cộng đồng học tập (tổ dân phố)"), ("Title", "community"),
         ("Decision", "Chưa xác định: Thông tư 44/2014/TT-BGDĐT đánh giá cộng đồng học tập cấp xã, không phải tổ dân phố"),
         ("Rule", "points"), ("SendBy", "15/12"), ("Note", "Cần bổ sung toàn bộ tiêu chí theo văn bản hiện hành")],
        [("Id", "DVHT"), ("Name", "Đơn vị học tập"), ("Title", "unit"),
         ("Decision", "Chưa xác định: Thông tư 22/2020/TT-BGDĐT ngày 06/8/2020 được một nguồn nêu là tiêu chí đơn vị học tập, "
            + "chưa kiểm chứng"),
         ("Rule", "points"), ("SendBy", "15/12"), ("Note", "Cần bổ sung toàn bộ tiêu chí theo văn bản hiện hành")],
    ]

    private static let competencies = [
        "Năng lực tự học và học tập suốt đời",
        "Năng lực sử dụng các công cụ học tập",
        "Năng lực thực hiện các kỹ năng xã hội",
    ]

    private static let citizenItems: [[(String, String)]] = [
        (0, "Đọc sách, báo, tài liệu và thường xuyên cập nhật thông tin"),
        (0, "Có kế hoạch học tập của bản thân"),
        (0, "Dành thời gian tham gia câu lạc bộ, sinh hoạt ở thư viện"),
        (0, "Khuyến khích, giúp đỡ người khác học tập"),
        (1, "Sử dụng công nghệ thông tin"),
        (1, "Sử dụng ngoại ngữ"),
        (1, "Năng lực tính toán"),
        (1, "Tư duy phản biện"),
        (2, "Chỉ tiêu thứ nhất về quan hệ xã hội (nội dung chưa tìm thấy, cần bổ sung theo văn bản hiện hành)"),
        (2, "Chỉ tiêu thứ hai về quan hệ xã hội (nội dung chưa tìm thấy, cần bổ sung theo văn bản hiện hành)"),
    ].enumerated().map { k, item in
        [("Set", citizenSetId), ("Code", String(k + 1)), ("Text", item.1), ("Max", "10"),
         ("Group", competencies[item.0]), ("Status", "weak")]
    }

    private static let familyItems: [[(String, String)]] = {
        let children = "Tiêu chí 1: Việc học tập của trẻ em (30 điểm)", adults = "Tiêu chí 2: Việc học tập của người lớn (30 điểm)"
        func given(_ code: String, _ text: String, _ group: String) -> [(String, String)] {
            [("Set", "GDHT-448"), ("Code", code), ("Text", text), ("Max", "10"), ("Group", group)]
        }
        return [
            given("1.1", "Trẻ em trong độ tuổi phổ cập giáo dục được đến trường và hoàn thành phổ cập", children),
            given("1.2", "Kết quả học tập từ trung bình trở lên, hạnh kiểm từ khá trở lên", children),
            given("1.3", "Lễ phép, tích cực tham gia các hoạt động ở địa phương", children),
            given("2.1", "Người lớn từ 19 đến 60 tuổi biết chữ từ mức độ 1 trở lên", adults),
            [("Set", "GDHT-448"), ("Code", "2.2"),
             ("Text", "Mỗi người lớn học ít nhất một nội dung trong năm (điểm tối đa: " + Criterion.emptyPlaceText + ")"),
             ("Group", adults), ("Status", "missing")],
            empty("GDHT-448", "2.3", group: adults),
            empty("GDHT-448", "3", group: "Tiêu chí 3: Điều kiện học tập"),
            empty("GDHT-448", "4", group: "Tiêu chí 4: Hiệu quả học tập"),
        ]
    }()

    /// An empty place of a set: the source was not found.
    private static func empty(_ set: String, _ code: String, group: String) -> [(String, String)] {
        [("Set", set), ("Code", code), ("Text", Criterion.emptyPlaceText), ("Group", group), ("Status", "missing")]
    }
}
