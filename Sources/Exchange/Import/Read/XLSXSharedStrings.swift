/// The shared strings of a workbook (`xl/sharedStrings.xml`): each `<si>` as one text, its rich-text runs joined, phonetic guides left out.

import Foundation

/// Excel keeps every text once in the shared strings and has cells point at it. A string is a
/// `<t>`, or runs `<r><rPr/><t>…</t></r>` (part of a name in bold) whose texts join into one;
/// `<rPh>` holds a reading guide (East Asian phonetics), not the text.
enum XLSXSharedStrings {
    /// The strings of `data`, in order; an error where the XML is broken.
    static func read(_ data: Data) throws(XMLBroken) -> [String] {
        try XMLPullReader.reading(data) { reader throws(XMLBroken) in try read(reader) }
    }

    private static func read(_ start: XMLPullReader) throws(XMLBroken) -> [String] {
        var reader = start
        var strings: [String] = []
        var current: [UInt8] = []
        var inItem = false, inText = false, inPhonetic = false
        var itemAt = 0
        while let piece = try reader.next() {
            switch piece {
            case .start(let name, _):
                if reader.name(name, is: "t") {
                    inText = inItem && !inPhonetic
                } else if reader.name(name, is: "si") {
                    inItem = true
                    current.removeAll(keepingCapacity: true)
                    itemAt = name.lowerBound
                } else if reader.name(name, is: "rPh") {
                    inPhonetic = true
                }
            case .text(let range, let raw):
                if inText { try reader.appendText(range, raw: raw, to: &current) }
            case .end(let name):
                if reader.name(name, is: "t") {
                    inText = false
                } else if reader.name(name, is: "si") {
                    strings.append(try XMLPullReader.string(current, at: itemAt))
                    inItem = false
                } else if reader.name(name, is: "rPh") {
                    inPhonetic = false
                }
            }
        }
        return strings
    }
}
