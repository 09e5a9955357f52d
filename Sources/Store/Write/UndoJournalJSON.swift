/// The parts of an undo journal line that grow with the write (its changes and its summary), written as JSON by hand, byte for byte what `JSONEncoder` writes.

import Foundation

/// `JSONEncoder` (sorted keys, slashes unescaped) goes through `Encodable` for every field of
/// every record an import writes, and spends about a tenth of a 50.000-row import there. These
/// write the same bytes directly: the keys in sorted order, `Data` as base64, strings escaped as
/// the encoder escapes them (`"`, `\`, and control characters). Tests compare the two on random
/// values.
enum UndoJournalJSON {
    /// `changes` as `JSONEncoder` encodes `[UndoChange]`.
    static func changes(_ changes: [UndoChange]) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (i, c) in changes.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            key("added", first: true, &out); data(c.added, &out)
            key("afterHash", &out); string(c.afterHash, &out)
            key("afterSize", &out); out += String(c.afterSize).utf8
            key("file", &out); string(c.file, &out)
            key("isAppend", &out); out += (c.isAppend ? "true" : "false").utf8
            key("offset", &out); out += String(c.offset).utf8
            key("put", &out); dataList(c.put, &out)
            key("removed", &out); data(c.removed, &out)
            key("set", &out); string(c.set, &out)
            key("took", &out); dataList(c.took, &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        return out
    }

    /// `summary` as `JSONEncoder` encodes it.
    static func summary(_ summary: ChangeSummary) -> [UInt8] {
        var out: [UInt8] = []
        key("action", first: true, &out); string(summary.action.rawValue, &out)
        key("records", &out)
        out.append(UInt8(ascii: "["))
        for (i, label) in summary.records.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            key("id", first: true, &out); string(label.id, &out)
            if let name = label.name { key("name", &out); string(name, &out) }
            key("set", &out); string(label.set, &out)
            out.append(UInt8(ascii: "}"))
        }
        out += "]}".utf8
        return out
    }

    private static func key(_ name: StaticString, first: Bool = false, _ out: inout [UInt8]) {
        out.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        out.append(UInt8(ascii: "\""))
        out.append(UInt8(ascii: ":"))
    }

    private static func data(_ value: Data, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        out += value.base64EncodedData()
        out.append(UInt8(ascii: "\""))
    }

    private static func dataList(_ values: [Data], _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (i, value) in values.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            data(value, &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private static func string(_ value: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0..<0x20: out += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
