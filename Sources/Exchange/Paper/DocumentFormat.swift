/// The formats a paper is written in, as the commands name them (`--format text|md|csv|xlsx|docx|pdf`).

import Foundation

/// A file format a paper can be written in.
public enum DocumentFormat: String, CaseIterable, Sendable {
    case text, md, csv, xlsx, docx, pdf

    /// Not text: written to a file (`--out`), never to the terminal.
    public var isBinary: Bool { [.xlsx, .docx, .pdf].contains(self) }

    /// The file name's extension.
    public var fileExtension: String { self == .text ? "txt" : rawValue }
}

extension Paper {
    /// The paper in `format`: text and Markdown whole; CSV and xlsx its tables; docx the paper; PDF
    /// the docx through LibreOffice (`converter`), which throws `PDFConversionError` without it.
    public func rendered(as format: DocumentFormat, converter: PDFConverter = PDFConverter()) throws -> Data {
        switch format {
        case .text: Data(plainText.utf8)
        case .md: Data(markdown.utf8)
        case .csv: Data(csv().utf8)
        case .xlsx: try workbook.xlsx()
        case .docx: try docx()
        case .pdf: try converter.pdf(fromDocx: docx())
        }
    }
}
