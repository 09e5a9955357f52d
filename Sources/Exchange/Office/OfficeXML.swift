/// Encoding the Office parts with XMLCoder: the declaration, attributes by type, and text made safe for XML.

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
    /// One part as UTF-8 XML with its declaration: `root` named, the namespaces as root attributes.
    static func encode<T: Encodable>(_ value: T, root: String, namespaces: [String: String]) throws -> Data {
        let encoder = XMLEncoder()
        encoder.outputFormatting = []
        let header = XMLHeader(version: 1.0, encoding: "UTF-8", standalone: "yes")
        return try encoder.encode(value, withRootKey: root, rootAttributes: namespaces, header: header)
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
