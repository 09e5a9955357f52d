/// The two parts every Office file has: the content types and the relationships.

import Foundation

/// `[Content_Types].xml`: the type of each part, by extension or by name.
struct ContentTypes: Encodable {
    struct Default: XMLAttributesOnly {
        let Extension: String
        let ContentType: String
    }
    struct Override: XMLAttributesOnly {
        let PartName: String
        let ContentType: String
    }
    var defaults = [
        Default(Extension: "rels", ContentType: "application/vnd.openxmlformats-package.relationships+xml"),
        Default(Extension: "xml", ContentType: "application/xml"),
    ]
    var overrides: [Override]

    enum CodingKeys: String, CodingKey {
        case defaults = "Default"
        case overrides = "Override"
    }

    func data() throws -> Data {
        try OfficeXML.encode(self, root: "Types",
                             namespaces: ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"])
    }
}

/// A `.rels` part: the parts another part points to, by id.
struct Relationships: Encodable {
    struct Relationship: XMLAttributesOnly {
        let Id: String
        let `Type`: String
        let Target: String
    }
    var items: [Relationship]

    enum CodingKeys: String, CodingKey { case items = "Relationship" }

    static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"

    func data() throws -> Data {
        try OfficeXML.encode(self, root: "Relationships",
                             namespaces: ["xmlns": "http://schemas.openxmlformats.org/package/2006/relationships"])
    }
}

/// `docProps/core.xml`: the title and language Word and Excel show in a file's properties.
struct CoreProperties: Encodable {
    let title: String
    let language = "vi-VN"

    enum CodingKeys: String, CodingKey {
        case title = "dc:title"
        case language = "dc:language"
    }

    func data() throws -> Data {
        try OfficeXML.encode(self, root: "cp:coreProperties", namespaces: [
            "xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            "xmlns:dc": "http://purl.org/dc/elements/1.1/",
        ])
    }
}
