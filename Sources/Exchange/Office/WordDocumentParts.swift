/// The document, header and style parts of a docx as Codable values.

import XMLCoder

/// The namespaces the Word parts use: main, and relationships (for the header references).
enum WordNamespaces {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let all: KeyValuePairs = ["xmlns:w": main, "xmlns:r": relationships]
}

/// `word/document.xml`: the body and its one section.
struct WordDocument: Encodable {
    var body: WordBody

    enum CodingKeys: String, CodingKey { case body = "w:body" }
}

/// `<w:body>`: paragraphs and tables in order, then the section's properties last, as the schema wants.
struct WordBody: Encodable {
    var blocks: [WordBlock]
    var section: WordSection

    enum CodingKeys: String, CodingKey {
        case blocks = ""
        case section = "w:sectPr"
    }
}

enum WordBlock: Encodable {
    case paragraph(WordParagraph)
    case table(WordTable)

    enum CodingKeys: String, XMLChoiceCodingKey {
        case paragraph = "w:p"
        case table = "w:tbl"
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .paragraph(let paragraph): try container.encode(paragraph, forKey: .paragraph)
        case .table(let table): try container.encode(table, forKey: .table)
        }
    }
}

/// `<w:sectPr>`: the headers (a numbered one, an empty one for page 1), A4 in twips, margins, and
/// `titlePg` so page 1 takes the empty header.
struct WordSection: Encodable {
    struct HeaderReference: XMLAttributesOnly {
        var type: String
        var id: String
        enum CodingKeys: String, CodingKey {
            case type = "w:type"
            case id = "r:id"
        }
    }
    struct PageSize: XMLAttributesOnly {
        var width: Int
        var height: Int
        var orientation: String?
        enum CodingKeys: String, CodingKey {
            case width = "w:w"
            case height = "w:h"
            case orientation = "w:orient"
        }
    }
    struct Margins: XMLAttributesOnly {
        var top, right, bottom, left, header, footer: Int
        var gutter = 0
        enum CodingKeys: String, CodingKey {
            case top = "w:top"
            case right = "w:right"
            case bottom = "w:bottom"
            case left = "w:left"
            case header = "w:header"
            case footer = "w:footer"
            case gutter = "w:gutter"
        }
    }
    var headers: [HeaderReference]
    var pageSize: PageSize
    var margins: Margins
    var titlePage: EmptyElement? = EmptyElement()

    enum CodingKeys: String, CodingKey {
        case headers = "w:headerReference"
        case pageSize = "w:pgSz"
        case margins = "w:pgMar"
        case titlePage = "w:titlePg"
    }
}

/// `word/header1.xml` and the like: paragraphs at the top of each page.
struct WordHeader: Encodable {
    var paragraphs: [WordParagraph]
    enum CodingKeys: String, CodingKey { case paragraphs = "w:p" }
}

/// `word/styles.xml`: the defaults every paragraph starts from (Times New Roman, Vietnamese, the
/// body size, 6 pt after a paragraph) and the one paragraph style, Normal.
struct WordStyles: Encodable {
    struct Defaults: Encodable {
        struct RunDefault: Encodable {
            var properties: DefaultRunProperties
            enum CodingKeys: String, CodingKey { case properties = "w:rPr" }
        }
        struct ParagraphDefault: Encodable {
            var properties: WordParagraphProperties
            enum CodingKeys: String, CodingKey { case properties = "w:pPr" }
        }
        var run: RunDefault
        var paragraph: ParagraphDefault
        enum CodingKeys: String, CodingKey {
            case run = "w:rPrDefault"
            case paragraph = "w:pPrDefault"
        }
    }
    struct DefaultRunProperties: Encodable {
        struct Fonts: XMLAttributesOnly {
            var ascii, hAnsi, eastAsia, cs: String
            enum CodingKeys: String, CodingKey {
                case ascii = "w:ascii"
                case hAnsi = "w:hAnsi"
                case eastAsia = "w:eastAsia"
                case cs = "w:cs"
            }
        }
        struct Languages: XMLAttributesOnly {
            var value: String
            var eastAsia: String
            enum CodingKeys: String, CodingKey {
                case value = "w:val"
                case eastAsia = "w:eastAsia"
            }
        }
        var fonts: Fonts
        var size: WordValue
        var sizeComplex: WordValue
        var language: Languages
        enum CodingKeys: String, CodingKey {
            case fonts = "w:rFonts"
            case size = "w:sz"
            case sizeComplex = "w:szCs"
            case language = "w:lang"
        }
    }
    struct Style: Encodable, DynamicNodeEncoding {
        var type = "paragraph"
        var isDefault = "1"
        var id = "Normal"
        var name = WordValue("Normal")
        var primary = EmptyElement()
        enum CodingKeys: String, CodingKey {
            case type = "w:type"
            case isDefault = "w:default"
            case id = "w:styleId"
            case name = "w:name"
            case primary = "w:qFormat"
        }
        static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding {
            [CodingKeys.name.rawValue, CodingKeys.primary.rawValue].contains(key.stringValue) ? .element : .attribute
        }
    }
    var defaults: Defaults
    var styles: [Style] = [Style()]

    enum CodingKeys: String, CodingKey {
        case defaults = "w:docDefaults"
        case styles = "w:style"
    }

    init(font: String, points: Double, spacingAfter: Int) {
        let fonts = DefaultRunProperties.Fonts(ascii: font, hAnsi: font, eastAsia: font, cs: font)
        let size = WordValue(Int(points * 2))
        defaults = Defaults(
            run: .init(properties: .init(fonts: fonts, size: size, sizeComplex: size,
                                         language: .init(value: "vi-VN", eastAsia: "vi-VN"))),
            paragraph: .init(properties: WordParagraphProperties(spacing: WordSpacing(after: spacingAfter, line: 240, lineRule: "auto"))))
    }
}
