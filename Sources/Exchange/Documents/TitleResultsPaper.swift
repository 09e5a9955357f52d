/// The year's learning-title results as a paper: the titles against their targets, the party's block, each assessment, who waits.

import Reports
import Store
import VietText

extension TitleResults {
    /// The association's report of the year's assessment, on its side: four tables (the titles,
    /// the party's block, every assessment with its computed result, who registered and is not
    /// assessed yet), then the sets that could not recognise anyone; signed by the one who drew it
    /// up and the chairman.
    public var paper: Paper {
        var body: [PaperBlock] = [.paragraph("Kết quả đánh giá, công nhận danh hiệu học tập năm \(year) "
                                             + "(gửi Hội Khuyến học cấp trên trước ngày \(sendBy)/\(year)).")]
        body.append(.heading("I. TỔNG HỢP THEO DANH HIỆU"))
        body.append(.table(DataTable(
            caption: "Tổng hợp",
            columns: [TableColumn("Danh hiệu"), TableColumn("Được công nhận", .integer), TableColumn("Đã đánh giá", .integer),
                      TableColumn("Tổng số", .integer), TableColumn("Tỷ lệ", .percent), TableColumn("Chỉ tiêu"),
                      TableColumn("Nguồn số liệu")],
            rows: lines.map { line in
                [.text(line.title.vietnamese), .integer(line.tally.recognized), .integer(line.tally.assessed),
                 .integer(line.tally.total), line.tally.fraction.map(CellValue.percent) ?? .empty,
                 .text(Self.targetText(line.target)), .text(Self.originText(line.tally))]
            })))
        body.append(.heading("II. KHỐI ĐẢNG"))
        let party: [(String, TitleTally)] = [("Đảng viên là công dân học tập", self.party.citizens),
                                             ("Gia đình đảng viên là gia đình học tập", self.party.families),
                                             ("Chi bộ là đơn vị học tập", self.party.cells)]
        body.append(.table(DataTable(
            caption: "Khối Đảng",
            columns: [TableColumn("Nội dung"), TableColumn("Đạt", .integer), TableColumn("Tổng số", .integer),
                      TableColumn("Tỷ lệ", .percent)],
            rows: party.map { label, t in
                [.text(label), .integer(t.recognized), .integer(t.total), t.fraction.map(CellValue.percent) ?? .empty]
            })))
        body.append(.heading("III. KẾT QUẢ ĐÁNH GIÁ TỪNG ĐỐI TƯỢNG"))
        body.append(.table(DataTable(
            caption: "Kết quả",
            columns: [TableColumn("STT", .integer), TableColumn("Mã"), TableColumn("Tên"), TableColumn("Danh hiệu"),
                      TableColumn("Bộ tiêu chí"), TableColumn("Tổng điểm", .integer), TableColumn("Kết quả"),
                      TableColumn("Ngày đánh giá", .date)],
            rows: rows.map { r in
                [.integer(r.number), .text(r.subject), .text(r.name), .text(r.title.vietnamese), .text(r.set),
                 .integer(r.total), .text(Self.resultText(r.result)), r.date.map(CellValue.date) ?? .empty]
            })))
        body.append(.heading("IV. ĐÃ ĐĂNG KÝ, CHƯA ĐÁNH GIÁ"))
        if awaiting.isEmpty {
            body.append(.paragraph("Không có."))
        } else {
            body.append(.table(DataTable(
                caption: "Chưa đánh giá",
                columns: [TableColumn("STT", .integer), TableColumn("Mã"), TableColumn("Tên"), TableColumn("Danh hiệu")],
                rows: awaiting.enumerated().map { n, a in
                    [.integer(n + 1), .text(a.subject), .text(a.name), .text(a.title.vietnamese)]
                })))
        }
        if !incompleteSets.isEmpty {
            body.append(.paragraph("Các bộ tiêu chí sau còn mục cần bổ sung theo văn bản hiện hành nên chưa công nhận được "
                + "đối tượng nào (kết quả \"chưa đủ tiêu chí\"); số liệu của các danh hiệu này lấy theo số liệu thống kê: "
                + incompleteSets.map { "\($0.id) (\($0.name))" }.joined(separator: ", ") + "."))
        }
        let signatures = DocumentFrame.associationSignatures(signers).filter { $0.title != "Thủ quỹ" }
        return Paper(kind: .associationList, orientation: .landscape,
                     letterhead: DocumentFrame.letterhead(letterhead),
                     placeAndDate: DocumentFrame.placeAndDate(letterhead, issued),
                     title: "BÁO CÁO", summary: "Kết quả đánh giá, công nhận danh hiệu học tập năm \(year)",
                     body: body, signatures: signatures)
    }

    /// "70% (QĐ 387/QĐ-TTg (2025))", "≥ 2 (T3)", or "chưa có chỉ tiêu".
    static func targetText(_ t: TitleTarget) -> String {
        if let p = t.percent { return "\(p)% (\(t.source))" }
        if let c = t.count { return "\(VietFormat.integer(c)) (\(t.source))" }
        return "chưa có chỉ tiêu"
    }

    static func originText(_ t: TitleTally) -> String {
        var text: String
        switch t.origin {
        case .assessments: text = "Kết quả đánh giá"
        case .counts: text = "Số liệu thống kê"
        case .subjects: text = "Chưa có kết quả"
        }
        if t.undecided > 0 { text += "; \(VietFormat.integer(t.undecided)) chưa đủ tiêu chí" }
        return text
    }

    static func resultText(_ r: AssessmentResult) -> String {
        switch r {
        case .recognized: "Công nhận"
        case .notRecognized: "Không đạt"
        case .incomplete: "Chưa chấm đủ"
        case .criteriaIncomplete: "Chưa đủ tiêu chí"
        }
    }
}
