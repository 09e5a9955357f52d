/// Reads a ward's published summary file (JSON) into the report's JSON tree.

import Foundation
import Reports

/// A summary file as written by `hoctap report --summary`, read with Foundation's JSON reader.
public enum WardSummaryFile {
    /// The file's JSON; throws `AreaFailure.Reason` (`cannotOpen`, `notJSON`) when it cannot be read or is not JSON.
    public static func read(_ path: String) throws -> JSONValue {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AreaFailure.Reason.cannotOpen
        }
        return try parse(data)
    }

    /// JSON bytes as a `JSONValue`; throws `AreaFailure.Reason.notJSON` when they are not JSON.
    public static func parse(_ data: Data) throws -> JSONValue {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw AreaFailure.Reason.notJSON
        }
        return value(object)
    }

    /// Foundation's JSON objects as a `JSONValue` (keys sorted: the reader does not keep their order).
    static func value(_ object: Any) -> JSONValue {
        switch object {
        case let d as [String: Any]:
            return .object(d.keys.sorted().map { ($0, value(d[$0]!)) })
        case let a as [Any]:
            return .array(a.map(value))
        case let s as String:
            return .string(s)
        case let n as NSNumber:
            return .int(n.intValue)
        default:
            return .null
        }
    }
}
