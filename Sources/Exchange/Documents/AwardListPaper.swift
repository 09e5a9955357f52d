/// The association's award list as a paper: on its side, one row a recipient with room to sign, the total and the total in words.

import Reports
import Store
import VietText

extension AwardList {
    /// The list as the association hands it round at a prize-giving: STT, name, class or school,
    /// branch, achievement, amount and "Ký nhận"; the total and "Bằng chữ: …"; signed by the one
    /// who drew it up, the treasurer and the chairman.
    public var paper: Paper {
        let table = DataTable(
            caption: "Danh sách khen thưởng",
            columns: [TableColumn("STT", .integer), TableColumn("Họ và tên"), TableColumn("Lớp, trường"),
                      TableColumn("Chi hội"), TableColumn("Thành tích"), TableColumn("Số tiền (đồng)", .money),
                      TableColumn("Ký nhận", .signature)],
            rows: rows.map { r in
                [.integer(r.number), .text(r.name), r.classOrSchool.isEmpty ? .empty : .text(r.classOrSchool),
                 .text(r.branchName), .text(r.category), .money(r.amount), .empty]
            },
            totals: TableTotals(columns: [5]))
        var summary = scope.period.label
        if let branch = scope.branch {
            summary = (rows.first?.branchName ?? branch) + ", " + summary.lowercasedFirst
        }
        return Paper(kind: .associationList, orientation: .landscape,
                     letterhead: DocumentFrame.letterhead(letterhead),
                     placeAndDate: DocumentFrame.placeAndDate(letterhead, issued),
                     title: "DANH SÁCH KHEN THƯỞNG", summary: summary,
                     body: [.paragraph("Tổng số: \(VietFormat.integer(count)) lượt khen thưởng, "
                                       + "tổng số tiền \(VietFormat.integer(totalAmount)) đồng."),
                            .table(table), .amountInWords(Int64(totalAmount))],
                     signatures: DocumentFrame.associationSignatures(signers))
    }
}
