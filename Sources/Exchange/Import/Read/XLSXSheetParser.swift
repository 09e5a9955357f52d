/// The cells of one worksheet's XML, read in one pass with `XMLPullReader`: values, types, styles, rows and merged ranges.

import Foundation

/// Reads `xl/worksheets/sheetN.xml` in one pass, keeping only what an import needs: each cell's
/// value by its type (`t="s"` an index into the shared strings, `inlineStr` its own text, `b` a
/// truth value, `str` a formula's text, `e` an error read as empty, otherwise a number, a date when
/// its style `s` is a date style), the row numbers, and `<mergeCell ref=…>`. Pulled piece by
/// piece rather than built as a tree: a sheet of 50.000 rows is some 20 MB of XML (see DECISIONS.md).
struct XLSXSheetParser {
    private(set) var rows: [[ImportCell]] = []
    private(set) var rowNumbers: [Int] = []
    private(set) var mergeReferences: [String] = []

    /// A cell's `t`: how its text is to be read.
    private enum CellType {
        case number, shared, inline, formulaText, bool, error, date

        init(_ reader: XMLPullReader, _ range: Range<Int>?) {
            guard let range else { self = .number; return }
            if reader.name(range, is: "s") { self = .shared }
            else if reader.name(range, is: "inlineStr") { self = .inline }
            else if reader.name(range, is: "str") { self = .formulaText }
            else if reader.name(range, is: "b") { self = .bool }
            else if reader.name(range, is: "e") { self = .error }
            else if reader.name(range, is: "d") { self = .date }
            else { self = .number }
        }
    }

    /// The cells of `data`; an error where the XML is broken.
    init(_ data: Data, sharedStrings: [String], dateStyles: Set<Int>) throws(XMLBroken) {
        self = try XMLPullReader.reading(data) { reader throws(XMLBroken) in
            try Self(reading: reader, sharedStrings: sharedStrings, dateStyles: dateStyles)
        }
    }

    private init(reading start: XMLPullReader, sharedStrings: [String], dateStyles: Set<Int>) throws(XMLBroken) {
        var reader = start
        var row: [ImportCell] = []
        var rowNumber = 0, column = -1, style = 0
        var inRow = false, collecting = false, inPhonetic = false
        var type = CellType.number
        var text: [UInt8] = []
        var textAt = 0
        while let piece = try reader.next() {
            switch piece {
            case .start(let name, let attributes):
                if reader.name(name, is: "c") {
                    column = try reader.attribute("r", in: attributes).flatMap { CellReference(bytes: reader.bytes[$0])?.column } ?? column + 1
                    type = CellType(reader, try reader.attribute("t", in: attributes))
                    style = try reader.attribute("s", in: attributes).flatMap(reader.integer) ?? 0
                    text.removeAll(keepingCapacity: true)
                    textAt = name.lowerBound
                } else if reader.name(name, is: "v") || reader.name(name, is: "t") {
                    if !inPhonetic { collecting = true }
                } else if reader.name(name, is: "row") {
                    rowNumber = try reader.attribute("r", in: attributes).flatMap(reader.integer) ?? rowNumber + 1
                    row = []
                    column = -1
                    inRow = true
                } else if reader.name(name, is: "rPh") {
                    inPhonetic = true
                } else if reader.name(name, is: "mergeCell"), let ref = try reader.attribute("ref", in: attributes) {
                    mergeReferences.append(try reader.string(ref))
                }
            case .text(let range, let raw):
                if collecting { try reader.appendText(range, raw: raw, to: &text) }
            case .end(let name):
                if reader.name(name, is: "c") {
                    guard inRow, column >= 0, column < 16_384 else { continue }
                    let cell = try Self.value(type, text, style: style, sharedStrings: sharedStrings, dateStyles: dateStyles, at: textAt)
                    if case .empty = cell { continue }
                    while row.count < column { row.append(.empty) }
                    if row.count == column { row.append(cell) } else { row[column] = cell }
                } else if reader.name(name, is: "v") || reader.name(name, is: "t") {
                    collecting = false
                } else if reader.name(name, is: "row") {
                    inRow = false
                    if !row.isEmpty {
                        rows.append(row)
                        rowNumbers.append(rowNumber)
                    }
                } else if reader.name(name, is: "rPh") {
                    inPhonetic = false
                }
            }
        }
    }

    /// The cell just read, by its type.
    private static func value(_ type: CellType, _ text: [UInt8], style: Int, sharedStrings: [String], dateStyles: Set<Int>,
                              at offset: Int) throws(XMLBroken) -> ImportCell {
        switch type {
        case .shared:
            guard let index = wholeNumber(text), sharedStrings.indices.contains(index) else { return .empty }
            return sharedStrings[index].isEmpty ? .empty : .text(sharedStrings[index])
        case .inline, .formulaText, .date:
            return text.isEmpty ? .empty : .text(try XMLPullReader.string(text, at: offset))
        case .bool:
            return .bool(text == [UInt8(ascii: "1")] || text == Array("true".utf8))
        case .error:
            return .empty
        case .number:
            if text.isEmpty { return .empty }
            var digits = text[...]
            while let first = digits.first, first == 0x20 || first == 0x09 { digits.removeFirst() }
            while let last = digits.last, last == 0x20 || last == 0x09 { digits.removeLast() }
            if let number = Double(String(decoding: digits, as: UTF8.self)) { return .number(number, isDate: dateStyles.contains(style)) }
            return .text(try XMLPullReader.string(text, at: offset))
        }
    }

    /// The whole number in `text`, spaces around it allowed.
    private static func wholeNumber(_ text: [UInt8]) -> Int? {
        var value = 0, digits = 0
        for byte in text {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 18 else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            case 0x20, 0x09:
                continue
            default:
                return nil
            }
        }
        return digits > 0 ? value : nil
    }
}
