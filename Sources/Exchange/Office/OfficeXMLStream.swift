/// The Office parts written straight into bytes as they are encoded, following XMLCoder's rules for the shapes the parts use, at a small fraction of its cost.

import Foundation
import XMLCoder

/// An `Encoder` that writes XML as it goes, with the conventions of XMLCoder's `XMLEncoder` (no
/// formatting) for the shapes the Office parts use: a key is an element, or an attribute where the
/// encoded type's `DynamicNodeEncoding` says so; the key `""` is the element's text, or — for an
/// array — its children written in place; an enum keyed by an `XMLChoiceCodingKey` is the element
/// of its case; an array under a key repeats the element; an element with no content is
/// `<name />`; text and attributes escape `& < > ' "`. XMLCoder builds a tree of boxes and walks it
/// with dynamic casts at every node, which made a year's award list (4 MB of document.xml) take
/// seconds; the parts are the same bytes either way (the tests compare them on every paper).
enum OfficeXMLStream {
    /// `value` as the root element `root`, after the declaration XMLCoder writes for
    /// `XMLHeader(version: 1.0, encoding: "UTF-8", standalone: "yes")`.
    static func encode<T: Encodable>(_ value: T, root: String) throws -> Data {
        let output = Output()
        output.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        try output.element(root, value)
        return Data(output.bytes)
    }

    /// The bytes written so far, and the elements open around the one being written.
    final class Output {
        var bytes: [UInt8] = []
        /// The elements whose start tag is written, innermost last: where an attribute goes (before
        /// the start tag's end) and whether the tag was closed by content.
        private var open: [(name: String, attributesEnd: Int, hasContent: Bool)] = []

        init() { bytes.reserveCapacity(1 << 16) }

        func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

        /// `text` escaped as XMLCoder escapes both text and attributes.
        func appendEscaped(_ text: String) {
            var text = text
            text.withUTF8 { utf8 in
                var start = 0
                for (i, byte) in utf8.enumerated() {
                    let escaped: StaticString
                    switch byte {
                    case UInt8(ascii: "&"): escaped = "&amp;"
                    case UInt8(ascii: "<"): escaped = "&lt;"
                    case UInt8(ascii: ">"): escaped = "&gt;"
                    case UInt8(ascii: "'"): escaped = "&apos;"
                    case UInt8(ascii: "\""): escaped = "&quot;"
                    default: continue
                    }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                    bytes.append(contentsOf: UnsafeBufferPointer(start: escaped.utf8Start, count: escaped.utf8CodeUnitCount))
                    start = i + 1
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
            }
        }

        /// Content is coming in the innermost open element: its start tag ends here if not yet.
        func beginContent() {
            guard let last = open.indices.last, !open[last].hasContent else { return }
            bytes.append(UInt8(ascii: ">"))
            open[last].hasContent = true
        }

        /// ` name="value"` on the innermost open element, before its start tag's end.
        func attribute(_ name: String, _ value: String) {
            guard let last = open.indices.last else { return }
            let start = bytes.count
            bytes.append(UInt8(ascii: " "))
            append(name)
            bytes.append(contentsOf: "=\"".utf8)
            appendEscaped(value)
            bytes.append(UInt8(ascii: "\""))
            let written = bytes.count - start
            if open[last].attributesEnd != start {
                // An attribute whose key comes after an element's: moved into the start tag, as
                // XMLCoder gathers attributes apart from the children.
                let piece = Array(bytes[start...])
                bytes.removeLast(written)
                bytes.insert(contentsOf: piece, at: open[last].attributesEnd)
            }
            open[last].attributesEnd += written
        }

        /// Text content of the innermost element (the key `""`).
        func text(_ value: String) {
            beginContent()
            appendEscaped(value)
        }

        /// `<name>text</name>` for a value that is a single piece of text.
        func leaf(_ name: String, _ value: String) {
            if name.isEmpty {
                text(value)
                return
            }
            beginContent()
            bytes.append(UInt8(ascii: "<"))
            append(name)
            bytes.append(UInt8(ascii: ">"))
            appendEscaped(value)
            append("</" + name + ">")
        }

        /// `value` as the element `name` (`""`: its content in place, in the element around it).
        /// The element's tag is written when the value asks for a keyed container: an array asks
        /// for an unkeyed one instead, and each of its elements is then an element `name`.
        func element<T: Encodable>(_ name: String, _ value: T) throws {
            if let text = primitive(value) {
                leaf(name, text)
                return
            }
            let encoder = StreamEncoder(output: self, nodeEncoding: nodeEncoding(of: T.self), pendingName: name)
            try value.encode(to: encoder)
            if encoder.opened {
                let closing = open.removeLast()
                append(closing.hasContent ? "</" + name + ">" : " />")
            } else if let name = encoder.pendingName, !name.isEmpty {
                // A value that wrote nothing at all.
                beginContent()
                append("<" + name + " />")
            }
        }

        /// Writes the start of element `name`, whose attributes and content follow.
        func openElement(_ name: String) {
            beginContent()
            bytes.append(UInt8(ascii: "<"))
            append(name)
            open.append((name, bytes.count, false))
        }

        /// Which keys of `type` are attributes, looked up once per type.
        private var nodeEncodings: [ObjectIdentifier: ((CodingKey) -> XMLEncoder.NodeEncoding)?] = [:]

        private func nodeEncoding<T>(of type: T.Type) -> ((CodingKey) -> XMLEncoder.NodeEncoding)? {
            let id = ObjectIdentifier(type)
            if let known = nodeEncodings[id] { return known }
            let found = (type as? DynamicNodeEncoding.Type)?.nodeEncoding
            nodeEncodings[id] = .some(found)
            return found
        }

        /// The text XMLCoder writes for a value that is not a container, or nil. (Types compared
        /// rather than cast: a dynamic cast per value cost more than the writing.)
        func primitive<T>(_ value: T) -> String? {
            if T.self == String.self { return unsafeBitCast(value, to: String.self) }
            if T.self == Int.self { return String(unsafeBitCast(value, to: Int.self)) }
            if T.self == Bool.self { return unsafeBitCast(value, to: Bool.self) ? "true" : "false" }
            if T.self == Double.self { return unsafeBitCast(value, to: Double.self).description }
            return nil
        }
    }

    /// The encoder handed to each value: its keys go into the element it opens (none for the name
    /// `""`, nor for an array), attributes as `nodeEncoding` says.
    final class StreamEncoder: Encoder {
        let output: Output
        let nodeEncoding: ((CodingKey) -> XMLEncoder.NodeEncoding)?
        /// The element's name until its tag is written (or an array takes it for its elements).
        var pendingName: String?
        var opened = false
        var codingPath: [CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        init(output: Output, nodeEncoding: ((CodingKey) -> XMLEncoder.NodeEncoding)?, pendingName: String) {
            self.output = output
            self.nodeEncoding = nodeEncoding
            self.pendingName = pendingName
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if let name = pendingName {
                pendingName = nil
                if !name.isEmpty {
                    output.openElement(name)
                    opened = true
                }
            }
            return KeyedEncodingContainer(Keyed<Key>(encoder: self))
        }

        func unkeyedContainer() -> UnkeyedEncodingContainer {
            let name = pendingName ?? ""
            pendingName = nil
            return Unkeyed(encoder: self, name: name)
        }

        func singleValueContainer() -> SingleValueEncodingContainer {
            Single(encoder: self)
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: StreamEncoder
        var codingPath: [CodingKey] { [] }

        private func isAttribute(_ key: Key) -> Bool {
            encoder.nodeEncoding?(key) == .attribute
        }

        mutating func encodeNil(forKey key: Key) throws {}

        mutating func encode(_ value: String, forKey key: Key) throws { put(value, key) }
        mutating func encode(_ value: Int, forKey key: Key) throws { put(String(value), key) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { put(value ? "true" : "false", key) }
        mutating func encode(_ value: Double, forKey key: Key) throws { put(value.description, key) }

        private func put(_ text: String, _ key: Key) {
            if isAttribute(key) {
                encoder.output.attribute(key.stringValue, text)
            } else {
                encoder.output.leaf(key.stringValue, text)
            }
        }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            if let text = encoder.output.primitive(value) {
                put(text, key)
                return
            }
            if isAttribute(key) {
                throw EncodingError.invalidValue(value, .init(codingPath: [key], debugDescription: "an attribute must be text or a number"))
            }
            try encoder.output.element(key.stringValue, value)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            fatalError("nested containers are not used by the Office parts")
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            fatalError("nested containers are not used by the Office parts")
        }

        mutating func superEncoder() -> Encoder { encoder }
        mutating func superEncoder(forKey key: Key) -> Encoder { encoder }
    }

    /// An array: each element an element of the array's own name (in place for `""`).
    struct Unkeyed: UnkeyedEncodingContainer {
        let encoder: StreamEncoder
        let name: String
        var codingPath: [CodingKey] { [] }
        var count = 0

        mutating func encodeNil() throws {}

        mutating func encode<T: Encodable>(_ value: T) throws {
            count += 1
            try encoder.output.element(name, value)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            fatalError("nested containers are not used by the Office parts")
        }

        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            fatalError("nested containers are not used by the Office parts")
        }

        mutating func superEncoder() -> Encoder { encoder }
    }

    /// A value that is one piece of text (a `RawRepresentable` enum): the element's text.
    struct Single: SingleValueEncodingContainer {
        let encoder: StreamEncoder
        var codingPath: [CodingKey] { [] }

        mutating func encodeNil() throws {}

        mutating func encode<T: Encodable>(_ value: T) throws {
            guard let text = encoder.output.primitive(value) else { return try value.encode(to: encoder) }
            if let name = encoder.pendingName {
                encoder.pendingName = nil
                encoder.output.leaf(name, text)
            } else {
                encoder.output.text(text)
            }
        }
    }
}
