/// A pull reader over the bytes of an XML part: start tags with their attributes, end tags and text, one piece at a time, no tree and no callbacks.

import Foundation
import VietText

/// What `XMLPullReader.next()` found. Ranges are offsets into the reader's bytes.
enum XMLPiece {
    /// A start tag: its local name (any prefix such as `x:` left out) and the bytes of its
    /// attributes. A tag that closes itself (`<c r="A1"/>`) is followed by its `.end`.
    case start(name: Range<Int>, attributes: Range<Int>)
    /// An end tag, by its local name.
    case end(name: Range<Int>)
    /// Character data between tags, entities still in it; a `CDATA` section is `raw`.
    case text(Range<Int>, raw: Bool)
}

/// Where an XML part stops being XML: what was wrong, at which byte.
struct XMLBroken: Error, Equatable {
    var offset: Int
    var reason: String

    /// "byte 1.234: thẻ đóng không khớp", for the clerk's error line.
    var wording: String { "byte \(VietFormat.integer(offset)): \(reason)" }
}

/// Reads the large parts of a workbook (a sheet, the shared strings) as fast as bytes can be
/// walked: Foundation's `XMLParser` spends two thirds of its time making a `String` of every
/// element name and a dictionary of every attribute list (see DECISIONS.md). It checks what a
/// reader must (tags closed in order, quoted attributes, known entities, UTF-8 text) and refuses a
/// document type declaration, so no entity can expand; namespaces are not resolved, only prefixes
/// dropped, which is all SpreadsheetML's parts need.
struct XMLPullReader {
    let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// The qualified names of the elements open, outermost first.
    private var open: [Range<Int>] = []
    /// The end that a self-closing tag owes.
    private var owedEnd: Range<Int>?

    /// `body` run on a reader over `data`'s bytes, which it must not keep.
    static func reading<T>(_ data: Data, _ body: (XMLPullReader) throws(XMLBroken) -> T) throws(XMLBroken) -> T {
        let result: Result<T, XMLBroken> = data.withUnsafeBytes { raw in
            do throws(XMLBroken) {
                return .success(try body(XMLPullReader(raw.bindMemory(to: UInt8.self))))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // A UTF-8 byte order mark is allowed before the declaration.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    /// The next piece, or nil at the end of a document whose elements were all closed.
    mutating func next() throws(XMLBroken) -> XMLPiece? {
        if let name = owedEnd {
            owedEnd = nil
            return .end(name: name)
        }
        let end = bytes.count
        while position < end {
            guard bytes[position] == UInt8(ascii: "<") else {
                let start = position
                while position < end, bytes[position] != UInt8(ascii: "<") { position += 1 }
                if open.isEmpty {
                    guard isSpace(start..<position) else { throw XMLBroken(offset: start, reason: "văn bản ngoài phần tử gốc") }
                    continue
                }
                return .text(start..<position, raw: false)
            }
            let next = position + 1 < end ? bytes[position + 1] : 0
            switch next {
            case UInt8(ascii: "?"):
                position = try after("?>", from: position + 2)
            case UInt8(ascii: "!"):
                if starts(with: "<!--", at: position) {
                    position = try after("-->", from: position + 4)
                } else if starts(with: "<![CDATA[", at: position) {
                    let start = position + 9
                    position = try after("]]>", from: start)
                    guard !open.isEmpty else { throw XMLBroken(offset: start, reason: "CDATA ngoài phần tử gốc") }
                    return .text(start..<(position - 3), raw: true)
                } else {
                    // A document type declaration could define entities that expand without end.
                    throw XMLBroken(offset: position, reason: "khai báo <!…> không được nhận")
                }
            case UInt8(ascii: "/"):
                let name = nameRange(from: position + 2)
                guard let last = open.last, same(name, last) else { throw XMLBroken(offset: position, reason: "thẻ đóng không khớp") }
                open.removeLast()
                var cursor = name.upperBound
                while cursor < end, isSpace(bytes[cursor]) { cursor += 1 }
                guard cursor < end, bytes[cursor] == UInt8(ascii: ">") else { throw XMLBroken(offset: cursor, reason: "thiếu >") }
                position = cursor + 1
                return .end(name: localName(name))
            default:
                let name = nameRange(from: position + 1)
                guard !name.isEmpty else { throw XMLBroken(offset: position, reason: "thiếu tên thẻ") }
                if open.isEmpty, sawRoot { throw XMLBroken(offset: position, reason: "hai phần tử gốc") }
                var cursor = name.upperBound
                var quote: UInt8 = 0
                while cursor < end {
                    let byte = bytes[cursor]
                    if quote != 0 {
                        if byte == quote { quote = 0 } else if byte == UInt8(ascii: "<") { break }
                    } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                        quote = byte
                    } else if byte == UInt8(ascii: ">") {
                        break
                    }
                    cursor += 1
                }
                guard cursor < end, bytes[cursor] == UInt8(ascii: ">") else { throw XMLBroken(offset: position, reason: "thẻ không đóng") }
                let closes = bytes[cursor - 1] == UInt8(ascii: "/") && cursor - 1 >= name.upperBound
                let attributes = name.upperBound..<(closes ? cursor - 1 : cursor)
                try checkAttributes(attributes)
                position = cursor + 1
                sawRoot = true
                if closes { owedEnd = localName(name) } else { open.append(name) }
                return .start(name: localName(name), attributes: attributes)
            }
        }
        guard open.isEmpty else { throw XMLBroken(offset: end, reason: "tài liệu dừng khi thẻ chưa đóng") }
        guard sawRoot else { throw XMLBroken(offset: end, reason: "không có phần tử nào") }
        return nil
    }

    private var sawRoot = false

    // MARK: Reading what a piece holds

    /// Whether the name at `range` is `literal`.
    func name(_ range: Range<Int>, is literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount else { return false }
        let pointer = literal.utf8Start
        for i in 0..<range.count where bytes[range.lowerBound + i] != pointer[i] { return false }
        return true
    }

    /// The value of attribute `wanted` (its name exactly, prefix included) among `attributes`,
    /// entities still in it; nil when the tag has no such attribute.
    func attribute(_ wanted: StaticString, in attributes: Range<Int>) throws(XMLBroken) -> Range<Int>? {
        var cursor = attributes.lowerBound
        while let found = try nextAttribute(&cursor, before: attributes.upperBound, spaced: false) {
            if name(found.name, is: wanted) { return found.value }
        }
        return nil
    }

    /// Refuses attributes that are not `name="value"` pairs parted by spaces.
    private func checkAttributes(_ attributes: Range<Int>) throws(XMLBroken) {
        var cursor = attributes.lowerBound
        while try nextAttribute(&cursor, before: attributes.upperBound, spaced: true) != nil {}
    }

    /// The `name="value"` pair after `cursor` (spaces before it skipped, and required when
    /// `spaced`), moving `cursor` past it; nil at `end`.
    private func nextAttribute(_ cursor: inout Int, before end: Int, spaced: Bool) throws(XMLBroken)
        -> (name: Range<Int>, value: Range<Int>)? {
        let start = cursor
        while cursor < end, isSpace(bytes[cursor]) { cursor += 1 }
        guard cursor < end else { return nil }
        if spaced, cursor == start { throw XMLBroken(offset: cursor, reason: "thiếu dấu cách giữa hai thuộc tính") }
        let nameStart = cursor
        while cursor < end, bytes[cursor] != UInt8(ascii: "="), !isSpace(bytes[cursor]) { cursor += 1 }
        let attributeName = nameStart..<cursor
        while cursor < end, isSpace(bytes[cursor]) { cursor += 1 }
        guard cursor < end, bytes[cursor] == UInt8(ascii: "=") else { throw XMLBroken(offset: cursor, reason: "thuộc tính thiếu =") }
        cursor += 1
        while cursor < end, isSpace(bytes[cursor]) { cursor += 1 }
        guard cursor < end, bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") else {
            throw XMLBroken(offset: cursor, reason: "giá trị thuộc tính không có ngoặc kép")
        }
        let quote = bytes[cursor]
        let valueStart = cursor + 1
        cursor = valueStart
        while cursor < end, bytes[cursor] != quote { cursor += 1 }
        guard cursor < end else { throw XMLBroken(offset: valueStart, reason: "giá trị thuộc tính không đóng") }
        cursor += 1
        return (attributeName, valueStart..<(cursor - 1))
    }

    /// The whole number written at `range` (spaces around it allowed); nil for anything else.
    func integer(_ range: Range<Int>) -> Int? {
        var value = 0, digits = 0
        var cursor = range.lowerBound
        while cursor < range.upperBound, isSpace(bytes[cursor]) { cursor += 1 }
        while cursor < range.upperBound, bytes[cursor] >= UInt8(ascii: "0"), bytes[cursor] <= UInt8(ascii: "9") {
            guard digits < 18 else { return nil }
            value = value * 10 + Int(bytes[cursor] - UInt8(ascii: "0"))
            digits += 1
            cursor += 1
        }
        while cursor < range.upperBound, isSpace(bytes[cursor]) { cursor += 1 }
        return digits > 0 && cursor == range.upperBound ? value : nil
    }

    /// Appends the bytes of `range` with entities decoded and line ends made `\n`, as XML reads
    /// them; a `raw` range (CDATA) keeps its entities.
    func appendText(_ range: Range<Int>, raw: Bool, to out: inout [UInt8]) throws(XMLBroken) {
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "\r") {
                out.append(UInt8(ascii: "\n"))
                cursor += cursor + 1 < range.upperBound && bytes[cursor + 1] == UInt8(ascii: "\n") ? 2 : 1
            } else if byte == UInt8(ascii: "&") && !raw {
                cursor = try appendEntity(at: cursor, before: range.upperBound, to: &out)
            } else {
                out.append(byte)
                cursor += 1
            }
        }
    }

    /// The text of `range` as a `String` (see `appendText`); an error for bytes that are not UTF-8.
    func string(_ range: Range<Int>, raw: Bool = false) throws(XMLBroken) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        try appendText(range, raw: raw, to: &out)
        return try Self.string(out, at: range.lowerBound)
    }

    /// `bytes` as a `String`, refused when they are not UTF-8.
    static func string(_ bytes: [UInt8], at offset: Int) throws(XMLBroken) -> String {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw XMLBroken(offset: offset, reason: "văn bản không phải UTF-8") }
        return text
    }

    // MARK: Helpers

    private func appendEntity(at start: Int, before end: Int, to out: inout [UInt8]) throws(XMLBroken) -> Int {
        var cursor = start + 1
        while cursor < end, cursor - start <= 10, bytes[cursor] != UInt8(ascii: ";") { cursor += 1 }
        guard cursor < end, bytes[cursor] == UInt8(ascii: ";") else { throw XMLBroken(offset: start, reason: "& không thành thực thể") }
        let body = (start + 1)..<cursor
        if name(body, is: "lt") { out.append(UInt8(ascii: "<")) }
        else if name(body, is: "gt") { out.append(UInt8(ascii: ">")) }
        else if name(body, is: "amp") { out.append(UInt8(ascii: "&")) }
        else if name(body, is: "quot") { out.append(UInt8(ascii: "\"")) }
        else if name(body, is: "apos") { out.append(UInt8(ascii: "'")) }
        else if body.count >= 2, bytes[body.lowerBound] == UInt8(ascii: "#") {
            var value: UInt32 = 0
            let hex = bytes[body.lowerBound + 1] == UInt8(ascii: "x")
            let digits = (body.lowerBound + (hex ? 2 : 1))..<body.upperBound
            guard !digits.isEmpty, digits.count <= 8 else { throw XMLBroken(offset: start, reason: "số ký tự sai") }
            for i in digits {
                let b = bytes[i]
                let digit: UInt32
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: digit = UInt32(b - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: digit = UInt32(b - UInt8(ascii: "A") + 10)
                default: throw XMLBroken(offset: start, reason: "số ký tự sai")
                }
                value = value * (hex ? 16 : 10) + digit
            }
            guard value != 0, let scalar = Unicode.Scalar(value) else { throw XMLBroken(offset: start, reason: "số ký tự sai") }
            out.append(contentsOf: String(Character(scalar)).utf8)
        } else {
            throw XMLBroken(offset: start, reason: "thực thể không biết")
        }
        return cursor + 1
    }

    /// The name that starts at `start`: up to a space, `/` or `>`.
    private func nameRange(from start: Int) -> Range<Int> {
        var cursor = start
        while cursor < bytes.count {
            let b = bytes[cursor]
            if isSpace(b) || b == UInt8(ascii: "/") || b == UInt8(ascii: ">") { break }
            cursor += 1
        }
        return start..<cursor
    }

    /// A qualified name's part after its prefix.
    private func localName(_ name: Range<Int>) -> Range<Int> {
        var cursor = name.upperBound
        while cursor > name.lowerBound, bytes[cursor - 1] != UInt8(ascii: ":") { cursor -= 1 }
        return cursor..<name.upperBound
    }

    private func same(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        for i in 0..<a.count where bytes[a.lowerBound + i] != bytes[b.lowerBound + i] { return false }
        return true
    }

    private func starts(with literal: StaticString, at offset: Int) -> Bool {
        offset + literal.utf8CodeUnitCount <= bytes.count && name(offset..<(offset + literal.utf8CodeUnitCount), is: literal)
    }

    /// The offset just after the next `literal` at or after `start`.
    private func after(_ literal: StaticString, from start: Int) throws(XMLBroken) -> Int {
        let count = literal.utf8CodeUnitCount
        var cursor = start
        while cursor + count <= bytes.count {
            if bytes[cursor] == literal.utf8Start[0], starts(with: literal, at: cursor) { return cursor + count }
            cursor += 1
        }
        throw XMLBroken(offset: start, reason: "thiếu \(literal)")
    }

    private func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    private func isSpace(_ range: Range<Int>) -> Bool {
        range.allSatisfy { isSpace(bytes[$0]) }
    }
}
