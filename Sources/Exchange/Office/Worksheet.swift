/// A SpreadsheetML worksheet as Codable values, its elements in the order the schema asks.

import XMLCoder

/// `xl/worksheets/sheetN.xml`.
struct Worksheet: Encodable {
    struct Properties: Encodable {
        struct PageSetup: XMLAttributesOnly { let fitToPage = 1 }
        let pageSetUpPr = PageSetup()
    }
    struct Reference: XMLAttributesOnly { let ref: String }
    struct Views: Encodable {
        struct View: Encodable, DynamicNodeEncoding {
            struct Pane: XMLAttributesOnly {
                let ySplit: Int
                let topLeftCell: String
                let activePane = "bottomLeft"
                let state = "frozen"
            }
            let workbookViewId = 0
            let pane: Pane?
            static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding { key.stringValue == "pane" ? .element : .attribute }
        }
        let sheetView: View
    }
    struct Columns: Encodable {
        struct Column: XMLAttributesOnly {
            let min: Int
            let max: Int
            let width: Double
            let customWidth = 1
        }
        let col: [Column]
    }
    struct SheetData: Encodable {
        let row: [Row]
    }
    /// `<row>`: its number, a height in points where wrapped titles need one (readers do not
    /// always grow a row to its wrapped text on opening), its cells.
    struct Row: Encodable, DynamicNodeEncoding {
        let r: Int
        var ht: Double? = nil
        var customHeight: Int? = nil
        let c: [Cell]

        init(r: Int, height: Double? = nil, c: [Cell]) {
            self.r = r
            self.ht = height
            self.customHeight = height == nil ? nil : 1
            self.c = c
        }

        static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding { key.stringValue == "c" ? .element : .attribute }
    }
    struct MergeCells: Encodable, DynamicNodeEncoding {
        let count: Int
        let mergeCell: [Reference]
        static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding { key.stringValue == "count" ? .attribute : .element }
    }
    struct PrintOptions: XMLAttributesOnly { let horizontalCentered = 1 }
    /// Margins in inches: about 15 mm at the sides and top, 20 mm at the bottom (the page number).
    struct PageMargins: XMLAttributesOnly {
        let left = 0.6, right = 0.6, top = 0.6, bottom = 0.8, header = 0.3, footer = 0.3
    }
    /// A4 (paper size 9), the orientation, one page wide and as many tall as it takes.
    struct PageSetup: XMLAttributesOnly {
        let paperSize = 9
        let orientation: String
        let fitToWidth = 1
        let fitToHeight = 0
    }
    struct HeaderFooter: Encodable {
        let oddFooter: String
    }

    let sheetPr = Properties()
    let dimension: Reference
    let sheetViews: Views
    let cols: Columns
    let sheetData: SheetData
    let mergeCells: MergeCells?
    let printOptions = PrintOptions()
    let pageMargins = PageMargins()
    let pageSetup: PageSetup
    /// "Trang 1/3" centred at the foot of each printed page.
    let headerFooter = HeaderFooter(oddFooter: "&CTrang &P/&N")
}

/// `<c>`: its place and style, its type, then a formula, a value, or an inline string.
struct Cell: Encodable, DynamicNodeEncoding {
    struct InlineString: Encodable {
        let t: WordText
    }
    let r: String
    let s: Int
    let t: String?
    let f: String?
    let v: String?
    let `is`: InlineString?

    static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding {
        ["r", "s", "t"].contains(key.stringValue) ? .attribute : .element
    }

    static func text(_ ref: String, _ text: String, style: SheetStyle) -> Cell {
        Cell(r: ref, s: style.rawValue, t: "inlineStr", f: nil, v: nil, is: InlineString(t: WordText(OfficeXML.clean(text))))
    }

    static func number(_ ref: String, _ value: String, style: SheetStyle, formula: String? = nil) -> Cell {
        Cell(r: ref, s: style.rawValue, t: nil, f: formula, v: value, is: nil)
    }

    static func blank(_ ref: String, style: SheetStyle) -> Cell {
        Cell(r: ref, s: style.rawValue, t: nil, f: nil, v: nil, is: nil)
    }
}
