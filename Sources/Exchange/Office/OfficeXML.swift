/// Encoding the Office parts: the declaration, attributes by type, and text made safe for XML; XMLCoder's own encoder kept as the reference.

import Foundation
import VietText
import XMLCoder

/// A type whose every property is an XML attribute (`<w:sz w:val="26"/>`).
protocol XMLAttributesOnly: Encodable, DynamicNodeEncoding {}

extension XMLAttributesOnly {
    static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding { .attribute }
}

/// An element with one attribute `w:val`, the commonest shape in WordprocessingML.
struct WordValue: XMLAttributesOnly, Equatable {
    let value: String
    init(_ value: String) { self.value = value }
    init(_ value: Int) { self.value = String(value) }
    enum CodingKeys: String, CodingKey { case value = "w:val" }
}

/// An element with no attributes and no content (`<w:b/>`, `<w:tblHeader/>`).
struct EmptyElement: Encodable, Equatable {}

enum OfficeXML {
    /// One part as UTF-8 XML with its declaration: `root` named, the namespaces as its first
    /// attributes in the order given. (XMLCoder's own `rootAttributes` is a dictionary, whose order
    /// changes from run to run, and with it the file's bytes.)
    /// Written by `OfficeXMLStream`, which gives XMLCoder's bytes at a small fraction of its cost.
    static func encode<T: Encodable & Sendable>(_ value: T, root: String, namespaces: KeyValuePairs<String, String>) throws -> Data {
        try OfficeXMLStream.encode(Rooted(namespaces: namespaces.map { ($0.key, $0.value) }, content: value), root: root)
    }

    /// The same part encoded by XMLCoder itself: what `encode` must equal, byte for byte.
    static func encodeWithXMLCoder<T: Encodable & Sendable>(_ value: T, root: String, namespaces: KeyValuePairs<String, String>) throws -> Data {
        let encoder = XMLEncoder()
        encoder.outputFormatting = []
        let header = XMLHeader(version: 1.0, encoding: "UTF-8", standalone: "yes")
        let rooted = Rooted(namespaces: namespaces.map { ($0.key, $0.value) }, content: value)
        return try encoder.encode(rooted, withRootKey: root, header: header)
    }

    /// Text as XML 1.0 may hold it: NFC, and without the control characters it forbids (all below
    /// U+0020 but tab, line feed and carriage return) nor U+FFFE and U+FFFF.
    static func clean(_ text: String) -> String {
        let nfc = VietText.nfc(text)
        guard nfc.unicodeScalars.contains(where: isForbidden) else { return nfc }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: nfc.unicodeScalars.filter { !isForbidden($0) })
        return String(scalars)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF
    }
}

/// A part's root: its namespace declarations as attributes, then the content's own elements.
private struct Rooted<Content: Encodable & Sendable>: Encodable, DynamicNodeEncoding {
    let namespaces: [(String, String)]
    let content: Content

    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for (name, uri) in namespaces { try container.encode(uri, forKey: Key(stringValue: name)) }
        try content.encode(to: encoder)
    }

    /// The roots of the Office parts hold only elements; their attributes are the declarations.
    static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding {
        key.stringValue.hasPrefix("xmlns") ? .attribute : .element
    }
}
