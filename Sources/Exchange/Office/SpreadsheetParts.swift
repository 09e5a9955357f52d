/// SpreadsheetML's workbook, styles and package parts as Codable values.

import Foundation
import XMLCoder

enum SpreadsheetNamespaces {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let all: KeyValuePairs = ["xmlns": main, "xmlns:r": WordNamespaces.relationships]
    static let spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml"
}

/// `xl/workbook.xml`: the sheets, and the print titles of each as a defined name.
struct SpreadsheetWorkbook: Encodable {
    struct Sheets: Encodable {
        struct Entry: XMLAttributesOnly {
            let name: String
            let sheetId: Int
            let id: String
            enum CodingKeys: String, CodingKey {
                case name, sheetId
                case id = "r:id"
            }
        }
        let sheets: [Entry]
        enum CodingKeys: String, CodingKey { case sheets = "sheet" }
    }
    struct DefinedNames: Encodable {
        struct Name: Encodable, DynamicNodeEncoding {
            let name: String
            let localSheetId: Int
            let value: String
            enum CodingKeys: String, CodingKey {
                case name, localSheetId
                case value = ""
            }
            static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding {
                key.stringValue == "" ? .element : .attribute
            }
        }
        let names: [Name]
        enum CodingKeys: String, CodingKey { case names = "definedName" }
    }
    let sheets: Sheets
    let definedNames: DefinedNames?
}

/// `xl/styles.xml`: two number formats of our own (days, shares), three fonts, two borders, and
/// the cell formats `SheetStyle` names, in its order.
struct SpreadsheetStyles: Encodable {
    struct NumberFormats: Encodable {
        struct Format: XMLAttributesOnly {
            let numFmtId: Int
            let formatCode: String
        }
        let count: Int
        let numFmt: [Format]
        static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding { key.stringValue == "count" ? .attribute : .element }
    }
    struct Fonts: Encodable, DynamicNodeEncoding {
        struct Font: Encodable {
            let b: EmptyElement?
            let sz: ValueAttribute
            let name: StringValue
        }
        let count: Int
        let font: [Font]
        static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding { key.stringValue == "count" ? .attribute : .element }
    }
    struct Fills: Encodable, DynamicNodeEncoding {
        struct Fill: Encodable {
            struct Pattern: XMLAttributesOnly { let patternType: String }
            let patternFill: Pattern
        }
        let count = 2
        let fill = [Fill(patternFill: .init(patternType: "none")), Fill(patternFill: .init(patternType: "gray125"))]
        static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding { key.stringValue == "count" ? .attribute : .element }
    }
    struct Borders: Encodable, DynamicNodeEncoding {
        struct Border: Encodable {
            struct Side: Encodable, DynamicNodeEncoding {
                let style: String?
                let color: Color?
                struct Color: XMLAttributesOnly { let auto = 1 }
                static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding { key.stringValue == "style" ? .attribute : .element }
            }
            let left, right, top, bottom, diagonal: Side
            init(thin: Bool) {
                let side = Side(style: thin ? "thin" : nil, color: thin ? .init() : nil)
                (left, right, top, bottom) = (side, side, side, side)
                diagonal = Side(style: nil, color: nil)
            }
        }
        let count = 2
        let border = [Border(thin: false), Border(thin: true)]
        static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding { key.stringValue == "count" ? .attribute : .element }
    }
    struct CellFormats: Encodable, DynamicNodeEncoding {
        let count: Int
        let xf: [CellFormat]
        static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding { key.stringValue == "count" ? .attribute : .element }
    }
    struct CellFormat: Encodable, DynamicNodeEncoding {
        struct Alignment: XMLAttributesOnly {
            let horizontal: String?
            let vertical: String
            let wrapText: Int?
        }
        let numFmtId: Int
        let fontId: Int
        let fillId = 0
        let borderId: Int
        let xfId: Int?
        let applyNumberFormat: Int?
        let applyFont: Int?
        let applyBorder: Int?
        let applyAlignment: Int?
        let alignment: Alignment?
        static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding { key.stringValue == "alignment" ? .element : .attribute }
    }
    struct CellStyles: Encodable, DynamicNodeEncoding {
        struct Style: XMLAttributesOnly {
            let name = "Normal"
            let xfId = 0
            let builtinId = 0
        }
        let count = 1
        let cellStyle = [Style()]
        static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding { key.stringValue == "count" ? .attribute : .element }
    }
    let numFmts: NumberFormats
    let fonts: Fonts
    let fills = Fills()
    let borders = Borders()
    let cellStyleXfs: CellFormats
    let cellXfs: CellFormats
    let cellStyles = CellStyles()
}

extension SpreadsheetStyles.NumberFormats: DynamicNodeEncoding {}

/// `<sz val="12"/>`, `<name val="Times New Roman"/>`: SpreadsheetML's one-attribute elements.
struct ValueAttribute: XMLAttributesOnly {
    let val: Double
}

struct StringValue: XMLAttributesOnly {
    let val: String
}
