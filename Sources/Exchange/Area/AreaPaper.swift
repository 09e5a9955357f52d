/// An area's report as a paper: one section (and one sheet) per figure, a row per member and the total, under the area's name.

import Reports
import Store
import VietText

extension AreaReport {
    /// "BÁO CÁO Tổng hợp số liệu …" issued under the area's name: the administrative paper's
    /// header as the ward's papers have it, then I–V, one table per figure (`AreaSubject.sections`) with a
    /// row per member that was read and the total; the members that could not be read are named
    /// before the tables. On its side, since a table has up to eleven columns.
    public func paper(issued: CalendarDate) -> Paper {
        let years = schoolYear.map { "năm học \($0)" } ?? "toàn bộ dữ liệu"
        var body: [PaperBlock] = [
            .paragraph("Tổng hợp số liệu của \(VietFormat.integer(members.count)) đơn vị (\(years)), theo số liệu "
                       + "từng đơn vị báo cáo: mỗi đơn vị một dòng, dòng cuối là tổng cộng. Mục tiêu và chỉ số là của "
                       + "từng đơn vị, không cộng dồn."),
        ]
        let failures = members.compactMap(\.failure)
        if !failures.isEmpty {
            body.append(.paragraph("Chưa có số liệu của \(VietFormat.integer(failures.count)) đơn vị (không tính vào tổng cộng):"))
            body.append(.bullets(failures.map { $0 + "." }))
        }
        let numerals = ["I", "II", "III", "IV", "V"]
        let tables = AreaFigureTables(self)
        for (i, subject) in AreaSubject.sections.enumerated() {
            body.append(.heading("\(numerals[i]). \(subject.heading().uppercased())"))
            body.append(.table(Self.dataTable(tables[subject])))
        }
        body.append(.paragraph("Trên đây là báo cáo tổng hợp số liệu của \(title)./."))
        let place = area.name.isEmpty ? VietFormat.longDate(issued).capitalizedFirst : Paper.placeAndDate(area.name, issued)
        return Paper(kind: .administrativeReport, orientation: .landscape,
                     letterhead: Letterhead(parent: nil, issuer: title.uppercased()),
                     number: "……/BC", placeAndDate: place,
                     title: "BÁO CÁO", summary: "Tổng hợp số liệu học tập suốt đời và khuyến học, \(years)",
                     body: body, recipients: ["Các đơn vị trong \(title.lowercasedFirst);", "Lưu: VT."],
                     signatures: [SignatureBlock(title: "Người tổng hợp"), SignatureBlock(title: "Thủ trưởng đơn vị")])
    }

    /// A figure's table as a paper's: the members read, numbers as numbers (a share as two
    /// columns, recognised and total), money titled in đồng, every number column totalled.
    static func dataTable(_ table: AreaFigureTable) -> DataTable {
        let sample = table.total.cells
        var columns = [TableColumn(table.columns[0])]
        for (i, cell) in sample.enumerated() {
            let title = table.columns[i + 1]
            switch cell {
            case .count: columns.append(TableColumn(title, .integer))
            case .money: columns.append(TableColumn(title + " (đồng)", .money))
            case .share:
                let short = title.replacingOccurrences(of: " học tập", with: "")
                columns += [TableColumn(short + ": công nhận", .integer), TableColumn(short + ": tổng số", .integer)]
            case .text: columns.append(TableColumn(title))
            }
        }
        func cells(_ row: AreaRow) -> [CellValue] {
            [.text(row.name)] + row.cells.flatMap { cell -> [CellValue] in
                switch cell {
                case .count(let n): [.integer(n)]
                case .money(let n): [.money(n)]
                case .share(let n, let total): [.integer(n), .integer(total)]
                case .text(let s): [.text(s)]
                }
            }
        }
        let summed = columns.indices.filter { columns[$0].kind == .integer || columns[$0].kind == .money }
        return DataTable(caption: table.heading, columns: columns, rows: table.readRows.map(cells),
                         totals: TableTotals(columns: summed))
    }
}
