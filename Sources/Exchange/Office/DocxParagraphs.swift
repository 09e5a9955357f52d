/// Building Word paragraphs of one run each, the way every part of a paper is set.

/// How one paragraph is set: size and face, alignment, indents and spacing.
struct DocxStyle {
    var points: Double
    var bold = false
    var italic = false
    /// `left`, `center`, `right` or `both` (justified).
    var alignment: String? = nil
    var firstLine: Int? = nil
    var before: Int? = nil
    var after: Int? = nil
    var keepNext = false

    /// A paragraph of `text` in this style.
    func paragraph(_ text: String) -> WordParagraph {
        WordParagraph(properties: properties,
                      content: text.isEmpty ? [] : [.run(WordRun(text, WordRunProperties(bold: bold, italic: italic, points: points)))])
    }

    var properties: WordParagraphProperties {
        WordParagraphProperties(
            keepNext: keepNext ? EmptyElement() : nil,
            spacing: before != nil || after != nil ? WordSpacing(before: before, after: after) : nil,
            indent: firstLine.map { WordIndent(firstLine: $0) },
            justification: alignment.map { WordValue($0) },
            markProperties: WordRunProperties(points: points))
    }

    /// An empty paragraph whose top border draws a centred rule `length` twips long in a column
    /// `width` wide (the rules under the issuer and the motto).
    static func rule(length: Int, within width: Int) -> WordParagraph {
        let side = max(0, (width - length) / 2)
        return WordParagraph(properties: WordParagraphProperties(
            borders: WordParagraphBorders(top: WordBorder(size: 6)),
            spacing: WordSpacing(before: 100, after: 0, line: 120, lineRule: "exact"),
            indent: WordIndent(left: side, right: side)))
    }
}
