/// The wording of the recfile reader's problems, in plain words for the clerk who fixes the file.

/// Problem messages of the reader. The file and line are added by `StoreProblem`.
package enum RecMessages {
    package static let noFinalNewline =
        "the last line does not end with a line break; it was read, but the file may still be being written"

    package static let orphanContinuation =
        "a \"+\" line continues the field on the line just above it, but there is no field there"

    package static let emptySetName = "needs the name of a record set, such as \"%rec: Campaign\""

    package static let specialOutsideDescriptor =
        "fields starting with \"%\" belong in a record set descriptor (a record with %rec); kept as an ordinary field"

    package static func duplicateSet(_ name: String, _ earlier: Int) -> String {
        "the record set \(name) is already declared on line \(earlier)"
    }

    package static func invalidUTF8(byte: UInt8, offset: Int) -> String {
        "not valid UTF-8: byte 0x\(hex(byte)) at byte offset \(offset) of the file (shown as \u{FFFD}); save the file as UTF-8"
    }

    package static func malformed(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        var text = "expected \"Field: value\", a \"+\" continuation, a \"#\" comment or a blank line; got \"\(excerpt(raw))\""
        if let hint = hint(raw) { text += "; " + hint }
        return text
    }

    /// The line's text, cut short if long, with bad bytes shown as replacement characters.
    package static func excerpt(_ raw: UnsafeBufferPointer<UInt8>, limit: Int = 60) -> String {
        let text = String(decoding: raw, as: UTF8.self)
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "…"
    }

    /// A likelier cause, when the line looks like a field with a wrong name or a leading blank.
    private static func hint(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = raw.first else { return nil }
        if first == 0x20 || first == 0x09 {
            return "a field starts at the beginning of the line, without spaces before it"
        }
        if let colon = raw.firstIndex(of: UInt8(ascii: ":")), colon > 0 {
            return "field names use only the letters a-z and A-Z, digits and \"_\", and start with a letter"
        }
        return nil
    }

    private static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 0x0F)]])
    }
}
