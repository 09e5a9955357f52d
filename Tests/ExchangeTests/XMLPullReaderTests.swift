/// The workbook's own XML reader: what it reads (entities, CDATA, prefixes, self-closing tags, rich text) equals what Foundation's XMLParser reads, and what it refuses.

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import Exchange

final class XMLPullReaderTests: XCTestCase {
    /// The pieces of `xml` as short strings: "<name", ">name", "'text'".
    private func pieces(_ xml: String) throws(XMLBroken) -> [String] {
        let bytes = Array(xml.utf8)
        return try bytes.withUnsafeBufferPointer { buffer throws(XMLBroken) -> [String] in
            var reader = XMLPullReader(buffer)
            var out: [String] = []
            while let piece = try reader.next() {
                switch piece {
                case .start(let name, _): out.append("<" + String(decoding: buffer[name], as: UTF8.self))
                case .end(let name): out.append(">" + String(decoding: buffer[name], as: UTF8.self))
                case .text(let range, let raw): out.append("'" + (try reader.string(range, raw: raw)) + "'")
                }
            }
            return out
        }
    }

    private func refusal(_ xml: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        do {
            _ = try pieces(xml)
            XCTFail("read without error: \(xml)", file: file, line: line)
            return nil
        } catch {
            return error.reason
        }
    }

    func testPiecesPrefixesEntitiesAndCDATA() throws {
        let xml = "\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<!-- a note -->"
            + "<x:root xmlns:x=\"u\"><x:c r=\"A1\" t='s'/><t xml:space=\"preserve\"> L&#7879; &amp; &lt;Nam&gt; &#x1EA0;\r\nb</t>"
            + "<t><![CDATA[a & <b>]]></t></x:root>"
        XCTAssertEqual(try pieces(xml), ["<root", "<c", ">c", "<t", "' Lệ & <Nam> Ạ\nb'", ">t", "<t", "'a & <b>'", ">t", ">root"])
    }

    func testAttributesAndNumbers() throws {
        let xml = Array("<c r=\"AB12\"  t = 'inlineStr' s=\"07\" x:r=\"Z9\" q=\"a&gt;b\"/>".utf8)
        try xml.withUnsafeBufferPointer { buffer throws(XMLBroken) in
            var reader = XMLPullReader(buffer)
            guard case .start(_, let attributes)? = try reader.next() else { return XCTFail("no start") }
            XCTAssertEqual(try reader.attribute("r", in: attributes).map { String(decoding: buffer[$0], as: UTF8.self) }, "AB12")
            XCTAssertEqual(try reader.attribute("t", in: attributes).map { String(decoding: buffer[$0], as: UTF8.self) }, "inlineStr")
            XCTAssertEqual(try reader.attribute("s", in: attributes).flatMap(reader.integer), 7)
            XCTAssertEqual(try reader.attribute("q", in: attributes).map { try reader.string($0) }, "a>b")
            XCTAssertNil(try reader.attribute("id", in: attributes))
            XCTAssertEqual(CellReference(bytes: buffer[try reader.attribute("r", in: attributes)!]), CellReference("AB12"))
        }
    }

    func testBrokenXMLIsRefusedWithAReason() {
        XCTAssertEqual(refusal("<a><b></a></b>"), "thẻ đóng không khớp")
        XCTAssertEqual(refusal("<a><b>text</b>"), "tài liệu dừng khi thẻ chưa đóng")
        XCTAssertEqual(refusal("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>"), "khai báo <!…> không được nhận")
        XCTAssertEqual(refusal("<a>&nbsp;</a>"), "thực thể không biết")
        XCTAssertEqual(refusal("<a>R & D</a>"), "& không thành thực thể")
        XCTAssertEqual(refusal("<a b=c/>"), "giá trị thuộc tính không có ngoặc kép")
        XCTAssertEqual(refusal("<a b/>"), "thuộc tính thiếu =")
        XCTAssertEqual(refusal("<a b=\"1\"c=\"2\"/>"), "thiếu dấu cách giữa hai thuộc tính")
        XCTAssertEqual(refusal("<a b=\"c/>"), "thẻ không đóng")
        XCTAssertEqual(refusal("<a/><b/>"), "hai phần tử gốc")
        XCTAssertEqual(refusal("<a>&#0;</a>"), "số ký tự sai")
        XCTAssertEqual(refusal(""), "không có phần tử nào")
        XCTAssertEqual(refusal("<a><!-- never closed </a>"), "thiếu -->")
        let latin1: [UInt8] = Array("<a>".utf8) + [0xE0] + Array("</a>".utf8)
        let reason: String? = latin1.withUnsafeBufferPointer { buffer -> String? in
            var reader = XMLPullReader(buffer)
            do throws(XMLBroken) {
                while let piece = try reader.next() { if case .text(let r, let raw) = piece { _ = try reader.string(r, raw: raw) } }
                return nil
            } catch { return error.reason }
        }
        XCTAssertEqual(reason, "văn bản không phải UTF-8")
    }

    func testABrokenSheetNamesThePartAndThePlace() throws {
        let error = try XCTUnwrap({ () -> XMLBroken? in
            do throws(XMLBroken) { _ = try XLSXSheetParser(Data("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row></sheetData></worksheet>".utf8),
                                         sharedStrings: [], dateStyles: []); return nil } catch { return error }
        }())
        XCTAssertEqual(error.wording, "byte 51: thẻ đóng không khớp")
        XCTAssertTrue(ImportFileError.brokenPart(path: "ds.xlsx", part: "xl/worksheets/sheet1.xml", detail: error.wording)
            .description.contains("(byte 51: thẻ đóng không khớp)"))
    }

    /// Random sheets, read by `XLSXSheetParser` and by a tree of Foundation's XMLParser: the same cells.
    func testRandomSheetsReadAsFoundationReadsThem() throws {
        var random = SplitMix(seed: 20_261_203)
        let words = ["Nguyễn", "Thị", "A & B", "<Lớp 9>", "\"Hải\"", "O'Neil", "  dấu cách  ", "Lệ\nThủy", "💡", "x"]
        let shared = (0..<8).map { words[$0] + " \($0)" }
        for round in 0..<60 {
            let prefix = round % 3 == 0 ? "x:" : ""
            var xml = "<?xml version=\"1.0\"?><\(prefix)worksheet xmlns\(prefix.isEmpty ? "" : ":x")=\"s\"><\(prefix)sheetData>"
            var expected: [[String: String]] = []
            var rowNumber = 0
            for _ in 0..<Int(random.next() % 6) {
                rowNumber += 1 + Int(random.next() % 3)
                var cells: [String: String] = [:]
                xml += "<\(prefix)row r=\"\(rowNumber)\">"
                var column = 0
                for _ in 0..<Int(random.next() % 5) {
                    column += 1 + Int(random.next() % 2)
                    let ref = CellReference.letters(column - 1) + String(rowNumber)
                    switch random.next() % 4 {
                    case 0:
                        let i = Int(random.next() % UInt64(shared.count))
                        xml += "<\(prefix)c r=\"\(ref)\" t=\"s\"><\(prefix)v>\(i)</\(prefix)v></\(prefix)c>"
                        cells[ref] = shared[i]
                    case 1:
                        let text = words[Int(random.next() % UInt64(words.count))]
                        xml += "<\(prefix)c r=\"\(ref)\" t=\"inlineStr\"><\(prefix)is><\(prefix)r><\(prefix)t>\(Self.escaped(text))</\(prefix)t></\(prefix)r>"
                            + "<\(prefix)r><\(prefix)t><![CDATA[&]]></\(prefix)t></\(prefix)r></\(prefix)is></\(prefix)c>"
                        cells[ref] = text + "&"
                    case 2:
                        let n = Int(random.next() % 100_000)
                        xml += "<\(prefix)c r=\"\(ref)\" s=\"0\"><\(prefix)v>\(n)</\(prefix)v></\(prefix)c>"
                        cells[ref] = "#\(Double(n))"
                    default:
                        xml += "<\(prefix)c r=\"\(ref)\"/>"
                    }
                }
                xml += "</\(prefix)row>"
                expected.append(cells)
            }
            xml += "</\(prefix)sheetData></\(prefix)worksheet>"
            let data = Data(xml.utf8)
            let parsed = try XLSXSheetParser(data, sharedStrings: shared, dateStyles: [])
            let oracle = try XCTUnwrap(FoundationCells.read(data, sharedStrings: shared), xml)
            var ours: [[String: String]] = []
            for (i, row) in parsed.rows.enumerated() {
                var cells: [String: String] = [:]
                for (column, cell) in row.enumerated() {
                    let ref = CellReference.letters(column) + String(parsed.rowNumbers[i])
                    switch cell {
                    case .text(let t): cells[ref] = t
                    case .number(let n, _): cells[ref] = "#\(n)"
                    case .empty: break
                    default: XCTFail("unexpected \(cell)")
                    }
                }
                ours.append(cells)
            }
            XCTAssertEqual(ours, oracle.filter { !$0.isEmpty }, xml)
            XCTAssertEqual(ours, expected.filter { !$0.isEmpty }, xml)
        }
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

/// A sheet's cells read with Foundation's XMLParser, keyed by reference, the way the oracle sees them.
private final class FoundationCells: NSObject, XMLParserDelegate {
    private let shared: [String]
    private var rows: [[String: String]] = []
    private var row: [String: String] = [:]
    private var ref = "", type = "", text = ""
    private var collecting = false

    private init(shared: [String]) { self.shared = shared }

    static func read(_ data: Data, sharedStrings: [String]) -> [[String: String]]? {
        let reader = FoundationCells(shared: sharedStrings)
        let parser = XMLParser(data: data)
        parser.delegate = reader
        return parser.parse() ? reader.rows : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name.split(separator: ":").last.map(String.init) ?? name {
        case "row": row = [:]
        case "c": ref = attributes["r"] ?? ""; type = attributes["t"] ?? ""; text = ""
        case "v", "t": collecting = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if collecting { text += string } }
    func parser(_ parser: XMLParser, foundCDATA block: Data) { if collecting { text += String(decoding: block, as: UTF8.self) } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name.split(separator: ":").last.map(String.init) ?? name {
        case "v", "t": collecting = false
        case "c":
            if text.isEmpty { return }
            switch type {
            case "s": row[ref] = Int(text).map { shared[$0] }
            case "inlineStr": row[ref] = text
            default: row[ref] = Double(text).map { "#\($0)" }
            }
        case "row": rows.append(row)
        default: break
        }
    }
}

/// A small seeded generator, so a failing round can be run again.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
