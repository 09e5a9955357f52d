/// WordprocessingML tables as Codable values: grid, rows that repeat as headers, cells with spans.

import XMLCoder

/// `<w:tbl>`: properties, the grid of column widths, the rows.
struct WordTable: Encodable {
    var properties: WordTableProperties
    var grid: WordGrid
    var rows: [WordRow]

    enum CodingKeys: String, CodingKey {
        case properties = "w:tblPr"
        case grid = "w:tblGrid"
        case rows = "w:tr"
    }
}

/// `<w:tblPr>` in schema order: width, alignment, indent, borders, fixed layout, cell margins.
struct WordTableProperties: Encodable {
    var width: WordWidth
    var justification: WordValue?
    var indent: WordWidth?
    var borders: WordTableBorders
    var layout: WordLayout = WordLayout()
    var cellMargins: WordCellMargins?

    enum CodingKeys: String, CodingKey {
        case width = "w:tblW"
        case justification = "w:jc"
        case indent = "w:tblInd"
        case borders = "w:tblBorders"
        case layout = "w:tblLayout"
        case cellMargins = "w:tblCellMar"
    }
}

/// `<w:tblLayout w:type="fixed"/>`: the grid's widths hold, whatever the contents.
struct WordLayout: XMLAttributesOnly {
    var type = "fixed"
    enum CodingKeys: String, CodingKey { case type = "w:type" }
}

/// A width in twips (`dxa`).
struct WordWidth: XMLAttributesOnly {
    var width: Int
    var type = "dxa"

    enum CodingKeys: String, CodingKey {
        case width = "w:w"
        case type = "w:type"
    }
}

/// `<w:tblBorders>`: all six lines the same (single for a list, none for the letterhead).
struct WordTableBorders: Encodable {
    var top, left, bottom, right, insideH, insideV: WordBorder

    init(_ border: WordBorder) {
        (top, left, bottom, right, insideH, insideV) = (border, border, border, border, border, border)
    }

    enum CodingKeys: String, CodingKey {
        case top = "w:top"
        case left = "w:left"
        case bottom = "w:bottom"
        case right = "w:right"
        case insideH = "w:insideH"
        case insideV = "w:insideV"
    }
}

/// `<w:tblCellMar>`: room left and right inside each cell.
struct WordCellMargins: Encodable {
    var left: WordWidth
    var right: WordWidth

    enum CodingKeys: String, CodingKey {
        case left = "w:left"
        case right = "w:right"
    }
}

struct WordGrid: Encodable {
    struct Column: XMLAttributesOnly {
        var width: Int
        enum CodingKeys: String, CodingKey { case width = "w:w" }
    }
    var columns: [Column]
    enum CodingKeys: String, CodingKey { case columns = "w:gridCol" }
}

/// `<w:tr>`: a row; a header row repeats at the top of each page, and no row splits across pages.
struct WordRow: Encodable {
    struct Properties: Encodable {
        var cantSplit: EmptyElement? = EmptyElement()
        var header: EmptyElement?

        enum CodingKeys: String, CodingKey {
            case cantSplit = "w:cantSplit"
            case header = "w:tblHeader"
        }
    }
    var properties: Properties
    var cells: [WordCell]

    init(header: Bool = false, splits: Bool = false, cells: [WordCell]) {
        properties = Properties(cantSplit: splits ? nil : EmptyElement(), header: header ? EmptyElement() : nil)
        self.cells = cells
    }

    enum CodingKeys: String, CodingKey {
        case properties = "w:trPr"
        case cells = "w:tc"
    }
}

/// `<w:tc>`: width, span, vertical alignment, then its paragraphs (at least one).
struct WordCell: Encodable {
    struct Properties: Encodable {
        var width: WordWidth
        var span: WordValue?
        var verticalAlignment: WordValue?

        enum CodingKeys: String, CodingKey {
            case width = "w:tcW"
            case span = "w:gridSpan"
            case verticalAlignment = "w:vAlign"
        }
    }
    var properties: Properties
    var paragraphs: [WordParagraph]

    init(width: Int, span: Int = 1, verticalAlignment: String? = nil, paragraphs: [WordParagraph]) {
        properties = Properties(width: WordWidth(width: width), span: span > 1 ? WordValue(span) : nil,
                                verticalAlignment: verticalAlignment.map(WordValue.init))
        self.paragraphs = paragraphs.isEmpty ? [WordParagraph()] : paragraphs
    }

    enum CodingKeys: String, CodingKey {
        case properties = "w:tcPr"
        case paragraphs = "w:p"
    }
}
