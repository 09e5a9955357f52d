/// The cells of one worksheet's XML, read as a stream with Foundation's XMLParser: values, types, styles, rows and merged ranges.

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads `xl/worksheets/sheetN.xml` in one pass, keeping only what an import needs: each cell's
/// value by its type (`t="s"` an index into the shared strings, `inlineStr` its own text, `b` a
/// truth value, `str` a formula's text, `e` an error read as empty, otherwise a number, a date when
/// its style `s` is a date style), the row numbers, and `<mergeCell ref=…>`. Streaming rather
/// than a tree: a sheet of 50.000 rows is some 20 MB of XML (see DECISIONS.md).
final class XLSXSheetParser: NSObject, XMLParserDelegate {
    private let sharedStrings: [String]
    private let dateStyles: Set<Int>

    private(set) var rows: [[ImportCell]] = []
    private(set) var rowNumbers: [Int] = []
    private(set) var mergeReferences: [String] = []

    private var row: [ImportCell] = []
    private var rowNumber = 0
    private var inRow = false
    private var column = -1
    private var type = ""
    private var style = 0
    private var text = ""
    private var collecting = false
    private var inPhonetic = false
    /// Set at `</sheetData>`: Foundation's parser on Linux may still report an error at the very end
    /// of a long one-line document (libxml2's lookup limit), after every cell was read.
    private var finished = false

    init(sharedStrings: [String], dateStyles: Set<Int>) {
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
    }

    /// Parses `data`; false when the XML is broken.
    func parse(_ data: Data) -> Bool {
        let parser = XMLParser(data: data)
        parser.delegate = self
        return parser.parse() || finished
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "row":
            rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            row = []
            column = -1
            inRow = true
        case "c":
            column = attributes["r"].flatMap { CellReference($0)?.column } ?? column + 1
            type = attributes["t"] ?? ""
            style = attributes["s"].flatMap { Int($0) } ?? 0
            text = ""
        case "v", "t":
            if !inPhonetic { collecting = true }
        case "rPh":
            inPhonetic = true
        case "mergeCell":
            if let ref = attributes["ref"] { mergeReferences.append(ref) }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t":
            collecting = false
        case "rPh":
            inPhonetic = false
        case "sheetData":
            finished = true
        case "c":
            guard inRow, column >= 0, column < 16_384 else { return }
            let cell = value()
            if case .empty = cell { return }
            if row.count <= column { row += [ImportCell](repeating: .empty, count: column + 1 - row.count) }
            row[column] = cell
        case "row":
            inRow = false
            if !row.isEmpty {
                rows.append(row)
                rowNumbers.append(rowNumber)
            }
        default:
            break
        }
    }

    /// The cell just read, by its type.
    private func value() -> ImportCell {
        switch type {
        case "s":
            guard let index = Int(text.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index) else { return .empty }
            return sharedStrings[index].isEmpty ? .empty : .text(sharedStrings[index])
        case "inlineStr", "str":
            return text.isEmpty ? .empty : .text(text)
        case "b":
            return .bool(text == "1" || text == "true")
        case "e":
            return .empty
        case "d":
            return text.isEmpty ? .empty : .text(text)
        default:
            guard let number = Double(text.trimmingCharacters(in: .whitespaces)) else { return text.isEmpty ? .empty : .text(text) }
            return .number(number, isDate: dateStyles.contains(style))
        }
    }
}
