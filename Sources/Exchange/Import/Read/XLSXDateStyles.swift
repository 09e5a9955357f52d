/// Which cell styles of a workbook show a number as a date: Excel keeps a date as a count of days, and only its style says so.

import Foundation
import SWXMLHash

/// Reads `xl/styles.xml`: the cell formats (`<cellXfs><xf numFmtId=…>`), in order, are the styles
/// cells name with `s`; a format is a date when it is one of Excel's built-in date formats or its
/// own code has day, month-with-year or year parts (quoted text and `[…]` sections aside).
enum XLSXDateStyles {
    /// The built-in number formats that are dates (14–17, 22; 27–36 and 50–58 are East Asian dates).
    static let builtIn: Set<Int> = Set([14, 15, 16, 17, 22] + Array(27...36) + Array(50...58))

    /// The positions of the date styles among the cell formats of `data`.
    static func styles(in data: Data) -> Set<Int> {
        let xml = XMLHash.parse(data)["styleSheet"]
        var custom: [Int: String] = [:]
        for format in xml["numFmts"]["numFmt"].all {
            guard let element = format.element, let id = element.attribute(by: "numFmtId").flatMap({ Int($0.text) }) else { continue }
            custom[id] = element.attribute(by: "formatCode")?.text ?? ""
        }
        var out: Set<Int> = []
        for (index, xf) in xml["cellXfs"]["xf"].all.enumerated() {
            guard let id = xf.element?.attribute(by: "numFmtId").flatMap({ Int($0.text) }) else { continue }
            if builtIn.contains(id) || custom[id].map(isDateCode) == true { out.insert(index) }
        }
        return out
    }

    /// Whether a format code shows a date: a `d` or `y` outside quotes, brackets and escapes.
    static func isDateCode(_ code: String) -> Bool {
        var quoted = false, bracket = false, escaped = false
        for c in code.lowercased() {
            if escaped { escaped = false; continue }
            switch c {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[": if !quoted { bracket = true }
            case "]": if !quoted { bracket = false }
            case "d", "y": if !quoted && !bracket { return true }
            default: break
            }
        }
        return false
    }
}
