/// WordprocessingML paragraphs and runs as Codable values, in the element order the schema asks.

import XMLCoder

/// `<w:p>`: properties, then runs and fields.
struct WordParagraph: Encodable {
    var properties: WordParagraphProperties?
    var content: [WordInline] = []

    enum CodingKeys: String, CodingKey {
        case properties = "w:pPr"
        case content = ""
    }
}

/// What a paragraph holds: a run, or a simple field (the page number).
enum WordInline: Encodable {
    case run(WordRun)
    case field(WordSimpleField)

    enum CodingKeys: String, XMLChoiceCodingKey {
        case run = "w:r"
        case field = "w:fldSimple"
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .run(let run): try container.encode(run, forKey: .run)
        case .field(let field): try container.encode(field, forKey: .field)
        }
    }
}

/// `<w:fldSimple w:instr=" PAGE ">` with the run shown until the field is updated.
struct WordSimpleField: Encodable, DynamicNodeEncoding {
    let instruction: String
    let run: WordRun

    enum CodingKeys: String, CodingKey {
        case instruction = "w:instr"
        case run = "w:r"
    }

    static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding {
        key.stringValue == CodingKeys.instruction.rawValue ? .attribute : .element
    }
}

/// `<w:r>`: formatting, then text pieces and line breaks.
struct WordRun: Encodable {
    var properties: WordRunProperties?
    var content: [WordRunContent]

    enum CodingKeys: String, CodingKey {
        case properties = "w:rPr"
        case content = ""
    }

    /// A run of text; line breaks in it become `<w:br/>`.
    init(_ text: String, _ properties: WordRunProperties? = nil) {
        self.properties = properties
        var content: [WordRunContent] = []
        for (i, line) in OfficeXML.clean(text).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if i > 0 { content.append(.lineBreak(EmptyElement())) }
            content.append(.text(WordText(String(line))))
        }
        self.content = content
    }
}

enum WordRunContent: Encodable {
    case text(WordText)
    case lineBreak(EmptyElement)

    enum CodingKeys: String, XMLChoiceCodingKey {
        case text = "w:t"
        case lineBreak = "w:br"
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text(let text): try container.encode(text, forKey: .text)
        case .lineBreak(let empty): try container.encode(empty, forKey: .lineBreak)
        }
    }
}

/// `<w:t xml:space="preserve">`, so spaces at either end are kept.
struct WordText: Encodable, DynamicNodeEncoding {
    let space = "preserve"
    let value: String

    init(_ value: String) { self.value = value }

    enum CodingKeys: String, CodingKey {
        case space = "xml:space"
        case value = ""
    }

    static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding {
        key.stringValue == CodingKeys.space.rawValue ? .attribute : .element
    }
}

/// `<w:rPr>`: bold, italic, underline, size (half-points), in schema order.
struct WordRunProperties: Encodable {
    var bold: EmptyElement?
    var italic: EmptyElement?
    var size: WordValue?
    var sizeComplex: WordValue?
    var underline: WordValue?

    enum CodingKeys: String, CodingKey {
        case bold = "w:b"
        case italic = "w:i"
        case size = "w:sz"
        case sizeComplex = "w:szCs"
        case underline = "w:u"
    }

    init(bold: Bool = false, italic: Bool = false, points: Double? = nil, underline: Bool = false) {
        self.bold = bold ? EmptyElement() : nil
        self.italic = italic ? EmptyElement() : nil
        let halfPoints = points.map { WordValue(Int(($0 * 2).rounded())) }
        self.size = halfPoints
        self.sizeComplex = halfPoints
        self.underline = underline ? WordValue("single") : nil
    }
}

/// `<w:pPr>`, in schema order: keep with next, borders, spacing, indents, alignment, the mark's formatting.
struct WordParagraphProperties: Encodable {
    var keepNext: EmptyElement?
    var keepLines: EmptyElement?
    var borders: WordParagraphBorders?
    var spacing: WordSpacing?
    var indent: WordIndent?
    var justification: WordValue?
    /// The formatting of the paragraph mark, which sets an empty paragraph's height.
    var markProperties: WordRunProperties?

    enum CodingKeys: String, CodingKey {
        case keepNext = "w:keepNext"
        case keepLines = "w:keepLines"
        case borders = "w:pBdr"
        case spacing = "w:spacing"
        case indent = "w:ind"
        case justification = "w:jc"
        case markProperties = "w:rPr"
    }
}

/// `<w:pBdr>`: a rule over the paragraph (the short rule under a letterhead's lines).
struct WordParagraphBorders: Encodable {
    var top: WordBorder

    enum CodingKeys: String, CodingKey { case top = "w:top" }
}

/// `<w:spacing w:before w:after w:line>` in twentieths of a point (`line` in 240ths of a line).
struct WordSpacing: XMLAttributesOnly {
    var before: Int?
    var after: Int?
    var line: Int?
    var lineRule: String?

    enum CodingKeys: String, CodingKey {
        case before = "w:before"
        case after = "w:after"
        case line = "w:line"
        case lineRule = "w:lineRule"
    }
}

/// `<w:ind>` in twips: left and right, and the first line's indent or hanging.
struct WordIndent: XMLAttributesOnly {
    var left: Int?
    var right: Int?
    var firstLine: Int?
    var hanging: Int?

    enum CodingKeys: String, CodingKey {
        case left = "w:left"
        case right = "w:right"
        case firstLine = "w:firstLine"
        case hanging = "w:hanging"
    }
}

/// A border line: `w:val` single, a width in eighths of a point, black.
struct WordBorder: XMLAttributesOnly {
    var value = "single"
    var size = 4
    var space = 0
    var color = "000000"

    static let none = WordBorder(value: "nil", size: 0)

    enum CodingKeys: String, CodingKey {
        case value = "w:val"
        case size = "w:sz"
        case space = "w:space"
        case color = "w:color"
    }
}
