/// The center's report on the Lifelong Learning Week as an administrative paper: sections I–V, every figure from the report's values.

import Reports
import Store
import VietText

extension WeekReport {
    /// "BÁO CÁO Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2022", as the center sends
    /// it to the ward: the letterhead, the register's number (dots to fill by hand on a draft),
    /// place and date; I the week and its ceremony, II classes by topic, III awards and the fund,
    /// IV titles and targets, V the ward's indicators; "Nơi nhận" and the director's signature.
    public var paper: Paper {
        let campaignTitle = campaign?.title ?? "Tuần lễ hưởng ứng học tập suốt đời"
        let code = letterhead?.code.map { "-" + $0 } ?? ""
        let center = campaign.map { _ in centerName } ?? letterhead?.body.lowercased().capitalizedFirst ?? "Trung tâm học tập cộng đồng"
        var body: [PaperBlock] = [
            .paragraph("Thực hiện kế hoạch tổ chức \(campaignTitle), \(center) báo cáo kết quả "
                       + scopeText + " như sau:"),
        ]
        body += weekSection + classSection + awardSection + titleSection + indicatorSection
        body.append(.paragraph("Trên đây là báo cáo kết quả tổ chức \(campaignTitle) của \(center)./."))
        var recipients: [String] = []
        if let ward {
            recipients += ["UBND \(ward.lowercasedFirst) (để báo cáo);", "Hội Khuyến học \(ward.lowercasedFirst) (để phối hợp);"]
        }
        recipients.append("Lưu: VT.")
        return Paper(kind: .administrativeReport, letterhead: DocumentFrame.letterhead(letterhead),
                     number: number ?? "……/BC\(code)",
                     placeAndDate: DocumentFrame.placeAndDate(letterhead, ward: ward, issued),
                     title: "BÁO CÁO", summary: "Kết quả tổ chức " + campaignTitle,
                     body: body, recipients: recipients,
                     signatures: [signer.map { DocumentFrame.signature($0) } ?? SignatureBlock(title: "Giám đốc")])
    }

    /// "Trung tâm học tập cộng đồng phường Quảng Châu": the campaign's center, else the letterhead's body.
    private var centerName: String {
        guard let ward else { return "Trung tâm học tập cộng đồng" }
        return "Trung tâm học tập cộng đồng \(ward.lowercasedFirst)"
    }

    /// "năm học 2022-2023", "từ ngày … đến ngày …", with the branch when the report covers one.
    private var scopeText: String {
        var text = scope.period.label.lowercasedFirst
        if let branch = scope.branch {
            text += " (\(awardsByBranch.first?.name ?? branch))"
        }
        return text
    }

    // MARK: - I. The week

    private var weekSection: [PaperBlock] {
        guard let c = campaign else { return [] }
        var out: [PaperBlock] = [.heading("I. CÔNG TÁC TỔ CHỨC TUẦN LỄ")]
        out.append(.paragraph("\(c.title) được tổ chức từ ngày \(VietFormat.date(c.weekStart)) đến ngày "
                              + "\(VietFormat.date(c.weekEnd))" + (c.themes.isEmpty ? "." : " với chủ đề:")))
        if !c.themes.isEmpty { out.append(.bullets(c.themes.map { "\"\($0)\"." })) }
        if let day = c.ceremonyDate {
            var when = c.ceremonyTime.map { "lúc \(VietFormat.time($0)), " } ?? ""
            when += "\(VietFormat.weekday(day)), ngày \(VietFormat.date(day))"
            let venue = c.venue.map { ", tại \($0)" } ?? ""
            out.append(.paragraph("Lễ khai mạc được tổ chức \(when)\(venue)" + (c.agenda.isEmpty ? "." : ", với chương trình:")))
            if !c.agenda.isEmpty {
                out.append(.bullets(c.agenda.enumerated().map { n, item in
                    (item.time.map { VietFormat.time($0) + ": " } ?? "") + item.item + (item.by.map { " (\($0))" } ?? "")
                        + (n == c.agenda.count - 1 ? "." : ";")
                }))
            }
        }
        return out
    }

    // MARK: - II. Classes

    private var classSection: [PaperBlock] {
        let table = DataTable(
            caption: "Lớp học theo chủ đề",
            columns: [TableColumn("Chủ đề"), TableColumn("Số lớp", .integer), TableColumn("Lượt người học", .integer)],
            rows: topics.map { [.text($0.topic.isEmpty ? "(chưa ghi chủ đề)" : $0.topic), .integer($0.classes), .integer($0.learnerTurns)] },
            totals: TableTotals(columns: [1, 2]))
        return [.heading("II. CÁC LỚP HỌC, CHUYÊN ĐỀ"),
                .paragraph("Trung tâm đã tổ chức \(VietFormat.integer(classes)) lớp học, chuyên đề với "
                           + "\(VietFormat.integer(learnerTurns)) lượt người học, cụ thể:"),
                .table(table)]
    }

    // MARK: - III. Awards and the fund

    private var awardSection: [PaperBlock] {
        func lines(_ caption: String, _ first: String, _ lines: [AwardLine]) -> DataTable {
            DataTable(caption: caption,
                      columns: [TableColumn(first), TableColumn("Số lượt", .integer), TableColumn("Số tiền (đồng)", .money)],
                      rows: lines.filter { $0.count > 0 }.map { [.text($0.name), .integer($0.count), .money($0.amount)] },
                      totals: TableTotals(columns: [1, 2]))
        }
        let fundTable = DataTable(
            caption: "Quỹ khuyến học",
            columns: [TableColumn("Nội dung"), TableColumn("Số tiền (đồng)", .money)],
            rows: [[.text("Số dư đầu kỳ"), .money(fund.opening)],
                   [.text("Thu ủng hộ trong kỳ"), .money(fund.donations)],
                   [.text("Chi khen thưởng"), .money(fund.awarded)],
                   [.text("Chi khác"), .money(fund.expenses)],
                   [.text("Số dư cuối kỳ"), .money(fund.closing)]])
        return [.heading("III. CÔNG TÁC KHUYẾN HỌC, KHUYẾN TÀI"),
                .heading("1. Khen thưởng"),
                .paragraph("Các chi hội khuyến học đã khen thưởng \(VietFormat.integer(awardCount)) lượt với tổng số tiền "
                           + "\(VietFormat.integer(awardAmount)) đồng."),
                .table(lines("Khen thưởng theo chi hội", "Chi hội", awardsByBranch)),
                .table(lines("Khen thưởng theo đối tượng", "Đối tượng", awardsByKind)),
                .heading("2. Quỹ khuyến học"),
                .paragraph("Thu ủng hộ \(VietFormat.integer(fund.donations)) đồng; chi \(VietFormat.integer(fund.out)) đồng "
                           + "(khen thưởng \(VietFormat.integer(fund.awarded)) đồng, chi khác \(VietFormat.integer(fund.expenses)) đồng); "
                           + "số dư cuối kỳ \(VietFormat.integer(fund.closing)) đồng."),
                .table(fundTable)]
    }

    // MARK: - IV. Titles and targets

    private var titleSection: [PaperBlock] {
        guard !titles.isEmpty || !targets.isEmpty else { return [] }
        var out: [PaperBlock] = [.heading("IV. XÂY DỰNG XÃ HỘI HỌC TẬP")]
        if !titles.isEmpty {
            out.append(.heading("1. Danh hiệu học tập"))
            out.append(.table(DataTable(
                caption: "Danh hiệu học tập",
                columns: [TableColumn("Danh hiệu"), TableColumn("Được công nhận", .integer), TableColumn("Tổng số", .integer),
                          TableColumn("Tỷ lệ", .percent)],
                rows: titles.map { t in
                    [.text(t.name), .integer(t.recognized), .integer(t.total),
                     t.total > 0 ? .percent(Double(t.recognized) / Double(t.total)) : .empty]
                })))
        }
        if !targets.isEmpty {
            let year = targets.first?.schoolYear.map { " (năm học \($0))" } ?? ""
            out.append(.heading("\(titles.isEmpty ? 1 : 2). Kết quả so với chỉ tiêu\(year)"))
            out.append(.table(DataTable(
                caption: "Chỉ tiêu",
                columns: [TableColumn("Chỉ tiêu"), TableColumn("Kế hoạch"), TableColumn("Thực hiện"), TableColumn("Tỷ lệ đạt", .percent)],
                rows: targets.map { t in
                    [.text(t.label), .text(Self.amount(t.goal, unit: t.unit)), .text(Self.amount(t.actual, unit: t.unit)),
                     t.fraction.map(CellValue.percent) ?? .empty]
                })))
        }
        return out
    }

    // MARK: - V. The ward's indicators

    private var indicatorSection: [PaperBlock] {
        guard !indicators.isEmpty else { return [] }
        return [.heading("V. CÁC CHỈ SỐ GIÁO DỤC CỦA PHƯỜNG"),
                .table(DataTable(
                    caption: "Chỉ số giáo dục",
                    columns: [TableColumn("Nhóm"), TableColumn("Chỉ số"), TableColumn("Kết quả")],
                    rows: indicators.map { i in
                        [i.group.map(CellValue.text) ?? .empty, .text(i.label), .text(Self.indicatorText(i))]
                    }))]
    }

    /// "2.700 lượt"; "72,0%" for a share given in per cent.
    static func amount(_ value: Int, unit: String?) -> String {
        if unit == "%" { return CellValue.percentText(Double(value) / 100) }
        return VietFormat.integer(value) + (unit.map { " " + $0 } ?? "")
    }

    /// "13 người", "100,0%", "24/35 (68,6%)".
    static func indicatorText(_ i: Indicator) -> String {
        if let of = i.of, of > 0 {
            return "\(VietFormat.integer(i.value))/\(VietFormat.integer(of)) (\(CellValue.percentText(Double(i.value) / Double(of))))"
        }
        return amount(i.value, unit: i.unit)
    }
}
