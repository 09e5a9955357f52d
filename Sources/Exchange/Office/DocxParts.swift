/// The parts of a docx and how they point to each other: the document, styles, the two headers, the properties.

import Foundation

/// Names and ids of the parts `DocxWriter` writes.
enum DocxParts {
    static let stylesID = "rId1"
    static let numberedHeaderID = "rId2"
    static let firstHeaderID = "rId3"

    static let wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    static var contentTypes: ContentTypes {
        ContentTypes(overrides: [
            .init(PartName: "/word/document.xml", ContentType: wordprocessing + ".document.main+xml"),
            .init(PartName: "/word/styles.xml", ContentType: wordprocessing + ".styles+xml"),
            .init(PartName: "/word/header1.xml", ContentType: wordprocessing + ".header+xml"),
            .init(PartName: "/word/header2.xml", ContentType: wordprocessing + ".header+xml"),
            .init(PartName: "/docProps/core.xml", ContentType: "application/vnd.openxmlformats-package.core-properties+xml"),
        ])
    }

    static var packageRelationships: Relationships {
        Relationships(items: [
            .init(Id: "rId1", Type: Relationships.officeDocument, Target: "word/document.xml"),
            .init(Id: "rId2", Type: Relationships.coreProperties, Target: "docProps/core.xml"),
        ])
    }

    static var documentRelationships: Relationships {
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        return Relationships(items: [
            .init(Id: stylesID, Type: base + "styles", Target: "styles.xml"),
            .init(Id: numberedHeaderID, Type: base + "header", Target: "header1.xml"),
            .init(Id: firstHeaderID, Type: base + "header", Target: "header2.xml"),
        ])
    }
}
