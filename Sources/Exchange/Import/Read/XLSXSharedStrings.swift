/// The shared strings of a workbook (`xl/sharedStrings.xml`): each `<si>` as one text, its rich-text runs joined, phonetic guides left out.

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Excel keeps every text once in the shared strings and has cells point at it. A string is a
/// `<t>`, or runs `<r><rPr/><t>…</t></r>` (part of a name in bold) whose texts join into one;
/// `<rPh>` holds a reading guide (East Asian phonetics), not the text.
final class XLSXSharedStrings: NSObject, XMLParserDelegate {
    private(set) var strings: [String] = []
    private var current = ""
    private var inItem = false
    private var inText = false
    private var inPhonetic = false
    /// Set at `</sst>` (see `XLSXSheetParser.finished`).
    private var finished = false

    /// The strings of `data`, in order; nil when the XML is broken.
    static func read(_ data: Data) -> [String]? {
        let reader = XLSXSharedStrings()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        return parser.parse() || reader.finished ? reader.strings : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "si":
            inItem = true
            current = ""
        case "t":
            inText = inItem && !inPhonetic
        case "rPh":
            inPhonetic = true
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "si":
            strings.append(current)
            inItem = false
        case "t":
            inText = false
        case "rPh":
            inPhonetic = false
        case "sst":
            finished = true
        default:
            break
        }
    }
}
