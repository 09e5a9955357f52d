/// The cell formats of a sheet: titles, header, and each kind of value, bordered inside the table.

/// A cell format of `xl/styles.xml`, by its index in `cellXfs`.
enum SheetStyle: Int, CaseIterable {
    case plain, title, subtitle, header, text, number, percent, date, totalsLabel, totalsNumber

    /// Our own number formats: days as 06/10/2022, shares with one decimal (76,0% where the
    /// decimal separator is a comma). Counts and money take the built-in `#,##0` (id 3), which
    /// Excel shows with the reader's own separators: 1.200.000 on a Vietnamese Windows.
    static let dateFormat = (id: 164, code: "dd/mm/yyyy")
    static let percentFormat = (id: 165, code: "0.0%")
    static let groupedInteger = 3

    /// The body style of a value of this column.
    static func body(_ kind: ColumnKind) -> SheetStyle {
        switch kind {
        case .text, .signature: .text
        case .integer, .money: .number
        case .percent: .percent
        case .date: .date
        }
    }

    /// The style of a value in a cell, whatever its column says: a number never gets a text format.
    static func body(_ value: CellValue, _ kind: ColumnKind) -> SheetStyle {
        switch value {
        case .integer, .money: .number
        case .percent: .percent
        case .date: .date
        case .text, .empty: .text
        }
    }

    /// Fonts: 0 regular 12 pt, 1 bold 12 pt, 2 bold 14 pt; all Times New Roman.
    static var fonts: SpreadsheetStyles.Fonts {
        let name = StringValue(val: DocxType.font)
        return .init(count: 3, font: [
            .init(b: nil, sz: .init(val: 12), name: name),
            .init(b: EmptyElement(), sz: .init(val: 12), name: name),
            .init(b: EmptyElement(), sz: .init(val: 14), name: name),
        ])
    }

    var format: SpreadsheetStyles.CellFormat {
        typealias Alignment = SpreadsheetStyles.CellFormat.Alignment
        let (numberFormat, font, bordered, alignment): (Int, Int, Bool, Alignment?) = switch self {
        case .plain: (0, 0, false, nil)
        case .title: (0, 2, false, Alignment(horizontal: "center", vertical: "center", wrapText: 1))
        case .subtitle: (0, 1, false, Alignment(horizontal: "center", vertical: "center", wrapText: 1))
        case .header: (0, 1, true, Alignment(horizontal: "center", vertical: "center", wrapText: 1))
        case .text: (0, 0, true, Alignment(horizontal: nil, vertical: "center", wrapText: 1))
        case .number: (Self.groupedInteger, 0, true, Alignment(horizontal: nil, vertical: "center", wrapText: nil))
        case .percent: (Self.percentFormat.id, 0, true, Alignment(horizontal: nil, vertical: "center", wrapText: nil))
        case .date: (Self.dateFormat.id, 0, true, Alignment(horizontal: "center", vertical: "center", wrapText: nil))
        case .totalsLabel: (0, 1, true, Alignment(horizontal: "center", vertical: "center", wrapText: 1))
        case .totalsNumber: (Self.groupedInteger, 1, true, Alignment(horizontal: nil, vertical: "center", wrapText: nil))
        }
        return .init(numFmtId: numberFormat, fontId: font, borderId: bordered ? 1 : 0, xfId: 0,
                     applyNumberFormat: numberFormat == 0 ? nil : 1, applyFont: font == 0 ? nil : 1,
                     applyBorder: bordered ? 1 : nil, applyAlignment: alignment == nil ? nil : 1, alignment: alignment)
    }

    static var styles: SpreadsheetStyles {
        let formats = allCases.map(\.format)
        let base = SpreadsheetStyles.CellFormat(numFmtId: 0, fontId: 0, borderId: 0, xfId: nil, applyNumberFormat: nil,
                                                applyFont: nil, applyBorder: nil, applyAlignment: nil, alignment: nil)
        return SpreadsheetStyles(
            numFmts: .init(count: 2, numFmt: [.init(numFmtId: dateFormat.id, formatCode: dateFormat.code),
                                              .init(numFmtId: percentFormat.id, formatCode: percentFormat.code)]),
            fonts: fonts,
            cellStyleXfs: .init(count: 1, xf: [base]),
            cellXfs: .init(count: formats.count, xf: formats))
    }
}
