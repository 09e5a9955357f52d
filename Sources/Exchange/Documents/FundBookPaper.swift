/// The fund's book as a paper: a register of receipts and payments between the opening and the closing balance.

import Reports
import Store
import VietText

extension FundBook {
    /// The book as the association's inspectors read it: Ngày, Số chứng từ, Diễn giải, Thu, Chi,
    /// Tồn, on its side so that the descriptions read on one line; the opening balance as the first row, the closing balance as the last, the period's
    /// receipts and payments added up below. A register: no number, no "Nơi nhận".
    public var paper: Paper {
        var lines: [[CellValue]] = [[.empty, .empty, .text("Số dư đầu kỳ"), .empty, .empty, .money(opening)]]
        lines += rows.map { r in
            [.date(r.date), r.voucher.map(CellValue.text) ?? .empty, .text(r.description),
             r.amountIn > 0 ? .money(r.amountIn) : .empty, r.amountOut > 0 ? .money(r.amountOut) : .empty, .money(r.balance)]
        }
        lines.append([.empty, .empty, .text("Số dư cuối kỳ"), .empty, .empty, .money(closing)])
        let table = DataTable(
            caption: "Sổ quỹ khuyến học",
            columns: [TableColumn("Ngày", .date), TableColumn("Số chứng từ", width: 11), TableColumn("Diễn giải"),
                      TableColumn("Thu (đồng)", .money), TableColumn("Chi (đồng)", .money), TableColumn("Tồn (đồng)", .money)],
            rows: lines,
            totals: TableTotals(label: "Cộng phát sinh", columns: [3, 4]))
        return Paper(kind: .register, orientation: .landscape, letterhead: DocumentFrame.letterhead(letterhead),
                     placeAndDate: DocumentFrame.placeAndDate(letterhead, issued),
                     title: "SỔ QUỸ KHUYẾN HỌC", summary: Self.periodText(period),
                     body: [.paragraph("Số dư đầu kỳ: \(VietFormat.integer(opening)) đồng; thu trong kỳ: "
                                       + "\(VietFormat.integer(totalIn)) đồng; chi trong kỳ: \(VietFormat.integer(totalOut)) đồng; "
                                       + "số dư cuối kỳ: \(VietFormat.integer(closing)) đồng."),
                            .table(table)],
                     signatures: DocumentFrame.associationSignatures(signers))
    }

    /// "Năm 2022" for a calendar year (the association's accounting year), "Năm học 2022-2023",
    /// or the span of dates.
    static func periodText(_ period: PaperPeriod) -> String {
        if case .dates(let a, let b) = period, a.month == 1, a.day == 1, b.year == a.year, b.month == 12, b.day == 31 {
            return "Năm \(a.year)"
        }
        return period.label
    }
}
