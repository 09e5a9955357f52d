/// A paper as a Word file: WordprocessingML parts in XMLCoder's conventions, written by `OfficeXMLStream`, zipped with ZIPFoundation.

import Foundation

extension Paper {
    /// The paper as a .docx: A4 with the decree's margins, Times New Roman, the letterhead as a
    /// borderless two-column table, tables with borders whose header rows repeat on each page, page
    /// numbers at the top from page 2. The same paper gives the same bytes.
    public func docx() throws -> Data {
        try DocxWriter(paper: self).data()
    }
}

/// Turns a `Paper` into the parts of a docx.
struct DocxWriter {
    let paper: Paper
    var page: DocxPage { DocxPage(orientation: paper.orientation) }

    func data() throws -> Data {
        var package = OfficePackage()
        package.add("[Content_Types].xml", try DocxParts.contentTypes.data())
        package.add("_rels/.rels", try DocxParts.packageRelationships.data())
        package.add("docProps/core.xml", try CoreProperties(title: OfficeXML.clean(paper.title)).data())
        package.add("word/_rels/document.xml.rels", try DocxParts.documentRelationships.data())
        package.add("word/document.xml", try OfficeXML.encode(document, root: "w:document", namespaces: WordNamespaces.all))
        let styles = WordStyles(font: DocxType.font, points: DocxType.body, spacingAfter: DocxType.paragraphGap)
        package.add("word/styles.xml", try OfficeXML.encode(styles, root: "w:styles", namespaces: WordNamespaces.all))
        package.add("word/header1.xml", try OfficeXML.encode(numberedHeader, root: "w:hdr", namespaces: WordNamespaces.all))
        package.add("word/header2.xml", try OfficeXML.encode(WordHeader(paragraphs: [WordParagraph()]), root: "w:hdr",
                                                             namespaces: WordNamespaces.all))
        return try package.data()
    }

    /// The page number, centred, from the PAGE field.
    var numberedHeader: WordHeader {
        let style = DocxStyle(points: DocxType.pageNumber, alignment: "center", after: 0)
        let number = WordRun("1", WordRunProperties(points: DocxType.pageNumber))
        return WordHeader(paragraphs: [WordParagraph(properties: style.properties,
                                                     content: [.field(WordSimpleField(instruction: " PAGE ", run: number))])])
    }

    var document: WordDocument {
        var blocks: [WordBlock] = []
        if let head = DocxHead(paper: paper, width: page.textWidth).table { blocks.append(.table(head)) }
        blocks += titleBlocks
        for block in paper.body { blocks += self.blocks(of: block) }
        if let closing = DocxHead(paper: paper, width: page.textWidth).closing {
            // The signatures stay on the page of the body's last paragraph.
            if case .paragraph(var last) = blocks.last {
                last.properties?.keepNext = EmptyElement()
                blocks[blocks.count - 1] = .paragraph(last)
            }
            blocks.append(.paragraph(DocxStyle(points: DocxType.body, after: 0, keepNext: true).paragraph("")))
            blocks.append(.table(closing))
        }
        // A body that ends in a table needs a paragraph after it.
        blocks.append(.paragraph(DocxStyle(points: 2, after: 0).paragraph("")))
        return WordDocument(body: WordBody(blocks: blocks, section: page.section))
    }

    // MARK: - Title and body

    var titleBlocks: [WordBlock] {
        var blocks = [WordBlock.paragraph(DocxStyle(points: DocxType.title, bold: true, alignment: "center",
                                                    before: 360, after: 0, keepNext: true).paragraph(paper.title))]
        if let summary = paper.summary {
            blocks.append(.paragraph(DocxStyle(points: DocxType.title, bold: true, alignment: "center", before: 0,
                                               after: 0, keepNext: true).paragraph(summary)))
        }
        blocks.append(.paragraph(DocxStyle(points: DocxType.body, after: 120).paragraph("")))
        return blocks
    }

    func blocks(of block: PaperBlock) -> [WordBlock] {
        let running = DocxStyle(points: DocxType.body, alignment: "both", firstLine: DocxType.firstLineIndent,
                                after: DocxType.paragraphGap)
        switch block {
        case .heading(let text):
            var style = running
            (style.bold, style.keepNext, style.before) = (true, true, 120)
            return [.paragraph(style.paragraph(text))]
        case .paragraph(let text):
            return [.paragraph(running.paragraph(text))]
        case .bullets(let items):
            return items.map { .paragraph(running.paragraph("- " + $0)) }
        case .table(let table):
            return [.table(DocxTable(table: table, width: page.textWidth).wordTable)]
        case .amountInWords(let dong):
            var style = running
            (style.italic, style.before) = (true, 120)
            return [.paragraph(style.paragraph(PaperBlock.inWords(dong)))]
        }
    }
}
