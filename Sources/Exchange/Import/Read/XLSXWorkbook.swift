/// An `.xlsx` file opened for reading: its sheets by name, the shared strings and the date styles, and one sheet's cells as an import table.

import Foundation
import SWXMLHash
import ZIPFoundation

/// A workbook read with ZIPFoundation. The small parts (the workbook's list of sheets, its
/// relationships, the styles) are read as trees with SWXMLHash; the large ones (the shared
/// strings and the sheet) are pulled piece by piece by `XLSXSharedStrings` and `XLSXSheetParser`.
public struct XLSXWorkbook {
    public let path: String
    private let archive: Archive
    /// The sheets in the workbook's order: their names and their parts in the zip.
    public let sheets: [(name: String, part: String)]

    public init(path: String) throws {
        self.path = path
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw ImportFileError.notWorkbook(path: path)
        }
        guard let workbook = try? Self.part("xl/workbook.xml", of: archive) else { throw ImportFileError.notWorkbook(path: path) }
        let relations = (try? Self.part("xl/_rels/workbook.xml.rels", of: archive)).map { XMLHash.parse($0) }
        var targets: [String: String] = [:]
        for relation in relations?["Relationships"]["Relationship"].all ?? [] {
            guard let element = relation.element, let id = element.attribute(by: "Id")?.text,
                  let target = element.attribute(by: "Target")?.text else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        var found: [(String, String)] = []
        for (index, sheet) in XMLHash.parse(workbook)["workbook"]["sheets"]["sheet"].all.enumerated() {
            guard let element = sheet.element else { continue }
            let name = element.attribute(by: "name")?.text ?? "Sheet\(index + 1)"
            let id = element.allAttributes.first { $0.key.hasSuffix(":id") || $0.key == "id" }?.value.text
            let part = id.flatMap { targets[$0] } ?? "xl/worksheets/sheet\(index + 1).xml"
            found.append((name, part))
        }
        sheets = found
    }

    /// The cells of the sheet called `name` (spelled as in the workbook, case aside), or of the
    /// first sheet.
    public func table(sheet name: String? = nil) throws -> ImportTable {
        guard let chosen = name.map({ wanted in sheets.first { $0.name.lowercased() == wanted.lowercased() } }) ?? sheets.first else {
            throw ImportFileError.noSheet(path: path, name: name ?? "", sheets: sheets.map(\.name))
        }
        var shared: [String] = []
        if archive["xl/sharedStrings.xml"] != nil {
            guard let data = try? Self.part("xl/sharedStrings.xml", of: archive) else {
                throw ImportFileError.brokenPart(path: path, part: "xl/sharedStrings.xml")
            }
            do {
                shared = try XLSXSharedStrings.read(data)
            } catch {
                throw ImportFileError.brokenPart(path: path, part: "xl/sharedStrings.xml", detail: error.wording)
            }
        }
        let styles = (try? Self.part("xl/styles.xml", of: archive)).map(XLSXDateStyles.styles(in:)) ?? []
        guard let data = try? Self.part(chosen.part, of: archive) else {
            throw ImportFileError.brokenPart(path: path, part: chosen.part)
        }
        let parser: XLSXSheetParser
        do {
            parser = try XLSXSheetParser(data, sharedStrings: shared, dateStyles: styles)
        } catch {
            throw ImportFileError.brokenPart(path: path, part: chosen.part, detail: error.wording)
        }
        let numbers = parser.rowNumbers
        // Merged ranges in the table's rows: a sheet leaves empty rows out.
        func index(ofRow sheetRow: Int, atOrBefore: Bool) -> Int? {
            var low = 0, high = numbers.count
            while low < high {
                let mid = (low + high) / 2
                if numbers[mid] - 1 < sheetRow { low = mid + 1 } else { high = mid }
            }
            if low < numbers.count, numbers[low] - 1 == sheetRow { return low }
            return atOrBefore ? (low > 0 ? low - 1 : nil) : (low < numbers.count ? low : nil)
        }
        let merges = parser.mergeReferences.compactMap(CellRange.init(reference:)).compactMap { range -> CellRange? in
            guard let first = index(ofRow: range.firstRow, atOrBefore: false),
                  let last = index(ofRow: range.lastRow, atOrBefore: true), first <= last else { return nil }
            return CellRange(firstRow: first, firstColumn: range.firstColumn, lastRow: last, lastColumn: range.lastColumn)
        }
        return ImportTable(rows: parser.rows, rowNumbers: numbers, merges: merges,
                           source: "Excel (.xlsx), trang tính \"\(chosen.name)\"")
    }

    /// The bytes of a part of the zip.
    static func part(_ name: String, of archive: Archive) throws -> Data {
        guard let entry = archive[name] else { throw ImportFileError.brokenPart(path: "", part: name) }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: true) { data.append($0) }
        return data
    }
}
