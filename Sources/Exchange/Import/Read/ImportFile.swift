/// Opens a list to import by its kind: an Excel workbook's sheet, or a CSV/TSV text file in whatever encoding it was saved.

import Foundation

/// The entry to the readers: `.xlsx` goes to `XLSXWorkbook`, `.csv`, `.tsv` and `.txt` to
/// `TextFileBytes` and `DelimitedText` (a `.tsv` is split on tabs; the others on the separator
/// found). Cells of a text file that is not UTF-8 stay bytes until their column's encoding is
/// guessed (`ColumnEncoding`).
public enum ImportFile {
    public static func read(path: String, sheet: String? = nil) throws -> ImportTable {
        let lower = path.lowercased()
        if lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") {
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw ImportFileError.unreadable(path: path, reason: "không có tệp này hoặc không được đọc")
            }
            return try XLSXWorkbook(path: path).table(sheet: sheet)
        }
        guard lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") || lower.hasSuffix(".txt") else {
            throw ImportFileError.unknownKind(path: path)
        }
        let raw: [UInt8]
        do {
            raw = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw ImportFileError.unreadable(path: path, reason: "không có tệp này hoặc không được đọc")
        }
        return text(raw, tabs: lower.hasSuffix(".tsv"))
    }

    /// The cells of a delimited text file's bytes.
    public static func text(_ raw: [UInt8], tabs: Bool = false) -> ImportTable {
        let file = TextFileBytes(raw)
        let separator = tabs ? 0x09 : DelimitedText.guessSeparator(file.bytes)
        let records = DelimitedText(separator: separator).records(file.bytes)
        let rows = records.map { record in
            record.cells.map { bytes -> ImportCell in
                if bytes.isEmpty { return .empty }
                return file.form == .legacy ? .bytes(bytes) : .text(String(decoding: bytes, as: UTF8.self))
            }
        }
        let name = separator == 0x09 ? "dấu tab" : separator == UInt8(ascii: ";") ? "dấu chấm phẩy" : "dấu phẩy"
        return ImportTable(rows: rows, rowNumbers: records.map(\.line), source: "văn bản \(file.form.label), tách cột bằng \(name)")
    }
}
