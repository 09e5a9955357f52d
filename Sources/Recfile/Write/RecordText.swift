/// One record as recfile text: `Name: value` lines, continuation lines for multi-line values.

import Foundation
import VietText

/// A record checked to be writable, with its exact bytes. Reading the bytes back with `RecParser`
/// gives the same field names and values, in the same order:
/// - one space follows the colon, and the reader drops exactly one, so leading and trailing spaces
///   and tabs of a value survive;
/// - a value's line breaks become `+ ` continuation lines (a bare `+` for an empty line);
/// - values are written in Unicode NFC, the form the reader produces, so a decomposed value reads
///   back canonically equal (Swift's `==`) and byte-identical to its NFC form.
/// Refused: a field name outside `[A-Za-z%][A-Za-z0-9_]*`; a value holding a carriage return or a
/// NUL; a value line ending in a backslash, which the reader takes for "continued on the next line".
public struct RecordText: Sendable, Equatable {
    /// A field as it will be written (the value already in NFC).
    public struct Field: Sendable, Equatable {
        public let name: String
        public let value: String
    }

    /// The fields, in the order given.
    public let fields: [Field]
    /// The record's text: one line per field or continuation, each ending in a line break.
    public let bytes: [UInt8]

    /// The record's text as a String.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// A record of these fields, in this order; a name may repeat (a repeatable field).
    /// - Throws: `RecWriterError.emptyRecord`, `.badFieldName` or `.unwritableValue`.
    public init(_ fields: [(name: String, value: String)]) throws {
        guard !fields.isEmpty else { throw RecWriterError.emptyRecord }
        var checked: [Field] = []
        var out: [UInt8] = []
        for (name, raw) in fields {
            guard Self.isFieldName(name) else { throw RecWriterError.badFieldName(name) }
            var value = raw
            let look = value.withUTF8(Self.look)
            if !look.multiline {
                // One line, as nearly every value is: one look at the bytes, no split, no join.
                // (NFC never makes or takes a carriage return, a NUL or a final backslash.)
                if !look.ascii { value = VietText.nfc(value) }
                if look.unwritable { try Self.check(value.utf8, field: name) }
                var nameBytes = name
                nameBytes.withUTF8 { out.append(contentsOf: $0) }
                out.append(UInt8(ascii: ":"))
                out.append(UInt8(ascii: " "))
                value.withUTF8 { out.append(contentsOf: $0) }
                out.append(0x0A)
                checked.append(Field(name: name, value: value))
                continue
            }
            let lines = try Self.normalizedLines(raw, field: name)
            out += name.utf8
            out.append(UInt8(ascii: ":"))
            for (i, line) in lines.enumerated() {
                if i > 0 {
                    out.append(0x0A)
                    out.append(UInt8(ascii: "+"))
                }
                if i == 0 || !line.isEmpty { out.append(UInt8(ascii: " ")) }
                out += line
            }
            out.append(0x0A)
            checked.append(Field(name: name, value: String(decoding: Array(lines.joined(separator: [0x0A])), as: UTF8.self)))
        }
        self.fields = checked
        self.bytes = out
    }

    /// A record written from literal pairs: `try RecordText(["Id": "A1", "Date": "2022-10-06"])`.
    public init(_ pairs: KeyValuePairs<String, String>) throws {
        try self.init(pairs.map { (name: $0.key, value: $0.value) })
    }

    /// A parsed record written back (for rewrites), its fields in file order.
    public init(_ record: RecRecord) throws {
        try self.init(record.fields.map { (name: $0.name, value: $0.value) })
    }

    /// `[A-Za-z%][A-Za-z0-9_]*`, the names the reader takes for fields.
    public static func isFieldName(_ name: String) -> Bool {
        let u = name.utf8
        guard let first = u.first, first == UInt8(ascii: "%") || isLetter(first) else { return false }
        return u.dropFirst().allSatisfy { isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "_") }
    }

    private static func isLetter(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// The value's lines in NFC (through the text kit's fast path), each checked.
    private static func normalizedLines(_ value: String, field: String) throws -> [[UInt8]] {
        try value.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { raw in
            let line = raw.allSatisfy { $0 < 0x80 } ? Array(raw) : Array(VietText.nfc(String(decoding: Array(raw), as: UTF8.self)).utf8)
            try check(line, field: field)
            return line
        }
    }

    /// What one pass over a value's bytes tells: whether it has a line break, whether it is
    /// ASCII, and whether `check` has anything to refuse in it.
    private static func look(_ bytes: UnsafeBufferPointer<UInt8>) -> (multiline: Bool, ascii: Bool, unwritable: Bool) {
        var multiline = false, ascii = true, unwritable = false
        for byte in bytes {
            if byte >= 0x80 { ascii = false } else if byte == 0x0A { multiline = true } else if byte == 0x0D || byte == 0 { unwritable = true }
        }
        if bytes.last == UInt8(ascii: "\\") { unwritable = true }
        return (multiline, ascii, unwritable)
    }

    /// Throws `.unwritableValue` when a line could not be read back exactly.
    private static func check<Line: BidirectionalCollection<UInt8>>(_ line: Line, field: String) throws {
        if line.contains(0x0D) {
            throw RecWriterError.unwritableValue(field: field, reason:
                "the value holds a carriage return (\\r); use plain line breaks")
        }
        if line.contains(0x00) {
            throw RecWriterError.unwritableValue(field: field, reason:
                "the value holds a NUL character, which a text file cannot keep")
        }
        if line.last == UInt8(ascii: "\\") {
            throw RecWriterError.unwritableValue(field: field, reason:
                "a line of the value ends with a backslash (\\), which a recfile reads as "
                + "\"continued on the next line\"; remove it or add a space after it")
        }
    }
}
